"""Background career history in long articles must neither become this article's events nor
overwrite the news (events.md: background career history is not an event). Passages are
written for these tests; names are invented; expected values checked by hand."""

import pytest

from talentflow import extract

PUB = "2025-03-01"


def _deps(text, lang):
    return [(e.person and e.person.name, e.org and e.org.name, e.date)
            for e in extract(text, lang, PUB) if e.kind == "departure"]


# A fresh undated exit told first, an old dated exit from another org told later: the news
# must keep its own (absent) date and survive; the old exit stays out.
@pytest.mark.parametrize("text,lang,expected", [
    ("Brightwave, a Lagos payments startup, said its founder Carla Reyes has resigned as chief "
     "executive. Reyes, who left Infosys in 2016 to found the company, will stay on the board.",
     "en", [("Carla Reyes", "Brightwave", None)]),
    ("Kestrel Foods chief financial officer Dana Whitcombe will leave the retailer, the company "
     "said. Whitcombe left Harvest Lane in 2017 after a decade there.",
     "en", [("Dana Whitcombe", "Kestrel Foods", None)]),
    ("أعلن بنك الخليج الأول استقالة مديره التنفيذي سامي الحداد. وكان الحداد قد استقال من بنك "
     "الريان عام 2015.", "ar", [("Sami Al-Haddad", "Gulf First Bank", None)]),
    ("أقال نادي الشباب مدربه سامي الحداد بعد سلسلة من الهزائم. وكان الحداد قد أقيل من تدريب "
     "نادي الوحدة عام 2019.", "ar", [("Sami Al-Haddad", "Al-Shabab", None)]),
])
def test_fresh_exit_keeps_no_background_date(text, lang, expected):
    assert _deps(text, lang) == expected


def test_dated_news_and_old_exit_both_told():
    """The news dated by its own weekday stays; the 2012 exit is history."""
    text = ("Harbor City Bank said on Tuesday that Tomas Lindqvist stepped down as head of retail "
            "banking. Lindqvist had previously quit Nordhavn Bank in 2012.")
    assert _deps(text, "en") == [("Tomas Lindqvist", "Harbor City Bank", "2025-02-25")]


def test_old_exit_alone_is_not_news():
    text = "Marta Iglesias left the ministry of finance in 2014 to teach at Valdor University."
    assert _deps(text, "en") == []


# The old move INTO the org the news exit leaves is not news, but it dates the stint's start.
@pytest.mark.parametrize("text,lang,expected", [
    ("Ardent Bank said its head of treasury, Lena Voss, has resigned to join Corran Capital. "
     "Voss had moved to Ardent Bank from Felton Trust in 2020.",
     "en", [("Lena Voss", "Ardent Bank", None, "2020", "Corran Capital")]),
    ("Marlow Retail said its chief operating officer, Priya Nair, has quit. Nair, who left "
     "Tesco in 2016 to join Marlow Retail, did not give a reason.",
     "en", [("Priya Nair", "Marlow Retail", None, "2016", None)]),
    ("غادر كريم العطار، مدير الاستراتيجية في جامعة النخبة، منصبه للانضمام إلى وزارة التعليم. "
     "وكان العطار قد انضم إلى جامعة النخبة عام 2019 قادما من جامعة الرافدين.",
     "ar", [("Karim Al-Attar", "Al-Nakhba University", None, "2019", "Ministry of Education")]),
])
def test_old_move_in_dates_the_start_of_the_stint_left(text, lang, expected):
    got = [(e.person and e.person.name, e.org and e.org.name, e.date, e.started,
            e.destination and e.destination.name) for e in extract(text, lang, PUB) if e.kind == "departure"]
    assert got == expected


# An exit in a relative or pluperfect clause with its own old year ('who left A to found B in
# 2016', 'وكان ... قد أقيل ... عام 2019', 'eight years ago') is history even when the main clause
# carries a fresh date ('said on Monday').
@pytest.mark.parametrize("text,lang", [
    ("Carla Reyes, who left Infosys to found the startup in 2016, said on Monday that Brightwave "
     "would open an office in Accra.", "en"),
    ("Brightwave raised $40 million on Monday. Its founder Carla Reyes, who left Infosys eight "
     "years ago, said the money would fund hiring.", "en"),
    ("وكان المدرب سامي الحداد قد أقيل من تدريب نادي الوحدة في عام 2019، ثم تولى تدريب منتخب "
     "الشباب.", "ar"),
    ("ويشغل عمر حداد منصب المتحدث باسم الوزارة، وكان قد استقال من البنك المركزي قبل ثماني سنوات.", "ar"),
])
def test_relative_clause_exit_with_old_year_is_history(text, lang):
    assert _deps(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Oakridge Capital hired Sofia Grant, who left Mercer Bank in January, as head of wealth "
     "management.", "en", [("Sofia Grant", "Mercer Bank", "2025-01")]),
    ("عينت شركة الواحة للتجزئة هالة سعيد، التي استقالت من بنك المشرق الشهر الماضي، مديرة مالية.",
     "ar", [("Hala Saeed", "Mashreq", "2025-02")]),
])
def test_relative_clause_exit_this_year_stays_news(text, lang, expected):
    assert _deps(text, lang) == expected
