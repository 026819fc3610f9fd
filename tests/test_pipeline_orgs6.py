"""Which org an event gets in a story that names several: the employer, not another org of the
story (a rival told in another clause, the org a participle's subject hired from, a regulator
that approved the appointment, a past employer). Fresh passages, invented names."""

from __future__ import annotations

import pytest

from talentflow.pipeline import extract


def _orgs(text: str, lang: str) -> dict[str, tuple[str, str | None, str | None]]:
    """person mention -> (kind, org mention, destination mention)."""
    out = {}
    for e in extract(text, lang=lang, published="2025-03-01"):
        if e.person is not None:
            out[e.person.mention] = (e.kind, e.org.mention if e.org else None,
                                     e.destination.mention if e.destination else None)
    return out


# --- another clause ('while', 'fima', 'baynama', ';') tells another org's news ----------------

OTHER_CLAUSE = [
    ("en", "Harwell Bank names interim chief\n\nHarwell Bank said on Tuesday that its finance director Priya Menon "
           "would serve as interim chief executive until a permanent successor is found, while Corvane Capital "
           "named its operations chief Dale Whitcombe as its new chief executive.",
     {"Priya Menon": "Harwell Bank", "Dale Whitcombe": "Corvane Capital"}),
    ("ar", "بنك الواحة يعين رئيسا تنفيذيا مؤقتا\n\nأعلن بنك الواحة يوم الأحد أن مديرته المالية سلمى العتيبي "
           "ستتولى منصب الرئيسة التنفيذية المؤقتة، فيما عيّن بنك الريان مدير عملياته فهد الشمري رئيسًا تنفيذيًا له.",
     {"سلمى العتيبي": "بنك الواحة", "فهد الشمري": "بنك الريان"}),
    ("ar", "أعلنت شركة الميزان للتجزئة أن مدير عملياتها وليد السقا سيتولى منصب الرئيس التنفيذي بالإنابة، "
           "بينما عينت مجموعة النخيل مديرتها المالية هالة عيسى رئيسة تنفيذية لها.",
     {"وليد السقا": "الميزان للتجزئة", "هالة عيسى": "مجموعة النخيل"}),
    ("en", "Castellan Telecom said chief technology officer Mia Ortega would take over as interim chief "
           "executive; Brisa Mobile named finance chief Jorge Vidal as its new chief executive.",
     {"Mia Ortega": "Castellan Telecom", "Jorge Vidal": "Brisa Mobile"}),
]


@pytest.mark.parametrize("lang,text,want", OTHER_CLAUSE)
def test_org_of_another_clause_is_not_the_events(lang: str, text: str, want: dict[str, str]) -> None:
    got = _orgs(text, lang)
    assert {p: got.get(p, (None, None))[1] for p in want} == want


# --- an exit told in a time adjunct ('three days after sacking X') is the sentence subject's ---

ADJUNCT = [
    ("en", "Redmoor Rovers appoint Kessler\n\nRedmoor Rovers hired Lukas Kessler from Grantham Athletic on Monday to be "
           "their new manager, three days after sacking Owen Pryde. Kessler, 44, had been in charge at Grantham since 2021.",
     "Owen Pryde", "Redmoor Rovers"),
    ("ar", "نادي الصفا يتعاقد مع مدرب جديد\n\nتعاقد نادي الصفا يوم الاثنين مع المدرب البرتغالي نونو فاريلا قادمًا من "
           "نادي الشعلة، وذلك بعد ثلاثة أيام من إقالة مدربه السابق كريم بن سالم.\nوكان فاريلا قد قاد الشعلة منذ عام 2022.",
     "كريم بن سالم", "نادي الصفا"),
    ("ar", "أعلنت شركة رواسي للإسمنت تعيين سامي الحداد القادم من مجموعة الصخر رئيسًا تنفيذيًا لها، عقب إقالة رئيسها "
           "التنفيذي السابق نادر العلي.",
     "نادر العلي", "رواسي للإسمنت"),
    ("ar", "عيّن مصرف الأمان عادل الكبيسي القادم من بنك الدوحة مديرًا عامًا، وذلك بعد أسبوع من استقالة المدير العام "
           "السابق ياسر العاني.",
     "ياسر العاني", "مصرف الأمان"),
]


@pytest.mark.parametrize("lang,text,person,org", ADJUNCT)
def test_exit_in_time_adjunct_is_the_subjects(lang: str, text: str, person: str, org: str) -> None:
    assert _orgs(text, lang).get(person) == ("departure", org, None)


@pytest.mark.parametrize("text", [
    "Harlow Mutual named Grace Obi as chief executive on Friday, weeks after the exit of Ian Moss from Fenwick Bank.",
    "Harlow Mutual named Grace Obi as chief executive on Friday, weeks after Fenwick Bank fired Ian Moss.",
])
def test_exit_in_time_adjunct_naming_its_org_keeps_it(text: str) -> None:
    assert _orgs(text, "en").get("Ian Moss") == ("departure", "Fenwick Bank", None)


# --- 'formerly of X', 'previously worked at X', 'amila sabiqan fi X': a past employer --------

PAST = [
    ("en", "Brightloop hires two executives\n\nBrightloop, the payments start-up, said on Friday it had hired Dana "
           "Whitfield as chief financial officer and Ravi Anand, formerly of Stripe, as chief technology officer.",
     "Dana Whitfield", "Brightloop"),
    ("en", "Veloria's prime minister on Sunday named central bank deputy governor Ines Carvalho as finance minister. "
           "Carvalho, 49, previously worked at the International Monetary Fund.",
     "Ines Carvalho", None),
    ("ar", "قرر مجلس الوزراء تعيين نبيل عودة رئيسًا لهيئة الطيران المدني. وعمل عودة سابقًا في شركة الخطوط الملكية "
           "لمدة عشرين عامًا.",
     "نبيل عودة", None),
]


@pytest.mark.parametrize("lang,text,person,org", PAST)
def test_past_employer_is_not_the_org_joined(lang: str, text: str, person: str, org: str | None) -> None:
    got = _orgs(text, lang)
    assert person in got and got[person][1] == org


# --- the org a title gives the person once carries to a later exit told by surname -----------

TITLED = [
    ("en", "Telecom operators cut prices as competition heats up\n\nOrange and Vodafone both cut mobile data prices in "
           "Spain this week, the latest sign of a price war that has squeezed smaller operators.\n\nAmong them is Veltra "
           "Telecom, whose chief executive Marta Kowalczyk has been under pressure from investors. On Thursday Kowalczyk "
           "said she would step down in June, days after Vodafone announced its own cuts.",
     "Kowalczyk", "Veltra Telecom"),
    ("en", "Smaller lenders struggled in the quarter. Tom Weller, who has run Larchmont Savings since 2015, said profits "
           "fell 8%.\nWeller will retire at the end of the year, weeks after HSBC reported record earnings.",
     "Weller", "Larchmont Savings"),
    ("ar", "تواجه شركات الطيران الاقتصادي في المنطقة ضغوطًا متزايدة مع توسع فلاي دبي في خطوط جديدة.\nومن بين هذه "
           "الشركات شركة السحاب للطيران، التي يقودها الرئيس التنفيذي جمال الفرا منذ 2018.\nوأعلن الفرا يوم الثلاثاء "
           "أنه سيتنحى عن منصبه نهاية العام، بعد أيام من إعلان فلاي دبي عن طلبية طائرات جديدة.",
     "الفرا", "السحاب للطيران"),
    ("ar", "تراجعت أسهم الشركات العقارية في البورصة خلال الأسبوع الماضي.\nوكانت مجموعة الراية القابضة، التي يديرها "
           "الرئيس التنفيذي باسل نصار منذ 2017، من أكثر الشركات تضررًا.\nوقال نصار يوم الاثنين إنه سيستقيل من منصبه "
           "نهاية العام، بعد أيام من إعلان شركة إعمار عن أرباح قياسية.",
     "نصار", "مجموعة الراية القابضة"),
]


@pytest.mark.parametrize("lang,text,person,org", TITLED)
def test_titled_org_carries_to_a_later_exit(lang: str, text: str, person: str, org: str) -> None:
    assert _orgs(text, lang).get(person) == ("departure", org, None)


# --- an org inside the trigger's words ('ta'aqada nadi X fi ... ma'a Y') is the one that hires --

INSIDE = [
    "شهدت أندية الدوري تغييرات فنية عدة هذا الموسم.\nعيّن نادي الساحل المدرب البرتغالي جوزيه مورايس خلفًا لمواطنه، "
    "في خطوة قال النادي إنها تهدف إلى إنقاذ الموسم. وأكد رئيس نادي الساحل أن المدرب الجديد يحظى بثقة الإدارة.\n"
    "وفي الشمال، تعاقد نادي الجبل في الأول من مارس مع المدرب التونسي فتحي الجبال حتى نهاية الموسم.",
    "أعلنت عدة شركات تقنية تغييرات في قياداتها هذا الأسبوع. وقالت شركة نبض للبرمجيات إنها عينت ليلى حداد رئيسة "
    "تنفيذية، وأكدت شركة نبض أن حداد ستبدأ مهامها الشهر المقبل.\nكما تعاقدت شركة مدى للحلول الرقمية يوم الثلاثاء "
    "مع المهندس كريم سلامة ليتولى منصب المدير التقني.",
    "تواصل شركات الاتصالات استقطاب الكفاءات. وقالت شركة أفق للاتصالات إنها عينت سمير حنا مديرًا للتسويق، وأضافت "
    "شركة أفق أن حنا سيبدأ عمله قريبًا.\nكما تعاقدت شركة سما للاتصالات الشهر الماضي مع رنا الأحمد لتتولى إدارة "
    "الموارد البشرية.",
]


@pytest.mark.parametrize("text,person,org", zip(INSIDE, ["فتحي الجبال", "كريم سلامة", "رنا الأحمد"],
                                                 ["نادي الجبل", "مدى للحلول الرقمية", "سما للاتصالات"]))
def test_org_inside_the_trigger_signs(text: str, person: str, org: str) -> None:
    assert _orgs(text, "ar").get(person) == ("arrival", org, None)


OTHER_CLAUSE_WHEN = [
    ("ar", "أعلنت شركة الراية للتأمين أن مديرها المالي وائل سعيد سيتولى منصب الرئيس التنفيذي بالإنابة، في وقت عينت فيه "
           "شركة الدرع للتأمين مديرة عملياتها نور حمدان رئيسة تنفيذية لها.",
     "وائل سعيد", "الراية للتأمين"),
    ("en", "Corvane Insurance said finance chief Leah Dunn would serve as interim chief executive, even as Brisa Mutual "
           "named a permanent boss.",
     "Leah Dunn", "Corvane Insurance"),
    ("en", "Halden Foods said sales director Ruth Okafor would take over as interim chief executive, at a time when "
           "Brisa Foods has named its own new chief executive.",
     "Ruth Okafor", "Halden Foods"),
]


@pytest.mark.parametrize("lang,text,person,org", OTHER_CLAUSE_WHEN)
def test_org_of_an_even_as_or_at_a_time_when_clause_is_not_the_events(lang: str, text: str, person: str, org: str) -> None:
    got = _orgs(text, lang)
    assert person in got and got[person][1] == org


# --- an org that approved or cleared the appointment (a regulator, a league) is no employer ---

APPROVER = [
    ("Skyreach Airways names new CEO\n\nSkyreach Airways has appointed Hamid Rostami as chief executive, the carrier "
     "said on Wednesday, after the Civil Aviation Authority cleared the appointment. Rostami was previously chief "
     "operating officer at Emirates.", "Hamid Rostami"),
    ("Harlow Bank names new chief\n\nHarlow Bank has appointed Nadia Qureshi as chief executive, the lender said on "
     "Tuesday, after the Prudential Regulation Authority approved the appointment. Qureshi was previously finance "
     "director at Lloyds.", "Nadia Qureshi"),
    ("Redmoor Rovers name new manager\n\nRedmoor Rovers have appointed Lukas Kessler as manager, the club said on "
     "Monday, after the English Football League approved the appointment. Kessler was previously assistant coach at "
     "Ajax.", "Lukas Kessler"),
]


@pytest.mark.parametrize("text,person", APPROVER)
def test_approver_of_the_appointment_is_no_org_of_the_event(text: str, person: str) -> None:
    employer = " ".join(text.split()[:2])  # the headline's org ('Skyreach Airways names ...')
    assert _orgs(text, "en").get(person) == ("arrival", employer, None)


# --- 'said X would leave, and that Y ...' (Arabic '..., wa-anna ...', '..., kama ...'): two news ---

SECOND_COMPLEMENT = [
    ("en", "Kestrel Bank said chief financial officer Mia Hart and Tom Lowe, its head of risk, would leave, and that "
           "Aldgate Capital's Sam Reid would join as finance chief.",
     {"Mia Hart": "Kestrel Bank", "Tom Lowe": "Kestrel Bank"}),
    ("en", "Norvane Air said its chief executive Paul Sato would retire in June, and that Brisk Airways had hired its "
           "operations chief Dee Long.",
     {"Paul Sato": "Norvane Air"}),
    ("ar", "أعلنت شركة الندى للأغذية أن مديرها العام فادي خوري سيترك منصبه في مايو، كما عينت شركة الواحة للأغذية "
           "المدير التجاري نبيل حداد رئيسًا تنفيذيًا.",
     {"فادي خوري": "الندى للأغذية", "نبيل حداد": "الواحة للأغذية"}),
]


@pytest.mark.parametrize("lang,text,want", SECOND_COMPLEMENT)
def test_org_of_a_second_complement_clause_is_not_the_events(lang: str, text: str, want: dict[str, str]) -> None:
    got = _orgs(text, lang)
    assert {p: got.get(p, (None, None))[1] for p in want} == want


# --- the org someone else joined (their relative clause, a time adjunct about them) is no destination ---

OTHERS_MOVE = [
    ("Finance chief Ana Silva left Marlow Retail on Monday, a week after Cleo Marsh, who ran its online arm, joined "
     "rival Brisa Stores.", "Ana Silva", "Marlow Retail"),
    ("Carla Nunes resigned from Pellwood Insurance on Friday, following strategy head Ivo Reis, who moved to rival "
     "Solen Mutual in May.", "Carla Nunes", "Pellwood Insurance"),
    ("Three executives left Corvane Group this month: finance chief Ana Silva, operations head Ben Ito and strategy "
     "director Cleo Marsh, who joined rival Brisa Holdings.", "Ana Silva", "Corvane Group"),
]


@pytest.mark.parametrize("text,person,org", OTHERS_MOVE)
def test_org_someone_else_joined_is_no_destination(text: str, person: str, org: str) -> None:
    assert _orgs(text, "en").get(person) == ("departure", org, None)
