"""Field accuracy (session 5, FIELDS2): a function noun + 'head' before a name is a post."""
from talentflow import extract


def _one(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    return [(e.person.name, e.role, e.role_mention) for e in extract(text, lang=lang, published="2025-03-01")]


def test_function_noun_head_before_name_is_head_post():
    cases = [
        ("Harwell Bank said on Monday that its communications head Dorothy Kemble would leave at the end "
         "of the month.", "Dorothy Kemble", "communications head"),
        ("Corlan Retail said risk head Marcus Ojukwu had resigned after eight years.",
         "Marcus Ojukwu", "risk head"),
        ("Thessaly Capital said equities head Priya Ramanathan would step down in June.",
         "Priya Ramanathan", "equities head"),
        ("Brackwater Rovers said academy head Tomas Lindqvist had left the club.",
         "Tomas Lindqvist", "academy head"),
    ]
    for text, person, mention in cases:
        assert (person, "head", mention) in _one(text), text


def test_function_head_keeps_the_code_of_head_of_function():
    got = _one("Ostrava Steel said finance head Karel Dvorak had resigned on Friday.")
    assert ("Karel Dvorak", "cfo", "finance head") in got


def test_head_coach_and_head_as_verb_unchanged():
    got = _one("Brackwater Rovers appointed Luis Arenas as head coach on Tuesday.")
    assert ("Luis Arenas", "head", "head coach") in got
    got = _one("Velmora Pay said Dana Pike, its chief operating officer, will head the new payments unit "
               "after she resigned from the board.")
    assert all(r != "head" or m != "head" for _, r, m in got)


def _tenures(text: str, lang: str) -> dict[str, int | None]:
    return {e.person.name: e.tenure_months for e in extract(text, lang=lang, published="2025-03-01")
            if e.kind == "departure" and e.person is not None}


def test_length_followed_by_the_own_org_is_the_stint_length():
    # 'N years at <the org left>' in a later sentence, with no tenure cue next to the length
    got = _tenures("Halden Bank said on Monday that its finance director Marta Ortega had resigned. "
                   "Ortega worked nine years at Halden Bank before taking the post.", "en")
    assert got.get("Marta Ortega") == 108
    got = _tenures("Corlan Retail said chief executive Ivo Brandt would step down in June. "
                   "Brandt had eleven years at Corlan Retail, the last four as its boss.", "en")
    assert got.get("Ivo Brandt") == 132
    got = _tenures("\u0623\u0639\u0644\u0646 \u0628\u0646\u0643 \u0627\u0644\u0631\u064a\u0627\u0646 \u064a\u0648\u0645 "
                   "\u0627\u0644\u0623\u062d\u062f \u0627\u0633\u062a\u0642\u0627\u0644\u0629 "
                   "\u0645\u062f\u064a\u0631\u0647 \u0627\u0644\u0645\u0627\u0644\u064a "
                   "\u0633\u0627\u0645\u0631 \u0627\u0644\u062e\u0648\u0631\u064a. \u0648\u0639\u0645\u0644 "
                   "\u0627\u0644\u062e\u0648\u0631\u064a \u0627\u062b\u0646\u064a \u0639\u0634\u0631 "
                   "\u0639\u0627\u0645\u064b\u0627 \u0641\u064a \u0628\u0646\u0643 \u0627\u0644\u0631\u064a\u0627\u0646 "
                   "\u0642\u0628\u0644 \u0623\u0646 \u064a\u062a\u0648\u0644\u0649 \u0645\u0646\u0635\u0628\u0647.", "ar")
    assert list(got.values()) == [144]


def test_length_at_another_org_is_not_the_stint_length():
    got = _tenures("Halden Bank said on Monday that its finance director Marta Ortega had resigned. "
                   "Ortega worked nine years at Brisk Logistics before joining the bank.", "en")
    assert got.get("Marta Ortega") is None
