"""Field rules for text the engine was not tuned on (issue 3): effective dates, dates told as
'a day after', starts that belong to someone else, roles in sport and government. Every
expected value was worked out by hand from the sentence and the publication date."""

import pytest

from talentflow import extract


def _one(text, lang, published, kind=None):
    got = [e for e in extract(text, lang, published) if kind is None or e.kind == kind]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize("text,lang,kind,expected", [
    # named on Wednesday 29 March, takes the post on 5 April (events.md: the effective date)
    ("Globex Bank said on Wednesday it had appointed Omar Haddad as chief executive, effective from 5 April, "
     "to run the merger.", "en", "arrival", "2023-04-05"),
    # 'from' is also a start cue ('from 2019 to 2023'): after 'with effect from' it is the exit's day
    ("Globex Bank said on Wednesday that Omar Haddad will step down as chief executive with effect from "
     "1 September.", "en", "departure", "2023-09-01"),
    ("أعلن بنك الخليج أمس الأربعاء تعيين عمر حداد رئيسا تنفيذيا للبنك اعتبارًا من الأول من مايو المقبل.",
     "ar", "arrival", "2023-05-01"),
])
def test_a_future_move_is_dated_by_its_effective_date(text, lang, kind, expected):
    assert _one(text, lang, "2023-03-30", kind).date == expected


def test_an_effective_date_told_for_the_successor_does_not_date_the_exit():
    # the resignation was announced on Saturday 6 April; 'from today, Sunday' is when the
    # successor takes over, told after another trigger (the appointment)
    text = ("أعلنت شركة نوفا للبرمجيات، أمس السبت، استقالة رئيسها التنفيذي سامي حداد، "
            "وتعيين ليلى منصور خلفا له اعتبارا من اليوم الأحد.")
    got = [e.date for e in extract(text, "ar", "2024-04-07") if e.kind == "departure"]
    assert got == ["2024-04-06"]


@pytest.mark.parametrize("text,lang,expected", [
    # signed on Wednesday 4 June; the contract was ended one day before, on 3 June
    ("أعلن نادي الشمال أمس الأربعاء التعاقد مع المدرب ماركو روسي، وذلك بعد يوم واحد من إعلان نادي "
     "الجنوب فسخ عقده بالتراضي.", "ar", "2025-06-03"),
    ("Globex said on 4 June 2025 that it had hired Jane Roe, one day after she resigned from Acme Corp.",
     "en", "2025-06-03"),
    ("Globex said on 4 June 2025 that it had hired Jane Roe, two days after she resigned from Acme Corp.",
     "en", "2025-06-02"),
])
def test_n_days_after_counts_back_from_the_day_told_before(text, lang, expected):
    assert _one(text, lang, "2025-06-05", "departure").date == expected


def test_a_day_after_with_no_day_before_dates_nothing():
    # no exact day is told before 'a day after', so it cannot be resolved; the month stands
    text = "Jane Roe resigned from Acme Corp in May 2025, a day after the board vote."
    assert _one(text, "en", "2025-06-05", "departure").date == "2025-05"


def test_in_charge_is_the_post_of_a_head():
    # a manager told only as 'N seasons in charge' ran the team: head
    text = "Marco Rossi has left Northfield Rovers by mutual consent after two seasons in charge, the club said on Tuesday."
    assert _one(text, "en", "2025-06-05", "departure").role == "head"


@pytest.mark.parametrize("text,lang", [
    ("Jane Roe resigned as chief executive of Acme Corp on Monday, a year after signing a contract for three years.",
     "en"),
    ("أقال نادي الجنوب مدربه ماركو روسي أمس، وكان النادي قد تعاقد معه لمدة عامين.", "ar"),
])
def test_a_contracts_length_is_not_the_tenure(text, lang):
    # the contract was for three years / two years; how long the stint lasted is not told
    assert _one(text, lang, "2025-06-05", "departure").tenure_months is None


def test_an_age_is_not_a_tenure():
    text = "Jane Roe, the 58-year-old chief executive of Acme Corp, resigned on Monday after five years in the job."
    assert _one(text, "en", "2025-06-05", "departure").tenure_months == 60


def test_a_start_told_for_another_person_is_not_the_leavers():
    # March is when Tom Baker became CEO; when Lopez joined is not told
    text = ("Maria Lopez resigned as chief technology officer of Globex on Monday, the fifth senior exit "
            "since Tom Baker became chief executive in March.")
    got = [(e.started, e.tenure_months) for e in extract(text, "en", "2025-11-11") if e.person.name == "Maria Lopez"]
    assert got == [(None, None)]


def test_the_leavers_own_start_after_the_trigger_still_counts():
    text = "Globex fired Maria Lopez, who joined in March 2021, on Monday."
    assert _one(text, "en", "2025-11-11", "departure").started == "2021-03"


@pytest.mark.parametrize("text,lang", [
    ("Globex has sued its former engineer Jane Roe, accusing her of taking confidential designs to a rival. "
     "The complaint, filed on May 28 in a California court, says she copied thousands of files.", "en"),
    ("قاضت شركة نوفا مهندستها السابقة ليلى منصور، متهمة إياها بنسخ ملفات سرية قبل انتقالها إلى شركة منافسة. "
     "وتقول الدعوى، التي رفعت أمام محكمة في دبي في 28 مايو، إنها نسخت آلاف الملفات.", "ar"),
])
def test_a_suit_is_dated_by_the_day_it_was_filed(text, lang):
    # published 5 June 2025: 'May 28' is 28 May 2025, more than a week before, so not the news day
    got = [e.date for e in extract(text, lang, "2025-06-05") if e.kind == "lawsuit"]
    assert got == ["2025-05-28"]


def test_with_no_publication_date_an_undated_exit_takes_the_full_date_the_text_gives():
    # the sacking is told undated; the announcement 'on Friday 11 July 2025' is the news day
    text = ("Northfield Racing has dismissed Tom Baker as team principal, ending a nine-year spell. "
            "The company announced the decision on Friday 11 July 2025 and named Ana Silva as his replacement.")
    got = [(e.date, e.role, e.tenure_months) for e in extract(text, "en", None) if e.kind == "departure"]
    assert got == [("2025-07-11", "head", 108)]


def test_the_institution_is_not_a_founder_title():
    # 'المؤسسة' here is the bank (the institution); no post of Haddad's is named
    text = "أعلن بنك الخليج أن عمر حداد استقال من منصبه لأسباب شخصية، مؤكدا أن المؤسسة ستواصل عملها."
    assert _one(text, "ar", "2023-03-30", "departure").role is None


@pytest.mark.parametrize("text,lang,expected", [
    ("Acme Corp named Maria Lopez as chief executive on Monday. Lopez succeeds Tom Baker, who left the "
     "company last month.", "en", "ceo"),
    # Arabic puts the verb first: 'yakhlufu Rossi Silva' = Rossi succeeds Silva
    ("أعلن نادي الشمال أمس التعاقد مع المدرب الإيطالي ماركو روسي لقيادة الفريق الأول. ويخلف روسي البرتغالي "
     "جواو سيلفا، الذي رحل الشهر الماضي بالتراضي.", "ar", "head"),
])
def test_the_one_succeeded_held_the_successors_post(text, lang, expected):
    assert _one(text, lang, "2025-06-05", "departure").role == expected


@pytest.mark.parametrize("text,lang", [
    ("Three chief executives in the region's banking sector lost their jobs last week. Globex Bank said "
     "Maria Lopez had resigned, and Acme Corp fired Tom Baker after a string of losses.", "en"),
    ("فقد ثلاثة مدربين مناصبهم في الدوري خلال الأسبوع الماضي. ففي الشمال، قدم ماركو روسي استقالته إلى إدارة "
     "نادي الشمال، فيما أقال نادي الجنوب مدربه جواو سيلفا.", "ar"),
])
def test_a_roundups_exits_take_the_month_its_lead_gives(text, lang):
    # published Thursday 5 June 2025: 'last week' is the week of 26 May, so May 2025
    got = [e.date for e in extract(text, lang, "2025-06-05") if e.kind == "departure"]
    assert got and all(d == "2025-05" for d in got)


def test_who_leads_a_team_is_its_head_in_arabic():
    # 'alladhi yaqud fariq al-bahth' = who leads the research team (as English 'who leads')
    text = "يغادر سامي حداد، الذي يقود فريق البحث في شركة نوفا، الشركة للانضمام إلى شركة بيتا."
    assert _one(text, "ar", "2025-06-05", "departure").role == "head"


def test_a_season_and_year_is_the_year():
    # 'took the job in summer 2023': the stint started in 2023
    text = "أقال نادي الشمال مدربه ماركو روسي أمس. وكان المدرب الإيطالي قد تولى المهمة في صيف 2023 قادما من نادي الجنوب."
    assert _one(text, "ar", "2024-09-12", "departure").started == "2023"


def test_the_one_succeeded_leaves_when_the_successor_takes_over():
    # Haddad takes over on 1 May (effective date); Mansour, whom he succeeds, leaves then
    text = ("أعلن بنك الخليج أمس الأربعاء تعيين عمر حداد رئيسا تنفيذيا للبنك اعتبارًا من الأول من مايو المقبل. "
            "ويخلف حداد الرئيسة التنفيذية ليلى منصور، التي قادت البنك منذ 2019. "
            "وقال رئيس مجلس الإدارة إن ليلى منصور وافقت على التنحي.")
    got = [(e.kind, e.date) for e in extract(text, "ar", "2023-03-30")]
    assert got == [("arrival", "2023-05-01"), ("departure", "2023-05-01")]


@pytest.mark.parametrize("text,lang,expected", [
    ("فقد ثلاثة مدربين مناصبهم في الدوري خلال الأسبوع الماضي. ففي الشمال، قدم ماركو روسي استقالته إلى إدارة "
     "نادي الشمال، فيما أنهى نادي الجنوب عقد جواو سيلفا.", "ar", "head"),
    ("Three chief executives in the region's banking sector lost their jobs last week. Globex Bank said "
     "Maria Lopez had resigned, and Acme Corp fired Tom Baker after a string of losses.", "en", "ceo"),
])
def test_a_roundups_lead_gives_the_post_of_those_it_lists(text, lang, expected):
    roles = [e.role for e in extract(text, lang, "2025-06-05") if e.kind == "departure"]
    assert roles and all(r == expected for r in roles)
