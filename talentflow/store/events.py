"""Store queries for consolidated events and event_sources. Mixed into talentflow.store.Store.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     s.list_events()
[]
"""

from __future__ import annotations

import json
from typing import Any

_EVENT_COLS = ("id", "kind", "person_id", "person_name", "org_id", "org_name", "role", "date",
               "started", "tenure_months", "dest_id", "dest_name", "scope", "n_sources",
               "confidence", "conflicts", "data")


def event_filters(kind: str | None = None, org_ids: list[str] | None = None,
                  person_ids: list[str] | None = None, since: str | None = None,
                  until: str | None = None, involving: list[str] | None = None,
                  ) -> tuple[str, list[Any]]:
    """A parameterized WHERE clause over events (or mentions standing in for them).

    ``org_ids`` and ``person_ids`` match the org left/joined and the person; ``involving``
    matches the org left/joined or the destination; dates compare as ISO strings.

    >>> event_filters(kind="departure", involving=["org:xai"], since="2025")
    (' WHERE kind = ? AND (org_id IN (?) OR dest_id IN (?)) AND date >= ?', ['departure', 'org:xai', 'org:xai', '2025'])
    """
    where: list[str] = []
    params: list[Any] = []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    for col, ids in (("org_id", org_ids), ("person_id", person_ids)):
        if ids:
            where.append(f"{col} IN ({', '.join('?' * len(ids))})")
            params += list(ids)
    if involving:
        marks = ", ".join("?" * len(involving))
        where.append(f"(org_id IN ({marks}) OR dest_id IN ({marks}))")
        params += list(involving) * 2
    for op, val in ((">=", since), ("<=", until)):
        if val:
            where.append(f"date {op} ?")
            params.append(val)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _schema():
    import pyarrow as pa

    types = {"tenure_months": pa.int32(), "n_sources": pa.int32(), "confidence": pa.float64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in _EVENT_COLS])


class EventsMixin:
    con: Any

    def mention_records(self) -> list[dict]:
        """Every event mention as {"id", "doc_id", "data": events.md dict}, in id order; the
        source's url, published and lang are filled from its document when missing."""
        rows = self.con.execute(
            "SELECT m.id, m.doc_id, m.data, d.url, d.published, d.lang FROM event_mentions m "
            "LEFT JOIN documents d ON d.id = m.doc_id ORDER BY m.id").fetchall()
        out = []
        for mid, doc_id, data, url, published, lang in rows:
            d = json.loads(data)
            src = d.get("source") or {"doc": doc_id, "span": [0, 0]}
            for k, v in (("url", url), ("published", published), ("lang", lang)):
                if not src.get(k) and v is not None:
                    src[k] = str(v)
            d["source"] = src
            out.append({"id": mid, "doc_id": doc_id, "data": d})
        return out

    def replace_events(self, events: list[dict]) -> None:
        """Make ``events`` (consolidated dicts, each with "sources") the whole events table,
        link event_sources and event_mentions.event_id, in one transaction (bulk inserts)."""
        import pyarrow as pa

        rows = [_event_row(ev) for ev in events]
        ev_tbl = pa.table({c: [r[i] for r in rows] for i, c in enumerate(_EVENT_COLS)},
                          schema=_schema())
        links = [(ev["id"], s["mention_id"], s["doc_id"]) for ev in events for s in ev["sources"]]
        link_tbl = pa.table({"event_id": [x[0] for x in links], "mention_id": [x[1] for x in links],
                             "doc_id": [x[2] for x in links]},
                            schema=pa.schema([("event_id", pa.string()), ("mention_id", pa.string()),
                                              ("doc_id", pa.string())]))
        with self.transaction():
            self.con.execute("DELETE FROM event_sources")
            self.con.execute("DELETE FROM events")
            self.con.execute("UPDATE event_mentions SET event_id = NULL WHERE event_id IS NOT NULL")
            self.con.register("_tf_events", ev_tbl)
            self.con.register("_tf_links", link_tbl)
            try:
                cols = ", ".join(_EVENT_COLS)
                self.con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _tf_events")
                self.con.execute("INSERT INTO event_sources SELECT DISTINCT event_id, mention_id, "
                                 "doc_id FROM _tf_links")
                self.con.execute("UPDATE event_mentions SET event_id = l.event_id FROM _tf_links l "
                                 "WHERE event_mentions.id = l.mention_id")
            finally:
                self.con.unregister("_tf_events")
                self.con.unregister("_tf_links")

    def list_events(self, org_ids: list[str] | None = None, person_ids: list[str] | None = None,
                    since: str | None = None, kind: str | None = None) -> list[dict]:
        """Consolidated events (their data dicts), newest date first; filters are optional.
        ``org_ids`` matches the org left/joined or the destination."""
        where, params = event_filters(involving=org_ids, person_ids=person_ids, since=since,
                                      kind=kind)
        sql = f"SELECT data FROM events{where} ORDER BY date DESC NULLS LAST, id"
        return [json.loads(r[0]) for r in self.con.execute(sql, params).fetchall()]

    def get_event(self, event_id: str) -> dict | None:
        """One consolidated event with "mentions": the full mention dicts of its sources.
        Accepts a unique id prefix."""
        rows = self.con.execute("SELECT id, data FROM events WHERE id = ? OR id LIKE ? "
                                "ORDER BY id", [event_id, event_id + "%"]).fetchall()
        exact = [r for r in rows if r[0] == event_id]
        rows = exact or rows
        if len(rows) != 1:
            return None
        ev = json.loads(rows[0][1])
        ms = self.con.execute(
            "SELECT m.id, m.data FROM event_sources s JOIN event_mentions m ON m.id = s.mention_id "
            "WHERE s.event_id = ? ORDER BY m.id", [ev["id"]]).fetchall()
        ev["mentions"] = [dict(json.loads(d), mention_id=i) for i, d in ms]
        return ev


def _event_row(ev: dict) -> list[Any]:
    person, org, dest = ev.get("person") or {}, ev.get("org") or {}, ev.get("destination") or {}
    return [ev["id"], ev["kind"], person.get("id"), person.get("name"), org.get("id"),
            org.get("name"), ev.get("role"), ev.get("date"), ev.get("started"),
            ev.get("tenure_months"), dest.get("id"), dest.get("name"), ev.get("scope"),
            ev.get("n_sources"), ev.get("confidence"),
            json.dumps(ev.get("conflicts") or {}, ensure_ascii=False),
            json.dumps(ev, ensure_ascii=False)]
