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


# --- roles ------------------------------------------------------------------------------------

def test_a_deputy_chief_executive_is_an_executive_not_the_ceo():
    e = _one("Jonas Holm, who runs the lending arm, becomes deputy chief executive of Nordbank, the bank said on Monday.")
    assert e.role == "executive"


def test_a_leaver_named_only_by_pronoun_takes_the_post_told_with_their_name_before():
    e = _one("Daniel Lind spent four years as an engineer on the platform team at Kestrel Systems. "
             "He said on Monday that he had resigned in March.")
    assert (e.kind, e.person.name, e.role) == ("departure", "Daniel Lind", "engineer")


# --- started ----------------------------------------------------------------------------------

def test_an_effective_date_is_not_the_start_of_the_stint():
    e = _one("The insurer said that Clara Voss had stepped down as chief executive with effect from yesterday. "
             "Voss took the job in April 2020.")
    assert (e.date, e.started) == ("2024-11-19", "2020-04")


def test_a_start_told_at_another_org_is_not_the_start_of_the_stint_left():
    e = _one("Rafael Ortiz, one of the founding team at Spotify in 2016 and since 2020 a researcher at "
             "Google, said this month that he was joining Nimbus Robotics.")
    assert (e.org.name, e.destination.name, e.started) == ("Google", "Nimbus Robotics", "2020")


# --- org left, destination, and the stint left, when several orgs are named -------------------

def test_joining_from_an_org_after_years_at_another():
    # the org after '12 years at' is a past employer; 'since March' dates the stint left, not the move
    e = _one("Daniel Lind joins Barclays as head of payments from HSBC, where he had been a vice president "
             "since March after 12 years at Unilever. Barclays announced the hire on Monday.", "2025-06-04")
    assert (e.kind, e.org.name, e.destination.name) == ("departure", "HSBC", "Barclays")
    assert (e.date, e.started, e.tenure_months) == ("2025-06-02", "2025-03", 3)


# --- the day of the news ----------------------------------------------------------------------

def test_a_wire_dateline_is_not_the_day_of_the_announcement():
    text = ("OSLO, March 12 - Rosenborg have a new head coach. The club said on Sunday that it had agreed to end "
            "its deal with the old staff. In the same statement it named Daniel Berg as head coach.")
    e = _one(text, "2025-03-12")
    assert (e.person.name, e.date) == ("Daniel Berg", "2025-03-09")


def test_hires_reported_in_a_memo_are_dated_by_the_wave_not_the_memo_day():
    text = ("In a note to staff on Tuesday, the chief executive of Unilever listed six engineers the company had "
            "hired in recent weeks. Among them, William Chen left Spotify.")
    e = _one(text, "2025-07-03", person="William Chen")
    assert (e.kind, e.org.name, e.date) == ("departure", "Spotify", "2025-06")


def test_at_the_start_of_the_year_dates_the_start_of_the_stint():
    text = ("Anna Reyes, who has been chief executive of Spotify for less than a year, will become chief executive "
            "of Unilever on March 3, the company said on Monday. Reyes, a former Barclays executive, joined "
            "HSBC in 2017 and was named Spotify's chief executive at the start of the year.")
    e = _one(text, "2024-11-20", person="Anna Reyes")
    assert (e.kind, e.org.name, e.destination.name, e.started) == ("departure", "Spotify", "Unilever", "2024")


def test_an_exit_at_the_end_of_the_year_is_dated_by_the_year_not_the_announcement():
    text = ("Daniel Berg is leaving Spotify, he told staff on Monday. In a post, Berg wrote that he would stay "
            "through the end of the year to help with the handover, and that he was leaving to start a company. "
            "He has run the unit since March 2021.")
    e = _one(text, "2024-08-14", person="Daniel Berg")
    assert (e.kind, e.date, e.started, e.tenure_months) == ("departure", "2024", "2021-03", None)


def test_a_successor_taking_over_in_the_exit_sentence_takes_the_leavers_post():
    # 'said ... that X steps down on March 1' stays ahead: the verb of saying does not date the exit
    text = ("Unilever is changing its leadership. "
            "Unilever said on Monday that its chief executive Ilse Brandt steps down on March 1, when her deputy, "
            "Daniel Berg, takes over. Berg, currently chief operating officer, has spent 20 years at the company.")
    got = {e.person.name: (e.role, e.date) for e in extract(text, "en", "2025-02-05")}
    assert got == {"Ilse Brandt": ("ceo", "2025-03-01"), "Daniel Berg": ("ceo", "2025-03-01")}


def test_a_title_before_another_persons_name_is_not_joined_to_the_post():
    e = _one("Unilever has hired Anna Reyes to join its senior leadership team, chief executive Hein Schumacher "
             "told staff on Tuesday.", "2024-10-10")
    assert (e.kind, e.role) == ("arrival", "executive")


def test_moving_up_to_take_someones_place_takes_their_post():
    text = ("Spotify named Daniel Berg, who ran its podcast arm, as chief executive of Unilever. "
            "Anna Reyes, the finance director at Spotify, moves up to take Berg's place there.")
    got = {e.person.name: e.role for e in extract(text, "en", "2025-03-05")}
    assert got.get("Anna Reyes") == "head"


def test_the_employer_someone_came_from_is_not_the_one_they_leave():
    text = ("Unilever has announced changes in its senior ranks. On Monday the company said William Chen, the "
            "senior vice president for search who came from Barclays in 2018, would retire in the spring of 2026. "
            "Unilever thanked him.")
    e = _one(text, "2025-12-05")
    assert (e.kind, e.org.name, e.date) == ("departure", "Unilever", "2026")


def test_a_successor_told_undated_takes_the_date_of_the_exit_it_replaces():
    text = ("On Monday Unilever said its finance chief William Chen would retire next year. On Wednesday it said "
            "Daniel Berg, who ran the design studio, is leaving for Spotify. Anna Reyes, a designer at the "
            "company since 1999, replaces Berg.")
    got = {e.person.name: e.date for e in extract(text, "en", "2025-12-05")}
    assert (got.get("Daniel Berg"), got.get("Anna Reyes")) == ("2025-12-03", "2025-12-03")


def test_each_listed_leaver_keeps_the_post_told_after_their_name():
    text = ("Unilever has hired three founders of Spotify. Anna Reyes, Spotify's chief executive, Daniel Berg, "
            "its chief technology officer, and William Chen, its chief scientist, are moving to Unilever.")
    got = {e.person.name: e.role for e in extract(text, "en", "2024-08-30") if e.kind == "departure"}
    assert got.get("Daniel Berg") == "cto" and got.get("William Chen") == "chief_scientist"


def test_with_no_publication_date_the_announced_month_dates_the_news():
    text = ("Unilever has hired two founders of Spotify. Daniel Berg, its chief technology officer, and William "
            "Chen, its chief scientist, are moving to Unilever. The deal was announced at the end of August 2024. "
            "Chen joined Spotify in March 2019.")
    got = {e.person.name: e.date for e in extract(text, "en", None) if e.kind == "departure"}
    assert got == {"Daniel Berg": "2024-08", "William Chen": "2024-08"}


def test_a_former_post_at_another_org_is_not_the_post_left():
    text = ("Three of the four co-founders of Spotify have left the company. Anna Reyes, Daniel Berg and William "
            "Chen, all former engineers at Barclays, said earlier this month that they were leaving.")
    got = {(e.person.name, e.org.name, e.role) for e in extract(text, "en", "2024-08-27")}
    assert got == {(p, "Spotify", "cofounder") for p in ("Anna Reyes", "Daniel Berg", "William Chen")}


def test_an_earlier_statement_does_not_date_the_exit():
    text = ("Rosenborg have parted with their coach. The club said on Saturday that Daniel Berg, the head coach, "
            "was released from his contract. Berg had said in February that family matters meant he would have to "
            "leave within a few months.")
    e = _one(text, "2024-06-24")
    assert (e.kind, e.person.name, e.date) == ("departure", "Daniel Berg", "2024-06-22")
