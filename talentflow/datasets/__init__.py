"""Sample data shipped with talentflow: news documents and employment records.

``news/``: Arabic and English articles about real 2024–2025 personnel moves, written in our
own words from public facts, one JSON document per file
(``{"id", "url", "title", "published", "lang", "text"}``; outlets and URLs are invented,
under ``example.*`` domains). ``records/employment.csv``: employment records (person, org,
role, start, end, level, location); see ``README.md`` for what is fact and what is synthetic.

>>> p = sample_paths()
>>> p.news.is_dir(), p.records.suffix
(True, '.csv')
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

DATASETS_DIR = Path(__file__).parent


class SamplePaths(NamedTuple):
    """Where the samples are: ``news`` (a folder of .json documents), ``records`` (a CSV)."""

    news: Path
    records: Path


def sample_paths() -> SamplePaths:
    """The packaged sample news folder and records file.

    >>> sorted(p.suffix for p in sample_paths().news.iterdir())[0]
    '.json'
    """
    return SamplePaths(news=DATASETS_DIR / "news", records=DATASETS_DIR / "records" / "employment.csv")
