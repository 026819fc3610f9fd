"""Employment records: CSV, JSON, JSONL, Parquet → validated stints; bad rows named."""

from __future__ import annotations

import json
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from talentflow.ingest import import_records, slug_ref
from talentflow.sources.records import read_records

ROWS = [
    {"person": "Nadia Farouk", "org": "Harbour Bank", "role": "cfo", "start": "2019-03",
     "end": "2024-09", "level": "exec"},
    {"person": "Nadia Farouk", "org": "Harbour Bank", "role": "ceo", "start": "2024-09",
     "end": "", "level": "exec"},
    {"person": "Tom Brennan", "org": "Harbour Bank", "role": "ceo", "start": "2019",
     "end": "2024-09-01", "level": "exec"},
]


def stints(store):
    return store.rows("SELECT person_id, person_name, org_id, org_name, role, start_date, "
                      "end_date, start_precision, end_precision, provenance, source_ref, "
                      "covariates FROM stints ORDER BY source_ref")


def test_csv_import_builds_stints_with_precision_and_covariates(store, data_dir):
    r = import_records(store, data_dir / "records.csv")
    assert (r.rows, r.new, r.quarantined, r.ok) == (5, 5, 0, True)
    rows = stints(store)
    first = rows[0]
    assert first["person_id"] == "person:nadia-farouk" and first["org_name"] == "Harbour Bank"
    assert (first["start_date"], first["end_date"]) == (date(2019, 3, 1), date(2024, 9, 1))
    assert (first["start_precision"], first["end_precision"]) == ("month", "month")
    assert first["provenance"] == "records"
    assert first["source_ref"] == f"{data_dir / 'records.csv'}:1"
    assert json.loads(first["covariates"]) == {"level": "exec", "location": "Dubai"}
    ongoing = rows[1]
    assert ongoing["role"] == "ceo" and ongoing["end_date"] is None
    brennan = rows[2]
    assert (brennan["start_date"], brennan["start_precision"]) == (date(2019, 1, 1), "year")
    assert brennan["end_precision"] == "day"


def test_known_people_and_orgs_resolve_through_the_kb(store, data_dir):
    import_records(store, data_dir / "records.csv")
    lib = [s for s in stints(store) if s["person_name"] == "Mike Liberatore"][0]
    assert (lib["person_id"], lib["org_id"], lib["org_name"]) == (
        "person:mike-liberatore", "org:xai", "xAI")


def test_reimport_adds_nothing(store, data_dir):
    import_records(store, data_dir / "records.csv")
    r = import_records(store, data_dir / "records.csv")
    assert (r.new, r.duplicate) == (0, 5)
    assert store.table_counts()["stints"] == 5


def test_bad_rows_name_row_and_column_and_good_rows_go_in(store, data_dir):
    path = data_dir / "records_bad.csv"
    r = import_records(store, path)
    assert (r.rows, r.new, r.quarantined) == (2, 2, 4)
    messages = [p.message() for p in r.problems]
    assert messages == [
        f"{path} (row 2): column start: '2022-02-30' is not a valid date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
        f"{path} (row 3): column end: '2019-01' is before start '2020-05'",
        f"{path} (row 4): column person: missing value (person, org, start are required)",
        f"{path} (row 5): column start: '2024-13' is not a valid date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
    ]
    assert sorted(q["location"] for q in store.quarantine()) == ["row 2", "row 3", "row 4", "row 5"]
    assert {s["person_name"] for s in stints(store)} == {"Amira Haddad", "Karim Tanaka"}


def test_fixing_the_file_clears_its_quarantine(store, tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("person,org,start,end\nOmar Okafor,Harbour Bank,2022-02-30,\n")
    r = import_records(store, p)
    assert (r.ok, r.quarantined) == (False, 1)
    p.write_text("person,org,start,end\nOmar Okafor,Harbour Bank,2022-02-28,\n")
    r = import_records(store, p)
    assert (r.ok, r.new) == (True, 1) and store.quarantine() == []


def test_overlapping_periods_are_not_end_before_start(store, tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("person,org,start,end\nLina Novak,Harbour Bank,2024-03,2024\n")
    r = import_records(store, p)
    assert r.new == 1
    row = stints(store)[0]
    assert row["start_date"] == row["end_date"] == date(2024, 3, 1)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "parquet"])
def test_other_formats_give_the_same_stints(store, tmp_path, fmt, data_dir):
    p = tmp_path / f"r.{fmt}"
    if fmt == "json":
        p.write_text(json.dumps(ROWS))
    elif fmt == "jsonl":
        p.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    else:
        pq.write_table(pa.Table.from_pylist(ROWS), p)
    r = import_records(store, p)
    assert (r.new, r.quarantined) == (3, 0)
    got = {(s["person_id"], s["role"], s["start_date"], s["end_date"]) for s in stints(store)}
    assert got == {("person:nadia-farouk", "cfo", date(2019, 3, 1), date(2024, 9, 1)),
                   ("person:nadia-farouk", "ceo", date(2024, 9, 1), None),
                   ("person:tom-brennan", "ceo", date(2019, 1, 1), date(2024, 9, 1))}


def test_parquet_with_real_date_columns(store, tmp_path):
    p = tmp_path / "r.parquet"
    pq.write_table(pa.table({"person": ["Jonas Weber"], "org": ["Riverside FC"],
                             "start": [date(2023, 6, 15)], "end": [None],
                             "salary_band": [3]}), p)
    import_records(store, p)
    row = stints(store)[0]
    assert row["start_date"] == date(2023, 6, 15) and row["end_date"] is None
    assert json.loads(row["covariates"]) == {"salary_band": 3}


def test_truncated_jsonl_row_is_quarantined(store, tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps(ROWS[0]) + "\n" + '{"person": "Tom Brennan", "org": "Har\n')
    r = import_records(store, p)
    assert (r.new, r.quarantined) == (1, 1)
    assert r.problems[0].location == "row 2"


@pytest.mark.parametrize("name,content,error", [
    ("r.csv", "name,company,from\nA,B,2020\n", "missing column(s) person, org, start"),
    ("r.csv", "", "empty file"),
    ("r.xlsx", "x", "unknown extension '.xlsx' for records"),
    ("r.parquet", "not parquet", "not a readable Parquet file"),
    ("r.json", '{"records": [', "invalid JSON"),
])
def test_whole_file_problems(store, tmp_path, name, content, error):
    p = tmp_path / name
    p.write_text(content)
    r = read_records(p)
    assert r.rows == [] and error in r.problems[0].error


def test_records_cli(tmp_path, cli, data_dir):
    db = tmp_path / "tf.duckdb"
    r = cli("records", "import", data_dir / "records_bad.csv", "--db", db)
    assert r.exit_code == 0
    assert "2 valid rows: 2 new stints, 0 duplicate, 4 quarantined" in r.stdout
    assert "(row 2): column start: '2022-02-30'" in r.stderr
    r = cli("records", "import", tmp_path / "missing.csv", "--db", db)
    assert r.exit_code == 1 and "no record could be imported" in r.stderr


def test_slug_ref_for_unknown_names():
    assert slug_ref("Jonas  Weber", "person") == ("person:jonas-weber", "Jonas Weber")
    assert slug_ref("Gulf Crescent Bank", "org")[0] == "org:gulf-crescent-bank"
