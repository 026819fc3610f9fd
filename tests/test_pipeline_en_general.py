"""English generalization (issue #3): fresh sentences written for each general rule.

Each test fails without the rule it names; none uses a name from the development sets.
"""

from __future__ import annotations

from talentflow.pipeline import extract


def _events(text: str, published: str = "2024-03-06") -> list[tuple]:
    return [(e.kind, e.person.name if e.person else None, e.org.name if e.org else None, e.role, e.date)
            for e in extract(text, "en", published)]


def test_is_out_as_a_post_is_an_exit():
    evs = _events("Maria Olsen is out as head coach of Rosenborg after two seasons, the club said on Tuesday.")
    assert [(k, p, r) for k, p, _, r, _ in evs] == [("departure", "Maria Olsen", "head")]
    assert evs[0][4] == "2024-03-05"


def test_out_as_without_a_post_is_no_exit():
    assert _events("The new phone was out as early as March, Maria Olsen said on Tuesday.") == []


def test_an_old_exit_in_a_relative_clause_does_not_swallow_the_new_post():
    evs = _events("Walmart said on Monday that Tom Reyes, a company veteran who retired in 2019 as head of "
                  "its international arm, will become chief executive on April 1.")
    assert [(k, p, o, r, d) for k, p, o, r, d in evs] == [("arrival", "Tom Reyes", "Walmart", "ceo", "2024-04-01")]


def test_a_former_post_at_another_org_is_not_the_org_joined():
    evs = _events("Tom Reyes, a former president of Walmart, was named chief executive on Monday.")
    assert all(o != "Walmart" for _, _, o, _, _ in evs)
    evs = _events("Tom Reyes, the former chief executive of the discount retail chain Walmart, was named "
                  "chief executive on Monday.")
    assert all(o != "Walmart" for _, _, o, _, _ in evs)


def test_an_interim_chief_from_another_org_is_an_arrival():
    evs = _events("Kohl's named Tom Reyes, the former finance chief of Walmart, as interim chief executive on Monday.")
    assert [(k, p, o, r) for k, p, o, r, _ in evs] == [("arrival", "Tom Reyes", "Kohl's", "ceo")]


def test_an_interim_chief_with_a_current_title_stays_a_role_change():
    evs = _events("Board chair Tom Reyes, a former Walmart executive, becomes interim chief executive of Kohl's.")
    assert [(k, p) for k, p, *_ in evs] == [("role_change", "Tom Reyes")]
