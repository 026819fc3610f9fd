"""English fields on unseen text (issue #3, session 3): dates, started, tenure, roles, orgs.

Fresh sentences written for each general rule; each test fails without the rule it names and
uses no name or sentence from the labelled sets.
"""

from __future__ import annotations

from talentflow.pipeline import extract


def _one(text: str, published: str | None = "2024-11-20", person: str | None = None):
    evs = [e for e in extract(text, "en", published) if person is None or (e.person and e.person.name == person)]
    assert len(evs) == 1, [(e.kind, e.person and e.person.name) for e in evs]
    return evs[0]


# --- future dates -----------------------------------------------------------------------------

def test_next_year_dates_a_future_exit_by_the_following_year():
    e = _one("Nordbank said on Tuesday that its finance chief Petra Lindqvist will retire late next year.")
    assert (e.kind, e.date) == ("departure", "2025")


def test_a_day_just_after_publication_told_in_the_present_is_ahead():
    # published 30 December: 'on January 6' is next week, not eleven months ago
    e = _one("Tomas Varga joins Harbour Logistics as chief operating officer on January 6.", "2024-12-30")
    assert e.date == "2025-01-06"


def test_a_month_just_after_publication_told_in_the_present_is_ahead():
    e = _one("Ilse Brandt, the bank's head of retail, retires in late February, Nordbank said.", "2024-12-18")
    assert (e.kind, e.date) == ("departure", "2025-02")


def test_a_month_told_with_a_past_verb_stays_behind():
    e = _one("Ilse Brandt left Nordbank in February, the bank said on Monday.", "2024-12-18")
    assert (e.kind, e.date) == ("departure", "2024-02")
