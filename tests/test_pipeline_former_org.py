"""When the only org a story names is the leaver's former employer ('X, the former CFO of Acme,
left the company'), 'the company' is that org; an outlet that reports the news never is."""

from talentflow import extract


def _departures(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(m.person and m.person.name, m.org and m.org.name)
            for m in extract(text, lang=lang, published="2025-03-10") if m.kind == "departure"]


def test_english_former_employer_is_the_company_left():
    text = ("Dana Whitlock, the former operations chief of Harlow Freight Ltd, left the company in "
            "January after a dispute over the budget, two people said.")
    assert _departures(text, "en") == [("Dana Whitlock", "Harlow Freight")]


def test_arabic_former_employer_is_the_company_left():
    text = ("قالت مصادر إن سلمى الراشد، المديرة المالية السابقة لشركة نبراس للتقنية، "
            "تركت الشركة في يناير بعد خلاف على الميزانية.")
    got = _departures(text, "ar")
    assert len(got) == 1 and got[0][1] is not None and "Nabras" in got[0][1]


def test_an_outlet_never_becomes_the_company_left():
    text = "Dana Whitlock left the company last month, Bloomberg reported."
    assert _departures(text, "en") == [("Dana Whitlock", None)]
