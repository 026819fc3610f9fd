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


def test_a_weekday_before_a_full_date_does_not_hide_it():
    evs = _events("Ferrari dismissed Luca Ferri as team principal on Thursday 6 March 2025.", published=None)
    assert [(k, p, r, d) for k, p, _, r, d in evs] == [("departure", "Luca Ferri", "head", "2025-03-06")]


def test_a_reign_or_spell_is_the_tenure():
    evs = extract("Juventus sacked coach Luca Ferri on Monday, ending a two-year spell marked by poor "
                  "results.", "en", "2025-03-11")
    assert [e.tenure_months for e in evs] == [24]
    evs = extract("Ferrari has dismissed Luca Ferri as team principal, ending a 12-year reign in which "
                  "the team won four titles.", "en", "2025-03-11")
    assert [e.tenure_months for e in evs] == [144]


def test_a_month_of_last_year_is_that_year():
    evs = extract("Luca Ferri has left Juventus as head coach, the club said on Monday. He was appointed "
                  "in May last year and took the side to a cup final.", "en", "2025-06-03")
    assert [(e.kind, e.started, e.tenure_months) for e in evs] == [("departure", "2024-05", 13)]


def test_an_arrival_carries_no_tenure_from_the_post_before():
    evs = extract("Walmart has hired Tom Reyes, who led logistics for the US Army for more than a decade, "
                  "as chief operating officer.", "en", "2025-06-03")
    assert [(e.kind, e.org.name, e.tenure_months) for e in evs] == [("arrival", "Walmart", None)]


def test_a_future_exit_takes_its_effective_date_told_later():
    evs = extract("Luca Ferri is stepping down as chief executive of Walmart, the company said on Tuesday. "
                  "He will leave on June 3, when his deputy takes charge.", "en", "2025-04-30")
    assert [(e.kind, e.date) for e in evs if e.person and e.person.name == "Luca Ferri"] == [("departure", "2025-06-03")]


def test_an_exit_once_expected_for_a_later_year_keeps_the_day_it_happened():
    evs = extract("Luca Ferri resigned as chief executive of Walmart on Sunday, the company said. Ferri had "
                  "been expected to retire when his contract ended in early 2027.", "en", "2025-04-30")
    assert [(e.kind, e.date) for e in evs] == [("departure", "2025-04-27")]


def test_a_post_taken_since_which_is_background():
    evs = _events("Walmart shares have risen by a third since Tom Reyes took over in March, analysts said on "
                  "Tuesday.", published="2025-06-10")
    assert evs == []


def test_a_pluperfect_promotion_is_background():
    evs = _events("Tom Reyes, who had been promoted to chief operating officer of Walmart earlier this year, "
                  "thanked his team on Tuesday.")
    assert evs == []


def test_an_exit_keeps_the_story_org_over_a_rival_named_far_off():
    evs = _events("Walmart has lost its technology chief, Tom Reyes, to Target. His exit adds to a string of "
                  "senior departures since the new chief took over in March, as the company cuts costs and "
                  "tries to win back ground online, where it has trailed Amazon.", published="2025-06-10")
    assert [(k, p, o) for k, p, o, _, _ in evs] == [("departure", "Tom Reyes", "Walmart")]


def test_an_old_join_at_the_story_org_does_not_hide_the_exit():
    evs = extract("Tom Reyes joined Walmart in 2016 and rose to run its stores. He is leaving at the end of "
                  "the month, the company said on Monday.", "en", "2025-06-10")
    assert [(e.kind, e.person.name, e.org.name, e.started) for e in evs] == [("departure", "Tom Reyes", "Walmart", "2016")]


SUCCESSION = ("Jane Roe is stepping down as chief financial officer of Walmart, the company said on Monday. "
              "She will leave on July 1, when Tom Reyes, the retailer's head of treasury and a Walmart "
              "employee since 2009, takes over.")


def test_a_since_date_in_the_newcomers_apposition_is_not_the_event_date():
    evs = extract(SUCCESSION, "en", "2025-06-10")
    assert [(e.person.name, e.date) for e in evs if e.person and e.person.name == "Tom Reyes"] == [("Tom Reyes", "2025-07-01")]


def test_a_newcomer_holding_a_post_there_takes_the_leavers_post_inside_the_org():
    evs = extract(SUCCESSION, "en", "2025-06-10")
    assert sorted((e.kind, e.person.name, e.org.name, e.role, e.date) for e in evs) == [
        ("departure", "Jane Roe", "Walmart", "cfo", "2025-07-01"),
        ("role_change", "Tom Reyes", "Walmart", "cfo", "2025-07-01")]


def test_moving_up_to_take_a_place_is_a_role_change():
    evs = extract("Juventus named its coach Luca Ferri sporting director on Monday. Tom Reyes, the club's "
                  "assistant coach, moves up to take his place.", "en", "2025-03-11")
    assert ("role_change", "Tom Reyes") in [(e.kind, e.person.name) for e in evs]


def test_stepping_up_without_a_post_is_no_event():
    assert extract("Tom Reyes said the players had to step up to the challenge on Monday.", "en", "2025-03-11") == []


def test_a_hire_to_join_a_team_is_one_arrival():
    evs = extract("Walmart has hired Tom Reyes, who spent nine years building warehouses for Amazon, to join "
                  "its senior leadership team, the chief executive told employees in a memo on Monday.",
                  "en", "2025-03-11")
    assert [(e.kind, e.person.name, e.org.name) for e in evs] == [("arrival", "Tom Reyes", "Walmart")]


def test_the_org_named_before_the_title_is_the_one_left():
    evs = extract("Instagram chief executive Tom Reyes is leaving Meta's photo-sharing app to start a company "
                  "of his own, he told staff on Monday.", "en", "2025-03-11")
    assert [(e.kind, e.person.name, e.org.name, e.role) for e in evs] == [("departure", "Tom Reyes", "Instagram", "ceo")]


def test_becoming_an_orgs_chief_leaves_the_post_held_now():
    evs = extract("Tom Reyes, who has been chief executive of Kohl's for two years, will become Walmart's "
                  "chief executive on March 1, the retailer said on Monday.", "en", "2025-02-11")
    assert [(e.kind, e.org.name, e.destination.name, e.role, e.date) for e in evs] == [
        ("departure", "Kohl's", "Walmart", "ceo", "2025-03-01")]


def test_an_owner_named_before_the_org_is_not_the_org():
    evs = extract("Tom Reyes, who has been chief executive of Google-owned YouTube since 2021, will become "
                  "Walmart's chief executive on March 1, the retailer said on Monday.", "en", "2025-02-11")
    assert [(e.kind, e.org.name, e.destination.name) for e in evs] == [("departure", "YouTube", "Walmart")]


def test_years_of_something_else_are_no_tenure():
    evs = extract("Tom Reyes will step down as chief executive of Walmart on Friday, after almost two years of "
                  "regulatory fights over the merger, the company said.", "en", "2025-03-11")
    assert [(e.kind, e.tenure_months) for e in evs] == [("departure", None)]
    evs = extract("Tom Reyes will step down as chief executive of Walmart on Friday after two years of service, "
                  "the company said.", "en", "2025-03-11")
    assert [(e.kind, e.tenure_months) for e in evs] == [("departure", 24)]


def test_a_predecessors_exit_told_in_a_relative_clause_is_background():
    evs = extract("Tom Reyes has left Walmart after two years as chief executive, the company said on Monday. "
                  "Reyes took over in 2023 from Jane Roe, who resigned over a dispute with the board.",
                  "en", "2025-03-11")
    assert [(e.kind, e.person.name) for e in evs] == [("departure", "Tom Reyes")]


def test_a_relative_clause_exit_of_the_main_subject_stays_an_event():
    evs = extract("Jane Roe, who resigned as chief executive of Walmart on Monday, will join Target as "
                  "president next month.", "en", "2025-03-11")
    assert [(e.kind, e.person.name, e.org.name) for e in evs] == [("departure", "Jane Roe", "Walmart")]
