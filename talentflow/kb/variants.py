"""Arabic spelling variants of KB aliases, generated at load time by data-driven rules.

Rules live in ``talentflow/lang/ar/translit.json`` (section ``variants``): whole words spelled
several ways (the three usual spellings of the letter name "A") and, when the canonical
Latin name contains a letter such as "g", the Arabic letters that render it interchangeably
(jim and ghain: both spellings of Google are common).
Alef/hamza, ya/alef maqsura and ta marbuta/ha need no variants: normalization folds them.

>>> "\u063a\u0648\u063a\u0644" in arabic_variants("\u062c\u0648\u062c\u0644", "Google")
True
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from talentflow.lang import load
from talentflow.lang.normalize import normalize

MAX_VARIANTS = 12


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load("ar", "translit")["variants"]


def _word_options(word: str) -> list[str]:
    for group in _rules()["token"]:
        if word in group:
            return list(dict.fromkeys([word, *group]))
    return [word]


def _letter_swaps(text: str, latin_name: str) -> list[str]:
    out = [text]
    low = latin_name.casefold()
    for rule in _rules()["latin_letter"]:
        if rule["latin"] not in low:
            continue
        letters = rule["arabic"]
        for base in list(out):
            present = [c for c in letters if c in base]
            for src in present:
                for dst in letters:
                    if dst != src:
                        out.append(base.replace(src, dst))
    return list(dict.fromkeys(out))


def arabic_variants(alias: str, latin_name: str) -> list[str]:
    """Other plausible spellings of an Arabic ``alias`` of the entity named ``latin_name``
    (the alias itself excluded), one per normalized form, at most MAX_VARIANTS.

    >>> arabic_variants("\u0625\u0643\u0633 \u0625\u064a\u0647 \u0622\u064a", "xAI")
    ['\u0625\u0643\u0633 \u0627\u064a \u0622\u064a']
    """
    words = alias.split()
    spelled = [" ".join(p) for p in product(*(_word_options(w) for w in words))]
    out: list[str] = []
    for s in spelled[: MAX_VARIANTS * 4]:
        out.extend(_letter_swaps(s, latin_name))
    seen = {normalize(alias): alias}
    for o in out:
        seen.setdefault(normalize(o), o)
    return list(seen.values())[1:MAX_VARIANTS + 1]
