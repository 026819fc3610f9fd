"""CLI command: ``talentflow extract PATH... [--published D] [--lang ar|en] --format jsonl|table``.

Reads any input the sources read (txt, md, html, json, jsonl, feeds, ``-`` for stdin) and
prints the events.md JSON lines or a table. Thin over :func:`talentflow.pipeline.extract_many`.
"""

from __future__ import annotations

import json
import sys
from typing import List, Optional

import typer

from talentflow.cli.app import app
from talentflow.cli.common import console, err_console, fail

FORMATS = ("jsonl", "table")
FORMATS_IN = ("text", "jsonl", "json")


def _read_documents(paths: list[str], published: str | None, lang: str | None, format_in: str):
    from talentflow.sources import expand_paths, read_path, read_stdin

    docs, problems = [], []
    files = [p for p in paths if p != "-"]
    if "-" in paths:
        res = read_stdin(sys.stdin, format_in, published=published, lang=lang)
        docs += res.documents
        problems += res.problems
    found, missing = expand_paths(files) if files else ([], [])
    for m in missing:
        fail(f"no such file or folder: {m} (give files, folders, globs or - for stdin)")
    for f in found:
        res = read_path(f, published=published, lang=lang)
        docs += res.documents
        problems += res.problems
    return docs, problems


def _table(rows: list[tuple]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False)
    for col in ("doc", "kind", "person", "org", "role", "date", "started", "tenure", "destination", "conf"):
        t.add_column(col)
    for doc, ev in rows:
        d = ev.to_dict()
        name = lambda r: (r or {}).get("name") or "" # noqa: E731
        t.add_row(str(doc.origin or doc.id), d["kind"], name(d["person"]), name(d["org"]), d["role"] or "",
                  d["date"] or "", d["started"] or "", "" if d["tenure_months"] is None else str(d["tenure_months"]),
                  name(d["destination"]), f'{d["confidence"]:.2f}')
    out = console if console.is_terminal else Console(width=200)
    out.print(t)


@app.command("extract")
def extract_cmd(
    paths: List[str] = typer.Argument(..., help="Files, folders or globs to read; - reads stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) anchoring relative dates."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the inputs: ar or en (detected when omitted)."),
    fmt: str = typer.Option("jsonl", "--format", help="Output: jsonl (events.md objects) or table."),
    format_in: str = typer.Option("text", "--format-in", help="Stdin format: text, jsonl or json."),
    include_claims: bool = typer.Option(True, "--claims/--no-claims", help="Include org-level claims."),
) -> None:
    """Extract personnel events from news texts and print them (events.md JSON lines)."""
    from talentflow.pipeline import SUPPORTED, extract_many
    from talentflow.sources.base import normalize_published

    if fmt not in FORMATS:
        fail(f"unknown format '{fmt}'; valid: {', '.join(FORMATS)}")
    if format_in not in FORMATS_IN:
        fail(f"unknown input format '{format_in}'; valid: {', '.join(FORMATS_IN)}")
    if lang is not None and lang not in SUPPORTED:
        fail(f"unsupported language '{lang}'; valid: {', '.join(SUPPORTED)}")
    if published is not None:
        try:
            published = normalize_published(published)
        except Exception:  # noqa: BLE001
            published = None
        if published is None:
            fail("--published must be a date like 2025-09-20")
    docs, problems = _read_documents(paths, published, lang, format_in)
    for p in problems:
        err_console.print(f"[yellow]skipped[/] {p.origin}: {p.error}", highlight=False)
    rows = []
    for doc, events in extract_many(docs):
        for ev in events:
            if ev.kind == "claim" and not include_claims:
                continue
            if fmt == "jsonl":
                d = ev.to_dict()
                if doc.origin and d.get("source"):
                    d["source"]["doc"] = doc.origin if doc.origin != "-" else d["source"]["doc"]
                sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
            else:
                rows.append((doc, ev))
    if fmt == "table":
        _table(rows)
    if not docs and problems:
        raise typer.Exit(1)
