"""Tell Arabic from English (and both from the rest) without a model.

Script ratio decides Arabic vs Latin; among Latin-script texts, short function-word lists
(``stopwords.json``, data) tell English from French, Spanish, German and others, which are
reported as unsupported. Other scripts are named by their script ("cyrillic", "cjk", ...).

>>> detect_lang("Jane Doe left the company after two years.")
'en'
>>> detect_lang("Le directeur a quitté la société pour une autre entreprise.")
'fr'
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

SUPPORTED_LANGS = ("ar", "en")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS = (("ARABIC", "ar"), ("LATIN", "latin"), ("CYRILLIC", "cyrillic"), ("HEBREW", "he"),
            ("CJK", "cjk"), ("HIRAGANA", "cjk"), ("KATAKANA", "cjk"), ("HANGUL", "ko"),
            ("GREEK", "el"), ("DEVANAGARI", "hi"))


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    """The function-word lists by language code (from ``stopwords.json``)."""
    data = json.loads((Path(__file__).parent / "stopwords.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def script_counts(text: str) -> dict[str, int]:
    """Letters per script family, e.g. ``{"latin": 10, "ar": 2}``.

    >>> script_counts("ab")
    {'latin': 2}
    """
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for key, code in _SCRIPTS:
            if key in name:
                counts[code] = counts.get(code, 0) + 1
                break
        else:
            counts["other"] = counts.get("other", 0) + 1
    return counts


def latin_language(text: str) -> str:
    """The Latin-script language whose function words occur most; "en" unless another
    language has at least two hits and more than English (short texts stay "en").

    >>> latin_language("Der Vorstand hat den Chef nicht entlassen und die Bank ist ruhig.")
    'de'
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    hits = {code: sum(w in sw for w in words) for code, sw in stopwords().items()}
    best = max(hits, key=lambda c: (hits[c], c == "en"))
    return best if hits[best] > hits["en"] and hits[best] >= 2 else "en"


def detect_lang(text: str) -> str:
    """"ar", "en", or the code of an unsupported language/script ("fr", "cyrillic", "unknown").

    >>> detect_lang("Nothing")
    'en'
    """
    counts = script_counts(text[:20000])
    if not counts:
        return "unknown"
    script = max(counts, key=counts.get)
    if script == "latin":
        return latin_language(text)
    return script
