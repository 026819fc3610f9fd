"""CLI commands: kb add | show | search (the knowledge base of people and orgs)."""

from __future__ import annotations

import json
from typing import List, Optional

import typer
from rich.markup import escape
from rich.table import Table

from talentflow.cli.app import app
from talentflow.cli.common import console, db_option, fail

kb_app = typer.Typer(help="The knowledge base: people and orgs with their aliases.",
                     no_args_is_help=True)
app.add_typer(kb_app, name="kb")

TYPES = ("person", "org")


def open_store(db: Optional[str], read_only: bool = False):
    """The store named by --db (or the settings), or a clear error."""
    from talentflow.store import Store, resolve_db_path

    try:
        from talentflow.config import load_settings

        path = load_settings({"db": db}).db
    except Exception:  # settings module absent or unreadable: the plain default applies
        path = resolve_db_path(db)
    try:
        return Store(path, read_only=read_only)
    except Exception as e:  # duckdb raises IOException and friends for a bad file
        fail(f"cannot open the store {path}: {e}")


@kb_app.command("add")
def add(
    name: str = typer.Argument(..., help="Canonical (Latin-script) name."),
    type: str = typer.Option(..., "--type", "-t", help="person or org."),
    alias: List[str] = typer.Option([], "--alias", "-a", help="Another name, any script (repeatable)."),
    entity_id: Optional[str] = typer.Option(None, "--id", help="Id to use (default: type:slug of the name)."),
    parent: Optional[str] = typer.Option(None, "--parent", help="Parent org id or name (orgs)."),
    org_type: Optional[str] = typer.Option(None, "--org-type", help="Kind of org: bank, airline, ai_lab..."),
    org: Optional[str] = typer.Option(None, "--org", help="People: an org they work or worked at (id or name)."),
    role: Optional[str] = typer.Option(None, "--role", help="People: their role code at --org (cfo, ceo...)."),
    start: Optional[str] = typer.Option(None, "--start", help="People: when they joined --org, YYYY[-MM[-DD]]."),
    end: Optional[str] = typer.Option(None, "--end", help="People: when they left --org, YYYY[-MM[-DD]]."),
    db: Optional[str] = db_option(),
) -> None:
    """Add a person or org (or more aliases for a known one) to the store's KB."""
    from talentflow.kb import load_kb
    from talentflow.lang.normalize import has_arabic
    from talentflow.resolve.mint import slugify

    from talentflow.models import ROLE_CODES
    from talentflow.resolve.dates import clean

    if type not in TYPES:
        fail(f"unknown type '{type}'. Valid types: {', '.join(TYPES)}.")
    if type == "person" and (parent or org_type):
        fail("--parent and --org-type are for orgs; for people use --org and --role.")
    if type == "org" and (org or role or start or end):
        fail("--org, --role, --start and --end are for people; for orgs use --parent.")
    if role and role not in ROLE_CODES:
        fail(f"unknown role '{role}'. Valid roles: {', '.join(ROLE_CODES)}.")
    for flag, d in (("--start", start), ("--end", end)):
        if d and not clean(d):
            fail(f"bad {flag} '{d}'. Use YYYY, YYYY-MM or YYYY-MM-DD.")
    with open_store(db) as store:
        kb = load_kb(store)
        eid = entity_id or f"{type}:{slugify(name)}"
        if not eid.startswith(type + ":"):
            fail(f"id '{eid}' must start with '{type}:'.")
        aliases = [{"text": a, "lang": "ar" if has_arabic(a) else "en", "source": "user"}
                   for a in alias]
        known = kb.get(eid)
        if known and known.source == "kb":
            for a in aliases:
                store.add_alias(eid, a["text"], a["lang"], "user")
            console.print(f"added {len(aliases)} alias(es) to {eid} ({escape(known.name)})")
            return
        parent_id = _org_id(kb, parent) if parent else None
        affs = [{"org_id": _org_id(kb, org), "role": role, "start": start, "end": end}] if org else []
        store.add_entity({"id": eid, "type": type, "name": name, "aliases": aliases,
                          "parent": parent_id, "org_type": org_type, "affiliations": affs})
        console.print(f"added {eid} ({escape(name)}) with {len(aliases)} alias(es)")


def _org_id(kb, text: str) -> str:
    if kb.get(text):
        return text
    e = kb.resolve(text, "org")
    if e is None:
        fail(f"unknown parent org '{text}'. Give a KB org id (see `talentflow kb search`).")
    return e.id


@kb_app.command("show")
def show(
    entity: str = typer.Argument(..., help="An id (org:openai) or a name in any script."),
    format: str = typer.Option("table", "--format", help="table or json."),
    db: Optional[str] = db_option(),
) -> None:
    """Show one entity: names, aliases with their source, parent, affiliations."""
    e = _find(entity, db)
    if format == "json":
        typer.echo(json.dumps(e.to_dict(), ensure_ascii=False, indent=1))
        return
    if format != "table":
        fail(f"unknown format '{format}'. Valid formats: table, json.")
    console.print(f"[bold]{escape(e.name)}[/]  {e.id}  ({e.type}"
                  + (f", {e.org_type}" if e.org_type else "") + f"; source: {e.source})")
    if e.parent:
        console.print(f"parent: {e.parent}")
    t = Table("alias", "lang", "source")
    for a in e.aliases:
        t.add_row(escape(a.text), a.lang or "", a.source)
    console.print(t)
    if e.affiliations:
        t = Table("org", "role", "start", "end")
        for a in e.affiliations:
            t.add_row(a.org_id, a.role or "", a.start or "", a.end or "")
        console.print(t)


def _find(text: str, db: Optional[str]):
    from talentflow.kb import load_kb

    with open_store(db, read_only=False) as store:
        kb = load_kb(store)
    e = kb.get(text) or kb.resolve(text, "person") or kb.resolve(text, "org")
    if e is None:
        hits = kb.search(text, limit=5)
        hint = f" Did you mean: {', '.join(h.id for h in hits)}?" if hits else ""
        fail(f"no entity '{text}' in the KB.{hint}")
    return e


@kb_app.command("search")
def search(
    text: str = typer.Argument(..., help="Part of an id, name or alias, any script."),
    limit: int = typer.Option(20, "--limit", min=1, help="At most this many results."),
    db: Optional[str] = db_option(),
) -> None:
    """Find entities whose id, name or alias contains TEXT (or sounds like it)."""
    from talentflow.kb import load_kb

    with open_store(db) as store:
        kb = load_kb(store)
    hits = kb.search(text, limit=limit)
    if not hits:
        fail(f"nothing in the KB matches '{text}'.")
    t = Table("id", "name", "type", "aliases")
    for e in hits:
        t.add_row(e.id, escape(e.name), e.type,
                  escape(", ".join(a.text for a in e.aliases if a.source != "generated")[:80]))
    console.print(t)
