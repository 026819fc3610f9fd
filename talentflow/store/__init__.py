"""The store: one DuckDB file that owns every table. All SQL lives in this package.

>>> with Store(":memory:") as s:
...     s.table_counts()["documents"]
0
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import duckdb

from talentflow.models import EventMention
from talentflow.store.documents import DocumentsMixin
from talentflow.store.entities import EntitiesMixin
from talentflow.store.events import EventsMixin
from talentflow.store.migrations import MIGRATIONS
from talentflow.store.stints import StintsMixin
from talentflow.store.web import WebMixin

DEFAULT_DB = "talentflow.duckdb"
TABLES = ("documents", "event_mentions", "reasons", "entities", "aliases", "events",
          "event_sources", "stints", "quarantine", "runs")


def resolve_db_path(path: str | os.PathLike | None = None) -> str:
    """The database path: the argument, else $TALENTFLOW_DB, else ./talentflow.duckdb."""
    if path is not None:
        return str(path)
    return os.environ.get("TALENTFLOW_DB") or DEFAULT_DB


class Store(DocumentsMixin, EntitiesMixin, EventsMixin, StintsMixin, WebMixin):
    """A DuckDB-backed store; migrates on open. Use as a context manager.

    Area-specific queries live in mixins (documents, entities, events, stints), all in this
    package; ``self.con`` is the DuckDB connection and ``self.transaction()`` the unit of work.
    """

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = resolve_db_path(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(self.path, read_only=read_only)
        self._in_tx = False
        if not read_only:
            self.migrate()

    # -- lifecycle -------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def migrate(self) -> list[str]:
        """Apply pending migrations in order; return the names applied."""
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = {r[0] for r in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [name])
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self.con.execute(
            "SELECT name FROM schema_migrations ORDER BY name").fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All or nothing: commit on success, roll back on any exception. Re-entrant."""
        if self._in_tx:
            yield self
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield self
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")
        finally:
            self._in_tx = False

    # -- generic queries ---------------------------------------------------------------
    def query(self, sql: str, params: list[Any] | None = None):
        """Run a read query and return a pyarrow Table."""
        return self.con.execute(sql, params or []).fetch_arrow_table()

    def query_df(self, sql: str, params: list[Any] | None = None):
        """Run a read query and return a pandas DataFrame."""
        return self.con.execute(sql, params or []).df()

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def table_counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    # -- event mentions ------------------------------------------------------------------
    def add_mentions(self, mentions: list[EventMention]) -> int:
        """Insert event mentions and their reasons; existing ids are left as they are.

        Rows go in as two Arrow batches (one per table) inside one transaction.
        """
        import pyarrow as pa

        fresh: dict[str, EventMention] = {}
        for m in mentions:
            fresh.setdefault(m.id, m)
        if not fresh:
            return 0
        with self.transaction():
            ids = pa.table({"id": list(fresh)})
            self.con.register("_tf_ids", ids)
            try:
                known = {r[0] for r in self.con.execute(
                    "SELECT e.id FROM event_mentions e JOIN _tf_ids USING (id)").fetchall()}
            finally:
                self.con.unregister("_tf_ids")
            new = [(mid, m) for mid, m in fresh.items() if mid not in known]
            if not new:
                return 0
            rows = [_mention_row(mid, m) for mid, m in new]
            reasons = [[mid, i, r.driver, r.attributed_to, r.stance, r.evidence,
                        *(r.span or (None, None))]
                       for mid, m in new for i, r in enumerate(m.reasons)]
            self._insert_rows("event_mentions", _MENTION_COLS, rows)
            if reasons:
                self._insert_rows("reasons", _REASON_COLS, reasons)
        return len(new)

    def _insert_rows(self, table: str, cols: tuple[str, ...], rows: list[list[Any]]) -> None:
        import pyarrow as pa

        batch = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
        self.con.register("_tf_batch", batch)
        try:
            self.con.execute(f"INSERT INTO {table} ({', '.join(cols)}) "
                             f"SELECT {', '.join(cols)} FROM _tf_batch")
        finally:
            self.con.unregister("_tf_batch")

    def mentions(self, doc_id: str | None = None) -> list[EventMention]:
        sql = "SELECT data FROM event_mentions"
        params: list[Any] = []
        if doc_id:
            sql += " WHERE doc_id = ?"
            params.append(doc_id)
        sql += " ORDER BY doc_id, span_start, id"
        return [EventMention.from_dict(json.loads(r[0]))
                for r in self.con.execute(sql, params).fetchall()]


_MENTION_COLS = ("id", "doc_id", "kind", "person_id", "person_name", "person_mention", "org_id",
                 "org_name", "org_mention", "role", "role_mention", "date", "started",
                 "tenure_months", "dest_id", "dest_name", "dest_mention", "scope", "span_start",
                 "span_end", "confidence", "data")
_REASON_COLS = ("mention_id", "idx", "driver", "attributed_to", "stance", "evidence",
                "span_start", "span_end")


def _ref(r):
    return (r.id, r.name, r.mention) if r else (None, None, None)


def _mention_row(mid: str, m: EventMention) -> list[Any]:
    src = m.source
    span = src.span if src else (None, None)
    return [mid, src.doc if src else None, m.kind, *_ref(m.person), *_ref(m.org),
            m.role, m.role_mention, m.date, m.started, m.tenure_months, *_ref(m.destination),
            m.scope, span[0], span[1], m.confidence, json.dumps(m.to_dict(), ensure_ascii=False)]
