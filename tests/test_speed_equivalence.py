"""The fast scans give exactly what the plain scans gave (issue #3, speed with identical output).

Each reference below is the straightforward version the fast one replaced (a regex tried at
every word for every pattern); both run over generated documents built from the labelled
corpus and over random texts stitched from the lexicon's own words, so a missed candidate in
a prefix index shows up as a difference.
"""

from __future__ import annotations

import random
import re

import pytest

from talentflow.bench.extract import generate
from talentflow.pipeline import get_nlp
from talentflow.pipeline.lexicon import Lexicon, get_lexicon
from talentflow.pipeline.scan import (
    KIND_PRIORITY, Hit, PrefixIndex, find_roles, find_triggers, lex_variants, regex_prefixes,
)
from talentflow.pipeline.text import FoldedText, split_sentences


# --- references: the plain scans --------------------------------------------------------------

def triggers_ref(ft: FoldedText, lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    positions: dict[int, list[int]] = {}
    for w in ft.words:
        if lex.trigger_any.match(ft.folded, w.start):
            positions.setdefault(ft.sent_of(w.start), []).append(w.start)
    for si, starts in positions.items():
        _, e = ft.sents[si]
        cands = [Hit(t, m.start(), m.end(), si) for pos in starts for t in lex.triggers
                 if (m := t.regex.match(ft.folded, pos, e))]
        cands.sort(key=lambda h: (-(h.end - h.start), KIND_PRIORITY[h.trig.kind]))
        chosen: list[Hit] = []
        for h in cands:
            if all(h.end <= c.start or h.start >= c.end for c in chosen):
                chosen.append(h)
        hits.extend(sorted(chosen, key=lambda h: h.start))
    return hits


def roles_ref(ft: FoldedText, lex: Lexicon) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    end = -1
    for w in ft.words:
        if w.start < end:
            continue
        t = w.text
        if t[:3] not in lex.role_heads and not any(v[:3] in lex.role_heads for v, _ in lex_variants(t, lex)):
            continue
        m = lex.role_one.match(ft.folded, w.start)
        if m:
            out.append((m.start(), m.end(), lex.role_codes[m.lastgroup]))
            end = m.end()
    return out


# --- inputs -----------------------------------------------------------------------------------

def _folded(text: str, lang: str) -> FoldedText:
    nlp = get_nlp(lang)
    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    return FoldedText.build(text, split_sentences(text, [(s.start_char, s.end_char) for s in doc.sents]))


@pytest.fixture(scope="module")
def generated() -> list[tuple[str, FoldedText]]:
    return [(d.lang, _folded(d.text, d.lang)) for d in generate(300, seed=11)]


def _lexicon_words(lex: Lexicon) -> list[str]:
    pats = [t.regex.pattern for t in lex.triggers] + [r.pattern for r, _ in lex.roles]
    words = set()
    for p in pats:
        words.update(w for w in re.findall(r"\w+", re.sub(r"\\[a-zA-Z]", " ", p)) if len(w) > 1)
    return sorted(words)


def _stitched(lang: str, n: int, seed: int) -> list[str]:
    """Random texts of lexicon words, clitic prefixes, glued pieces and punctuation."""
    lex = get_lexicon(lang)
    rng = random.Random(seed)
    words = _lexicon_words(lex)
    extra = list(lex.prefixes) + ["the", "of", "as", "Acme", "'s", "-", ",", ".", "\n"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(5, 40)):
            w = rng.choice(words) if rng.random() < 0.7 else rng.choice(extra)
            if rng.random() < 0.15 and lex.prefixes:
                w = rng.choice(lex.prefixes) + w
            parts.append(w + ("" if rng.random() < 0.1 else " "))
        out.append("".join(parts))
    return out


def _key(hits: list[Hit]) -> list[tuple]:
    return [(h.trig.kind, h.trig.regex.pattern, h.start, h.end, h.sent) for h in hits]


# --- tests ------------------------------------------------------------------------------------

def test_triggers_identical_on_generated_documents(generated):
    n = 0
    for lang, ft in generated:
        lex = get_lexicon(lang)
        got = _key(find_triggers(ft, lex))
        assert got == _key(triggers_ref(ft, lex)), ft.original[:120]
        n += len(got)
    assert n > 500  # the corpus sentences are full of triggers


def test_roles_identical_on_generated_documents(generated):
    n = 0
    for lang, ft in generated:
        lex = get_lexicon(lang)
        got = find_roles(ft, lex)
        assert got == roles_ref(ft, lex), ft.original[:120]
        n += len(got)
    assert n > 500


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_scans_identical_on_stitched_lexicon_text(lang):
    lex = get_lexicon(lang)
    found = 0
    for text in _stitched(lang, 150, seed=5):
        ft = _folded(text, lang)
        t = _key(find_triggers(ft, lex))
        assert t == _key(triggers_ref(ft, lex)), text
        r = find_roles(ft, lex)
        assert r == roles_ref(ft, lex), text
        found += len(t) + len(r)
    assert found > 100


def test_prefixes_of_common_regex_shapes():
    assert regex_prefixes(re.compile(r"(?<!\w)(?:has |had )?resign(?:s|ed)?(?!\w)")) == {"has", "had", "res"}
    assert regex_prefixes(re.compile(r"(?:w|f)?(?:l|b)?ra(?:is)")) == {
        "wlr", "wbr", "wra", "flr", "fbr", "fra", "lra", "bra", "rai"}
    assert regex_prefixes(re.compile(r"x[a-c]")) == {"xa", "xb", "xc"}  # pattern ends early
    assert regex_prefixes(re.compile(r"a\w+b")) == {"a"}  # a wide class stops the prefix
    assert regex_prefixes(re.compile(r"ab*c")) == {"ac", "abc", "abb"}
    assert regex_prefixes(re.compile("abc", re.I)) == {""}  # case-insensitive: always tried


def test_prefix_index_never_drops_a_match():
    rng = random.Random(3)
    pats = [re.compile(p) for p in (r"ab+c", r"(?:x|y)?za", r"q\d+", r"(?<!\w)ab(?:c|d)?(?!\w)", r"a{0,3}z")]
    ix = PrefixIndex(pats)
    for _ in range(2000):
        text = "".join(rng.choice("abcdqxyz1 ") for _ in range(12))
        for pos in range(len(text)):
            cand = set(ix.candidates(text, pos))
            for i, rx in enumerate(pats):
                if rx.match(text, pos):
                    assert i in cand, (text, pos, rx.pattern)


def _date_patterns(lang: str) -> list[re.Pattern]:
    from talentflow.pipeline.dates import _date_regexes, _duration_regex

    rx = _date_regexes(lang)
    return list(rx["date"]) + [v for k, v in rx.items() if k != "date"] + [_duration_regex(lang)]


def test_word_start_finditer_identical_to_re(generated):
    from talentflow.pipeline.scan import finditer_words, search_words

    from talentflow.pipeline.prefilter import remember_words

    n = 0
    for lang, ft in generated:
        remember_words(ft.folded, ft.words)  # as FoldedText.build does: the document's words
        unregistered = "".join(list(ft.folded))  # an equal string that is not the document's
        assert unregistered is not ft.folded
        for rx in _date_patterns(lang):
            want = [(m.span(), m.groupdict()) for m in rx.finditer(ft.folded)]
            for text in (ft.folded, unregistered):
                assert [(m.span(), m.groupdict()) for m in finditer_words(rx, text)] == want, rx.pattern
                s = search_words(rx, text)
                assert (s and s.span()) == (want[0][0] if want else None)
            mid = len(ft.folded) // 3
            assert [m.span() for m in finditer_words(rx, ft.folded, mid, 2 * mid)] == \
                [m.span() for m in rx.finditer(ft.folded, mid, 2 * mid)]
            s, r = search_words(rx, ft.folded, mid, 2 * mid), rx.search(ft.folded, mid, 2 * mid)
            assert (s and s.span()) == (r and r.span())
            n += len(want)
    assert n > 300


def test_word_start_finditer_on_digits_and_edges():
    from talentflow.pipeline.scan import finditer_words

    rx = re.compile(r"(?<![\w])(?:[0-3]?\d\s+(?:may|june)|(?:19|20)\d\d)(?![\w])")
    for text in ("5 may 2024", "x5 may, 15 june 2023", "\u0665 may 2024 and \u0661\u0662 june",
                 "\uff15 may", "2024", "a2024 2024b (2024)", ""):
        assert [m.span() for m in finditer_words(rx, text)] == [m.span() for m in rx.finditer(text)], text


def test_has_trigger_is_a_search_for_any_trigger(generated):
    from talentflow.pipeline.scan import has_trigger

    texts = [(lang, ft) for lang, ft in generated[:60]]
    texts += [(lang, _folded(t, lang)) for lang in ("en", "ar") for t in ("Nothing to see here.", "")]
    for lang, ft in texts:
        lex = get_lexicon(lang)
        assert has_trigger(ft, lex) == (lex.trigger_any.search(ft.folded) is not None), ft.original[:80]


def test_relative_days_computed_as_dateparser_would():
    import dateparser
    from datetime import date, datetime, timedelta

    from talentflow.pipeline.dates import _BACK

    days = [date(2024, 3, 1), date(2024, 1, 1), date(2023, 3, 1), date(2024, 2, 29), date(2025, 12, 31),
            date(2000, 1, 7), date(2021, 10, 31), date(2019, 6, 15)]
    for d in days:
        settings = {"RELATIVE_BASE": datetime(d.year, d.month, d.day),
                    "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
        for phrase, back in _BACK.items():
            assert dateparser.parse(phrase, languages=["en"], settings=settings).date() == d - back
    assert _BACK["yesterday"] == timedelta(days=1)


def test_prefiltered_lexicon_patterns_answer_like_re(generated):
    from talentflow.pipeline.prefilter import Prefiltered

    rng = random.Random(9)
    checked = 0
    for lang, ft in generated[::12]:
        lex = get_lexicon(lang)
        f = ft.folded
        for fast in (lex.role_one, lex.role_any, lex.trigger_any):
            assert isinstance(fast, Prefiltered)
            raw = fast.rx
            for w in ft.words:  # match at every word start, and at the word's second character
                for pos in (w.start, w.start + 1):
                    a, b = fast.match(f, pos), raw.match(f, pos)
                    assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (f[pos:pos + 30], raw.pattern[:40])
                    checked += bool(b)
                assert bool(fast.match(w.text)) == bool(raw.match(w.text))
            for _ in range(20):  # windows, as the rules search them
                s = rng.randrange(len(f) + 1)
                e = min(len(f), s + rng.randrange(1, 80))
                a, b = fast.search(f, s, e), raw.search(f, s, e)
                assert (a and a.span()) == (b and b.span())
                assert [m.span() for m in fast.finditer(f, s, e)] == [m.span() for m in raw.finditer(f, s, e)]
                a, b = fast.search(f[s:e]), raw.search(f[s:e])
                assert (a and a.span()) == (b and b.span())
    assert checked > 200


def test_prefiltered_edge_positions():
    from talentflow.pipeline.prefilter import Prefiltered

    raw = re.compile(r"(?<![\w])(?:ceo|chief executive|[0-3]?\d may)(?![\w])")
    fast = Prefiltered(raw)
    text = "the ceo, xceo, chief executive; 5 may and \u0665 may; ceo"
    for pos in range(-2, len(text) + 2):
        for endpos in (pos - 1, pos + 2, pos + 9, len(text), len(text) + 5):
            a, b = fast.match(text, pos, endpos), raw.match(text, pos, endpos)
            assert (a and a.span()) == (b and b.span()), (pos, endpos)
            a, b = fast.search(text, max(pos, 0), endpos), raw.search(text, max(pos, 0), endpos)
            assert (a and a.span()) == (b and b.span()), (pos, endpos)
    assert fast.pattern == raw.pattern and fast.sub("X", "a ceo") == "a X"


def test_trigger_scan_reused_within_a_document_but_not_shared():
    lex = get_lexicon("en")
    ft = _folded("Jane Roe resigned. John Doe joined Acme.", "en")
    first = find_triggers(ft, lex)
    first.clear()  # a caller changing its list does not change the next caller's
    again = find_triggers(ft, lex)
    assert [h.start for h in again] == [9, 28]
    other = _folded("Jane Roe resigned. John Doe joined Acme.", "en")  # same text, new document
    assert [h.start for h in find_triggers(other, lex)] == [9, 28]


def test_sentence_and_word_lookups_match_plain_scans(generated):
    for _, ft in generated[:40]:
        starts = [s for s, _ in ft.sents]
        for pos in range(0, len(ft.folded) + 2, 7):
            assert ft.sent_of(pos) == max([0] + [i for i, s in enumerate(starts) if s <= pos])
            assert ft.word_index(pos) == next((i for i, w in enumerate(ft.words) if w.start >= pos), len(ft.words))
    ft = _folded("Jane Roe left. She joined Acme.", "en")
    assert ft.sent_of(20) == 1
    ft.sents = [(0, len(ft.folded))]  # sentences replaced: lookups follow
    assert ft.sent_of(20) == 0


def test_fold_offsets_skip_exactly_the_deleted_characters():
    from talentflow.lang.normalize import _FOLD_DELETE, _kept_offsets, fold_with_map

    rng = random.Random(4)
    pool = list("Ab c\u062f\u0639\u0645\u0629") + [chr(c) for c in sorted(_FOLD_DELETE)]
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 30)))
        assert _kept_offsets(text) == [i for i, ch in enumerate(text) if ord(ch) not in _FOLD_DELETE]
        folded, offsets = fold_with_map(text)
        if offsets is not None:  # every folded character maps back to the one it came from
            assert len(offsets) == len(folded) + 1 and offsets[-1] == len(text)
            assert all(text[o].lower() == folded[i] or ord(text[o]) > 127 for i, o in enumerate(offsets[:-1]))


def test_prefiltered_pattern_survives_pickle_and_copy():
    import copy
    import pickle

    from talentflow.pipeline.prefilter import Prefiltered

    p = Prefiltered(re.compile(r"(?<![\w])ceo"))
    for q in (pickle.loads(pickle.dumps(p)), copy.deepcopy(p), copy.copy(p)):
        assert q.match("the ceo", 4).span() == (4, 7) and q.match("the ceo") is None
        assert q.pattern == p.pattern
