"""Readers: files, folders, globs and stdin become Documents (or Problems, never lost).

Formats by extension: ``.txt``/``.md`` (text), ``.html``/``.htm`` (trafilatura),
``.json`` (one document or a list), ``.jsonl``/``.ndjson`` (one a line),
``.rss``/``.atom``/``.xml`` (feeds). Employment records are read by
:mod:`talentflow.sources.records`.

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "a.txt"; _ = p.write_text("Jane Doe left the bank in May.")
>>> read_path(p).documents[0].lang
'en'
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Callable, Iterable, TextIO

from talentflow.sources.base import Problem, ReadError, ReadResult, UnsupportedLanguage, \
    check_bytes, decode_utf8, excerpt, normalize_published
from talentflow.sources.feeds import read_feed
from talentflow.sources.htmlpage import read_html
from talentflow.sources.jsonlines import read_json, read_jsonl
from talentflow.sources.langdetect import SUPPORTED_LANGS, detect_lang
from talentflow.sources.text import read_text

Reader = Callable[..., ReadResult]
READERS: dict[str, Reader] = {
    ".txt": read_text, ".md": read_text, ".markdown": read_text,
    ".html": read_html, ".htm": read_html,
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".rss": read_feed, ".atom": read_feed, ".xml": read_feed,
}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = ["READERS", "Problem", "ReadError", "ReadResult", "SUPPORTED_LANGS", "detect_lang",
           "expand_paths", "normalize_published", "read_path", "read_stdin", "read_string"]


RECORD_HINT = {".csv", ".parquet"}


def supported_extensions() -> str:
    """The extensions ingest reads, comma-separated (for messages)."""
    return ", ".join(sorted(READERS))


def unknown_extension(ext: str) -> ReadError:
    """The error for an extension ingest does not read (records files get a hint).

    >>> str(unknown_extension(".csv")).endswith("use 'talentflow records import'")
    True
    """
    msg = f"unknown extension '{ext or '(none)'}'; valid: {supported_extensions()}"
    if ext.lower() in RECORD_HINT:
        msg += "; for employment records use 'talentflow records import'"
    return ReadError(msg)


def read_string(text: str, ext: str, origin: str, published: str | None = None,
                lang: str | None = None) -> ReadResult:
    """Read already-decoded ``text`` as format ``ext`` (".txt", ".jsonl", ...).

    >>> read_string('{"text": "Jane Doe left Acme."}', ".json", "-").documents[0].lang
    'en'
    """
    reader = READERS.get(ext.lower())
    if reader is None:
        raise unknown_extension(ext)
    return reader(text, origin, published=published, lang=lang)


def _whole_file_problem(origin: str, e: ReadError, raw: str = "") -> ReadResult:
    kind = "unsupported" if isinstance(e, UnsupportedLanguage) else "error"
    return ReadResult(problems=[Problem(origin, str(e), excerpt=excerpt(raw) or None, kind=kind)])


def read_path(path: str | os.PathLike, published: str | None = None, lang: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read one file into Documents; every failure comes back as a Problem naming the file."""
    p = Path(path)
    origin = str(path)
    text = ""
    try:
        if p.suffix.lower() not in READERS:
            raise unknown_extension(p.suffix)
        size = p.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file is {size / 1048576:.1f} MB, over the "
                            f"{max_bytes / 1048576:g} MB limit (setting max_file_mb)")
        data = p.read_bytes()
        check_bytes(data)
        text = decode_utf8(data)
        return read_string(text, p.suffix, origin, published=published, lang=lang)
    except ReadError as e:
        return _whole_file_problem(origin, e, text)
    except OSError as e:
        return _whole_file_problem(origin, ReadError(f"cannot read: {e.strerror or e}"))


def read_stdin(stream: TextIO, fmt: str = "text", published: str | None = None,
               lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read standard input: one text document, or JSON lines with ``fmt="jsonl"``.

    >>> import io
    >>> len(read_stdin(io.StringIO('{"text": "A left B."}\\n{"text": "C left D."}'), "jsonl").documents)
    2
    """
    formats = {"text": ".txt", "jsonl": ".jsonl", "json": ".json"}
    if fmt not in formats:
        raise ReadError(f"unknown input format '{fmt}'; valid: {', '.join(formats)}")
    text = stream.read(max_bytes + 1)
    try:
        if len(text) > max_bytes:
            raise ReadError(f"input is over the {max_bytes / 1048576:g} MB limit "
                            "(setting max_file_mb)")
        if not text.strip():
            raise ReadError("empty input")
        return read_string(text, formats[fmt], "-", published=published, lang=lang)
    except ReadError as e:
        return _whole_file_problem("-", e, text)


def expand_paths(patterns: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Files named by ``patterns`` (files, folders walked recursively, globs), sorted and
    without repeats; and the patterns that matched nothing.

    Hidden files and folders (names starting with ".") inside folders are skipped.

    >>> expand_paths(["/nonexistent/*.txt"])
    ([], ['/nonexistent/*.txt'])
    """
    files: list[Path] = []
    missing: list[str] = []
    for pat in patterns:
        if Path(pat).is_dir():
            found = _walk(Path(pat))
        elif Path(pat).exists():
            found = [Path(pat)]
        else:
            found = [q for m in sorted(glob.glob(pat, recursive=True))
                     for q in (_walk(Path(m)) if Path(m).is_dir() else [Path(m)])]
        if not found:
            missing.append(pat)
        files.extend(found)
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.path.normpath(str(f))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def _walk(folder: Path) -> list[Path]:
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
    return out
