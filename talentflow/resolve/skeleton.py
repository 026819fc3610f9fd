"""Cross-script phonetic keys: consonant skeletons with the vowel letters between them.

Both scripts map to one alphabet of consonant classes (B F K L M N R S T W Y) so that
"Liberatore" and its Arabic spellings share the skeleton ``LBRTR``. The vowels written
between consonants (Latin a/e/i/o/u; Arabic long-vowel letters) are kept per gap so that a
written Arabic و (o/u) cannot match a Latin gap that has only e/i (Keele is not Cole).
Arabic letter data: ``talentflow/lang/ar/translit.json`` (section ``skeleton``).

>>> key("Liberatore").consonants == key("Liberatori").consonants
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from talentflow.lang import load
from talentflow.lang.normalize import has_arabic, normalize

_LATIN_DIGRAPHS = [("sch", "S"), ("tch", "S"), ("sh", "S"), ("ch", "S"), ("ph", "F"),
                   ("th", "T"), ("kh", "K"), ("gh", "K"), ("ck", "K"), ("qu", "K"),
                   ("dj", "K"), ("tz", "S"), ("zh", "S")]
_LATIN_CLASSES = {"b": "B", "p": "B", "f": "F", "v": "F", "k": "K", "g": "K", "j": "K",
                  "q": "K", "d": "T", "t": "T", "s": "S", "z": "S", "l": "L", "m": "M",
                  "n": "N", "r": "R", "h": "", "x": "KS"}
_LATIN_VOWELS = {"a": "a", "e": "e", "i": "i", "o": "o", "u": "u", "y": "i", "w": "u"}
_NON_LETTER = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Key:
    """Consonant classes and, for each of the len+1 gaps, the vowel classes written there."""

    consonants: str
    gaps: tuple[frozenset, ...]
    script: str  # "ar" | "latin"


@lru_cache(maxsize=1)
def _ar() -> dict:
    return load("ar", "translit")


def _latin_key(word: str) -> Key:
    word = re.sub(r"[^a-z]", "", word)
    magic = len(word) > 3 and word.endswith("e") and word[-2] not in "aeiouy"
    if magic:
        word = word[:-1]  # silent final e (Cole, Keele, George)
    cons: list[str] = []
    gaps: list[set] = [set()]
    i = 0
    while i < len(word):
        for dg, cls in _LATIN_DIGRAPHS:
            if word.startswith(dg, i):
                _push(cons, gaps, cls)
                i += len(dg)
                break
        else:
            ch = word[i]
            nxt = word[i + 1] if i + 1 < len(word) else ""
            if ch in "wy" and i == 0 and nxt and nxt in "aeiou":
                _push(cons, gaps, ch.upper())
            elif ch in _LATIN_VOWELS:
                gaps[-1].add(_LATIN_VOWELS[ch])
            elif ch == "c":
                _push(cons, gaps, "S" if nxt in ("e", "i", "y") else "K")
            else:
                for c in _LATIN_CLASSES.get(ch, ""):
                    _push(cons, gaps, c)
            i += 1
    if magic and len(gaps) > 1 and gaps[-2] == {"a"}:
        gaps[-2].add("e")  # "a" before a silent e sounds "ei" (Jane, Kate)
    return Key("".join(cons), tuple(frozenset(g) for g in gaps), "latin")


def _push(cons: list[str], gaps: list[set], cls: str) -> None:
    if not cls:
        return
    if cons and cons[-1] == cls and not gaps[-1]:
        return  # doubled consonant
    cons.append(cls)
    gaps.append(set())


def _arabic_key(word: str) -> Key:
    data = _ar()["skeleton"]
    for dg, rep in data["digraphs"].items():
        word = word.replace(dg, rep)
    cons: list[str] = []
    gaps: list[set] = [set()]
    for i, ch in enumerate(word):
        if i == 0 and ch in data["initial_consonants"]:
            _push(cons, gaps, data["initial_consonants"][ch])
        elif ch in data["vowels"]:
            gaps[-1].add(data["vowels"][ch])
        elif ch in data["classes"]:
            _push(cons, gaps, data["classes"][ch])
    return Key("".join(cons), tuple(frozenset(g) for g in gaps), "ar")


def strip_article(word: str) -> str:
    """Drop a leading Arabic article or Latin "al-"/"el-" from one word of a name.

    >>> strip_article("al-rumayyan")
    'rumayyan'
    """
    art = _ar()["romanize"]["article"]
    if word.startswith(art) and len(word) > len(art) + 2:
        return word[len(art):]
    for p in ("al-", "el-"):
        if word.startswith(p) and len(word) > len(p) + 2:
            return word[len(p):]
    return word


def key(word: str) -> Key:
    """The phonetic key of one word, in either script (article stripped).

    >>> key("Keele").consonants
    'KL'
    """
    return keys(word)[0]


@lru_cache(maxsize=65536)
def keys(word: str) -> tuple[Key, ...]:
    """Every plausible phonetic key of one word: with and without a leading article, and
    for Latin "ch" both as in "Charles" and as in "Michael".

    >>> sorted(k.consonants for k in keys("Michael"))
    ['MKL', 'MSL']
    """
    w = normalize(word)
    forms = dict.fromkeys([strip_article(w), w])
    out: list[Key] = []
    for f in forms:
        if has_arabic(f):
            out.append(_arabic_key(f))
        else:
            out.append(_latin_key(f))
            if "ch" in f:
                out.append(_latin_key(f.replace("ch", "k")))
    return tuple(dict.fromkeys(out))


def name_key(text: str) -> str:
    """Consonant skeleton of a whole name, spaces and punctuation removed.

    >>> name_key("Deep Mind")
    'TBMNT'
    """
    return "".join(key(w).consonants for w in tokens(text))


def tokens(text: str) -> list[str]:
    """The words of a name, normalized, split on spaces, hyphens and punctuation.

    >>> tokens("Al-Rumayyan, Yasir")
    ['al', 'rumayyan', 'yasir']
    """
    return [t for t in _NON_LETTER.split(normalize(text).replace("_", " ")) if t]


def _ar_gap_ok(ar: frozenset, lat: frozenset) -> bool:
    if "U" in ar and not lat & {"o", "u"}:
        return False
    if "I" in ar and not lat & {"i", "e"}:
        return False
    if "A" in ar and not lat and ar == {"A"}:
        return False
    return True


def _ar_ar_gap_ok(a: frozenset, b: frozenset) -> bool:
    return not (a and b and not a & b)


def _edge_ok(ar: frozenset, lat: frozenset, i: int, n: int) -> bool:
    """Word edges are looser: a leading alef, or a final ya after a silent Latin ending."""
    if i == 0:
        return not ar - {"A"}
    if i == n - 1:
        return not lat and not ar - {"A", "I"}
    return False


def gap_conflicts(a: Key, b: Key) -> int:
    """How many gaps have vowels that cannot be the same sound (keys of equal skeleton).

    >>> gap_conflicts(key("Keele"), key("Cole"))
    1
    """
    n = 0
    for i, (ga, gb) in enumerate(zip(a.gaps, b.gaps)):
        if a.script == "ar" and b.script == "ar":
            ok = _ar_ar_gap_ok(ga, gb)
        elif a.script == "ar":
            ok = _ar_gap_ok(ga, gb) or _edge_ok(ga, gb, i, len(a.gaps))
        elif b.script == "ar":
            ok = _ar_gap_ok(gb, ga) or _edge_ok(gb, ga, i, len(a.gaps))
        else:
            ok = not (ga and gb and not ga & gb)
        n += not ok
    return n
