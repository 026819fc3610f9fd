"""Staff who go with a leader: 'his assistants will also leave' names departures, and an
undated one takes the leader's date."""

import talentflow


def test_assistants_who_will_also_leave_share_the_leaders_date():
    text = ("Mauricio Pochettino will leave Chelsea at the end of June after one season as head "
            "coach, the club said on Tuesday. His assistants Jesus Perez and Toni Jimenez "
            "will also leave, according to the statement.")
    events = talentflow.extract(text, lang="en", published="2024-05-21")
    deps = {e.person.name: e for e in events if e.kind == "departure" and e.person}
    assert {"Jesus Perez", "Toni Jimenez"} <= set(deps)
    assert deps["Jesus Perez"].date == deps["Mauricio Pochettino"].date == "2024-06"
    assert deps["Jesus Perez"].role == "other"


def test_a_board_list_of_investor_representatives_left_the_company_not_their_funds():
    text = ("Two directors of Careem have quit its board, the ride-hailing company said on Monday. "
            "Jane Okafor of Sequoia Capital and Tom Reyes of SoftBank stepped down in recent "
            "days, citing other commitments.")
    events = talentflow.extract(text, lang="en", published="2024-03-04")
    deps = {e.person.name: e for e in events if e.kind == "departure" and e.person}
    assert {"Jane Okafor", "Tom Reyes"} <= set(deps)
    for name in ("Jane Okafor", "Tom Reyes"):
        assert deps[name].org.name == "Careem"
        assert deps[name].role == "board_member"
        assert deps[name].date == "2024-03"


def test_an_alias_with_an_apostrophe_is_found():
    text = ("Kohl's chief financial officer Jill Timm resigned on Tuesday, the department store "
            "chain said.")
    events = talentflow.extract(text, lang="en", published="2024-03-05")
    assert [(e.kind, e.person.name, e.org.name) for e in events if e.person] == \
        [("departure", "Jill Timm", "Kohl's")]
