"""The reasons scan's routed fast paths (one pass over a text's words for every cue list, a
name's starts read off its word and clitic + word, ASCII normalization by ``lower()``) give
exactly what the plain regex scans give, on the second labelled set and on made-up clitic text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from talentflow.pipeline.reasons_cues import (
    TextScan, _compile, _finditer, _norm_char, cue_data, cue_regex, normalized,
)

DEV2 = Path(__file__).parent / "dev2"


def _plain_normalized(text: str) -> tuple[str, list[int]]:
    out, index = [], []
    for i, c in enumerate(text):
        n = _norm_char(c)
        out.append(n)
        index.extend([i] * len(n))
    index.append(len(text))
    return "".join(out), index


def _docs() -> list[dict]:
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(DEV2.rglob("*.json"))]


def test_ascii_text_normalizes_like_char_by_char():
    for text in ["Jane ROE left Acme; \"no comment\" - she said.\n\tOK", "", "ÉCOLE x", "a’b"]:
        assert normalized(text) == _plain_normalized(text)


def test_routed_scan_finds_what_finditer_finds_on_dev2():
    docs = [d for d in _docs() if d.get("lang") in ("ar", "en")]
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
