"""CLI commands: `metrics <metric>` (turnover metrics on DuckDB or Spark) and `synth`.

Each command is thin: open the store, derive stints from events, call talentflow.metrics,
print a table, JSON or CSV.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Callable, List, Optional

import typer

from talentflow.cli.app import app
from talentflow.cli.common import console, db_option, err_console, fail

metrics_app = typer.Typer(help="Turnover metrics: survival, retention, tenure, attrition, "
                               "flows, drivers, Cox (DuckDB by default, or Spark).",
                          no_args_is_help=True)
app.add_typer(metrics_app, name="metrics")

FORMATS = ("table", "json", "csv")


def _opts(org: Optional[List[str]], by: str, as_of: Optional[str], engine: str,
          spark_master: Optional[str], fmt: str, role: Optional[List[str]]) -> dict:
    from talentflow.metrics.dates import parse_as_of

    if by not in ("org", "role", "cohort"):
        fail(f"invalid --by {by!r}: use org, role or cohort")
    if engine not in ("duckdb", "spark"):
        fail(f"invalid --engine {engine!r}: use duckdb or spark")
    if fmt not in FORMATS:
        fail(f"invalid --format {fmt!r}: use table, json or csv")
    try:
        day = parse_as_of(as_of)
    except ValueError as e:
        fail(str(e))
    return {"org": org or None, "role": role or None, "as_of": day, "engine": engine,
            "spark_master": spark_master}


def _print(df, fmt: str, title: str) -> None:
    import pandas as pd

    if fmt == "csv":
        df.to_csv(sys.stdout, index=False)
        return
    if fmt == "json":
        out = df.astype(object).where(pd.notna(df), None).to_dict(orient="records")
        typer.echo(json.dumps(out, ensure_ascii=False, default=str, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title, show_lines=False)
    for c in df.columns:
        t.add_column(str(c), justify="right" if pd.api.types.is_numeric_dtype(df[c]) else "left")
    for row in df.itertuples(index=False):
        t.add_row(*["" if v is None or (isinstance(v, float) and pd.isna(v))
                    else f"{v:.4f}" if isinstance(v, float) else str(v) for v in row])
    Console(width=max(console.width, 160)).print(t)


def _run(db: Optional[str], opts: dict, fmt: str, title: str,
         fn: Callable[[Any, Any], Any], derive: bool = True) -> None:
    from talentflow.metrics import Metrics, derive_stints
    from talentflow.store import Store

    try:
        store = Store(db)
    except Exception as e:  # duckdb raises IOException and friends for a bad file
        fail(f"cannot open the store {db or 'talentflow.duckdb'}: {e}")
    with store:
        if derive:
            derive_stints(store)
        if not store.stint_counts():
            fail("no stints in the store: import records (`talentflow records import`), "
                 "extract events, or generate some (`talentflow synth --db ...`)")
        try:
            with Metrics(store, **opts) as m:
                df = fn(m, store)
                n_bad = len(m.issues())
        except ValueError as e:
            fail(str(e))
    if n_bad:
        err_console.print(f"{n_bad} stint(s) not used (bad dates, duplicates, superseded); "
                          "see `talentflow metrics issues`", highlight=False)
    _print(df, fmt, title)


ORG = typer.Option(None, "--org", help="Only this org id (repeatable).")
ROLE = typer.Option(None, "--role", help="Only stints with this role code (repeatable).")
BY = typer.Option("org", "--by", help="Group by org, role (org × role) or cohort (org × start year).")
AS_OF = typer.Option(None, "--as-of", help="Censor at this date (YYYY-MM-DD, YYYY-MM = its last day, YYYY); default today.")
ENGINE = typer.Option("duckdb", "--engine", help="duckdb (in-process) or spark.")
MASTER = typer.Option(None, "--spark-master", help="Spark master URL (default local[2]).")
FMT = typer.Option("table", "--format", help="table, json or csv.")


@metrics_app.command("survival")
def survival_cmd(org: Optional[List[str]] = ORG, by: str = BY, as_of: Optional[str] = AS_OF,
                 engine: str = ENGINE, spark_master: Optional[str] = MASTER, fmt: str = FMT,
                 role: Optional[List[str]] = ROLE, median: bool = typer.Option(
                     False, "--median", help="Only the median survival per group."),
                 db: Optional[str] = db_option()) -> None:
    """Kaplan–Meier survival S(t) per group (t in whole months), censored at --as-of."""
    o = _opts(org, by, as_of, engine, spark_master, fmt, role)
    _run(db, o, fmt, "Median survival (months)" if median else "Kaplan–Meier survival",
         lambda m, s: m.median_survival(by) if median else m.survival(by))


@metrics_app.command("retention")
def retention_cmd(org: Optional[List[str]] = ORG, by: str = BY, as_of: Optional[str] = AS_OF,
                  engine: str = ENGINE, spark_master: Optional[str] = MASTER, fmt: str = FMT,
                  role: Optional[List[str]] = ROLE,
                  horizon: int = typer.Option(24, "--horizon", help="T in months."),
                  hired_from: Optional[str] = typer.Option(None, "--hired-from", help="Cohort: hires on or after this date (YYYY[-MM[-DD]])."),
                  hired_to: Optional[str] = typer.Option(None, "--hired-to", help="Cohort: hires on or before this date (YYYY[-MM[-DD]])."),
                  db: Optional[str] = db_option()) -> None:
    """Cohort retention R(T) for hires in a window: KM-based, with the naive share beside it."""
    if horizon < 0:
        fail("--horizon must be 0 or more months")
    o = _opts(org, by, as_of, engine, spark_master, fmt, role)
    _run(db, o, fmt, f"Retention at {horizon} months",
         lambda m, s: m.retention(by, horizon, hired_from, hired_to))


@metrics_app.command("tenure")
def tenure_cmd(org: Optional[List[str]] = ORG, by: str = BY, as_of: Optional[str] = AS_OF,
               engine: str = ENGINE, spark_master: Optional[str] = MASTER, fmt: str = FMT,
               role: Optional[List[str]] = ROLE, db: Optional[str] = db_option()) -> None:
    """Tenure in months: leavers and stayers kept apart (count, median, mean)."""
    o = _opts(org, by, as_of, engine, spark_master, fmt, role)
    _run(db, o, fmt, "Tenure (months)", lambda m, s: m.tenure(by))


@metrics_app.command("attrition")
def attrition_cmd(org: Optional[List[str]] = ORG, by: str = BY, as_of: Optional[str] = AS_OF,
                  engine: str = ENGINE, spark_master: Optional[str] = MASTER, fmt: str = FMT,
                  role: Optional[List[str]] = ROLE,
                  window: int = typer.Option(12, "--window", help="Window in months ending at --as-of."),
                  series: bool = typer.Option(False, "--series", help="Print the monthly headcount series."),
                  db: Optional[str] = db_option()) -> None:
    """Attrition: departures in the window ÷ mean monthly headcount (and the series)."""
    if window < 1:
        fail("--window must be at least 1 month")
    o = _opts(org, by, as_of, engine, spark_master, fmt, role)
    _run(db, o, fmt, "Headcount" if series else f"Attrition over {window} months",
         lambda m, s: m.headcount(by, window) if series else m.attrition(by, window))


@metrics_app.command("flows")
def flows_cmd(org: Optional[List[str]] = ORG, as_of: Optional[str] = AS_OF,
              engine: str = ENGINE, spark_master: Optional[str] = MASTER, fmt: str = FMT,
              role: Optional[List[str]] = ROLE,
              gap: int = typer.Option(6, "--gap", help="Max months between leaving A and starting at B."),
              db: Optional[str] = db_option()) -> None:
    """Flow matrix F(A→B) with reverse flows and ratios F(A→B)/F(B→A)."""
    if gap < 0:
        fail("--gap must be 0 or more months")
    o = _opts(org, "org", as_of, engine, spark_master, fmt, role)
    _run(db, o, fmt, f"Flows (gap ≤ {gap} months)", lambda m, s: m.flows(gap))


@metrics_app.command("drivers")
def drivers_cmd(org: Optional[List[str]] = ORG, engine: str = ENGINE,
                spark_master: Optional[str] = MASTER, fmt: str = FMT,
                db: Optional[str] = db_option()) -> None:
    """Why people leave, per org: drivers cited by consolidated events and claims."""
    from talentflow.metrics import drivers
    from talentflow.store import Store

    _opts(org, "org", None, engine, spark_master, fmt, None)
    with Store(db) as store:
        df = drivers(store, org=org or None, engine=engine, spark_master=spark_master)
    _print(df, fmt, "Drivers")


@metrics_app.command("cox")
def cox_cmd(org: Optional[List[str]] = ORG, as_of: Optional[str] = AS_OF, fmt: str = FMT,
            covariate: Optional[List[str]] = typer.Option(None, "--covariate", help="Only these (repeatable)."),
            db: Optional[str] = db_option()) -> None:
    """Cox hazard ratios for the covariates records carry (baseline stratified by org)."""
    from talentflow.metrics import cox

    o = _opts(org, "org", as_of, "duckdb", None, fmt, None)
    _run(db, o, fmt, "Cox hazard ratios", lambda m, s: cox(
        s, covariates=covariate or None, as_of=o["as_of"], org=o["org"]))


@metrics_app.command("issues")
def issues_cmd(fmt: str = FMT, db: Optional[str] = db_option()) -> None:
    """Stints the metrics leave out, and why (unknown start, end before start, duplicate…)."""
    o = _opts(None, "org", None, "duckdb", None, fmt, None)
    _run(db, o, fmt, "Stints not used", lambda m, s: m.issues())


@app.command("synth")
def synth_cmd(people: int = typer.Option(1000, "--people", help="Number of people."),
              orgs: int = typer.Option(5, "--orgs", help="Number of orgs."),
              seed: int = typer.Option(0, "--seed", help="Random seed: the same seed gives the same workforce."),
              out: Optional[str] = typer.Option(None, "--out", help="Write stints to .csv, .parquet or .jsonl."),
              hazards: Optional[str] = typer.Option(None, "--hazards", help="Monthly hazards, comma-separated, one per org."),
              as_of: str = typer.Option("2025-01", "--as-of", help="Last month simulated (YYYY-MM)."),
              db: Optional[str] = db_option()) -> None:
    """Generate a synthetic workforce with known hazards and flows (to a file or the store)."""
    from talentflow.synth import generate

    if people < 1 or orgs < 1:
        fail("--people and --orgs must be at least 1")
    try:
        hz = [float(x) for x in hazards.split(",")] if hazards else None
        s = generate(people, orgs, seed=seed, hazards=hz, as_of=as_of)
    except ValueError as e:
        fail(str(e))
    if out:
        _write(s.stints, out)
        where = out
    else:
        from talentflow.store import Store

        with Store(db) as store:
            _store_synth(store, s.stints)
        where = db or "the store"
    truth = {o: {"monthly_hazard": h, "retention_24m": s.retention(o, 24)} for o, h in s.hazards.items()}
    err_console.print(f"{len(s.stints)} stints of {people} people at {orgs} orgs → {where}",
                      highlight=False)
    typer.echo(json.dumps({"truth": truth, "flows": s.flows}, indent=1))


def _write(df, out: str) -> None:
    if out.endswith(".parquet"):
        df.to_parquet(out, index=False)
    elif out.endswith(".csv"):
        df.to_csv(out, index=False)
    elif out.endswith(".jsonl"):
        df.to_json(out, orient="records", lines=True, date_format="iso")
    else:
        fail(f"unknown output type for {out!r}: use .csv, .parquet or .jsonl")


def _store_synth(store, df) -> None:
    store.con.register("tf_synth", df)
    with store.transaction():
        store.con.execute(
            "INSERT INTO stints SELECT id, person_id, NULL, org_id, NULL, role, start_date,"
            " end_date, 'month', CASE WHEN end_date IS NULL THEN NULL ELSE 'month' END,"
            " 'records', 'synth', json_object('remote', covariates_remote)"
            " FROM tf_synth WHERE id NOT IN (SELECT id FROM stints)")
    store.con.unregister("tf_synth")
