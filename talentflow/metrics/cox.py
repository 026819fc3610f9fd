"""Cox proportional-hazards ratios for covariates carried by records (lifelines).

Durations and events come from the same Ibis expression as the other metrics
(exprs.observations); covariates from the stints' ``covariates`` JSON (store) or from
columns named ``covariates_<name>`` (frames). Categorical covariates become indicator
columns (first level dropped).

>>> from talentflow.synth import generate
>>> s = generate(4000, 2, seed=5, remote_hr=2.0)
>>> hr = cox(s.stints, as_of=s.as_of)
>>> 1.8 < float(hr.set_index("covariate").loc["remote", "hazard_ratio"]) < 2.2
True
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from talentflow.metrics.api import Metrics


def _covariate_frame(m: Metrics) -> pd.DataFrame:
    raw = m.raw
    cols = [c for c in raw.columns if c.startswith("covariates_")]
    sel = ["id", *cols] + (["covariates"] if "covariates" in raw.columns else [])
    df = raw.filter(raw.provenance != "events").select(*sel).execute()
    if "covariates" in df.columns:
        parsed = pd.DataFrame([json.loads(v) if isinstance(v, str) and v else (v or {})
                               for v in df.pop("covariates")], index=df.index)
        df = pd.concat([df, parsed], axis=1)
    df.columns = [c.removeprefix("covariates_") for c in df.columns]
    return df


def cox(data: Any, covariates: list[str] | None = None, by_org: bool = True,
        penalizer: float = 0.0, **kw: Any) -> pd.DataFrame:
    """Hazard ratios: covariate, coef, hazard_ratio, ci_lower, ci_upper, p, n.

    ``by_org`` stratifies the baseline hazard by org. Options as for the other metrics
    (engine, spark_master, as_of, org, role). Empty when no record carries a covariate."""
    from lifelines import CoxPHFitter

    with Metrics(data, **kw) as m:
        obs = m._orgs(m.observations()).select("id", "org_id", "duration", "event").execute()
        cov = _covariate_frame(m)
    names = [c for c in cov.columns if c != "id" and (covariates is None or c in covariates)]
    cols = ["covariate", "coef", "hazard_ratio", "ci_lower", "ci_upper", "p", "n"]
    if not names:
        return pd.DataFrame(columns=cols)
    df = obs.merge(cov[["id", *names]], on="id").drop(columns="id").dropna()
    num = [c for c in names if pd.api.types.is_numeric_dtype(df[c])]
    df = pd.get_dummies(df, columns=[c for c in names if c not in num], drop_first=True, dtype=float)
    keep = [c for c in df.columns if c not in ("org_id", "duration", "event") and df[c].nunique() > 1]
    if not keep or df["event"].sum() == 0:
        return pd.DataFrame(columns=cols)
    df = df[["duration", "event", *keep] + (["org_id"] if by_org else [])]
    df["duration"] = df["duration"] + 0.5  # a stint ending within its first month lasts >0
    f = CoxPHFitter(penalizer=penalizer).fit(df, "duration", "event",
                                             strata=["org_id"] if by_org else None)
    s = f.summary
    return pd.DataFrame({
        "covariate": s.index.astype(str), "coef": s["coef"].values,
        "hazard_ratio": s["exp(coef)"].values, "ci_lower": s["exp(coef) lower 95%"].values,
        "ci_upper": s["exp(coef) upper 95%"].values, "p": s["p"].values, "n": len(df)})
