"""The turnover report: one self-contained HTML file (charts as inline SVG, no network).

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     html = render_report(s, "xAI", lang="ar")
>>> 'dir="rtl"' in html
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from talentflow.report.data import UnknownOrg, brief, resolve_org
from talentflow.report.render import LANGS, BadLang, render_report, report_context

__all__ = ["LANGS", "BadLang", "UnknownOrg", "brief", "render_report", "report_context",
           "resolve_org", "write_report"]


def write_report(store: Any, org: str, out: str | Path, since: str | None = None,
                 lang: str = "en") -> Path:
    """Render the report for ``org`` and write it to ``out`` (UTF-8); return the path.

    >>> import tempfile, os
    >>> from talentflow.store import Store
    >>> with Store(":memory:") as s:
    ...     p = write_report(s, "org:xai", os.path.join(tempfile.mkdtemp(), "r.html"))
    >>> p.read_text(encoding="utf-8").startswith("<!doctype html>")
    True
    """
    html = render_report(store, org, since=since, lang=lang)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
