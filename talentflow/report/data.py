"""What the report and the web pages show, computed from the store.

``brief(store, org)`` is the "why" dict of interfaces.md item 4. It uses
``talentflow.why.why`` when that module is importable and works, and otherwise builds the same
shape here from the events (consolidated ``events``, or mentions before consolidation).
``report_data(store, org)`` adds the figures and chart series: summary, timeline, tenure,
Kaplan–Meier survival, flows.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     brief(s, "org:acme")["departures"]
[]
"""

from __future__ import annotations

import json
import logging
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from talentflow.lang.normalize import normalize

log = logging.getLogger(__name__)
LABELS_PATH = Path(__file__).parent / "labels.json"
FAMILIES = {
    "leadership_conflict": "push", "financial_disagreement": "push", "values_divergence": "push",
    "workload_culture": "push", "controversy": "push", "restructuring": "push",
    "poached": "pull", "career_move": "pull", "new_venture": "pull",
    "family_personal": "life", "health": "life", "death": "life", "retirement": "life",
    "dismissal": "forced", "misconduct_legal": "forced", "unstated": "none",
}
GENTRY = {"death": 1, "health": 2, "dismissal": 3, "misconduct_legal": 4, "retirement": 5,
          "poached": 6, "career_move": 6, "new_venture": 6, "unstated": None}
EVENTS_PAGE = 10_000  # the report reads at most this many events per kind


class UnknownOrg(ValueError):
    """The org named is neither in the knowledge base nor in the events."""


@lru_cache(maxsize=1)
def labels() -> dict[str, Any]:
    """The report's own words per language: {"en": {...}, "ar": {...}, "drivers": {...}}."""
    return json.loads(LABELS_PATH.read_text(encoding="utf-8"))


def driver_label(driver: str) -> dict[str, str]:
    """{"en": ..., "ar": ...} for a driver code (the code itself when unknown)."""
    return labels()["drivers"].get(driver, {"en": driver, "ar": driver})


# -- orgs ---------------------------------------------------------------------------------------
def resolve_org(store: Any, text: str) -> dict[str, str]:
    """{"id", "name"} of the org ``text`` names: an id, a KB name or alias in either script,
    or an org name seen in the events. Raises UnknownOrg listing the orgs with events.

    >>> from talentflow.store import Store
    >>> resolve_org(Store(":memory:"), "OpenAI")["id"]
    'org:openai'
    """
    text = (text or "").strip()
    known = _orgs_in_events(store)
    if text in known:
        return {"id": text, "name": known[text]}
    kb = _kb(store)
    if kb is not None:
        ent = kb.get(text) if text.startswith("org:") else None
        found = [ent] if ent else kb.lookup(text, "org")
        if found:
            return {"id": found[0].id, "name": found[0].name}
    norm = normalize(text)
    for oid, name in known.items():
        if normalize(name) == norm:
            return {"id": oid, "name": name}
    options = ", ".join(sorted(known.values())[:20]) or "none yet (ingest and extract first)"
    raise UnknownOrg(f"unknown org {text!r}; orgs with events: {options}")


_KB_CACHE: dict[tuple, Any] = {}


def _kb(store: Any):
    """The KB with the store's additions, else the packaged KB, else None.

    Cached per store while its entities and aliases tables keep the same size.
    """
    try:
        key = (id(store), *store.con.execute(
            "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM aliases)").fetchone())
    except Exception:
        key = None
    if key is not None and key in _KB_CACHE:
        return _KB_CACHE[key]
    kb = _load_kb(store)
    if key is not None:
        if len(_KB_CACHE) > 8:
            _KB_CACHE.clear()
        _KB_CACHE[key] = kb
    return kb


def _load_kb(store: Any):
    try:
        from talentflow.kb import load_kb
    except ImportError:
        return None
    for arg in (store, None):
        try:
            return load_kb(arg)
        except Exception as exc:  # the KB is optional for the report
            log.debug("knowledge base (store=%s) unavailable: %s", arg is not None, exc)
    return None


def _orgs_in_events(store: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for r in store.web_entity_names():
        if r["type"] == "org" and r["id"] not in out:
            out[r["id"]] = r["name"]
    return out


# -- events as dicts -----------------------------------------------------------------------------
def _ref(rid: str | None, name: str | None) -> dict[str, str | None] | None:
    return {"id": rid, "name": name or rid} if (rid or name) else None


def months_between(start: str | None, end: str | None) -> int | None:
    """Whole months from one ISO date (any precision, YYYY-MM at least) to another.

    >>> months_between("2025-04", "2025-07")
    3
    """
    if not start or not end or len(start) < 7 or len(end) < 7:
        return None
    try:
        y1, m1 = int(start[:4]), int(start[5:7])
        y2, m2 = int(end[:4]), int(end[5:7])
    except ValueError:
        return None
    n = (y2 - y1) * 12 + (m2 - m1)
    return n if n >= 0 else None


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """An events/mentions row as the brief's event shape, with its reasons and sources."""
    data = row.get("data") or {}
    tenure = row.get("tenure_months")
    if tenure is None:
        tenure = months_between(row.get("started"), row.get("date"))
    return {
        "event_id": row["id"], "kind": row["kind"],
        "person": _ref(row.get("person_id"), row.get("person_name")),
        "org": _ref(row.get("org_id"), row.get("org_name")),
        "role": row.get("role"), "date": row.get("date"), "started": row.get("started"),
        "tenure_months": tenure,
        "destination": _ref(row.get("dest_id"), row.get("dest_name")),
        "scope": row.get("scope"), "n_sources": row.get("n_sources") or 1,
        "confidence": row.get("confidence"),
        "reasons": _reasons_of(row["id"], data),
        "sources": _sources_of(row["id"], data),
    }


def _sources_of(rid: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    if data.get("sources"):
        return list(data["sources"])
    src = data.get("source") or {}
    return [{"mention_id": rid, "doc_id": src.get("doc"), "url": src.get("url"),
             "published": src.get("published"), "lang": src.get("lang"),
             "span": src.get("span")}]


def _reasons_of(rid: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    src = data.get("source") or {}
    out = []
    for r in data.get("reasons") or []:
        out.append({
            "driver": r.get("driver"), "attributed_to": r.get("attributed_to"),
            "stance": r.get("stance") or "asserted", "evidence": r.get("evidence") or "",
            "lang": r.get("lang") or src.get("lang"), "doc_id": r.get("doc_id") or src.get("doc"),
            "mention_id": r.get("mention_id") or rid, "url": r.get("url") or src.get("url"),
            "published": r.get("published") or src.get("published"),
        })
    return out


def fill_source_meta(store: Any, events: list[dict[str, Any]]) -> None:
    """Fill missing lang/url/published of reasons and sources from the documents table."""
    items = [x for e in events for x in (*e["reasons"], *e["sources"])]
    missing = sorted({x["doc_id"] for x in items
                      if x.get("doc_id") and not (x.get("lang") and x.get("published"))})
    meta = store.web_documents_meta(missing)
    for x in items:
        m = meta.get(x.get("doc_id") or "")
        if m:
            for key in ("lang", "url", "published"):
                x[key] = x.get(key) or m.get(key)


def load_events(store: Any, **filters: Any) -> list[dict[str, Any]]:
    """Event dicts matching the store filters (kind, org_id, person_id, since, involving)."""
    evs = [event_dict(r) for r in store.web_events(limit=EVENTS_PAGE, **filters)]
    fill_source_meta(store, evs)
    return evs


# -- the why brief --------------------------------------------------------------------------------
def brief(store: Any, org: str, since: str | None = None) -> dict[str, Any]:
    """The why brief for ``org`` (interfaces.md item 4), from D's ``why`` when available."""
    try:
        from talentflow.why import why
    except ImportError:
        why = None
    if why is not None:
        try:
            return enrich(store, why(store, org, since))
        except Exception as exc:  # fall back rather than lose the report
            log.warning("talentflow.why failed (%s); using the report's own brief", exc)
    return own_brief(store, org, since)


def enrich(store: Any, b: dict[str, Any]) -> dict[str, Any]:
    """Give the brief's departures and arrivals all their reasons (with evidence) and sources;
    before consolidation, merge the mentions of one move (see ``merge_mentions``)."""
    for key in ("departures", "arrivals"):
        rows = []
        for e in b.get(key) or []:
            row = store.web_event(e["event_id"]) if e.get("event_id") else None
            full = event_dict(row) if row else {}
            rows.append({"reasons": [], "sources": [], "kind": key[:-1], **e,
                         **{k: full[k] for k in ("reasons", "sources", "kind", "started")
                            if k in full}})
        fill_source_meta(store, rows)
        b[key] = rows if store.web_consolidated() else merge_mentions(rows)
    return b


def own_brief(store: Any, org: str, since: str | None = None) -> dict[str, Any]:
    """The why brief built directly from the events (same shape as talentflow.why.why)."""
    o = resolve_org(store, org) if not org.startswith("org:") else _org_or_id(store, org)
    merge = (lambda evs: evs) if store.web_consolidated() else merge_mentions
    deps = merge(load_events(store, kind="departure", org_id=o["id"], since=since))
    arrs = merge(load_events(store, kind="arrival", org_id=o["id"], since=since))
    claims = load_events(store, kind="claim", org_id=o["id"], since=since)
    industry = [c for c in load_events(store, kind="claim", since=since)
                if c.get("scope") == "industry"]
    return {
        "org": o, "since": since,
        "departures": [_brief_event(e) for e in deps],
        "arrivals": [_brief_event(e) for e in arrs],
        "drivers": rank_drivers(deps, [c for c in claims if c.get("scope") != "industry"]),
        "claims": [_claim_row(c, r) for c in claims for r in c["reasons"]],
        "industry": [_claim_row(c, r) for c in industry for r in c["reasons"]],
    }


def merge_mentions(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Before consolidation: one event per (kind, person, org), sources and reasons joined.

    The first mention's fields win, filled from later ones where it has none.

    >>> a = {"event_id": "m1", "kind": "departure", "person": {"id": "p"}, "org": {"id": "o"},
    ...      "date": None, "reasons": [], "sources": [{"doc_id": "d1"}], "n_sources": 1}
    >>> b = {**a, "event_id": "m2", "date": "2025-07", "sources": [{"doc_id": "d2"}]}
    >>> [(e["date"], e["n_sources"]) for e in merge_mentions([a, b])]
    [('2025-07', 2)]
    """
    out: dict[tuple, dict[str, Any]] = {}
    for e in events:
        pid = (e.get("person") or {}).get("id") or (e.get("person") or {}).get("name")
        key = (e.get("kind"), pid or e["event_id"], (e.get("org") or {}).get("id"))
        if key not in out:
            out[key] = {**e, "reasons": list(e["reasons"]), "sources": list(e["sources"])}
            continue
        m = out[key]
        for k, v in e.items():
            if m.get(k) is None and v is not None:
                m[k] = v
        m["reasons"] += e["reasons"]
        m["sources"] += e["sources"]
        m["n_sources"] = len(m["sources"])
    return list(out.values())


def _org_or_id(store: Any, oid: str) -> dict[str, str]:
    try:
        return resolve_org(store, oid)
    except UnknownOrg:
        return {"id": oid, "name": oid.split(":", 1)[-1]}


def _brief_event(e: dict[str, Any]) -> dict[str, Any]:
    keys = ("event_id", "person", "role", "date", "tenure_months", "destination", "n_sources",
            "reasons", "sources", "org", "started")
    return {k: e.get(k) for k in keys}


def _claim_row(c: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    return {"event_id": c["event_id"], "org": c.get("org"), "scope": c.get("scope"),
            "driver": r["driver"], "attributed_to": r["attributed_to"], "stance": r["stance"],
            "evidence": r["evidence"], "lang": r.get("lang"), "url": r.get("url"),
            "published": r.get("published"), "doc_id": r.get("doc_id")}


def rank_drivers(departures: list[dict[str, Any]], claims: list[dict[str, Any]]) -> list[dict]:
    """Drivers cited for the departures and the org's claims, most supported first.

    >>> ev = {"event_id": "e1", "reasons": [{"driver": "poached", "attributed_to": "media",
    ...       "stance": "asserted", "evidence": "x", "doc_id": "d1"}]}
    >>> rank_drivers([ev], [])[0]["n_events"]
    1
    """
    acc: dict[str, dict[str, Any]] = {}
    for group, key in ((departures, "n_events"), (claims, "n_claims")):
        for ev in group:
            for r in ev["reasons"]:
                d = acc.setdefault(r["driver"], _new_driver(r["driver"]))
                d["_" + key].add(ev["event_id"])
                _count_reason(d, r)
    out = []
    for d in acc.values():
        d["n_events"], d["n_claims"] = len(d.pop("_n_events")), len(d.pop("_n_claims"))
        d["n_sources"] = len(d.pop("_docs"))
        out.append(d)
    out.sort(key=lambda d: (-(d["n_events"] + d["n_claims"]), -d["asserted"], -d["n_sources"],
                            d["driver"]))
    return out


def _new_driver(code: str) -> dict[str, Any]:
    return {"driver": code, "label": driver_label(code), "family": FAMILIES.get(code),
            "gentry": GENTRY.get(code, 7), "attributions": {}, "asserted": 0, "denied": 0,
            "evidence": [], "_n_events": set(), "_n_claims": set(), "_docs": set()}


def _count_reason(d: dict[str, Any], r: dict[str, Any]) -> None:
    d["attributions"][r["attributed_to"]] = d["attributions"].get(r["attributed_to"], 0) + 1
    d["denied" if r["stance"] == "denied" else "asserted"] += 1
    if r.get("doc_id"):
        d["_docs"].add(r["doc_id"])
    d["evidence"].append({k: r.get(k) for k in ("text", "lang", "stance", "attributed_to",
                                                "doc_id", "url", "published")}
                         | {"text": r.get("evidence") or ""})
