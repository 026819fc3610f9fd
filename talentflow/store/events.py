"""Store queries for consolidated events and event_sources. Mixed into talentflow.store.Store."""

from __future__ import annotations


class EventsMixin:
    con: object
