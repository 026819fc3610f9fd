"""Text the reasons cues are matched on: normalized (Arabic letter forms, accents, case) with
each char's offset in the original kept, and one cue phrase compiled to a regex over it
(``cue_regex``; the phrase syntax is described in reasons_cues.py), matched with offsets
mapped back (``_finditer``).

>>> normalized("Café")
('cafe', [0, 1, 2, 3, 4])
"""

from __future__ import annotations

import re
from functools import lru_cache

from talentflow.lang.normalize import normalize_arabic, strip_accents

Span = tuple[int, int]
GAP = r"(?:\s+\S+){0,%d}"


# -- normalization that keeps offsets ---------------------------------------------------
@lru_cache(maxsize=4096)
def _norm_char(c: str) -> str:
    return strip_accents(normalize_arabic(c)).casefold()


_ONE: dict[int, str] = {}  # char code -> its normalized form, when that is one char
_SEEN: set[str] = set()  # chars already looked up
_MULTI: set[str] = set()  # chars whose normalized form is not exactly one char
_DROP: set[str] = set()  # chars that normalize to nothing
_ALL: dict[int, str] = {}  # char code -> its normalized form


@lru_cache(maxsize=8)
def _dropped(chars: frozenset[str]) -> re.Pattern:
    """Runs of chars that normalize to nothing (rebuilt when a new one is seen)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]+")


def normalized(text: str) -> tuple[str, list[int]]:
    """Normalized text and, for each normalized char, its offset in ``text``.

    >>> normalized("AB")[0]
    'ab'
    """
    chars = set(text)
    for c in chars - _SEEN:
        n = _norm_char(c)
        _ALL[ord(c)] = n
        if len(n) == 1:
            _ONE[ord(c)] = n
        else:
            _MULTI.add(c)
            if not n:
                _DROP.add(c)
        _SEEN.add(c)
    if text.isascii():  # every ASCII char normalizes to its lower case
        return text.lower(), list(range(len(text) + 1))
    if chars.isdisjoint(_MULTI):  # one char for one char: offsets unchanged
        return text.translate(_ONE), list(range(len(text) + 1))
    if chars.isdisjoint(_MULTI - _DROP):  # only deletions (diacritics): keep the others' offsets
        index, prev = [], 0
        for m in _dropped(frozenset(_DROP)).finditer(text):  # few: copy the runs between
            index += range(prev, m.start())
            prev = m.end()
        index += range(prev, len(text) + 1)
        return text.translate(_ALL), index
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        n = _norm_char(c)
        out.append(n)
        index.extend([i] * len(n))
    index.append(len(text))
    return "".join(out), index


# Blocks whose characters are checked once for folding as they normalize (Latin, Arabic,
# punctuation, currency); a text with any other character is normalized char by char.
_FOLD_BLOCKS = ((0x0000, 0x0250), (0x0600, 0x0780), (0x2000, 0x20D0))


@lru_cache(maxsize=1)
def _folds_alike() -> re.Pattern:
    """Texts made only of characters whose ``fold`` is their :func:`normalized` form (the same
    chars, so the same offsets): one regex pass tells whether the pipeline's folded text serves."""
    from talentflow.lang.normalize import fold

    same = [chr(i) for a, b in _FOLD_BLOCKS for i in range(a, b)
            if not 0xD800 <= i < 0xE000 and fold(chr(i)) == _norm_char(chr(i))]
    same = [c for c in same if c != "\u03a3"]  # (lower() of a whole text reads sigma in context)
    return re.compile("[" + "".join(re.escape(c) for c in same) + "]*")


def normalized_from_fold(text: str, folded: str, offsets: list[int] | None
                         ) -> tuple[str, list[int] | range] | None:
    """:func:`normalized` of ``text`` read off its fold (``fold_with_map(text)``: ``folded``
    and ``offsets``, None when unchanged) when every char of ``text`` folds as it normalizes;
    None otherwise (then call :func:`normalized`).

    >>> normalized_from_fold("Ab", "ab", None) == ("ab", range(0, 3))
    True
    """
    if _folds_alike().fullmatch(text) is None:
        return None
    return folded, (offsets if offsets is not None else range(len(text) + 1))


# -- cue data ------------------------------------------------------------------------------
def _norm_word(s: str) -> str:
    """``s`` normalized char by char (a cue word, a clitic, a KB alias)."""
    return "".join(_norm_char(c) for c in s)


def _alt_body(alt: str) -> tuple[str, bool]:
    """One alternative of a cue's word: its normalized body and whether it ends in ``*``."""
    star = alt.endswith("*")
    return _norm_word(alt[:-1] if star else alt), star


def _token(tok: str) -> str:
    alts = []
    for alt in tok.split("|"):
        body, star = _alt_body(alt)
        alts.append(re.escape(body) + (r"\w*" if star else ""))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _cue_body(cue: str, gap: int = 4) -> str:
    if cue.startswith("re:"):
        return cue[3:]
    body = ""
    for tok in cue.split():
        if tok == "...":
            body += GAP % gap
        else:
            body += (r"\s+" if body else "") + _token(tok)
    return body


def _prefix(clitics: tuple[str, ...]) -> str:
    if not clitics:
        return ""
    return "(?:" + "|".join(re.escape(c) for c in sorted(clitics, key=len, reverse=True)) + ")?"


def cue_regex(cue: str, clitics: tuple[str, ...] = (), gap: int = 4) -> str:
    """Regex source for one cue: ``re:<regex>`` as is, else a phrase.

    Phrase syntax: words separated by spaces; ``word*`` matches any ending; ``a|b``
    alternatives; ``...`` skips up to ``gap`` words. Matching is on normalized text.

    >>> bool(re.search(cue_regex("clash* with"), "they clashed with him"))
    True
    """
    return r"(?<!\w)" + _prefix(clitics) + "(?:" + _cue_body(cue, gap) + r")(?!\w)"


_LOOKBEHIND = r"(?<!\w)"


@lru_cache(maxsize=16384)
def _consuming(pat: re.Pattern) -> re.Pattern | None:
    """``pat`` with its leading ``(?<!\w)`` turned into one consumed non-word char. The
    engine then skips word chars in C instead of trying the lookbehind at every position
    (a cue list has no literal prefix to skip by); the text is searched with one leading
    space so a cue may still start it."""
    if not pat.pattern.startswith(_LOOKBEHIND):
        return None
    return re.compile(r"\W" + pat.pattern[len(_LOOKBEHIND):], pat.flags)


def _finditer(pat: re.Pattern | None, norm: str, index: list[int]) -> list[Span]:
    if pat is None:
        return []
    fast = _consuming(pat)
    if fast is not None:
        padded, out, pos = " " + norm, [], 0
        while (m := fast.search(padded, pos)) is not None:
            start, end = m.start(), m.end() - 1  # offsets in ``norm``
            if end <= start:
                break  # an empty cue match: keep finditer's own rules for those
            out.append((index[start], index[end]))
            pos = end  # the match's last char may be the non-word char before the next
        else:
            return out
    return [(index[m.start()], index[m.end()]) for m in pat.finditer(norm) if m.end() > m.start()]
