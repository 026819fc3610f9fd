"""Lexicon scans over folded text: trigger phrases and role phrases.

These are the hot loops of event extraction (every word of every sentence is tried), kept
apart from the event-assembly logic in events.py so they can be made fast without touching
the rules that use their results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

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


_DIGIT = "\x00"  # stands for every non-ASCII decimal digit, in prefixes and in looked-up text


def _canon(text: str) -> str:
    """``text`` with each non-ASCII decimal digit replaced by _DIGIT (prefix lookups)."""
    if text.isascii():
        return text
    return "".join(_DIGIT if c.isdecimal() and not c.isascii() else c for c in text)


def _class_chars(items: list) -> list[str] | None:
    """The characters of a small positive character class (\\d included), else None."""
    chars: list[str] = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            chars.append(_canon(chr(av)))
        elif op is _sre_c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.extend(_canon(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is _sre_c.CATEGORY and av is _sre_c.CATEGORY_DIGIT:
            chars.extend("0123456789" + _DIGIT)
        else:
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return chars


def _item(op, av, k: int) -> set[tuple[str, bool]]:
    """Prefixes (text, complete) of one parsed regex item; complete=False: the match may go on
    with anything after ``text`` (a wide class, a back reference, or the length limit)."""
    if op is _sre_c.LITERAL:
        return {(_canon(chr(av)), True)}
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
            key = _canon(head)
            for n in self.lengths:
                if n > len(key):
                    break
                found.update(self.by.get(key[:n], ()))
            got = self._cache[head] = tuple(sorted(found))
        return got


# --- word-start scans: finditer / search that try only where a match can begin ---------------
# A pattern that opens with W_START and whose every possible prefix begins with a word
# character can only match where a word starts with one of those prefixes. A small "starter"
# regex (first character, then a lookahead for the rest of the prefix) finds those places in
# one C-level pass; the pattern itself is tried only there. Anything else uses re itself.

_W_START = r"(?<![\w])"
_WORDCHAR = re.compile(r"\w")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_plans: dict[re.Pattern, tuple[re.Pattern, re.Pattern] | None] = {}
_last: list = [None, False]  # [text, whether it has non-ASCII digits] for the last text scanned


def _starter(prefixes: set[str], other_digits: bool) -> re.Pattern:
    """Regex matching (one character wide) at each word start that begins with a prefix."""
    by_first: dict[str, set[str]] = {}
    for p in prefixes:
        if p[0] == _DIGIT and not other_digits:
            continue
        by_first.setdefault(p[0], set()).add(p[1:])
    alts = []
    for first, tails in sorted(by_first.items()):
        head = r"(?![0-9])\d" if first == _DIGIT else re.escape(first)
        if "" in tails:
            alts.append(head)
            continue
        parts = sorted(("".join(r"(?![0-9])\d" if c == _DIGIT else re.escape(c) for c in t) for t in tails),
                       key=len, reverse=True)
        alts.append(head + "(?=" + "|".join(parts) + ")")
    body = "|".join(alts) or r"(?!)"
    return re.compile("(?:" + body + r")(?<![\w][\s\S])")


def _plan(rx: re.Pattern) -> tuple[re.Pattern, re.Pattern] | None:
    """Starters (for texts without / with non-ASCII digits) when ``rx`` can only start at a
    word start, else None."""
    try:
        return _plans[rx]
    except KeyError:
        pass
    plan = None
    if rx.pattern.startswith(_W_START) and not rx.flags & (re.IGNORECASE | re.LOCALE):
        pre = regex_prefixes(rx)
        if pre and all(p and (p[0] == _DIGIT or _WORDCHAR.match(p[0])) for p in pre):
            plan = (_starter(pre, False), _starter(pre, True))
    _plans[rx] = plan
    return plan


def _starts(rx: re.Pattern, text: str) -> list[int] | None:
    plan = _plan(rx)
    if plan is None:
        return None
    if _last[0] is not text:  # the same text is scanned by many patterns in a row
        _last[0], _last[1] = text, not text.isascii() and _OTHER_DIGIT.search(text) is not None
    return [m.start() for m in plan[_last[1]].finditer(text)]


def finditer_words(rx: re.Pattern, text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)``, trying only word starts where a match can begin.

    >>> [m.group() for m in finditer_words(re.compile(r"(?<![\\w])(?:may|june) \\d+"), "in may 5 and june 12")]
    ['may 5', 'june 12']
    """
    starts = _starts(rx, text)
    if starts is None:
        yield from rx.finditer(text)
        return
    end = 0
    match = rx.match
    for p in starts:
        if p < end:
            continue
        m = match(text, p)
        if m:
            end = m.end() if m.end() > p else p + 1
            yield m


def search_words(rx: re.Pattern, text: str) -> re.Match | None:
    """``rx.search(text)``, trying only word starts where a match can begin.

    >>> search_words(re.compile(r"(?<![\\w])quit"), "they quit").start()
    5
    """
    starts = _starts(rx, text)
    if starts is None:
        return rx.search(text)
    match = rx.match
    for p in starts:
        m = match(text, p)
        if m:
            return m
    return None


def has_trigger(ft: FoldedText, lex: Lexicon) -> bool:
    """Whether any trigger matches anywhere (``lex.trigger_any.search(ft.folded)``), trying
    only word starts that fit a trigger's first characters.

    >>> from talentflow.pipeline.lexicon import get_lexicon
    >>> has_trigger(FoldedText.build("Acme hired a new CFO.", [(0, 21)]), get_lexicon("en"))
    True
    """
    at_words = lex.data.get("_scan_triggers_at_words")
    if at_words is None:
        at_words = lex.data["_scan_triggers_at_words"] = all(_plan(t.regex) is not None for t in lex.triggers)
    if not at_words:
        return lex.trigger_any.search(ft.folded) is not None
    folded = ft.folded
    triggers = lex.triggers
    candidates = _index(lex, "triggers").candidates
    for w in ft.words:
        cand = candidates(folded, w.start)
        if cand and any(triggers[i].regex.match(folded, w.start) for i in cand):
            return True
    return False
