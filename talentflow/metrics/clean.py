"""Which stints the metrics use: bad records reported, duplicates dropped, records over events.

Rules (docs/metrics.md, "Which stints count"):
- unknown start date → reported ("unknown start"), not used;
- end before start → reported ("end before start"), not used;
- a stint derived from events that overlaps a records stint of the same person and org is
  superseded by the record (records win; reported as "superseded by records");
- several stints with the same person, org and start → the first (records first, then by
  id) is used, the others are reported ("duplicate").

Cost: one scan, one hash aggregation on (person, org, start) (only the candidates it finds
are ranked), and a join of the (few) event-derived stints against records. The metrics
then run on the raw table minus the (usually empty) set of reported ids.

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
ISSUE_COLS = ["id", "person_id", "org_id", "start_date", "end_date", "provenance"]


def valid(t):
    """The filter: start known and end (if any) not before start. Written as one comparison,
    ``coalesce(end, start) >= start`` (null, so false, when start is unknown): DuckDB filters
    it in a third of the time of the equivalent ``start is not null and (end is null or
    end >= start)``, and every metric's pass over unchecked stints applies it."""
    return t.end_date.fill_null(t.start_date) >= t.start_date


def invalid(t):
    """The boolean expression (never null) for stints ``valid`` drops."""
    return t.start_date.isnull() | (t.end_date.notnull() & (t.end_date < t.start_date))


def _superseded(v):
    """Ids of event-derived stints overlapping a records stint of the same person and org."""
    far = ibis.literal(FAR, type="date")
    ev = v.filter(v.provenance == "events")
    rec = v.filter(v.provenance != "events").select(
        r_person=_.person_id, r_org=_.org_id, r_start=_.start_date,
        r_end=_.end_date.fill_null(far))
    j = ev.join(rec, [ev.person_id == rec.r_person, ev.org_id == rec.r_org,
                      rec.r_start <= ev.end_date.fill_null(far), rec.r_end >= ev.start_date])
    return j.select("id").distinct()


def _duplicates(v):
    """Stints sharing person, org and start with an earlier one (records first, then id)."""
    key = ["person_id", "org_id", "start_date"]
    cand = v.group_by(key).aggregate(_n=_.count()).filter(_._n > 1).drop("_n")
    c = v.semi_join(cand, key)
    records_first = ibis.ifelse(c.provenance == "events", 1, 0)
    w = ibis.window(group_by=key, order_by=[records_first, c.id])
    c = c.mutate(_rank=ibis.row_number().over(w))
    return c.filter(c._rank > 0).drop("_rank")


def issues(t, has_events: bool | None = None):
    """Every stint the metrics do not use, with the problem: id, person_id, org_id,
    start_date, end_date, provenance, problem. ``has_events``: whether any stint is
    event-derived (None = look)."""
    ok = valid(t)
    bad = t.filter(invalid(t))
    bad = bad.select(*ISSUE_COLS, problem=ibis.ifelse(bad.start_date.isnull(), "unknown start",
                                                     "end before start"))
    v = t.filter(ok)
    if has_events is None:
        has_events = bool(t.filter(t.provenance == "events").limit(1).count().execute())
    if not has_events:  # nothing can be superseded: skip the join
        return bad.union(_duplicates(v).select(*ISSUE_COLS, problem=ibis.literal("duplicate")))
    sup_ids = _superseded(v)
    sup = v.semi_join(sup_ids, "id").select(*ISSUE_COLS,
                                            problem=ibis.literal("superseded by records"))
    dup = _duplicates(v.anti_join(sup_ids, "id")).select(*ISSUE_COLS,
                                                         problem=ibis.literal("duplicate"))
    return bad.union(sup).union(dup)


def clean(t, excluded_ids=None):
    """The stints the metrics use: valid ones minus ``excluded_ids`` (an Ibis table with an
    ``id`` column, e.g. from ``issues``; None = compute them here)."""
    if excluded_ids is None:
        excluded_ids = issues(t).select("id")
    return t.filter(valid(t)).anti_join(excluded_ids, "id")
