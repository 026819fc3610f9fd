"""RSS and Atom feeds via feedparser: one document per entry.

>>> rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><language>en</language>'
...        '<item><title>Moves</title><link>https://example.org/a</link>'
...        '<pubDate>Thu, 04 Sep 2025 08:00:00 GMT</pubDate>'
...        '<description>Jane Doe left the bank after two years.</description></item>'
...        '</channel></rss>')
>>> d = read_feed(rss, "f.rss").documents[0]
>>> (d.published, d.url, d.lang)
('2025-09-04', 'https://example.org/a', 'en')
"""

from __future__ import annotations

import html
import re
import time
from typing import Any

import feedparser

from talentflow.sources.base import Problem, ReadError, ReadResult, UnsupportedLanguage, \
    excerpt, make_document

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote)\b[^>]*>", re.I)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment: block tags become line breaks, entities are unescaped.

    >>> html_to_text("<p>A &amp; B</p><p>C</p>")
    'A & B\\nC'
    """
    text = _TAG.sub("", _BLOCK.sub("\n", fragment))
    lines = [" ".join(line.split()) for line in html.unescape(text).splitlines()]
    return "\n".join(line for line in lines if line)


def _entry_fields(entry: Any, feed_lang: str | None) -> dict[str, Any]:
    content = entry.get("content") or []
    body = content[0].get("value") if content else entry.get("summary", "")
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", parsed) if parsed else None
    lang = (content[0].get("language") if content else None) or feed_lang
    return {"text": html_to_text(body or ""), "title": entry.get("title"),
            "url": entry.get("link"), "published": published, "lang": lang}


def parse_feed(text: str) -> Any:
    """The parsed feed; ReadError when the XML is malformed or it has no entries."""
    parsed = feedparser.parse(text)
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"),
                                              feedparser.CharacterEncodingOverride):
        raise ReadError(f"malformed feed: {parsed.get('bozo_exception')}")
    if not parsed.get("version") and not parsed.entries:
        raise ReadError("not an RSS or Atom feed (no channel or feed element found)")
    if not parsed.entries:
        raise ReadError("feed has no entries")
    return parsed


def read_feed(text: str, origin: str, published: str | None = None,
              lang: str | None = None) -> ReadResult:
    """One Document per feed entry; an entry without text is a Problem for that entry."""
    parsed = parse_feed(text)
    feed_lang = parsed.feed.get("language") or lang
    out = ReadResult()
    for i, entry in enumerate(parsed.entries, 1):
        fields = _entry_fields(entry, feed_lang)
        try:
            out.documents.append(make_document(fields, origin, published=published, lang=lang))
        except ReadError as e:
            kind = "unsupported" if isinstance(e, UnsupportedLanguage) else "error"
            out.problems.append(Problem(origin, str(e), location=f"entry {i}",
                                        excerpt=excerpt(fields.get("title") or ""), kind=kind))
    return out
