"""Speed paths of the front end (session 6) give exactly what the plain code gives.

Each fast path is checked against the plain version it replaces, on generated bench documents
and on odd texts written for the edges (stops in runs, quotes after a stop, spaces, no stop).
"""

from __future__ import annotations

import pytest
from spacy.attrs import SENT_START
from spacy.pipeline import Sentencizer

from talentflow.bench.extract import generate
from talentflow.lang import load
from talentflow.models import Document
from talentflow.pipeline import _make_doc, get_nlp

ODD_EN = [
    "Halvorsen Bank named Ada Brook chief risk officer. She starts in May!",
    "The club sacked its coach... \"It was time,\" said the chair. Then? Nothing.",
    "Rector  Lin Obi  resigned .  The senate met.",
    "No stop at all in this line about Marlow Retail",
    "U.S. regulator fined Keelson Ltd. on Monday. Its CFO quit.",
    "Ends with a stop.",
    ". Starts with a stop. (Then a bracket.) \"Quote.\" Next one.",
    "Dots.... and more!!! and ?! mixed.\nNew line. Last",
    "A\u2026 b\u2026c. D.E.F. g.",
    ".",
    "Two spaces.  Tab.\tNewline.\n\nBlank lines. ",
]


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, str]]:
    return [(d.text, d.lang) for d in generate(300, seed=29)]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sentencizer_from_text_matches_spacy(docs, lang):
    nlp = get_nlp(lang)
    plain = Sentencizer(punct_chars=list(load(lang, "syntax")["sentence_punct"]))
    ours = nlp.get_pipe("sentencizer")
    texts = [t for t, lg in docs if lg == lang] + ODD_EN
    n = 0
    for text in texts:
        want = plain(nlp.make_doc(text))
        got = ours(_make_doc(nlp, Document(text=text, lang=lang), lang))
        assert got.to_array([SENT_START]).tolist() == want.to_array([SENT_START]).tolist(), text
        n += sum(1 for t in want if t.is_sent_start)
    assert n > 500


def test_sentencizer_from_text_leaves_char_starts():
    nlp = get_nlp("en")
    text = "Ada Brook left. \"Done,\" she said! Then"
    doc = nlp.get_pipe("sentencizer")(_make_doc(nlp, Document(text=text, lang="en"), "en"))
    assert doc.user_data["tf_sent_chars"] == [0, 17, 34]  # the quote after the stop stays behind


def test_pool_gives_the_single_process_mentions_in_order():
    from talentflow.pipeline import extract_document, extract_many

    docs = list(generate(48, seed=31))
    single = [(d.id, extract_document(d)) for d in docs]
    pooled = [(d.id, evs) for d, evs in extract_many(docs, n_process=2, batch_size=7)]
    assert pooled == single
    assert sum(len(evs) for _, evs in pooled) > 48
    assert all(type(e).__name__ == "EventMention" for _, evs in pooled for e in evs)
