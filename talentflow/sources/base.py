"""What every reader shares: the Problem record, byte checks, decoding, dates, Documents.

A reader never raises on bad input: it returns Documents and Problems. A Problem names the
file (``origin``) and, when it applies, the line or row (``location``).

>>> p = Problem("a.txt", "empty file")
>>> p.message()
'a.txt: empty file'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from talentflow.models import Document
from talentflow.sources.langdetect import SUPPORTED_LANGS, detect_lang

BINARY_SNIFF = 8192


class ReadError(Exception):
    """A whole input (file, line, row) cannot be read; the message says why."""


@dataclass
class Problem:
    """One input that could not be ingested: where it is, what is wrong, a short excerpt."""

    origin: str
    error: str
    location: str | None = None
    excerpt: str | None = None
    kind: str = "error"  # "error" (quarantined) | "unsupported" (a language we do not read)

    def message(self) -> str:
        """One line naming the file (and line or row)."""
        where = f"{self.origin} ({self.location})" if self.location else self.origin
        return f"{where}: {self.error}"


@dataclass
class ReadResult:
    """What reading one input gave: documents and problems."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def check_bytes(data: bytes) -> None:
    """Raise ReadError for empty or binary content.

    >>> check_bytes(b"hello")
    >>> check_bytes(b"")
    Traceback (most recent call last):
    talentflow.sources.base.ReadError: empty file
    """
    if not data.strip():
        raise ReadError("empty file")
    if b"\x00" in data[:BINARY_SNIFF]:
        raise ReadError("binary file (contains NUL bytes); expected UTF-8 text")


def decode_utf8(data: bytes) -> str:
    """Decode strict UTF-8 (a leading BOM is dropped); ReadError names the bad byte offset.

    >>> decode_utf8("é".encode())
    'é'
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError(f"invalid UTF-8 at byte {e.start}; save the file as UTF-8") from None


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalize_published(value: Any) -> str | None:
    """An ISO day ``YYYY-MM-DD`` from a date, ISO datetime or RFC 822 string; None if empty.

    >>> normalize_published("2025-09-04T10:00:00Z")
    '2025-09-04'
    >>> normalize_published("Thu, 04 Sep 2025 08:00:00 GMT")
    '2025-09-04'
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    m = _ISO_DAY.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    else:
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    raise ReadError(f"published {text!r} is not a valid date; use YYYY-MM-DD")


def excerpt(text: str, n: int = 120) -> str:
    """The first ``n`` characters of ``text`` on one line."""
    return " ".join(text[:n * 2].split())[:n]


def make_document(fields: dict[str, Any], origin: str, published: str | None = None,
                  lang: str | None = None) -> Document:
    """A Document from input fields; CLI ``published``/``lang`` fill what the input lacks.

    Raises ReadError when ``text`` is missing or empty, or a date is invalid; raises
    UnsupportedLanguage when the language is neither given as nor detected as ar/en.

    >>> make_document({"text": "Jane Doe left the bank."}, "x.txt").lang
    'en'
    """
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("no text: a document needs a non-empty \"text\" string")
    pub = normalize_published(fields.get("published") or fields.get("date")) \
        or normalize_published(published)
    doc_lang = _lang_of(fields.get("lang") or fields.get("language") or lang, text)
    return Document(text=text, lang=doc_lang, published=pub,
                    url=_opt_str(fields.get("url") or fields.get("link")),
                    title=_opt_str(fields.get("title")), origin=origin)


class UnsupportedLanguage(ReadError):
    """The text is in a language talentflow does not read (yet)."""


def _lang_of(given: Any, text: str) -> str:
    if given:
        code = str(given).strip().lower().replace("_", "-").split("-")[0]
        if code in SUPPORTED_LANGS:
            return code
        raise UnsupportedLanguage(
            f"unsupported language '{given}'; supported: {', '.join(SUPPORTED_LANGS)}")
    code = detect_lang(text)
    if code not in SUPPORTED_LANGS:
        raise UnsupportedLanguage(
            f"unsupported language (detected '{code}'); supported: {', '.join(SUPPORTED_LANGS)}")
    return code


def _opt_str(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)
