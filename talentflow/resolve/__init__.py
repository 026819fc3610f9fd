"""Resolution and consolidation: who is who across scripts, and one event from many reports.

Public API (stable; other parts call these):

- ``mint_ref(mention, type) -> EntityRef``: deterministic id and romanized name for an
  entity the KB does not know.
- ``names_match(a, b, type) -> bool``: same person/org by name alone, any script.
- ``consolidate(store) -> dict``: event mentions → events + event_sources (counts returned).
- ``consolidate_records(records, kb=None) -> list[dict]``: the same, without a store.
- ``learn_from_text(text, doc_id, kb, store=None)``: aliases from "name (other script)".

>>> mint_ref("Jane Doe", "person").id
'person:jane-doe'
"""

from __future__ import annotations

from talentflow.resolve.consolidate import consolidate, consolidate_records
from talentflow.resolve.learn import find_pairings, learn_from_text
from talentflow.resolve.match import names_match
from talentflow.resolve.mint import mint_ref
from talentflow.resolve.romanize import romanize

__all__ = ["consolidate", "consolidate_records", "find_pairings", "learn_from_text",
           "mint_ref", "names_match", "romanize"]
