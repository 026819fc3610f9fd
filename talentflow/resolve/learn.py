"""Learning aliases from text: a name followed by its spelling in the other script in
parentheses (an Arabic name followed by "(Mike Liberatore)", or the reverse).

A pairing is kept only when the two spellings can be the same name (phonetic match). If one
side is in the KB, the other becomes its alias, with the document as source; if neither is
and it is a full person name, a new entity is minted with the Latin name as canonical.

>>> from talentflow.kb import load_kb
>>> [(p.entity_id, p.text) for p in find_pairings("\u0642\u0627\u0644 \u0631\u0648\u0646 \u0628\u064a\u0631\u063a (Ron Berg) \u0625\u0646", load_kb())]
[('person:ron-berg', '\u0631\u0648\u0646 \u0628\u064a\u0631\u063a')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentflow.kb import KnowledgeBase, load_kb
from talentflow.lang.normalize import has_arabic
from talentflow.resolve.match import orgs_match, persons_match, token_match
from talentflow.resolve.mint import slugify

_AR = "\u0600-\u06ff"
_AR_THEN_LATIN = re.compile(rf"((?:[{_AR}]+\s+){{0,4}}[{_AR}]+)\s*\(\s*([A-Za-z][A-Za-z.'\- ]{{1,60}}?)\s*\)")
_LATIN_THEN_AR = re.compile(rf"([A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){{0,4}})\s*\(\s*([{_AR}][{_AR}\s]{{1,60}}?)\s*\)")


@dataclass
class Pairing:
    """One alias to record: ``text`` (in ``lang``) names ``entity_id``; ``new_entity`` when
    the entity was not known and must be created (with ``name`` as its canonical name)."""

    entity_id: str
    text: str
    lang: str
    type: str
    name: str
    new_entity: bool = False


def _suffixes(words: list[str]) -> list[str]:
    return [" ".join(words[i:]) for i in range(max(0, len(words) - 4), len(words))]


def _pair(ar: str, latin: str, kb: KnowledgeBase) -> Pairing | None:
    for type in ("person", "org"):
        e_lat, e_ar = kb.resolve(latin, type), kb.resolve(ar, type)
        if e_lat and e_ar:
            return None  # both known already (same or not: nothing to learn)
        same = persons_match(ar, latin) if type == "person" else (
            orgs_match(ar, latin) or token_match(ar.replace(" ", ""), latin.replace(" ", "")))
        if not same:
            continue
        if e_lat:
            return Pairing(e_lat.id, ar, "ar", type, e_lat.name)
        if e_ar:
            return Pairing(e_ar.id, latin, "en", type, e_ar.name)
        if type == "org" or len(latin.split()) >= 2:
            return Pairing(f"{type}:{slugify(latin)}", ar, "ar", type, latin, True)
    return None


def find_pairings(text: str, kb: KnowledgeBase) -> list[Pairing]:
    """Every name/spelling pairing in ``text`` that teaches an alias."""
    out: list[Pairing] = []
    for m in _AR_THEN_LATIN.finditer(text):
        latin = " ".join(m.group(2).split())
        for ar in _suffixes(m.group(1).split()):
            p = _pair(ar, latin, kb)
            if p:
                out.append(p)
                break
    for m in _LATIN_THEN_AR.finditer(text):
        ar = " ".join(m.group(2).split())
        words = m.group(1).split()
        for latin in [" ".join(words[i:]) for i in range(len(words))]:
            p = _pair(ar, latin, kb)
            if p:
                out.append(p)
                break
    return out


def learn_from_text(text: str, doc_id: str, kb: KnowledgeBase, store=None) -> list[Pairing]:
    """Apply the pairings in ``text`` to ``kb`` (and record them in ``store`` if given)."""
    found = find_pairings(text, kb)
    for p in found:
        if p.new_entity and not kb.get(p.entity_id):
            from talentflow.kb import entity_from_dict

            d = {"id": p.entity_id, "type": p.type, "name": p.name, "aliases": []}
            kb.add(entity_from_dict(d))
            if store is not None:
                store.add_entity(d, source="learned:" + doc_id)
        kb.add_alias(p.entity_id, p.text, p.lang, doc_id)
        if store is not None:
            store.add_alias(p.entity_id, p.text, p.lang, doc_id)
    return found


def learn_from_store(store, kb: KnowledgeBase | None = None, everything: bool = False) -> int:
    """Learn aliases into ``store`` (and ``kb`` when given) from the documents whose
    mentions are not consolidated yet (``everything``: from all documents); return how
    many aliases were new."""
    kb = kb if kb is not None else load_kb(store)
    before = len(store.alias_rows())
    for doc_id, text in store.document_texts(only_unconsolidated=not everything):
        if has_arabic(text) and "(" in text:
            learn_from_text(text, doc_id, kb, store)
    return len(store.alias_rows()) - before
