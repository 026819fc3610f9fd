"""talentflow: who left, where did they go, and why — from news and employment records.

>>> import talentflow
>>> callable(talentflow.extract)
True
"""

from __future__ import annotations

__version__ = "0.1.0"

from talentflow.models import (  # noqa: E402
    Document, Entity, Event, EventMention, EntityRef, Reason, Source, Stint,
)
from talentflow.store import Store  # noqa: E402


def extract(text: str, lang: str | None = None, published: str | None = None):
    """Extract personnel events from ``text``: a list of EventMention (events.md).

    >>> evs = extract("Jane Roe, the chief financial officer of Acme, resigned in May 2024.")
    """
    from talentflow.pipeline import extract as _extract

    return _extract(text, lang=lang, published=published)


__all__ = ["Document", "Entity", "Event", "EventMention", "EntityRef", "Reason", "Source",
           "Stint", "Store", "extract", "__version__"]
