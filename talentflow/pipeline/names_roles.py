"""Role phrases next to a name, found fast: which words can start or end a role phrase
(memoized per language), the role phrase starting at a position (``role_at``, through the role
index) or ending at a word (``_role_ending_at``, only the roles whose edge words fit).

>>> role_at("the chief executive left", 4, get_lexicon("en")).group()
'chief executive'
"""

from __future__ import annotations

import re
from functools import lru_cache

from talentflow.pipeline.lexicon import Lexicon, get_lexicon
from talentflow.pipeline.names_cues import name_cues
from talentflow.pipeline.text import FoldedText


def _maybe_role(t: str, lex: Lexicon) -> bool:
    """Can word ``t`` start a role phrase (memoized per language)?"""
    memo = _ROLE_STARTS.setdefault(lex.lang, {})
    v = memo.get(t)
    if v is None:
        v = bool(_role_edge_words(lex.lang, 0).fullmatch(t))
        if len(memo) < 200_000:
            memo[t] = v
    return v


_ROLE_STARTS: dict[str, dict[str, bool]] = {}  # lang -> word -> can it start a role phrase


def _role_match(ft: FoldedText, s: int, lex: Lexicon) -> re.Match | None:
    """The role phrase starting at word s (as ``lex.role_one.match``, through the role index)."""
    return role_at(ft.folded, ft.words[s].start, lex)


def role_at(text: str, pos: int, lex: Lexicon) -> re.Match | None:
    """``lex.role_one.match(text, pos)`` (same span), trying only the roles whose first
    characters fit the text at ``pos``, in role_one's order: the big alternation is slow.

    >>> role_at("the chief executive left", 4, get_lexicon("en")).group()
    'chief executive'
    """
    from talentflow.pipeline.scan import _index, _role_order

    ordered = _role_order(lex)
    for c in _index(lex, "roles").candidates(text, pos):
        m = ordered[c][0].match(text, pos)
        if m:
            return m
    return None


_ROLE_ENDS: dict[str, dict[str, bool]] = {}  # lang -> word -> can it end a role phrase


def _role_ending_at(ft: FoldedText, k: int, lex: Lexicon) -> re.Match | None:
    """A role phrase that ends with word k: only the roles whose last and first words fit the
    words there are tried."""
    words = ft.words
    shapes = _role_shapes(lex.lang)
    for r in _fitting(lex.lang, words[k].text, -1):
        rx, n = shapes[r][0], shapes[r][1]
        s = k - n + 1
        if s >= 0 and (n == 1 or r in _fitting(lex.lang, words[s].text, 0)):
            m = rx.match(ft.folded, words[s].start)
            if m and m.end() == words[k].end:
                return m
    return None


_FITTING: dict[tuple[str, int], dict[str, frozenset[int]]] = {}


def _fitting(lang: str, word: str, at: int) -> frozenset[int]:
    """Indexes (in ``lex.roles``) of the roles whose first (``at=0``) or last (-1) word can be
    ``word`` (memoized)."""
    memo = _FITTING.setdefault((lang, at), {})
    got = memo.get(word)
    if got is None:
        got = frozenset()
        if _role_edge_words(lang, at).fullmatch(word):
            got = frozenset(r for r, sh in enumerate(_role_shapes(lang)) if sh[2 + (at != 0)].fullmatch(word))
        if len(memo) < 200_000:
            memo[word] = got
    return got


@lru_cache(maxsize=None)
def _role_shapes(lang: str) -> list[tuple[re.Pattern, int, re.Pattern, re.Pattern]]:
    """(role regex, number of words, first word regex, last word regex), in ``lex.roles`` order."""
    from talentflow.lang import load
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import _inflected_role_regex

    syn, out = load(lang, "syntax"), []
    phrases = [p for code, ps in load(lang, "roles").items() if not code.startswith("_") for p in ps]
    for (rx, _), p in zip(get_lexicon(lang).roles, phrases):
        ws = p.split() or [""]
        word = (lambda w: re.compile(re.escape(fold(w)) if w.isascii() or not syn["role_article"]
                                     else _inflected_role_regex(w, syn)))
        out.append((rx, len(ws), word(ws[0]), word(ws[-1])))
    return out


def _ends_role(ft: FoldedText, k: int, lex: Lexicon) -> bool:
    """Can word k end a role phrase or introduce a person ('التنفيذي', 'زميله')? A quick test
    before matching roles, memoized per language."""
    word = ft.words[k].text
    memo = _ROLE_ENDS.setdefault(lex.lang, {})
    v = memo.get(word)
    if v is not None:
        return v
    v = word in name_cues(lex.lang).person_before or bool(_role_edge_words(lex.lang, -1).fullmatch(word))
    if len(memo) < 200_000:
        memo[word] = v
    return v


@lru_cache(maxsize=None)
def _role_edge_words(lang: str, at: int) -> re.Pattern:
    """Every inflected form of the first (``at=0``) or last (``at=-1``) word of a role phrase."""
    from talentflow.lang import load
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import _inflected_role_regex

    syn, alts = load(lang, "syntax"), set()
    for code, phrases in load(lang, "roles").items():
        for p in [] if code.startswith("_") else phrases:
            w = p.split()[at] if p.split() else ""
            if w:
                alts.add(re.escape(fold(w)) if w.isascii() or not syn["role_article"] else _inflected_role_regex(w, syn))
    return re.compile("|".join(sorted(alts)) or r"(?!)")
