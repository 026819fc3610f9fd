"""The store: migrations from an empty file, documents, quarantine and runs."""

from __future__ import annotations

import duckdb

from talentflow.models import Document
from talentflow.store import TABLES, Store
from talentflow.store.migrations import MIGRATIONS


def test_migrations_from_an_empty_file(db_path):
    assert not db_path.exists()
    with Store(db_path) as s:
        assert s.migrations() == sorted(name for name, _ in MIGRATIONS)
        assert all(n == 0 for n in s.table_counts().values())
    con = duckdb.connect(str(db_path), read_only=True)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert set(TABLES) | {"schema_migrations"} <= names


def test_reopening_applies_nothing_and_keeps_data(db_path):
    with Store(db_path) as s:
        s.add_document(Document(text="The CEO retired.", lang="en", published="2024-04-30"))
    with Store(db_path) as s:
        assert s.migrate() == []
        [doc] = s.documents()
    assert (doc.text, doc.lang, doc.published) == ("The CEO retired.", "en", "2024-04-30")


def test_a_partly_migrated_file_gets_the_rest(db_path):
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    con.execute(MIGRATIONS[0][1])
    con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [MIGRATIONS[0][0]])
    con.close()
    with Store(db_path) as s:
        assert s.migrations() == sorted(name for name, _ in MIGRATIONS)


def test_add_document_is_idempotent_and_round_trips(store):
    doc = Document(text="المدير المالي غادر الشركة.", lang="ar", published="2025-09-04",
                   url="https://x.example/1", title="مغادرة", origin="a.json#1")
    assert store.add_document(doc) is True
    assert store.add_document(Document(text=doc.text, origin="other.txt")) is False
    assert store.get_document(doc.id) == doc
    assert store.get_document("doc:missing") is None


def test_documents_newest_first_and_filtered_by_language(store):
    store.add_document(Document(text="old en", lang="en", published="2024-01-01"))
    store.add_document(Document(text="new ar", lang="ar", published="2025-01-01"))
    store.add_document(Document(text="undated en", lang="en"))
    assert [d.text for d in store.documents()] == ["new ar", "old en", "undated en"]
    assert [d.text for d in store.documents(lang="en", limit=1)] == ["old en"]


def test_quarantine_is_keyed_by_origin_location_and_error(store):
    store.add_quarantine("a.jsonl", "invalid JSON", "line 2", "{\"te", "run:1")
    store.add_quarantine("a.jsonl", "invalid JSON", "line 2", "{\"te", "run:2")
    store.add_quarantine("a.jsonl", "invalid JSON", "line 5")
    store.add_quarantine("b.txt", "empty file")
    assert len(store.quarantine()) == 3
    assert store.clear_quarantine("a.jsonl") == 2
    assert [q["origin"] for q in store.quarantine()] == ["b.txt"]


def test_stats(store):
    store.add_document(Document(text="a", lang="en", published="2024-02-01"))
    store.add_document(Document(text="b", lang="ar", published="2025-03-01"))
    store.add_document(Document(text="c", lang="ar"))
    s = store.stats()
    assert s["tables"]["documents"] == 3
    assert s["documents_by_lang"] == {"ar": 2, "en": 1}
    assert s["published"] == {"min": "2024-02-01", "max": "2025-03-01"}
    assert s["last_run"] is None
