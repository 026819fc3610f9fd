"""Where metrics run: DuckDB in-process (default) or PySpark; loading stints into either.

Every metric is one Ibis expression; this module only provides the backend and the raw
``stints`` table expression on it. Stints reach Spark as Parquet (dates stay dates).

>>> import pandas as pd
>>> t = load_stints(pd.DataFrame({"person_id": ["p"], "org_id": ["o"], "start_date": ["2020-01-01"]}))
>>> t.count().execute()
1
"""

from __future__ import annotations

import atexit
import itertools
import json
import os
import shutil
import sys
import tempfile
from typing import Any

import ibis
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ENGINES = ("duckdb", "spark")
COLUMNS = ("id", "person_id", "org_id", "role", "start_date", "end_date", "provenance")
_counter = itertools.count()
_spark_cons: dict[str, Any] = {}


def spark_session(master: str = "local[2]"):
    """A shared SparkSession (UI off, few shuffle partitions, UTC); created once per process.

    >>> spark_session().conf.get("spark.ui.enabled")  # doctest: +SKIP
    'false'
    """
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master(master).appName("talentflow-metrics")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.default.parallelism", "2")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.memory", "4g")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    return session


def backend(engine: str = "duckdb", spark_master: str | None = None, con: Any = None):
    """An Ibis backend: DuckDB (over ``con``, a DuckDB connection, or in-memory) or PySpark.

    >>> backend("duckdb").name
    'duckdb'
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use duckdb or spark")
    if engine == "duckdb":
        if con is not None:
            return ibis.duckdb.from_connection(con)
        be = ibis.duckdb.connect()
        be.raw_sql("SET enable_progress_bar = false")
        return be
    master = spark_master or "local[2]"
    if master not in _spark_cons:
        _spark_cons[master] = ibis.pyspark.connect(spark_session(master))
    return _spark_cons[master]


def _arrow_stints(df: pd.DataFrame | pa.Table) -> pa.Table:
    """Normalise a stints frame to Arrow with the expected columns and types."""
    if isinstance(df, pa.Table):
        if set(COLUMNS) <= set(df.column_names) and all(
                df.schema.field(c).type == pa.date32() for c in ("start_date", "end_date")):
            return df  # already in shape: no copy (the bench passes 10M rows this way)
        df = df.to_pandas()
    df = df.copy()
    missing = {"person_id", "org_id", "start_date"} - set(df.columns)
    if missing:
        raise ValueError(f"stints need columns person_id, org_id, start_date; missing {sorted(missing)}")
    for col, default in (("role", None), ("end_date", None), ("provenance", "records")):
        if col not in df.columns:
            df[col] = default
    if "id" not in df.columns:
        df["id"] = [f"stint:{i}" for i in range(len(df))]
    for col in ("start_date", "end_date"):
        df[col] = pd.to_datetime(df[col], errors="coerce").dt.date
    extra = [c for c in df.columns if c.startswith("covariates_")]
    keep = list(COLUMNS) + [c for c in ("covariates",) if c in df.columns] + extra
    df = df[keep]
    fields = [pa.field(c, pa.date32() if c.endswith("_date") else pa.string()) for c in COLUMNS]
    if "covariates" in df.columns:
        df["covariates"] = df["covariates"].map(lambda v: v if v is None or isinstance(v, str)
                                                else json.dumps(v))
        fields.append(pa.field("covariates", pa.string()))
    fields += [pa.field(c, pa.Array.from_pandas(df[c]).type) for c in extra]
    for c in ("id", "person_id", "org_id", "role", "provenance"):
        df[c] = df[c].astype(object).where(df[c].notna(), None).map(
            lambda v: None if v is None else str(v))
    return pa.Table.from_pandas(df, schema=pa.schema(fields), preserve_index=False)


def load_stints(data: Any, engine: str = "duckdb", spark_master: str | None = None):
    """The raw stints table as an Ibis expression on the chosen engine.

    ``data``: a talentflow Store or a DuckDB connection (its ``stints`` table), a pandas
    DataFrame or Arrow table
    with columns person_id, org_id, start_date[, end_date, role, provenance, id, covariates],
    or an Ibis table already on the engine.
    """
    if isinstance(data, ibis.Table):
        return data
    import duckdb

    store_con = data if isinstance(data, duckdb.DuckDBPyConnection) else getattr(data, "con", None)
    if engine == "duckdb":
        if store_con is not None:
            t = backend("duckdb", con=store_con).table("stints")
            return t.mutate(**{c: t[c].cast("string") for c in ("id", "person_id", "org_id",
                                                                  "provenance")})
        con = backend("duckdb")
        con.con.register("stints", _arrow_stints(data))
        return con.table("stints")
    con = backend("spark", spark_master)
    tmp = tempfile.mkdtemp(prefix="tf-stints-")
    atexit.register(shutil.rmtree, tmp, True)  # Spark reads lazily: remove at exit
    path = os.path.join(tmp, "stints.parquet")
    if store_con is not None:
        cols = [r[0] for r in store_con.execute("DESCRIBE stints").fetchall()]
        sel = ", ".join(f"CAST({c} AS VARCHAR) AS {c}" if c == "covariates" else c for c in cols)
        store_con.execute(f"COPY (SELECT {sel} FROM stints) TO '{path}' (FORMAT parquet)")
    else:
        pq.write_table(_arrow_stints(data), path)
    name = f"tf_stints_{os.getpid()}_{next(_counter)}"
    con._session.read.parquet(path).createOrReplaceTempView(name)
    return con.table(name)
