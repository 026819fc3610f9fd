"""Command-line interface: thin commands over library functions.

Each module below owns its commands and registers them on ``talentflow.cli.app.app``.
"""

from __future__ import annotations

import importlib

from talentflow.cli.app import app

COMMAND_MODULES = ("ingest", "extract", "kb", "events", "why", "metrics", "report", "serve",
                   "evaluate", "demo")

for _name in COMMAND_MODULES:
    importlib.import_module(f"talentflow.cli.{_name}")


def main() -> None:
    app()
