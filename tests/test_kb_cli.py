"""kb add | show | search, consolidate, events and event: thin commands over the library."""

import json
from pathlib import Path

CONSOL = Path(__file__).parent / "consolidation"


def test_kb_search_and_show(cli, db_path):
    r = cli("kb", "search", "ليبراتور", "--db", db_path)
    assert r.exit_code == 0 and "person:mike-liberatore" in r.output
    r = cli("kb", "show", "روبرت كيل", "--format", "json", "--db", db_path)
    assert r.exit_code == 0
    assert json.loads(r.output)["id"] == "person:robert-keele"


def test_kb_add_then_resolve(cli, db_path):
    r = cli("kb", "add", "Jane Roe", "--type", "person", "--alias", "جين رو",
            "--org", "xAI", "--role", "cfo", "--start", "2025-09", "--db", db_path)
    assert r.exit_code == 0, r.output
    r = cli("kb", "show", "جين رو", "--format", "json", "--db", db_path)
    d = json.loads(r.output)
    assert d["id"] == "person:jane-roe" and d["source"] == "user"
    assert d["affiliations"] == [{"org_id": "org:xai", "role": "cfo", "start": "2025-09", "end": None}]
    r = cli("kb", "add", "Robert Keele", "--type", "person", "--id", "person:robert-keele",
            "--alias", "بوب كيلي", "--db", db_path)
    assert "added 1 alias(es) to person:robert-keele" in r.output


def test_kb_errors_say_what_is_valid(cli, db_path):
    r = cli("kb", "add", "X", "--type", "place", "--db", db_path)
    assert r.exit_code != 0 and "Valid types: person, org" in r.output
    r = cli("kb", "show", "Nobody Anywhere", "--db", db_path)
    assert r.exit_code != 0 and "no entity" in r.output
    r = cli("kb", "add", "Acme", "--type", "org", "--role", "boss", "--db", db_path)
    assert r.exit_code != 0 and "for people" in r.output


def _load_mentions(db_path):
    from talentflow.models import EventMention
    from talentflow.store import Store

    with Store(db_path) as s:
        for f in sorted(CONSOL.glob("[0-9]*.json")):
            s.add_mentions([EventMention.from_dict(m)
                            for m in json.loads(f.read_text(encoding="utf-8"))["mentions"]])


def test_consolidate_events_and_event(cli, db_path):
    _load_mentions(db_path)
    r = cli("consolidate", "--db", db_path)
    assert r.exit_code == 0 and "events: 10" in r.output
    r = cli("events", "--org", "أوبن إيه آي", "--format", "json", "--db", db_path)
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert {e["person"]["id"] for e in rows} == {
        "person:ilya-sutskever", "person:jan-leike", "person:mira-murati",
        "person:mike-liberatore"}  # Liberatore's destination is OpenAI
    r = cli("events", "--person", "يان لايكه", "--since", "2024", "--format", "json", "--db", db_path)
    (leike,) = [json.loads(line) for line in r.output.splitlines()]
    assert leike["n_sources"] == 4
    r = cli("event", leike["id"], "--db", db_path)
    assert r.exit_code == 0
    assert "sources disagree on date" in r.output and "يان لايكه" in r.output


def test_events_errors(cli, db_path):
    assert "Use YYYY" in cli("events", "--since", "2025-13", "--db", db_path).output
    assert "Valid formats" in cli("events", "--format", "xml", "--db", db_path).output
    assert "no event" in cli("event", "event:nope", "--db", db_path).output
