"""Turnover metrics on DuckDB: KM against lifelines, hand-computed tables, bad records."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from lifelines import KaplanMeierFitter

from talentflow.metrics import Metrics, cox, flows, retention, survival
from talentflow.metrics.dates import add_months, months_between, parse_as_of, to_day

AS_OF = "2025-01-01"

# The worked example of docs/metrics.md: six stints at one org, as of 2025-01-01.
ACME = pd.DataFrame({
    "person_id": ["p1", "p2", "p3", "p4", "p5", "p6"],
    "org_id": ["org:acme"] * 6,
    "role": ["engineer", "engineer", "sales", "engineer", "sales", "sales"],
    "start_date": ["2020-01-01", "2020-01-01", "2020-07-01", "2021-01-01", "2023-07-01", "2022-01-01"],
    "end_date": ["2021-01-01", "2021-07-01", "2021-07-01", None, None, "2024-07-01"],
})

# Moves between three orgs (docs/metrics.md, "Flows").
MOVES = pd.DataFrame([
    ("p1", "A", "2020-01-01", "2021-01-01"), ("p1", "B", "2021-03-01", None),
    ("p2", "A", "2020-01-01", "2021-07-01"), ("p2", "B", "2022-06-01", None),
    ("p3", "B", "2019-01-01", "2020-01-01"), ("p3", "A", "2020-01-01", "2021-06-01"),
    ("p3", "C", "2021-06-01", None),
    ("p8", "A", "2018-01-01", "2019-01-01"), ("p8", "B", "2019-02-01", "2020-02-01"),
    ("p8", "A", "2020-03-01", None),
], columns=["person_id", "org_id", "start_date", "end_date"])


def test_dates_rule_and_whole_months():
    assert to_day("2025-07") == date(2025, 7, 15)
    assert to_day("2025") == date(2025, 7, 1)
    assert to_day("2025-13") is None and to_day("soon") is None
    assert months_between(date(2020, 1, 31), date(2020, 2, 29)) == 0
    assert months_between(date(2020, 1, 15), date(2021, 1, 15)) == 12
    assert add_months(date(2023, 3, 31), -1) == date(2023, 2, 28)
    assert parse_as_of("2024-02") == date(2024, 2, 29)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_as_of("last week")


def test_km_worked_example_by_hand():
    km = survival(ACME, as_of=AS_OF)
    got = km[["duration", "at_risk", "events", "censored"]].values.tolist()
    assert got == [[12, 6, 2, 0], [18, 4, 1, 1], [30, 2, 1, 0], [48, 1, 0, 1]]
    assert km["survival"].tolist() == pytest.approx([4 / 6, 0.5, 0.25, 0.25], abs=1e-12)
    m = Metrics(ACME, as_of=AS_OF)
    assert m.median_survival()["median_survival"].tolist() == [18]


def _lifelines_check(df: pd.DataFrame, as_of: str) -> None:
    m = Metrics(df, as_of=as_of)
    km, med = m.survival(), m.median_survival()
    obs = m.obs.execute()
    for org, g in obs.groupby("org_id"):
        kmf = KaplanMeierFitter().fit(g["duration"], g["event"])
        ref = kmf.survival_function_.iloc[:, 0]
        mine = km[km.org_id == org].set_index("duration")["survival"]
        np.testing.assert_allclose(mine.values, ref.loc[mine.index].values, rtol=0, atol=1e-9)
        # every time lifelines lists (other than its t=0 row) is one of ours
        assert set(ref.index) - {0} <= set(mine.index)
        lm = kmf.median_survival_time_
        ours = med.set_index("org_id").loc[org, "median_survival"]
        assert (np.isinf(lm) and pd.isna(ours)) or ours == lm


def test_km_equals_lifelines_on_tied_and_censored_data():
    rng = np.random.default_rng(42)
    for n, orgs, p_open in ((40, 2, 0.5), (500, 3, 0.3), (3000, 4, 0.1)):
        start = pd.to_datetime("2018-01-01") + pd.to_timedelta(rng.integers(0, 2000, n), "D")
        length = pd.to_timedelta(rng.integers(0, 60, n) * 30, "D")  # coarse: many ties
        end = pd.Series(start + length).where(rng.random(n) > p_open)
        df = pd.DataFrame({"person_id": [f"p{i}" for i in range(n)],
                           "org_id": rng.choice([f"o{k}" for k in range(orgs)], n),
                           "start_date": start.date, "end_date": end.dt.date.where(end.notna(), None)})
        _lifelines_check(df, "2023-06-30")


def test_km_all_leave_and_none_leave():
    df = pd.DataFrame({"person_id": list("abcd"), "org_id": ["x", "x", "y", "y"],
                       "start_date": ["2020-01-01"] * 4,
                       "end_date": ["2020-04-01", "2020-04-01", None, None]})
    _lifelines_check(df, AS_OF)
    km = survival(df, as_of=AS_OF)
    assert km[km.org_id == "x"]["survival"].tolist() == [0.0]
    assert km[km.org_id == "y"]["survival"].tolist() == [1.0]


def test_retention_km_and_naive_by_hand():
    r = retention(ACME, horizon=24, as_of=AS_OF).iloc[0]
    assert (r.hires, r.eligible, r.retained) == (6, 5, 2)
    assert r.retention_km == pytest.approx(0.5) and r.retention_naive == pytest.approx(0.4)
    r12 = retention(ACME, horizon=12, as_of=AS_OF).iloc[0]
    assert r12.retention_km == pytest.approx(4 / 6) and r12.retention_naive == pytest.approx(4 / 6)
    # a hiring window: only p5 (2023-07) and p6 (2022-01) were hired from 2022 on
    w = Metrics(ACME, as_of=AS_OF).retention(horizon=12, hired_from="2022").iloc[0]
    assert w.hires == 2 and w.retention_km == pytest.approx(1.0)


def test_tenure_leavers_and_stayers_apart():
    t = Metrics(ACME, as_of=AS_OF).tenure().iloc[0]
    assert (t.n_leavers, t.median_tenure_leavers, t.mean_tenure_leavers) == (4, 15.0, 18.0)
    assert (t.n_stayers, t.median_tenure_stayers, t.mean_tenure_stayers) == (2, 33.0, 33.0)
    by_role = Metrics(ACME, as_of=AS_OF).tenure("role").set_index("role")
    assert by_role.loc["engineer", "median_tenure_leavers"] == 15.0  # p1 12, p2 18
    assert by_role.loc["sales", "n_stayers"] == 1


def test_attrition_and_headcount_series():
    m = Metrics(ACME, as_of=AS_OF)
    hc = m.headcount()
    assert len(hc) == 13 and hc["snapshot"].iloc[0] == date(2024, 1, 1)
    assert hc["headcount"].tolist() == [3] * 6 + [2] * 7
    a = m.attrition().iloc[0]
    assert a.departures == 1
    assert a.mean_headcount == pytest.approx(32 / 13)
    assert a.attrition == pytest.approx(13 / 32)


def test_flows_with_gap_and_ratios():
    f = flows(MOVES, gap_months=6, as_of=AS_OF).set_index(["src", "dst"])
    assert f.loc[("A", "B"), ["flow", "reverse_flow", "departures"]].tolist() == [2, 2, 4]
    assert f.loc[("A", "B"), "ratio"] == 1.0 and f.loc[("A", "B"), "share"] == 0.5
    assert f.loc[("A", "C"), "flow"] == 1 and pd.isna(f.loc[("A", "C"), "ratio"])
    assert f.loc[("B", "A"), "flow"] == 2
    assert len(f) == 3
    wide = flows(MOVES, gap_months=12, as_of=AS_OF).set_index(["src", "dst"])
    assert wide.loc[("A", "B"), "flow"] == 3  # p2's 11-month gap now counts
    assert wide.loc[("A", "B"), "ratio"] == 1.5


def test_bad_records_are_reported_not_used():
    bad = pd.concat([ACME, pd.DataFrame({
        "person_id": ["p9", "p10", "p1", "p4"],
        "org_id": ["org:acme"] * 4,
        "start_date": ["2022-05-01", None, "2020-01-01", "2021-01-01"],
        "end_date": ["2021-05-01", "2022-01-01", "2020-06-01", "2022-01-01"],
        "provenance": ["records", "records", "records", "events"],
    })], ignore_index=True)
    bad["provenance"] = bad["provenance"].fillna("records")
    m = Metrics(bad, as_of=AS_OF)
    problems = m.issues().set_index("person_id")["problem"].to_dict()
    assert problems == {"p9": "end before start", "p10": "unknown start", "p1": "duplicate",
                        "p4": "superseded by records"}
    # the metrics equal those of the clean data
    pd.testing.assert_frame_equal(m.survival(), Metrics(ACME, as_of=AS_OF).survival())


def test_records_win_over_events_but_events_fill_gaps():
    df = pd.DataFrame({
        "person_id": ["p1", "p1", "p2"], "org_id": ["o", "o", "o"],
        "start_date": ["2020-01-01", "2020-02-15", "2021-01-01"],
        "end_date": ["2021-01-01", "2020-12-15", "2022-01-01"],
        "provenance": ["records", "events", "events"]})
    m = Metrics(df, as_of=AS_OF)
    assert m.issues()["problem"].tolist() == ["superseded by records"]
    assert m.tenure().iloc[0].n_leavers == 2  # the record of p1 and p2's derived stint


def test_org_and_role_filters():
    m = Metrics(pd.concat([ACME, MOVES]), as_of=AS_OF, org="org:acme", role="sales")
    t = m.tenure()
    assert t["org_id"].tolist() == ["org:acme"] and t.iloc[0].n_leavers == 2


def test_unknown_grouping_is_a_clear_error():
    with pytest.raises(ValueError, match="use org, role or cohort"):
        Metrics(ACME, as_of=AS_OF).survival("team")


def test_cox_recovers_a_known_hazard_ratio():
    from talentflow.synth import generate

    s = generate(6000, 2, seed=9, remote_hr=1.8)
    hr = cox(s.stints, as_of=s.as_of).set_index("covariate").loc["remote"]
    assert hr.ci_lower < 1.8 < hr.ci_upper and hr.p < 1e-6


def test_flows_by_role_of_the_leaver():
    roles = ["eng"] * 8 + ["sales", "eng"]  # p8's stint at B is a sales role
    f = flows(MOVES.assign(role=roles), gap_months=6, by_role=True, as_of=AS_OF)
    got = {(r.src, r.dst, r.role): (r.flow, r.reverse_flow) for r in f.itertuples()}
    assert got == {("A", "B", "eng"): (2, 1), ("A", "C", "eng"): (1, 0),
                   ("B", "A", "eng"): (1, 2), ("B", "A", "sales"): (1, 0)}


def test_duplicate_records_found_in_the_sorted_pass_and_dropped_before_flows():
    # p1's first stint again (a later id, so it is the one dropped), with another end that
    # would hide p1's A→B move if it were used; no event-derived stint, so the duplicate is
    # found by the flag of the per-person sort, not by the up-front checks.
    dup = pd.DataFrame([("p1", "A", "2020-01-01", "2024-01-01")], columns=MOVES.columns)
    m = Metrics(pd.concat([MOVES, dup], ignore_index=True), as_of=AS_OF)
    found = m.issues()
    assert found[["person_id", "org_id", "problem"]].values.tolist() == [["p1", "A", "duplicate"]]
    assert str(found["end_date"].iloc[0]) == "2024-01-01"
    clean = Metrics(MOVES, as_of=AS_OF)
    pd.testing.assert_frame_equal(m.flows(), clean.flows())
    pd.testing.assert_frame_equal(m.survival(), clean.survival())
    assert m.flows().set_index(["src", "dst"]).loc[("A", "B"), "flow"] == 2
