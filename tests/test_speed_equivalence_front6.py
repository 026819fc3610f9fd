"""Speed paths of the front end (session 6) give exactly what the plain code gives.

Each fast path is checked against the plain version it replaces, on generated bench documents
and on odd texts written for the edges (stops in runs, quotes after a stop, spaces, no stop).
"""

from __future__ import annotations

import re

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


def _plain_starts(plan, ft) -> list[int]:
    from talentflow.pipeline.prefilter import SCAN_K, _canon

    return [w.start for w in ft.words if plan.fits(_canon(ft.folded[w.start:w.start + SCAN_K]))]


def _plain_rx(plan):
    from talentflow.pipeline import prefilter

    return next(rx for rx, p in prefilter._plans.items() if p is plan)


ODD_AR = [
    "\u0639\u064a\u0651\u0646 \u0628\u0646\u0643 \u0627\u0644\u0634\u0631\u0648\u0642 \u0633\u0627\u0645\u064a \u0639\u0627\u062f\u0644 "
    "\u0631\u0626\u064a\u0633\u0627 \u062a\u0646\u0641\u064a\u0630\u064a\u0627 \u0641\u064a \u0665 \u0645\u0627\u064a\u0648 \u0662\u0660\u0662\u0664.",
    "\u0627\u0633\u062a\u0642\u0627\u0644 \u0645\u062f\u064a\u0631 \u0646\u0627\u062f\u064a \u0627\u0644\u0646\u062c\u0645\u0629 "
    "\u0628\u0639\u062f \u06f3 \u0633\u0646\u0648\u0627\u062a.",
]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_word_records_give_the_plain_candidates_and_starts(docs, lang):
    from talentflow.pipeline import prefilter
    from talentflow.pipeline.lexicon import get_lexicon
    from talentflow.pipeline.scan import _index
    from talentflow.pipeline.text import FoldedText
    from talentflow import extract

    extract(ODD_EN[0], lang="en")
    extract(ODD_AR[0], lang="ar")  # the plans and indexes of both languages are registered
    lex = get_lexicon(lang)
    texts = [t for t, lg in docs if lg == lang] + (ODD_AR if lang == "ar" else ODD_EN)
    tried = 0
    for text in texts:
        ft = FoldedText.build(text, [(0, len(text))])
        heads = [ft.folded[w.start:w.start + prefilter.SCAN_K] for w in ft.words]
        for what in ("triggers", "roles"):
            ix = _index(lex, what)
            starts, cands = prefilter.word_candidates(ix, ft.folded, ft.words)
            assert starts == [w.start for w in ft.words]
            assert cands == [ix.candidates(h, 0) for h in heads], text
            tried += sum(map(bool, cands))
        for plan in prefilter._word_plans:
            starts = prefilter._doc_starts(plan, ft.folded)
            assert starts == _plain_starts(plan, ft), text
            rx = _plain_rx(plan)  # the longer word prefixes leave out no word a match starts at
            assert {m.start() for m in rx.finditer(ft.folded)} <= set(starts), (rx.pattern[:60], text)
            assert [m.span() for m in prefilter.finditer_words(rx, ft.folded)] == \
                [m.span() for m in rx.finditer(ft.folded)]
    assert tried > 100


def test_longer_word_prefixes_are_capped():
    from talentflow.pipeline import prefilter

    wide = re.compile(r"(?<![\w])(?:[a-z][a-z][a-z][a-z]\d)")  # 26**4 * 10 heads of 5
    assert prefilter._longer_prefixes(wide) is None
    assert prefilter._cap == [0]
    plan = prefilter.plan_for(wide)
    assert plan.word_prefixes == plan.prefixes and max(plan.word_lengths) == prefilter.PREFIX_LEN
