"""What the report and the web pages show, computed from the store.

``brief(store, org)`` is the "why" dict of interfaces.md item 4, from ``talentflow.why.why``
(the one source of drivers, their ranking, labels and Gentry codes), with each departure and
arrival given all its reasons and sources (``enrich``). ``resolve_org`` is ``why.resolve_org``
raising ``UnknownOrg``. The figures and chart series are in ``talentflow.report.figures``.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     brief(s, "org:xai")["departures"]
[]
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from talentflow import why as W
from talentflow.pipeline.dates import month_diff

LABELS_PATH = Path(__file__).parent / "labels.json"
EVENTS_PAGE = 10_000  # the report reads at most this many events per kind


class UnknownOrg(W.WhyError, ValueError):
    """The org named is neither in the knowledge base nor in the events."""


@lru_cache(maxsize=1)
def labels() -> dict[str, Any]:
    """The report's own words per language: {"en": {...}, "ar": {...}, "attributions": ...}.

    Driver labels are not here: they come from the taxonomy, ``lang/drivers.json``.
    """
    return json.loads(LABELS_PATH.read_text(encoding="utf-8"))


# -- orgs ---------------------------------------------------------------------------------------
def resolve_org(store: Any, text: str) -> dict[str, str]:
    """{"id", "name"} of the org ``text`` names (``why.resolve_org``: an id, a KB name or alias
    in either script, or an org seen in the events). Raises UnknownOrg listing the orgs with
    events.

    >>> from talentflow.store import Store
    >>> resolve_org(Store(":memory:"), "OpenAI")["id"]
    'org:openai'
    """
    text = (text or "").strip()
    try:
        o = W.resolve_org(store, text)  # the KB first: no events read
    except W.WhyError:
        try:
            o = W.resolve_org(store, text, W.load_events(store))
        except W.WhyError:
            names = sorted({r["name"] for r in store.web_entity_names() if r["type"] == "org"})
            options = ", ".join(names[:20]) or "none yet (ingest and extract first)"
            raise UnknownOrg(f"unknown org {text!r}; orgs with events: {options}") from None
    return {"id": o["id"], "name": o["name"]}


# -- events as dicts -----------------------------------------------------------------------------
def _ref(rid: str | None, name: str | None) -> dict[str, str | None] | None:
    return {"id": rid, "name": name or rid} if (rid or name) else None


def months_between(start: str | None, end: str | None) -> int | None:
    """Whole months from one ISO date (YYYY-MM at least) to another: the pipeline's
    ``month_diff``, None for a malformed date.

    >>> months_between("2025-04", "2025-07"), months_between("2025-0x", "2025-07")
    (3, None)
    """
    try:
        return month_diff(start, end)
    except ValueError:
        return None


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
    """The why brief for ``org`` (interfaces.md item 4): ``talentflow.why.why``, enriched.

    Raises UnknownOrg for an org nobody knows, ``why.WhyError`` for a bad ``since``.
    """
    W.check_since(since)
    return enrich(store, W.why(store, resolve_org(store, org)["id"], since))


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


def claim_rows(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per reason of each claim (event dicts of ``load_events``), as the brief's
    ``claims`` rows of ``why``: event_id, org, scope, driver, attributed_to, stance, evidence,
    lang, doc_id, url, published.

    >>> c = {"event_id": "m1", "org": {"id": "org:x", "name": "X"}, "scope": "industry",
    ...      "reasons": [{"driver": "poached", "attributed_to": "media", "stance": "asserted"}]}
    >>> [(r["event_id"], r["driver"], r["scope"]) for r in claim_rows([c])]
    [('m1', 'poached', 'industry')]
    """
    return W._claim_rows([{**c, "id": c["event_id"]} for c in claims])
