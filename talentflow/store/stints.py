"""Store queries for stints (imported records and stints derived from events)."""

from __future__ import annotations

import json
from typing import Iterable

from talentflow.models import Stint


class StintsMixin:
    con: object

    def add_stints(self, stints: Iterable[Stint], replace_provenance: str | None = None) -> int:
        """Insert stints (ids are deterministic; an existing id is left as it is).

        With ``replace_provenance`` ("records" or "events"), first delete the stints of that
        provenance, all in one transaction.
        """
        n = 0
        with self.transaction():
            if replace_provenance:
                self.con.execute("DELETE FROM stints WHERE provenance = ?", [replace_provenance])
            for s in stints:
                if self.con.execute("SELECT 1 FROM stints WHERE id = ?", [s.id]).fetchone():
                    continue
                self.con.execute(
                    "INSERT INTO stints VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [s.id, s.person_id, s.person_name, s.org_id, s.org_name, s.role, s.start,
                     s.end, s.covariates.get("_start_precision"), s.covariates.get("_end_precision"),
                     s.provenance, s.source_ref,
                     json.dumps({k: v for k, v in s.covariates.items() if not k.startswith("_")},
                                default=str)])
                n += 1
        return n

    def stint_rows(self, provenance: str | None = None) -> list[dict]:
        """Stints as dicts (dates as datetime.date), optionally of one provenance, by id.

        >>> from talentflow.store import Store
        >>> with Store(":memory:") as s:
        ...     s.stint_rows("records")
        []
        """
        sql = ("SELECT id, person_id, person_name, org_id, org_name, role, start_date, end_date,"
               " start_precision, end_precision, provenance, source_ref, covariates FROM stints")
        params: list = []
        if provenance:
            sql += " WHERE provenance = ?"
            params.append(provenance)
        cur = self.con.execute(sql + " ORDER BY id", params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def stint_counts(self) -> dict[str, int]:
        """Number of stints per provenance, e.g. {"records": 120, "events": 7}."""
        return dict(self.con.execute(
            "SELECT provenance, count(*) FROM stints GROUP BY provenance ORDER BY 1").fetchall())

    def person_org_events(self) -> list[dict]:
        """Consolidated arrivals and departures that name a person and an org (for stint
        derivation): id, kind, person/org/dest ids and names, role, date, started,
        tenure_months; ordered by person, org, date."""
        cur = self.con.execute(
            "SELECT id, kind, person_id, person_name, org_id, org_name, role, date, started,"
            " tenure_months, dest_id, dest_name FROM events"
            " WHERE kind IN ('arrival', 'departure') AND person_id IS NOT NULL"
            " AND org_id IS NOT NULL ORDER BY person_id, org_id, date NULLS LAST, id")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def event_reason_rows(self) -> list[dict]:
        """One row per reason of a consolidated event (claims included): event_id, kind,
        org_id, driver, stance, attributed_to, doc_id; and a row with driver None for an
        event without reasons (so departures are counted)."""
        out = []
        for eid, kind, org_id, data in self.con.execute(
                "SELECT id, kind, org_id, data FROM events WHERE org_id IS NOT NULL"
                " ORDER BY id").fetchall():
            reasons = (json.loads(data) if data else {}).get("reasons") or []
            if not reasons:
                out.append({"event_id": eid, "kind": kind, "org_id": org_id, "driver": None,
                            "stance": None, "attributed_to": None, "doc_id": None})
            for r in reasons:
                out.append({"event_id": eid, "kind": kind, "org_id": org_id,
                            "driver": r.get("driver"), "stance": r.get("stance", "asserted"),
                            "attributed_to": r.get("attributed_to"), "doc_id": r.get("doc_id")})
        return out
