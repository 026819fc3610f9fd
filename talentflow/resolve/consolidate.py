"""One event from many reports: merge event mentions into consolidated events.

A group is (kind, person, org) with every person and org resolved to one id (KB, or minted
and clustered across documents). Inside a group, mentions dated to the month or day are
joined when within one month of one another; mentions dated only to a year, or not dated,
join the best-supported compatible cluster. Claims (kind "claim") group by org and scope
and are joined when their drivers overlap. Everything is computed from the set of mentions,
never from their order, so re-running after new documents gives the same ids.

>>> consolidate_records([])
[]
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from talentflow.kb import KnowledgeBase, load_kb
from talentflow.models import content_hash
from talentflow.resolve import dates
from talentflow.resolve.entities import EntityResolver

GENERIC_ROLES = {"executive", "other", "employee"}


def _prepare(records: list[dict], kb: KnowledgeBase) -> tuple[list[dict], EntityResolver]:
    res = EntityResolver(kb)
    out = []
    for r in sorted(records, key=lambda r: r["id"]):
        d = r["data"]
        org = res.add(d.get("org"), "org")
        dest = res.add(d.get("destination"), "org")
        ctx = {"org_ids": [i for i in (org, dest) if i]}
        person = res.add(d.get("person"), "person", ctx)
        src = d.get("source") or {}
        out.append({"id": r["id"], "doc_id": r.get("doc_id") or src.get("doc"), "d": d,
                    "person": person, "org": org, "dest": dest,
                    "date": dates.clean(d.get("date")), "src": src})
    res.finish()
    for m in out:  # group on the final ids: unknowns clustered across documents
        for k in ("person", "org", "dest"):
            ref = res.canonical(m[k])
            m[k] = ref["id"] if ref else None
    return out, res


def _date_clusters(ms: list[dict]) -> list[list[dict]]:
    """Split one (kind, person, org) group into events by date (see module doc)."""
    specific = [m for m in ms if m["date"] and dates.precision(m["date"]) >= 2]
    years = sorted((m for m in ms if m["date"] and dates.precision(m["date"]) == 1),
                   key=lambda m: m["id"])
    undated = [m for m in ms if not m["date"]]
    clusters = _components(specific, lambda a, b: dates.compatible(a["date"], b["date"]))
    by_year: dict[str, list[dict]] = {}
    for m in years:
        fits = [c for c in clusters if any(x["date"][:4] == m["date"] for x in c)]
        if fits:
            _largest(fits).append(m)
        else:
            by_year.setdefault(m["date"], []).append(m)
    clusters += [by_year[y] for y in sorted(by_year)]
    if undated:
        if clusters:
            _largest(clusters).extend(undated)
        else:
            clusters.append(undated)
    return clusters


def _largest(clusters: list[list[dict]]) -> list[dict]:
    """The cluster with most mentions; on a tie, the earliest dated."""
    return min(clusters, key=lambda c: (-len(c), min(m["date"] or "~" for m in c)))


def _components(items: list[dict], linked) -> list[list[dict]]:
    items = sorted(items, key=lambda m: m["id"])
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if linked(items[i], items[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[dict]] = {}
    for i, m in enumerate(items):
        groups.setdefault(root(i), []).append(m)
    return list(groups.values())


def _drivers(m: dict) -> set[str]:
    return {r.get("driver") for r in m["d"].get("reasons") or [] if r.get("driver")}


CLAIM_WINDOW_MONTHS = 12


def _claim_clusters(ms: list[dict]) -> list[list[dict]]:
    """Claims about one org and scope are one event when their drivers overlap and they
    were published within a year of one another (undated ones join any)."""
    def linked(a: dict, b: dict) -> bool:
        same = bool(_drivers(a) & _drivers(b)) or (not _drivers(a) and not _drivers(b))
        pa, pb = (dates.clean((m["src"].get("published") or "")[:10]) for m in (a, b))
        if not same or not pa or not pb:
            return same
        return dates.compatible(pa[:7], pb[:7], tolerance=CLAIM_WINDOW_MONTHS)
    return _components(ms, linked)


def _group(prepared: list[dict]) -> list[list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for m in prepared:
        kind = m["d"].get("kind")
        if kind == "claim":
            key = (kind, m["org"] or "", m["d"].get("scope") or "org")
        else:
            key = (kind, m["person"] or "", m["org"] or "")
        groups.setdefault(key, []).append(m)
    out: list[list[dict]] = []
    for key in sorted(groups):
        ms = groups[key]
        out.extend(_claim_clusters(ms) if key[0] == "claim" else _date_clusters(ms))
    return out


def _anchor(cluster: list[dict]) -> str:
    d = cluster[0]["d"]
    if d.get("kind") == "claim":
        first = min(cluster, key=lambda m: (m["src"].get("published") or "9999", m["id"]))
        return first["id"]
    years = sorted(m["date"][:4] for m in cluster if m["date"])
    return years[0] if years else ""


def _ids(clusters: list[list[dict]], res: EntityResolver) -> list[str]:
    """Stable event ids. A person's departure from an org is usually one event: its id is
    kind|person|org alone, so dates arriving later never change it. Only when the same
    (kind, person, org) has several events does each get its year (then earliest date) too.
    Claims are anchored on their earliest mention."""
    bases = []
    for c in clusters:
        m = c[0]
        base = "|".join([m["d"].get("kind") or "", res.stable_key(m["person"]),
                         res.stable_key(m["org"]), m["d"].get("scope") or ""])
        bases.append(base + "|" + _anchor(c) if m["d"].get("kind") == "claim" else base)
    counts = Counter(bases)
    bases = [b + "|" + _anchor(c) if counts[b] > 1 else b for b, c in zip(bases, clusters)]
    counts = Counter(bases)
    ids = []
    for base, c in zip(bases, clusters):
        if counts[base] > 1:
            base += "|" + min((m["date"] or "~") for m in c) + "|" + min(m["id"] for m in c)
        ids.append("event:" + content_hash(base))
    return ids


def _most_common(values: list[Any]) -> tuple[Any, list[Any]]:
    vals = [v for v in values if v is not None]
    if not vals:
        return None, []
    counts = Counter(vals)
    chosen = sorted(counts, key=lambda v: (-counts[v], str(v)))[0]
    distinct = sorted(counts, key=str)
    return chosen, (distinct if len(distinct) > 1 else [])


def _role(values: list[str | None]) -> tuple[str | None, list[str]]:
    specific = [v for v in values if v and v not in GENERIC_ROLES]
    return _most_common(specific) if specific else _most_common(values)


def _source(m: dict) -> dict:
    s = m["src"]
    return {"mention_id": m["id"], "doc_id": m["doc_id"], "url": s.get("url"),
            "published": s.get("published"), "lang": s.get("lang"), "span": s.get("span")}


def _reasons(cluster: list[dict]) -> list[dict]:
    out, seen = [], set()
    for m in cluster:
        s = m["src"]
        for r in m["d"].get("reasons") or []:
            key = (r.get("driver"), r.get("attributed_to"), r.get("stance"),
                   r.get("evidence"), m["doc_id"])
            if key in seen:
                continue
            seen.add(key)
            out.append({"driver": r.get("driver"), "attributed_to": r.get("attributed_to"),
                        "stance": r.get("stance", "asserted"), "evidence": r.get("evidence", ""),
                        "lang": s.get("lang"), "doc_id": m["doc_id"], "mention_id": m["id"],
                        "url": s.get("url"), "published": s.get("published")})
    return sorted(out, key=lambda r: (r["driver"] or "", r["attributed_to"] or "",
                                      r["stance"], r["doc_id"] or "", r["mention_id"]))


def _merge(eid: str, cluster: list[dict], res: EntityResolver) -> dict:
    cluster = sorted(cluster, key=lambda m: ((m["src"].get("published") or ""), m["id"]))
    d0 = cluster[0]["d"]
    conflicts: dict[str, list] = {}
    date, c = dates.best([m["date"] for m in cluster])
    if c:
        conflicts["date"] = c
    started, c = dates.best([dates.clean(m["d"].get("started")) for m in cluster])
    if c:
        conflicts["started"] = c
    role, c = _role([m["d"].get("role") for m in cluster])
    if c:
        conflicts["role"] = c
    tenure, c = _most_common([m["d"].get("tenure_months") for m in cluster])
    if c:
        conflicts["tenure_months"] = c
    dest, c = _most_common([m["dest"] for m in cluster])
    if c:
        conflicts["destination"] = [res.canonical(x)["id"] for x in c]
    conf = 1.0
    for m in cluster:
        conf *= 1.0 - float(m["d"].get("confidence") or 0.5)
    person = res.canonical(cluster[0]["person"])
    if person:
        person["mentions"] = sorted({(m["d"].get("person") or {}).get("mention") or ""
                                     for m in cluster} - {""})
    sources = [_source(m) for m in cluster]
    return {
        "id": eid, "kind": d0.get("kind"), "person": person,
        "org": res.canonical(cluster[0]["org"]), "role": role,
        "role_mentions": sorted({m["d"].get("role_mention") for m in cluster} - {None}),
        "date": date, "started": started, "tenure_months": tenure,
        "destination": res.canonical(dest), "scope": d0.get("scope"),
        "reasons": _reasons(cluster), "sources": sources,
        "conflicts": conflicts, "confidence": round(1.0 - conf, 3),
        "n_sources": len({s["doc_id"] for s in sources}), "n_mentions": len(sources),
        "mention_ids": sorted(m["id"] for m in cluster),
    }


def consolidate_records(records: list[dict], kb: KnowledgeBase | None = None) -> list[dict]:
    """Consolidated events (dicts, interfaces.md item 3) from mention records
    ``{"id", "doc_id", "data": events.md dict}``; sorted by id."""
    kb = kb or load_kb()
    prepared, res = _prepare(records, kb)
    clusters = _group(prepared)
    events = [_merge(eid, c, res) for eid, c in zip(_ids(clusters, res), clusters)]
    return sorted(events, key=lambda e: e["id"])


def consolidate(store) -> dict:
    """Merge all event mentions in ``store`` into ``events`` and ``event_sources`` (replacing
    the previous consolidation; ids are stable). Learns aliases from the documents first.
    Returns counts: {"mentions", "events", "claims", "multi_source", "conflicts",
    "aliases_learned"}.

    >>> from talentflow.store import Store
    >>> with Store(":memory:") as s:
    ...     consolidate(s)["events"]
    0
    """
    from talentflow.resolve.learn import learn_from_store

    kb = load_kb(store)
    learned = learn_from_store(store, kb)
    records = store.mention_records()
    events = consolidate_records(records, kb)
    store.replace_events(events)
    return {"mentions": len(records), "events": len(events),
            "claims": sum(e["kind"] == "claim" for e in events),
            "multi_source": sum(e["n_sources"] > 1 for e in events),
            "conflicts": sum(bool(e["conflicts"]) for e in events),
            "aliases_learned": learned}
