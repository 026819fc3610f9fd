"""The shared passes behind the metrics give the numbers of the plain definitions.

Metrics computes each grouping's stints per (duration, event) once (``exprs.lifetable``),
headcount and attrition in one pass (``exprs._spans``), and the flow pass once for every
gap tolerance (``exprs.moves``). Each is checked here against a brute-force pandas count on
random stints with ties, open stints, days on snapshot boundaries and overlapping stints.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from talentflow.metrics import Metrics, exprs
from talentflow.metrics.dates import add_months, months_between
from talentflow.metrics.engine import load_stints

AS_OF = date(2024, 3, 31)  # month end: the snapshots clip to 29 Feb, 30 Nov, ...


def _random_stints(n: int, seed: int) -> pd.DataFrame:
    """Stints of n/3 people at 4 orgs; days drawn around the attrition window so that
    some start or end exactly on a snapshot day; a third are open."""
    rng = np.random.default_rng(seed)
    snaps = [add_months(AS_OF, -i) for i in range(12, -1, -1)]
    base = pd.Timestamp("2021-06-01")
    start = base + pd.to_timedelta(rng.integers(0, 1200, n), "D")
    on_snap = rng.random(n) < 0.15
    start = np.where(on_snap, pd.to_datetime(rng.choice(snaps, n)), start)
    length = pd.to_timedelta(rng.integers(0, 700, n), "D")
    end = pd.Series(pd.to_datetime(start) + length)
    end = end.where(rng.random(n) > 0.1, pd.to_datetime(rng.choice(snaps, n)))
    end = end.where(end >= pd.Series(pd.to_datetime(start)), pd.to_datetime(start))
    end = end.where(rng.random(n) > 0.33)
    return pd.DataFrame({
        "person_id": [f"p{i}" for i in rng.integers(0, max(1, n // 3), n)],
        "org_id": rng.choice(["org:a", "org:b", "org:c", "org:d"], n),
        "role": rng.choice(["eng", "ops"], n),
        "start_date": pd.to_datetime(start).date, "end_date": [
            None if pd.isna(e) else e.date() for e in end]})


@pytest.fixture(scope="module")
def stints() -> pd.DataFrame:
    df = _random_stints(900, seed=5)
    return df.drop_duplicates(["person_id", "org_id", "start_date"]).reset_index(drop=True)


def test_lifetable_gives_the_km_and_tenure_of_the_stints(stints):
    obs = exprs.observations(exprs.prepare_obs(load_stints(stints)), AS_OF)
    life = exprs.lifetable(obs, ["org_id"])
    assert int(life.n.sum().execute()) == len(stints[stints.start_date <= AS_OF])
    for fn in (exprs.km, exprs.tenure):
        a = fn(obs, ["org_id"]).execute().sort_values(list(fn(obs, ["org_id"]).columns[:2]))
        b = fn(life, ["org_id"]).execute().sort_values(list(a.columns[:2]))
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True),
                                      check_dtype=False)


def _headcount_by_hand(df: pd.DataFrame, snaps: list[date]) -> dict:
    out = {}
    for (org,), g in df.groupby(["org_id"]):
        for d in snaps:
            on = (g.start_date <= d) & (g.end_date.isna() | (g.end_date > d))
            out[(org, d)] = int(on.sum())
    return out


def test_headcount_and_attrition_in_one_pass_equal_counting_each_snapshot(stints):
    m = Metrics(stints, as_of=AS_OF)
    snaps = [add_months(AS_OF, -i) for i in range(12, -1, -1)]
    assert date(2024, 2, 29) in snaps
    used = stints[stints.start_date <= AS_OF]
    hc = m.headcount()
    got = {(r.org_id, r.snapshot): r.headcount for r in hc.itertuples()}
    assert got == _headcount_by_hand(used, snaps)
    a = m.attrition().set_index("org_id")
    for org, g in used.groupby("org_id"):
        ends = g.end_date.dropna()
        dep = int(((ends > snaps[0]) & (ends <= AS_OF)).sum())
        mean = np.mean([got[(org, d)] for d in snaps])
        assert a.loc[org, "departures"] == dep
        assert a.loc[org, "mean_headcount"] == pytest.approx(mean, abs=1e-12)
        assert a.loc[org, "attrition"] == pytest.approx(dep / mean, abs=1e-12)


def _flows_by_hand(df: pd.DataFrame, gap: int) -> dict:
    s = df[df.start_date <= AS_OF].sort_values(["person_id", "start_date", "org_id"])
    pairs: dict = {}
    for _, g in s.groupby("person_id"):
        rows = list(g.itertuples())
        for cur, nxt in zip(rows, rows[1:] + [None]):
            if cur.end_date is None or pd.isna(cur.end_date) or cur.end_date > AS_OF:
                continue
            if (nxt is not None and nxt.org_id != cur.org_id and nxt.start_date <= AS_OF
                    and months_between(cur.end_date, nxt.start_date) <= gap):
                pairs[(cur.org_id, nxt.org_id)] = pairs.get((cur.org_id, nxt.org_id), 0) + 1
    return pairs


def test_flows_for_every_gap_from_one_pass_equal_following_each_person(stints):
    m = Metrics(stints, as_of=AS_OF)
    for gap in (0, 3, 12, 600):
        f = m.flows(gap)
        assert {(r.src, r.dst): r.flow for r in f.itertuples()} == _flows_by_hand(stints, gap)
    assert len([k for k in m._km if k[0] == "moves"]) == 1  # one pass served the four


def test_overlapping_next_stint_counts_as_a_move_with_negative_gap():
    # p joins B while still at A (B starts 2 months before A ends): the move A→B counts.
    df = pd.DataFrame({"person_id": ["p", "p"], "org_id": ["A", "B"],
                       "start_date": ["2020-01-01", "2021-11-01"],
                       "end_date": ["2022-01-01", None]})
    f = Metrics(df, as_of="2024-01-01").flows(0)
    assert f[["src", "dst", "flow", "departures"]].values.tolist() == [["A", "B", 1, 1]]


def test_validity_filter_keeps_open_and_same_day_stints():
    df = pd.DataFrame({"person_id": ["a", "b", "c", "d"], "org_id": ["o"] * 4,
                       "start_date": ["2020-01-01", "2020-01-01", None, "2020-05-01"],
                       "end_date": [None, "2020-01-01", "2020-02-01", "2020-04-01"]})
    m = Metrics(df, as_of="2021-01-01")
    t = m.tenure().iloc[0]
    assert (t.n_stayers, t.n_leavers) == (1, 1)  # a open, b left the day it started
    assert sorted(m.issues()["problem"]) == ["end before start", "unknown start"]


def test_default_horizon_reads_the_lifetable_others_their_own_pass_same_numbers(stints):
    m = Metrics(stints, as_of=AS_OF)
    used = stints[stints.start_date <= AS_OF]
    for horizon in (24, 7):  # 24 is read from the lifetable, 7 from the stints
        r = m.retention(horizon=horizon).set_index("org_id")
        for org, g in used.groupby("org_id"):
            fu = g.start_date.map(lambda s: months_between(s, AS_OF))
            left = g.end_date.map(lambda e: e is not None and not pd.isna(e) and e <= AS_OF)
            dur = [months_between(s, e if lf else AS_OF)
                   for s, e, lf in zip(g.start_date, g.end_date, left)]
            eligible = fu >= horizon
            stayed = ~(left & (pd.Series(dur, index=g.index) <= horizon))
            assert (r.loc[org, "hires"], r.loc[org, "eligible"], r.loc[org, "retained"]) == (
                len(g), int(eligible.sum()), int((eligible & stayed).sum()))
    for window in (12, 5):
        snaps = [add_months(AS_OF, -i) for i in range(window, -1, -1)]
        got = {(r.org_id, r.snapshot): r.headcount for r in m.headcount(window_months=window)
               .itertuples()}
        assert got == _headcount_by_hand(used, snaps)
    assert [k for k in m._km if k[0] == "life"] == [("life", "org_id")]
