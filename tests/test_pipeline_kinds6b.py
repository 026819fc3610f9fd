"""English shapes real news uses for arrivals, exits and new posts (GK2, session 5).

Every sentence is fresh, with invented people and organisations the KB does not know.
"""
from __future__ import annotations

from talentflow import extract


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    evs = extract(text, lang="en", published="2025-03-01")
    return [(e.kind, e.person and e.person.name, e.org and e.org.name,
             e.destination and e.destination.name) for e in evs]


# 'X, vice president for research at A, has been selected as chancellor of B': the post's
# org sits after a 'for ...' complement; X leaves A for B.
def test_post_for_complement_at_org_is_the_one_left() -> None:
    assert ("departure", "Greta Holm", "Ashford University", "Lakemont College") in _events(
        "Greta Holm, associate dean for graduate studies at Ashford University, has been "
        "selected as president of Lakemont College.")
    assert ("departure", "Omar Haddad", "Gulfstone Bank", "Harbor Trust") in _events(
        "Omar Haddad, senior vice president for retail and commercial banking at Gulfstone "
        "Bank, was named chief executive of Harbor Trust.")
    assert ("departure", "Lena Brandt", "Kingsport Rovers", "Ashby Town") in _events(
        "Lena Brandt, director for football operations at Kingsport Rovers, will join Ashby "
        "Town as sporting director.")
