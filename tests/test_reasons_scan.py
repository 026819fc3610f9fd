"""The reasons component's fast scanning gives exactly what the plain scans give: cue
lists grouped by first char, the consumed-boundary search, normalization fast paths."""

from __future__ import annotations

import json
import re
from pathlib import Path

from talentflow.lang import load
from talentflow.pipeline.reasons_cues import (
    _compile, _cue_body, _finditer, _norm_char, _prefix, cue_data, normalized,
)

CORPUS = Path(__file__).parent / "corpus"


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
    return [(d["lang"], d["text"]) for f in sorted(CORPUS.rglob("*.json"))
            for d in [json.loads(f.read_text(encoding="utf-8"))] if d.get("lang") in ("ar", "en")]


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
