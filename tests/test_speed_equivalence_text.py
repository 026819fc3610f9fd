"""The fast text paths (sentence spans, folding, words) give exactly what the plain versions gave
(issue #3).

The normalizer reads the sentence starts the sentencizer leaves in ``doc.user_data`` instead of
the SENT_START array, and split_sentences runs its break regex per sentence only where the
whole text has a break; both are checked against the plain versions on generated documents,
every labelled text, and odd texts (line breaks, '2009. Next', spaces after a full stop).
"""

from __future__ import annotations

import re

import pytest
from conftest import ODD_TEXTS, labelled_docs
from spacy.attrs import IDX, SENT_START

from talentflow.bench.extract import generate
from talentflow.pipeline import components, get_nlp
from talentflow.lang import normalize
from talentflow.pipeline.text import FoldedText, split_sentences

ODD = ODD_TEXTS + [
       "Sold in 2009.  Next year\t\tshe left.\n", "Line one\nline two.\n\n  \nLast 7. Item",
       "\u0627\u0633\u062a\u0642\u0627\u0644 \u0639\u0627\u0645 2020. \u062b\u0645 \u0639\u0627\u062f.  \u0648\u0642\u0627\u0644",
       "\u063a\u0627\u062f\u0631 \u0645\u0624\u0642\u062a\u0627\u064b. \u062b\u0645\n\u0639\u0627\u062f",
       "A.\n\nB. C.   D\n"]


def _texts(lang: str) -> list[str]:
    return [d.text for d in generate(200, seed=31) if d.lang == lang] + ODD + [
        d["text"] for d in labelled_docs("corpus", "dev2", "dev3", "probes")
        if d.get("lang") == lang and d.get("text")]


def plain_split(text: str, spacy_sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The plain refinement: the break regex run over every sentence."""
    merged: list[tuple[int, int]] = []
    for s, e in spacy_sents:
        if merged and s > 0 and not text[s - 1].isspace():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    out = []
    for s, e in merged:
        pos = s
        for m in re.finditer(r"\n+|(?<=[\d\u0621-\u0652]\.)[ \t]+(?=[^\W\d])", text[s:e]):
            a, b = s + m.start(), s + m.end()
            if text[pos:a].strip():
                out.append((pos, a))
            pos = b
        if text[pos:e].strip():
            out.append((pos, e))
    return out


def plain_spans(doc, n_chars: int) -> list[tuple[int, int]]:
    """Sentence spans from the SENT_START array."""
    if not len(doc):
        return [(0, n_chars)]
    arr = doc.to_array([SENT_START, IDX])
    starts = arr[arr[:, 0] == 1][:, 1].tolist() or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [n_chars]))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sentence_spans_identical_to_plain(lang):
    nlp = get_nlp(lang)
    sentencizer = nlp.get_pipe("sentencizer")
    n = 0
    for text in _texts(lang):
        doc = sentencizer(nlp.make_doc(text))
        want = plain_spans(doc, len(text))
        assert components._sent_spans(doc, len(text)) == want, text[:120]
        assert components._SENT_CHARS not in doc.user_data  # read once, then dropped
        assert split_sentences(text, want) == plain_split(text, want), text[:120]
        n += len(want)
    assert n > 1000


def test_split_sentences_breaks_fresh_texts():
    # a line break and 'in 2009. Next' split; a break only in a neighbouring sentence does not
    text = "Harbor Bank hired her in 2009. Then she left.\nRivervale FC said so. Fine"
    spans = [(0, 46), (46, 68), (68, 72)]
    got = [text[s:e] for s, e in split_sentences(text, spans)]
    assert got == ["Harbor Bank hired her in 2009.", "Then she left.", "Rivervale FC said so. ", "Fine"]


def test_fold_list_table_identical_to_dict_table():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)  # no surrogates
    assert normalize.fold(every) == every.translate(normalize._FOLD_TABLE).lower()
    assert normalize.fold("\u0623\u062d\u0645\u062f \u0640\u0639\u064e\u0644\u0650\u064a\u0651 \u00c9mile\u2013X") \
        == "\u0627\u062d\u0645\u062f \u0639\u0644\u064a emile-x"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_words_identical_to_match_objects(lang):
    n = 0
    for text in _texts(lang):
        ft = FoldedText.build(text, [(0, len(text))])
        assert [(w.start, w.end, w.text) for w in ft.words] == \
            [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", ft.folded)], text[:120]
        n += len(ft.words)
    assert n > 20_000


def test_norms_of_non_ascii_lexemes_are_folded():
    from talentflow import extract

    nlp = get_nlp("ar")
    text = "\u0623\u0639\u0644\u0646 \u0627\u0644\u0628\u0646\u0643 \u0627\u0633\u062a\u0642\u0627\u0644\u0629 \u0645\u062f\u064a\u0631\u0647."
    extract(text, lang="ar")
    doc = nlp.make_doc(text)
    assert doc[0].norm_ == "\u0627\u0639\u0644\u0646" and doc[2].norm_ == "\u0627\u0633\u062a\u0642\u0627\u0644\u0647"
