"""The root Typer app. Command modules register themselves on ``app``."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="talentflow",
    help="Who left, where did they go, and why: personnel events from news and records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def version() -> None:
    """Print talentflow's version."""
    from talentflow import __version__

    typer.echo(__version__)
