"""Export: Parquet out and back in is equal; CSV and JSON lines too; clear errors."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from talentflow.errors import TalentflowError
from talentflow.ingest import import_records, ingest
from talentflow.store import TABLES


@pytest.fixture
def filled(store, data_dir):
    ingest(store, [str(data_dir / "feed.rss"), str(data_dir / "feed.atom"),
                   str(data_dir / "article.html"), str(data_dir / "nav_only.html")],
           extract=False)
    import_records(store, data_dir / "records.csv")
    return store


@pytest.mark.parametrize("table", ["documents", "stints", "quarantine", "runs"])
def test_parquet_round_trip_is_equal(filled, tmp_path, table):
    out = tmp_path / f"{table}.parquet"
    n = filled.export(table, "parquet", out)
    assert n == filled.table_counts()[table] and n > 0
    back = pq.read_table(out)
    original = filled.query(f"SELECT * FROM {table} ORDER BY ALL")
    assert back.column_names == original.column_names
    assert back.to_pylist() == original.to_pylist()


def test_parquet_round_trip_of_arabic_text(filled, tmp_path):
    out = tmp_path / "d.parquet"
    filled.export("documents", "parquet", out)
    texts = pq.read_table(out).column("text").to_pylist()
    assert any(t.startswith("أعلنت شركة الموانئ") for t in texts)


def test_csv_and_jsonl_exports(filled, tmp_path):
    filled.export("stints", "csv", tmp_path / "s.csv")
    lines = (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,person_id,person_name,org_id")
    assert len(lines) == 1 + filled.table_counts()["stints"]
    filled.export("documents", "jsonl", tmp_path / "d.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "d.jsonl").read_text().splitlines()]
    assert {r["id"] for r in rows} == {d.id for d in filled.documents()}


def test_unknown_table_and_format_say_what_is_valid(store, tmp_path):
    with pytest.raises(TalentflowError, match="Unknown table 'people'. Valid tables: documents"):
        store.export("people", "csv", tmp_path / "x.csv")
    with pytest.raises(TalentflowError, match="Valid formats: parquet, csv, jsonl"):
        store.export("documents", "xlsx", tmp_path / "x.xlsx")
    for t in TABLES:
        store.export(t, "parquet", tmp_path / f"{t}.parquet")  # every known table exports


def test_export_cli(tmp_path, cli, data_dir):
    db = tmp_path / "tf.duckdb"
    cli("records", "import", data_dir / "records.csv", "--db", db)
    r = cli("export", "--format", "parquet", "--table", "stints", "--out",
            tmp_path / "out" / "stints.parquet", "--db", db)
    assert r.exit_code == 0 and "wrote 5 rows of stints" in r.stdout
    assert pq.read_table(tmp_path / "out" / "stints.parquet").num_rows == 5
    r = cli("export", "--format", "parquet", "--table", "nope", "--out", tmp_path / "x", "--db", db)
    assert r.exit_code == 1 and "Valid tables:" in r.stderr


def test_reasons_export_carries_the_gentry_departure_code(tmp_path):
    import pandas as pd

    from talentflow.models import EntityRef, EventMention, Reason, Source
    from talentflow.store import Store

    m = EventMention("departure", EntityRef("Jane Roe", id="person:jane-roe"),
                     EntityRef("Acme", id="org:acme"),
                     reasons=[Reason("poached", "media"), Reason("health", "self"),
                              Reason("unstated", "media"), Reason("misconduct_legal", "company")],
                     source=Source(doc="doc:1", span=(0, 10)))
    with Store(tmp_path / "s.duckdb") as s:
        s.add_mentions([m])
        assert s.export("reasons", "csv", tmp_path / "r.csv") == 4
    got = pd.read_csv(tmp_path / "r.csv").set_index("driver")["gentry"]
    # drivers.md: poached → 6 new opportunity, health → 2 illness, misconduct_legal → 4, unstated → none
    assert got["poached"] == 6 and got["health"] == 2 and got["misconduct_legal"] == 4
    assert pd.isna(got["unstated"])
