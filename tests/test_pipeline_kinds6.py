"""Role changes and the kind of an appointment, on fresh passages (issue #3, session 5).

events.md: ``role_change`` is a promotion or a move inside the same org; ``arrival`` a join or an
appointment from outside. What tells them apart in text is what the story says of the appointee:
a post they hold now at the org, years spent there, or a title that moves from one post to
another. Each case is written for the rule it checks, across sectors (a bank, a club, a
university, a retailer, a ministry, a startup), with invented names the knowledge base does not
know.
"""

from __future__ import annotations

import pytest

from talentflow.pipeline import extract


def _events(text: str, lang: str):
    return [e for e in extract(text, lang, "2025-03-01") if e.kind != "claim"]


def _kinds(text: str, lang: str = "en") -> dict[str, str]:
    return {e.person.name: e.kind for e in _events(text, lang) if e.person}


@pytest.mark.parametrize("text, person", [
    ("Westholm Savings Bank said Sara Kim, its deputy governor and a former economist at the Harrow "
     "Monetary Institute, will serve as interim governor.", "Sara Kim"),
    ("Sunfield Athletic named Leo Grant, the club's academy director and former coach of Dunmore Rovers, "
     "as head coach.", "Leo Grant"),
    ("Glenmoor Capital said Rachel Tan, the board's senior independent director and a former chief "
     "executive of Harlan Pharmaceuticals, becomes interim chief executive while it looks for a "
     "permanent replacement.", "Rachel Tan"),
])
def test_a_post_held_now_before_a_former_one_elsewhere_is_an_insider(text, person):
    # the apposition first names a post the person holds at the org, then a past one elsewhere
    assert _kinds(text) == {person: "role_change"}


def test_a_former_post_elsewhere_alone_still_says_arrival():
    text = "Acme Corp named Jane Roe, a former chief executive of Globex, as chief executive."
    assert _kinds(text) == {"Jane Roe": "arrival"}


@pytest.mark.parametrize("text, person", [
    ("Brightwater Bank said Mei Chen, who has worked at the lender since 2004, will replace chief "
     "executive Paul Grant when he retires in May.", "Mei Chen"),
    ("Halvorsen Shipping named Erik Dahl president, a new post, on Friday. Dahl has run the company's "
     "tanker division since 2016.", "Erik Dahl"),
    ("Kilbride Rovers have named Sean Doyle as head coach. He has spent eleven years at the club, most "
     "recently in charge of the under-21 side.", "Sean Doyle"),
])
def test_years_already_spent_at_the_org_make_an_appointment_a_role_change(text, person):
    assert _kinds(text)[person] == "role_change"


@pytest.mark.parametrize("text, person", [
    ("Marlow University named Anita Rao as its next provost. Rao has taught at Corran University since 2009.",
     "Anita Rao"),
    ("Acme Corp named Jane Roe as chief executive. Roe has run Globex's European arm since 2016.", "Jane Roe"),
    ("Pinecrest Bank named Tom Hale as chief executive. He has spent two decades at Morrow Capital.", "Tom Hale"),
])
def test_years_spent_at_another_org_leave_an_arrival(text, person):
    assert _kinds(text)[person] == "arrival"


@pytest.mark.parametrize("text", [
    # 'after holding the post of finance director in the company since 2018'
    "تولى وليد الشمري منصب الرئيس التنفيذي لشركة نماء للتجزئة، بعد أن شغل منصب المدير المالي في الشركة منذ عام 2018.",
    # 'who has worked at the club as youth coach for six years'
    "عين نادي الساحل الرياضي كريم بنعلي مدربا للفريق الأول، وهو الذي عمل في النادي مدربا للشباب منذ ست سنوات.",
])
def test_arabic_years_at_the_org_make_an_appointment_a_role_change(text):
    assert [e.kind for e in _events(text, "ar")] == ["role_change"]


def test_arabic_years_at_another_university_leave_an_arrival():
    # 'after holding the post of dean of medicine at Al-Sharq University since 2015'
    text = ("عينت جامعة الريان سعاد الخطيب رئيسة لها، بعد أن شغلت منصب عميدة كلية الطب في جامعة الشرق "
            "منذ عام 2015.")
    assert [e.kind for e in _events(text, "ar")] == ["arrival"]


@pytest.mark.parametrize("text, person, role", [
    ("Fintrail Payments said chief financial officer Amir Nasser adds the role of chief operating officer.",
     "Amir Nasser", "coo"),
    ("Corbin Foods Group said Ben Howard, its head of supply chain, would take on the additional role of "
     "chief operating officer.", "Ben Howard", "coo"),
    ("Oakhurst Bank said its finance chief, Lena Park, will transition to the role of chief operating "
     "officer in April.", "Lena Park", "coo"),
    ("Coastal Mutual Insurance moved Sara Lind from chief financial officer to chief executive on Wednesday.",
     "Sara Lind", "ceo"),
    ("Kestrel Airlines said Tom Reyes will step up from chief operating officer to chief executive when "
     "Alan Burke retires in March.", "Tom Reyes", "ceo"),
])
def test_a_post_added_or_moved_into_is_a_role_change(text, person, role):
    got = {(e.person.name, e.kind, e.role) for e in _events(text, "en") if e.person}
    assert (person, "role_change", role) in got


def test_a_caretaker_made_permanent_is_a_role_change():
    text = ("Redfield United appointed first-team coach Marco Silva as manager on a permanent basis after "
            "his spell as caretaker.")
    assert _kinds(text) == {"Marco Silva": "role_change"}


def test_taking_on_a_post_from_another_org_stays_a_move():
    text = "Dorset Water named Paul Imrie, chief executive of Anglia Rail, to take on the role of chief executive."
    ev = [(e.kind, e.org and e.org.name, e.destination and e.destination.name) for e in _events(text, "en")]
    assert ev == [("departure", "Anglia Rail", "Dorset Water")]


def _triples(text: str, lang: str) -> list[tuple]:
    return sorted((e.kind, e.person.mention, e.role) for e in _events(text, lang) if e.person)


@pytest.mark.parametrize("text, person", [
    # 'X, the former chief executive of Al-Madar Telecom': 'former' follows the title in Arabic
    ("عينت شركة الواحة للاتصالات هشام البدري، الرئيس التنفيذي السابق لشركة المدار للاتصالات، رئيسا تنفيذيا لها.",
     "هشام البدري"),
    ("أعلن نادي الرمال الرياضي تعيين ماهر سعيد، المدرب السابق لنادي الوحدة، مدربا للفريق الأول.", "ماهر سعيد"),
])
def test_arabic_former_post_after_the_title_is_no_move(text, person):
    assert [(e.kind, e.person.mention, e.destination) for e in _events(text, "ar")] == [("arrival", person, None)]


@pytest.mark.parametrize("text, person, role", [
    # 'moved from the post of deputy chairman to the post of chief executive at Al-Raya Bank'
    ("انتقل فهد الدوسري من منصب نائب الرئيس إلى منصب الرئيس التنفيذي في مصرف الراية، بحسب بيان للمصرف.",
     "فهد الدوسري", "ceo"),
    ("وانتقل طلال يوسف من منصب مدير المبيعات إلى منصب المدير العام في متاجر الريم، بحسب بيان الشركة.",
     "طلال يوسف", "ceo"),
])
def test_arabic_move_from_one_post_to_another_is_a_role_change_to_the_new_post(text, person, role):
    assert _triples(text, "ar") == [("role_change", person, role)]


@pytest.mark.parametrize("text, leaver, successor, role", [
    # 'and X succeeds him, dean of engineering at the university'
    ("أعلنت جامعة النخيل أن رئيسها فؤاد سليمان سيتقاعد في يونيو المقبل. ويخلفه سامر الأيوبي، عميد كلية "
     "الهندسة في الجامعة.", "فؤاد سليمان", "سامر الأيوبي", "president"),
    # 'provided that the bank's finance director X succeeds him'
    ("قال بنك الريف إن رئيسه التنفيذي مازن حداد سيستقيل نهاية العام، على أن يخلفه المدير المالي للبنك رائد سلامة.",
     "مازن حداد", "رائد سلامة", "ceo"),
    # 'X, in charge of retail banking in it (the bank), succeeds him'
    ("أعلن مصرف الأمان أن رئيسه التنفيذي ناصر فهمي سيتقاعد، على أن يخلفه عادل مراد، المسؤول عن الخدمات "
     "المصرفية للأفراد فيه، اعتبارا من يناير.", "ناصر فهمي", "عادل مراد", "ceo"),
])
def test_arabic_successor_holding_a_post_at_the_org_is_a_role_change(text, leaver, successor, role):
    assert _triples(text, "ar") == [("departure", leaver, role), ("role_change", successor, role)]


def test_arabic_the_one_succeeded_gets_no_new_post():
    # 'his current assistant at the club Y succeeds him': the clitic 'him' is the leaver
    text = ("أعلن نادي الشروق أن مديره الرياضي وليد نصار سيرحل في نهاية الموسم، على أن يخلفه مساعده الحالي "
            "في النادي يوسف قاسم.")
    assert [e.kind for e in _events(text, "ar") if e.person and e.person.mention == "وليد نصار"] == ["departure"]


@pytest.mark.parametrize("text, leaver, successor, role", [
    ("Tamsin Foods said chief executive Mark Hale will retire in June and be succeeded by finance chief "
     "Olivia Grant.", "Mark Hale", "Olivia Grant", "ceo"),
    ("Brandt Motors said chairman Otto Keller will be succeeded by Lisa Wong, its chief operating officer.",
     "Otto Keller", "Lisa Wong", "chair"),
])
def test_succeeded_by_an_insider_is_their_role_change(text, leaver, successor, role):
    assert _triples(text, "en") == [("departure", leaver, role), ("role_change", successor, role)]


def test_arabic_handover_date_is_the_exits_date_too():
    # 'announced in March 2024 that its CEO intends to retire, with Y succeeding him from July 2024'
    text = ("أعلنت مجموعة السهم القابضة في مارس 2024 أن رئيسها التنفيذي جابر منصور يعتزم التقاعد، على أن "
            "يخلفه نبيل حمدان، المسؤول عن الاستثمارات فيها، اعتبارا من يوليو 2024.")
    got = sorted((e.kind, e.person.mention, e.date) for e in _events(text, "ar") if e.person)
    assert got == [("departure", "جابر منصور", "2024-07"), ("role_change", "نبيل حمدان", "2024-07")]


@pytest.mark.parametrize("text, lang, person", [
    ("At the Ministry of Finance, deputy minister Karim Haddad takes over as minister after the resignation "
     "of Omar Saleh.", "en", "Karim Haddad"),
    # 'Al-Wifaq club appointed the assistant coach X head coach of the first team'
    ("عين نادي الوفاق المدرب المساعد سامي الحربي مدربا للفريق الأول.", "ar", "سامي الحربي"),
    # 'the government charged the deputy finance minister X with the finance minister's duties'
    ("كلفت الحكومة نائب وزير المالية خالد العبيدي بمهام وزير المالية.", "ar", "خالد العبيدي"),
])
def test_a_deputy_named_by_title_takes_the_post_as_a_role_change(text, lang, person):
    got = {(e.person.mention if lang == "ar" else e.person.name): e.kind for e in _events(text, lang) if e.person}
    assert got[person] == "role_change"


def test_a_title_at_another_org_before_the_name_is_no_insider():
    text = "Lorne Bank named Globex deputy chief executive Amy Zhou as chief executive."
    assert _kinds(text)["Amy Zhou"] != "role_change"
