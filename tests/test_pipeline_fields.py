"""Field accuracy on matched events: date, started, tenure and role on fresh sentences
(issue 3). Every expected value below was worked out by hand from the sentence and the
publication date, not copied from the engine's output."""

import pytest

from talentflow import extract


def _fields(text, lang, published, kind="departure"):
    return [(e.date, e.started, e.tenure_months) for e in extract(text, lang, published) if e.kind == kind]


def test_a_start_cue_is_a_whole_word_not_letters_inside_another():
    # 'أسبوعين' (two weeks) holds the letters of 'عين' (was appointed): the month after the
    # resignation is the resignation's date, not the start of the stint.
    text = "أعلن الباحث سامي حداد انضمامه إلى شركة نوفا، بعد أسبوعين من استقالته من شركة بيتا منتصف مارس/آذار."
    assert _fields(text, "ar", "2025-04-10") == [("2025-03", None, None)]


def test_a_start_cue_after_the_clitic_wa_still_counts():
    text = ("استقال يوسف العلي من رئاسة بنك الخليج الأول يوم الأحد. "
            "وتولى العلي رئاسة البنك في سبتمبر/أيلول 2019.")
    assert _fields(text, "ar", "2024-06-04") == [("2024-06-02", "2019-09", 57)]


def test_the_post_she_held_for_n_years_is_the_tenure():
    # 'the post she held for more than six years': 'more than N' gives N (events.md)
    text = "أعلنت الوزيرة ليلى منصور استقالتها من هيئة الطيران المدني، المنصب الذي شغلته أكثر من ست سنوات."
    assert _fields(text, "ar", "2024-09-01") == [(None, None, 72)]
