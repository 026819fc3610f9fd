"""The knowledge base: people and orgs with multilingual aliases, shipped as data.

Data files: ``orgs.jsonl`` and ``people.jsonl`` (one Entity a line:
``{"id", "type", "name", "aliases": [{"text", "lang"}], "org_type", "parent", "affiliations"}``)
and ``nicknames.json``. Users add entities to the store; ``load_kb(store)`` merges them.

>>> kb = load_kb()
>>> kb.resolve("أوبن إيه آي", "org").id
'org:openai'
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from talentflow.lang.normalize import normalize
from talentflow.models import Affiliation, Alias, Entity

KB_DIR = Path(__file__).parent


def _entity_from_dict(d: dict) -> Entity:
    return Entity(
        id=d["id"], type=d["type"], name=d["name"],
        aliases=[Alias(a["text"], a.get("lang"), a.get("source", "kb")) for a in d.get("aliases", [])],
        affiliations=[Affiliation(**a) for a in d.get("affiliations", [])],
        org_type=d.get("org_type"), parent=d.get("parent"), source=d.get("source", "kb"),
    )


class KnowledgeBase:
    """Entities by id, with an index from normalized alias to entity ids."""

    def __init__(self, entities: list[Entity]):
        self.entities: dict[str, Entity] = {}
        self._by_norm: dict[str, list[str]] = {}
        for e in entities:
            self.add(e)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        for text in [entity.name, *(a.text for a in entity.aliases)]:
            ids = self._by_norm.setdefault(normalize(text), [])
            if entity.id not in ids:
                ids.append(entity.id)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

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
        """The entity ``name`` refers to, or None. (Exact/normalized alias match.)"""
        found = self.lookup(name, type)
        return found[0] if len(found) == 1 else None


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@lru_cache(maxsize=1)
def _packaged() -> tuple[Entity, ...]:
    rows = _read_jsonl(KB_DIR / "orgs.jsonl") + _read_jsonl(KB_DIR / "people.jsonl")
    return tuple(_entity_from_dict(d) for d in rows)


def load_kb(store=None) -> KnowledgeBase:
    """The packaged KB, plus the user's additions from ``store`` when given."""
    return KnowledgeBase(list(_packaged()))
