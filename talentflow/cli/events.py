"""CLI commands: consolidate, events (list consolidated events) and event ID (its evidence)."""

from __future__ import annotations

import json
from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from talentflow.cli.app import app
from talentflow.cli.common import console, db_option, fail
from talentflow.cli.kb import open_store

FORMATS = ("table", "json")


@app.command()
def consolidate(db: Optional[str] = db_option()) -> None:
    """Merge all event mentions into consolidated events (ingest does this after each batch)."""
    from talentflow.resolve import consolidate as run

    with open_store(db) as store:
        counts = run(store)
    console.print(", ".join(f"{k}: {v}" for k, v in counts.items()))


def _ids(store, text: Optional[str], type: str) -> Optional[list[str]]:
    if not text:
        return None
    from talentflow.kb import load_kb

    kb = load_kb(store)
    e = kb.get(text) or kb.resolve(text, type)
    if e is not None:
        return [e.id] + ([x.id for x in kb.entities.values() if x.parent == e.id] if type == "org" else [])
    if ":" in text:
        return [text]  # a minted id the KB does not hold
    from talentflow.resolve import mint_ref

    return [mint_ref(text, type).id]


@app.command()
def events(
    org: Optional[str] = typer.Option(None, "--org", help="Org id or name (any script); includes its units."),
    person: Optional[str] = typer.Option(None, "--person", help="Person id or name (any script)."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events dated on or after YYYY[-MM[-DD]]."),
    kind: Optional[str] = typer.Option(None, "--kind", help="departure, arrival, role_change, lawsuit or claim."),
    format: str = typer.Option("table", "--format", help="table or json (one event per line)."),
    db: Optional[str] = db_option(),
) -> None:
    """List consolidated events with their number of sources."""
    from talentflow.models import EVENT_KINDS
    from talentflow.resolve.dates import clean

    if format not in FORMATS:
        fail(f"unknown format '{format}'. Valid formats: {', '.join(FORMATS)}.")
    if since and not clean(since):
        fail(f"bad --since '{since}'. Use YYYY, YYYY-MM or YYYY-MM-DD.")
    if kind and kind not in EVENT_KINDS:
        fail(f"unknown kind '{kind}'. Valid kinds: {', '.join(EVENT_KINDS)}.")
    with open_store(db) as store:
        rows = store.list_events(org_ids=_ids(store, org, "org"),
                                 person_ids=_ids(store, person, "person"), since=since, kind=kind)
    if format == "json":
        for ev in rows:
            typer.echo(json.dumps(ev, ensure_ascii=False))
        return
    _table(rows)


def _name(ref: Optional[dict]) -> str:
    return escape(ref["name"]) if ref and ref.get("name") else ""


def _table(rows: list[dict]) -> None:
    t = Table("kind", "date", "person", "org", "role", "to", "sources", "id")
    for col in (t.columns[0], t.columns[1], t.columns[7]):
        col.no_wrap = True
    for ev in rows:
        flag = " [yellow]≠[/]" if ev.get("conflicts") else ""
        t.add_row(ev["kind"], (ev.get("date") or "") + flag, _name(ev.get("person")),
                  _name(ev.get("org")), ev.get("role") or "", _name(ev.get("destination")),
                  str(ev.get("n_sources", "")), ev["id"])
    console.print(t)
    console.print(f"{len(rows)} event(s)")


@app.command()
def event(
    event_id: str = typer.Argument(..., help="An event id (or a unique prefix of one)."),
    format: str = typer.Option("table", "--format", help="table or json."),
    db: Optional[str] = db_option(),
) -> None:
    """Show one consolidated event: its facts, conflicts, every mention and its evidence."""
    if format not in FORMATS:
        fail(f"unknown format '{format}'. Valid formats: {', '.join(FORMATS)}.")
    with open_store(db) as store:
        ev = store.get_event(event_id)
    if ev is None:
        fail(f"no event '{event_id}'. List ids with `talentflow events`.")
    if format == "json":
        typer.echo(json.dumps(ev, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{ev['kind']}[/] {_name(ev.get('person'))} · {_name(ev.get('org'))}"
                  f" · {ev.get('date') or 'undated'} · role {ev.get('role') or '?'}"
                  + (f" → {_name(ev.get('destination'))}" if ev.get("destination") else ""))
    for field, values in (ev.get("conflicts") or {}).items():
        console.print(f"[yellow]sources disagree on {field}:[/] {', '.join(map(str, values))}")
    t = Table("mention", "doc", "published", "lang", "as written", "date")
    for m in ev["mentions"]:
        src = m.get("source") or {}
        t.add_row(m["mention_id"], src.get("doc") or "", src.get("published") or "",
                  src.get("lang") or "", escape((m.get("person") or {}).get("mention") or ""),
                  m.get("date") or "")
    console.print(t)
    if ev.get("reasons"):
        t = Table("driver", "who says", "stance", "evidence", "doc")
        for r in ev["reasons"]:
            t.add_row(r["driver"] or "", r["attributed_to"] or "", r["stance"] or "",
                      escape(r["evidence"] or ""), r["doc_id"] or "")
        console.print(t)
