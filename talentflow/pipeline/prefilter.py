"""Regex prefilters: try a pattern only where the text can start one of its matches.

The possible first characters of a pattern's matches (up to ``PREFIX_LEN``) are computed from
the parsed regex. A pattern is then tried only at positions whose text starts with one of them,
found by a dict lookup (:class:`PrefixIndex`, many patterns at word starts) or by a small
"starter" regex that C-scans for them (:func:`finditer_words`, :class:`Prefiltered`). The filter
is sound: a position left out cannot start a match, so results are exactly those of ``re``.

>>> rx = Prefiltered(re.compile(r"(?<![\\w])(?:chief|head) of \\w+"))
>>> rx.search("she is the head of sales").group(), rx.match("the chief of staff") is None
('head of sales', True)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from itertools import compress, islice
from operator import attrgetter, itemgetter
from dataclasses import dataclass
from typing import Iterator

PREFIX_LEN = 3
SCAN_K = 5  # characters of a word's head in the per-word records (word_candidates, _doc_recs)
_cap = [0]  # while > 0: most prefixes a regex_prefixes step may hold (see _longer_prefixes)
_MAX_CLASS = 40  # character classes larger than this stop the prefix (treated as "anything")
_END = 2 ** 62  # 'no endpos' for re methods
_CACHE_MAX = 100_000  # entries in a per-head cache before it starts over

try:  # Python 3.11+
    from re import _constants as _sre_c, _parser as _sre_p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

_ZERO_WIDTH = {_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT}
_REPEATS = {_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)}
_DIGIT = "\x00"  # stands for every non-ASCII decimal digit, in prefixes and in looked-up text
_WORDCHAR = re.compile(r"\w")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _canon(text: str) -> str:
    """``text`` with each non-ASCII decimal digit replaced by _DIGIT (prefix lookups)."""
    if text.isascii():
        return text
    return "".join(_DIGIT if c.isdecimal() and not c.isascii() else c for c in text)


def _class_chars(items: list) -> list[str] | None:
    """The characters of a small positive character class (\\\\d included), else None."""
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
        if _cap[0] and len(nxt) > _cap[0]:
            raise _TooMany
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


def _not_after_word(items) -> bool:
    """Does every match begin with a lookbehind that forbids a word character before it?"""
    for op, av in items:
        if op is _sre_c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
            sub_op, sub_av = list(av[1])[0]
            if sub_op is _sre_c.IN and (_sre_c.CATEGORY, _sre_c.CATEGORY_WORD) in sub_av \
                    and (_sre_c.NEGATE, None) not in sub_av:
                return True
        if op is _sre_c.SUBPATTERN:
            return _not_after_word(av[-1])
        if op is _sre_c.BRANCH:
            return all(_not_after_word(alt) for alt in av[1])
        if op in _ZERO_WIDTH:
            continue  # another assertion first: look at what follows
        return False
    return False


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
        self.slot: int | None = None  # its place in the per-word records (word_candidates)

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
            if len(self._cache) >= _CACHE_MAX:  # memory stays flat however many texts pass
                self._cache.clear()
            got = self._cache[head] = tuple(sorted(found))
        return got

    def of_heads(self, heads: list[str]) -> list[tuple[int, ...]]:
        """:meth:`candidates` at each word whose first ``k`` chars are ``heads[i]`` (heads met
        before are looked up in one pass)."""
        got = list(map(self._cache.get, heads))
        if None in got:  # heads this index has not seen yet
            for i, c in enumerate(got):
                if c is None:
                    got[i] = self.candidates(heads[i], 0)
        return got


# --- starters: one C-level pass finds where a pattern's prefixes begin ------------------------

@dataclass
class Plan:
    prefixes: frozenset[str]
    lengths: tuple[int, ...]
    starters: tuple[re.Pattern, re.Pattern]  # for texts without / with non-ASCII digits
    at_words: bool  # matches start only where a \w+ run starts
    bit: int = 0  # this plan's bit in the per-head masks (once used on a registered document)
    word_prefixes: frozenset[str] = frozenset()  # at_words plans: the prefixes up to SCAN_K chars
    word_lengths: tuple[int, ...] = ()

    def fits(self, head: str) -> bool:
        """Does a text starting with ``head`` (canonical, SCAN_K long or at the end) start with
        one of the word prefixes?"""
        pre = self.word_prefixes
        return any(head[:n] in pre for n in self.word_lengths if n <= len(head))


_plans: dict[re.Pattern, Plan | None] = {}
_plan_ids: dict[int, tuple[re.Pattern, Plan | None]] = {}  # id(rx) -> (rx, its plan)
_last: list = [None, False]  # [text, whether it has non-ASCII digits] for the last text scanned


def _starter(prefixes: set[str], other_digits: bool, anchored: bool) -> re.Pattern:
    """Regex matching (one character wide) where a prefix begins."""
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
    body = "(?:" + ("|".join(alts) or r"(?!)") + ")"
    return re.compile(body + r"(?<![\w][\s\S])" if anchored else body)


def plan_for(rx: re.Pattern) -> Plan | None:
    """How to prefilter ``rx`` (None when a match may start anywhere)."""
    got = _plan_ids.get(id(rx))  # (hashing a Pattern hashes its whole compiled code)
    if got is not None and got[0] is rx:
        return got[1]
    try:
        plan = _plans[rx]
    except KeyError:
        plan = _make_plan(rx)
    if len(_plan_ids) >= _CACHE_MAX:  # patterns made per text: memory stays flat
        _plan_ids.clear()
    _plan_ids[id(rx)] = (rx, plan)
    return plan


def _make_plan(rx: re.Pattern) -> Plan | None:
    plan = None
    if not rx.flags & (re.IGNORECASE | re.LOCALE):
        pre = regex_prefixes(rx)
        if pre and "" not in pre:
            anchored = _not_after_word(_sre_p.parse(rx.pattern, rx.flags))
            at_words = anchored and all(p[0] == _DIGIT or _WORDCHAR.match(p[0]) for p in pre)
            plan = Plan(frozenset(pre), tuple(sorted({len(p) for p in pre})),
                        (_starter(pre, False, anchored), _starter(pre, True, anchored)), at_words)
            if at_words:
                plan.word_prefixes = frozenset(_longer_prefixes(rx) or pre)
                plan.word_lengths = tuple(sorted({len(p) for p in plan.word_prefixes}))
    _plans[rx] = plan
    return plan


_WORD_PREFIX_CAP = 5000  # prefix sets larger than this stay at PREFIX_LEN characters


class _TooMany(Exception):
    pass


def _longer_prefixes(rx: re.Pattern) -> set[str] | None:
    """``regex_prefixes(rx, SCAN_K)`` (fewer words fit a longer prefix: fewer tries), None when
    it would hold more than _WORD_PREFIX_CAP prefixes at some step.

    >>> sorted(_longer_prefixes(re.compile(r"(?<!\\w)(?:in|since) (?:19|20)\\d\\d")))
    ['in 19', 'in 20', 'since']
    """
    _cap[0] = _WORD_PREFIX_CAP
    try:
        return regex_prefixes(rx, SCAN_K)
    except _TooMany:
        return None
    finally:
        _cap[0] = 0


# --- the current document's words: one pass finds where every word-start pattern may begin ----
# FoldedText.build registers its folded text and words. Each word's first characters map (once,
# cached across documents) to a bit mask of the word-start plans they fit; one pass over the
# words then lists, for every plan, the words where it may match.

_word_plans: list[Plan] = []
_pre_bits: dict[str, int] = {}  # word prefix -> the bits of the word plans that have it
_pre_lengths: list[int] = []  # the lengths of those prefixes, ascending
_bit_tuples: dict[int, tuple[int, ...]] = {}  # plan mask -> its bits
# The current document: [text, words, {plan bit: [word starts]} or None, word starts, word heads,
# word records, number of plans the records were made with]
_doc: list = [None, None, None, None, None, None, -1]
_START = attrgetter("start")
_FIRST = itemgetter(0)

# Per-word records, one dict lookup per word of a document for every word-start scan: a word's
# first SCAN_K characters (its head) -> (the bits of the plans that fit the head, then, per registered
# PrefixIndex of k == SCAN_K (its slot), the candidates there or None until asked). Tuples: one
# step from the record to each field. Records are dropped whenever a plan or an index is added
# (that happens while the first documents load).
_recs: dict[str, tuple] = {}
_slots: list[PrefixIndex] = []


def remember_words(text: str, words: list, starts: list[int] | None = None) -> None:
    """Register ``text`` (a document's folded text) and its \\w+ words (objects with .start;
    ``starts``: their starts, when at hand)."""
    _doc[:] = [text, words, None, starts, None, None, -1]


def _doc_recs() -> list[tuple]:
    """The registered document's word records (see ``_recs``), made once per document."""
    n = len(_word_plans)
    if _doc[6] == n:
        return _doc[5]
    text, starts, heads = _doc[0], _doc[3], _doc[4]
    if starts is None:
        starts = _doc[3] = list(map(_START, _doc[1]))
    if heads is None:
        k = SCAN_K
        heads = _doc[4] = [text[p:p + k] for p in starts]
    recs = list(map(_recs.get, heads))
    if None in recs:  # heads not seen before
        width = len(_slots)
        for i, r in enumerate(recs):
            if r is None:
                h = heads[i]
                r = _recs.get(h)  # the same head earlier in this document
                if r is None:
                    if len(_recs) >= _CACHE_MAX:  # memory stays flat however many texts pass
                        _recs.clear()
                    r = _recs[h] = (_head_bits(_canon(h)),) + (None,) * width
                recs[i] = r
    _doc[5], _doc[6] = recs, n
    return recs


def word_candidates(ix: PrefixIndex, text: str, words: list) -> tuple[list[int], list[tuple[int, ...]]] | None:
    """Every word start of the registered document and ``ix.candidates`` there, from the word
    records (None: ``text``/``words`` not the registered document, or ``ix.k`` != SCAN_K).

    >>> ix, text = PrefixIndex([re.compile("quit"), re.compile("qualif")], k=SCAN_K), "we quit"
    >>> remember_words(text, [type("W", (), {"start": 0})(), type("W", (), {"start": 3})()])
    >>> word_candidates(ix, text, _doc[1])
    ([0, 3], [(), (0,)])
    """
    if _doc[0] is not text or _doc[1] is not words or ix.k != SCAN_K:
        return None
    slot = ix.slot
    if slot is None:  # first use: records get a place for this index
        slot = ix.slot = len(_slots) + 1
        _slots.append(ix)
        _recs.clear()
        _doc[6] = -1
    recs = _doc_recs()
    got = list(map(itemgetter(slot), recs))
    if None in got:  # heads this index has not been asked about
        heads = _doc[4]
        for i, c in enumerate(got):
            if c is None:
                h = heads[i]
                r = _recs.get(h) or recs[i]  # (filled at the same head earlier)
                c = r[slot]
                if c is None:
                    c = ix.candidates(h, 0)
                    if len(_recs) < _CACHE_MAX:
                        _recs[h] = r[:slot] + (c,) + r[slot + 1:]
                got[i] = c
    return _doc[3], got


def _head_bits(head: str) -> tuple[int, ...]:
    """The bits of the word plans ``head`` (canonical, SCAN_K long or at the end) fits: those
    with a word prefix ``head`` starts with (the same as each plan's :meth:`Plan.fits`).

    >>> _head_bits("in 20") == tuple(p.bit for p in _word_plans if p.fits("in 20"))
    True
    """
    mask, get = 0, _pre_bits.get
    for n in _pre_lengths:
        if n > len(head):
            break
        mask |= get(head[:n], 0)
    got = _bit_tuples.get(mask)
    if got is None:
        got = _bit_tuples[mask] = tuple(1 << b for b in range(mask.bit_length()) if mask >> b & 1)
    return got


def _doc_starts(plan: Plan, text: str) -> list[int] | None:
    """Word starts of the registered document where ``plan`` may match (None: not registered)."""
    if _doc[0] is not text:
        return None
    if not plan.bit:  # first use on a document: the plan gets its bit in the head masks
        plan.bit = 1 << len(_word_plans)
        _word_plans.append(plan)
        for p in plan.word_prefixes:
            _pre_bits[p] = _pre_bits.get(p, 0) | plan.bit
        _pre_lengths[:] = sorted(set(_pre_lengths) | set(plan.word_lengths))
        _recs.clear()  # their plan bits have not met this plan
    table = _doc[2]
    if table is None or table[0] != len(_word_plans):
        by: defaultdict[int, list[int]] = defaultdict(list)
        n = len(_word_plans)
        recs = _doc_recs()
        bits = list(map(_FIRST, recs))
        for p, fits in compress(zip(_doc[3], bits), bits):  # the words some plan may start at
            for bit in fits:
                by[bit].append(p)
        table = _doc[2] = (n, by)
    return table[1].get(plan.bit, [])


def _starter_for(plan: Plan, text: str) -> re.Pattern:
    if _last[0] is not text:  # the same text is scanned by many patterns in a row
        _last[0], _last[1] = text, not text.isascii() and _OTHER_DIGIT.search(text) is not None
    return plan.starters[_last[1]]


def _may_start(plan: Plan, text: str, pos: int, endpos: int) -> bool:
    key = _canon(text[pos:min(pos + PREFIX_LEN, endpos)])
    pre = plan.prefixes
    for n in plan.lengths:
        if n > len(key):
            return False
        if key[:n] in pre:
            return True
    return False


def finditer_words(rx: re.Pattern, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match]:
    """``rx.finditer(text, pos, endpos)``, trying only where a match can begin.

    >>> [m.group() for m in finditer_words(re.compile(r"(?<![\\w])(?:may|june) \\d+"), "in may 5 and june 12")]
    ['may 5', 'june 12']
    """
    plan = plan_for(rx)
    if plan is None:
        yield from rx.finditer(text, pos, endpos)
        return
    starts = _doc_starts(plan, text) if plan.at_words else None
    if starts is None:
        starts = [m.start() for m in _starter_for(plan, text).finditer(text, pos, endpos)]
    end = pos
    match = rx.match
    for p in islice(starts, bisect_left(starts, pos) if pos > 0 else 0, None):  # a sentence's words
        if p < end:
            continue
        if p >= endpos:
            break
        m = match(text, p, endpos)
        if m:
            end = m.end() if m.end() > p else p + 1
            yield m


def search_words(rx: re.Pattern, text: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
    """``rx.search(text, pos, endpos)``, trying only where a match can begin.

    >>> search_words(re.compile(r"(?<![\\w])quit"), "they quit").start()
    5
    """
    plan = plan_for(rx)
    if plan is None:
        return rx.search(text, pos, endpos)
    match = rx.match
    starts = _doc_starts(plan, text) if plan.at_words else None
    if starts is not None:
        for p in starts[bisect_left(starts, pos):]:
            if p >= endpos:
                break
            m = match(text, p, endpos)
            if m:
                return m
        return None
    for s in _starter_for(plan, text).finditer(text, pos, endpos):
        m = match(text, s.start(), endpos)
        if m:
            return m
    return None


class Prefiltered:
    """A compiled regex whose match/search/finditer/fullmatch skip places where no match can
    begin; results (the very Match objects of the wrapped pattern) are unchanged. Other
    attributes (pattern, groupindex, sub, ...) are the wrapped pattern's.

    >>> Prefiltered(re.compile(r"(?<![\\w])ceo")).match("the ceo", 4).span()
    (4, 7)
    """

    __slots__ = ("rx", "_plan")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx.rx if isinstance(rx, Prefiltered) else rx
        self._plan = plan_for(self.rx)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        if self._plan is not None and 0 <= pos <= endpos and not _may_start(self._plan, string, pos, endpos):
            return None
        return self.rx.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        if self._plan is not None and 0 <= pos <= endpos and not _may_start(self._plan, string, pos, endpos):
            return None
        return self.rx.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        return search_words(self.rx, string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match]:
        return finditer_words(self.rx, string, pos, endpos)

    def __getattr__(self, name: str):
        if name in Prefiltered.__slots__:  # not set yet (unpickling): no delegation loop
            raise AttributeError(name)
        return getattr(self.rx, name)

    def __reduce__(self):
        return (Prefiltered, (self.rx,))

    def __repr__(self) -> str:
        return f"Prefiltered({self.rx!r})"
