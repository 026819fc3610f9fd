"""Which stints the metrics use: bad records reported, duplicates dropped, records over events.

Rules (docs/metrics.md, "Which stints count"):
- unknown start date → reported ("unknown start"), not used;
- end before start → reported ("end before start"), not used;
- a stint derived from events that overlaps a records stint of the same person and org is
  superseded by the record (records win; reported as "superseded by records");
- several stints with the same person, org and start → the first (records first, then by
  id) is used, the others are reported ("duplicate").

>>> import pandas as pd, datetime as dt
>>> from talentflow.metrics.engine import load_stints
>>> t = load_stints(pd.DataFrame({"person_id": ["p", "p", "q"], "org_id": ["o", "o", "o"],
...     "start_date": ["2020-01-01", "2020-01-01", "2021-01-01"], "end_date": [None, None, "2020-01-01"]}))
>>> sorted(issues(t).execute()["problem"])
['duplicate', 'end before start']
"""

from __future__ import annotations

import ibis
from ibis import _

FAR = "9999-12-31"


def _split(t):
    valid = t.start_date.notnull() & (t.end_date.isnull() | (t.end_date >= t.start_date))
    return t.filter(valid), t.filter(~valid)


def _superseded(v):
    """Event-derived stints overlapping a records stint of the same person and org."""
    far = ibis.literal(FAR, type="date")
    ev = v.filter(v.provenance == "events")
    rec = v.filter(v.provenance != "events").select(
        r_person=_.person_id, r_org=_.org_id, r_start=_.start_date,
        r_end=_.end_date.fill_null(far))
    j = ev.join(rec, [ev.person_id == rec.r_person, ev.org_id == rec.r_org,
                      rec.r_start <= ev.end_date.fill_null(far), rec.r_end >= ev.start_date])
    return j.select("id").distinct()


def _ranked(v):
    records_first = ibis.ifelse(v.provenance == "events", 1, 0)
    w = ibis.window(group_by=["person_id", "org_id", "start_date"],
                    order_by=[records_first, v.id])
    return v.mutate(_rank=ibis.row_number().over(w))


def clean(t, check_duplicates: bool = True):
    """The stints the metrics use (an Ibis expression with the raw table's columns)."""
    v, _bad = _split(t)
    sup = _superseded(v)
    v = v.anti_join(sup, "id")
    if check_duplicates:
        v = _ranked(v)
        v = v.filter(v._rank == 0).drop("_rank")
    return v


def issues(t):
    """Every stint the metrics do not use, with the problem: id, person_id, org_id,
    start_date, end_date, provenance, problem."""
    cols = ["id", "person_id", "org_id", "start_date", "end_date", "provenance"]
    v, bad = _split(t)
    bad = bad.select(*cols, problem=ibis.ifelse(bad.start_date.isnull(), "unknown start",
                                               "end before start"))
    sup_ids = _superseded(v)
    sup = v.semi_join(sup_ids, "id").select(*cols, problem=ibis.literal("superseded by records"))
    rest = _ranked(v.anti_join(sup_ids, "id"))
    dup = rest.filter(rest._rank > 0).select(*cols, problem=ibis.literal("duplicate"))
    return bad.union(sup).union(dup)
