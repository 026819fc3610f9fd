"""Why people leave an org: the brief behind ``talentflow why ORG``.

Reads the consolidated ``events`` table (each event's ``data`` carries its reasons with their
sources); when nothing is consolidated yet, each event mention counts as its own event. Drivers
are ranked by the number of departures and org-level claims citing them, each with who says
so, how often it is asserted or denied, and one or two evidence quotes in their language.

>>> gentry_code("poached"), gentry_code("unstated")
(6, None)
"""

from __future__ import annotations

import json
import re
from typing import Any

from talentflow.errors import TalentflowError
from talentflow.lang import drivers_table
from talentflow.lang.normalize import normalize

MAX_EVIDENCE = 2
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class WhyError(TalentflowError):
    """A bad org or date given to the brief; the message says what is valid."""


def gentry_code(driver: str) -> int | None:
    """Gentry et al. (2021) departure code for a driver (None for ``unstated`` or unknown).

    >>> gentry_code("misconduct_legal")
    4
    """
    d = drivers_table().get(driver)
    return d["gentry"] if d else None


def driver_label(driver: str) -> dict[str, str]:
    """The driver's label in English and Arabic.

    >>> driver_label("retirement")["en"]
    'Retirement'
    """
    d = drivers_table().get(driver)
    return dict(d["label"]) if d else {"en": driver, "ar": driver}


# -- reading events ------------------------------------------------------------------------------
def _consolidated(store: Any) -> list[dict[str, Any]]:
    rows = store.con.execute("SELECT id, data FROM events ORDER BY id").fetchall()
    out = []
    for eid, data in rows:
        ev = json.loads(data) if isinstance(data, str) else dict(data)
        ev.setdefault("id", eid)
        out.append(ev)
    return out


def _from_mentions(store: Any) -> list[dict[str, Any]]:
    """Each mention as an event (before consolidation), reasons joined with their document."""
    docs = {r[0]: {"lang": r[1], "url": r[2], "published": str(r[3]) if r[3] else None}
            for r in store.con.execute("SELECT id, lang, url, published FROM documents").fetchall()}
    out = []
    for mid, doc_id, data in store.con.execute(
            "SELECT id, doc_id, data FROM event_mentions ORDER BY id").fetchall():
        m = json.loads(data) if isinstance(data, str) else dict(data)
        src = m.get("source") or {}
        meta = docs.get(doc_id, {})
        lang = src.get("lang") or meta.get("lang")
        url = src.get("url") or meta.get("url")
        pub = src.get("published") or meta.get("published")
        m["id"] = mid
        m["n_sources"] = 1
        m["sources"] = [{"mention_id": mid, "doc_id": doc_id, "url": url, "published": pub,
                         "lang": lang}]
        m["reasons"] = [dict(r, lang=lang, doc_id=doc_id, mention_id=mid, url=url, published=pub)
                        for r in m.get("reasons") or []]
        out.append(m)
    return out


def load_events(store: Any) -> list[dict[str, Any]]:
    """Consolidated events, or the mentions standing in for them when none are consolidated.

    >>> from talentflow.store import Store
    >>> with Store(":memory:") as s:
    ...     load_events(s)
    []
    """
    return _consolidated(store) or _from_mentions(store)


# -- the org ------------------------------------------------------------------------------------
def resolve_org(store: Any, name: str, events: list[dict[str, Any]] | None = None) -> dict:
    """{"id", "name", "norms"} for an org given by id, name or any alias (both scripts).

    Raises WhyError naming the orgs the database knows when nothing matches.

    >>> from talentflow.store import Store
    >>> with Store(":memory:") as s:
    ...     resolve_org(s, "OpenAI")["id"]
    'org:openai'
    """
    from talentflow.kb import load_kb

    kb = load_kb(store)
    ent = kb.get(name) if name.startswith("org:") else None
    ent = ent or kb.resolve(name, "org") or next(iter(kb.lookup(name, "org")), None)
    if ent is not None:
        norms = {normalize(ent.name)} | {normalize(a.text) for a in ent.aliases}
        return {"id": ent.id, "name": ent.name, "norms": norms}
    target = normalize(name)
    for ev in events or []:
        for ref in (ev.get("org"), ev.get("destination")):
            if ref and target in {normalize(x) for x in (ref.get("id"), ref.get("name"),
                                                          ref.get("mention")) if x}:
                return {"id": ref.get("id") or ref.get("name"), "name": ref.get("name") or name,
                        "norms": {target}}
    known = sorted({(ev.get("org") or {}).get("name") or "" for ev in events or []} - {""})
    hint = ", ".join(known[:15]) or "none yet (run `talentflow ingest` and `talentflow extract`)"
    raise WhyError(f"Unknown organization '{name}'. Organizations with events: {hint}.")


def _is_org(ref: dict[str, Any] | None, org: dict[str, Any]) -> bool:
    if not ref:
        return False
    if ref.get("id") and ref.get("id") == org["id"]:
        return True
    return any(normalize(x) in org["norms"] for x in (ref.get("name"), ref.get("mention")) if x)


# -- dates ----------------------------------------------------------------------------------------
def check_since(since: str | None) -> str | None:
    """Validate ``--since`` (YYYY, YYYY-MM or YYYY-MM-DD).

    >>> check_since("2025-07")
    '2025-07'
    """
    if since is not None and not _DATE.match(since):
        raise WhyError(f"Invalid date '{since}'. Use YYYY, YYYY-MM or YYYY-MM-DD.")
    return since


def _event_date(ev: dict[str, Any]) -> str | None:
    if ev.get("date"):
        return str(ev["date"])
    pubs = sorted(str(s["published"]) for s in ev.get("sources") or [] if s.get("published"))
    return pubs[0] if pubs else None


def _after(ev: dict[str, Any], since: str | None) -> bool:
    """True when the event may fall on or after ``since`` (precision-aware; undated kept)."""
    if not since:
        return True
    d = _event_date(ev)
    if not d:
        return True
    return (d + "-99-99")[:10] >= since


# -- the brief -------------------------------------------------------------------------------------
def _ref(ref: dict[str, Any] | None) -> dict[str, Any] | None:
    if not ref:
        return None
    return {"id": ref.get("id"), "name": ref.get("name") or ref.get("mention")}


def _row(ev: dict[str, Any]) -> dict[str, Any]:
    return {"event_id": ev["id"], "person": _ref(ev.get("person")), "role": ev.get("role"),
            "date": ev.get("date"), "tenure_months": ev.get("tenure_months"),
            "org": _ref(ev.get("org")), "destination": _ref(ev.get("destination")),
            "n_sources": ev.get("n_sources") or len(ev.get("sources") or []) or 1,
            "reasons": _distinct_reasons(ev.get("reasons") or [])}


def _distinct_reasons(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per (driver, attributed_to, stance), with how many sources give it."""
    out: dict[tuple, dict[str, Any]] = {}
    for r in reasons:
        key = (r.get("driver"), r.get("attributed_to"), r.get("stance"))
        row = out.setdefault(key, dict(zip(("driver", "attributed_to", "stance"), key), n=0))
        row["n"] += 1
    return list(out.values())


def _evidence(r: dict[str, Any]) -> dict[str, Any]:
    return {"text": r.get("evidence") or "", "lang": r.get("lang"), "stance": r.get("stance"),
            "attributed_to": r.get("attributed_to"), "doc_id": r.get("doc_id"),
            "url": r.get("url"), "published": r.get("published")}


def rank_drivers(departures: list[dict[str, Any]], claims: list[dict[str, Any]]) -> list[dict]:
    """Drivers cited by the departures and claims, most cited first (interfaces.md item 4).

    >>> ev = {"id": "e1", "reasons": [{"driver": "poached", "attributed_to": "media",
    ...       "stance": "asserted", "evidence": "Lured by pay.", "doc_id": "d1"}]}
    >>> [(d["driver"], d["n_events"], d["gentry"]) for d in rank_drivers([ev], [])]
    [('poached', 1, 6)]
    """
    acc: dict[str, dict[str, Any]] = {}
    for group, key in ((departures, "events"), (claims, "claims")):
        for ev in group:
            for r in ev.get("reasons") or []:
                d = acc.setdefault(r["driver"], _new_driver(r["driver"]))
                d["_" + key].add(ev["id"])
                _count(d, r)
    out = [_finish(d) for d in acc.values()]
    out.sort(key=lambda d: (-(d["n_events"] + d["n_claims"]), -d["asserted"],
                            -d["n_sources"], d["driver"]))
    return out


def _new_driver(code: str) -> dict[str, Any]:
    info = drivers_table().get(code, {})
    return {"driver": code, "label": driver_label(code), "family": info.get("family"),
            "gentry": info.get("gentry"), "attributions": {}, "asserted": 0, "denied": 0,
            "_events": set(), "_claims": set(), "_docs": set(), "_reasons": []}


def _count(d: dict[str, Any], r: dict[str, Any]) -> None:
    who = r.get("attributed_to") or "media"
    d["attributions"][who] = d["attributions"].get(who, 0) + 1
    d["denied" if r.get("stance") == "denied" else "asserted"] += 1
    if r.get("doc_id"):
        d["_docs"].add(r["doc_id"])
    d["_reasons"].append(r)


def _finish(d: dict[str, Any]) -> dict[str, Any]:
    reasons = d.pop("_reasons")
    d["n_events"], d["n_claims"] = len(d.pop("_events")), len(d.pop("_claims"))
    d["n_sources"] = len(d.pop("_docs")) or d["asserted"] + d["denied"]
    d["evidence"] = _pick_evidence(reasons)
    return d


def _pick_evidence(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One or two quotes: an assertion first (not the outlet's own if others exist), then a
    denial, else another attribution, else another quote."""
    rs = sorted((r for r in reasons if r.get("evidence")),
                key=lambda r: (r.get("stance") == "denied", r.get("attributed_to") == "media"))
    if not rs:
        return []
    first = rs[0]
    rest = [r for r in rs[1:] if r["evidence"] != first["evidence"]]
    second = (next((r for r in rest if r.get("stance") != first.get("stance")), None)
              or next((r for r in rest if r.get("attributed_to") != first.get("attributed_to")),
                      None)
              or next(iter(rest), None))
    return [_evidence(r) for r in (first, second) if r][:MAX_EVIDENCE]


def _claim_rows(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"event_id": c["id"], "org": _ref(c.get("org")), "scope": c.get("scope") or "org",
             "driver": r.get("driver"), "attributed_to": r.get("attributed_to"),
             "stance": r.get("stance"), "evidence": r.get("evidence") or "",
             "lang": r.get("lang"), "doc_id": r.get("doc_id"), "url": r.get("url"),
             "published": r.get("published")}
            for c in claims for r in c.get("reasons") or []]


def why(store: Any, org: str, since: str | None = None) -> dict[str, Any]:
    """The why brief for ``org`` (any id, name or alias) from ``store``.

    >>> from talentflow.store import Store
    >>> with Store(":memory:") as s:
    ...     why(s, "org:xai")["drivers"]
    []
    """
    check_since(since)
    events = [e for e in load_events(store) if _after(e, since)]
    o = resolve_org(store, org, events)
    deps = [e for e in events if e.get("kind") == "departure" and _is_org(e.get("org"), o)]
    arrivals = [e for e in events
                if (e.get("kind") == "arrival" and _is_org(e.get("org"), o))
                or (e.get("kind") == "departure" and _is_org(e.get("destination"), o))]
    claims = [e for e in events if e.get("kind") == "claim"]
    own = [c for c in claims if _is_org(c.get("org"), o) and (c.get("scope") or "org") != "industry"]
    industry = [c for c in claims if c.get("scope") == "industry"]
    lawsuits = [e for e in events if e.get("kind") == "lawsuit" and _is_org(e.get("org"), o)]
    by_date = lambda e: (_event_date(e) or "", e["id"])  # noqa: E731
    return {
        "org": {"id": o["id"], "name": o["name"]}, "since": since,
        "departures": [_row(e) for e in sorted(deps, key=by_date, reverse=True)],
        "arrivals": [_row(e) for e in sorted(arrivals, key=by_date, reverse=True)],
        "drivers": rank_drivers(deps, own),
        "claims": _claim_rows(own),
        "industry": _claim_rows(industry),
        "lawsuits": [_row(e) for e in sorted(lawsuits, key=by_date, reverse=True)],
    }


# -- terminal rendering ------------------------------------------------------------------------------
def _who(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))


def render(brief: dict[str, Any], console: Any) -> None:
    """Print a brief readably with rich (Arabic evidence printed as is).

    >>> from rich.console import Console
    >>> render({"org": {"id": "org:x", "name": "X"}, "departures": [], "arrivals": [],
    ...         "drivers": [], "industry": []}, Console(width=60, color_system=None))
    Why people leave X
    Departures: none found.
    Arrivals: none found.
    Drivers: no reasons found.
    """
    from rich.table import Table

    org, since = brief["org"], brief.get("since")
    console.print(f"[bold]Why people leave {org['name']}[/]" + (f" (since {since})" if since else ""))
    for title, rows in (("Departures", brief["departures"]), ("Arrivals", brief["arrivals"])):
        if not rows:
            console.print(f"[dim]{title}: none found.[/]")
            continue
        t = Table(title=f"{title} ({len(rows)})", title_justify="left")
        for col in ("person", "role", "date", "tenure (months)", "to / from", "sources"):
            t.add_column(col)
        for r in rows:
            other = r["destination"] if title == "Departures" else r.get("org")
            t.add_row((r["person"] or {}).get("name") or "-", r["role"] or "-", r["date"] or "-",
                      "-" if r["tenure_months"] is None else str(r["tenure_months"]),
                      (other or {}).get("name") or "-", str(r["n_sources"]))
        console.print(t)
    _render_drivers(brief["drivers"], console)
    for r in brief.get("lawsuits") or []:
        why_ = "; ".join(f"{x['driver']} ({x['stance']}, {x['attributed_to']})" for x in r["reasons"])
        when = f" ({r['date']})" if r["date"] else ""
        who = (r["person"] or {}).get("name") or "an unnamed person"
        console.print(f"Lawsuit{when} against {who}: {why_ or 'no reason given'}", highlight=False)
    _render_claims("Industry context", brief["industry"], console)


def _render_drivers(drivers: list[dict[str, Any]], console: Any) -> None:
    if not drivers:
        console.print("[dim]Drivers: no reasons found.[/]")
        return
    console.print("[bold]Drivers[/] (departures + claims citing each)")
    for i, d in enumerate(drivers, 1):
        console.print(f" {i}. [bold]{d['label']['en']}[/] / {d['label']['ar']} [dim]({d['driver']},"
                      f" Gentry {d['gentry'] if d['gentry'] is not None else '-'})[/]: "
                      f"{d['n_events']} departures, {d['n_claims']} claims, {d['n_sources']} sources;"
                      f" asserted {d['asserted']}, denied {d['denied']}; by {_who(d['attributions'])}",
                      highlight=False)
        for ev in d["evidence"]:
            console.print(f"      [{ev['stance']}, {ev['attributed_to']}] {ev['text']}",
                          highlight=False, markup=False)


def _render_claims(title: str, rows: list[dict[str, Any]], console: Any) -> None:
    if not rows:
        return
    console.print(f"[bold]{title}[/]")
    for c in rows:
        label = driver_label(c["driver"] or "")["en"]
        console.print(f" - {(c['org'] or {}).get('name')}: {label} ({c['stance']}, "
                      f"{c['attributed_to']}): {c['evidence']}", highlight=False, markup=False)
