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
