"""Metrics benchmark: all metrics on 1M and 10M synthetic stints on DuckDB, the speed-up
over a straightforward pandas + lifelines implementation of the same metrics (numbers
checked equal), and Spark local[2] on 1M with its ratio to DuckDB.

Run: ``python -m talentflow.bench metrics`` (or ``python -m talentflow.bench.metrics
--sizes 1000000 --no-spark``). Prints one line per figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date

import numpy as np
import pandas as pd

from talentflow.metrics.api import Metrics
from talentflow.metrics.dates import add_months
from talentflow.synth import generate

HORIZON, WINDOW, GAP = 24, 12, 6


def people_for(stints: int) -> int:
    """People to draw for about ``stints`` stints (2000–2025, 20 orgs: ~1.85 per person)."""
    return int(stints / 1.85)


def run_all_duckdb(data, as_of: date, engine: str = "duckdb",
                   checked: bool = False) -> dict[str, pd.DataFrame]:
    """Every stint metric through the Ibis expressions (checks once, then each metric)."""
    with Metrics(data, as_of=as_of, engine=engine, checked=checked) as m:
        return {"survival": m.survival("org"), "median": m.median_survival("org"),
                "retention": m.retention("org", HORIZON), "tenure": m.tenure("org"),
                "attrition": m.attrition("org", WINDOW), "flows": m.flows(GAP)}


# -- the straightforward pandas + lifelines implementation ------------------------------

def _months(a: pd.Series, b: pd.Series) -> pd.Series:
    return ((b.dt.year - a.dt.year) * 12 + (b.dt.month - a.dt.month)
            - (b.dt.day < a.dt.day).astype(int))


def run_all_pandas(df: pd.DataFrame, as_of: date) -> dict[str, pd.DataFrame]:
    """The same metrics with pandas and lifelines, written the obvious way."""
    from lifelines import KaplanMeierFitter

    df = df.copy()
    df["start_date"] = pd.to_datetime(df["start_date"])
    df["end_date"] = pd.to_datetime(df["end_date"])
    ok = df["start_date"].notna() & (df["end_date"].isna() | (df["end_date"] >= df["start_date"]))
    df = df[ok].sort_values("id").drop_duplicates(["person_id", "org_id", "start_date"])
    a = pd.Timestamp(as_of)
    obs = df[df["start_date"] <= a].copy()
    obs["event"] = (obs["end_date"].notna() & (obs["end_date"] <= a)).astype(int)
    stop = obs["end_date"].where(obs["event"] == 1, a)
    obs["duration"] = _months(obs["start_date"], stop)
    surv, med, ret, ten = [], [], [], []
    for org, g in obs.groupby("org_id"):
        kmf = KaplanMeierFitter().fit(g["duration"], g["event"])
        sf = kmf.survival_function_.iloc[:, 0]
        surv.append(pd.DataFrame({"org_id": org, "duration": sf.index.astype(int),
                                  "survival": sf.values}).iloc[1 if sf.index[0] == 0 and
                                                               (g["duration"] == 0).sum() == 0 else 0:])
        med.append({"org_id": org, "n": len(g), "median_survival": kmf.median_survival_time_})
        elig = _months(g["start_date"], pd.Series(a, index=g.index)) >= HORIZON
        stayed = ~((g["event"] == 1) & (g["duration"] <= HORIZON))
        ret.append({"org_id": org, "hires": len(g), "retention_km": float(kmf.predict(HORIZON)),
                    "retention_naive": (elig & stayed).sum() / elig.sum() if elig.sum() else np.nan})
        lv, st = g[g["event"] == 1]["duration"], g[g["event"] == 0]["duration"]
        ten.append({"org_id": org, "n_leavers": len(lv), "median_tenure_leavers": lv.median(),
                    "mean_tenure_leavers": lv.mean(), "n_stayers": len(st),
                    "median_tenure_stayers": st.median(), "mean_tenure_stayers": st.mean()})
    snaps = [add_months(as_of, -i) for i in range(WINDOW, -1, -1)]
    hc = []
    for s in snaps:
        ts = pd.Timestamp(s)
        on = (df["start_date"] <= ts) & (df["end_date"].isna() | (df["end_date"] > ts))
        hc.append(df[on].groupby("org_id").size().rename(s))
    hc = pd.concat(hc, axis=1).fillna(0)
    w0 = pd.Timestamp(snaps[0])
    dep = df[(df["end_date"] > w0) & (df["end_date"] <= a)].groupby("org_id").size()
    attr = pd.DataFrame({"mean_headcount": hc.mean(axis=1)})
    attr["departures"] = dep.reindex(attr.index).fillna(0).astype(int)
    attr["attrition"] = attr["departures"] / attr["mean_headcount"]
    s = df.sort_values(["person_id", "start_date", "org_id"])
    s["next_org"] = s.groupby("person_id")["org_id"].shift(-1)
    s["next_start"] = s.groupby("person_id")["start_date"].shift(-1)
    s = s[s["end_date"].notna() & (s["end_date"] <= a)]
    moved = (s["next_org"].notna() & (s["next_org"] != s["org_id"]) & (s["next_start"] <= a)
             & (_months(s["end_date"], s["next_start"]) <= GAP))
    f = s[moved].groupby(["org_id", "next_org"]).size().rename("flow").reset_index()
    f.columns = ["src", "dst", "flow"]
    r = f.rename(columns={"src": "dst", "dst": "src", "flow": "reverse_flow"})
    f = f.merge(r, on=["src", "dst"], how="left").fillna({"reverse_flow": 0})
    f["ratio"] = f["flow"] / f["reverse_flow"].replace(0, np.nan)
    return {"survival": pd.concat(surv), "median": pd.DataFrame(med),
            "retention": pd.DataFrame(ret), "tenure": pd.DataFrame(ten),
            "attrition": attr.reset_index(names="org_id"), "flows": f}


def compare(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> float:
    """Largest absolute difference over the shared numeric columns of every metric."""
    worst = 0.0
    keys = {"survival": ["org_id", "duration"], "flows": ["src", "dst"]}
    for name, x in a.items():
        y = b[name]
        k = keys.get(name, ["org_id"])
        cols = [c for c in y.columns if c in x.columns and c not in k]
        m = x[[*k, *cols]].merge(y[[*k, *cols]], on=k, suffixes=("", "_b"))
        if len(m) != len(y) and name != "survival":
            raise AssertionError(f"{name}: {len(m)} matched rows of {len(y)}")
        for c in cols:
            d = (m[c].astype(float) - m[c + "_b"].astype(float)).abs()
            both_nan = m[c].isna() & m[c + "_b"].isna()
            inf = np.isinf(m[c + "_b"].astype(float)) & m[c].isna()
            d = d[~(both_nan | inf)]
            worst = max(worst, float(d.max()) if len(d) else 0.0)
    return worst


CPU: dict[str, float] = {}


def _timed(fn, *args, **kw):
    """(result, wall seconds); the process CPU seconds go to CPU["last"]."""
    t, c = time.perf_counter(), time.process_time()
    out = fn(*args, **kw)
    CPU["last"] = time.process_time() - c
    return out, time.perf_counter() - t


def _best(repeat: int, fn, *args, **kw):
    """(result, wall, CPU) of the fastest of ``repeat`` runs."""
    best = None
    for _ in range(max(1, repeat)):
        out, wall = _timed(fn, *args, **kw)
        if best is None or wall < best[1]:
            best = (out, wall, CPU["last"])
    return best


def main(argv: list[str] | None = None) -> None:
    """Print the figures: seconds per engine and size, speed-ups, max difference."""
    import duckdb

    p = argparse.ArgumentParser(prog="talentflow.bench.metrics")
    p.add_argument("--sizes", default="1000000,10000000")
    p.add_argument("--pandas-max", type=int, default=10_000_000,
                   help="Measure pandas up to this size; extrapolate linearly beyond.")
    p.add_argument("--no-spark", action="store_true")
    p.add_argument("--spark-size", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=2,
                   help="DuckDB runs per figure; the fastest is reported (other jobs share "
                        "the machine).")
    args = p.parse_args(argv if argv is not None else [])
    print(f"metrics: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start",
          flush=True)
    warm = generate(5000, 20, seed=1)
    run_all_duckdb(warm.arrow(), warm.as_of)  # imports and first compile, not timed
    pandas_rate = None
    for n in [int(x) for x in args.sizes.split(",")]:
        s, tg = _timed(generate, people_for(n), 20, seed=11, start="2000-01", as_of="2025-01")
        data = s.arrow()
        con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")
        con.execute("SET threads = 2")
        con.register("tf_in", data)
        _, tl = _timed(lambda: con.execute("CREATE TABLE stints AS SELECT * FROM tf_in"))
        con.unregister("tf_in")
        n_st = data.num_rows
        print(f"metrics[{n_st:,} stints] generated in {tg:.1f}s, loaded into DuckDB in {tl:.1f}s",
              flush=True)
        frame = s.stints if n <= args.pandas_max else None
        if frame is None:
            s.stints = None  # the pandas copy is not needed at this size: free it first
        if args.no_spark or n != args.spark_size:
            data = None  # only Spark reads the Arrow copy
        fast, tm, cm = _best(args.repeat, run_all_duckdb, con, s.as_of, checked=True)
        duck, td, CPU["last"] = _best(args.repeat, run_all_duckdb, con, s.as_of)
        print(f"metrics[{n_st:,}] duckdb all metrics (fastest of {args.repeat}): {tm:.2f}s on checked stints "
              f"(CPU {cm:.2f}s); {td:.2f}s with the bad-record checks (CPU {CPU['last']:.2f}s) "
              f"(target <= 5 s at 10M); load average now {os.getloadavg()[0]:.1f}", flush=True)
        assert compare(fast, duck) == 0.0
        if n <= args.pandas_max:
            base, tp = _timed(run_all_pandas, frame, s.as_of)
            pandas_rate = tp / n_st
            print(f"metrics[{n_st:,}] pandas CPU {CPU['last']:.2f}s", flush=True)
            diff = compare(duck, base)
            print(f"metrics[{n_st:,}] pandas+lifelines: {tp:.2f}s  speed-up {tp / td:.1f}x "
                  f"(with checks), {tp / tm:.1f}x (checked)  max |difference| {diff:.2e}",
                  flush=True)
        elif pandas_rate is not None:
            est = pandas_rate * n_st
            print(f"metrics[{n_st:,}] pandas+lifelines EXTRAPOLATED linearly from the measured "
                  f"size: ~{est:.1f}s  speed-up ~{est / td:.1f}x (with checks), "
                  f"~{est / tm:.1f}x (checked)", flush=True)
        if not args.no_spark and n == args.spark_size:
            run_all_duckdb(warm.arrow(), warm.as_of, engine="spark")  # JVM + session, not timed
            spark, ts = _timed(run_all_duckdb, data, s.as_of, engine="spark")
            print(f"metrics[{n_st:,}] spark driver-process CPU {CPU['last']:.2f}s (JVM not counted)",
                  flush=True)
            diff = compare(duck, spark)
            print(f"metrics[{n_st:,}] spark local[2]: {ts:.2f}s  ({ts / td:.1f}x DuckDB's time, "
                  f"both with checks)  max |difference| {diff:.2e}", flush=True)
        con.close()
        del s, data, con, frame


if __name__ == "__main__":
    main(sys.argv[1:])
