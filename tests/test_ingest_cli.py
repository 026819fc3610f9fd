"""The foundation's CLI commands: help everywhere, documents and stats output."""

from __future__ import annotations

import json

import pytest

COMMANDS = [("ingest",), ("records",), ("records", "import"), ("documents",), ("export",),
            ("stats",)]


@pytest.mark.parametrize("cmd", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_help(cli, cmd):
    r = cli(*cmd, "--help")
    assert r.exit_code == 0 and "Usage:" in r.stdout


def test_documents_and_stats(tmp_path, cli, data_dir):
    db = tmp_path / "tf.duckdb"
    cli("ingest", data_dir / "feed.rss", data_dir / "feed.atom", data_dir / "nav_only.html",
        "--no-extract", "--db", db)
    cli("records", "import", data_dir / "records.csv", "--db", db)
    r = cli("documents", "--json", "--db", db)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(d["lang"], d["published"]) for d in rows] == [
        ("ar", "2024-11-13"), ("en", "2024-10-30"), ("en", "2024-10-28")]
    assert rows[0]["title"] == "تغيير في قيادة شركة الموانئ"
    r = cli("documents", "--lang", "en", "--db", db)
    assert r.exit_code == 0 and "2 documents" in r.stdout and "Riverside sack" in r.stdout
    r = cli("stats", "--db", db)
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert any(line.split() == ["documents", "3"] for line in lines)
    assert any(line.split() == ["stints", "5"] for line in lines)
    assert "documents by language: ar 1, en 2" in r.stdout
    assert "published: 2024-10-28 .. 2024-11-13" in r.stdout
    assert "last run: records import" in r.stdout
    assert f"quarantined: {data_dir / 'nav_only.html'}: no article text" in r.stdout
