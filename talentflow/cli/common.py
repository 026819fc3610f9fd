"""Options and helpers shared by CLI commands."""

from __future__ import annotations

import sys
from typing import NoReturn, Optional

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)

DB_HELP = "DuckDB file to use (default: $TALENTFLOW_DB or ./talentflow.duckdb)."


def db_option() -> Optional[str]:
    return typer.Option(None, "--db", help=DB_HELP, show_default=False)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error to stderr and exit non-zero."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def progress_enabled() -> bool:
    return sys.stderr.isatty()
