"""The fast sentence and entity paths give exactly what the plain versions gave (issue #3).

Each reference below is the straightforward version the fast one replaced: spaCy's own
rule-based sentencizer, and the word-by-word alias scan.
They run over generated documents built from the labelled corpus and over odd texts (empty,
only punctuation, quotes after a full stop, line breaks), so a boundary or a name the fast path
drops shows up as a difference.
"""

from __future__ import annotations

import pytest
from conftest import ODD_TEXTS
from spacy.attrs import SENT_START
from spacy.pipeline import Sentencizer

from talentflow.bench.extract import generate
from talentflow.lang import load
from talentflow.pipeline import entities, get_nlp
from talentflow.pipeline.entities_kb import GAP_OK, _kb_mentions, _short_latin_alias_ok, _strip_variants, gazetteer
from talentflow.pipeline.lexicon import get_lexicon
from talentflow.pipeline.text import FoldedText

ODD = ODD_TEXTS


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, str]]:
    return [(d.text, d.lang) for d in generate(400, seed=13)]


# --- sentences --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sentence_starts_identical_to_spacy_sentencizer(docs, lang):
    nlp = get_nlp(lang)
    plain = Sentencizer(punct_chars=list(load(lang, "syntax")["sentence_punct"]))
    texts = [t for t, lg in docs if lg == lang] + ODD
    n = 0
    for text in texts:
        want, got = plain(nlp.make_doc(text)), nlp.get_pipe("sentencizer")(nlp.make_doc(text))
        assert got.to_array([SENT_START]).tolist() == want.to_array([SENT_START]).tolist(), text
        n += sum(1 for t in want if t.is_sent_start)
    assert n > 1000


def test_sentence_starts_already_set_are_kept():
    nlp = get_nlp("en")
    doc = nlp.make_doc("One two. Three four.")
    doc[1].is_sent_start = True  # set before: the sentencizer leaves it
    got = [t.is_sent_start for t in nlp.get_pipe("sentencizer")(doc)]
    assert got == [True, True, False, True, False, False]


# --- entities ---------------------------------------------------------------------------------

def kb_ref(ft: FoldedText, lex) -> list[tuple]:
    """Every word tried against every alias of its head (the plain gazetteer scan)."""
    gz = gazetteer()
    words, out, i = ft.words, [], 0
    while i < len(words):
        found = None
        for head, plen in ((words[i].text, 0),) + _strip_variants(words[i].text, lex):
            for toks, eid, etype, name in gz.index.get(head, ()):
                n = len(toks)
                if i + n <= len(words) and all(
                        words[i + k].text == toks[k] and GAP_OK.match(ft.folded[words[i + k - 1].end:words[i + k].start])
                        for k in range(1, n)):
                    found = (words[i].start + plen, i + n, toks, eid)
                    break
            if found:
                break
        if found and _short_latin_alias_ok(ft, found[0], words[found[1] - 1].end, found[2]):
            out.append((found[0], words[found[1] - 1].end, i, found[1], found[3]))
            i = found[1]
            continue
        i += 1
    return out


def _stitched(lang: str) -> list[str]:
    """Texts packed with alias heads: every alias of the KB once, then again glued to clitics
    and cut after its first word."""
    gz = gazetteer()
    lex = get_lexicon(lang)
    heads = sorted(gz.index)[:400]
    parts = []
    for h in heads:
        for toks, *_ in gz.index[h][:3]:
            parts.append(" ".join(toks).title())
            parts.append((lex.prefixes[0] if lex.prefixes else "") + toks[0])
            parts.append(toks[0] + " zz")
    return [" ".join(parts[i:i + 30]) + "." for i in range(0, len(parts), 30)]


def _ft(text: str) -> FoldedText:
    return FoldedText.build(text, [(0, len(text))])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_kb_mentions_identical_to_plain_scan(docs, lang):
    lex = get_lexicon(lang)
    n = 0
    for text in [t for t, lg in docs if lg == lang] + _stitched(lang):
        ft = _ft(text)
        got = [(m.start, m.end, m.w0, m.w1, m.id) for m in _kb_mentions(ft, lex)]
        assert got == kb_ref(ft, lex), text[:120]
        n += len(got)
    assert n > 500


def test_surname_mentions_find_plain_and_clitic_forms():
    lex = get_lexicon("ar")
    # 'Samer al-Halabi resigned. Al-Halabi said, and al-Halabi (with the conjunction clitic) ...'
    surname = "\u0627\u0644\u062d\u0644\u0628\u064a"
    text = f"\u0627\u0633\u062a\u0642\u0627\u0644 \u0633\u0627\u0645\u0631 {surname}. " \
           f"\u0648\u0642\u0627\u0644 {surname} \u0648{surname} \u0627\u0644\u062d\u0644\u0628."
    ft = _ft(text)
    full = entities.Mention(ft.words[1].start, ft.words[2].end, 1, 3, "person", "person:x", "X", "context")
    got = entities._surname_mentions(ft, lex, [full], {1, 2})
    assert [m.w0 for m in got] == [4, 5]
    assert [ft.folded[m.start:m.end] for m in got] == [surname, surname]  # the clitic left out
