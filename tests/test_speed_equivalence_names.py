"""The fast paths of the names and entities stage give exactly what the plain ones gave (issue #3).

Each fast path is checked against its plain reference on generated documents built from the
labelled corpus sentences, on every labelled text (corpus, dev2, dev3, probes) and on fresh
sentences of other sectors (a bank, a club, a ministry, a retailer).
"""

from __future__ import annotations

import pytest
from conftest import labelled_docs

from talentflow.bench.extract import generate
from talentflow.pipeline import entities, names
from talentflow.pipeline.entities import find_entities
from talentflow.pipeline.text import FoldedText

FRESH = {
    "en": [
        "Harbor Mutual Bank said its chief risk officer, Odile Ferrand, resigned on Monday.",
        "The club's sporting director Tomasz Wielgosz left Rivervale FC after two seasons.",
        "Minister of Finance Rania Okafor appointed Dr. Kwame Ansah-Boateng as deputy governor.",
        "Retailer Brightmart named Ilse Varga chief executive; Varga joins from Northwind Stores.",
        "Mr. Lorcan O'Shaughnessy, the airline's head of operations, quit. Ms. Amaru Quispe replaces him.",
        "Intel's finance chief Kamran Zahedi left the chipmaker in March.",
    ],
    "ar": [  # a bank, a club, a ministry, a retailer; names after a known org, a trigger, a comma
        "غادر الرئيس التنفيذي لشركة إنتل كامران زاهدي منصبه.",
        "استقال دوران كيفلي من البنك الأهلي. وقال كيفلي إنه سيغادر.",
        "غادر دوران كيفلي النادي بعد موسمين، وأكد كيفلي ذلك.",
        "قال دوران كيفلي، رئيس قسم المبيعات في المتجر، إنه سيغادر.",
        "وأعلن مورغان تسفاي، المدير المالي للبنك، استقالته.",
        "قال وزير المالية الدكتور ناصر العتيبي إن وكيل الوزارة غادر. وأكد العتيبي ذلك.",
        "وانضم أيضا كوراتو ميلفاني دراغوش، الذي ترك البنك الوطني العام الماضي.",  # 3 words, then 'who'
    ],
}


def _labelled(lang: str) -> list[str]:
    return [d["text"] for d in labelled_docs("corpus", "dev2", "dev3", "probes")
            if d.get("lang") == lang and d.get("text")]


def _texts(lang: str) -> list[str]:
    gen = [d.text for d in generate(300, seed=29) if d.lang == lang]
    return gen + _labelled(lang) + FRESH[lang]


def _ents(text: str, lang: str) -> list[tuple]:
    ft = FoldedText.build(text, [(0, len(text))])
    return [(m.start, m.end, m.w0, m.w1, m.type, m.id, m.source) for m in find_entities(ft, lang)]


def _every_word(ft, lex, taken, also=()):
    """The plain scan: every word is tried."""
    return range(len(ft.words))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_context_persons_try_only_candidate_words(lang, monkeypatch):
    texts = _texts(lang)
    fast = [_ents(t, lang) for t in texts]
    monkeypatch.setattr(names, "_start_candidates", _every_word)
    plain = [_ents(t, lang) for t in texts]
    for t, a, b in zip(texts, fast, plain):
        assert a == b, t[:160]
    assert sum(1 for got in fast for m in got if m[6] == "context") > 200


def test_candidates_cover_the_rules_fresh_sentences():
    ft = FoldedText.build(FRESH["en"][0], [(0, len(FRESH["en"][0]))])
    lex = entities.get_lexicon("en")
    got = names._start_candidates(ft, lex, set())
    # every capitalized word and the words after a role's words ('chief', 'officer') are tried;
    # lowercase words with no cue before them are not
    texts = [ft.words[i].text for i in got]
    assert {"harbor", "mutual", "bank", "odile", "ferrand", "monday"} <= set(texts)
    assert not {"said", "its", "resigned", "on"} & set(texts)


def _ar_drop(monkeypatch, source: str):
    """Remove one candidate source of the Arabic scan (a flag bit, or the caller's words)."""
    lex = entities.get_lexicon("ar")
    lex.__dict__.setdefault("_memos", {}).pop("person_starts_context", None)
    if source == "also":
        plain = names._start_candidates_context
        monkeypatch.setattr(names, "_start_candidates_context", lambda ft, lx, tk, also=(): plain(ft, lx, tk))
        return
    bit = getattr(names, source)
    flags = names._start_flags_context
    monkeypatch.setattr(names, "_start_flags_context", lambda t, lx: flags(t, lx) & ~bit)


@pytest.mark.parametrize("source", ["_SELF", "_NEXT", "_NEXT23", "_BACK2", "_BACK3", "also"])
def test_each_arabic_candidate_source_is_needed(source, monkeypatch):
    """Without any one source of candidate words, some name is lost: the set is no wider than
    the rules need in these respects, and this test fails if a source is dropped."""
    texts = _texts("ar")
    full = [_ents(t, "ar") for t in texts]
    _ar_drop(monkeypatch, source)
    try:
        assert any(_ents(t, "ar") != f for t, f in zip(texts, full))
    finally:
        entities.get_lexicon("ar").__dict__["_memos"].pop("person_starts_context", None)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_role_at_is_role_one_match(lang):
    """role_at gives the span of the whole role alternation at every word start (and at the
    start of the text), on generated, labelled and fresh texts."""
    lex = entities.get_lexicon(lang)
    found = 0
    for text in _texts(lang):
        ft = FoldedText.build(text, [(0, len(text))])
        for pos in [0] + [w.start for w in ft.words]:
            a, b = names.role_at(ft.folded, pos, lex), lex.role_one.match(ft.folded, pos)
            assert (a and a.span()) == (b and b.span()), (text[:120], pos)
            found += bool(a)
    assert found > 300
