"""Extraction pipeline (placeholder until the extraction engine lands)."""

from __future__ import annotations

from talentflow.models import Document, EventMention


def extract_document(doc: Document) -> list[EventMention]:
    """Extract event mentions from a Document (placeholder: none yet)."""
    return []


def extract(text: str, lang: str | None = None, published: str | None = None) -> list[EventMention]:
    return extract_document(Document(text=text, lang=lang, published=published))
