"""Scanning normalized text by first word: each cue list's possible first words
(``first_words``), a router from a word to the cue lists it can start, and ``TextScan``, which
matches a cue list only where one of its first words occurs in the text (same spans as a
full ``finditer``), plus exact multi-word phrases (``find_phrase``).

>>> norm, index = normalized("She left for health reasons.")
>>> TextScan(norm, index).find_phrase("health reasons")
[(13, 27)]
"""

from __future__ import annotations

import re
import re._constants as _C
import re._parser as _sre
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter
from typing import Any, Iterator

from talentflow.pipeline.reasons_norm import (  # noqa: F401
    Span, _alt_body, _finditer, _norm_word, cue_regex, normalized)
from talentflow.pipeline.text import word_runs

# -- scanning by first word ---------------------------------------------------------------
_WORD = re.compile(r"\w+")
FirstWords = tuple[frozenset[str], frozenset[str]]  # (exact first words, first-word prefixes)
_FIRST_WORDS: dict[re.Pattern, FirstWords | None] = {}  # compiled cue list -> its first words


class _Router:
    """Every compiled cue list's first words, turned around: word -> the cue lists a match
    may start at that word with. One pass over a text's words then gives every cue list
    its candidate offsets (what :meth:`TextScan.candidates` finds one list at a time).
    Cue lists are keyed by ``id`` (hashing a compiled pattern hashes its whole code).

    >>> r = _Router()
    >>> pid = r.add(re.compile("x"), (frozenset({"rift"}), frozenset({"clash"})))
    >>> r.route("clashed"), r.route("rift"), r.route("riff")
    ((0,), (0,), ())
    """

    def __init__(self) -> None:
        self.ids: dict[int, tuple[re.Pattern, int | None, FirstWords | None]] = {}
        self.exact: dict[str, set[int]] = {}
        self.prefixes: dict[str, set[int]] = {}
        self.sizes: tuple[int, ...] = ()
        self.n = 0  # cue lists routed so far
        self.cache: dict[str, tuple[int, ...]] = {}
        self.full: dict[tuple[str, ...], dict[str, tuple[int, ...]]] = {}  # clitics -> word -> ids

    def add(self, pat: re.Pattern, words: FirstWords | None) -> int | None:
        """Register ``pat`` (its first words ``words``); its id, None when not routable."""
        known = self.ids.get(id(pat))
        if known is not None and known[0] is pat:
            return known[1]
        pid = None
        if words is not None:
            pid, self.n = self.n, self.n + 1
            for w in words[0]:
                self.exact.setdefault(w, set()).add(pid)
            for w in words[1]:
                self.prefixes.setdefault(w, set()).add(pid)
            self.sizes = tuple(sorted({len(w) for w in self.prefixes}))
            self.cache.clear()
            self.full.clear()
        self.ids[id(pat)] = (pat, pid, words)
        return pid

    def route(self, word: str) -> tuple[int, ...]:
        """Ids of the cue lists a match may start with ``word`` for (cached)."""
        got = self.cache.get(word)
        if got is None:
            pids = set(self.exact.get(word, ()))
            for n in self.sizes:
                if n > len(word):
                    break
                more = self.prefixes.get(word[:n])
                if more:
                    pids |= more
            got = tuple(sorted(pids))
            if len(self.cache) > 500_000:
                self.cache.clear()
            self.cache[word] = got
        return got

    def words_cache(self, clitics: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
        """The cache :meth:`route_word` fills for ``clitics`` (read it first: most words are known)."""
        got = self.full.get(clitics)
        if got is None:
            got = self.full[clitics] = {}
        return got

    def route_word(self, word: str, clitics: tuple[str, ...]) -> tuple[int, ...]:
        """Ids of the cue lists a match may start at a text word ``word`` for: the word's own
        and those of the word less a leading clitic (cached per clitic list).

        >>> r = _Router()
        >>> pid = r.add(re.compile("x"), (frozenset({"rift"}), frozenset()))
        >>> r.route_word("wrift", ("w",)), r.route_word("wrift", ())
        ((0,), ())
        """
        cache = self.words_cache(clitics)
        got = cache.get(word)
        if got is None:
            pids = set(self.route(word))
            for c in clitics:
                if len(word) > len(c) and word.startswith(c):
                    pids.update(self.route(word[len(c):]))
            got = tuple(sorted(pids))
            if len(cache) > 500_000:
                cache.clear()
            cache[word] = got
        return got


_ROUTER = _Router()
_TEXT, _START = attrgetter("text"), attrgetter("start")


def _is_word(c: str) -> bool:
    """``c`` is a ``\\w`` char (what the regex engine calls a word char)."""
    return c.isalnum() or c == "_"


def first_words(cues: list[str], clitics: tuple[str, ...] = ()) -> FirstWords | None:
    """The words a match of ``cues`` can start with, after an optional clitic: (exact words,
    prefixes of words). None when that is not fixed (``re:``, a leading ``...``, a cue or
    clitic starting with a non-word char).

    >>> exact, prefixes = first_words(["clash* with", "rift over", "co-found"])
    >>> sorted(exact), sorted(prefixes)
    (['co', 'rift'], ['clash'])
    """
    if any(not _WORD.fullmatch(c) for c in clitics):
        return None
    exact: set[str] = set()
    prefixes: set[str] = set()
    for cue in cues:
        toks = cue.split()
        if cue.startswith("re:"):
            words = _regex_first_words(cue[3:])
            if words is None:
                return None
            exact |= words[0]
            prefixes |= words[1]
            continue
        if not toks or toks[0] == "...":
            return None
        for alt in toks[0].split("|"):
            body, star = _alt_body(alt)
            run = _WORD.match(body)
            if run is None:
                return None
            # a run the body goes on after with a non-word char ends the text's word there
            (prefixes if star and run.end() == len(body) else exact).add(run.group())
    return frozenset(exact), frozenset(prefixes)


def _regex_first_words(source: str) -> FirstWords | None:
    """First words of a raw cue regex, read from its parse: the literal strings every match
    starts with (alternations and optional parts expanded, up to 512 strings; lookarounds
    consume nothing). A string's
    leading word run followed by a non-word char is an exact word, else a prefix.

    >>> _regex_first_words(r"(?:was|is) (?:widely )?expected") == ({"was", "is"}, set())
    True
    >>> _regex_first_words(r"could\s+not") == (frozenset(), frozenset({'could'}))
    True
    """
    try:
        strings = _starts(list(_sre.parse(source)), 512)[0]
    except (re.error, TypeError, ValueError, IndexError):
        return None
    if strings is None:
        return None
    exact: set[str] = set()
    prefixes: set[str] = set()
    for x in strings:
        run = _WORD.match(x)
        if run is None:
            return None
        (prefixes if run.end() == len(x) else exact).add(run.group())
    return frozenset(exact), frozenset(prefixes)


def _starts(items: list, limit: int) -> tuple[set[str] | None, bool]:
    """(strings, complete) for a parsed regex sequence: when complete, exactly the strings
    it matches; else every match starts with one of them. None when there are too many."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL:
            sub, complete = {chr(av)}, True
        elif op is _C.IN and av and all(o is _C.LITERAL for o, _ in av):
            sub, complete = {chr(c) for _, c in av}, True
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
            sub, complete = _starts(list(av[-1]), limit)
        elif op is _C.BRANCH:
            parts = [_starts(list(seq), limit) for seq in av[1]]
            if any(x is None for x, _ in parts):
                return None, False
            sub = {y for x, _ in parts for y in x}  # type: ignore[union-attr]
            complete = all(c for _, c in parts)
        elif op in (_C.ASSERT, _C.ASSERT_NOT):  # a lookaround consumes nothing
            sub, complete = {""}, True
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            opt, complete = _starts(list(av[2]), limit)
            sub = None if opt is None else opt | {""}
        else:
            return out, False  # anything else: the strings so far are prefixes
        if sub is None:
            return None, False
        out = {x + y for x in out for y in sub}
        if len(out) > limit:
            return None, False
        if not complete:
            return out, False
    return out, True


class TextScan:
    """Cue spans in one normalized text, found like :func:`_finditer` (same spans), but
    trying a cue list only where a word it can start with occurs: one pass over the text's
    words replaces a regex search per cue list.

    >>> from talentflow.pipeline.reasons_cues import _compile
    >>> norm, index = normalized("They clashed with him; no rift.")
    >>> TextScan(norm, index).find(_compile(["clash* with", "rift"], ()))
    [(5, 17), (26, 30)]
    """

    def __init__(self, norm: str, index: list[int], clitics: tuple[str, ...] = (),
                 words: list[Any] | None = None):
        self.norm, self.index, self.clitics = norm, index, clitics
        self._given = words  # the \w+ runs of ``norm`` in order (objects with .start, .text), if known
        self._raw_starts: dict[str, list[int]] | None = None  # the text's own words only
        self._starts: dict[str, list[int]] | None = None
        self._keys: frozenset[str] = frozenset()
        self._sorted: list[str] | None = None
        self._routed: dict[int, list[int]] | None = None  # cue list id -> its start offsets
        self._routed_n = 0  # cue lists the router knew when ``_routed`` was built

    def _raw(self) -> dict[str, list[int]]:
        """Word of the text -> its start offsets, in order."""
        raw = self._raw_starts
        if raw is None and self._given is not None:  # the pipeline's words of this very text
            raw = self._raw_starts = {}
            get = raw.get
            for w in self._given:  # (no empty list made per word, as setdefault would)
                got = get(w.text)
                if got is None:
                    raw[w.text] = [w.start]
                else:
                    got.append(w.start)
        if raw is None:
            raw = self._raw_starts = {}
            starts, _ends, words = word_runs(self.norm)
            for w, at in zip(words, starts):
                raw.setdefault(w, []).append(at)
        return raw

    def _words(self) -> dict[str, list[int]]:
        """Word -> its start offsets; a word less a leading clitic starts there too."""
        if self._starts is None:
            starts = self._raw()
            if self.clitics:
                starts = {w: list(at) for w, at in starts.items()}  # the raw lists stay as they are
                sizes = sorted({len(c) for c in self.clitics})
                clitics = set(self.clitics)
                touched = set()
                for w, at in [(w, tuple(at)) for w, at in starts.items()]:
                    for n in sizes:
                        if len(w) > n and w[:n] in clitics:
                            starts.setdefault(w[n:], []).extend(at)
                            touched.add(w[n:])
                for w in touched:  # every list stays in order, without repeats
                    starts[w] = sorted(set(starts[w]))
            self._starts, self._keys = starts, frozenset(starts)
        return self._starts

    def candidates(self, words: FirstWords) -> list[int]:
        """Offsets in the normalized text where a word of ``words`` starts, in order."""
        starts = self._starts if self._starts is not None else self._words()
        exact, prefixes = words
        found: list[int] = []
        hits = self._keys & exact  # a set operation over the smaller of the two
        if len(hits) == 1 and not prefixes:  # one word's starts: in order already
            return starts[next(iter(hits))]
        for w in hits:
            found += starts[w]
        if prefixes:
            keys = self._sorted
            if keys is None:
                keys = self._sorted = sorted(starts)
            n = len(keys)
            for p in prefixes:  # the words starting with ``p`` sit together in sorted order
                i = bisect_left(keys, p)
                while i < n and keys[i].startswith(p):
                    found += starts[keys[i]]
                    i += 1
        if len(found) < 2:
            return found
        return sorted(set(found))

    def _tokens(self) -> tuple[list[str], list[int]]:
        """The text's words and their start offsets, in text order."""
        if self._given is not None:
            return list(map(_TEXT, self._given)), list(map(_START, self._given))
        starts, _ends, words = word_runs(self.norm)
        return words, starts

    def _route(self) -> dict[int, list[int]]:
        """Every routed cue list's start offsets (in order), from one pass over the text's
        words: each word's cue lists read off the router's cache in one ``map`` (a clitic's
        word routes to its stripped word's lists too), then only the words that start some
        list are walked."""
        clitics = self.clitics
        texts, starts = self._tokens()
        routes = list(map(_ROUTER.words_cache(clitics).get, texts))
        if None in routes:  # words the router has not met yet
            route = _ROUTER.route_word
            for i, pids in enumerate(routes):
                if pids is None:
                    routes[i] = route(texts[i], clitics)
        routed: dict[int, list[int]] = {}
        get = routed.get
        for at, pids in compress(zip(starts, routes), routes):
            for pid in pids:
                got = get(pid)
                if got is None:
                    routed[pid] = [at]
                else:
                    got.append(at)
        self._routed, self._routed_n = routed, _ROUTER.n
        return routed

    def _routed_starts(self, pid: int) -> list[int]:
        """What :meth:`candidates` gives for the first words of routed cue list ``pid``."""
        routed = self._routed
        if routed is None or pid >= self._routed_n:
            routed = self._route()
        return routed.get(pid) or []

    def find(self, pat: re.Pattern | None, words: FirstWords | None = None) -> list[Span]:
        """Spans (in the original text) of ``pat``'s matches, as :func:`_finditer` gives."""
        if pat is None:
            return []
        cands = None
        if words is None:
            known = _ROUTER.ids.get(id(pat))
            if known is None or known[0] is not pat:
                words = _FIRST_WORDS.get(pat)
            elif known[1] is not None:
                cands = self._routed_starts(known[1])
        if cands is None:
            if words is None:
                return _finditer(pat, self.norm, self.index)
            cands = self.candidates(words)
        # what _leftmost yields, inlined (no generator, no match object kept): a match tried
        # at ``c`` starts at ``c``
        # the pattern tried at every candidate in one ``map`` (no Python step per try; a
        # match does not depend on the ones before it), then the matches kept as
        # ``_leftmost`` keeps them: each from where the last kept one ended
        out: list[Span] = []
        pos, index = 0, self.index
        for m in filter(None, map(pat.match, repeat(self.norm, len(cands)), cands)):
            c = m.start()
            if c < pos:
                continue
            pos = m.end()
            out.append((index[c], index[pos]))
        return out

    def matches(self, pat: re.Pattern, words: FirstWords) -> Iterator[re.Match]:
        """``pat.finditer`` over the normalized text, tried only at ``words``' starts (the
        regex must start each match with one of them, after an optional clitic)."""
        return self._leftmost(pat, self.candidates(words))

    def _leftmost(self, pat: re.Pattern, cands: list[int]) -> Iterator[re.Match]:
        """``pat`` matched at the candidate offsets in order, each from where the last match
        ended: the leftmost match from there, as no match starts elsewhere."""
        pos, norm, match = 0, self.norm, pat.match
        for c in cands:
            if c < pos:
                continue
            m = match(norm, c)
            if m is not None:
                yield m
                pos = m.end()

    def _phrase_starts(self, exact: frozenset[str]) -> list[int]:
        """What :meth:`candidates` gives for ``(exact, no prefixes)``: a word ``e`` starts
        where ``e`` or a clitic + ``e`` is a whole word of the text. Found with ``str.find``
        (a name occurs a few times), each hit checked to end a word and to open one, or to
        follow one of the clitics that opens it."""
        norm, clitics = self.norm, self.clitics
        longest = max(map(len, clitics), default=0)
        size = len(norm)
        out: list[int] = []
        for e in exact:
            n = len(e)
            q = norm.find(e)
            while q >= 0:
                end = q + n
                if end == size or not _is_word(norm[end]):
                    p = q
                    while p > 0 and q - p <= longest and _is_word(norm[p - 1]):
                        p -= 1
                    if p == q or (q - p <= longest and (p == 0 or not _is_word(norm[p - 1]))
                                  and norm[p:q] in clitics):
                        out.append(p)
                q = norm.find(e, q + 1)
        if len(exact) > 1:
            return sorted(set(out))
        return out

    def find_phrase(self, phrase: str) -> list[Span]:
        """Spans of a literal phrase (a person's name) matched as :func:`cue_regex` would
        match it (a leading clitic, any whitespace between words, whole words), without
        compiling a regex per name.

        >>> norm, index = normalized("Jane  Doe met Jane Doex and JANE DOE.")
        >>> TextScan(norm, index).find_phrase("Jane Doe")
        [(0, 9), (28, 36)]
        """
        words, toks, options = _phrase_parts(phrase, self.clitics)
        if words is None:
            cue = re.sub(r"[|*]", " ", phrase)
            return _finditer(re.compile(cue_regex(cue, self.clitics)), self.norm, self.index)
        out: list[Span] = []
        pos = 0
        for c in self._phrase_starts(words[0]) if not words[1] else self.candidates(words):
            if c < pos:
                continue
            end = _phrase_at(self.norm, c, toks, options)
            if end is not None:
                out.append((self.index[c], self.index[end]))
                pos = end
        return out


@lru_cache(maxsize=8192)
def _phrase_parts(phrase: str, clitics: tuple[str, ...]
                  ) -> tuple[FirstWords | None, tuple[str, ...], tuple[str, ...]]:
    """A phrase's first words, its normalized words, and the clitics in the order the
    regex tries them (then none); first words None when only the regex will do."""
    cue = re.sub(r"[|*]", " ", phrase)
    toks = tuple(map(_norm_word, cue.split()))
    words = first_words([cue], clitics) if toks and "..." not in toks else None
    return words, toks, (*sorted(clitics, key=len, reverse=True), "")


def _phrase_at(norm: str, at: int, toks: tuple[str, ...], options: tuple[str, ...]) -> int | None:
    """End of ``toks`` (after one of the clitic ``options``) matched at ``at``, else None."""
    n = len(norm)
    for clitic in options:
        if clitic and not norm.startswith(clitic, at):
            continue
        i = at + len(clitic)
        for k, tok in enumerate(toks):
            if k:
                j = i
                while j < n and norm[j].isspace():
                    j += 1
                if j == i:
                    break
                i = j
            if not norm.startswith(tok, i):
                break
            i += len(tok)
        else:
            if not (i < n and (norm[i].isalnum() or norm[i] == "_")):
                return i
    return None
