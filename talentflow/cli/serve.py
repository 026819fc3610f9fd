"""CLI command: serve — the web app and JSON API (read-only and on 127.0.0.1 by default)."""

from __future__ import annotations

import os
from typing import Optional

import typer

from talentflow.cli.app import app
from talentflow.cli.common import console, db_option, fail


@app.command()
def serve(
    db: Optional[str] = db_option(),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (default: local only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    enable_writes: bool = typer.Option(False, "--enable-writes", help="Allow POST /api/documents "
                                       "(needs TALENTFLOW_TOKEN in the environment)."),
) -> None:
    """Serve org reports, person/event pages, search and the JSON API under /api."""
    import uvicorn

    from talentflow.store import resolve_db_path
    from talentflow.web.app import TOKEN_ENV, create_app

    if enable_writes and not os.environ.get(TOKEN_ENV):
        fail(f"--enable-writes needs a token: set {TOKEN_ENV} in the environment")
    path = resolve_db_path(db)
    if not enable_writes and path != ":memory:" and not os.path.exists(path):
        fail(f"no store at {path}; create one with `talentflow ingest` or `talentflow demo`, "
             "or pass --db")
    try:
        application = create_app(db=db, enable_writes=enable_writes)
    except Exception as exc:  # e.g. the database is locked by a writer
        fail(f"cannot open the store: {exc}")
    mode = "read-write" if enable_writes else "read-only"
    console.print(f"talentflow serving on http://{host}:{port} ({mode}); JSON API under /api, schema at /openapi.json",
                  highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
