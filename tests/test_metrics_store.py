"""Stints in the store: derived from consolidated events, metrics over the DuckDB file, CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from talentflow.metrics import Metrics, derive_stints, drivers
from talentflow.models import Stint
from talentflow.store import Store

EVENTS = [
    # person a: arrives at X (month precision), leaves 14 months later for Y
    ("e1", "arrival", "person:a", "org:x", "engineer", "2023-03", None, None, None),
    ("e2", "departure", "person:a", "org:x", None, "2024-05-10", None, None, "org:y"),
    # person b: a departure with a start date in the text
    ("e3", "departure", "person:b", "org:x", "cto", "2025-02", "2021", None, None),
    # person c: a departure with only a tenure ("after three months")
    ("e4", "departure", "person:c", "org:y", "vp", "2025-08-01", None, 3, None),
    # person d: no start at all, and an undated departure
    ("e5", "departure", "person:d", "org:x", None, "2024-01", None, None, None),
    ("e6", "departure", "person:e", "org:x", None, None, None, None, None),
    # person f: arrival reported, destination also named by the departure elsewhere
    ("e7", "departure", "person:f", "org:z", None, "2024-06", None, 12, "org:x"),
    ("e8", "arrival", "person:f", "org:x", "head", "2024-07", None, None, None),
]


def _store(tmp_path) -> Store:
    s = Store(tmp_path / "tf.duckdb")
    for eid, kind, person, org, role, d, started, tenure, dest in EVENTS:
        s.con.execute("INSERT INTO events (id, kind, person_id, org_id, role, date, started,"
                      " tenure_months, dest_id, data) VALUES (?,?,?,?,?,?,?,?,?,?)",
                      [eid, kind, person, org, role, d, started, tenure, dest,
                       json.dumps({"reasons": []})])
    return s


def test_stints_derived_from_events(tmp_path):
    problems: list[dict] = []
    with _store(tmp_path) as s:
        stints = derive_stints(s, problems=problems)
        rows = {(r["person_id"], r["org_id"]): r for r in s.stint_rows("events")}
    assert len(stints) == len(rows) == 7
    a = rows[("person:a", "org:x")]
    assert (a["start_date"], a["end_date"], a["role"]) == (date(2023, 3, 15), date(2024, 5, 10), "engineer")
    assert a["start_precision"] == "month" and a["end_precision"] == "day"
    assert a["source_ref"] == "e1,e2"
    ay = rows[("person:a", "org:y")]
    assert (ay["start_date"], ay["end_date"]) == (date(2024, 5, 10), None)
    assert rows[("person:b", "org:x")]["start_date"] == date(2021, 7, 1)
    assert rows[("person:c", "org:y")]["start_date"] == date(2025, 5, 1)
    assert rows[("person:d", "org:x")]["start_date"] is None
    # f's arrival at X (2024-07) makes the stint; the destination does not open a second one
    assert rows[("person:f", "org:x")]["start_date"] == date(2024, 7, 15)
    assert rows[("person:f", "org:z")]["start_date"] == date(2023, 6, 15)
    assert problems == [{"event_id": "e6", "problem": "departure without a date"}]


def test_derivation_is_rerunnable_and_leaves_records_alone(tmp_path):
    with _store(tmp_path) as s:
        s.add_stints([Stint("person:a", "org:x", date(2023, 3, 1), date(2024, 5, 1),
                            provenance="records", source_ref="hr.csv:2")])
        derive_stints(s)
        derive_stints(s)
        assert s.stint_counts() == {"events": 7, "records": 1}
        with Metrics(s, as_of="2025-12-31") as m:
            issues = m.issues().set_index("problem")["person_id"].to_dict()
            t = m.tenure().set_index("org_id")
    assert issues == {"superseded by records": "person:a", "unknown start": "person:d"}
    # org:x leavers: a (record, 14 months) and b (2021-07-01 → 2025-02-15: 43 months)
    assert t.loc["org:x", "n_leavers"] == 2
    assert t.loc["org:x", "median_tenure_leavers"] == (14 + 43) / 2


def test_drivers_per_org_from_event_reasons(tmp_path):
    with Store(tmp_path / "d.duckdb") as s:
        reasons = [{"driver": "poached", "stance": "asserted", "doc_id": "d1"},
                   {"driver": "leadership_conflict", "stance": "denied", "doc_id": "d2"}]
        for eid, kind, org, rs in (("e1", "departure", "org:x", reasons),
                                   ("e2", "departure", "org:x", reasons[:1]),
                                   ("e3", "departure", "org:x", []),
                                   ("e4", "departure", "org:y", [{"driver": "retirement", "doc_id": "d9"}])):
            s.con.execute("INSERT INTO events (id, kind, org_id, data) VALUES (?,?,?,?)",
                          [eid, kind, org, json.dumps({"reasons": rs})])
        d = drivers(s, org="org:x").set_index("driver")
    assert list(d.index) == ["poached", "leadership_conflict"]
    assert d.loc["poached", ["n_events", "n_sources", "n_departures"]].tolist() == [2, 1, 3]
    assert d.loc["poached", "share_of_departures"] == pytest.approx(2 / 3)
    assert d.loc["leadership_conflict", ["asserted", "denied"]].tolist() == [0, 1]
    assert d.loc["poached", "family"] in ("pull", None)


def test_cli_synth_then_metrics(tmp_path):
    from talentflow.cli import app

    db = str(tmp_path / "cli.duckdb")
    r = CliRunner().invoke(app, ["synth", "--people", "300", "--orgs", "2", "--seed", "3",
                                 "--hazards", "0.02,0.04", "--db", db])
    assert r.exit_code == 0, r.output
    truth = json.loads(r.stdout[r.stdout.index("{"):])["truth"]
    assert truth["org:synth-02"]["monthly_hazard"] == 0.04
    r = CliRunner().invoke(app, ["metrics", "retention", "--as-of", "2025-01", "--db", db,
                                 "--format", "json", "--horizon", "12"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [x["org_id"] for x in rows] == ["org:synth-01", "org:synth-02"]
    assert rows[0]["retention_km"] > rows[1]["retention_km"]  # lower hazard keeps more
    r = CliRunner().invoke(app, ["metrics", "flows", "--as-of", "2025-01", "--db", db,
                                 "--format", "csv", "--org", "org:synth-01"])
    assert r.exit_code == 0 and r.stdout.startswith("src,dst,flow,reverse_flow,ratio")


def test_cli_errors_are_one_clear_line(tmp_path):
    from talentflow.cli import app

    db = str(tmp_path / "e.duckdb")
    r = CliRunner().invoke(app, ["metrics", "tenure", "--by", "team", "--db", db])
    assert r.exit_code == 1 and "use org, role or cohort" in r.output
    r = CliRunner().invoke(app, ["metrics", "survival", "--as-of", "soon", "--db", db])
    assert r.exit_code == 1 and "YYYY-MM-DD" in r.output
    r = CliRunner().invoke(app, ["metrics", "survival", "--db", db])
    assert r.exit_code == 1 and "no stints" in r.output
