"""Property: ingesting any permutation or duplication of a corpus, in one batch or several,
yields the same store (documents and mentions tables)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from talentflow import pipeline
from talentflow.ingest import ingest
from talentflow.models import Document, EntityRef, EventMention, Source
from talentflow.store import Store

WORDS = ["the", "bank", "club", "chief", "executive", "left", "joined", "after", "months",
         "manager", "was", "sacked", "a", "rival", "for", "of", "and", "finance"]
FIXED = [
    {"id": "seed-en", "text": "Harbour Bank said its CFO left for a rival in May.",
     "published": "2024-06-01", "lang": "en"},
    {"id": "seed-ar", "text": "غادر المدير المالي للشركة منصبه بعد ثلاثة أشهر فقط.",
     "published": "2025-09-04"},
    {"id": "seed-url", "text": "The club sacked its manager after eight games without a win.",
     "url": "https://pitchside.example.com/x", "title": "Sacked"},
]

sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(
    lambda ws: " ".join(["The"] + ws) + ".")
generated = st.lists(sentences, min_size=0, max_size=5, unique=True).map(
    lambda texts: [{"id": f"gen-{i}", "text": t, "published": f"2024-0{i + 1}-15"}
                   for i, t in enumerate(texts)])


def fake_extract(doc: Document) -> list[EventMention]:
    words = doc.text.split()
    return [EventMention(kind="departure", person=EntityRef(name=w, id=f"person:{w.lower()}"),
                         source=Source(doc=doc.id, lang=doc.lang, span=(i, i + len(w))))
            for i, w in enumerate(words[:2])]


def snapshot(store: Store) -> dict:
    return {
        "documents": store.rows("SELECT id, text, lang, published, url, title, origin "
                                "FROM documents ORDER BY id"),
        "event_mentions": store.rows("SELECT * EXCLUDE (event_id) FROM event_mentions ORDER BY id"),
        "reasons": store.rows("SELECT * FROM reasons ORDER BY mention_id, idx"),
    }


def run(batches: list[list[dict]], folder: Path) -> dict:
    """Ingest each batch from the same file path, in order; snapshot the store."""
    path = folder / "corpus.jsonl"
    with Store(":memory:") as store:
        for batch in batches:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in batch),
                            encoding="utf-8")
            ingest(store, [str(path)])
        return snapshot(store)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extra=generated, data=st.data())
def test_permutation_and_duplication_give_the_same_store(extra, data):
    corpus = FIXED + extra
    order = data.draw(st.permutations(corpus), label="order")
    dups = data.draw(st.lists(st.sampled_from(corpus), max_size=4), label="duplicates")
    shuffled = data.draw(st.permutations(order + dups), label="with duplicates")
    cut = data.draw(st.integers(0, len(shuffled)), label="batch split")
    with pytest.MonkeyPatch.context() as mp, tempfile.TemporaryDirectory() as tmp:
        mp.setattr(pipeline, "extract_document", fake_extract)
        mp.setattr("talentflow.resolve.consolidate", lambda store: {})
        expected = run([corpus], Path(tmp))
        assert run([shuffled], Path(tmp)) == expected
        assert run([shuffled[:cut], shuffled[cut:]], Path(tmp)) == expected
        assert run([corpus, shuffled], Path(tmp)) == expected
    assert len(expected["documents"]) == len(corpus)
    assert len(expected["event_mentions"]) == 2 * len(corpus)
