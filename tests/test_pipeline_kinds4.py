"""Event kinds, moves and which org, on fresh sentences (issue #3, session 4).

events.md: a move is ONE departure (org = the org left, destination = the new one); an arrival
only when no previous employer is named as the one left; a new post inside the same org is a
role_change. Each case is a sentence written for the rule it checks, across sectors (a bank, a
club, a retailer, a university, a miner), with invented names the knowledge base does not know.
"""

from __future__ import annotations

import pytest

from talentflow.pipeline import extract


def _events(text: str, lang: str):
    return [e for e in extract(text, lang, "2025-03-01") if e.kind != "claim"]


def _one(text: str, lang: str = "en"):
    evs = _events(text, lang)
    assert len(evs) == 1, [(e.kind, e.person and e.person.name, e.org and e.org.name) for e in evs]
    return evs[0]


def _move(ev) -> tuple:
    return ev.kind, ev.person.name, ev.org and ev.org.name, ev.destination and ev.destination.name


@pytest.mark.parametrize("text, person, left, joined", [
    ("Ostrander Metals has hired Tom Barrow from Kestrel Mining.", "Tom Barrow", "Kestrel Mining", "Ostrander Metals"),
    ("Lena Voss joins Marlow Retail from Brightway Stores as chief financial officer.",
     "Lena Voss", "Brightway Stores", "Marlow Retail"),
    ("Harwick Bank has hired Priya Nandal from Coldstream Capital as its chief risk officer.",
     "Priya Nandal", "Coldstream Capital", "Harwick Bank"),
    ("Brennan Foods poached Carla Mendes from Ridgeway Grocers last week.",
     "Carla Mendes", "Ridgeway Grocers", "Brennan Foods"),
])
def test_hired_from_an_employer_named_once_is_a_move(text, person, left, joined):
    assert _move(_one(text)) == ("departure", person, left, joined)


def test_taking_over_from_a_person_is_not_a_move_from_an_org():
    ev = _one("Dunmore Rovers said Paul Grady, its assistant coach, will take over from Ivo Brandt as head coach.")
    assert ev.kind != "departure" or ev.org.name != "Ivo Brandt"
    assert ev.destination is None


@pytest.mark.parametrize("text, person, left, joined", [
    # 'qadiman min sharikat X': the noun of the org's kind stands between 'from' and the name
    ("ينضم كريم منصور إلى شركة المراعي قادمًا من شركة نستله.", "Karim Mansour", "Nestlé", "Almarai"),
    ("استقطبت شركة أرامكو المهندس سامي يوسف من شركة سابك.", "Sami Youssef", "SABIC", "Saudi Aramco"),
])
def test_arabic_join_coming_from_a_company_is_a_move(text, person, left, joined):
    assert _move(_one(text, "ar")) == ("departure", person, left, joined)


@pytest.mark.parametrize("text, person, role", [
    ("Harwick Bank said chief executive Tom Reed would retire and that its chief financial officer, "
     "Anna Lowe, would take over in May.", "Anna Lowe", "ceo"),
    ("Linford Athletic said head coach Tom Reed had left by mutual consent and that his assistant, "
     "Kofi Mensah, would take charge.", "Kofi Mensah", "head"),
    ("Dunmore Rovers sacked manager Ivo Brandt on Sunday; his assistant, Paul Grady, takes charge "
     "until the end of the season.", "Paul Grady", "head"),
])
def test_a_post_owned_at_the_org_before_the_name_makes_a_successor_an_insider(text, person, role):
    """'its chief financial officer, Anna Lowe, takes over': she already works there (role_change),
    and the post she takes is the leaver's, not the one she holds."""
    evs = {e.person.name: e for e in _events(text, "en")}
    assert evs[person].kind == "role_change"
    assert evs[person].role == role
    assert evs["Tom Reed" if "Tom Reed" in evs else "Ivo Brandt"].kind == "departure"


def test_a_newcomer_who_leaves_another_club_and_replaces_a_sacked_coach_is_one_move():
    """The leaver's own later sentence ('He replaces Y') is his post at the club that hired him,
    not at the club he left; the date in the clause about the old club ('whom he led ... in May')
    is that club's history, not the day he leaves."""
    text = ("Dunmore Rovers appointed Kofi Mensah as head coach on Friday. Mensah, 52, leaves Ashgate "
            "Athletic, whom he led to the cup final in May. He replaces Ivo Brandt, who was sacked last week.")
    evs = {(e.person.name, e.kind): e for e in _events(text, "en")}
    assert set(evs) == {("Kofi Mensah", "departure"), ("Ivo Brandt", "departure")}
    move = evs["Kofi Mensah", "departure"]
    assert (move.org.name, move.destination.name, move.date) == ("Ashgate Athletic", "Dunmore Rovers", "2025-02-28")
    assert evs["Ivo Brandt", "departure"].org.name == "Dunmore Rovers"


def test_the_post_taken_at_a_moves_destination_told_again_is_not_a_promotion():
    text = ("Eastvale University named Lina Farouk as its president on Sunday. Farouk leaves the Linford "
            "Institute, whose art school she led for a decade. She succeeds Omar Haddad, who was dismissed last month.")
    evs = [(e.kind, e.person.name, e.org.name) for e in _events(text, "en")]
    assert ("departure", "Lina Farouk", "Linford Institute") in evs
    assert not [k for k in evs if k[1] == "Lina Farouk" and k[0] != "departure"]


@pytest.mark.parametrize("text, lang, person, left", [
    ("Kofi Mensah has joined as head coach from Ashgate Athletic, the club said.", "en", "Kofi Mensah", "Ashgate Athletic"),
    ("Tom Reed joins the retailer as finance director from Tesco.", "en", "Tom Reed", "Tesco"),
    ("Lina Farouk joins from Barclays as chief risk officer.", "en", "Lina Farouk", "Barclays"),
    ("التحق فهد الشمري بالفريق مدربًا قادمًا من نادي الهلال.", "ar", "Fahad Al-Shammari", "Al Hilal"),
])
def test_a_join_from_an_org_whose_new_employer_is_unnamed_is_a_departure_from_it(text, lang, person, left):
    """'joins as head coach from Ashgate Athletic': the org named is the one left, not joined."""
    ev = _one(text, lang)
    assert (ev.kind, ev.person.name, ev.org.name) == ("departure", person, left)


@pytest.mark.parametrize("text, person", [
    ("Tom Reed is stepping down as chief executive of Harwick Bank. Anna Lowe, who joined its board in "
     "January, replaces him.", "Anna Lowe"),
    ("Eastvale University said Lina Farouk, who joined the faculty in 2015, will become its president in July.",
     "Lina Farouk"),
    ("Dunmore Rovers said Kofi Mensah, who joined the club as an assistant in 2023, will take charge of the "
     "first team.", "Kofi Mensah"),
])
def test_a_post_taken_by_someone_who_joined_the_same_org_earlier_is_a_role_change(text, person):
    """', who joined its board in January,' tells she already works there: the post is a role change."""
    evs = [e for e in _events(text, "en") if e.person.name == person]
    assert [e.kind for e in evs] == ["role_change"]


def test_a_join_at_another_org_in_the_relative_clause_leaves_the_appointment_an_arrival():
    ev = _one("Marlow Retail named Omar Haddad, who joined Brightway Stores in 2019, as its chief executive.")
    assert (ev.kind, ev.org.name) == ("arrival", "Marlow Retail")


@pytest.mark.parametrize("text, person", [
    ("عيّن نادي النصر أمس المدرب كريم منصور مدربًا للفريق الأول. وكان منصور بلا عمل منذ أن أقاله نادي الهلال في مارس الماضي.",
     "Karim Mansour"),
    ("عيّنت شركة المراعي سامي يوسف رئيسًا تنفيذيًا. وكان يوسف بلا وظيفة منذ أن غادر شركة نستله في العام الماضي.",
     "Sami Youssef"),
])
def test_arabic_exit_that_only_starts_a_state_since_is_background(text, person):
    """'he had been without work since (mundhu an) X sacked him': the exit is past, the news is the hire."""
    assert [(e.kind, e.person.name) for e in _events(text, "ar")] == [("arrival", person)]


@pytest.mark.parametrize("text, person, left, joined", [
    ("Samir Haddad moved from Corvel Insurance to Ashby Mutual in January.", "Samir Haddad", "Corvel Insurance", "Ashby Mutual"),
    ("Anna Lowe resigned from Harwick Bank for Coldstream Capital in May.", "Anna Lowe", "Harwick Bank", "Coldstream Capital"),
    ("Tom Reed resigned as chief executive of Harwick Bank to join Ostrander Metals.", "Tom Reed", "Harwick Bank", "Ostrander Metals"),
])
def test_a_move_names_its_destination_even_when_named_once(text, person, left, joined):
    assert _move(_one(text)) == ("departure", person, left, joined)


def test_a_capitalized_name_after_to_in_another_clause_is_not_a_destination():
    ev = _one("Dunmore Rovers said head coach Tom Reed had resigned after weeks of criticism over his "
              "remarks to Parliament about ticket prices.")
    assert ev.kind == "departure" and ev.destination is None


@pytest.mark.parametrize("text, person, org, role", [
    ("The board of Harwick Bank on Monday selected Anna Lowe as its next chief executive.", "Anna Lowe", "Harwick Bank", "ceo"),
    ("Dunmore Rovers chose Kofi Mensah as their new manager.", "Kofi Mensah", "Dunmore Rovers", "head"),
])
def test_selected_or_chose_someone_as_a_post_is_an_appointment(text, person, org, role):
    ev = _one(text)
    assert (ev.kind, ev.person.name, ev.org.name, ev.role) == ("arrival", person, org, role)


def test_selecting_a_thing_is_no_appointment():
    assert _events("Shoppers selected Marlow Retail as the best grocer in the region.", "en") == []


@pytest.mark.parametrize("text, lang, person, left", [
    ("The committee selected Tom Reed, head of the Eastvale Institute, as the next governor of the central bank.",
     "en", "Tom Reed", "Eastvale Institute"),
    ("The club appointed Kofi Mensah, coach of Ashgate Athletic, as its new manager.", "en", "Kofi Mensah", "Ashgate Athletic"),
    ("عيّن النادي كريم منصور، مدرب نادي الهلال، مدربًا للفريق الأول.", "ar", "Karim Mansour", "Al Hilal"),
])
def test_the_only_org_named_in_an_appointees_apposition_is_the_one_left(text, lang, person, left):
    """'the club appointed X, coach of Ashgate Athletic, as manager': the appointing org is unnamed;
    the org named holds X now, so X leaves it (not an arrival at it)."""
    ev = _one(text, lang)
    assert (ev.kind, ev.person.name, ev.org.name) == ("departure", person, left)


def test_a_former_post_in_the_apposition_is_not_the_org_left():
    ev = _one("The club appointed Kofi Mensah, a former coach of Ashgate Athletic, as its new manager.")
    assert ev.kind == "arrival"


def test_succeeding_someone_in_a_relative_clause_does_not_make_an_insider():
    text = ("Harwick Bank on Tuesday named Anna Lowe, a lawyer, as its chairwoman. The appointment of Lowe, "
            "who replaces Tom Reed, makes her the bank's first female chair.")
    assert [e.kind for e in _events(text, "en") if e.person.name == "Anna Lowe"] == ["arrival"]


@pytest.mark.parametrize("text, lang, person, left, joined", [
    ("غادر أحمد السالم بنك الرياض لتولي منصب الرئيس التنفيذي في شركة المراعي.", "ar", "Ahmed Al-Salem", "Riyad Bank", "Almarai"),
    ("Sam Hale left Barclays to take up the post of chief executive at HSBC.", "en", "Sam Hale", "Barclays", "HSBC"),
    ("Tom Reed quit Harwick Bank to become chief executive of Ostrander Metals.", "en", "Tom Reed", "Harwick Bank", "Ostrander Metals"),
])
def test_the_post_taken_in_a_clause_of_purpose_after_an_exit_is_at_the_destination(text, lang, person, left, joined):
    """'left A to take up the post of CEO at B': the org of the post taken is where he goes, not the org left."""
    assert _move(_one(text, lang)) == ("departure", person, left, joined)


@pytest.mark.parametrize("text, person, org, role", [
    ("أعلن نادي الهلال تثبيت المدرب المؤقت فيصل الدوسري مدربًا دائمًا للفريق.", "Faisal Al-Dosari", "Al Hilal", "head"),
    ("أعلنت شركة المراعي تثبيت كريم منصور مديرًا ماليًا بشكل دائم.", "Karim Mansour", "Almarai", "cfo"),
])
def test_arabic_confirming_an_interim_in_the_post_for_good_is_a_role_change(text, person, org, role):
    """'tathbit X mudarriban da'iman' (made permanent after an interim spell): a post inside the org."""
    ev = _one(text, "ar")
    assert (ev.kind, ev.person.name, ev.org.name, ev.role) == ("role_change", person, org, role)


def test_arabic_fixing_rates_is_no_event():
    assert _events("أعلن البنك المركزي تثبيت أسعار الفائدة دون تغيير.", "ar") == []


@pytest.mark.parametrize("text, lang, person, left", [
    ("Omar Haddad, chief executive of Harwick Bank, was appointed finance minister on Tuesday.", "en", "Omar Haddad", "Harwick Bank"),
    ("Omar Haddad, chief executive of Harwick Bank, was appointed Jordan's minister of finance by royal decree on Tuesday.",
     "en", "Omar Haddad", "Harwick Bank"),
    ("عُيّن سامي يوسف، الرئيس التنفيذي لشركة سابك، وزيرًا للصناعة.", "ar", "Sami Youssef", "SABIC"),
])
def test_a_company_head_made_minister_leaves_the_company(text, lang, person, left):
    """A public office taken by someone holding a post at a company is an exit from it, not a role change."""
    ev = _one(text, lang)
    assert (ev.kind, ev.person.name, ev.org.name) == ("departure", person, left)
