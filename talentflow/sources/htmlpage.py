"""HTML pages: the article text and its metadata via trafilatura, precision first.

>>> page = "<html><head><title>T</title></head><body><article><p>" + "Jane Doe left Acme. " * 20 + "</p></article></body></html>"
>>> read_html(page, "a.html").documents[0].text.startswith("Jane Doe")
True
"""

from __future__ import annotations

import trafilatura

from talentflow.sources.base import ReadError, ReadResult, make_document

MIN_ARTICLE_CHARS = 100  # shorter extractions are menus, sign-in pages, cookie walls


def extract_article(html: str, url: str | None = None) -> dict:
    """{"text", "title", "published", "url", "lang"} of the page's main article.

    Raises ReadError when the page holds no article text (or under MIN_ARTICLE_CHARS of it).
    """
    found = trafilatura.bare_extraction(html, url=url, favor_precision=True, with_metadata=True,
                                        include_comments=False, include_tables=False,
                                        as_dict=True)
    text = (found or {}).get("text") or ""
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        raise ReadError("no article text found in the HTML page "
                        f"(needs at least {MIN_ARTICLE_CHARS} characters of main content)")
    return {"text": found["text"], "title": found.get("title"), "url": found.get("url"),
            "published": found.get("date"), "lang": found.get("language")}


def read_html(html: str, origin: str, published: str | None = None,
              lang: str | None = None) -> ReadResult:
    """One Document from an HTML page; flags fill metadata the page lacks."""
    fields = extract_article(html)
    return ReadResult(documents=[make_document(fields, origin, published=published, lang=lang)])
