"""CLI command: ``talentflow demo`` — the main job on the bundled sample data."""

from __future__ import annotations

import typer

from talentflow.cli.app import app
from talentflow.cli.common import console


@app.command("demo")
def demo_command(
    out: str = typer.Option("demo-out", "--out", help="Folder for the demo store and report."),
    org: str = typer.Option("xAI", "--org", help="The organization whose brief is shown."),
) -> None:
    """Ingest the samples, consolidate, measure, print ORG's "why" brief and write its report."""
    from talentflow.demo import run_demo
    from talentflow.why import render

    res = run_demo(out, org=org, say=lambda s: console.print(s, highlight=False))
    console.rule(f"store: {res.db}")
    console.print(", ".join(f"{k} {v}" for k, v in res.stats.items()), highlight=False)
    console.rule(f"who left {org}, where to, and why")
    render(res.brief, console)
    console.rule()
    console.print(f"HTML report: {res.report.resolve()}", highlight=False)
    console.print(f"Explore: talentflow why {org} --db {res.db} | talentflow serve --db {res.db}",
                  highlight=False)
