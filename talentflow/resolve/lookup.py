"""Resolving a written name to a KB entity: alias, clitics, phonetics, then context.

>>> from talentflow.kb import load_kb
>>> resolve_in_kb(load_kb(), "وأوبن إيه آي", "org", {}).id
'org:openai'
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from talentflow.lang import load
from talentflow.lang.normalize import has_arabic, normalize
from talentflow.resolve.match import org_core, orgs_match, person_tokens, persons_match, token_match

if TYPE_CHECKING:
    from talentflow.kb import KnowledgeBase
    from talentflow.models import Entity


@lru_cache(maxsize=1)
def _clitics() -> list[str]:
    return sorted((normalize(c) for c in load("ar", "translit")["clitics"]), key=len, reverse=True)


def unclitic_forms(text: str) -> list[str]:
    """``text`` with each possible leading Arabic clitic removed (و ف ب ل ك ال...), longest
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
    match = persons_match if type == "person" else orgs_match
    out = []
    for e in kb.entities.values():
        if e.type != type:
            continue
        if any(match(text, n) for n in _names(e)):
            out.append(e)
    return out


def _names(e: Entity) -> list[str]:
    return [e.name, *(a.text for a in e.aliases)]


def _surname_only(kb: KnowledgeBase, word: str) -> list[Entity]:
    out = []
    for e in kb.entities.values():
        if e.type != "person":
            continue
        for n in _names(e):
            toks = person_tokens(n)
            if len(toks) >= 2 and token_match(word, toks[-1]):
                out.append(e)
                break
    return out


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
    for finder in (_exact, _phonetic):
        cands = _narrow(finder(kb, name, type), context, kb)
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            return None
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
