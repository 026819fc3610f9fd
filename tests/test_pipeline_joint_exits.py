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
