"""Ingest: idempotent by content hash, atomic per batch, extraction and consolidation wired in."""

from __future__ import annotations

import json

import pytest

from talentflow import pipeline, resolve
from talentflow.datasets import sample_paths
from talentflow.ingest import ingest, ingest_documents
from talentflow.models import Document, EntityRef, EventMention, Source
from talentflow.store import Store

STORIES = [
    "Harbour Bank said its finance chief Nadia Farouk will become chief executive in September.",
    "Riverside FC dismissed manager Jonas Weber after eight league games without a win.",
    "أعلنت شركة الموانئ الخليجية تعيين سارة المنصور رئيسة تنفيذية خلفاً لعمر حداد.",
    "The chief technology officer of a logistics start-up left to found her own company.",
    "Gulf Crescent Bank named a new head of retail banking after its previous head retired.",
]


def fake_extract(doc: Document) -> list[EventMention]:
    """One departure per document, anchored on its first word: enough to fill the tables."""
    first = doc.text.split()[0]
    return [EventMention(kind="departure", person=EntityRef(name=first, id=f"person:{len(first)}"),
                         source=Source(doc=doc.id, lang=doc.lang, span=(0, len(first))))]


def write_corpus(folder, texts=STORIES):
    folder.mkdir(parents=True, exist_ok=True)
    for i, t in enumerate(texts):
        (folder / f"{i:02d}.txt").write_text(t, encoding="utf-8")
    return folder


def snapshot(store: Store) -> dict:
    """The content of the tables a batch writes (without timestamps and run ids)."""
    return {
        "documents": store.rows("SELECT id, text, lang, published, url, title, origin "
                                "FROM documents ORDER BY id"),
        "event_mentions": store.rows("SELECT id, doc_id, data FROM event_mentions ORDER BY id"),
        "reasons": store.rows("SELECT * FROM reasons ORDER BY mention_id, idx"),
        "quarantine": store.rows("SELECT origin, location, error FROM quarantine ORDER BY id"),
    }


def test_ingesting_twice_adds_nothing(tmp_path, store, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_document", fake_extract)
    folder = write_corpus(tmp_path / "c")
    r1 = ingest(store, [str(folder)])
    before = snapshot(store)
    r2 = ingest(store, [str(folder)])
    assert (r1.new, r1.duplicate, r1.mentions) == (5, 0, 5)
    assert (r2.new, r2.duplicate, r2.mentions) == (0, 5, 0)
    assert snapshot(store) == before
    assert store.table_counts()["event_mentions"] == 5


def test_same_text_in_two_files_is_one_document(tmp_path, store):
    (tmp_path / "a.txt").write_text(STORIES[0])
    (tmp_path / "b.md").write_text(STORIES[0])
    r = ingest(store, [str(tmp_path)], extract=False)
    assert (r.new, r.duplicate) == (1, 1)
    assert store.documents()[0].origin == str(tmp_path / "a.txt")  # first in sorted order


def test_failure_mid_batch_leaves_the_store_as_before(tmp_path, store, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_document", fake_extract)
    ingest(store, [str(write_corpus(tmp_path / "first", STORIES[:2]))])
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "bad.txt").write_bytes(b"")  # a quarantine row would be written
    write_corpus(tmp_path / "second", STORIES[2:])
    before = snapshot(store)
    calls = {"n": 0}

    def explode_on_third(doc):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("extractor crashed")
        return fake_extract(doc)

    monkeypatch.setattr(pipeline, "extract_document", explode_on_third)
    with pytest.raises(RuntimeError, match="extractor crashed"):
        ingest(store, [str(tmp_path / "second")])
    assert calls["n"] == 3
    assert snapshot(store) == before
    failed = store.runs(limit=1)[0]
    assert failed["stats"]["rolled_back"] is True and "extractor crashed" in failed["stats"]["error"]
    # the same batch goes in once the extractor works
    monkeypatch.setattr(pipeline, "extract_document", fake_extract)
    r = ingest(store, [str(tmp_path / "second")])
    assert (r.new, r.quarantined) == (3, 1)


def test_cli_reports_rollback_and_store_is_unchanged(tmp_path, cli, monkeypatch):
    db = tmp_path / "tf.duckdb"
    folder = write_corpus(tmp_path / "c")

    def boom(doc):
        raise ValueError("no model")

    monkeypatch.setattr(pipeline, "extract_document", boom)
    r = cli("ingest", folder, "--db", db)
    assert r.exit_code == 1 and "rolled back" in r.stderr
    with Store(db) as s:
        assert s.table_counts()["documents"] == 0


def test_consolidate_runs_after_a_batch_with_new_documents(tmp_path, store, monkeypatch):
    calls = []
    monkeypatch.setattr(resolve, "consolidate", lambda s: calls.append(s) or {"events": 7})
    folder = write_corpus(tmp_path / "c")
    r = ingest(store, [str(folder)])
    assert calls == [store] and r.consolidated == {"events": 7}
    ingest(store, [str(folder)])  # nothing new: nothing to consolidate
    ingest(store, [str(write_corpus(tmp_path / "d", ["A new story about a CEO who quit."]))],
           extract=False)
    assert len(calls) == 1


def test_no_extract_stores_documents_only(tmp_path, store, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_document", fake_extract)
    r = ingest(store, [str(write_corpus(tmp_path / "c"))], extract=False)
    assert r.new == 5 and store.table_counts()["event_mentions"] == 0


def test_runs_row_records_the_counts(tmp_path, store):
    r = ingest(store, [str(write_corpus(tmp_path / "c"))], extract=False)
    run = store.runs(limit=1)[0]
    assert run["id"] == r.run_id and run["command"] == "ingest"
    assert run["stats"]["new"] == 5 and run["stats"]["files"] == 5
    assert run["finished_at"] >= run["started_at"]
    assert {d["origin"] for d in store.rows("SELECT origin FROM documents")} == \
        {str(tmp_path / "c" / f"{i:02d}.txt") for i in range(5)}


def test_progress_callback_sees_every_document(tmp_path, store):
    seen = []
    ingest(store, [str(write_corpus(tmp_path / "c"))], extract=False,
           progress=lambda phase, done, total: seen.append((phase, done, total)))
    assert ("read", 5, 5) in seen and ("store", 5, 5) in seen


def test_ingest_documents_from_python(store):
    docs = [Document(text=t, lang="en") for t in STORIES[:2]]
    r = ingest_documents(store, docs + docs[:1], extract=False)
    assert (r.new, r.duplicate) == (2, 1)


def test_stdin_through_the_cli(tmp_path, cli):
    db = tmp_path / "tf.duckdb"
    lines = "\n".join(json.dumps({"text": t, "published": "2024-05-01"}, ensure_ascii=False)
                      for t in STORIES[:3])
    r = cli("ingest", "-", "--format-in", "jsonl", "--no-extract", "--db", db, input=lines)
    assert r.exit_code == 0, r.output
    assert "3 new" in r.stdout
    r = cli("ingest", "-", "--published", "2024-06-02", "--no-extract", "--db", db,
            input="The club's sporting director resigned on Friday.")
    assert "1 new" in r.stdout
    with Store(db) as s:
        docs = s.documents()
    assert [d.published for d in docs] == ["2024-06-02", "2024-05-01", "2024-05-01", "2024-05-01"]
    assert {d.origin for d in docs} == {"-"}
    assert {d.lang for d in docs} == {"ar", "en"}


def test_sample_datasets_ingest_cleanly(tmp_path, cli):
    paths = sample_paths()
    news = sorted(paths.news.glob("*.json"))
    langs = [json.loads(p.read_text(encoding="utf-8"))["lang"] for p in news]
    assert langs.count("ar") >= 7 and langs.count("en") >= 7
    for p in news:
        doc = json.loads(p.read_text(encoding="utf-8"))
        assert set(doc) == {"id", "url", "title", "published", "lang", "text"}
        assert "2024-01-01" <= doc["published"] <= "2025-12-31"
    db = tmp_path / "tf.duckdb"
    r = cli("ingest", paths.news, "--no-extract", "--db", db)
    assert r.exit_code == 0 and f"{len(news)} new, 0 duplicate, 0 quarantined, 0 unsupported" in r.stdout
    r = cli("records", "import", paths.records, "--db", db)
    assert r.exit_code == 0 and " 0 quarantined" in r.stdout
    r = cli("stats", "--json", "--db", db)
    stats = json.loads(r.stdout)
    assert stats["tables"]["documents"] == len(news) and stats["tables"]["stints"] >= 60
    assert stats["documents_by_lang"] == {"ar": langs.count("ar"), "en": langs.count("en")}


def test_sample_news_is_not_the_seed_article(seed_text):
    seed_sentences = {s.strip() for s in seed_text.replace("\n", ".").split(".") if len(s) > 30}
    for p in sample_paths().news.glob("*.json"):
        text = json.loads(p.read_text(encoding="utf-8"))["text"]
        assert not any(s in text for s in seed_sentences), p.name


@pytest.mark.slow
def test_a_process_pool_gives_the_same_store(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_document", fake_extract)
    monkeypatch.setattr(resolve, "consolidate", lambda s: {})
    folder = write_corpus(tmp_path / "c")
    snaps = []
    for workers in (1, 2):
        with Store(":memory:") as s:
            r = ingest(s, [str(folder)], workers=workers)
            assert r.mentions == 5
            snaps.append(snapshot(s))
    assert snaps[0] == snaps[1]
