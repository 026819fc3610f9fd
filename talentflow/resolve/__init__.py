"""Resolution and consolidation (placeholder until the entities work lands)."""

from __future__ import annotations


def consolidate(store) -> dict:
    """Merge event mentions into consolidated events (placeholder: does nothing)."""
    return {}
