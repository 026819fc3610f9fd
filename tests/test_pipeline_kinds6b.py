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


# 'was succeeded in the position by Y': the post named between the verb and 'by'.
def test_succeeded_in_the_post_by_names_the_successor() -> None:
    evs = _events("Gerald Pike left Northgate Insurance last week and was succeeded in the "
                  "position by chief executive Mira Olsen.")
    assert ("departure", "Gerald Pike", "Northgate Insurance", None) in evs
    assert ("arrival", "Mira Olsen", "Northgate Insurance", None) in evs


# 'X hands the reins over to Y', 'passes the baton to Y': X leaves, Y takes the post.
def test_hands_the_reins_to_successor() -> None:
    evs = _events("After twelve years, Frank Delgado hands the reins over to Nadia Ferro at "
                  "Castleton University, the school said.")
    assert ("departure", "Frank Delgado", "Castleton University", None) in evs
    assert ("arrival", "Nadia Ferro", "Castleton University", None) in evs
    evs = _events("Helen Cho will pass the baton to Diego Ramos as chief executive of Tidewater "
                  "Foods in June.")
    assert {("departure", "Helen Cho"), ("arrival", "Diego Ramos")} <= {e[:2] for e in evs}


# 'has taken on the positions of A and B' (plural posts) is a new post.
def test_taken_on_the_positions_of() -> None:
    assert [e[:3] for e in _events(
        "Priya Nandakumar has taken on the positions of chief financial officer and chief "
        "operating officer at Lumora Health.")] == [("arrival", "Priya Nandakumar", "Lumora Health")]


# 'will be let go': a future dismissal is an exit.
def test_will_be_let_go() -> None:
    assert [e[:3] for e in _events("Paul Hart will be let go by Corvell Logistics at the end of "
                                    "the month.")] == [("departure", "Paul Hart", "Corvell Logistics")]


# 'X will be the bank's next chief executive' (a new, next, interim or acting post ahead);
# the plain 'will be the head coach until ...' (staying on) is no event.
def test_will_be_the_new_post() -> None:
    assert [e[:3] for e in _events("Anya Petrova will be the bank's next chief executive, Harbor "
                                    "Trust said in a statement.")] == [("arrival", "Anya Petrova", "Harbor Trust")]
    assert [e[:2] for e in _events("Kingsport Rovers said Tomas Reyes will be its new head "
                                    "coach.")] == [("arrival", "Tomas Reyes")]
    assert _events("Tomas Reyes said he will be the head coach until the end of the season at "
                   "Kingsport Rovers.") == []
    assert _events("Maya Lind will not be the ministry's new permanent secretary, the Ministry "
                   "of Health said.") == []


# Inverted succession: 'Replacing her as chairman will be Y', 'Succeeding him will be Y'.
def test_inverted_replacing_him_will_be() -> None:
    evs = _events("Elena Marsh is stepping down as chairman of Brightwell Retail. Replacing her "
                  "as chairman will be Owen Talbot, a former banker.")
    assert ("arrival", "Owen Talbot", "Brightwell Retail", None) in evs
    evs = _events("Dr Samir Khalil leaves the Ministry of Health in May. Replacing him as "
                  "permanent secretary will be Rana Aziz, the ministry's legal adviser.")
    assert ("arrival", "Rana Aziz", "Ministry of Health", None) in evs
