"""The synthetic workforce: deterministic, validated, and its parameters recoverable."""

from __future__ import annotations

import pytest

from talentflow.metrics import Metrics
from talentflow.synth import generate

HAZARDS = {"org:synth-01": 0.01, "org:synth-02": 0.02, "org:synth-03": 0.035}
FLOWS = {"org:synth-01": {"org:synth-02": 0.40, "org:synth-03": 0.20},
         "org:synth-02": {"org:synth-01": 0.10, "org:synth-03": 0.30},
         "org:synth-03": {"org:synth-01": 0.30, "org:synth-02": 0.25}}


def test_same_seed_same_workforce_and_shape():
    a, b = generate(500, 3, seed=4), generate(500, 3, seed=4)
    assert a.stints.equals(b.stints)
    assert not a.stints.equals(generate(500, 3, seed=5).stints)
    df = a.stints
    assert df["person_id"].nunique() == 500
    assert (df["start_date"] <= a.as_of).all()
    ended = df["end_date"].notna()
    assert (df.loc[ended, "end_date"] > df.loc[ended, "start_date"]).all()
    assert (df.loc[ended, "end_date"] <= a.as_of).all()
    assert set(df["org_id"]) <= set(a.hazards)


def test_invalid_parameters_are_refused():
    with pytest.raises(ValueError, match="one monthly probability"):
        generate(10, 2, hazards=[0.1])
    with pytest.raises(ValueError, match="sum to at most 1"):
        generate(10, 2, flows={"org:synth-01": {"org:synth-02": 1.5}})
    with pytest.raises(ValueError, match="at least 1"):
        generate(0, 2)


@pytest.mark.slow
def test_metrics_recover_generating_retention_and_flow_ratios():
    s = generate(120_000, 3, seed=2026, hazards=HAZARDS, flows=FLOWS,
                 start="2012-01", as_of="2025-01")
    m = Metrics(s.arrow(), as_of=s.as_of)
    ret = m.retention(horizon=24).set_index("org_id")["retention_km"]
    for org in HAZARDS:
        assert abs(ret[org] - s.retention(org, 24)) < 0.01, (org, ret[org], s.retention(org, 24))
    f = m.flows(gap_months=6).set_index(["src", "dst"])
    for a, b in (("org:synth-01", "org:synth-02"), ("org:synth-03", "org:synth-01"),
                 ("org:synth-02", "org:synth-03")):
        got, want = f.loc[(a, b), "ratio"], s.flow_ratio(a, b)
        assert abs(got / want - 1) < 0.05, (a, b, got, want)
    # the share of A's leavers who move to B estimates the flow probability
    share = f.loc[("org:synth-01", "org:synth-02"), "share"]
    assert share == pytest.approx(0.40, abs=0.01)
