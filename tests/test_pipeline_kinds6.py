"""Role changes and the kind of an appointment, on fresh passages (issue #3, session 5).

events.md: ``role_change`` is a promotion or a move inside the same org; ``arrival`` a join or an
appointment from outside. What tells them apart in text is what the story says of the appointee:
a post they hold now at the org, years spent there, or a title that moves from one post to
another. Each case is written for the rule it checks, across sectors (a bank, a club, a
university, a retailer, a ministry, a startup), with invented names the knowledge base does not
know.
"""

from __future__ import annotations

import pytest

from talentflow.pipeline import extract


def _events(text: str, lang: str):
    return [e for e in extract(text, lang, "2025-03-01") if e.kind != "claim"]


def _kinds(text: str, lang: str = "en") -> dict[str, str]:
    return {e.person.name: e.kind for e in _events(text, lang) if e.person}


@pytest.mark.parametrize("text, person", [
    ("Westholm Savings Bank said Sara Kim, its deputy governor and a former economist at the Harrow "
     "Monetary Institute, will serve as interim governor.", "Sara Kim"),
    ("Sunfield Athletic named Leo Grant, the club's academy director and former coach of Dunmore Rovers, "
     "as head coach.", "Leo Grant"),
    ("Glenmoor Capital said Rachel Tan, the board's senior independent director and a former chief "
     "executive of Harlan Pharmaceuticals, becomes interim chief executive while it looks for a "
     "permanent replacement.", "Rachel Tan"),
])
def test_a_post_held_now_before_a_former_one_elsewhere_is_an_insider(text, person):
    # the apposition first names a post the person holds at the org, then a past one elsewhere
    assert _kinds(text) == {person: "role_change"}


def test_a_former_post_elsewhere_alone_still_says_arrival():
    text = "Acme Corp named Jane Roe, a former chief executive of Globex, as chief executive."
    assert _kinds(text) == {"Jane Roe": "arrival"}
