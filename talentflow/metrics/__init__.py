"""Turnover metrics: each defined once as an Ibis expression, run on DuckDB or PySpark.

Functions take a Store (its ``stints`` table), a pandas/Arrow frame of stints, or an Ibis
table, plus options (engine, spark_master, as_of, org, role) and return pandas DataFrames.
Formulas and worked examples: docs/metrics.md.

>>> import pandas as pd
>>> df = pd.DataFrame({"person_id": ["p", "q"], "org_id": ["acme", "acme"],
...     "start_date": ["2020-01-01", "2020-01-01"], "end_date": ["2020-07-01", None]})
>>> float(median_survival(df, as_of="2021-01-01")["median_survival"][0])
6.0
"""

from talentflow.metrics.api import (Metrics, attrition, flows, headcount, median_survival,
                                    retention, stint_issues, survival, tenure)
from talentflow.metrics.cox import cox
from talentflow.metrics.drivers import drivers
from talentflow.metrics.stints import derive_stints

__all__ = ["Metrics", "attrition", "cox", "derive_stints", "drivers", "flows", "headcount", "median_survival", "retention",
           "stint_issues", "survival", "tenure"]
