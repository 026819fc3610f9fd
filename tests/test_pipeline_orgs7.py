"""The right org and kind in longer stories that name several orgs: a post taken at the org the
person joined years ago (career history is no move to it now), a title with its domain words
before the name ('its head of retail banking, X,'). Fresh passages, invented names."""

from __future__ import annotations

import pytest

from talentflow.pipeline import extract


def _events(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, person mention, org mention, destination mention) for each event with a person."""
    return [(e.kind, e.person.mention if lang == "ar" else e.person.name, e.org.mention if e.org else None,
             e.destination.mention if e.destination else None)
            for e in extract(text, lang=lang, published="2025-03-01") if e.person is not None]


# --- a join told as career history makes today's post there a role change, not no event -------

HISTORY_JOIN = [
    ("en", "Harbin Insurance has named Mei Lin as its chief executive, effective in May.\n\n"
           "Lin joined Harbin Insurance in 2012 from Dorset Re and has run its motor business since 2020.",
     ("role_change", "Mei Lin", "Harbin Insurance")),
    ("en", "Stellan Athletic appointed Marco Ruiz head coach on Monday.\n\n"
           "Ruiz moved to Stellan Athletic in 2017 from Porto Azul as a youth coach.",
     ("role_change", "Marco Ruiz", "Stellan Athletic")),
    ("en", "Kavala Foods said Nadia Rahman will become chief financial officer next month. "
           "Rahman left Brightwell in 2019 to join Kavala Foods as treasurer.",
     ("role_change", "Nadia Rahman", "Kavala Foods")),
    ("ar", "عيّن بنك الجزيرة الشمالي سامي الراشد رئيسا تنفيذيا له اعتبارا من أبريل المقبل.\n\n"
           "وكان الراشد قد انضم إلى بنك الجزيرة الشمالي في عام 2013 قادما من مصرف الخليج الأول.",
     ("role_change", "سامي الراشد", "بنك الجزيرة الشمالي")),
]


@pytest.mark.parametrize("lang,text,want", HISTORY_JOIN)
def test_post_at_org_joined_long_ago_is_role_change(lang: str, text: str, want: tuple[str, str, str]) -> None:
    got = [(k, p, o) for k, p, o, _ in _events(text, lang)]
    assert got == [want]


def test_old_move_elsewhere_keeps_fresh_arrival() -> None:
    """A history move to ANOTHER org leaves the new appointment an arrival."""
    text = ("Marlow Building Society hired Keith Dunn as chief risk officer on Monday. "
            "Dunn left Ivel Bank in 2016 to join Sefton Finance.")
    assert [(k, p, o) for k, p, o, _ in _events(text, "en")] == [("arrival", "Keith Dunn", "Marlow Building Society")]


# --- 'its head of retail banking, X,': a post of the org's own, its domain between ------------

OWNED_DOMAIN = [
    ("Orrin Bank said on Monday that its head of retail banking, Tomas Reyes, will become senior vice "
     "president for digital strategy at the lender from April.\n\nReyes joined Orrin Bank in 2016 from Velden "
     "Capital. The bank, which is majority owned by the Larkspur Holding group, has been reorganising.",
     ("role_change", "Tomas Reyes", "Orrin Bank")),
    ("Corran Telecom named its head of consumer sales, Ivo Marsh, as chief executive.",
     ("role_change", "Ivo Marsh", "Corran Telecom")),
    ("Brookfield Academy named its director of admissions, Carla Stone, as principal on Friday.",
     ("role_change", "Carla Stone", "Brookfield Academy")),
]


@pytest.mark.parametrize("text,want", OWNED_DOMAIN)
def test_owned_post_with_domain_is_insider(text: str, want: tuple[str, str, str]) -> None:
    assert [(k, p, o) for k, p, o, _ in _events(text, "en")] == [want]


# --- a post at a unit named after its owner: 'of its grocery arm, Fernway Foods', -----------
# --- 'of Norwick Group's streaming arm Flickbox': the unit is the org, not the owner ---------

UNIT = [
    ("Hollis Group, the Manchester-based retail conglomerate, reported a drop in quarterly profit on Tuesday.\n\n"
     "The group also named Priya Malhotra chief executive of its grocery arm, Fernway Foods. Malhotra previously "
     "ran the online business of Castlefield Stores for six years.\n\nAnalysts at Brantley Securities said the "
     "appointment signalled a push into delivery.",
     ("arrival", "Priya Malhotra", "Fernway Foods", None)),
    ("Pellham Media appointed Sara Quint, head of Norwick Group's streaming arm Flickbox, as its managing director "
     "on Monday.", ("departure", "Sara Quint", "Flickbox", "Pellham Media")),
    ("The Qadir Group said it had appointed Yusuf Malik as chief executive of its property unit, Qadir Estates.",
     ("arrival", "Yusuf Malik", "Qadir Estates", None)),
    ("Novum Capital named Lena Fischer chief financial officer of its lending subsidiary, Novum Credit, on Friday. "
     "Fischer joins from Baltic Mutual.", ("departure", "Lena Fischer", "Baltic Mutual", "Novum Credit")),
]


@pytest.mark.parametrize("text,want", UNIT)
def test_post_at_named_unit(text: str, want: tuple[str, str, str, str | None]) -> None:
    assert _events(text, "en") == [want]


def test_post_complement_names_org_joined() -> None:
    """'named X chief executive of Corlett, a unit of the group': the post right after the object
    (no comma) is the one taken, so Corlett is joined, not left; 'a unit of' names no unit after."""
    text = "Arvane Holdings named Daniel Osei chief executive of Corlett Insurance, a unit of the group."
    assert _events(text, "en") == [("arrival", "Daniel Osei", "Corlett Insurance", None)]


# --- 'named X, chief executive of A, as chief executive of B': A is left, B (the post taken) --
# --- is the destination, not the org that makes the appointment -----------------------------

TAKEN_POST = [
    ("Tarsus Holdings named Ben Ayre, chief executive of Lintel Bank, as chief executive of Tarsus Insurance.",
     ("departure", "Ben Ayre", "Lintel Bank", "Tarsus Insurance")),
    ("Meridian Sports Group named Tom Reed, head coach of Kelso Town, as head coach of Redmoor Rovers on Thursday.",
     ("departure", "Tom Reed", "Kelso Town", "Redmoor Rovers")),
    ("The Ashcombe Trust appointed Nina Vale, dean of law at Hartfield University, as president of Ashcombe College.",
     ("departure", "Nina Vale", "Hartfield University", "Ashcombe College")),
    ("Tata Sons named Ravi Bhat, chief executive of Corvel Airways' budget arm Skyhop, as chief executive and "
     "managing director of Indus Air.", ("departure", "Ravi Bhat", "Skyhop", "Indus Air")),
]


@pytest.mark.parametrize("text,want", TAKEN_POST)
def test_post_taken_names_destination(text: str, want: tuple[str, str, str, str]) -> None:
    assert _events(text, "en") == [want]


# --- an org inside another org's apposition (owner, backer) only describes it ---------------

APPOSITIVE = [
    ("en", "Finch Robotics, a warehouse automation start-up backed by Oakmere Ventures, said its co-founder and "
           "chief technology officer, Ravi Menon, has left the company.",
     ("departure", "Ravi Menon", "Finch Robotics")),
    ("en", "Brightwave Energy, the solar developer controlled by Kessel Partners, said its chief executive "
           "Omar Farouk had resigned.", ("departure", "Omar Farouk", "Brightwave Energy")),
    ("ar", "قال بنك الوفاق، المملوك لمجموعة الراية القابضة، إن رئيسه التنفيذي خالد العمر استقال من منصبه.",
     ("departure", "خالد العمر", "بنك الوفاق")),
    ("ar", "أعلن نادي الشروق، المملوك لشركة الأفق للاستثمار، إقالة مدربه فارس الخطيب بعد سلسلة من الهزائم.",
     ("departure", "فارس الخطيب", "نادي الشروق")),
    ("en", "Acme Corp, a unit of Globex, hired Jane Roe as chief financial officer.",
     ("arrival", "Jane Roe", "Acme Corp")),
]


@pytest.mark.parametrize("lang,text,want", APPOSITIVE)
def test_org_in_another_orgs_apposition_is_not_the_employer(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert [(k, p, o) for k, p, o, _ in _events(text, lang)] == [want]


# --- a board seat (or advisory post) taken while holding a post elsewhere: an arrival on ----
# --- that board, not a move away from the post held -----------------------------------------

SEAT = [
    ("en", "Delphine Marsh, chief financial officer of Kestrel Airways, has joined the board of Arden Logistics as a "
           "non-executive director, the logistics firm said on Thursday.\n\nMarsh will remain in her role at Kestrel "
           "Airways, which she joined in 2019.",
     ("arrival", "Delphine Marsh", "Arden Logistics", "board_member")),
    ("en", "Omar Farouk, chief executive of Corniche Bank, has been appointed to the board of Qamar Telecom as an "
           "independent director.", ("arrival", "Omar Farouk", "Qamar Telecom", "board_member")),
    ("en", "Leila Haddad, the dean of medicine at Northgate University, joined the board of St Columba Hospital as a "
           "trustee on Monday.", ("arrival", "Leila Haddad", "St Columba Hospital", "board_member")),
    ("en", "Kessel Partners said Tom Avery, finance director of Redmoor Rovers, would join it as a senior adviser.",
     ("arrival", "Tom Avery", "Kessel Partners", "advisor")),
    ("ar", "انضمت سارة المطيري، المديرة المالية لشركة الريان للطيران، إلى مجلس إدارة شركة نجمة للخدمات اللوجستية "
           "عضوا مستقلا.", ("arrival", "سارة المطيري", "نجمة للخدمات اللوجستية", "board_member")),
    ("ar", "عيّن بنك الشمال خالد الفهد، الرئيس التنفيذي لشركة الأفق للاتصالات، عضوا في مجلس إدارته.",
     ("arrival", "خالد الفهد", "بنك الشمال", "board_member")),
]


@pytest.mark.parametrize("lang,text,want", SEAT)
def test_board_seat_elsewhere_is_no_departure(lang: str, text: str, want: tuple[str, str, str, str]) -> None:
    got = [(e.kind, e.person.mention if lang == "ar" else e.person.name, e.org.mention if e.org else None, e.role)
           for e in extract(text, lang=lang, published="2025-03-01") if e.person is not None]
    assert got == [want]


def test_board_named_later_in_another_clause_is_no_seat() -> None:
    """'He was appointed in 2024, when the board pushed out Y': that board is no seat taken."""
    text = ("Orrel Foods dismissed chief executive Hugo Brandt on Monday. Brandt had been appointed in "
            "September 2024, when the board pushed out his predecessor after weak sales.")
    assert [(e.kind, e.role) for e in extract(text, lang="en", published="2025-09-02")] == [("departure", "ceo")]


# --- 'The lender said its CEO ...' when a regulator, a league or a ministry opens the story: ---
# --- the org of that kind named before, not the authority -----------------------------------

KIND_ANTECEDENT = [
    ("en", "Regulators at the Financial Conduct Authority fined Juniper Bank £2m on Tuesday over lapses in its "
           "anti-money-laundering controls.\n\nThe lender said its chief executive, Mark Dalton, would step down "
           "at the end of the year.", ("departure", "Mark Dalton", "Juniper Bank")),
    ("ar", "فرضت هيئة السوق المالية غرامة على مصرف الوفاق بسبب مخالفات في إجراءات الامتثال.\n\n"
           "وقال المصرف إن رئيسه التنفيذي خالد العمر قدّم استقالته.", ("departure", "خالد العمر", "مصرف الوفاق")),
    ("ar", "عاقب الاتحاد السعودي لكرة القدم نادي الشروق بغرامة مالية بسبب أحداث الشغب.\n\n"
           "وأعلن النادي إقالة مدربه فارس الخطيب بعد الخسارة.", ("departure", "فارس الخطيب", "نادي الشروق")),
    ("ar", "أعلنت وزارة المالية عن خطة لإعادة هيكلة شركة النور للكهرباء.\n\n"
           "وقالت الشركة إن رئيسها التنفيذي سامي الحربي استقال من منصبه.", ("departure", "سامي الحربي", "النور للكهرباء")),
]


@pytest.mark.parametrize("lang,text,want", KIND_ANTECEDENT)
def test_descriptor_names_the_org_of_its_kind(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert [(k, p, o) for k, p, o, _ in _events(text, lang)] == [want]


def test_descriptor_of_the_main_orgs_kind_keeps_it() -> None:
    """'The club' when the story's main org is a club stays with it, not a club beaten last week."""
    text = ("Redmoor City sacked manager Owen Pryde on Sunday after a defeat by Kelso United, "
            "Redmoor City's fifth in a row. The club said Pryde had left by mutual consent.")
    assert {o for _, _, o, _ in _events(text, "en")} == {"Redmoor City"}


# --- the one a newcomer succeeds, given a new post, moves inside the org the newcomer joins ---
# --- (not at the org the newcomer left, nor an arrival) --------------------------------------

SUCCEEDED_STAYS = [
    ("Solvik Dairy said Lena Ortiz, chief executive of Varde Foods, will become its chief executive. She "
     "succeeds Per Lund, who founded Solvik Dairy in 1998. Lund will become executive chair.",
     "Per Lund", ("role_change", "Solvik Dairy")),
    ("Marlow Bank has hired Anil Kapoor from Corniche Bank as its chief executive, the lender said on Monday.\n\n"
     "Kapoor replaces Joan Wells, who has run Marlow Bank since 2017 and led its expansion into mortgages.\n\n"
     "Wells will become chair of the board in April, when the current chair, Hugh Dent, retires.",
     "Joan Wells", ("role_change", "Marlow Bank")),
    ("Redmoor Rovers have hired Luis Ferreira from Porto Azul as head coach.\n\nFerreira replaces Dan Kelly, "
     "who has managed Redmoor Rovers since 2021. Kelly will become director of football.",
     "Dan Kelly", ("role_change", "Redmoor Rovers")),
]


@pytest.mark.parametrize("text,person,want", SUCCEEDED_STAYS)
def test_one_succeeded_takes_new_post_at_same_org(text: str, person: str, want: tuple[str, str]) -> None:
    got = {p: (k, o) for k, p, o, _ in _events(text, "en")}
    assert got[person] == want


# --- 'X would become SVP' at the story's org, X told coming from nowhere: a promotion -------

BECOMES = [
    ("en", "Three senior engineers have left Halvard Systems this month. Chief executive Ian Roe said Priya Nair "
           "would become senior vice president of engineering.", "Priya Nair", ("role_change", "Halvard Systems")),
    ("en", "Marlow Bank's finance chief Ruth Kane resigned on Friday after a dispute over the bank's capital plan.\n\n"
           "Marlow Bank said Tom Ashby would become chief financial officer with immediate effect.",
     "Tom Ashby", ("role_change", "Marlow Bank")),
    ("ar", "أعلن مصرف الوفاق استقالة مديره المالي خالد العمر بعد خلاف مع مجلس الإدارة.\n\n"
           "وقال المصرف إن سامر النجار سيصبح المدير المالي اعتبارا من الشهر المقبل.",
     "سامر النجار", ("role_change", "مصرف الوفاق")),
    ("en", "Marlow Bank's finance chief Ruth Kane resigned on Friday.\n\nTom Ashby, who spent a decade at Corniche "
           "Bank, will become chief financial officer of Marlow Bank in May.", "Tom Ashby", ("arrival", "Marlow Bank")),
]


@pytest.mark.parametrize("lang,text,person,want", BECOMES)
def test_becoming_a_post_with_no_origin_is_a_promotion(lang: str, text: str, person: str, want: tuple[str, str]) -> None:
    got = {p: (k, o) for k, p, o, _ in _events(text, lang)}
    assert got[person] == want


# --- 'He will join a rival ... The Riyadh-based Wadi Capital said': the rival is named next --

RIVAL_NEXT = [
    ("Samir Haddad, head of treasury at Corniche Bank, has resigned after eleven years at the lender.\n\n"
     "He will join a rival next month as chief financial officer. The Riyadh-based Wadi Capital said in a statement "
     "that Haddad would start on June 1.\n\nCorniche Bank said a search for his successor was under way.",
     ("departure", "Samir Haddad", "Corniche Bank", "Wadi Capital")),
    ("Kelso United's assistant manager Rob Hale has left the club after four seasons.\n\nHe is joining a rival as "
     "head coach. Redmoor Rovers confirmed the appointment on Friday.",
     ("departure", "Rob Hale", "Kelso United", "Redmoor Rovers")),
    ("Ana Bell has stepped down as dean of the business school at Halden University.\n\nShe will join a rival "
     "institution in the autumn. Westbury University said Bell would lead its new management school.",
     ("departure", "Ana Bell", "Halden University", "Westbury University")),
    ("Dana Whitfield resigned as chief risk officer of Orrin Bank on Monday. She will join a competitor, the bank "
     "said, without naming it. Orrin Bank shares fell 1%.", ("departure", "Dana Whitfield", "Orrin Bank", None)),
]


@pytest.mark.parametrize("text,want", RIVAL_NEXT)
def test_rival_joined_is_named_in_next_sentence(text: str, want: tuple[str, str, str, str | None]) -> None:
    assert _events(text, "en") == [want]


def test_one_succeeded_changes_post_when_newcomer_starts() -> None:
    """'X will become Solvik's CEO on January 2 ... Lund will step back to become chair': the post
    changes hands on the newcomer's start date, not on the day of the news."""
    text = ("Lena Ortiz, chief executive of Varde Foods, will become Solvik Dairy's chief executive on January 2, "
            "Solvik Dairy said on Monday.\n\nShe succeeds Per Lund, who founded Solvik Dairy in 1998. Lund will step "
            "back to become executive chair.")
    got = {e.person.name: (e.kind, e.date) for e in extract(text, lang="en", published="2025-11-07")}
    assert got["Per Lund"] == ("role_change", "2026-01-02")
