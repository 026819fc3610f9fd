"""Drivers per org from consolidated events' reasons (interfaces.md item 3), via Ibis.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     _ = s.con.execute("INSERT INTO events (id, kind, person_id, org_id, data) VALUES "
...         "('e1', 'departure', 'person:a', 'org:x', "
...         "'{\\"reasons\\": [{\\"driver\\": \\"poached\\", \\"stance\\": \\"asserted\\", \\"doc_id\\": \\"d1\\"}]}')")
...     drivers(s)[["org_id", "driver", "n_events", "share_of_departures"]].values.tolist()
[['org:x', 'poached', 1, 1.0]]
"""

from __future__ import annotations

from typing import Any

import ibis
import pandas as pd

from talentflow.lang import drivers_table
from talentflow.metrics import exprs
from talentflow.metrics.engine import backend

_SCHEMA = {"event_id": "string", "kind": "string", "org_id": "string", "driver": "string",
           "stance": "string", "attributed_to": "string", "doc_id": "string"}


def _families() -> dict[str, str]:
    return {code: d.get("family") for code, d in drivers_table().items()}


def drivers(store: Any, org: str | list[str] | None = None, engine: str = "duckdb",
            spark_master: str | None = None) -> pd.DataFrame:
    """Per org and driver: n_events (non-claim events citing it), n_claims, asserted,
    denied, n_sources (distinct documents), n_departures (the org's departure events) and
    share_of_departures; sorted by org, then n_events descending."""
    rows = store.event_reason_rows()
    df = pd.DataFrame(rows, columns=list(_SCHEMA)).astype(object)
    df = df.where(df.notna(), None)
    con = backend(engine, spark_master)
    t = ibis.memtable(df, schema=ibis.schema(_SCHEMA))
    if engine == "spark":
        t = con.create_view("tf_reasons", t, overwrite=True)
    reasons = t.filter(t.driver.notnull())
    deps = t.filter(t.kind == "departure").select("org_id", "event_id")
    out = exprs.drivers(reasons, deps)
    orgs = [org] if isinstance(org, str) else org
    if orgs:
        out = out.filter(out.org_id.isin(orgs))
    res = con.execute(out)
    fam = _families()
    res.insert(2, "family", res["driver"].map(lambda d: fam.get(d)))
    for c in ("n_events", "n_claims", "asserted", "denied", "n_sources", "n_departures"):
        res[c] = res[c].fillna(0).astype("int64")
    res["share_of_departures"] = res["share_of_departures"].astype("float64")
    return res.sort_values(["org_id", "n_events", "n_claims", "driver"],
                           ascending=[True, False, False, True], kind="mergesort").reset_index(drop=True)
