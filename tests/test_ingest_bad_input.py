"""Bad input: a one-line message naming the file (and line), a quarantine row, the rest of
the batch still goes in, and exit non-zero only when nothing could be ingested."""

from __future__ import annotations

import json

import pytest

from talentflow.config import load_settings
from talentflow.ingest import ingest

GOOD = "Harbour Bank said its chief financial officer, Nadia Farouk, left the bank in May.\n"
TRUNCATED_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>'
                  '<item><title>Coach leaves</title><description>The coach left the club')

# (file name, content bytes, words the error must contain, location or None)
BAD = [
    ("empty.txt", b"", "empty file", None),
    ("blank.md", b"  \n\n \t\n", "empty file", None),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file", None),
    ("latin1.txt", "Caf\u00e9 manager left.".encode("latin-1"), "invalid UTF-8 at byte 3", None),
    ("cut.json", b'{"text": "The CFO left", "published": "2025-0', "invalid JSON", None),
    ("broken.rss", TRUNCATED_FEED.encode(), "malformed feed", None),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
     "no article text", None),
    ("report.pdf", b"%PDF-1.4 binary-ish", "unknown extension '.pdf'", None),
    ("nodate.json", json.dumps({"text": "He left.", "published": "next spring"}).encode(),
     "not a valid date", None),
    ("notext.json", json.dumps({"title": "Only a title"}).encode(), "no text", None),
]


@pytest.mark.parametrize("name,content,error,location", BAD, ids=[b[0] for b in BAD])
def test_bad_file_is_quarantined_and_the_rest_goes_in(tmp_path, store, name, content, error,
                                                      location):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    r = ingest(store, [str(tmp_path)], extract=False)
    assert (r.new, r.quarantined) == (1, 1)
    assert r.ok
    [problem] = r.problems
    assert problem.origin == str(bad) and error in problem.error
    assert "\n" not in problem.message() and problem.message().startswith(str(bad))
    [row] = store.quarantine()
    assert row["origin"] == str(bad) and error in row["error"] and row["run_id"] == r.run_id


def test_truncated_jsonl_line_names_the_line_and_keeps_other_lines(tmp_path, store):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"text": "The coach was sacked on Sunday."}) + "\n"
                 + '{"text": "The CFO resigned after three mon\n'
                 + json.dumps({"text": "The bank named a new chief executive."}) + "\n")
    r = ingest(store, [str(p)], extract=False)
    assert (r.new, r.quarantined) == (2, 1)
    assert r.problems[0].location == "line 2"
    assert r.problems[0].message().startswith(f"{p} (line 2): invalid JSON")
    assert store.quarantine()[0]["location"] == "line 2"


def test_file_over_the_size_limit(tmp_path, store):
    big = tmp_path / "big.txt"
    big.write_text("The manager left the club. " * 50000)  # about 1.3 MB
    small = tmp_path / "small.txt"
    small.write_text(GOOD)
    r = ingest(store, [str(tmp_path)], extract=False,
               settings=load_settings({"max_file_mb": 1}, user_file=None, env={}))
    assert (r.new, r.quarantined) == (1, 1)
    assert "over the 1 MB limit" in r.problems[0].error
    # the default limit (20 MB) reads it
    r2 = ingest(store, [str(big)], extract=False,
                settings=load_settings(user_file=None, env={}))
    assert r2.new == 1


def test_size_limit_from_environment_and_user_file(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text("[talentflow]\nmax_file_mb = 5\n")
    assert load_settings(user_file=cfg, env={}).max_file_mb == 5.0
    assert load_settings(user_file=cfg, env={"TALENTFLOW_MAX_FILE_MB": "7"}).max_file_mb == 7.0
    assert load_settings({"max_file_mb": 9}, user_file=cfg,
                         env={"TALENTFLOW_MAX_FILE_MB": "7"}).max_file_mb == 9.0
    cfg.write_text("max_file_mb = 5\nsize = 3\n")
    with pytest.raises(Exception, match="unknown setting.*size.*valid settings"):
        load_settings(user_file=cfg, env={})


def test_reingest_after_fixing_the_file(tmp_path, store):
    p = tmp_path / "story.json"
    p.write_text('{"text": "The club sacked its manager", ')
    r1 = ingest(store, [str(p)], extract=False)
    assert (r1.new, r1.quarantined, r1.ok) == (0, 1, False)
    assert len(store.quarantine()) == 1
    p.write_text(json.dumps({"text": "The club sacked its manager on Monday."}))
    r2 = ingest(store, [str(p)], extract=False)
    assert (r2.new, r2.quarantined, r2.ok) == (1, 0, True)
    assert store.quarantine() == []  # the file's old quarantine entry is gone
    assert store.table_counts()["documents"] == 1


def test_cli_exit_codes_and_one_line_messages(tmp_path, cli):
    db = tmp_path / "tf.duckdb"
    inputs = tmp_path / "in"
    inputs.mkdir()
    bad = inputs / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    only_bad = cli("ingest", bad, "--db", db, "--no-extract")
    assert only_bad.exit_code == 1
    assert f"{bad}: binary file" in only_bad.stderr
    assert "nothing could be ingested" in only_bad.stderr
    good = inputs / "good.txt"
    good.write_text(GOOD)
    mixed = cli("ingest", inputs, "--db", db, "--no-extract")
    assert mixed.exit_code == 0, mixed.output
    assert "1 new, 0 duplicate, 1 quarantined" in mixed.stdout
    again = cli("ingest", good, "--db", db, "--no-extract")
    assert again.exit_code == 0 and "0 new, 1 duplicate" in again.stdout
    nothing = cli("ingest", tmp_path / "nope*.txt", "--db", db)
    assert nothing.exit_code == 1 and "matched no file" in nothing.stderr


def test_cli_rejects_bad_flags(tmp_path, cli):
    (tmp_path / "a.txt").write_text(GOOD)
    r = cli("ingest", tmp_path / "a.txt", "--published", "yesterday", "--db", tmp_path / "x.db")
    assert r.exit_code == 1 and "--published" in r.stderr and "YYYY-MM-DD" in r.stderr
    r = cli("ingest", tmp_path / "a.txt", "--lang", "fr", "--db", tmp_path / "x.db")
    assert r.exit_code == 1 and "valid: ar, en" in r.stderr


def test_records_file_given_to_ingest_gets_a_hint(tmp_path, store):
    p = tmp_path / "staff.csv"
    p.write_text("person,org,start\nA,B,2020\n")
    r = ingest(store, [str(p)], extract=False)
    assert "use 'talentflow records import'" in r.problems[0].error


def test_stdin_over_the_limit_and_empty_stdin(store):
    import io

    small = load_settings({"max_file_mb": 0.001}, user_file=None, env={})  # about 1 KB
    r = ingest(store, ["-"], stdin=io.StringIO("The CEO left. " * 200), settings=small,
               extract=False)
    assert r.quarantined == 1 and "over the" in r.problems[0].error
    r = ingest(store, ["-"], stdin=io.StringIO("  \n"), extract=False)
    assert r.problems[0].message() == "-: empty input"
