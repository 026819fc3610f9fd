"""CLI command: ``talentflow eval CORPUS`` — extraction quality on a labelled corpus.

Prints event precision/recall/F1 (kind + person + org), per-field accuracy on matched events
and reason metrics, per language. ``--update-baseline`` writes the floors the eval gate test
checks; it refuses to lower a floor unless ``--allow-lower``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from talentflow.cli.app import app
from talentflow.cli.common import console, fail

DEFAULT_BASELINE = "tests/eval_baseline.json"


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def _print(metrics: dict) -> None:
    typer.echo(f"corpus {metrics.get('corpus_hash')}")
    for lang, m in metrics.items():
        if not isinstance(m, dict) or "events" not in m:
            continue
        e, f = m["events"], m["fields"]
        typer.echo(f"[{lang}] docs={m['docs']} events P={_fmt(e['precision'])} R={_fmt(e['recall'])} "
                   f"F1={_fmt(e['f1'])} (tp={e['tp']} fp={e['fp']} fn={e['fn']})")
        typer.echo("      fields on matched: " + " ".join(f"{k}={_fmt(v)}" for k, v in f.items()))
        if "driver" in m:
            typer.echo(f"      reasons: driver F1={_fmt(m['driver']['f1'])} "
                       f"driver+attribution+stance F1={_fmt(m['driver_attr_stance']['f1'])} "
                       f"claim F1={_fmt(m['claims']['f1'])}")


@app.command("eval")
def eval_cmd(
    corpus: str = typer.Argument(..., help="Folder of labelled documents (tests/corpus) or one JSON file."),
    fmt: str = typer.Option("text", "--format", help="Output: text (table) or json."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss, spurious event and wrong field."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Write the floors the eval gate checks."),
    allow_lower: bool = typer.Option(False, "--allow-lower", help="Allow --update-baseline to lower a floor."),
    baseline: str = typer.Option(DEFAULT_BASELINE, "--baseline", help="Baseline file for --update-baseline."),
    unseen: str = typer.Option("", "--unseen", help="Leave people, orgs or both out of the shipped KB "
                               "(comma list) to score the engine on names it does not know."),
) -> None:
    """Evaluate extraction on a labelled corpus, per language."""
    from talentflow import kb
    from talentflow.eval import evaluate, load_corpus
    from talentflow.eval.baseline import BaselineError, update

    if fmt not in ("text", "json"):
        fail(f"unknown format '{fmt}'; valid: text, json")
    parts = {p.strip() for p in unseen.split(",") if p.strip()}
    parts = set(kb.PACKAGED_FILES) if "both" in parts else parts
    if parts - set(kb.PACKAGED_FILES):
        fail(f"unknown --unseen part '{sorted(parts - set(kb.PACKAGED_FILES))[0]}'; valid: people, orgs, both")
    if parts and update_baseline:
        fail("--update-baseline writes the floors for the full KB; run it without --unseen")
    kb.withhold_packaged(parts)
    if not Path(corpus).exists():
        fail(f"no such corpus: {corpus} (give a folder of labelled JSON documents)")
    docs = load_corpus(corpus)
    if not docs:
        fail(f"no labelled documents in {corpus} (expected JSON files with 'text' and 'events')")
    metrics = evaluate(docs)
    errs = metrics.pop("errors")
    if fmt == "json":
        typer.echo(json.dumps(metrics | ({"errors": errs} if errors else {}), ensure_ascii=False, indent=2))
    else:
        _print(metrics)
        if errors:
            for e in errs:
                console.print(json.dumps(e, ensure_ascii=False), highlight=False)
    if update_baseline:
        try:
            update(metrics, baseline, allow_lower=allow_lower)
        except BaselineError as e:
            fail(str(e))
        console.print(f"baseline written to {baseline}")
