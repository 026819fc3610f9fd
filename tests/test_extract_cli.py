"""`talentflow extract` and `talentflow eval` from the command line."""

import json

from typer.testing import CliRunner

from talentflow.cli import app

runner = CliRunner()


def test_extract_jsonl_from_a_text_file(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text("Jane Roe, the chief financial officer of Acme Corp, resigned last month "
                 "after just over a year with the company.", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--published", "2025-03-10", "--no-claims"])
    assert res.exit_code == 0, res.output
    (line,) = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert line["kind"] == "departure"
    assert line["person"]["name"] == "Jane Roe"
    assert line["role"] == "cfo"
    assert line["date"] == "2025-02"
    assert line["tenure_months"] == 12
    s, e = line["source"]["span"]
    assert f.read_text(encoding="utf-8")[s:e].startswith("Jane Roe")


def test_extract_table_and_stdin():
    res = runner.invoke(app, ["extract", "-", "--format", "table", "--lang", "en"],
                        input="Acme Corp appointed John Smith as chief executive.")
    assert res.exit_code == 0, res.output
    assert "arrival" in res.stdout and "John" in res.stdout


def test_extract_rejects_unknown_format(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "xml"])
    assert res.exit_code != 0
    assert "valid: jsonl, table" in res.output


def test_eval_prints_per_language_scores(tmp_path):
    doc = {"id": "en-x", "lang": "en", "published": "2025-03-10", "text":
           "Jane Roe, the chief financial officer of Acme Corp, resigned last month.",
           "events": [{"kind": "departure", "person": "Jane Roe", "person_mention": "Jane Roe",
                       "org": "Acme Corp", "org_mention": "Acme Corp", "role": "cfo", "date": "2025-02",
                       "started": None, "tenure_months": None, "destination": None, "reasons": []}],
           "claims": []}
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "en-x.json").write_text(json.dumps(doc), encoding="utf-8")
    res = runner.invoke(app, ["eval", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["en"]["events"]["f1"] == 1.0
    assert out["en"]["fields"]["role"] == 1.0 and out["en"]["fields"]["date"] == 1.0
