"""Ingest documents and import employment records: the library behind ``talentflow ingest``.

A batch is atomic: documents, their mentions and quarantine rows go in together or not at
all. Documents are keyed by content hash, so ingesting the same corpus twice adds nothing.

>>> from talentflow.store import Store
>>> from talentflow.models import Document
>>> with Store(":memory:") as s:
...     r = ingest_documents(s, [Document(text="Jane Doe left Acme.", lang="en")] * 2)
...     (r.new, r.duplicate)
(1, 1)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TextIO

from talentflow.config import Settings, load_settings
from talentflow.models import Document, Stint
from talentflow.sources import ReadResult, expand_paths, read_path, read_stdin
from talentflow.sources.base import Problem
from talentflow.sources.records import RecordRow, read_records

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class IngestResult:
    """What one batch did. ``ok`` is False only when nothing could be ingested."""

    run_id: str | None = None
    files: int = 0
    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    unsupported: int = 0
    mentions: int = 0
    problems: list[Problem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    consolidated: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.new + self.duplicate > 0

    def stats(self) -> dict[str, Any]:
        return {"files": self.files, "new": self.new, "duplicate": self.duplicate,
                "quarantined": self.quarantined, "unsupported": self.unsupported,
                "mentions": self.mentions, "missing": self.missing}


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def read_inputs(paths: Sequence[str], published: str | None = None, lang: str | None = None,
                settings: Settings | None = None, stdin: TextIO | None = None,
                format_in: str = "text", progress: Progress | None = None,
                ) -> tuple[list[tuple[str, ReadResult]], list[str]]:
    """Read every input (``-`` is stdin): [(origin, ReadResult)] and patterns matching nothing.

    >>> read_inputs(["/nonexistent.txt"])
    ([], ['/nonexistent.txt'])
    """
    settings = settings or load_settings()
    file_patterns = [p for p in paths if p != "-"]
    files, missing = expand_paths(file_patterns)
    out: list[tuple[str, ReadResult]] = []
    if "-" in paths:
        import sys

        out.append(("-", read_stdin(stdin or sys.stdin, format_in, published, lang,
                                       settings.max_file_bytes)))
    for i, f in enumerate(files, 1):
        out.append((str(f), read_path(f, published, lang, settings.max_file_bytes)))
        if progress:
            progress("read", i, len(files))
    return out, missing


def ingest(store, paths: Sequence[str], published: str | None = None, lang: str | None = None,
           extract: bool = True, settings: Settings | None = None,
           stdin: TextIO | None = None, format_in: str = "text",
           progress: Progress | None = None, workers: int = 1) -> IngestResult:
    """Ingest files, folders, globs (and ``-`` for stdin) as one atomic batch.

    ``workers`` > 1 extracts in a process pool (``pipeline.extract_many``).

    >>> from talentflow.store import Store
    >>> with Store(":memory:") as s:
    ...     ingest(s, ["/nonexistent/*.txt"]).missing
    ['/nonexistent/*.txt']
    """
    inputs, missing = read_inputs(paths, published, lang, settings, stdin, format_in, progress)
    result = IngestResult(files=len(inputs), missing=missing)
    return _ingest_batch(store, inputs, extract, progress, "ingest", result=result,
                         workers=workers)


def ingest_documents(store, docs: Iterable[Document], extract: bool = True,
                     progress: Progress | None = None) -> IngestResult:
    """Ingest Documents built in Python as one atomic batch (same rules as files)."""
    return _ingest_batch(store, [("python", ReadResult(documents=list(docs)))], extract,
                         progress, "ingest_documents", clear=False)


def _ingest_batch(store, inputs: list[tuple[str, ReadResult]], extract: bool,
                  progress: Progress | None, command: str, clear: bool = True,
                  result: IngestResult | None = None, workers: int = 1) -> IngestResult:
    result = result or IngestResult(files=len(inputs))
    started = _now()
    try:
        with store.transaction():
            result.run_id = store.start_run(command)
            _store_inputs(store, inputs, extract, progress, result, clear, workers)
            store.finish_run(result.run_id, result.stats())
    except Exception as e:
        _log_failed_run(store, command, e, started)
        raise
    if extract and result.new:
        from talentflow import resolve

        result.consolidated = resolve.consolidate(store) or {}
    return result


def _log_failed_run(store, command: str, error: Exception, started: datetime) -> None:
    """Record a rolled-back batch in ``runs``; never mask the original error."""
    try:
        store.record_run(command, {"error": f"{type(error).__name__}: {error}",
                                   "rolled_back": True}, started)
    except Exception:  # the store itself may be what failed
        pass


def _store_inputs(store, inputs, extract: bool, progress: Progress | None,
                  result: IngestResult, clear: bool, workers: int = 1) -> None:
    new_docs = _store_documents(store, inputs, progress, result, clear)
    if extract and new_docs:
        result.mentions = _extract_all(store, new_docs, workers, progress)


def _store_documents(store, inputs, progress: Progress | None, result: IngestResult,
                     clear: bool) -> list[Document]:
    """Quarantine the problems and insert the new documents; the new documents, in order."""
    total = sum(len(r.documents) for _, r in inputs)
    done = 0
    new_docs: list[Document] = []
    seen: set[str] = set()
    for origin, read in inputs:
        if clear:
            store.clear_quarantine(origin)
        for p in read.problems:
            store.add_quarantine(p.origin, p.error, p.location, p.excerpt, result.run_id)
            result.problems.append(p)
            if p.kind == "unsupported":
                result.unsupported += 1
            else:
                result.quarantined += 1
        for doc in read.documents:
            done += 1
            if doc.id in seen or not store.add_document(doc, result.run_id):
                result.duplicate += 1
            else:
                result.new += 1
                new_docs.append(doc)
            seen.add(doc.id)
            if progress:
                progress("store", done, total)
    return new_docs


def _extract_all(store, docs: list[Document], workers: int, progress: Progress | None) -> int:
    """Extract and store the mentions of ``docs``; ``workers`` > 1 uses a process pool."""
    from talentflow import pipeline

    if workers > 1:
        pairs = pipeline.extract_many(docs, n_process=workers)
    else:
        pairs = ((doc, pipeline.extract_document(doc)) for doc in docs)
    n = 0
    for i, (_, mentions) in enumerate(pairs, 1):
        n += store.add_mentions(mentions) if mentions else 0
        if progress:
            progress("extract", i, len(docs))
    return n


# -- employment records ------------------------------------------------------------------

@dataclass
class RecordsResult:
    """What one records import did. ``ok`` is False only when no row could be imported."""

    run_id: str | None = None
    rows: int = 0
    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rows > 0

    def stats(self) -> dict[str, Any]:
        return {"rows": self.rows, "new": self.new, "duplicate": self.duplicate,
                "quarantined": self.quarantined}


def slug_ref(name: str, type: str) -> tuple[str, str]:
    """(id, display name) for a name the KB does not know: ``person:jane-doe``.

    >>> slug_ref("Jane  Doe", "person")
    ('person:jane-doe', 'Jane Doe')
    """
    clean = " ".join(name.split())
    slug = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", clean).lower()).strip("-_")
    return f"{type}:{slug or 'unknown'}", clean


def entity_ref(kb, name: str, type: str, context: dict | None = None) -> tuple[str, str]:
    """(id, canonical name) via the KB, else ``resolve.mint_ref``, else a slug."""
    try:
        ent = kb.resolve(name, type, context)
    except TypeError:  # a KB whose resolve takes no context
        ent = kb.resolve(name, type)
    if ent is not None:
        return ent.id, ent.name
    from talentflow import resolve

    mint = getattr(resolve, "mint_ref", None)
    if mint is not None:
        ref = mint(name, type)
        return ref.id, ref.name or name
    return slug_ref(name, type)


def row_to_stint(kb, row: RecordRow, source: str) -> Stint:
    """A Stint (provenance "records", source_ref "file:row") from a validated row."""
    org_id, org_name = entity_ref(kb, row.org, "org")
    person_id, person_name = entity_ref(kb, row.person, "person",
                                        {"org_ids": [org_id], "role": row.role})
    cov = dict(row.covariates)
    cov["_start_precision"] = row.start_precision
    cov["_end_precision"] = row.end_precision
    return Stint(person_id=person_id, org_id=org_id, start=row.start, end=row.end,
                 role=row.role, person_name=person_name, org_name=org_name,
                 provenance="records", source_ref=f"{source}:{row.row}", covariates=cov)


def import_records(store, path: str | Path) -> RecordsResult:
    """Import an employment-records file (CSV, JSON/JSONL, Parquet) as Stints, atomically.

    >>> from talentflow.store import Store
    >>> with Store(":memory:") as s:
    ...     import_records(s, "/nonexistent.csv").problems[0].error.startswith("cannot read")
    True
    """
    from talentflow.kb import load_kb

    read = read_records(path)
    kb = load_kb(store)
    stints = [row_to_stint(kb, r, str(path)) for r in read.rows]
    result = RecordsResult(rows=len(read.rows), quarantined=len(read.problems),
                           problems=read.problems)
    with store.transaction():
        result.run_id = store.start_run("records import")
        store.clear_quarantine(str(path))
        for p in read.problems:
            store.add_quarantine(p.origin, p.error, p.location, p.excerpt, result.run_id)
        result.new = store.add_stints(stints)
        result.duplicate = len(stints) - result.new
        store.finish_run(result.run_id, result.stats())
    return result
