"""Per-language data: ``talentflow/lang/<code>/<name>.json``. One loader for all of it.

Every language folder has the same file names. Adding a language is adding a folder.

>>> sorted(available_languages())
['ar', 'en']
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from talentflow.errors import UnknownLanguage, E

LANG_DIR = Path(__file__).parent


def available_languages() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Any:
    """Load ``lang/<lang>/<name>.json`` (cached). Raises UnknownLanguage for a missing folder."""
    langs = available_languages()
    if lang not in langs:
        raise UnknownLanguage(E.UNKNOWN_LANG.format(lang=lang, available=", ".join(langs)))
    path = LANG_DIR / lang / f"{name}.json"
    if not path.exists():
        raise FileNotFoundError(E.MISSING_LANG_FILE.format(lang=lang, name=name))
    with path.open(encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def drivers_table() -> dict[str, dict[str, Any]]:
    """The driver taxonomy (``lang/drivers.json``: family, Gentry code, labels) by code.

    >>> drivers_table()["death"]["family"]
    'life'
    """
    with (LANG_DIR / "drivers.json").open(encoding="utf-8") as f:
        return {d["code"]: d for d in json.load(f)["drivers"]}
