"""Stints derived from consolidated events (provenance "events").

Rules (docs/metrics.md, "Stints from events"), per person and org, in date order:
- an arrival opens a stint on its date; a later departure closes it;
- a departure with no open arrival starts at ``started``, else at date − ``tenure_months``,
  else its start is unknown (the stint is kept and reported by the metrics, not used);
- a departure that names a destination opens a stint at the destination on the departure
  date, unless an arrival of the same person there (no earlier than 6 months before)
  already does;
- a departure without a date closes nothing: it is listed in ``problems``.
Partial dates map to days by talentflow.metrics.dates.to_day.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     _ = s.con.execute("INSERT INTO events (id, kind, person_id, org_id, date, tenure_months, dest_id)"
...                       " VALUES ('e1', 'departure', 'person:a', 'org:x', '2025-08', 3, 'org:y')")
...     [(x.org_id, str(x.start), str(x.end)) for x in derive_stints(s)]
[('org:x', '2025-05-15', '2025-08-15'), ('org:y', '2025-08-15', 'None')]
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from talentflow.metrics.dates import add_months, precision, to_day
from talentflow.models import Stint


def _stint(ev: dict, org_id: str, org_name: str | None, start, start_p, end, end_p,
           refs: list[str]) -> Stint:
    return Stint(person_id=ev["person_id"], person_name=ev.get("person_name"), org_id=org_id,
                 org_name=org_name, role=ev.get("role"), start=start, end=end,
                 provenance="events", source_ref=",".join(refs),
                 covariates={"_start_precision": start_p, "_end_precision": end_p})


def _pair(evs: list[dict], problems: list[dict]) -> list[Stint]:
    """Stints at one org for one person from their arrivals and departures (date order)."""
    out: list[Stint] = []
    open_arrival: dict | None = None
    for ev in evs:
        day = to_day(ev.get("date"))
        if ev["kind"] == "arrival":
            if open_arrival is None and day is not None:
                open_arrival = ev
            continue
        if day is None:
            problems.append({"event_id": ev["id"], "problem": "departure without a date"})
            continue
        refs = [ev["id"]]
        if open_arrival is not None:
            start, start_p = to_day(open_arrival["date"]), precision(open_arrival["date"])
            refs.insert(0, open_arrival["id"])
            ev = {**ev, "role": ev.get("role") or open_arrival.get("role")}
        elif to_day(ev.get("started")) is not None:
            start, start_p = to_day(ev["started"]), precision(ev["started"])
        elif ev.get("tenure_months") is not None:
            start, start_p = add_months(day, -int(ev["tenure_months"])), precision(ev["date"])
        else:
            start, start_p = None, None
        out.append(_stint(ev, ev["org_id"], ev.get("org_name"), start, start_p, day,
                          precision(ev["date"]), refs))
        open_arrival = None
    if open_arrival is not None:
        a = open_arrival
        out.append(_stint(a, a["org_id"], a.get("org_name"), to_day(a["date"]),
                          precision(a["date"]), None, None, [a["id"]]))
    return out


def derive_stints(store: Any, write: bool = True, problems: list[dict] | None = None) -> list[Stint]:
    """Build stints from the store's consolidated events; with ``write``, replace the
    store's event-derived stints with them (records are never touched). Events that
    cannot make a stint are appended to ``problems`` as {"event_id", "problem"}."""
    problems = problems if problems is not None else []
    events = store.person_org_events()
    stints: list[Stint] = []
    for _key, grp in groupby(events, key=lambda e: (e["person_id"], e["org_id"])):
        evs = sorted(grp, key=lambda e: (to_day(e.get("date")) is None, to_day(e.get("date")) or 0,
                                         e["kind"] != "arrival", e["id"]))
        stints += _pair(evs, problems)
    arrivals = {(e["person_id"], e["org_id"]): to_day(e.get("date"))
                for e in events if e["kind"] == "arrival" and to_day(e.get("date"))}
    for ev in events:
        day = to_day(ev.get("date"))
        if ev["kind"] != "departure" or not ev.get("dest_id") or day is None:
            continue
        arr = arrivals.get((ev["person_id"], ev["dest_id"]))
        if arr is not None and arr >= add_months(day, -6):
            continue
        stints.append(_stint({**ev, "role": None}, ev["dest_id"], ev.get("dest_name"), day,
                             precision(ev["date"]), None, None, [ev["id"]]))
    if write:
        store.add_stints(stints, replace_provenance="events")
    return stints
