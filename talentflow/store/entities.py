"""Store queries for entities and aliases (user KB additions, learned aliases). Mixed into talentflow.store.Store."""

from __future__ import annotations


class EntitiesMixin:
    con: object
