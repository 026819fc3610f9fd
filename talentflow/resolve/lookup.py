"""Resolving a written name to a KB entity: alias, clitics, phonetics, then context.

>>> from talentflow.kb import load_kb
>>> resolve_in_kb(load_kb(), "\u0648\u0623\u0648\u0628\u0646 \u0625\u064a\u0647 \u0622\u064a", "org", {}).id
'org:openai'
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from talentflow.lang import load
from talentflow.lang.normalize import has_arabic, normalize
from talentflow.resolve.match import org_core, orgs_match, person_tokens, persons_match, token_match
from talentflow.resolve.skeleton import keys, name_key
from talentflow.resolve.match import MIN_ORG_SKELETON
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

if TYPE_CHECKING:
    from talentflow.kb import KnowledgeBase
    from talentflow.models import Entity


@lru_cache(maxsize=1)
def _clitics() -> list[str]:
    """Arabic proclitics, longest first: the shared lang/ar/clitics.json list when present
    (the extraction engine uses the same), else the copy in translit.json."""
    try:
        found = load("ar", "clitics")["prefixes"]
    except (FileNotFoundError, KeyError):
        found = load("ar", "translit")["clitics"]
    return sorted({normalize(c) for c in found}, key=len, reverse=True)


def unclitic_forms(text: str) -> list[str]:
    """``text`` with each possible leading Arabic clitic removed (and, so, with, for, like, the;
    the list is in lang/ar/translit.json), longest
    first; the caller keeps a form only if it matches something.

    >>> len(unclitic_forms("Meta"))
    0
    """
    norm = normalize(text)
    if not has_arabic(norm):
        return []
    out = []
    for c in _clitics():
        if norm.startswith(c) and len(norm) - len(c) >= 2:
            out.append(norm[len(c):])
    return out


def _exact(kb: KnowledgeBase, text: str, type: str) -> list[Entity]:
    found = kb.lookup(text, type)
    if found:
        return found
    for form in unclitic_forms(text):
        found = kb.lookup(form, type)
        if found:
            return found
    if type == "org":
        core = org_core(text)
        if core != normalize(text):
            return _exact(kb, core, type)
    return []


def _phonetic(kb: KnowledgeBase, text: str, type: str) -> list[Entity]:
    return [kb.entities[eid] for eid in sorted(_candidates(kb, text, type))
            if sounds_like(text, kb.entities[eid])]


def sounds_like(text: str, e: Entity) -> bool:
    """Whether ``text`` can be a spelling of entity ``e``'s name.

    The most informative evidence wins: a Latin spelling is compared with the Latin
    names only (Kelly must not reach Keele through their shared Arabic spelling). An Arabic spelling must
    agree with a Latin name, or, where the entity's own Arabic alias does not (the rules
    cannot judge that name from its Latin form), with that Arabic alias.
    """
    match = persons_match if e.type == "person" else orgs_match
    latin = [n for n in _names(e) if not has_arabic(n)]
    if not has_arabic(text):
        return any(match(text, n) for n in latin)
    if any(match(text, n) for n in latin):
        return True
    arabic = [n for n in _names(e) if has_arabic(n)]
    return any(match(text, a) and not any(match(a, n) for n in latin) for a in arabic)




@lru_cache(maxsize=131072)
def _phon_keys(text: str, type: str) -> frozenset[str]:
    """Index keys of a name: surname skeletons (people) or whole-name skeleton (orgs)."""
    if type == "org":
        k = name_key(org_core(text))
        return frozenset({k} if len(k) >= MIN_ORG_SKELETON else ())
    toks = person_tokens(text)
    if len(toks) < 2:
        return frozenset()
    words = [toks[-1]] + ([toks[-2] + toks[-1]] if len(toks) > 2 else [])
    return frozenset(k.consonants for w in words for k in keys(w) if k.consonants)


def _index(kb: KnowledgeBase) -> dict[str, dict[str, set[str]]]:
    idx = getattr(kb, "_phon", None)
    if idx is None:
        idx = {"person": {}, "org": {}}
        for e in kb.entities.values():
            for n in _names(e):
                for k in _phon_keys(n, e.type):
                    idx[e.type].setdefault(k, set()).add(e.id)
        kb._phon = idx
    return idx


def _candidates(kb: KnowledgeBase, text: str, type: str) -> set[str]:
    idx = _index(kb)[type]
    out: set[str] = set()
    for k in _phon_keys(text, type):
        out |= idx.get(k, set())
        if len(k) >= 5:
            for near, _, _ in process.extract(k, list(idx), scorer=Levenshtein.distance,
                                              score_cutoff=1, limit=None):
                out |= idx[near]
    return out


def _names(e: Entity) -> list[str]:
    return [e.name, *(a.text for a in e.aliases)]


def _surname_only(kb: KnowledgeBase, word: str) -> list[Entity]:
    """People whose surname is ``word``: written the same if any is, else sounding the
    same (skeletons of three consonants or more only)."""
    exact, sounding = [], []
    norm = normalize(word)
    long_enough = any(len(k.consonants) >= 3 for k in keys(norm))
    for e in kb.entities.values():
        if e.type != "person":
            continue
        surnames = [t[-1] for t in map(person_tokens, _names(e)) if len(t) >= 2]
        if norm in surnames:
            exact.append(e)
        elif long_enough and any(token_match(norm, s) for s in surnames):
            sounding.append(e)
    return exact or sounding


def _narrow(cands: list[Entity], context: dict, kb: KnowledgeBase) -> list[Entity]:
    if len(cands) <= 1:
        return cands
    people = set(context.get("person_ids") or [])
    hit = [e for e in cands if e.id in people]
    if len(hit) == 1:
        return hit
    orgs = _with_family(kb, context.get("org_ids") or [])
    if orgs:
        hit = [e for e in cands if {a.org_id for a in e.affiliations} & orgs or e.parent in orgs]
        if hit:
            cands = hit
    role = context.get("role")
    if role and len(cands) > 1:
        hit = [e for e in cands if any(a.role == role and (not orgs or a.org_id in orgs)
                                       for a in e.affiliations)]
        if len(hit) == 1:
            return hit
    return cands


def _with_family(kb: KnowledgeBase, org_ids: list[str]) -> set[str]:
    out = set(org_ids)
    for oid in org_ids:
        e = kb.get(oid)
        if e and e.parent:
            out.add(e.parent)
    out |= {e.id for e in kb.entities.values() if e.parent in set(org_ids)}
    return out


def resolve_in_kb(kb: KnowledgeBase, name: str, type: str, context: dict) -> Entity | None:
    """See ``KnowledgeBase.resolve``."""
    if not name or not name.strip():
        return None
    cands = _narrow(_exact(kb, name, type), context, kb)
    if cands:
        return cands[0] if len(cands) == 1 else None
    for form in [name, *unclitic_forms(name)]:  # a clitic stays only if nothing matches without
        cands = _narrow(_phonetic(kb, form, type), context, kb)
        if cands:
            return cands[0] if len(cands) == 1 else None
    if type == "person":
        toks = person_tokens(name)
        forms = [name, *unclitic_forms(name)] if len(toks) == 1 else []
        for form in forms:
            cands = _narrow(_surname_only(kb, form), context, kb)
            if len(cands) == 1 and _surname_plausible(cands[0], context):
                return cands[0]
    return None


def _surname_plausible(e: Entity, context: dict) -> bool:
    """A bare surname resolves when the document names no org, or names one of theirs."""
    orgs = context.get("org_ids")
    if not orgs or e.id in set(context.get("person_ids") or []):
        return True
    return bool({a.org_id for a in e.affiliations} & set(orgs)) or not e.affiliations


def search_kb(kb: KnowledgeBase, text: str, limit: int = 10) -> list[Entity]:
    """Entities whose id, name or alias contains ``text``; exact hits first, then phonetic."""
    q = normalize(text)
    scored: list[tuple[int, str, Entity]] = []
    for e in kb.entities.values():
        names = [normalize(n) for n in _names(e)]
        if q in names or q == e.id:
            scored.append((0, e.id, e))
        elif any(q in n for n in names) or q in e.id:
            scored.append((1, e.id, e))
    if not scored:
        for t in ("person", "org"):
            scored += [(2, e.id, e) for e in _phonetic(kb, text, t)]
    return [e for _, _, e in sorted(scored, key=lambda s: (s[0], s[1]))][:limit]


def same_entity(a: str, b: str, type: str, kb: KnowledgeBase) -> bool:
    """Whether two written names denote the same entity: by KB ids when the KB knows both,
    against the known one's names when it knows one, else by the names alone.

    >>> from talentflow.kb import load_kb
    >>> same_entity("Robert Keele", "\u0631\u0648\u0628\u0631\u062a \u0643\u0648\u0644", "person", load_kb())
    False
    """
    ea, eb = kb.resolve(a, type), kb.resolve(b, type)
    if ea and eb:
        return ea.id == eb.id
    known, other = (ea, b) if ea else (eb, a) if eb else (None, None)
    if known is not None:
        return sounds_like(other, known)
    return (persons_match if type == "person" else orgs_match)(a, b)
