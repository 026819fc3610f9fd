"""Lexicon scans over folded text: trigger phrases and role phrases.

These are the hot loops of event extraction (every word of every sentence is tried), kept
apart from the event-assembly logic in events.py so they can be made fast without touching
the rules that use their results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentflow.pipeline.lexicon import Lexicon, Trigger
from talentflow.pipeline.text import FoldedText

KIND_PRIORITY = {"lawsuit": 0, "role_change": 1, "departure": 2, "arrival": 3}


@dataclass
class Hit:
    trig: Trigger
    start: int
    end: int
    sent: int


def find_triggers(ft: FoldedText, lex: Lexicon) -> list[Hit]:
    """Trigger matches in each sentence, longest first, no overlaps.

    >>> from talentflow.pipeline.lexicon import get_lexicon
    >>> ft = FoldedText.build("Jane Roe resigned.", [(0, 18)])
    >>> [(h.trig.kind, h.start, h.end) for h in find_triggers(ft, get_lexicon("en"))]
    [('departure', 9, 17)]
    """
    hits: list[Hit] = []
    positions: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
    folded = ft.folded
    triggers = lex.triggers
    candidates = _index(lex, "triggers").candidates
    for w in ft.words:  # triggers start at a word (or its possessive 's): try only there
        cand = candidates(folded, w.start)
        if cand and any(triggers[i].regex.match(folded, w.start) for i in cand):
            positions.setdefault(ft.sent_of(w.start), []).append((w.start, cand))
    for si, starts in positions.items():
        s, e = ft.sents[si]
        cands = []
        for pos, cand in starts:
            for i in cand:  # ascending: the lexicon's order, as when trying every trigger
                m = triggers[i].regex.match(folded, pos, e)
                if m:
                    cands.append(Hit(triggers[i], m.start(), m.end(), si))
        cands.sort(key=lambda h: (-(h.end - h.start), KIND_PRIORITY[h.trig.kind]))
        chosen: list[Hit] = []
        for h in cands:
            if all(h.end <= c.start or h.start >= c.end for c in chosen):
                chosen.append(h)
        hits.extend(sorted(chosen, key=lambda h: h.start))
    return hits


def find_roles(ft: FoldedText, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, code) of role phrases, longest match wins.

    >>> from talentflow.pipeline.lexicon import get_lexicon
    >>> find_roles(FoldedText.build("The chief financial officer left.", [(0, 33)]), get_lexicon("en"))
    [(4, 27, 'cfo')]
    """
    out: list[tuple[int, int, str]] = []
    end = -1
    heads = lex.role_heads
    folded = ft.folded
    ordered = _role_order(lex)
    candidates = _index(lex, "roles").candidates
    for w in ft.words:
        if w.start < end:
            continue
        cand = candidates(folded, w.start)
        if not cand:
            continue
        t = w.text
        if t[:3] not in heads and not any(v[:3] in heads for v, _ in lex_variants(t, lex)):
            continue
        for i in cand:  # in lex.role_one's order: the first alternative that matches wins
            rx, code = ordered[i]
            m = rx.match(folded, w.start)
            if m:
                out.append((m.start(), m.end(), code))
                end = m.end()
                break
    return out


def _role_order(lex: Lexicon) -> list[tuple[re.Pattern, str]]:
    """lex.roles in the order of lex.role_one's alternatives (its named groups r<i>)."""
    got = lex.data.get("_scan_role_order")
    if got is None:
        names = sorted(lex.role_one.groupindex.items(), key=lambda x: x[1])
        got = lex.data["_scan_role_order"] = [lex.roles[int(n[1:])] for n, _ in names]
    return got


def lex_variants(word: str, lex: Lexicon) -> tuple[tuple[str, int], ...]:
    """The word with each known clitic prefix removed (cached)."""
    from talentflow.pipeline.entities import _strip_variants

    return _strip_variants(word, lex)


# --- prefix index: which patterns can match at a position ------------------------------------
# A pattern is tried at a position only when the text there starts with one of the pattern's
# possible first K characters (computed from the parsed regex). The filter is sound: a pattern
# left out cannot match there, so every scan gives exactly the matches of trying all patterns.

PREFIX_LEN = 3
_MAX_CLASS = 40  # character classes larger than this stop the prefix (treated as "anything")

try:  # Python 3.11+
    from re import _constants as _sre_c, _parser as _sre_p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

_ZERO_WIDTH = {_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT}
_REPEATS = {_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)}


def _class_chars(items: list) -> list[str] | None:
    """The characters of a small positive character class, else None."""
    chars: list[str] = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            chars.append(chr(av))
        elif op is _sre_c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return chars


def _item(op, av, k: int) -> set[tuple[str, bool]]:
    """Prefixes (text, complete) of one parsed regex item; complete=False: the match may go on
    with anything after ``text`` (a wide class, a back reference, or the length limit)."""
    if op is _sre_c.LITERAL:
        return {(chr(av), True)}
    if op is _sre_c.IN:
        chars = _class_chars(av)
        return {("", False)} if chars is None else {(c, True) for c in chars}
    if op in _ZERO_WIDTH:
        return {("", True)}
    if op is _sre_c.BRANCH:
        return set().union(*(_seq(alt, k) for alt in av[1]))
    if op is _sre_c.SUBPATTERN:
        if av[1] & (_sre_c.SRE_FLAG_IGNORECASE | _sre_c.SRE_FLAG_LOCALE):
            return {("", False)}
        return _seq(av[-1], k)
    if getattr(_sre_c, "ATOMIC_GROUP", None) is not None and op is _sre_c.ATOMIC_GROUP:
        return _seq(av, k)
    if op in _REPEATS:
        lo, hi, body = av
        cap = min(hi, max(lo, k))
        out: set[tuple[str, bool]] = set()
        for r in range(lo, cap + 1):
            out |= _seq(list(body) * r, k)
        if hi > cap:  # more repetitions: the prefix is only known up to the capped ones
            out |= {(s, False) for s, _ in _seq(list(body) * cap, k)}
        return out
    return {("", False)}  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...: anything may follow


def _seq(items, k: int) -> set[tuple[str, bool]]:
    """Prefixes (text, complete) of a parsed regex sequence, cut at ``k`` characters."""
    states = {("", True)}
    for op, av in items:
        if not any(c for _, c in states):
            break
        part = _item(op, av, k)
        nxt = set()
        for s, open_ in states:
            if not open_:
                nxt.add((s, False))
                continue
            for t, complete in part:
                u = s + t
                nxt.add((u[:k], False) if len(u) >= k else (u, complete))
        states = nxt
    return states


def regex_prefixes(rx: re.Pattern, k: int = PREFIX_LEN) -> set[str]:
    """Every text any match of ``rx`` can start with, up to ``k`` characters (shorter when the
    pattern can end or continue with a wide class there).

    >>> sorted(regex_prefixes(re.compile(r"(?<!\\w)(?:re|qu)its?\\b")))
    ['qui', 'rei']
    """
    if rx.flags & (re.IGNORECASE | re.LOCALE):
        return {""}
    return {s for s, _ in _seq(_sre_p.parse(rx.pattern, rx.flags), k)}


def _index(lex: Lexicon, what: str) -> PrefixIndex:
    """The prefix index of the lexicon's triggers or roles (built once per lexicon)."""
    key = "_scan_index_" + what
    ix = lex.data.get(key)
    if ix is None:
        pats = [t.regex for t in lex.triggers] if what == "triggers" else [r for r, _ in _role_order(lex)]
        ix = lex.data[key] = PrefixIndex(pats)
    return ix


class PrefixIndex:
    """Patterns (by position in a list) grouped by their possible first characters.

    >>> ix = PrefixIndex([re.compile("resign"), re.compile("quit")])
    >>> ix.candidates("he will quit", 8), ix.candidates("he will quit", 3)
    ((1,), ())
    """

    def __init__(self, patterns: list[re.Pattern], k: int = PREFIX_LEN) -> None:
        self.k = k
        by: dict[str, set[int]] = {}
        for i, rx in enumerate(patterns):
            for p in regex_prefixes(rx, k):
                by.setdefault(p, set()).add(i)
        self.lengths = tuple(sorted({len(p) for p in by}))
        self.by = {p: tuple(sorted(v)) for p, v in by.items()}
        self._cache: dict[str, tuple[int, ...]] = {}

    def candidates(self, text: str, pos: int) -> tuple[int, ...]:
        """Indexes (ascending) of the patterns that may match ``text`` at ``pos``."""
        head = text[pos:pos + self.k]
        got = self._cache.get(head)
        if got is None:
            found: set[int] = set()
            for n in self.lengths:
                if n > len(head):
                    break
                found.update(self.by.get(head[:n], ()))
            got = self._cache[head] = tuple(sorted(found))
        return got
