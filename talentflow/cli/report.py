"""CLI command: report — write the self-contained HTML turnover report for one org."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import typer

from talentflow.cli.app import app
from talentflow.cli.common import console, db_option, fail

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@app.command()
def report(
    org: str = typer.Argument(..., help="Org id, name or alias in any script (e.g. xAI, org:xai)."),
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="HTML file to write."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events from this date "
                                        "(YYYY, YYYY-MM or YYYY-MM-DD)."),
    lang: str = typer.Option("en", "--lang", help="Language of the report's own labels: en or ar."),
    db: Optional[str] = db_option(),
) -> None:
    """Write one self-contained HTML report (works offline): figures, timeline, tenure,
    drivers with attributions and denials, flows, survival, and every quote with its source."""
    from talentflow.report import LANGS, BadLang, UnknownOrg, write_report
    from talentflow.store import Store

    if since and not DATE_RE.match(since):
        fail(f"--since {since!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    if lang not in LANGS:
        fail(f"--lang {lang!r} is not supported; valid: {', '.join(LANGS)}")
    try:
        with Store(db) as store:
            path = write_report(store, org, out, since=since, lang=lang)
    except (UnknownOrg, BadLang) as exc:
        fail(str(exc))
    console.print(f"report written: {path.resolve()}", highlight=False)
