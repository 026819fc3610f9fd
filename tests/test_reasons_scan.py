"""The reasons component's fast scanning gives exactly what the plain scans give: cue
lists grouped by first char, the consumed-boundary search, normalization fast paths."""

from __future__ import annotations

import re

from conftest import labelled_docs

from talentflow.lang import load
from talentflow.pipeline.reasons_cues import (
    _FIRST_WORDS, TextScan, _compile, _cue_body, _finditer, _kb_org_index, _kb_orgs, _norm_char,
    _prefix, cue_data, cue_regex, first_words, normalized, quote_spans, split_sentences,
)
from talentflow.pipeline.reasons_route import _regex_first_words


def _plain_normalized(text: str) -> tuple[str, list[int]]:
    out, index = [], []
    for i, c in enumerate(text):
        n = _norm_char(c)
        out.append(n)
        index.extend([i] * len(n))
    index.append(len(text))
    return "".join(out), index


def _plain_spans(pat: re.Pattern, norm: str, index: list[int]) -> list[tuple[int, int]]:
    return [(index[m.start()], index[m.end()]) for m in pat.finditer(norm) if m.end() > m.start()]


def _flat(cues: list[str], clitics: tuple[str, ...]) -> re.Pattern:
    bodies = "|".join("(?:%s)" % _cue_body(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"(?<!\w)" + _prefix(clitics) + "(?:" + bodies + r")(?!\w)")


def _texts() -> list[tuple[str, str]]:
    return [(d["lang"], d["text"]) for d in labelled_docs("corpus") if d.get("lang") in ("ar", "en")]


def test_normalized_matches_char_by_char_on_corpus_and_diacritics():
    texts = [t for _l, t in _texts()] + ["\u0643\u064e\u062a\u064e\u0628\u064e \u0640 x",
                                         "Caf\u00e9 \ufdfa end", "\u00c9COLE"]
    for text in texts:
        assert normalized(text) == _plain_normalized(text)


def test_finditer_at_text_start_and_adjacent_matches():
    pat = _compile(["left", "a.", ".b"], ())
    norm, index = normalized("left a..b left;left xleft")
    # "a." ends with a non-word char, so ".b" may start right where it ends
    assert _finditer(pat, norm, index) == [(0, 4), (5, 7), (7, 9), (10, 14), (15, 19)]
    assert _finditer(pat, norm, index) == _plain_spans(pat, norm, index)


def test_grouped_cue_lists_match_like_flat_alternations_on_corpus():
    by_lang: dict[str, list[str]] = {}
    for lang, text in _texts():
        by_lang.setdefault(lang, []).append(text)
    for lang, texts in by_lang.items():
        clitics = cue_data(lang).clitics
        rs, at, st = load(lang, "reasons"), load(lang, "attribution"), load(lang, "stance")
        lists = list(rs["drivers"].values()) + list(at["explicit"].values()) + [
            v for d in (at, st) for v in d.values()
            if isinstance(v, list) and v and all(isinstance(x, str) for x in v)]
        checked = 0
        for cues in lists:
            fast, flat = _compile(cues, clitics), _flat(cues, clitics)
            for text in texts:
                norm, index = normalized(text)
                got = _finditer(fast, norm, index)
                assert got == _plain_spans(flat, norm, index), (lang, cues[:3])
                checked += bool(got)
        assert checked > 20  # the lists do match real text, so the comparison means something


# -- the word-indexed scan (TextScan) gives _finditer's spans ------------------------------
def _all_patterns(lang: str) -> list[re.Pattern]:
    data = cue_data(lang)
    pats = list(data.drivers.values()) + list(data.attribution.values())
    pats += [v for v in vars(data).values() if isinstance(v, re.Pattern)]
    return pats


def test_text_scan_finds_what_finditer_finds_for_every_cue_list_on_corpus():
    docs = labelled_docs("corpus")
    checked = 0
    for lang in ("ar", "en"):
        data = cue_data(lang)
        pats = _all_patterns(lang)
        assert sum(_FIRST_WORDS.get(p) is not None for p in pats) >= len(pats) - 6
        names = {n for d in docs if d.get("lang") == lang for e in d.get("events", [])
                 for n in (e.get("person"), e.get("person_mention")) if n}
        name_pats = [(re.compile(cue_regex(n, data.clitics)), first_words([n], data.clitics))
                     for n in sorted(names)]
        for d in docs:
            if d.get("lang") != lang:
                continue
            norm, index = normalized(d["text"])
            scan = TextScan(norm, index, data.clitics)
            for pat in pats:
                got = scan.find(pat)
                assert got == _finditer(pat, norm, index), (d["id"], pat.pattern[:80])
                checked += bool(got)
            for (pat, words), name in zip(name_pats, sorted(names)):
                want = _finditer(pat, norm, index)
                assert scan.find(pat, words) == want, (d["id"], pat.pattern)
                assert scan.find_phrase(name) == want, (d["id"], name)
    assert checked > 1000


def test_text_scan_with_clitics_prefixes_and_repeated_words():
    clitics = ("wa", "al", "wal")
    pat = _compile(["kitab*", "bayt", "re:(?:sa|ra)\\s+x"], clitics)
    text = "walkitabu al-bayt albayt bayt, kitab; sa x wa sa x; ra  x rax"
    norm, index = normalized(text)
    got = TextScan(norm, index, clitics).find(pat)
    assert got == _plain_spans(pat, norm, index)
    assert [text[a:b] for a, b in got] == ["walkitabu", "bayt", "albayt", "bayt", "kitab",
                                           "sa x", "sa x", "ra  x"]


def test_first_words_of_raw_regex_cues():
    assert _regex_first_words(r"(?:known|famed) for(?:\s+\S+){0,6}") == ({"known", "famed"}, set())
    assert _regex_first_words(r"too\s+good") == (set(), {"too"})  # "too" may go on: a prefix
    assert _regex_first_words(r"(?:a|b)?c\w*") == (set(), {"ac", "bc", "c"})
    assert _regex_first_words(r"\w{3,}x") is None  # no fixed first word: scanned in full
    assert _regex_first_words(r"(?:x|y)?" * 9 + "z") is None  # too many strings (1023 > 512)
    assert first_words(["clash* with", "re:\\w+ly"]) is None


def _plain_split(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """split_sentences as first written (the reference for the faster one)."""
    quotes = quote_spans(text)
    spans, start = [], 0
    for m in re.finditer(r"[.!?\u061f]+[\"'”’»)]*(?=\s)|\n+", text):
        if any(q0 < m.start() and m.end() < q1 for q0, q1 in quotes):
            continue
        word = re.search(r"(\S+)$", text[start:m.start()])
        if m.group().startswith(".") and word and (
                word.group(1).casefold().rstrip(".") in abbreviations
                or re.fullmatch(r"[A-Z]", word.group(1))):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        s2, e2 = s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())
        if e2 > s2:
            out.append((s2, e2))
    return out


def test_split_sentences_matches_the_reference_split():
    texts = [t for _l, t in _texts()] + [
        "Mr. Roe left. J. Doe stayed.\nNew line. " + "x" * 100 + ". Then Dr.\nNext.",
        "He said \"no. never.\" Then left! Why? Because.", "A.B. Smith quit U.S. firm. Ok.",
        "Mr\n. Roe left. J\n. Doe \n. x \t. y", "  . Lead. Mr.\tX. " + "y" * 70 + ". Z."]
    for lang in ("ar", "en"):
        abbr = cue_data(lang).abbreviations
        for text in texts:
            assert split_sentences(text, abbr) == _plain_split(text, abbr)


def test_find_phrase_matches_the_name_regex_on_hard_cases():
    clitics = ("wa", "w", "al")
    text = "waJane Doe, wJane\tDoe; Jane Doe_x JANE DOE1 al-Jane Doe walJane Doe. Jane\nDoe"
    norm, index = normalized(text)
    scan = TextScan(norm, index, clitics)
    for name in ("Jane Doe", "Doe", "wa Jane", "Jane|Doe", "J*ane"):
        pat = re.compile(cue_regex(re.sub(r"[|*]", " ", name), clitics))
        assert scan.find_phrase(name) == _plain_spans(pat, norm, index), name
    assert [text[a:b] for a, b in scan.find_phrase("Jane Doe")] == [
        "waJane Doe", "wJane\tDoe", "Jane Doe", "Jane\nDoe"]  # not Doe_x, DOE1, walJane


def test_kb_org_fallback_finds_what_the_alias_regex_finds_on_corpus():
    pat, by_norm, words, _clitics = _kb_org_index()
    assert words is not None  # the word-indexed path is the one exercised
    found = 0
    for _lang, text in _texts() + [("en", "Al-OpenAI and OpenAI's rival, openai2 and OpenAI.")]:
        norm, index = normalized(text)
        plain = [{"start": index[m.start(1)], "end": index[m.end(1)], "type": "org",
                  "id": by_norm[m.group(1)][0], "name": by_norm[m.group(1)][1],
                  "mention": text[index[m.start(1)]:index[m.end(1)]]}
                 for m in pat.finditer(norm) if m.group(1) in by_norm]
        assert _kb_orgs(text) == plain
        found += len(plain)
    assert found > 100


def test_lookarounds_in_raw_cues_consume_nothing():
    # a lookbehind before a cue (not after 'against') leaves its first words readable
    assert _regex_first_words(r"(?<!against )former\s+staff") == (set(), {"former"})
    assert _regex_first_words(r"(?:(?<!x )ab|cd(?!e))") == (set(), {"ab", "cd"})


# --- the routed fast paths (one pass over a text's words for every cue list, a name's starts read
# off its word and clitic + word, ASCII normalized by lower()), on the second labelled set ---

def _dev2_docs() -> list[dict]:
    return labelled_docs("dev2")


def test_ascii_text_normalizes_like_char_by_char():
    for text in ["Jane ROE left Acme; \"no comment\" - she said.\n\tOK", "", "ÉCOLE x", "a’b"]:
        assert normalized(text) == _plain_normalized(text)


def test_routed_scan_finds_what_finditer_finds_on_dev2():
    docs = [d for d in _dev2_docs() if d.get("lang") in ("ar", "en")]
    assert docs
    checked = 0
    for d in docs:
        data = cue_data(d["lang"])
        pats = list(data.drivers.values()) + list(data.attribution.values())
        pats += [v for v in vars(data).values() if isinstance(v, re.Pattern)]
        norm, index = normalized(d["text"])
        assert (norm, index) == _plain_normalized(d["text"])
        scan = TextScan(norm, index, data.clitics)
        for pat in pats:
            got = scan.find(pat)
            assert got == _finditer(pat, norm, index), (d["id"], pat.pattern[:60])
            checked += bool(got)
        names = {n for e in d.get("events", []) for n in (e.get("person"), e.get("person_mention")) if n}
        for name in sorted(names):
            want = _finditer(re.compile(cue_regex(name, data.clitics)), norm, index)
            assert scan.find_phrase(name) == want, (d["id"], name)
    assert checked > 100  # the cue lists do match these texts


def test_clitic_word_routes_like_its_stripped_word_and_a_raw_twin():
    # 'wabayt' is 'wa' + 'bayt' and 'bayt' also stands alone: both start the cue, once each
    clitics = ("wa", "w")
    pat = _compile(["bayt kabir", "kitab*"], clitics)
    text = "wabayt kabir, bayt kabir; wkitabuhu wawa bayt kabir wbayt kabir"
    norm, index = normalized(text)
    scan = TextScan(norm, index, clitics)
    assert scan.find(pat) == _finditer(pat, norm, index)
    assert [text[a:b] for a, b in scan.find(pat)] == [
        "wabayt kabir", "bayt kabir", "wkitabuhu", "bayt kabir", "wbayt kabir"]
    assert scan.find_phrase("bayt") == _finditer(re.compile(cue_regex("bayt", clitics)), norm, index)
    assert len(scan.find_phrase("bayt")) == 4
