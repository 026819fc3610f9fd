"""Search people and orgs in any script: names and aliases from the KB, the store's entities
and the words documents used, all compared after ``normalize`` (so the Arabic spelling of
Liberatore's surname and "Liberatore" both find person:mike-liberatore, through its aliases).

>>> from talentflow.store import Store
>>> [r["id"] for r in search(Store(":memory:"), "Liberatore")][:1]
['person:mike-liberatore']
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from rapidfuzz import fuzz

from talentflow.kb import load_kb
from talentflow.lang.normalize import normalize

MAX_QUERY = 200


def _cached(cache: dict[tuple, Any], key: tuple, build: Callable[[], Any]) -> Any:
    """``cache[key]``, built on first use (the cache is emptied past 8 keys)."""
    if key not in cache:
        if len(cache) > 8:
            cache.clear()
        cache[key] = build()
    return cache[key]


_KB: dict[tuple, Any] = {}


def _kb(store: Any) -> Any:
    """``load_kb(store)``, cached per store while its entities and aliases keep the same size."""
    key = (id(store), *store.con.execute(
        "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM aliases)").fetchone())
    return _cached(_KB, key, lambda: load_kb(store))


def _names(store: Any) -> Iterable[tuple[str, str, str, str]]:
    """(text, entity id, type, canonical name) from the KB, the store and the mentions."""
    kb = _kb(store)
    canon: dict[str, str] = {e.id: e.name for e in kb.entities.values()}
    for text, eid, etype, _lang in kb.aliases():
        yield text, eid, etype, canon.get(eid, text)
    for r in store.web_entity_names() + store.web_mention_names():
        canon.setdefault(r["id"], r["name"])
        yield r["name"], r["id"], r["type"], canon[r["id"]]


_INDEX: dict[tuple, list[tuple[str, str, str, str, str]]] = {}


def name_index(store: Any) -> list[tuple[str, str, str, str, str]]:
    """(text, normalized text, id, type, canonical name) for every name; cached per store
    while its entity, alias, mention and event tables keep the same size."""
    key = (id(store), *store.con.execute(
        "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM aliases), "
        "(SELECT count(*) FROM event_mentions), (SELECT count(*) FROM events)").fetchone())
    return _cached(_INDEX, key, lambda: [(t, normalize(t), i, ty, n)
                                         for t, i, ty, n in _names(store)])


def _score(q: str, text: str) -> float:
    """How well normalized query ``q`` matches normalized ``text`` (0 = not at all)."""
    if not q or not text:
        return 0.0
    if text == q:
        return 100.0
    words = text.split()
    if q in words or any(w.startswith(q) for w in words):
        return 90.0
    if q in text:
        return 80.0
    if len(q) >= 4:
        r = fuzz.partial_ratio(q, text)
        return r * 0.7 if r >= 88 else 0.0
    return 0.0


def search(store: Any, query: str, type: str | None = None, limit: int = 20
           ) -> list[dict[str, Any]]:
    """Entities matching ``query``: [{"id", "type", "name", "matched": [...], "score"}], best first.

    ``type`` is "person", "org" or None (both).
    """
    q = normalize(query[:MAX_QUERY])
    found: dict[str, dict[str, Any]] = {}
    for text, norm, eid, etype, name in name_index(store):
        if type and etype != type:
            continue
        s = _score(q, norm)
        if s <= 0:
            continue
        hit = found.setdefault(eid, {"id": eid, "type": etype, "name": name, "matched": [],
                                     "score": 0.0})
        hit["score"] = max(hit["score"], s)
        if text not in hit["matched"]:
            hit["matched"].append(text)
    if not found and len(q) >= 3:  # the KB's cross-script resolver is slower: fallback only
        _add_kb_resolution(store, query, type, found)
    ranked = sorted(found.values(), key=lambda h: (-h["score"], h["name"]))
    return ranked[:limit]


def _add_kb_resolution(store: Any, query: str, type: str | None,
                       found: dict[str, dict[str, Any]]) -> None:
    """Add what the KB's resolver (cross-script matching) says the query names."""
    if not query.strip():
        return
    kb = _kb(store)
    for etype in ([type] if type else ["person", "org"]):
        try:
            ent = kb.resolve(query[:MAX_QUERY], etype)
        except Exception:  # a resolver still being built must not break search
            ent = None
        if ent is not None and ent.id not in found:
            found[ent.id] = {"id": ent.id, "type": ent.type, "name": ent.name,
                             "matched": [query], "score": 85.0}
