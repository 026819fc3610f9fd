"""Store queries for the report and the web app (read-mostly). Mixed into talentflow.store.Store.

Every query is parameterized. Events are read from the consolidated ``events`` table when it
holds rows; before consolidation has run, each ``event_mentions`` row stands for one event
(same columns, ``n_sources`` 1), so the report and the API work at every stage.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     s.web_count_events()
0
"""

from __future__ import annotations

from talentflow.store.events import event_filters

import json
from typing import Any

_EVENT_COLS = ("id, kind, person_id, person_name, org_id, org_name, role, date, started, "
               "tenure_months, dest_id, dest_name, scope, confidence")
_MENTION_AS_EVENT = (
    "SELECT m.id, m.kind, m.person_id, m.person_name, m.org_id, m.org_name, m.role, m.date, "
    "m.started, m.tenure_months, m.dest_id, m.dest_name, m.scope, m.confidence, "
    "1 AS n_sources, m.data FROM event_mentions m")
_EVENTS = f"SELECT {_EVENT_COLS}, n_sources, data FROM events"


def _rows(con: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


class WebMixin:
    """Queries behind the HTML report, the pages and the JSON API."""

    con: Any

    # -- which table holds the events --------------------------------------------------------
    def web_consolidated(self) -> bool:
        """True when the consolidated ``events`` table has rows (else mentions stand in)."""
        return self.con.execute("SELECT count(*) FROM events").fetchone()[0] > 0

    def _web_event_source(self) -> str:
        return _EVENTS if self.web_consolidated() else _MENTION_AS_EVENT

    @staticmethod
    def _web_filters(kind: str | None = None, org_id: str | None = None,
                     person_id: str | None = None, since: str | None = None,
                     until: str | None = None, involving: str | None = None,
                     ) -> tuple[str, list[Any]]:
        return event_filters(kind=kind, org_ids=[org_id] if org_id else None,
                             person_ids=[person_id] if person_id else None, since=since,
                             until=until, involving=[involving] if involving else None)

    def web_count_events(self, **filters: Any) -> int:
        """Number of events matching the filters (kind, org_id, person_id, since, until, involving)."""
        where, params = self._web_filters(**filters)
        sql = f"SELECT count(*) FROM ({self._web_event_source()}) e{where}"
        return self.con.execute(sql, params).fetchone()[0]

    def web_events(self, limit: int = 50, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """A page of events (dicts with the events columns; ``data`` parsed) ordered by date."""
        where, params = self._web_filters(**filters)
        sql = (f"SELECT * FROM ({self._web_event_source()}) e{where} "
               "ORDER BY date NULLS LAST, id LIMIT ? OFFSET ?")
        rows = _rows(self.con, sql, params + [int(limit), int(offset)])
        for r in rows:
            r["data"] = json.loads(r["data"]) if r.get("data") else {}
        return rows

    def web_event(self, event_id: str) -> dict[str, Any] | None:
        """One event by id (consolidated id, or a mention id before consolidation)."""
        for src in (_EVENTS, _MENTION_AS_EVENT):
            rows = _rows(self.con, f"SELECT * FROM ({src}) e WHERE id = ?", [event_id])
            if rows:
                rows[0]["data"] = json.loads(rows[0]["data"]) if rows[0].get("data") else {}
                return rows[0]
        return None

    # -- mentions, reasons, documents ----------------------------------------------------------
    def web_event_mentions(self, event_id: str) -> list[dict[str, Any]]:
        """Every mention of an event with its document's language, url, date and title."""
        sql = ("SELECT m.id, m.doc_id, m.kind, m.person_name, m.person_mention, m.org_name, "
               "m.org_mention, m.role, m.role_mention, m.date, m.span_start, m.span_end, "
               "m.confidence, d.lang, d.url, CAST(d.published AS VARCHAR) AS published, d.title "
               "FROM event_mentions m LEFT JOIN documents d ON d.id = m.doc_id "
               "WHERE m.id = ? OR m.event_id = ? "
               "OR m.id IN (SELECT mention_id FROM event_sources WHERE event_id = ?) "
               "ORDER BY d.published NULLS LAST, m.id")
        return _rows(self.con, sql, [event_id, event_id, event_id])

    def web_mention_reasons(self, mention_ids: list[str]) -> list[dict[str, Any]]:
        """Reasons of the given mentions with the document's language, url and date."""
        if not mention_ids:
            return []
        marks = ",".join("?" for _ in mention_ids)
        sql = ("SELECT r.mention_id, r.idx, r.driver, r.attributed_to, r.stance, r.evidence, "
               "m.doc_id, d.lang, d.url, CAST(d.published AS VARCHAR) AS published "
               "FROM reasons r JOIN event_mentions m ON m.id = r.mention_id "
               f"LEFT JOIN documents d ON d.id = m.doc_id WHERE r.mention_id IN ({marks}) "
               "ORDER BY r.mention_id, r.idx")
        return _rows(self.con, sql, list(mention_ids))

    def web_documents_meta(self, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
        """doc id -> {lang, url, published, title} for the given ids."""
        if not doc_ids:
            return {}
        marks = ",".join("?" for _ in doc_ids)
        sql = ("SELECT id, lang, url, CAST(published AS VARCHAR) AS published, title "
               f"FROM documents WHERE id IN ({marks})")
        return {r["id"]: r for r in _rows(self.con, sql, list(doc_ids))}

    def web_document_text(self, doc_id: str) -> str | None:
        """The text of a stored document, or None."""
        row = self.con.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    # -- entities -----------------------------------------------------------------------------
    def web_entity_names(self) -> list[dict[str, Any]]:
        """Every (id, type, name) seen in the events, the entities table and its aliases."""
        src = self._web_event_source()
        sql = (f"SELECT DISTINCT id, type, name FROM ("
               f"SELECT person_id AS id, 'person' AS type, person_name AS name FROM ({src}) a "
               f"UNION ALL SELECT org_id, 'org', org_name FROM ({src}) b "
               f"UNION ALL SELECT dest_id, 'org', dest_name FROM ({src}) c "
               "UNION ALL SELECT id, type, name FROM entities "
               "UNION ALL SELECT a.entity_id, e.type, a.text FROM aliases a "
               "JOIN entities e ON e.id = a.entity_id"
               ") t WHERE id IS NOT NULL AND name IS NOT NULL ORDER BY id, name")
        return _rows(self.con, sql, [])

    def web_mention_names(self) -> list[dict[str, Any]]:
        """(id, type, name) for the words documents used (person/org mentions)."""
        sql = ("SELECT DISTINCT id, type, name FROM ("
               "SELECT person_id AS id, 'person' AS type, person_mention AS name FROM event_mentions "
               "UNION ALL SELECT org_id, 'org', org_mention FROM event_mentions "
               "UNION ALL SELECT dest_id, 'org', dest_mention FROM event_mentions"
               ") t WHERE id IS NOT NULL AND name IS NOT NULL ORDER BY id")
        return _rows(self.con, sql, [])

    def web_stints(self, org_id: str | None = None) -> list[dict[str, Any]]:
        """Stints (optionally of one org) with dates as ISO strings."""
        sql = ("SELECT id, person_id, person_name, org_id, org_name, role, "
               "CAST(start_date AS VARCHAR) AS start_date, CAST(end_date AS VARCHAR) AS end_date, "
               "provenance FROM stints")
        params: list[Any] = []
        if org_id:
            sql += " WHERE org_id = ?"
            params.append(org_id)
        return _rows(self.con, sql + " ORDER BY start_date NULLS LAST, id", params)

    def web_org_counts(self) -> list[dict[str, Any]]:
        """Orgs with events: [{"org_id", "org_name", "departures", "arrivals", "claims", "total"}]."""
        sql = (f"SELECT org_id, any_value(org_name) AS org_name, "
               "count(*) FILTER (WHERE kind = 'departure') AS departures, "
               "count(*) FILTER (WHERE kind = 'arrival') AS arrivals, "
               "count(*) FILTER (WHERE kind = 'claim') AS claims, count(*) AS total "
               f"FROM ({self._web_event_source()}) e WHERE org_id IS NOT NULL "
               "GROUP BY org_id ORDER BY total DESC, org_id")
        return _rows(self.con, sql, [])
