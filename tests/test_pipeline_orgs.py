"""Which org an event is at when a story names several (expected values checked by hand)."""

from talentflow import extract


def _events(text, published="2025-06-13"):
    return [(e.kind, e.person and e.person.name, e.org and e.org.name)
            for e in extract(text, "en", published) if e.kind != "claim"]


def test_successor_told_with_the_company_works_where_the_leader_left():
    text = ("Jane Roe is stepping down as chief executive of Globex Inc to join Acme Corp, the firm said. "
            "Acme Corp will pay Globex Inc for the deal. Acme Corp has grown fast, and Acme Corp is hiring. "
            "Mark Lee, the company's chief strategy officer, takes over as interim chief executive.")
    got = _events(text)
    assert ("role_change", "Mark Lee", "Globex") in got
    assert ("departure", "Jane Roe", "Globex") in got


def test_a_former_employer_is_not_the_main_org():
    text = ("Jane Roe resigned on Thursday. "
            "Board chair Mark Lee, a former Walmart executive, becomes interim chief executive.")
    got = _events(text)
    assert ("role_change", "Mark Lee", "Walmart") not in got


def test_an_org_in_the_hired_persons_apposition_is_their_past():
    text = "Acme Corp has hired Jane Roe, who co-founded Globex Inc, as its chief product officer."
    assert _events(text, "2024-05-15") == [("arrival", "Jane Roe", "Acme")]


def test_the_post_taken_is_not_the_title_in_the_apposition():
    text = ("أعلنت أرامكو استقالة رئيسها التنفيذي خالد الراشد يوم الخميس. "
            "وسيتولى سامي العتيبي، كبير مسؤولي المنتجات في أرامكو، منصب الرئيس التنفيذي خلفا له.")
    got = [(e.kind, e.person.mention, e.role) for e in extract(text, "ar", "2024-05-15") if e.kind == "role_change"]
    assert got == [("role_change", "سامي العتيبي", "ceo")]


def test_the_destinations_parent_is_not_the_org_left():
    text = ("أعلنت شركة أكمي أن رئيسها التنفيذي خالد الراشد سيغادرها للانضمام إلى وحدة ديب مايند التابعة لغوغل.")
    got = [(e.kind, e.org and e.org.name, e.destination and e.destination.name)
           for e in extract(text, "ar", "2024-08-03") if e.kind == "departure"]
    assert got and got[0][2] == "Google DeepMind" and got[0][1] != "Google"


def test_arabic_dual_join():
    text = "قالت غوغل إن خالد الراشد وسامي العتيبي سينضمان إلى ديب مايند الشهر المقبل."
    got = [e.kind for e in extract(text, "ar", "2024-08-03") if e.kind != "claim"]
    assert got == ["arrival", "arrival"]


def test_leaving_a_previous_club_after_being_named_is_background():
    text = ("Crystal Palace named Jane Roe as their new manager on Monday. "
            "Roe has been without a club since leaving in the summer.")
    assert _events(text, "2024-02-19") == [("arrival", "Jane Roe", "Crystal Palace")]


def test_joined_then_left_in_one_sentence_is_still_a_departure():
    text = "Acme Corp said that Jane Roe, a vice president who joined last year, has left the company."
    assert ("departure", "Jane Roe", "Acme") in _events(text, "2024-08-06")


def test_an_org_naming_its_own_interim_chief_keeps_the_role_change():
    text = ("Starbucks named Jane Roe as chief executive, hiring her from Chipotle. "
            "Starbucks will pay her well, Starbucks said. "
            "Chipotle named its chief operating officer, Mark Lee, to take over as interim chief executive.")
    assert ("role_change", "Mark Lee", "Chipotle") in _events(text, "2024-08-14")


def test_appointee_holding_another_orgs_post_moves_from_it():
    text = ("أعلنت ستاربكس تعيين خالد الراشد، الرئيس التنفيذي لسلسلة مطاعم تشيبوتلي، رئيسًا تنفيذيًا لها.")
    got = [(e.kind, e.org and e.org.name, e.destination and e.destination.name)
           for e in extract(text, "ar", "2024-08-14") if e.kind != "claim"]
    assert got == [("departure", "Chipotle", "Starbucks")]


def test_an_appointee_takes_the_post_named_after_them_not_the_next_persons_title():
    text = ("Jane Roe resigned as chief executive of Acme Corp on Friday. Acme Corp appointed chief operating "
            "officer Mark Lee and chief technology officer Sara Kim as co-chief executives.")
    roles = {e.person.name: e.role for e in extract(text, "en", "2024-03-23") if e.kind == "role_change"}
    assert roles.get("Mark Lee") == "ceo"


def test_chief_ai_scientist():
    text = "Jane Roe, the chief AI scientist at Acme Corp, said on Wednesday that she will leave the company."
    got = [(e.kind, e.role) for e in extract(text, "en", "2025-11-12") if e.kind != "claim"]
    assert got == [("departure", "chief_scientist")]


def test_other_leavers_of_the_company_left_the_org_the_leader_left_for_a_rival():
    text = ("Jane Roe has joined Anthropic, two weeks after she resigned from OpenAI. "
            "Anthropic said she would lead a team. Anthropic is growing, and Anthropic is hiring. "
            "Her exit came hours after Mark Lee, chief scientist at the company, said he was leaving.")
    got = _events(text, "2024-05-29")
    assert ("departure", "Mark Lee", "OpenAI") in got
