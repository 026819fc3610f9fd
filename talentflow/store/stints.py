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
