"""Every turnover metric, defined once as an Ibis expression (run by DuckDB or PySpark).

Inputs are Ibis tables; outputs are Ibis expressions. Formulas: docs/metrics.md.
Durations are whole completed months (``months``), so both engines count them identically.

>>> import ibis, datetime as dt
>>> t = ibis.memtable({"org_id": ["a", "a"], "role": ["x", "x"], "person_id": ["p", "q"],
...     "start_date": [dt.date(2020, 1, 1)] * 2, "end_date": [dt.date(2020, 7, 1), None]})
>>> km(observations(prepare_obs(t), dt.date(2021, 1, 1)), ["org_id"]).execute()["survival"].tolist()
[0.5, 0.5]
"""

from __future__ import annotations

from datetime import date

import ibis
from ibis import _

from talentflow.metrics.dates import add_months

BY_KEYS = {"org": ["org_id"], "role": ["org_id", "role"], "cohort": ["org_id", "cohort"]}


def months(a, b):
    """Whole completed months from date expression ``a`` to ``b`` (see dates.months_between)."""
    return ((b.year() - a.year()) * 12 + (b.month() - a.month())
            - ibis.ifelse(b.day() < a.day(), 1, 0)).cast("int64")


def _lit(d: date):
    return ibis.literal(d, type="date")


def prepare_obs(t):
    """Add the derived columns every metric groups on: role (or "unknown"), cohort (start year)."""
    return t.mutate(role=t.role.fill_null("unknown"), cohort=t.start_date.year().cast("int64"))


def observations(t, as_of: date):
    """One row per stint started by ``as_of``: ``duration`` months and ``event`` (1 = left).

    A stint still open at as_of, or ending after it, is right-censored at as_of.
    """
    a = _lit(as_of)
    t = t.filter(t.start_date <= a)
    left = t.end_date.notnull() & (t.end_date <= a)
    stop = ibis.ifelse(left, t.end_date, a)
    return t.mutate(event=left.cast("int64"), duration=months(t.start_date, stop))


def _count(t):
    """Stints in a group: the sum of ``n`` over a ``lifetable``'s rows, else the row count."""
    return t.n.sum() if "n" in t.columns else t.count()


def _events(t):
    """Departures in a group: ``event`` weighted by ``n`` over a ``lifetable``."""
    return (t.event * t.n).sum() if "n" in t.columns else t.event.sum()


def lifetable(obs, keys: list[str], horizon: tuple[int, date] | None = None):
    """Stints per group, ``duration`` and ``event``: column ``n``. Every function here that
    takes ``obs`` (km, tenure, retention) accepts this table too and gives the same numbers,
    so one pass over the stints serves survival, median, retention and tenure of a grouping.
    ``horizon`` = (T, as_of) adds ``eligible`` (hired ≥ T months before as_of), so
    retention's naive share at T reads it too.

    >>> import datetime as dt
    >>> t = ibis.memtable({"org_id": ["a", "a", "a"], "duration": [3, 3, 5], "event": [1, 1, 0]})
    >>> lifetable(t, ["org_id"]).order_by("duration").execute()["n"].tolist()
    [2, 1]
    """
    extra = []  # (headcount's snapshot slots here too would cost more than their own pass)
    if horizon is not None:
        # months(start, as_of) ≥ T ⟺ start ≤ as_of moved back T months (day clipped): one
        # comparison per stint instead of a months() computation.
        cutoff = _lit(add_months(horizon[1], -horizon[0]))
        extra.append((obs.start_date <= cutoff).name("eligible"))
    return obs.group_by([*keys, "duration", "event", *extra]).aggregate(n=_count(obs))


def _wsum(t, flag):
    """How many stints ``flag`` holds for in a group (rows weighted by a lifetable's ``n``)."""
    f = flag.cast("int64")
    return (f * t.n).sum() if "n" in t.columns else f.sum()


def km(obs, keys: list[str]):
    """Kaplan–Meier table per group: one row per distinct duration with at_risk, events,
    censored and survival S(t) = Π_{t_i ≤ t} (1 − d_i / n_i) (computed as exp Σ log, as
    lifelines does; a factor of zero makes S zero from then on). ``obs``: observations, or
    their ``lifetable``."""
    agg = obs.group_by([*keys, "duration"]).aggregate(removed=_count(obs), events=_events(obs))
    rev = ibis.cumulative_window(group_by=keys, order_by=ibis.desc("duration"))
    agg = agg.mutate(at_risk=agg.removed.sum().over(rev))
    agg = agg.mutate(censored=agg.removed - agg.events)
    full = agg.events == agg.at_risk
    logf = ibis.ifelse(full, 0.0, (1.0 - agg.events.cast("float64") / agg.at_risk).ln())
    fwd = ibis.cumulative_window(group_by=keys, order_by="duration")
    agg = agg.mutate(_zero=full.cast("int64").max().over(fwd), _log=logf.sum().over(fwd))
    agg = agg.mutate(survival=ibis.ifelse(agg._zero > 0, 0.0, agg._log.exp()))
    return agg.select(*keys, "duration", "at_risk", "events", "censored", "survival")


def km_median(km_table, keys: list[str]):
    """Median survival per group: the first duration where S(t) ≤ 0.5 (null if never)."""
    groups = km_table.group_by(keys).aggregate(n=_.at_risk.max())
    med = (km_table.filter(km_table.survival <= 0.5 + 1e-12).group_by(keys)
           .aggregate(median_survival=_.duration.min()))
    return groups.left_join(med, keys).select(*keys, "n", "median_survival")


def retention(obs, keys: list[str], horizon: int, as_of: date, km_table=None):
    """Cohort retention at ``horizon`` months: KM S(T) and, beside it, the naive share of hires
    with full follow-up (hired ≥ T months before as_of) who had not left within T months.
    ``km_table``: km(obs, keys) if already computed. ``obs``: observations, or their
    ``lifetable`` with ``eligible`` for this horizon."""
    k = km(obs, keys) if km_table is None else km_table
    s = (k.filter(k.duration <= horizon).mutate(
        _r=ibis.row_number().over(group_by=keys, order_by=ibis.desc("duration")))
        .filter(_._r == 0).select(*keys, s_t=_.survival))
    eligible = (obs.eligible if "eligible" in obs.columns
                else months(obs.start_date, _lit(as_of)) >= horizon)
    stayed = ~((obs.event == 1) & (obs.duration <= horizon))
    naive = obs.group_by(keys).aggregate(
        hires=_count(obs), eligible=_wsum(obs, eligible), retained=_wsum(obs, eligible & stayed))
    out = naive.left_join(s, keys)
    return out.select(
        *keys, "hires", horizon_months=ibis.literal(horizon, "int64"),
        retention_km=out.s_t.fill_null(1.0),
        retention_naive=ibis.ifelse(out.eligible > 0,
                                    out.retained.cast("float64") / out.eligible, ibis.null()),
        eligible=out.eligible, retained=out.retained)


def tenure(obs, keys: list[str]):
    """Tenure in months per group, leavers (left by as_of) and stayers kept apart:
    count, mean and exact median (mean of the ⌊(n+1)/2⌋-th and (⌊n/2⌋+1)-th values).
    ``obs``: observations, or their ``lifetable``."""
    gk = [*keys, "event"]
    c = obs.group_by([*gk, "duration"]).aggregate(k=_count(obs))
    c = c.mutate(cum=c.k.sum().over(ibis.cumulative_window(group_by=gk, order_by="duration")),
                 tot=c.k.sum().over(ibis.window(group_by=gk)))
    lo = (c.tot + 1) // 2
    hi = c.tot // 2 + 1
    leaver, stayer = c.event == 1, c.event == 0

    def stats(mask, name):
        return {f"n_{name}": c.k.sum(where=mask),
                f"_lo_{name}": c.duration.min(where=mask & (c.cum >= lo)),
                f"_hi_{name}": c.duration.min(where=mask & (c.cum >= hi)),
                f"_sum_{name}": (c.k * c.duration).sum(where=mask)}

    g = c.group_by(keys).aggregate(**stats(leaver, "leavers"), **stats(stayer, "stayers"))
    cols = {}
    for name in ("leavers", "stayers"):
        n = g[f"n_{name}"].fill_null(0)
        cols[f"n_{name}"] = n
        cols[f"median_tenure_{name}"] = (g[f"_lo_{name}"] + g[f"_hi_{name}"]).cast("float64") / 2
        cols[f"mean_tenure_{name}"] = ibis.ifelse(
            n > 0, g[f"_sum_{name}"].cast("float64") / n, ibis.null())
    return g.select(*keys, **cols)


def _slot(d, snaps: list[date]):
    """Index of the first snapshot on or after day ``d`` (``len(snaps)`` if none or d null):
    a stint started on ``d`` counts at snapshot i iff i ≥ slot; one ended on ``d`` stops
    counting at snapshot i iff i ≥ slot."""
    # Most days fall before the first snapshot or after the last (or are null): test those
    # first, so the other comparisons run on the few rows left.
    k = len(snaps)
    return ibis.cases((d <= _lit(snaps[0]), 0), (d.isnull() | (d > _lit(snaps[-1])), k),
                      *[(d <= _lit(x), i) for i, x in enumerate(snaps) if i], else_=k)


def _spans(t, keys: list[str], snaps: list[date], window=None):
    """One pass for headcount and attrition: stints per group, start slot ``_s``, end slot
    ``_e`` and ``_d`` (ended inside ``window`` = (start, end], if given)."""
    d = ibis.literal(False)
    if window is not None:
        d = t.end_date.notnull() & (t.end_date > _lit(window[0])) & (t.end_date <= _lit(window[1]))
    return t.group_by([*keys, _slot(t.start_date, snaps).name("_s"),
                       _slot(t.end_date, snaps).name("_e"), d.name("_d")]).aggregate(n=_.count())


def _headcount(spans, keys: list[str], snaps: list[date]):
    """Headcount per group and snapshot from ``_spans``: groups with a stint started by the
    last snapshot, on every snapshot."""
    k = len(snaps)
    idx = ibis.memtable({"_i": list(range(k)), "snapshot": snaps}).cast({"snapshot": "date"})
    g = spans.filter(spans._s < k).cross_join(idx)
    on = (g._s <= g._i) & (g._e > g._i)
    out = g.group_by([*keys, "snapshot"]).aggregate(headcount=g.n.sum(where=on))
    return out.select(*keys, "snapshot", headcount=out.headcount.fill_null(0).cast("int64"))


def headcount(t, keys: list[str], snapshots: list[date]):
    """Headcount per group on each snapshot day d: stints with start ≤ d and (no end or
    end > d). One pass: each stint is placed by the first snapshot on or after its start and
    its end (``_slot``), then counted on the snapshots between."""
    snaps = sorted(set(snapshots))
    return _headcount(_spans(t, keys, snaps), keys, snaps)


def attrition(t, keys: list[str], window_start: date, window_end: date, snapshots: list[date]):
    """Attrition over (window_start, window_end]: departures in the window ÷ mean headcount
    over the monthly snapshots (window_start, +1 month, …, window_end). One pass over ``t``."""
    snaps = sorted(set(snapshots))
    spans = _spans(t, keys, snaps, (window_start, window_end))
    hc = _headcount(spans, keys, snaps)
    mean_hc = hc.group_by(keys).aggregate(mean_headcount=_.headcount.mean(),
                                          headcount_start=_.headcount.min(
                                              where=hc.snapshot == _lit(window_start)))
    dep = spans.filter(spans._d).group_by(keys).aggregate(departures=_.n.sum())
    out = mean_hc.left_join(dep, keys)
    d = out.departures.fill_null(0).cast("int64")
    return out.select(*keys, departures=d, mean_headcount=out.mean_headcount,
                      attrition=ibis.ifelse(out.mean_headcount > 0,
                                            d.cast("float64") / out.mean_headcount, ibis.null()))


def sequence(t):
    """One pass over each person's stints ordered by (start, org): per stint, the next stint's
    org and start (``next_org``, ``next_start``; null for the last) and ``dup`` = 1 when that
    next stint has the same org and start (duplicates are adjacent in this order, so the
    flag needs no second window function). The one sort every metric's input goes through;
    person and id are dropped after it."""
    w = ibis.window(group_by="person_id", order_by=["start_date", "org_id"])
    s = t.mutate(next_org=t.org_id.lead().over(w), next_start=t.start_date.lead().over(w))
    same = (s.next_start == s.start_date) & (s.next_org == s.org_id)
    s = s.mutate(dup=same.fill_null(False).cast("int64"))
    return s.drop(*[c for c in ("id", "person_id") if c in s.columns])


def moves(seq, as_of: date, keys: tuple[str, ...] = ()):
    """The flow pass, summarised: per (org, *keys, ``dst``, ``gap``), ``n`` stints that ended
    by as_of and ``dup`` duplicates (ended or not). ``dst`` is the person's next stint's org
    (null for the last stint); ``gap`` the months from the end to that start when it is a
    move (the stint ended by as_of, the next one is at another org and starts by as_of),
    else null. ``flows`` reads it for any gap tolerance; it is small (orgs × keys ×
    destinations × gaps), so it is cheap to keep.
    ``seq``: stints with person_id, or their ``sequence``."""
    a = _lit(as_of)
    s = seq if "next_org" in seq.columns else sequence(
        seq.select("person_id", "org_id", "start_date", "end_date", *keys))
    left = s.end_date.notnull() & (s.end_date <= a)
    to = left & (s.next_org != s.org_id) & (s.next_start <= a)  # null when no next stint
    # dst is the next org as it is (a second CASE costs more than the few extra groups)
    s = s.mutate(dst=s.next_org, _left=left.cast("int64"),
                 gap=ibis.ifelse(to, months(s.end_date, s.next_start), ibis.null("int64")))
    return s.group_by(["org_id", *keys, "dst", "gap"]).aggregate(n=_._left.sum(), dup=_.dup.sum())


def flows(t, as_of: date, gap_months: int, keys: tuple[str, ...] = ()):
    """Flow matrix F(A→B): stints at A that ended by as_of whose person's next stint (by
    start, then org) is at B ≠ A and starts by as_of, no more than ``gap_months`` after the
    end; with departures from A, share F/departures, reverse flow F(B→A) and the ratio
    F(A→B)/F(B→A). ``t``: stints, their ``sequence``, or their ``moves`` (same as_of, with
    ``keys`` among its keys)."""
    # (start, org) orders a person's stints totally once duplicates (same person, org,
    # start) are removed by the checks.
    m = t if "gap" in t.columns else moves(t, as_of, keys)
    m = m.filter(m.n > 0)
    moved = m.gap.notnull() & (m.gap <= gap_months)
    # One pass: departures per (A, destination-or-null).
    pairs = m.group_by(["org_id", *keys, ibis.ifelse(moved, m.dst, ibis.null("string")).name("dst")]
                       ).aggregate(n=m.n.sum())
    dep = pairs.group_by(["org_id", *keys]).aggregate(departures=_.n.sum()).rename(src="org_id")
    f = pairs.filter(pairs.dst.notnull()).select("dst", *keys, src="org_id", flow="n")
    rev = f.select(*keys, rsrc=f.dst, rdst=f.src, reverse_flow=f.flow)
    pred = [f.src == rev.rsrc, f.dst == rev.rdst, *[f[k] == rev[k] for k in keys]]
    j = f.left_join(rev, pred)
    j = j.select(*keys, "src", "dst", "flow", reverse_flow=j.reverse_flow.fill_null(0))
    j = j.left_join(dep, ["src", *keys]).select(*keys, "src", "dst", "flow", "reverse_flow",
                                                "departures")
    return j.select(
        "src", "dst", *keys, "flow", "reverse_flow",
        ratio=ibis.ifelse(j.reverse_flow > 0, j.flow.cast("float64") / j.reverse_flow,
                          ibis.null()),
        departures=j.departures,
        share=j.flow.cast("float64") / j.departures)


def drivers(reasons, departures):
    """Drivers per org from consolidated events' reasons: events and claims citing each
    driver, asserted/denied counts, distinct source documents, and the share of the org's
    departure events that cite it. ``reasons``: org_id, event_id, kind, driver, stance,
    attributed_to, doc_id; ``departures``: org_id, event_id."""
    ev = reasons.kind != "claim"
    g = reasons.group_by(["org_id", "driver"]).aggregate(
        n_events=reasons.event_id.nunique(where=ev),
        n_claims=reasons.event_id.nunique(where=~ev),
        asserted=(reasons.stance != "denied").cast("int64").sum(),
        denied=(reasons.stance == "denied").cast("int64").sum(),
        n_sources=reasons.doc_id.nunique())
    nd = departures.group_by("org_id").aggregate(n_departures=_.event_id.nunique())
    j = g.left_join(nd, "org_id").select(*g.columns, n_departures=_.n_departures.fill_null(0))
    return j.mutate(share_of_departures=ibis.ifelse(
        j.n_departures > 0, j.n_events.cast("float64") / j.n_departures, ibis.null()))
