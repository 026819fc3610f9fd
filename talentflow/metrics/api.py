"""Turnover metrics as Python functions returning pandas DataFrames, on DuckDB or Spark.

>>> import pandas as pd
>>> df = pd.DataFrame({"person_id": ["p", "q"], "org_id": ["acme", "acme"],
...     "start_date": ["2020-01-01", "2020-01-01"], "end_date": ["2020-07-01", None]})
>>> survival(df, as_of="2021-01-01")["survival"].tolist()
[0.5, 0.5]
"""

from __future__ import annotations

from datetime import date
from typing import Any

import ibis
import pandas as pd

from talentflow.metrics import exprs
from talentflow.metrics.clean import issues, valid
from talentflow.metrics.dates import add_months, parse_as_of, precision
from talentflow.metrics.engine import load_stints

BY = tuple(exprs.BY_KEYS)
HORIZON = 24  # retention's default horizon (and the CLI's)


class Metrics:
    """All metrics over one stints source, cleaned once (and cached on the engine).

    ``checked=True`` skips the checks of clean.py (the caller vouches the stints are valid
    and free of duplicates, e.g. validated at import); the metrics are otherwise the same.
    Unchecked, the stints pass one validity filter and the duplicate flag of
    ``exprs.sequence``; ``issues()`` lists every problem (computed when first asked).

    >>> import pandas as pd
    >>> m = Metrics(pd.DataFrame({"person_id": ["p"], "org_id": ["o"], "start_date": ["2020-01-01"]}),
    ...             as_of="2020-12-31")
    >>> int(m.tenure()["n_stayers"][0])
    1
    """

    def __init__(self, data: Any, *, engine: str = "duckdb", spark_master: str | None = None,
                 as_of: str | date | None = None, org: str | list[str] | None = None,
                 role: str | list[str] | None = None, cache: bool | None = None,
                 checked: bool = False):
        self.engine = engine
        self.as_of = parse_as_of(as_of)
        self.raw = load_stints(data, engine, spark_master)
        self._issues: pd.DataFrame | None = None
        self._cached: list = []
        self._km: dict[tuple[str, ...], Any] = {}
        self._cache = True if cache is None else cache
        orgs = [org] if isinstance(org, str) else org
        roles = [role] if isinstance(role, str) else role
        self._org_filter, self._roles = orgs, roles
        t = self.raw
        if not checked:
            t = t.filter(valid(t))
            has_events = bool(self.raw.filter(self.raw.provenance == "events").limit(1)
                              .count().execute())
            if has_events or roles:
                # Records over events need a join, and a role filter could split a duplicate
                # pair: run every check up front.
                self._issues = self._run(issues(self.raw, has_events), ["problem", "id"])
                t = self._drop(t, self._issues)
        # ``obs`` (= ``stints``): one row per stint started by as_of with duration, event,
        # role and cohort, read straight from the stints (no per-stint copy is made). What
        # is kept on the engine is small: per grouping, the stints per (duration, event)
        # (``exprs.lifetable``: survival, median, retention and tenure read it), and the
        # flow pass summarised (``exprs.moves``: the one sort, over each person's stints).
        # Duplicates are adjacent in that sort, so the duplicate check is a sum over the
        # summary; only if one is found are they ranked and dropped.
        self._set(t)
        if not checked and self._issues is None and int(
                self._moves().dup.sum().execute() or 0):
            self._issues = self._run(issues(self.raw, False), ["problem", "id"])
            self.close()
            self._set(self._drop(t, self._issues))

    def _drop(self, t, found: pd.DataFrame):
        """``t`` minus the stints ``found`` superseded or duplicate."""
        drop = found[found["problem"].isin(["superseded by records", "duplicate"])]
        if not len(drop):
            return t
        ids = ibis.memtable({"id": drop["id"].astype(str).tolist()})
        if self.engine == "spark":
            ids = self.raw._find_backend().create_view(f"tf_drop_{id(self)}", ids,
                                                       overwrite=True)
        return t.anti_join(ids, "id")

    def observations(self):
        """Per-stint observations with ``id`` (duration, event, role, cohort), uncached.

        >>> m = Metrics(pd.DataFrame({"person_id": ["p"], "org_id": ["o"],
        ...     "start_date": ["2020-01-01"]}), as_of="2020-12-31")
        >>> m.observations().execute()["duration"].tolist()
        [11]
        """
        t = self._clean.select("id", "person_id", "org_id", "role", "start_date", "end_date")
        t = exprs.prepare_obs(t)
        if self._roles:
            t = t.filter(t.role.isin(self._roles))
        return exprs.observations(t, self.as_of)

    def _set(self, t) -> None:
        """Use the clean stints ``t``: ``obs``/``stints`` over them; nothing computed yet."""
        self._clean = t
        t = t.select("person_id", "org_id", "start_date", "end_date",
                     role=t.role.fill_null("unknown"))
        if self._roles:
            t = t.filter(t.role.isin(self._roles))
        self._base = t.filter(t.start_date <= ibis.literal(self.as_of, type="date"))
        self.obs = self.stints = exprs.observations(exprs.prepare_obs(self._base), self.as_of)

    def _moves(self, keys: tuple[str, ...] = ()):
        """The flow pass summarised (exprs.moves), computed once per keys (the leaver's role
        only when asked: every column through the sort costs)."""
        k = ("moves", *keys)
        if k not in self._km:
            mv = exprs.moves(self._base, self.as_of, keys)
            self._km[k] = self._keep(mv) if self._cache else mv
        return self._km[k]

    def _life(self, keys: list[str]):
        """Stints per group, duration and event (exprs.lifetable), computed once per grouping,
        with the eligibility for retention at the default horizon, so its naive share reads
        it too (another horizon makes its own pass)."""
        k = ("life", *keys)
        if k not in self._km:
            lt = exprs.lifetable(self.obs, keys, (HORIZON, self.as_of))
            self._km[k] = self._keep(lt) if self._cache else lt
        return self._km[k]

    def _keep(self, expr):
        """Cache ``expr`` on the engine (released by close)."""
        c = expr.cache()
        self._cached.append(c)
        return c

    def _km_table(self, keys: list[str]):
        """The KM table per group, computed once per grouping (survival, median, retention)."""
        k = tuple(keys)
        if k not in self._km:
            km = exprs.km(self._life(keys), keys)
            self._km[k] = self._keep(km) if self._cache else km
        return self._km[k]

    def close(self) -> None:
        """Release the cached stints (call before closing the store's connection)."""
        for c in self._cached:
            try:
                c.release()
            except Exception:  # already released, or the engine is gone
                pass
        self._cached.clear()
        self._km.clear()

    def __enter__(self) -> Metrics:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers -------------------------------------------------------------------
    def _keys(self, by: str) -> list[str]:
        if by not in exprs.BY_KEYS:
            raise ValueError(f"unknown grouping {by!r}: use org, role or cohort")
        return exprs.BY_KEYS[by]

    def _orgs(self, expr, col: str = "org_id"):
        if self._org_filter:
            return expr.filter(expr[col].isin(self._org_filter))
        return expr

    def _run(self, expr, sort: list[str]) -> pd.DataFrame:
        return _normalise(expr.execute(), sort)

    # -- metrics ---------------------------------------------------------------------
    def issues(self) -> pd.DataFrame:
        """Stints not used, with the problem (see clean.issues)."""
        if self._issues is None:
            self._issues = self._run(issues(self.raw), ["problem", "id"])
        return self._issues

    def survival(self, by: str = "org") -> pd.DataFrame:
        """Kaplan–Meier S(t) per group, one row per distinct duration (months)."""
        k = self._keys(by)
        return self._run(self._orgs(self._km_table(k)), [*k, "duration"])

    def median_survival(self, by: str = "org") -> pd.DataFrame:
        """Median survival per group (months; NaN when S never reaches 0.5)."""
        k = self._keys(by)
        return self._run(self._orgs(exprs.km_median(self._km_table(k), k)), k)

    def retention(self, by: str = "org", horizon: int = 24, hired_from: str | None = None,
                  hired_to: str | None = None) -> pd.DataFrame:
        """Cohort retention R(T) for hires in [hired_from, hired_to]: KM and naive share."""
        k = self._keys(by)
        obs = self.obs
        if hired_from:
            obs = obs.filter(obs.start_date >= ibis.literal(_first_day(hired_from), type="date"))
        if hired_to:
            obs = obs.filter(obs.start_date <= ibis.literal(parse_as_of(hired_to), type="date"))
        km = None if (hired_from or hired_to) else self._km_table(k)
        if km is not None and horizon == HORIZON:
            obs = self._life(k)
        return self._run(self._orgs(exprs.retention(obs, k, horizon, self.as_of, km)), k)

    def tenure(self, by: str = "org") -> pd.DataFrame:
        """Tenure (months): leavers and stayers apart — count, median, mean."""
        k = self._keys(by)
        return self._run(self._orgs(exprs.tenure(self._life(k), k)), k)

    def _window(self, months: int) -> tuple[date, date, list[date]]:
        end = self.as_of
        snaps = [add_months(end, -i) for i in range(months, -1, -1)]
        return snaps[0], end, snaps

    def headcount(self, by: str = "org", window_months: int = 12) -> pd.DataFrame:
        """Monthly headcount series over the window ending at as_of."""
        k = self._keys(by)
        _s, _e, snaps = self._window(window_months)
        return self._run(self._orgs(exprs.headcount(self.stints, k, snaps)), [*k, "snapshot"])

    def attrition(self, by: str = "org", window_months: int = 12) -> pd.DataFrame:
        """Departures in the window ÷ mean monthly headcount (LinkedIn's 12-month definition)."""
        k = self._keys(by)
        start, end, snaps = self._window(window_months)
        return self._run(self._orgs(exprs.attrition(self.stints, k, start, end, snaps)), k)

    def flows(self, gap_months: int = 6, by_role: bool = False) -> pd.DataFrame:
        """Flow matrix F(A→B) with reverse flows and directional ratios."""
        keys = ("role",) if by_role else ()
        f = exprs.flows(self._moves(keys), self.as_of, gap_months, keys)
        if self._org_filter:
            f = f.filter(f.src.isin(self._org_filter) | f.dst.isin(self._org_filter))
        return self._run(f, ["src", "dst", *keys])


def _first_day(value: str | date) -> date:
    """The first day of a day, month or year ("2024-03" → 2024-03-01)."""
    if isinstance(value, date):
        return value
    if precision(value) is None:
        raise ValueError(f"invalid date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    y, *rest = (int(x) for x in value.split("-"))
    return date(y, *(rest + [1, 1])[:2])


def _normalise(df: pd.DataFrame, sort: list[str]) -> pd.DataFrame:
    """Same dtypes and row order whichever engine produced the frame."""
    df = df.copy()
    for c in df.columns:
        s = df[c]
        if c in ("snapshot", "start_date", "end_date"):
            df[c] = pd.to_datetime(s).dt.date
        elif pd.api.types.is_bool_dtype(s):
            continue
        elif pd.api.types.is_integer_dtype(s):
            df[c] = s.astype("int64")
        elif pd.api.types.is_float_dtype(s):
            if s.notna().all() and (s == s.round()).all() and c in (
                    "n", "n_leavers", "n_stayers", "departures", "hires", "eligible", "retained",
                    "flow", "reverse_flow", "at_risk", "events", "censored", "duration"):
                df[c] = s.astype("int64")
            else:
                df[c] = s.astype("float64")
    return df.sort_values(sort, kind="mergesort").reset_index(drop=True)


# -- function API (interfaces.md item 5) ----------------------------------------------

def _m(data, kw) -> Metrics:
    opts = {k: kw.pop(k) for k in ("engine", "spark_master", "as_of", "org", "role") if k in kw}
    return Metrics(data, **opts)


def survival(data: Any, by: str = "org", **kw: Any) -> pd.DataFrame:
    """KM survival table per group. Options: engine, spark_master, as_of, org, role."""
    return _m(data, kw).survival(by)


def median_survival(data: Any, by: str = "org", **kw: Any) -> pd.DataFrame:
    """Median survival (months) per group."""
    return _m(data, kw).median_survival(by)


def retention(data: Any, by: str = "org", horizon: int = 24, **kw: Any) -> pd.DataFrame:
    """Cohort retention R(horizon): KM and naive; options hired_from, hired_to too."""
    m = _m(data, kw)
    return m.retention(by, horizon, **kw)


def tenure(data: Any, by: str = "org", **kw: Any) -> pd.DataFrame:
    """Tenure of leavers and of stayers per group."""
    return _m(data, kw).tenure(by)


def attrition(data: Any, by: str = "org", window_months: int = 12, **kw: Any) -> pd.DataFrame:
    """Attrition over the window ending at as_of."""
    return _m(data, kw).attrition(by, window_months)


def headcount(data: Any, by: str = "org", window_months: int = 12, **kw: Any) -> pd.DataFrame:
    """Monthly headcount series over the window ending at as_of."""
    return _m(data, kw).headcount(by, window_months)


def flows(data: Any, gap_months: int = 6, by_role: bool = False, **kw: Any) -> pd.DataFrame:
    """Flow matrix with directional ratios."""
    return _m(data, kw).flows(gap_months, by_role)


def stint_issues(data: Any, **kw: Any) -> pd.DataFrame:
    """Stints the metrics leave out, and why (unknown start, end before start, duplicate…)."""
    return _m(data, kw).issues()
