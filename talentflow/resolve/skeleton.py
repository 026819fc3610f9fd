"""Cross-script phonetic keys: consonant skeletons with the vowel letters between them.

Both scripts map to one alphabet of consonant classes (B F K L M N R S T W Y) so that
"Liberatore" and its Arabic spellings share the skeleton ``LBRTR``. The vowels written
between consonants (Latin a/e/i/o/u; Arabic long-vowel letters) are kept per gap so that a
written Arabic waw (o/u) cannot match a Latin gap that has only e/i (Keele is not Cole).
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
_LATIN_CLASSES = {"#": "H", "b": "B", "p": "B", "f": "F", "v": "F", "k": "K", "g": "K", "j": "K",
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


_LONG_CLUSTERS = ("ey", "ay", "ee", "oo", "ou", "ei", "ai", "ie")


_H_DIGRAPH_HEADS = set("sctkgpz")
_VOWEL_LETTERS = set("aeiouy")


def _h_forms(word: str) -> list[str]:
    """Spellings with each plain "h" decided: "#" (sounded, like Arabic ha) or removed.

    Word-initial and between vowels: sounded; after a final vowel: silent; before a
    consonant or after one: either (Ahmed is written with ha, John without).

    >>> _h_forms("ahmed")
    ['a#med', 'amed']
    """
    forms = [""]
    for i, ch in enumerate(word):
        prev, nxt = word[i - 1] if i else "", word[i + 1: i + 2]
        if ch != "h" or (prev and prev in _H_DIGRAPH_HEADS):
            forms = [f + ch for f in forms]
        elif not prev or (prev in _VOWEL_LETTERS and nxt and nxt in _VOWEL_LETTERS):
            forms = [f + "#" for f in forms]
        elif not nxt and prev in _VOWEL_LETTERS:
            forms = [f + "'" for f in forms]  # silent, but the word ends in a consonant
        else:
            forms = [f + x for f in forms for x in ("#", "")][:4]
    return forms


def _latin_key(word: str) -> Key:
    closed = word.endswith("'")
    word = re.sub(r"[^a-z#]", "", word)
    magic = len(word) > 3 and word.endswith("e") and word[-2] not in "aeiouy"
    if magic:
        word = word[:-1]  # silent final e (Cole, Keele, George)
    cons: list[str] = []
    gaps: list[set] = [set()]
    raw: list[str] = [""]
    i = 0
    while i < len(word):
        for dg, cls in _LATIN_DIGRAPHS:
            if word.startswith(dg, i):
                _push(cons, gaps, cls, raw)
                i += len(dg)
                break
        else:
            ch = word[i]
            nxt = word[i + 1] if i + 1 < len(word) else ""
            if ch in "wy" and i == 0 and nxt and nxt in "aeiou":
                _push(cons, gaps, ch.upper(), raw)
            elif ch in _LATIN_VOWELS:
                gaps[-1].add(_LATIN_VOWELS[ch])
                raw[-1] += ch
            elif ch == "c":
                _push(cons, gaps, "S" if nxt in ("e", "i", "y") else "K", raw)
            else:
                for c in _LATIN_CLASSES.get(ch, ""):
                    _push(cons, gaps, c, raw)
            i += 1
    if magic:
        gaps[-1].add("e")  # the silent e may be written as a final ya (Keele)
        if len(gaps) > 1 and gaps[-2] == {"a"}:
            gaps[-2].add("e")  # "a" before a silent e sounds "ei" (Jane, Kate)
    if closed:
        gaps[-1].add(".")  # the word ends in a silent consonant, not in its last vowel
    for g, r in zip(gaps, raw):
        if any(c in r for c in _LONG_CLUSTERS):
            g.add("+")  # a long vowel: Arabic writes it (Suleyman is not Salman)
    return Key("".join(cons), tuple(frozenset(g) for g in gaps), "latin")


def _push(cons: list[str], gaps: list[set], cls: str, raw: list[str] | None = None) -> None:
    if not cls:
        return
    if cons and cons[-1] == cls and not gaps[-1]:
        return  # doubled consonant
    cons.append(cls)
    gaps.append(set())
    if raw is not None:
        raw.append("")


def _arabic_key(word: str) -> Key:
    data = _ar()["skeleton"]
    for dg, rep in data["digraphs"].items():
        word = word.replace(dg, rep)
    cons: list[str] = []
    gaps: list[set] = [set()]
    last = len(word) - 1
    for i, ch in enumerate(word):
        if i == last and i > 0 and ch in data["final_silent"]:
            continue
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
    w = normalize(_pre(word))
    forms = dict.fromkeys([strip_article(w), w])
    out: list[Key] = []
    for f in forms:
        if has_arabic(f):
            out.append(_arabic_key(f))
        else:
            for form in [f, *(["" + f.replace("ch", "k")] if "ch" in f else [])]:
                out.extend(_latin_key(h) for h in _h_forms(form))
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
    return [t for t in _NON_LETTER.split(normalize(_pre(text)).replace("_", " ")) if t]


def _pre(text: str) -> str:
    for src, dst in _ar()["skeleton"]["before_normalize"].items():
        text = text.replace(src, dst)  # alef maqsura sounds "a": keep it apart from ya
    return text


def _ar_gap_ok(ar: frozenset, lat: frozenset, final: bool) -> bool:
    """Can the Arabic vowel letters ``ar`` (A, I, U) render the Latin vowels ``lat``?"""
    vowels = lat - {"+", "."}
    final = final and "." not in lat
    if "Y" in ar:  # alef maqsura, or a final ya written with it (Egyptian usage)
        if not vowels & {"a", "e", "i"}:
            return False
        ar = ar - {"Y"}
        if not ar:
            return True
    if not ar:  # short vowels go unwritten, but long ones and final i/o/u are written
        return "+" not in lat and not (final and vowels and not vowels & {"a", "e"})
    if "U" in ar and not vowels & {"o", "u"}:
        return False
    if "I" in ar and not vowels & {"i", "e"} and not (final and ar == {"I"} and "a" in vowels):
        return False  # (a final ya may stand for alef maqsura, as in Mustafa)
    if ar == {"A"} and not vowels & {"a", "e", "u"}:
        return False
    return True


def _ar_ar_gap_ok(a: frozenset, b: frozenset) -> bool:
    a = a | {"A", "I"} if "Y" in a else a
    b = b | {"A", "I"} if "Y" in b else b
    return not (a and b and not a & b)


def _pair_ok(ga: frozenset, a: Key, gb: frozenset, b: Key, i: int) -> bool:
    final = i == len(a.gaps) - 1
    if a.script == "ar" and b.script == "ar":
        return _ar_ar_gap_ok(ga, gb) or (final and {ga, gb} == {frozenset("A"), frozenset("I")})
    if b.script == "ar":
        ga, gb = gb, ga
    elif a.script != "ar":
        va, vb = ga - {"+", "."}, gb - {"+", "."}
        return not (va and vb and not va & vb)
    if i == 0 and not ga - {"A"}:
        return True  # a leading alef carries whatever vowel starts the word
    return _ar_gap_ok(ga, gb, final)


def gap_conflicts(a: Key, b: Key) -> int:
    """How many gaps have vowels that cannot be the same sound (keys of equal skeleton).

    >>> gap_conflicts(key("Keele"), key("Cole"))
    1
    """
    return sum(not _pair_ok(ga, a, gb, b, i) for i, (ga, gb) in enumerate(zip(a.gaps, b.gaps)))
