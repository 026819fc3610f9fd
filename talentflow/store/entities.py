"""Store queries for entities and aliases (user KB additions, learned aliases). Mixed into talentflow.store.Store.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     s.add_entity({"id": "org:acme", "type": "org", "name": "Acme", "aliases": []})
...     [e["id"] for e in s.user_entities()]
['org:acme']
"""

from __future__ import annotations

import json
from typing import Any

from talentflow.lang.normalize import normalize


class EntitiesMixin:
    con: Any

    def add_entity(self, entity: dict, source: str = "user") -> None:
        """Insert or replace an entity (its KB JSON form) and its aliases."""
        d = dict(entity, source=source)
        with self.transaction():
            self.con.execute("DELETE FROM entities WHERE id = ?", [d["id"]])
            self.con.execute("INSERT INTO entities VALUES (?,?,?,?,?)",
                             [d["id"], d["type"], d["name"], source,
                              json.dumps(d, ensure_ascii=False)])
            for a in d.get("aliases") or []:
                self.add_alias(d["id"], a["text"], a.get("lang"), a.get("source") or source)

    def add_alias(self, entity_id: str, text: str, lang: str | None, source: str) -> bool:
        """Record an alias (user-given or learned from a document); False if already there."""
        if self.con.execute("SELECT 1 FROM aliases WHERE entity_id = ? AND text = ?",
                            [entity_id, text]).fetchone():
            return False
        self.con.execute("INSERT INTO aliases VALUES (?,?,?,?,?)",
                         [entity_id, text, normalize(text), lang, source])
        return True

    def user_entities(self) -> list[dict]:
        """Entities added by users or minted from text, in their KB JSON form."""
        rows = self.con.execute("SELECT data FROM entities ORDER BY id").fetchall()
        return [json.loads(r[0]) for r in rows]

    def alias_rows(self, entity_id: str | None = None) -> list[dict]:
        """Stored aliases: {entity_id, text, norm, lang, source}."""
        sql = "SELECT entity_id, text, norm, lang, source FROM aliases"
        params: list[Any] = []
        if entity_id:
            sql += " WHERE entity_id = ?"
            params.append(entity_id)
        cur = self.con.execute(sql + " ORDER BY entity_id, text", params)
        return [dict(zip(("entity_id", "text", "norm", "lang", "source"), r))
                for r in cur.fetchall()]

    def document_texts(self, only_unconsolidated: bool = False) -> list[tuple[str, str]]:
        """(id, text) of stored documents, for alias learning; with ``only_unconsolidated``,
        just those holding event mentions not yet linked to an event (new since last time)."""
        sql = "SELECT id, text FROM documents"
        if only_unconsolidated:
            sql += (" WHERE id IN (SELECT doc_id FROM event_mentions WHERE event_id IS NULL)")
        return [(r[0], r[1]) for r in self.con.execute(sql + " ORDER BY id").fetchall()]
