"""Figures and chart series for one org: summary, timeline, tenure, survival, flows.

Survival, retention, tenure, attrition and median survival over employment records (stints)
are ``talentflow.metrics``' (the numbers ``talentflow metrics`` prints); without stints the
survival curve is the same Kaplan–Meier formula (``metrics.exprs.km``) over the brief's
tenures of leavers and arrivals censored at the latest date known.

>>> kaplan_meier([(3, True), (12, True), (20, False)])[1]
{'t': 3.0, 's': 0.667, 'at_risk': 3, 'events': 1}
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from datetime import date
from typing import Any

import ibis
import pandas as pd

from talentflow.metrics import Metrics, exprs
from talentflow.report.data import load_events, months_between

RETENTION_HORIZON = 12  # months


def km_steps(km: pd.DataFrame) -> list[dict[str, Any]]:
    """Kaplan–Meier steps [{"t", "s", "at_risk", "events"}] from one group's rows of a
    ``talentflow.metrics`` survival table: S = 1 at t = 0, then each time with an event."""
    if km.empty:
        return []
    km = km.sort_values("duration")
    steps = [{"t": 0.0, "s": 1.0, "at_risk": int(km["at_risk"].iloc[0]), "events": 0}]
    steps += [{"t": float(r.duration), "s": round(float(r.survival), 3),
               "at_risk": int(r.at_risk), "events": int(r.events)}
              for r in km.itertuples() if int(r.events) > 0]
    return steps


def kaplan_meier(durations: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Kaplan–Meier steps from (duration months, observed) pairs, by ``metrics.exprs.km``.

    Censored durations (observed False) leave the risk set after ties of events at the
    same time, as in lifelines.
    """
    if not durations:
        return [{"t": 0.0, "s": 1.0, "at_risk": 0, "events": 0}]
    obs = ibis.memtable({"duration": [float(t) for t, _ in durations],
                         "event": [int(bool(o)) for _, o in durations]})
    return km_steps(exprs.km(obs, []).execute())


def survival_at(steps: list[dict[str, Any]], t: float) -> float | None:
    """S(t) from Kaplan–Meier steps (None when no step reaches t).

    >>> survival_at([{"t": 0.0, "s": 1.0}, {"t": 6.0, "s": 0.5}], 12)
    0.5
    """
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


def durations(brief: dict[str, Any], as_of: str | None) -> list[tuple[float, bool]]:
    """(duration months, observed) from the brief: departures with a tenure (observed) and
    dated arrivals (censored at ``as_of``), for the survival curve when there are no stints."""
    out = [(float(e["tenure_months"]), True) for e in brief.get("departures") or []
           if e.get("tenure_months") is not None]
    for e in brief.get("arrivals") or []:
        n = months_between(e.get("date"), as_of)
        if n is not None:
            out.append((float(n), False))
    return out


def as_of_date(brief: dict[str, Any]) -> str:
    """The latest date the brief knows (a source's publication or an event), else today."""
    dates = [x.get("published") for k in ("departures", "arrivals")
             for e in brief.get(k) or [] for x in e.get("sources") or []]
    dates += [e.get("date") for k in ("departures", "arrivals") for e in brief.get(k) or []]
    dates = [str(d) for d in dates if d]
    return max(dates) if dates else date.today().isoformat()


def summary(brief: dict[str, Any], retention_12: float | None = None) -> dict[str, Any]:
    """Headline figures: departures, arrivals, median tenure of leavers, 12-month retention
    (from the records' metrics; None without them)."""
    tenures = [e["tenure_months"] for e in brief.get("departures") or []
               if e.get("tenure_months") is not None]
    return {
        "departures": len(brief.get("departures") or []),
        "arrivals": len(brief.get("arrivals") or []),
        "median_tenure": statistics.median(tenures) if tenures else None,
        "n_tenure": len(tenures),
        "retention_12": retention_12,
        "n_sources": len({x.get("doc_id") for k in ("departures", "arrivals")
                          for e in brief.get(k) or [] for x in e.get("sources") or []}
                         - {None}),
    }


def figures(store: Any, brief: dict[str, Any]) -> dict[str, Any]:
    """All figures for the report of ``brief``'s org."""
    org_id = brief["org"]["id"]
    inflows = [e for e in load_events(store, kind="departure", involving=org_id,
                                      since=brief.get("since"))
               if (e.get("destination") or {}).get("id") == org_id]
    as_of = as_of_date(brief)
    rec = records_metrics(store, org_id) if store.web_stints(org_id) else {}
    steps, retention_12 = rec.pop("steps", []), rec.pop("retention_12", None)
    if steps:
        basis, n = "records", steps[0]["at_risk"]
    else:
        durs = durations(brief, as_of)
        steps = kaplan_meier(durs) if len(durs) >= 2 else []
        basis, n = ("events" if durs else "none"), len(durs)
    return {
        "records": rec, "summary": summary(brief, retention_12),
        "timeline": timeline(brief), "tenure": tenure_bars(brief),
        "flows": flows(brief, inflows),
        "survival": {"steps": steps, "basis": basis, "n": n, "as_of": as_of},
    }


def records_metrics(store: Any, org_id: str) -> dict[str, Any]:
    """The org's ``talentflow.metrics`` figures over its stints: "steps" (Kaplan–Meier),
    "retention_12" (KM retention at 12 months), and its rows of "tenure", "attrition" and
    "median_survival" as plain JSON values (a metric with no row for the org is left out).
    """
    with Metrics(store, org=org_id) as m:
        sv = m.survival()
        out: dict[str, Any] = {"steps": km_steps(sv[sv["org_id"] == org_id])}
        ret = m.retention(horizon=RETENTION_HORIZON)
        r12 = ret[ret["org_id"] == org_id]["retention_km"]
        if len(r12) and pd.notna(r12.iloc[0]):
            out["retention_12"] = round(float(r12.iloc[0]), 3)
        for name, df in (("tenure", m.tenure()), ("attrition", m.attrition()),
                         ("median_survival", m.median_survival())):
            row = next((r for r in json.loads(df.to_json(orient="records"))
                        if r.get("org_id") == org_id), None)
            if row:
                out[name] = row
    return out
