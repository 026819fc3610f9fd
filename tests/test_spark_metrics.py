"""Every metric gives the same numbers on PySpark local[2] as on DuckDB."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from talentflow.metrics import Metrics, drivers
from talentflow.synth import generate

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark"),
              pytest.mark.skipif(shutil.which("java") is None, reason="needs a Java runtime")]


@pytest.fixture(scope="session")
def spark_master():
    """One SparkSession (local[2], UI off, few shuffle partitions) for the whole session."""
    pytest.importorskip("pyspark")
    from talentflow.metrics.engine import spark_session

    spark_session("local[2]").sparkContext.setLogLevel("ERROR")
    return "local[2]"


@pytest.fixture(scope="module")
def engines(spark_master):
    s = generate(800, 4, seed=21, start="2016-01", as_of="2025-01")
    df = s.stints.copy()
    # bad and duplicate rows, and an event-derived stint a record supersedes
    extra = pd.DataFrame({
        "id": ["x1", "x2", "x3", "x4"],
        "person_id": [df.person_id[0], "person:bad", "person:bad2", df.person_id[0]],
        "org_id": [df.org_id[0], "org:synth-01", "org:synth-01", df.org_id[0]],
        "role": ["engineer"] * 4,
        "start_date": [df.start_date[0], pd.Timestamp("2022-01-01").date(), None,
                       df.start_date[0]],
        "end_date": [None, pd.Timestamp("2021-01-01").date(), None, df.end_date[0]],
        "provenance": ["records", "records", "records", "events"],
        "covariates_remote": [0, 0, 0, 0]})
    df = pd.concat([df, extra], ignore_index=True)
    duck = Metrics(df, as_of=s.as_of)
    spark = Metrics(df, as_of=s.as_of, engine="spark", spark_master=spark_master)
    yield duck, spark
    spark.close()


CASES = {
    "survival_role": lambda m: m.survival("role"),
    "median_cohort": lambda m: m.median_survival("cohort"),
    "retention": lambda m: m.retention("org", 24, hired_from="2018", hired_to="2021-12"),
    "tenure_role": lambda m: m.tenure("role"),
    "attrition": lambda m: m.attrition("org", 12),
    "flows": lambda m: m.flows(6),
    "issues": lambda m: m.issues(),
}


@pytest.mark.parametrize("name", list(CASES))
def test_same_numbers_on_duckdb_and_spark(engines, name):
    duck, spark = engines
    a, b = CASES[name](duck), CASES[name](spark)
    assert len(a) > 0
    pd.testing.assert_frame_equal(a, b, check_exact=False, rtol=1e-12, atol=1e-12)


def test_issues_found_on_spark_too(engines):
    _duck, spark = engines
    assert sorted(spark.issues()["problem"]) == ["duplicate", "end before start",
                                                  "superseded by records", "unknown start"]


def test_drivers_same_on_spark(spark_master, tmp_path):
    from talentflow.store import Store

    with Store(tmp_path / "d.duckdb") as s:
        s.con.execute("""INSERT INTO events (id, kind, person_id, org_id, data) VALUES
          ('e1', 'departure', 'person:a', 'org:x', '{"reasons": [{"driver": "poached", "doc_id": "d1"},
             {"driver": "leadership_conflict", "stance": "denied", "doc_id": "d2"}]}'),
          ('e2', 'departure', 'person:b', 'org:x', '{"reasons": [{"driver": "poached", "doc_id": "d3"}]}'),
          ('e3', 'claim', NULL, 'org:x', '{"reasons": [{"driver": "poached", "doc_id": "d3"}]}')""")
        a = drivers(s)
        b = drivers(s, engine="spark", spark_master=spark_master)
    pd.testing.assert_frame_equal(a, b)
    poached = a.set_index("driver").loc["poached"]
    assert (poached.n_events, poached.n_claims, poached.n_sources) == (2, 1, 2)
    assert poached.share_of_departures == 1.0
