"""A trigger inside a relative clause has its subject before it: a list after it names others,
and the antecedent keeps the people listed with it."""

import pytest

from talentflow.pipeline import extract


def _moves(text, lang):
    return sorted((e.kind, e.person and e.person.name) for e in extract(text, lang, "2025-03-01"))


@pytest.mark.parametrize("text,lang", [
    # the advisers named after 'huma' are who the leavers clashed with, not leavers
    ("وقالت مصادر إن عددا من المديرين الذين غادروا الشركة اختلفوا مع مستشارين اثنين للرئيس، "
     "هما سامر خليل وجورج حداد، حول الميزانية.", "ar"),
    ("Several managers who left the bank had clashed with two advisers: Tom Reed and Ann Lowe.", "en"),
])
def test_a_list_after_a_relative_clause_trigger_names_no_leaver(text, lang):
    assert _moves(text, lang) == []


@pytest.mark.parametrize("text,lang,names", [
    ("أعلن البنك أن سامر خليل وجورج حداد، اللذين غادرا البنك الشهر الماضي، انضما إلى منافس.", "ar",
     ["George Haddad", "Samer Khalil"]),
    ("The bank said Tom Reed and Ann Lowe, who left in May, have joined a rival.", "en",
     ["Ann Lowe", "Tom Reed"]),
])
def test_the_antecedent_of_who_left_keeps_its_list(text, lang, names):
    assert _moves(text, lang) == [("departure", n) for n in names]


def test_a_list_after_a_main_clause_trigger_still_counts():
    assert _moves("غادر الشركة اثنان من كبار المديرين هما سامر خليل وجورج حداد.", "ar") == [
        ("departure", "George Haddad"), ("departure", "Samer Khalil")]


@pytest.mark.parametrize("text,lang", [
    ("Sam Reed, the bank's chief executive, said on Monday that people who joined for money "
     "rarely stayed long.", "en"),
    ("وقال سامر خليل، رئيس البنك، إن الموظفين الذين غادروا البنك العام الماضي كانوا قلة.", "ar"),
])
def test_a_relative_clause_about_no_one_named_is_no_event(text, lang):
    # the speaker is not the one who joined or left
    assert _moves(text, lang) == []
