"""A synthetic workforce with known monthly hazards per org and known flows between orgs.

Each person is hired at an org in a uniformly drawn month; every month at org A they leave
with probability ``hazards[A]`` (so a stint lasts K whole months, K ~ Geometric(h), and the
true retention is R(T) = (1 − h)^T); a leaver joins org B with probability ``flows[A][B]``
after a gap of 0..``max_gap`` months (otherwise leaves the data), and so on until ``as_of``,
where open stints are censored. Dates fall on the 1st of a month.

>>> s = generate(people=200, orgs=3, seed=1)
>>> sorted(s.stints.columns)[:4], round(s.retention("org:synth-01", 24), 4)
(['covariates_remote', 'end_date', 'id', 'org_id'], 0.8247)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa

ROLES = ("engineer", "researcher", "product", "sales", "executive")


@dataclass
class Synthetic:
    """Generated stints plus the truth they were drawn from."""

    stints: pd.DataFrame
    hazards: dict[str, float]
    flows: dict[str, dict[str, float]]
    start: date
    as_of: date
    expected_flows: dict[tuple[str, str], float] = field(default_factory=dict)
    remote_hr: float = 1.0

    def retention(self, org: str, months: int) -> float:
        """True probability that a stint at ``org`` lasts more than ``months`` months.

        >>> generate(10, 2, hazards=[0.1, 0.2]).retention("org:synth-01", 2)
        0.81
        """
        return round((1.0 - self.hazards[org]) ** months, 12)

    def flow_ratio(self, a: str, b: str) -> float:
        """Expected F(a→b) / F(b→a) given the departures that could move before as_of."""
        return self.expected_flows.get((a, b), 0.0) / self.expected_flows[(b, a)]

    def arrow(self) -> pa.Table:
        """The stints as an Arrow table (dates as date32), ready for the metrics engines."""
        return pa.Table.from_pandas(self.stints, preserve_index=False)


def _org_ids(k: int) -> list[str]:
    return [f"org:synth-{i + 1:02d}" for i in range(k)]


def _month_to_date(m: np.ndarray) -> np.ndarray:
    return m.astype("datetime64[M]").astype("datetime64[D]")


def _flow_matrix(ids, flows, rng, move_share: float) -> np.ndarray:
    k = len(ids)
    mat = np.zeros((k, k))
    if flows is None:
        for i in range(k):
            w = rng.dirichlet(np.ones(k - 1)) * move_share if k > 1 else np.zeros(0)
            mat[i, [j for j in range(k) if j != i]] = w
    else:
        pos = {o: i for i, o in enumerate(ids)}
        for a, row in flows.items():
            for b, p in row.items():
                if a == b:
                    raise ValueError(f"flow from {a} to itself: flows go between different orgs")
                mat[pos[a], pos[b]] = p
    if (mat.sum(axis=1) > 1 + 1e-12).any() or (mat < 0).any():
        raise ValueError("flow probabilities must be ≥ 0 and sum to at most 1 per org")
    return mat


def generate(people: int, orgs: int, seed: int = 0, hazards: dict | list | None = None,
             flows: dict[str, dict[str, float]] | None = None, start: str = "2015-01",
             as_of: str = "2025-01", max_gap: int = 2, move_share: float = 0.6,
             remote_hr: float = 1.0, with_ids: bool = True) -> Synthetic:
    """Draw a synthetic workforce (see the module docstring).

    ``hazards``: monthly leave probability per org (dict by org id "org:synth-01"…, or a
    list in org order; default evenly from 0.008 to 0.03). ``flows``: {A: {B: p}} (default:
    random, ``move_share`` of leavers move to another org). ``remote_hr`` multiplies the
    hazard of people with the covariate ``remote`` = 1 (30% of people).

    >>> generate(people=50, orgs=2, seed=3).stints["person_id"].nunique()
    50
    """
    if people < 1 or orgs < 1:
        raise ValueError("people and orgs must be at least 1")
    rng = np.random.default_rng(seed)
    ids = _org_ids(orgs)
    if hazards is None:
        h = np.linspace(0.008, 0.03, orgs)
    elif isinstance(hazards, dict):
        h = np.array([hazards[o] for o in ids], dtype=float)
    else:
        h = np.asarray(hazards, dtype=float)
    if len(h) != orgs or ((h <= 0) | (h >= 1)).any():
        raise ValueError("hazards: one monthly probability in (0, 1) per org")
    mat = _flow_matrix(ids, flows, rng, move_share)
    cum = np.cumsum(mat, axis=1)
    d0, d1 = pd.Period(start, "M"), pd.Period(as_of, "M")
    m0, m1 = d0.year * 12 + d0.month - 1 - 1970 * 12, d1.year * 12 + d1.month - 1 - 1970 * 12
    person = np.arange(people)
    org = rng.integers(0, orgs, people)
    st = rng.integers(m0, m1 + 1, people)
    role = rng.integers(0, len(ROLES), people)
    remote = (rng.random(people) < 0.3).astype(np.int8)
    out, expected = [], np.zeros((orgs, orgs))
    while len(person):
        hz = h[org] * np.where(remote == 1, remote_hr, 1.0)
        k = rng.geometric(np.clip(hz, 1e-9, 1.0))
        end = st + k
        cens = end > m1
        out.append((person, org, st, np.where(cens, -1, end), role, remote))
        nxt = (rng.random(len(person))[:, None] > cum[org]).sum(axis=1)
        gap = rng.integers(0, max_gap + 1, len(person))
        can = ~cens & (end + gap <= m1)
        np.add.at(expected, org[can], mat[org[can]])
        go = can & (nxt < orgs)
        person, org, st = person[go], nxt[go], (end + gap)[go]
        role, remote = role[go], remote[go]
    cols = [np.concatenate(c) for c in zip(*out)]
    p, o, s, e, r, rem = cols
    order = np.lexsort((s, p))
    p, o, s, e, r, rem = (c[order] for c in (p, o, s, e, r, rem))
    end_dates = _month_to_date(np.where(e < 0, 0, e))
    df = pd.DataFrame({
        "person_id": pd.Categorical.from_codes(p % people, [f"person:synth-{i}" for i in range(people)])
        if people <= 2_000_000 else np.char.add("person:synth-", p.astype(str)),
        "org_id": pd.Categorical.from_codes(o, ids),
        "role": pd.Categorical.from_codes(r, ROLES),
        "start_date": _month_to_date(s),
        "end_date": pd.Series(end_dates).where(e >= 0),
        "provenance": "records",
        "covariates_remote": rem,
    })
    for c in ("person_id", "org_id", "role"):
        df[c] = df[c].astype(str)
    df["start_date"] = df["start_date"].dt.date
    df["end_date"] = pd.to_datetime(df["end_date"]).dt.date.where(df["end_date"].notna(), None)
    if with_ids:
        df.insert(0, "id", [f"stint:synth-{i}" for i in range(len(df))])
    exp = {(ids[a], ids[b]): float(expected[a, b]) for a in range(orgs) for b in range(orgs) if a != b}
    return Synthetic(stints=df, hazards=dict(zip(ids, map(float, h))),
                     flows={ids[a]: {ids[b]: float(mat[a, b]) for b in range(orgs) if b != a}
                            for a in range(orgs)},
                     start=date(d0.year, d0.month, 1), as_of=date(d1.year, d1.month, 1),
                     expected_flows=exp, remote_hr=remote_hr)
