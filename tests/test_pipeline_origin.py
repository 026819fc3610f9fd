"""'Signed X, coming from A': A is the org left, not the one joined; and an Arabic sentence
ending in a word with tanween ('mu'aqqatan.') still ends there."""

from talentflow.pipeline import extract
from talentflow.pipeline.text import split_sentences


def _moves(text, lang):
    return [(e.kind, e.person.name, e.org and e.org.mention, e.destination and e.destination.mention)
            for e in extract(text, lang, "2024-10-28")]


def test_a_hire_coming_from_another_club_is_a_move_from_it():
    text = "وأعلن نادي الشباب التعاقد مع المدرب سامر خليل قادماً من نادي الوحدة."
    assert _moves(text, "ar") == [("departure", "Samer Khalil", "نادي الوحدة", "نادي الشباب")]


def test_a_tanween_word_before_a_period_ends_the_sentence():
    text = "وكلف النادي مساعده بقيادة الفريق مؤقتاً. وبعد أيام أعلن النادي التعاقد مع مدرب جديد."
    cut = text.index("وبعد")
    assert split_sentences(text, [(0, len(text))]) == [(0, cut - 1), (cut, len(text))]


def test_the_interim_keeps_the_club_of_his_own_sentence():
    text = ("أعلن نادي الشباب إقالة مدربه سامر خليل. وكلف النادي مساعده جورج حداد بقيادة الفريق مؤقتاً. "
            "وبعد أيام أعلن النادي التعاقد مع المدرب رامي نصار قادماً من نادي الوحدة.")
    orgs = {p: o for _k, p, o, _d in _moves(text, "ar")}
    assert orgs["George Haddad"] == "نادي الشباب"
