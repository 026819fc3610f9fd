"""JSON (one document, or a list of them) and JSON Lines (one document a line).

Each object is ``{"id", "url", "title", "published", "lang", "text"}``; only ``text`` is
required. The content hash is the document id; an input ``id`` is kept in ``origin``
(``file#id``). A bad line in a JSONL file is a Problem for that line only.

>>> r = read_jsonl('{"text": "Jane Doe left Acme."}\\n{"text": ', "a.jsonl")
>>> len(r.documents), r.problems[0].location
(1, 'line 2')
"""

from __future__ import annotations

import json
from typing import Any

from talentflow.models import Document
from talentflow.sources.base import Problem, ReadError, ReadResult, UnsupportedLanguage, \
    excerpt, make_document


def _doc_from_obj(obj: Any, origin: str, published: str | None, lang: str | None) -> Document:
    if not isinstance(obj, dict):
        raise ReadError(f"expected a JSON object with a \"text\" field, got {type(obj).__name__}")
    where = f"{origin}#{obj['id']}" if obj.get("id") not in (None, "") else origin
    return make_document(obj, where, published=published, lang=lang)


def _problem(e: ReadError, origin: str, location: str | None, raw: str) -> Problem:
    kind = "unsupported" if isinstance(e, UnsupportedLanguage) else "error"
    return Problem(origin, str(e), location=location, excerpt=excerpt(raw), kind=kind)


def read_json(text: str, origin: str, published: str | None = None,
              lang: str | None = None) -> ReadResult:
    """Documents from a JSON file holding one object (or a list of objects)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ReadError(f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
    items = data if isinstance(data, list) else [data]
    out = ReadResult()
    for i, obj in enumerate(items, 1):
        try:
            out.documents.append(_doc_from_obj(obj, origin, published, lang))
        except ReadError as e:
            loc = f"item {i}" if isinstance(data, list) else None
            out.problems.append(_problem(e, origin, loc, json.dumps(obj, ensure_ascii=False)))
    return out


def read_jsonl(text: str, origin: str, published: str | None = None,
               lang: str | None = None) -> ReadResult:
    """Documents from JSON Lines; blank lines are skipped, bad lines become Problems."""
    out = ReadResult()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ReadError(f"invalid JSON (truncated or malformed): {e.msg} "
                                f"at column {e.colno}") from None
            out.documents.append(_doc_from_obj(obj, origin, published, lang))
        except ReadError as e:
            out.problems.append(_problem(e, origin, f"line {n}", line))
    if not out.documents and not out.problems:
        raise ReadError("empty file")
    return out
