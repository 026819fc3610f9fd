"""CLI command: ``talentflow why ORG`` — departures, ranked drivers, claims, with evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from talentflow.cli.app import app
from talentflow.cli.common import console, db_option, fail

FORMATS = ("text", "json")


@app.command("why")
def why_command(
    org: str = typer.Argument(..., help="The organization: id (org:xai), name or any alias, "
                                        "in any script."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events on or after this "
                                        "date (YYYY, YYYY-MM or YYYY-MM-DD)."),
    fmt: str = typer.Option("text", "--format", help="Output format: text or json."),
    db: Optional[str] = db_option(),
) -> None:
    """Why people leave ORG: departures, drivers ranked with evidence, claims and denials."""
    from talentflow.store import Store, resolve_db_path
    from talentflow.why import WhyError, check_since, render, why

    if fmt not in FORMATS:
        fail(f"Unknown format '{fmt}'. Valid formats: {', '.join(FORMATS)}.")
    path = resolve_db_path(db)
    if path != ":memory:" and not Path(path).exists():
        fail(f"No database at {path}. Run `talentflow ingest` first or pass --db PATH.")
    import duckdb

    try:
        check_since(since)
        with Store(path, read_only=True) as store:
            brief = why(store, org, since)
    except WhyError as exc:
        fail(str(exc))
    except duckdb.Error as exc:
        fail(f"Cannot read the database {path}: {str(exc).splitlines()[0]}")
    if fmt == "json":
        typer.echo(json.dumps(brief, ensure_ascii=False, indent=2, default=str))
    else:
        render(brief, console)
