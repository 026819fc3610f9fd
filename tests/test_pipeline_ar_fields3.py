"""Arabic event fields on text the engine was not tuned on (third round): role, date, start,
tenure, org and destination. Each test is a fresh sentence the engine got wrong before its rule."""

import talentflow


def _events(text: str, published: str = "2024-05-01"):
    return [e for e in talentflow.extract(text, lang="ar", published=published) if e.person]


def _by_person(text: str, published: str = "2024-05-01"):
    return {e.person.mention: e for e in _events(text, published)}


def test_the_one_succeeded_after_an_attached_khalafan_li_takes_the_successor_post():
    # 'khalafan lil-Isbani X' (succeeding the Spaniard X): the clitic joins the cue to the next word
    text = ("أعلن نادي الوحدة أمس تعيين البرتغالي جواو سيلفا مدربًا للفريق الأول "
            "خلفًا للإسباني كارلوس مارتينيز الذي أقاله النادي الشهر الماضي.")
    got = _by_person(text)
    assert got["كارلوس مارتينيز"].kind == "departure"
    assert got["كارلوس مارتينيز"].role == "head"


def test_a_post_told_right_after_another_name_is_that_persons():
    # 'with his compatriot Y as team manager': 'mudiran' is Y's post, not the coach's
    text = ("اختار نادي الوحدة المدرب سامر الخطيب لقيادة الفريق في الموسم المقبل، "
            "على أن يعاونه مواطنه ماهر العلي مديرًا للكرة.")
    assert _by_person(text)["سامر الخطيب"].role == "head"


def test_an_indefinite_club_is_no_destination():
    # 'to join a new club' (naadin jadid): the indefinite noun names no org
    text = ("وأعلن نادي الرائد أمس رحيل مدربه المغربي يوسف بنعلي بعد فسخ عقده بالتراضي "
            "للانضمام إلى نادٍ جديد في الخليج.")
    got = _by_person(text)["يوسف بنعلي"]
    assert (got.kind, got.org.mention, got.destination) == ("departure", "نادي الرائد", None)


def test_a_rival_described_before_its_name_is_the_destination():
    # 'who joined last month its French rival Orange': the adjective after 'rival' hid the cue
    text = ("رفعت شركة نوفا للاتصالات دعوى قضائية ضد مديرها السابق سامي حداد، "
            "الذي انضم الشهر الماضي إلى منافستها الفرنسية أورانج.")
    got = [(e.kind, e.org.mention, e.destination.mention if e.destination else None)
           for e in _events(text, "2025-11-26")]
    assert ("lawsuit", "نوفا للاتصالات", "أورانج") in got
    # the join told in the person's own relative clause is at the rival, not at the suing firm
    assert ("arrival", "نوفا للاتصالات", None) not in got
