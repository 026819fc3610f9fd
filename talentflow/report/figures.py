"""Figures and chart series for one org: summary, timeline, tenure, survival, flows.

Metrics come from ``talentflow.metrics`` when its functions are importable and accept the
call; otherwise they are computed here from the brief and the stints table (small data).

>>> kaplan_meier([(3, True), (12, True), (20, False)])[1]
{'t': 3.0, 's': 0.667, 'at_risk': 3, 'events': 1}
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date
from typing import Any

from talentflow.report.data import months_between


def kaplan_meier(durations: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Kaplan–Meier steps from (duration, observed) pairs: [{"t", "s", "at_risk", "events"}].

    Censored durations (observed False) leave the risk set after ties of events at the
    same time, as in lifelines.
    """
    steps = [{"t": 0.0, "s": 1.0, "at_risk": len(durations), "events": 0}]
    s = 1.0
    times = sorted({float(t) for t, obs in durations if obs})
    for t in times:
        at_risk = sum(1 for d, _ in durations if float(d) >= t)
        events = sum(1 for d, obs in durations if obs and float(d) == t)
        if at_risk:
            s *= 1 - events / at_risk
        steps.append({"t": t, "s": round(s, 3), "at_risk": at_risk, "events": events})
    return steps


def survival_at(steps: list[dict[str, Any]], t: float) -> float | None:
    """S(t) from Kaplan–Meier steps (None when no step reaches t)."""
    val = None
    for st in steps:
        if st["t"] <= t:
            val = st["s"]
    return val


def _year_frac(iso: str | None) -> float | None:
    if not iso or len(iso) < 4 or not iso[:4].isdigit():
        return None
    y = int(iso[:4])
    m = int(iso[5:7]) if len(iso) >= 7 and iso[5:7].isdigit() else 7
    d = int(iso[8:10]) if len(iso) >= 10 and iso[8:10].isdigit() else 15
    return y + (m - 1) / 12 + (d - 1) / 365


def timeline(brief: dict[str, Any]) -> list[dict[str, Any]]:
    """Dated departures and arrivals: [{"x": year fraction, "kind", "name", "date", "event_id"}]."""
    out = []
    for kind, key in (("departure", "departures"), ("arrival", "arrivals")):
        for e in brief.get(key) or []:
            x = _year_frac(e.get("date"))
            if x is not None:
                out.append({"x": x, "kind": kind, "date": e["date"], "event_id": e["event_id"],
                            "name": (e.get("person") or {}).get("name") or "?"})
    return sorted(out, key=lambda p: p["x"])


def tenure_bars(brief: dict[str, Any]) -> list[dict[str, Any]]:
    """Leavers with a known tenure, longest first: [{"name", "months", "event_id"}]."""
    bars = [{"name": (e.get("person") or {}).get("name") or "?", "months": e["tenure_months"],
             "event_id": e["event_id"]}
            for e in brief.get("departures") or [] if e.get("tenure_months") is not None]
    return sorted(bars, key=lambda b: -b["months"])


def flows(brief: dict[str, Any], inflows: list[dict[str, Any]]) -> dict[str, Any]:
    """Where people went and came from: {"org", "out": [{"name","id","n"}], "in": [...]}.

    ``inflows`` are departures from other orgs whose destination is this org.
    """
    out = Counter()
    names: dict[str | None, str] = {}
    for e in brief.get("departures") or []:
        dest = e.get("destination") or {}
        out[dest.get("id")] += 1
        names[dest.get("id")] = dest.get("name") or ""
    inc = Counter()
    for e in inflows:
        org = e.get("org") or {}
        inc[org.get("id")] += 1
        names[org.get("id")] = org.get("name") or ""

    def rows(c: Counter) -> list[dict[str, Any]]:
        rows = [{"id": k, "name": names.get(k) or None, "n": n} for k, n in c.items()]
        return sorted(rows, key=lambda r: (-r["n"], r["id"] is None, r["name"] or ""))

    return {"org": brief["org"], "out": rows(out), "in": rows(inc)}


def durations(brief: dict[str, Any], stints: list[dict[str, Any]], as_of: str | None
              ) -> tuple[list[tuple[float, bool]], str]:
    """(duration months, observed) for survival, and the basis: "records" | "events" | "none".

    Stints (records or derived) are used when there are any for the org; else departures
    with a tenure (observed) and dated arrivals (censored at ``as_of``).
    """
    if stints:
        out = []
        for s in stints:
            end = s.get("end_date") or as_of
            n = months_between(s.get("start_date"), end)
            if n is not None:
                out.append((float(n), s.get("end_date") is not None))
        if out:
            return out, "records"
    out = [(float(e["tenure_months"]), True) for e in brief.get("departures") or []
           if e.get("tenure_months") is not None]
    for e in brief.get("arrivals") or []:
        n = months_between(e.get("date"), as_of)
        if n is not None:
            out.append((float(n), False))
    return out, ("events" if out else "none")


def as_of_date(brief: dict[str, Any]) -> str:
    """The latest date the brief knows (a source's publication or an event), else today."""
    dates = [x.get("published") for k in ("departures", "arrivals")
             for e in brief.get(k) or [] for x in e.get("sources") or []]
    dates += [e.get("date") for k in ("departures", "arrivals") for e in brief.get(k) or []]
    dates = [str(d) for d in dates if d]
    return max(dates) if dates else date.today().isoformat()


def summary(brief: dict[str, Any], km: list[dict[str, Any]], basis: str) -> dict[str, Any]:
    """Headline figures: departures, arrivals, median tenure of leavers, 12-month retention."""
    tenures = [e["tenure_months"] for e in brief.get("departures") or []
               if e.get("tenure_months") is not None]
    horizon = max((st["t"] for st in km), default=0)
    retention = survival_at(km, 12) if basis == "records" and horizon >= 12 else None
    return {
        "departures": len(brief.get("departures") or []),
        "arrivals": len(brief.get("arrivals") or []),
        "median_tenure": statistics.median(tenures) if tenures else None,
        "n_tenure": len(tenures),
        "retention_12": retention,
        "n_sources": len({x.get("doc_id") for k in ("departures", "arrivals")
                          for e in brief.get(k) or [] for x in e.get("sources") or []}
                         - {None}),
    }


def figures(store: Any, brief: dict[str, Any]) -> dict[str, Any]:
    """All figures for the report of ``brief``'s org."""
    from talentflow.report.data import load_events

    org_id = brief["org"]["id"]
    inflows = [e for e in load_events(store, kind="departure", involving=org_id,
                                      since=brief.get("since"))
               if (e.get("destination") or {}).get("id") == org_id]
    as_of = as_of_date(brief)
    stints = store.web_stints(org_id)
    durs, basis = durations(brief, stints, as_of)
    km = kaplan_meier(durs) if len(durs) >= 2 else []
    f_km, f_ret = metrics_survival(store, org_id) if stints else (None, None)
    if f_km:
        km, durs = f_km, [None] * f_km[0]["at_risk"]
    summ = summary(brief, km, basis)
    if f_ret is not None:
        summ["retention_12"] = f_ret
    return {
        "records": metrics_records(store, org_id) if stints else {},
        "summary": summ, "timeline": timeline(brief),
        "tenure": tenure_bars(brief), "flows": flows(brief, inflows),
        "survival": {"steps": km, "basis": basis, "n": len(durs), "as_of": as_of},
    }


def metrics_survival(store: Any, org_id: str) -> tuple[list[dict[str, Any]] | None, float | None]:
    """Kaplan–Meier steps and 12-month KM retention from ``talentflow.metrics`` (the numbers
    ``talentflow metrics`` prints), or (None, None) when that package cannot answer."""
    try:
        from talentflow import metrics as M

        sv = M.survival(store, org=org_id)
        ret = M.retention(store, org=org_id, horizon=12)
    except Exception:  # metrics unavailable or failing: the report computes its own
        return None, None
    sv = sv[sv["org_id"] == org_id] if "org_id" in sv else sv
    if sv.empty:
        return None, None
    first = int(sv["at_risk"].iloc[0])
    steps = [{"t": 0.0, "s": 1.0, "at_risk": first, "events": 0}]
    steps += [{"t": float(r.duration), "s": round(float(r.survival), 3),
               "at_risk": int(r.at_risk), "events": int(r.events)}
              for r in sv.itertuples() if int(r.events) > 0]
    r12 = ret[ret["org_id"] == org_id]["retention_km"] if "org_id" in ret else ret["retention_km"]
    val = float(r12.iloc[0]) if len(r12) and r12.iloc[0] == r12.iloc[0] else None
    return steps, (round(val, 3) if val is not None else None)


def metrics_records(store: Any, org_id: str) -> dict[str, dict[str, Any]]:
    """The org's row of ``talentflow.metrics`` tenure, attrition and median survival over its
    stints, as plain JSON values ({} for a metric that cannot be computed)."""
    import json

    out: dict[str, dict[str, Any]] = {}
    try:
        from talentflow import metrics as M
    except ImportError:
        return out
    for name in ("tenure", "attrition", "median_survival"):
        try:
            df = getattr(M, name)(store, org=org_id)
            rows = json.loads(df.to_json(orient="records"))
        except Exception:  # one metric failing leaves the others
            continue
        row = next((r for r in rows if r.get("org_id") == org_id), None)
        if row:
            out[name] = row
    return out
