"""Where a stint started, when the text tells it away from the exit (values checked by hand)."""

import pytest

from talentflow import extract


def _stint(text, lang, published):
    return [(e.kind, e.started, e.tenure_months) for e in extract(text, lang, published)
            if e.kind == "departure"]


@pytest.mark.parametrize("text,lang,published,expected", [
    # a pronoun sentence right after the exit carries the start
    ("Jane Roe resigned as chief executive of Acme Corp on Monday. She had joined the company in March 2021.",
     "en", "2024-03-12", [("departure", "2021-03", 36)]),
    # 'since its creation in <month year>'
    ("Jane Roe, who had led Acme Corp since its creation in January 2021, resigned as chief executive on Sunday.",
     "en", "2024-12-02", [("departure", "2021-01", 47)]),
    # Arabic: 'had returned to <org> in <month year>' in the next sentence
    ("أعلن بنك الرياض استقالة رئيسه التنفيذي خالد الراشد في ديسمبر. وكان قد عاد إلى البنك في فبراير 2021.",
     "ar", "2024-12-03", [("departure", "2021-02", 46)]),
    # Arabic: '"since the year <yyyy>": a year-only start gives no tenure'
    ("أعلن بنك الرياض استقالة رئيسه التنفيذي خالد الراشد في نوفمبر. وقاد الراشد البنك منذ عام 2018.",
     "ar", "2024-11-13", [("departure", "2018", None)]),
])
def test_started_away_from_the_exit(text, lang, published, expected):
    assert _stint(text, lang, published) == expected


def test_a_sentence_about_someone_else_does_not_lend_its_start():
    text = ("Jane Roe resigned as chief executive of Acme Corp on Monday. "
            "Mark Lee, the new chief, had joined the company in March 2021.")
    assert _stint(text, "en", "2024-03-12") == [("departure", None, None)]


def test_tenure_told_in_a_later_sentence_about_the_leaver():
    text = "Jane Roe has left Acme Corp, the company said on Friday. Roe spent about five years at Acme Corp."
    assert _stint(text, "en", "2025-08-23") == [("departure", None, 60)]


def test_years_at_another_org_are_not_the_tenure():
    text = "Jane Roe has left Acme Corp, the company said on Friday. Before that, Roe spent a decade at Google."
    assert _stint(text, "en", "2025-08-23") == [("departure", None, None)]
