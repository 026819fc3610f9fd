"""Arabic → Latin romanization for display names of entities the KB does not know.

Rules are data (``talentflow/lang/ar/translit.json``, section ``romanize``): consonants,
long-vowel letters that are consonants word-initially or after a vowel, the article. The
result is readable ("Mayk Libratur"), not a scholarly transliteration; it only has to be
deterministic and recognisable.

>>> romanize("Jane Doe")
'Jane Doe'
"""

from __future__ import annotations

from functools import lru_cache

from talentflow.lang import load
from talentflow.lang.normalize import has_arabic, normalize


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load("ar", "translit")["romanize"]


def _word(raw: str) -> str:
    r = _rules()
    prefix = ""
    art = r["article"]
    word = normalize(raw)
    if raw.startswith(art) and len(word) > len(art) + 1:  # a bare alef: an alef with hamza is a name
        prefix, word = "al-", word[len(art):]
    for dg, rep in r["digraphs"].items():
        if dg != art:
            word = word.replace(dg, "\0" + rep + "\0")
    out: list[str] = []
    prev_vowel = True
    i = 0
    parts = word.split("\0")
    for n, part in enumerate(parts):
        if n % 2 == 1:  # a digraph replacement, already Latin
            out.append(part)
            prev_vowel = False
            continue
        for j, ch in enumerate(part):
            first = i == 0
            last = n == len(parts) - 1 and j == len(part) - 1
            nxt = part[j + 1: j + 2]
            out.append(_letter(ch, first, last, prev_vowel, nxt))
            carrier = first and ch == r["alef"] and nxt in r["after_vowel"]
            prev_vowel = (ch in r["vowels"] and not carrier
                          and not (ch in r["after_vowel"] and prev_vowel and not first))
            i += 1
    return prefix + "".join(out)


def _letter(ch: str, first: bool, last: bool, prev_vowel: bool, nxt: str) -> str:
    r = _rules()
    if first and ch == r["alef"] and nxt in r["after_vowel"]:
        return ""  # an alef carrying a long vowel (Elon -> "ilun")
    if first and ch in r["initial"]:
        return r["initial"][ch]
    if last and ch in r["final"]:
        return r["final"][ch]
    if ch in r["vowels"]:
        if prev_vowel and ch in r["after_vowel"]:
            return r["after_vowel"][ch]
        return r["vowels"][ch]
    if ch in r["consonants"]:
        return r["consonants"][ch]
    return ch if ch.isascii() else ""


def romanize(text: str) -> str:
    """A Latin display form of ``text``; Latin input is returned with spaces tidied.

    >>> romanize("\u0645\u0627\u064a\u0643 \u0644\u064a\u0628\u0631\u0627\u062a\u0648\u0631")
    'Mayk Libratur'
    """
    if not has_arabic(text):
        return " ".join(text.split())
    words = [_word(w) for w in text.split()]
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words if w)
