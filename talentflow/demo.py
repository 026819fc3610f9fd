"""The demo: the bundled samples in, the "who left, where to, and why" brief out.

>>> callable(run_demo)
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from talentflow.datasets import sample_paths
from talentflow.ingest import import_records, ingest
from talentflow.store import Store


@dataclass
class DemoResult:
    db: Path
    report: Path
    ingest: Any = None
    records: Any = None
    stints_derived: int = 0
    stats: dict[str, Any] = field(default_factory=dict)
    brief: dict[str, Any] = field(default_factory=dict)


def run_demo(out_dir: str | Path = "demo-out", org: str = "xAI",
             say: Callable[[str], None] = print) -> DemoResult:
    """Build a fresh store from the samples in ``out_dir``; write the org's HTML report.

    The store is rebuilt from scratch each time so the demo is repeatable.
    """
    from talentflow.metrics.stints import derive_stints
    from talentflow.report import write_report
    from talentflow.why import why

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "demo.duckdb"
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    paths = sample_paths()
    with Store(db) as store:
        res = DemoResult(db=db, report=out / f"{org.lower()}-report.html")
        say(f"1/4 ingesting news samples from {paths.news}")
        res.ingest = ingest(store, [str(paths.news)])
        say(f"    {res.ingest.new} documents, {res.ingest.mentions} event mentions, "
            f"{store.table_counts()['events']} consolidated events")
        say(f"2/4 importing employment records from {paths.records.name}")
        res.records = import_records(store, paths.records)
        say(f"    {res.records.new} stints from records")
        res.stints_derived = len(derive_stints(store))
        say(f"    {res.stints_derived} stints derived from events")
        res.stats = store.table_counts()
        say("3/4 why did people leave " + org + "?")
        res.brief = why(store, org)
        say(f"4/4 writing the HTML report for {org}")
        write_report(store, org, res.report)
    return res
