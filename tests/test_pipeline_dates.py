"""Dates an exit is given, resolved against the publication day (expected values checked by hand)."""

from talentflow.lang.normalize import fold
from talentflow.pipeline.dates import find_dates


def _values(text, lang, published):
    return [d.value for d in find_dates(fold(text), lang, published, text)]


def test_a_bare_month_in_a_future_clause_is_ahead_even_far_from_the_verb():
    text = "He will step down as the club's manager at the end of the season in May."
    assert _values(text, "en", "2024-01-26") == ["2024-05"]


def test_a_past_clause_after_a_comma_keeps_the_month_behind():
    text = "She will lead the new unit, having joined the bank in May."
    assert _values(text, "en", "2024-01-26") == ["2023-05"]


def test_arabic_day_in_words():
    text = "تقاعد رئيسها التنفيذي اعتبارًا من الأول من ديسمبر/كانون الأول."
    assert _values(text, "ar", "2024-12-03") == ["2024-12-01"]


def test_arabic_ordinal_adjective_before_a_month_is_not_a_day():
    text = "تولى تدريب الفريق الأول في نوفمبر 2021."
    assert _values(text, "ar", "2024-05-24") == ["2021-11"]


def test_an_undated_successor_takes_the_day_the_text_reports():
    from talentflow import extract

    text = ("Acme Corp said on Monday that Jane Roe had retired as chief executive on 1 December. "
            "Mark Lee, the independent chair, becomes interim executive chair.")
    got = {e.person.name: e.date for e in extract(text, "en", "2024-12-03") if e.kind != "claim"}
    assert got == {"Jane Roe": "2024-12-01", "Mark Lee": "2024-12-02"}


def test_a_date_in_the_appointees_relative_clause_is_not_the_appointment():
    from talentflow import extract

    text = ("Acme Corp said on Monday that Jane Roe had left as chief executive. "
            "Mark Lee, who joined the company as an adviser in July, will take charge as interim chief executive.")
    got = {e.person.name: e.date for e in extract(text, "en", "2024-10-29") if e.kind != "claim"}
    assert got["Mark Lee"] == "2024-10-28"
