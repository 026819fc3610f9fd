"""Store queries for documents, quarantine, runs, export. Mixed into talentflow.store.Store."""

from __future__ import annotations


class DocumentsMixin:
    con: object
