"""Plain text and Markdown: the whole file is one document, kept exactly as read.

>>> r = read_text("Jane Doe left Acme in May 2024.", "a.txt", published="2024-06-01")
>>> r.documents[0].published
'2024-06-01'
"""

from __future__ import annotations

from talentflow.sources.base import ReadResult, make_document


def read_text(text: str, origin: str, published: str | None = None,
              lang: str | None = None) -> ReadResult:
    """One Document from ``text`` (metadata only from the flags)."""
    doc = make_document({"text": text}, origin, published=published, lang=lang)
    return ReadResult(documents=[doc])
