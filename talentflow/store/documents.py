"""Store queries for documents, quarantine, runs, export and stats. Mixed into Store.

>>> from talentflow.store import Store
>>> from talentflow.models import Document
>>> with Store(":memory:") as s:
...     s.add_document(Document(text="Jane Doe left Acme.", lang="en"))
True
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from talentflow.errors import TalentflowError
from talentflow.models import Document, content_hash

EXPORT_FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER true)",
                  "jsonl": "(FORMAT json)"}
DOC_COLUMNS = ("id", "text", "lang", "published", "url", "title", "origin")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class DocumentsMixin:
    con: Any

    # -- documents ---------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        """True when a document with this id (content hash) is stored."""
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() \
            is not None

    def add_document(self, doc: Document, run_id: str | None = None) -> bool:
        """Insert ``doc`` unless its id is stored; True when it was new."""
        if self.has_document(doc.id):
            return False
        self.con.execute(
            "INSERT INTO documents (id, text, lang, published, url, title, origin, run_id) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [doc.id, doc.text, doc.lang, doc.published, doc.url, doc.title, doc.origin, run_id])
        return True

    def get_document(self, doc_id: str) -> Document | None:
        """The stored Document with this id, or None."""
        row = self.con.execute(f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE id = ?",
                               [doc_id]).fetchone()
        return _doc_from_row(row) if row else None

    def documents(self, lang: str | None = None, limit: int | None = None) -> list[Document]:
        """Stored documents, newest publication first (then id), optionally one language."""
        sql = f"SELECT {', '.join(DOC_COLUMNS)} FROM documents"
        params: list[Any] = []
        if lang:
            sql += " WHERE lang = ?"
            params.append(lang)
        sql += " ORDER BY published DESC NULLS LAST, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_doc_from_row(r) for r in self.con.execute(sql, params).fetchall()]

    # -- quarantine ----------------------------------------------------------------------
    def add_quarantine(self, origin: str, error: str, location: str | None = None,
                       excerpt: str | None = None, run_id: str | None = None) -> str:
        """Record a bad input; the id is stable for (origin, location, error)."""
        qid = "q:" + content_hash(f"{origin}|{location}|{error}")
        self.con.execute("DELETE FROM quarantine WHERE id = ?", [qid])
        self.con.execute("INSERT INTO quarantine (id, origin, location, error, excerpt, run_id) "
                         "VALUES (?,?,?,?,?,?)", [qid, origin, location, error, excerpt, run_id])
        return qid

    def clear_quarantine(self, origin: str) -> int:
        """Forget the quarantine rows of ``origin`` (before it is read again)."""
        n = self.con.execute("SELECT count(*) FROM quarantine WHERE origin = ?",
                             [origin]).fetchone()[0]
        self.con.execute("DELETE FROM quarantine WHERE origin = ?", [origin])
        return n

    def quarantine(self) -> list[dict[str, Any]]:
        """All quarantine rows, oldest first."""
        cur = self.con.execute("SELECT id, origin, location, error, excerpt, run_id, created_at "
                               "FROM quarantine ORDER BY created_at, origin, location")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    # -- runs -----------------------------------------------------------------------------
    def start_run(self, command: str) -> str:
        """A new run id with its start time recorded."""
        run_id = "run:" + uuid.uuid4().hex[:12]
        self.con.execute("INSERT INTO runs (id, command, started_at) VALUES (?,?,?)",
                         [run_id, command, _now()])
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        """Record the end time and the stats of a run."""
        self.con.execute("UPDATE runs SET finished_at = ?, stats = ? WHERE id = ?",
                         [_now(), json.dumps(stats, default=str), run_id])

    def record_run(self, command: str, stats: dict[str, Any], started_at: datetime) -> str:
        """Insert a whole run at once (used to log a batch that was rolled back)."""
        run_id = "run:" + uuid.uuid4().hex[:12]
        self.con.execute("INSERT INTO runs VALUES (?,?,?,?,?)",
                         [run_id, command, started_at, _now(), json.dumps(stats, default=str)])
        return run_id

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        """The latest runs, newest first; ``stats`` decoded."""
        cur = self.con.execute("SELECT id, command, started_at, finished_at, stats FROM runs "
                               "ORDER BY started_at DESC LIMIT ?", [limit])
        return [{"id": r[0], "command": r[1], "started_at": r[2], "finished_at": r[3],
                 "stats": json.loads(r[4]) if r[4] else None} for r in cur.fetchall()]

    # -- export and stats -------------------------------------------------------------------
    def export(self, table: str, fmt: str, out: str | Path) -> int:
        """Write ``table`` to ``out`` as parquet, csv or jsonl; the number of rows written.

        >>> import tempfile, os
        >>> from talentflow.store import Store
        >>> with Store(":memory:") as s:
        ...     s.export("documents", "csv", os.path.join(tempfile.mkdtemp(), "d.csv"))
        0
        """
        from talentflow.store import TABLES

        if table not in TABLES:
            raise TalentflowError(f"Unknown table '{table}'. Valid tables: {', '.join(TABLES)}.")
        if fmt not in EXPORT_FORMATS:
            raise TalentflowError(f"Unknown format '{fmt}'. Valid formats: "
                                  f"{', '.join(EXPORT_FORMATS)}.")
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        target = str(out).replace("'", "''")
        self.con.execute(f"COPY ({_export_select(table)} ORDER BY ALL) TO '{target}' "
                         f"{EXPORT_FORMATS[fmt]}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def stats(self) -> dict[str, Any]:
        """Counts of every table, documents by language, and the last run.

        >>> from talentflow.store import Store
        >>> with Store(":memory:") as s:
        ...     s.stats()["tables"]["documents"]
        0
        """
        by_lang = dict(self.con.execute("SELECT coalesce(lang, '?'), count(*) FROM documents "
                                        "GROUP BY ALL ORDER BY 1").fetchall())
        span = self.con.execute("SELECT min(published), max(published) FROM documents").fetchone()
        last = self.runs(limit=1)
        return {"tables": self.table_counts(), "documents_by_lang": by_lang,
                "published": {"min": _iso(span[0]), "max": _iso(span[1])},
                "last_run": last[0] if last else None}


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def _doc_from_row(row: tuple) -> Document:
    d = dict(zip(DOC_COLUMNS, row))
    d["published"] = _iso(d["published"])
    return Document(**d)


def _export_select(table: str) -> str:
    """The rows an export writes: the table, and for ``reasons`` also each driver's code in the
    Gentry et al. CEO-departure taxonomy (shared/spec/drivers.md), for comparison with it."""
    if table != "reasons":
        return f"SELECT * FROM {table}"
    from talentflow.lang import drivers_table
    from talentflow.why import gentry_code

    pairs = ", ".join(f"('{d}', {gentry_code(d) if gentry_code(d) is not None else 'NULL'})"
                      for d in drivers_table())
    return (f"SELECT r.*, g.gentry FROM reasons r LEFT JOIN (VALUES {pairs}) "
            f"AS g(driver, gentry) USING (driver)")
