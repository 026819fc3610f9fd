"""CLI commands: ingest, records import, documents, export, stats (thin over the library)."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Iterator, List, Optional

import typer
from rich.markup import escape

from talentflow.cli.app import app
from talentflow.cli.common import console, db_option, err_console, fail, progress_enabled
from talentflow.errors import TalentflowError

records_app = typer.Typer(help="Employment records (person, org, role, start, end).",
                          no_args_is_help=True)
app.add_typer(records_app, name="records")


def _settings(db: Optional[str], **flags):
    from talentflow.config import load_settings

    try:
        return load_settings({"db": db, **flags})
    except TalentflowError as e:
        fail(str(e))


def _open_store(db: Optional[str], read_only: bool = False, **flags):
    from talentflow.store import Store

    settings = _settings(db, **flags)
    try:
        return Store(settings.db, read_only=read_only), settings
    except Exception as e:  # duckdb raises IOException and friends for a bad file
        fail(f"cannot open the store {settings.db}: {e}")


@contextmanager
def _progress() -> Iterator:
    """A progress callback (phase, done, total) drawing a rich bar on stderr when on a tty."""
    if not progress_enabled():
        yield None
        return
    from rich.progress import Progress

    with Progress(console=err_console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                label = {"read": "Reading files", "store": "Storing documents",
                         "extract": "Extracting events"}.get(phase, phase)
                tasks[phase] = bar.add_task(label, total=total)
            bar.update(tasks[phase], completed=done, total=total)

        yield update


def _report_problems(problems) -> None:
    for p in problems:
        tag = "[yellow]unsupported:[/]" if p.kind == "unsupported" else "[red]quarantined:[/]"
        err_console.print(f"{tag} {escape(p.message())}", highlight=False, soft_wrap=True)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, folders (recursive), globs; '-' reads stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs that lack one."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language (ar or en) for inputs that lack one; detected otherwise."),
    format_in: str = typer.Option("text", "--format-in", help="Format of stdin: text, jsonl or json."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store documents only; skip event extraction."),
    max_file_mb: Optional[float] = typer.Option(None, "--max-file-mb", help="Size limit per file in MB (default 20)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes for extraction (1 = in this process)."),
    db: Optional[str] = db_option(),
) -> None:
    """Ingest news documents: .txt .md .html .json .jsonl .rss .atom .xml, or stdin."""
    from talentflow.ingest import ingest as run_ingest
    from talentflow.sources import normalize_published, ReadError, SUPPORTED_LANGS

    try:
        published = normalize_published(published)
    except ReadError as e:
        fail(f"--published: {e}")
    if lang and lang not in SUPPORTED_LANGS:
        fail(f"--lang '{lang}' is not supported; valid: {', '.join(SUPPORTED_LANGS)}")
    if format_in not in ("text", "jsonl", "json"):
        fail(f"--format-in '{format_in}' is not known; valid: text, jsonl, json")
    store, settings = _open_store(db, max_file_mb=max_file_mb)
    with store, _progress() as progress:
        try:
            r = run_ingest(store, paths, published=published, lang=lang,
                           extract=not no_extract and settings.extract, settings=settings,
                           format_in=format_in, progress=progress, workers=workers)
        except TalentflowError as e:
            fail(str(e))
        except Exception as e:
            fail(f"ingest failed and was rolled back, the store is unchanged: "
                 f"{type(e).__name__}: {e}")
    for pat in r.missing:
        err_console.print(f"[red]not found:[/] {escape(pat)} matched no file", highlight=False, soft_wrap=True)
    _report_problems(r.problems)
    console.print(f"{r.files} inputs: {r.new} new, {r.duplicate} duplicate, "
                  f"{r.quarantined} quarantined, {r.unsupported} unsupported; "
                  f"{r.mentions} event mentions", highlight=False, soft_wrap=True)
    if not r.ok:
        fail("nothing could be ingested")


@records_app.command("import")
def records_import(
    file: str = typer.Argument(..., help="CSV, JSON, JSONL or Parquet with person, org, role, start, end."),
    db: Optional[str] = db_option(),
) -> None:
    """Import employment records as stints (end empty = ongoing; other columns = covariates)."""
    from talentflow.ingest import import_records

    store, _ = _open_store(db)
    with store:
        r = import_records(store, file)
    _report_problems(r.problems)
    console.print(f"{r.rows} valid rows: {r.new} new stints, {r.duplicate} duplicate, "
                  f"{r.quarantined} quarantined", highlight=False, soft_wrap=True)
    if not r.ok:
        fail(f"no record could be imported from {file}")


def _short(text: str, n: int = 44) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@app.command()
def documents(
    lang: Optional[str] = typer.Option(None, "--lang", help="Only this language (ar or en)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="At most this many."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
    db: Optional[str] = db_option(),
) -> None:
    """List stored documents (newest publication first)."""
    store, _ = _open_store(db)
    with store:
        docs = store.documents(lang=lang, limit=limit)
    if as_json:
        for d in docs:
            typer.echo(json.dumps({k: getattr(d, k) for k in
                                   ("id", "lang", "published", "url", "title", "origin")},
                                  ensure_ascii=False))
        return
    from rich.table import Table

    table = Table()
    table.add_column("id", no_wrap=True, min_width=20)
    table.add_column("lang", no_wrap=True, min_width=4)
    table.add_column("published", no_wrap=True, min_width=10)
    table.add_column("title", max_width=60)
    for d in docs:
        table.add_row(d.id, d.lang or "", d.published or "", _short(d.title or d.origin or ""))
    console.print(table)
    console.print(f"{len(docs)} documents", highlight=False, soft_wrap=True)


@app.command()
def export(
    format: str = typer.Option(..., "--format", help="parquet, csv or jsonl."),
    table: str = typer.Option(..., "--table", help="Table to export, e.g. documents, events, stints."),
    out: str = typer.Option(..., "--out", help="Output file."),
    db: Optional[str] = db_option(),
) -> None:
    """Export one table of the store as Parquet, CSV or JSON lines."""
    store, _ = _open_store(db)
    with store:
        try:
            n = store.export(table, format, out)
        except TalentflowError as e:
            fail(str(e))
    console.print(f"wrote {n} rows of {table} to {out}", highlight=False, soft_wrap=True)


def _print_quarantine(store_rows: list[dict]) -> None:
    for q in store_rows:
        where = f"{q['origin']} ({q['location']})" if q["location"] else q["origin"]
        console.print(f"[red]quarantined:[/] {escape(where)}: {escape(q['error'])}",
                      highlight=False, soft_wrap=True)


@app.command()
def stats(
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    db: Optional[str] = db_option(),
) -> None:
    """What the store holds: rows per table, documents per language, the latest quarantine
    entries (at most 10) and the last run."""
    store, _ = _open_store(db)
    with store:
        s = store.stats()
        s["quarantine_latest"] = store.quarantine()[-10:]
    if as_json:
        typer.echo(json.dumps(s, default=str, ensure_ascii=False))
        return
    for name, n in s["tables"].items():
        console.print(f"{name:15} {n:>7}", highlight=False, soft_wrap=True)
    langs = ", ".join(f"{k} {v}" for k, v in s["documents_by_lang"].items()) or "none"
    console.print(f"documents by language: {langs}", highlight=False, soft_wrap=True)
    if s["published"]["min"]:
        console.print(f"published: {s['published']['min']} .. {s['published']['max']}",
                      highlight=False, soft_wrap=True)
    _print_quarantine(store_rows=s.get("quarantine_latest") or [])
    last = s["last_run"]
    if last:
        summary = ", ".join(f"{k} {v}" for k, v in (last["stats"] or {}).items()
                            if not isinstance(v, (list, dict)))
        console.print(f"last run: {last['command']} at {last['started_at']:%Y-%m-%d %H:%M} "
                      f"({summary})", highlight=False, soft_wrap=True)
    sys.stdout.flush()
