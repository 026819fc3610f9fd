"""Quality floors kept in a baseline file with the corpus hash (trafilatura eval-gate style).

>>> sorted(floors_from({"en": {"events": {"f1": 0.5}, "fields": {"role": 0.9}}}))
['en.events.f1', 'en.fields.role']
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

GATED = ("events.f1", "events.precision", "events.recall", "fields.role", "fields.date",
         "fields.started", "fields.tenure_months", "fields.destination",
         "driver.f1", "driver_attr_stance.f1", "claims.f1")


class BaselineError(Exception):
    """Updating would lower a floor without --allow-lower."""


def _get(d: dict, dotted: str) -> Any:
    for k in dotted.split("."):
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def floors_from(metrics: dict[str, Any]) -> dict[str, float]:
    """Floors (rounded down to 0.01) for every gated metric of every language in ``metrics``."""
    out = {}
    for lang, m in metrics.items():
        if not isinstance(m, dict) or lang in ("errors",):
            continue
        for key in GATED:
            v = _get(m, key)
            if isinstance(v, (int, float)):
                out[f"{lang}.{key}"] = math.floor(v * 100) / 100
    return out


def check(metrics: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Metrics below their floor, as readable lines (empty when all hold)."""
    bad = []
    for key, floor in sorted(baseline.get("floors", {}).items()):
        lang, rest = key.split(".", 1)
        v = _get(metrics.get(lang, {}), rest)
        if v is None:
            bad.append(f"{key} is missing from the evaluation (its floor is {floor:.2f})")
        elif v + 1e-9 < floor:
            bad.append(f"{key} = {v:.4f} is below its floor {floor:.2f}")
    return bad


def update(metrics: dict[str, Any], path: str | Path, allow_lower: bool = False) -> dict[str, Any]:
    """Write floors from ``metrics`` to ``path``; refuse to lower one unless ``allow_lower``."""
    p = Path(path)
    old = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {"floors": {}}
    new = floors_from(metrics)
    lowered = [f"{k}: {old['floors'][k]:.2f} -> {v:.2f}" for k, v in new.items()
               if k in old.get("floors", {}) and v < old["floors"][k]]
    if lowered and not allow_lower:
        raise BaselineError("refusing to lower floors (pass --allow-lower): " + "; ".join(lowered))
    data = {"corpus_hash": metrics.get("corpus_hash"), "floors": new}
    p.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return data
