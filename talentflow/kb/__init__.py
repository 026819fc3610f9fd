"""The knowledge base: people and orgs with multilingual aliases, shipped as data.

Data files: ``orgs.jsonl`` and ``people.jsonl`` (one Entity a line:
``{"id", "type", "name", "aliases": [{"text", "lang"}], "org_type", "parent", "affiliations"}``)
and ``nicknames.json``. Arabic spelling variants are generated at load time
(``talentflow.kb.variants``). Users add entities and aliases to the store, and aliases are
learned from text; ``load_kb(store)`` merges both.

>>> kb = load_kb()
>>> kb.resolve("\u0623\u0648\u0628\u0646 \u0625\u064a\u0647 \u0622\u064a", "org").id
'org:openai'
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from talentflow.kb.variants import arabic_variants
from talentflow.lang.normalize import has_arabic, normalize
from talentflow.models import Affiliation, Alias, Entity

KB_DIR = Path(__file__).parent


def entity_from_dict(d: dict) -> Entity:
    """An Entity from its JSON form (the KB line format).

    >>> entity_from_dict({"id": "org:acme", "type": "org", "name": "Acme"}).name
    'Acme'
    """
    return Entity(
        id=d["id"], type=d["type"], name=d["name"],
        aliases=[Alias(a["text"], a.get("lang"), a.get("source", "kb")) for a in d.get("aliases", [])],
        affiliations=[Affiliation(**a) for a in d.get("affiliations", [])],
        org_type=d.get("org_type"), parent=d.get("parent"), source=d.get("source", "kb"),
    )


_entity_from_dict = entity_from_dict  # kept for callers of the skeleton's private name


class KnowledgeBase:
    """Entities by id, with an index from normalized alias to entity ids."""

    def __init__(self, entities: list[Entity]):
        self.entities: dict[str, Entity] = {}
        self._by_norm: dict[str, list[str]] = {}
        for e in entities:
            self.add(e)

    def add(self, entity: Entity) -> None:
        """Add (or replace) an entity and index its name and aliases."""
        self.entities[entity.id] = entity
        for text in [entity.name, *(a.text for a in entity.aliases)]:
            self._index(text, entity.id)

    def add_alias(self, entity_id: str, text: str, lang: str | None = None,
                  source: str = "user") -> bool:
        """Attach one more alias to a known entity; False if the entity is unknown."""
        e = self.entities.get(entity_id)
        if e is None:
            return False
        if all(normalize(a.text) != normalize(text) for a in e.aliases):
            e.aliases.append(Alias(text, lang, source))
        self._index(text, entity_id)
        return True

    def _index(self, text: str, entity_id: str) -> None:
        self._phon = None  # phonetic index (talentflow.resolve.lookup), rebuilt on demand
        ids = self._by_norm.setdefault(normalize(text), [])
        if entity_id not in ids:
            ids.append(entity_id)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None.

        >>> load_kb().get("person:mike-liberatore").name
        'Mike Liberatore'
        """
        return self.entities.get(entity_id)

    def __len__(self) -> int:
        return len(self.entities)

    def aliases(self, type: str | None = None) -> Iterator[tuple[str, str, str, str | None]]:
        """Yield (alias text, entity id, entity type, alias lang) for every name and alias."""
        for e in self.entities.values():
            if type and e.type != type:
                continue
            yield e.name, e.id, e.type, None
            for a in e.aliases:
                yield a.text, e.id, e.type, a.lang

    def lookup(self, text: str, type: str | None = None) -> list[Entity]:
        """Entities whose name or alias normalizes to the same string as ``text``."""
        ids = self._by_norm.get(normalize(text), [])
        return [self.entities[i] for i in ids if type is None or self.entities[i].type == type]

    def resolve(self, name: str, type: str, context: dict | None = None) -> Entity | None:
        """The entity ``name`` refers to, or None when unknown or ambiguous.

        Exact/normalized alias, then Arabic clitics and generic org words stripped, then
        (people; long org names) phonetic matching across scripts; a surname alone resolves
        only when one candidate fits. ``context`` may carry ``org_ids`` (orgs in the
        document), ``person_ids`` (people already resolved in it), ``role`` and ``lang``.
        """
        from talentflow.resolve.lookup import resolve_in_kb

        return resolve_in_kb(self, name, type, context or {})

    def search(self, text: str, limit: int = 10) -> list[Entity]:
        """Entities whose id, name or alias contains ``text`` (normalized), best first."""
        from talentflow.resolve.lookup import search_kb

        return search_kb(self, text, limit)


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def with_variants(e: Entity) -> Entity:
    """The entity with generated Arabic spelling variants appended (source "generated")."""
    have = {normalize(a.text) for a in e.aliases} | {normalize(e.name)}
    extra: list[Alias] = []
    for a in e.aliases:
        if not has_arabic(a.text):
            continue
        for v in arabic_variants(a.text, e.name):
            if normalize(v) not in have:
                have.add(normalize(v))
                extra.append(Alias(v, "ar", "generated"))
    e.aliases.extend(extra)
    return e


PACKAGED_FILES = {"orgs": "orgs.jsonl", "people": "people.jsonl"}
_withheld: frozenset[str] = frozenset()


def withhold_packaged(parts: set[str] | frozenset[str]) -> None:
    """Leave parts of the shipped KB (``"people"``, ``"orgs"``) out of every later load, to
    measure the engine on names it has never seen (``talentflow eval --unseen``). Call it
    before the first extraction: the pipeline keeps the lexicons it builds from the KB.

    >>> withhold_packaged({"people"}); load_kb().get("person:mike-liberatore") is None
    True
    >>> withhold_packaged(set()); load_kb().get("person:mike-liberatore").name
    'Mike Liberatore'
    """
    global _withheld, _cached_kb
    bad = set(parts) - set(PACKAGED_FILES)
    if bad:
        raise ValueError(f"unknown KB part {sorted(bad)[0]!r}; valid: {', '.join(PACKAGED_FILES)}")
    _withheld, _cached_kb = frozenset(parts), None
    _packaged_dicts.cache_clear()


@lru_cache(maxsize=1)
def _packaged_dicts() -> tuple[dict, ...]:
    rows = [r for part, name in PACKAGED_FILES.items() if part not in _withheld
            for r in _read_jsonl(KB_DIR / name)]
    return tuple(with_variants(entity_from_dict(d)).to_dict() for d in rows)


def packaged_entities() -> list[Entity]:
    """The shipped KB as fresh Entity objects (generated variants included)."""
    return [entity_from_dict(d) for d in _packaged_dicts()]


_cached_kb: KnowledgeBase | None = None


def load_kb(store=None) -> KnowledgeBase:
    """The packaged KB, plus the user's entities and the user/learned aliases in ``store``.

    >>> load_kb().get("org:xai").name
    'xAI'
    """
    global _cached_kb
    if store is None:
        if _cached_kb is None:
            _cached_kb = KnowledgeBase(packaged_entities())
        return _cached_kb
    kb = KnowledgeBase(packaged_entities())
    for d in store.user_entities():
        kb.add(with_variants(entity_from_dict(d)))
    for row in store.alias_rows():
        kb.add_alias(row["entity_id"], row["text"], row["lang"], row["source"])
    return kb


