"""The reasons walk reads each sentence's cues and candidates off one pass per text
(reasons_walk._BySentence): the same as filtering every cue and every event per sentence."""

from __future__ import annotations

from conftest import labelled_docs

import talentflow.pipeline.reasons as R
import talentflow.pipeline.reasons_walk as W
from talentflow.pipeline import extract


def test_sentence_buckets_match_the_plain_filters(monkeypatch) -> None:
    seen = {"sents": 0, "cues": 0, "cands": 0}
    walk = R._walk

    def checked(ctx, found, claims):
        by = W._BySentence(ctx, found)
        for k, sent in enumerate(ctx.sents):
            plain_cues = [f for f in found if R._inside(f.span, sent)]
            plain_cand = W._candidates(ctx, sent)
            assert by.cues.get(k, []) == plain_cues
            got = by.candidates(k)
            assert got == plain_cand and list(got) == list(plain_cand)
            for key in ("plural", "attr:company", "attr:media", "attr:self"):
                spans = ctx.hits.get(key, [])
                assert by.bucket(spans).get(k, []) == R._in(spans, sent)
            seen["sents"] += 1
            seen["cues"] += len(plain_cues)
            seen["cands"] += len(plain_cand)
        return walk(ctx, found, claims)

    monkeypatch.setattr(R, "_walk", checked)
    for d in labelled_docs("corpus")[::3]:
        extract(d["text"], lang=d["lang"], published=d.get("published"))
    extract("Jane Roe resigned as chief executive of Acme Corp. She cited burnout. "
            "Her deputy, John Poe, left the bank to join Globex, citing a clash with the board.", "en")
    assert seen["sents"] > 100 and seen["cues"] > 20 and seen["cands"] > 50
