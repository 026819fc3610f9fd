"""English personnel news with names the KB does not know: the org is read from the shape of
the sentence, whatever its words (session 4, FE). Sentences written for these tests."""

from __future__ import annotations

import pytest

from talentflow import extract

PUB = "2025-03-01"


def _one(text: str):
    events = extract(text, lang="en", published=PUB)
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text,person,org,role", [
    ("Priya Nandakumar, chief executive of Halden Mercantile, the Gulf lender, resigned on Tuesday after "
     "a dispute with the board.", "Priya Nandakumar", "Halden Mercantile", "ceo"),
    ("Marcus Oyelaran stepped down as head coach of Wexcombe Rovers after a run of six defeats.",
     "Marcus Oyelaran", "Wexcombe Rovers", "head"),
    ("Lina Castellanos was appointed chief financial officer of Drummond & Pike on Friday.",
     "Lina Castellanos", "Drummond & Pike", "cfo"),
    ("Oskar Lindqvist resigned as president of Tarnby University last week.",
     "Oskar Lindqvist", "Tarnby University", "president"),
    ("Farid Haddad, the chief operating officer of Qurain Logistics, left the company in January.",
     "Farid Haddad", "Qurain Logistics", "coo"),
])
def test_post_of_unknown_name_is_the_org(text, person, org, role):
    """'ROLE of <Capitalized Name>': the name is the employer even when the story names it once."""
    ev = _one(text)
    assert ev.person.name == person
    assert ev.org is not None and ev.org.name == org
    assert ev.role == role


def test_post_of_department_at_org():
    """'head of Global Sales at Velmora': the department is no org, the name after 'at' is."""
    ev = _one("Helen Achterberg, head of Global Sales at Velmora, resigned on Monday.")
    assert ev.org is not None and ev.org.name == "Velmora"
    assert ev.role == "head"


@pytest.mark.parametrize("text", [
    "Samir Khoury, minister of Finance, resigned on Monday.",  # a public office's domain
    "Greta Holm, co-founder of Jonas Ekdahl's new venture, quit on Friday.",  # an owner, not the org
    "Dana Whitfield, vice president of Engineering, resigned on Monday.",  # a department
])
def test_post_of_name_that_is_no_employer(text):
    ev = _one(text)
    assert ev.org is None
