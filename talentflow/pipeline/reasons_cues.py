"""Cue data for the reasons component: per-language phrases compiled to regexes over
normalized text (offsets kept), plus sentence and quote splitting.

Phrase syntax (``lang/<code>/reasons.json``, ``attribution.json``, ``stance.json``): words
separated by spaces; ``word*`` any ending; ``a|b`` alternatives; ``...`` skips up to four
words; ``re:`` starts a raw regex over normalized text. A leading clitic from the language's
``clitics`` list may precede any cue.

>>> bool(cue_data("en").drivers["health"].search("left for health reasons"))
True
"""

from __future__ import annotations

import re
import re._constants as _C
import re._parser as _sre
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any, Iterator

from talentflow.lang import available_languages, load
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
def _token(tok: str) -> str:
    alts = []
    for alt in tok.split("|"):
        star = alt.endswith("*")
        body = "".join(_norm_char(c) for c in (alt[:-1] if star else alt))
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


def _compile(cues: list[str], clitics: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for a list of cues (longest first), word boundaries factored out."""
    if not cues:
        return None
    ordered = sorted(cues, key=len, reverse=True)
    bodies = _by_first_char(ordered) or "|".join("(?:%s)" % _cue_body(c) for c in ordered)
    pat = re.compile(r"(?<!\w)" + _prefix(clitics) + "(?:" + bodies + r")(?!\w)")
    words = _FIRST_WORDS.setdefault(pat, first_words(ordered, clitics))
    _ROUTER.add(pat, words)
    return pat


def _by_first_char(cues: list[str]) -> str | None:
    """The cues' alternation grouped by first char, each group in the cues' order: only
    cues starting with the char at hand can match there, so the engine tries the same
    alternatives in the same order, but skips a group with one char comparison instead of
    entering every cue. None when a cue's first char is not fixed (``re:``, ``...``, ``*``).

    >>> _by_first_char(["ab", "b|ad"])
    'a(?:b|d)|b(?:)'
    """
    groups: dict[str, list[str]] = {}
    for cue in cues:
        toks = cue.split()
        if cue.startswith("re:") or not toks or toks[0] == "...":
            return None
        rest = "".join(GAP % 4 if t == "..." else r"\s+" + _token(t) for t in toks[1:])
        for alt in toks[0].split("|"):
            star = alt.endswith("*")
            body = "".join(_norm_char(c) for c in (alt[:-1] if star else alt))
            if not body:
                return None
            groups.setdefault(body[0], []).append(
                re.escape(body[1:]) + (r"\w*" if star else "") + rest)
    return "|".join(re.escape(ch) + "(?:" + "|".join(alts) + ")" for ch, alts in groups.items())


@dataclass
class CueData:
    """Compiled cue patterns for one language."""

    lang: str
    drivers: dict[str, re.Pattern]
    attribution: dict[str, re.Pattern]
    speech: re.Pattern | None
    continuation: re.Pattern | None
    industry: re.Pattern | None
    denial: re.Pattern | None
    not_denial: re.Pattern | None
    disclaimer: re.Pattern | None
    pronouns: re.Pattern | None = None
    mask: re.Pattern | None = None
    plural: re.Pattern | None = None
    officials: re.Pattern | None = None  # titles that speak for an org when it denies
    contrast: re.Pattern | None = None  # "but", "however": a denial does not cross them
    joiners: re.Pattern | None = None  # words that join names in a list ("and")
    defaults: dict = field(default_factory=dict)  # driver -> attribution when no cue
    verb_first: bool = False  # a speaking verb may precede its speaker (Arabic word order)
    group: re.Pattern | None = None
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    clitics: tuple[str, ...] = ()
    refusal: re.Pattern | None = None  # "declined to comment": the subject withholds reasons
    outlet_reported: frozenset[str] = frozenset()
    context: re.Pattern | None = None
    relative: re.Pattern | None = None
    temporal: re.Pattern | None = None
    possessive: re.Pattern | None = None
    participles: re.Pattern | None = None
    anaphora: re.Pattern | None = None  # "the", "that": a cue told again refers back
    generic: re.Pattern | None = None  # "deals of this kind": the industry in general  # "..., saying": the clause's subject speaks  # "his departure" as one word: refers back  # ", weeks after ...": the outlet's timeline  # ", who was fired in April,": a background clause  # ", following the uproar": the outlet's own context  # drivers the outlet reports unless refused


@lru_cache(maxsize=None)
def cue_data(lang: str) -> CueData:
    """Load and compile ``reasons.json``, ``attribution.json``, ``stance.json`` for ``lang``.

    >>> sorted(cue_data("ar").attribution)
    ['analyst', 'company', 'media', 'self', 'sources']
    """
    rs, at, st = load(lang, "reasons"), load(lang, "attribution"), load(lang, "stance")
    cl = tuple("".join(_norm_char(ch) for ch in c) for c in rs.get("clitics", []))

    def comp(cues: list[str] | None) -> re.Pattern | None:
        return _compile(list(cues or []), cl)

    return CueData(
        lang=lang,
        drivers={d: p for d, cues in rs["drivers"].items() if (p := comp(cues))},
        attribution={a: p for a, cues in at["explicit"].items() if (p := comp(cues))},
        speech=comp(at.get("speech")), continuation=comp(at.get("continuation")),
        industry=comp(at.get("industry")), denial=comp(st.get("denial")),
        not_denial=comp(st.get("not_denial")), disclaimer=comp(st.get("disclaimer")),
        pronouns=comp(at.get("pronouns")), group=comp(at.get("group")), mask=comp(rs.get("mask")),
        plural=comp(at.get("plural")), verb_first=bool(at.get("verb_first")),
        officials=comp(at.get("officials")), contrast=comp(st.get("contrast")),
        joiners=comp(at.get("joiners")), defaults=dict(at.get("defaults", {})),
        abbreviations=frozenset(a.casefold() for a in rs.get("abbreviations", [])),
        clitics=cl, refusal=comp(at.get("refusal")), context=comp(at.get("context")),
        relative=comp(at.get("relative")), temporal=comp(at.get("temporal")),
        possessive=comp(at.get("possessive")), participles=comp(at.get("participles")),
        generic=comp(at.get("generic")), anaphora=comp(at.get("anaphora")),
        outlet_reported=frozenset(at.get("outlet_reported", [])),
    )


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


# -- scanning by first word ---------------------------------------------------------------
_WORD = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")
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
            star = alt.endswith("*")
            body = "".join(_norm_char(c) for c in (alt[:-1] if star else alt))
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
        self._routed: dict[int, list[list[int]]] | None = None  # cue list id -> start lists
        self._routed_n = 0  # cue lists the router knew when ``_routed`` was built

    def _raw(self) -> dict[str, list[int]]:
        """Word of the text -> its start offsets, in order."""
        raw = self._raw_starts
        if raw is None and self._given is not None:  # the pipeline's words of this very text
            raw = self._raw_starts = {}
            add = raw.setdefault
            for w in self._given:
                add(w.text, []).append(w.start)
        if raw is None:
            raw = self._raw_starts = {}
            parts = _SPLIT.split(self.norm)  # non-word, word, non-word, ..., non-word
            offsets = list(accumulate(map(len, parts)))  # offsets[2k] is word k's start
            for w, at in zip(parts[1::2], offsets[0::2]):
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

    def _route(self) -> dict[int, list[list[int]]]:
        """Every routed cue list's start lists, from one pass over the text's words."""
        clitics = self.clitics
        known = _ROUTER.words_cache(clitics).get
        route = _ROUTER.route_word
        routed: dict[int, list[list[int]]] = {}
        for w, at in self._raw().items():  # a clitic's word routes to its stripped word's lists too
            pids = known(w)
            if pids is None:
                pids = route(w, clitics)
            for pid in pids:
                lists = routed.get(pid)
                if lists is None:
                    routed[pid] = [at]
                else:
                    lists.append(at)
        self._routed, self._routed_n = routed, _ROUTER.n
        return routed

    def _routed_starts(self, pid: int) -> list[int]:
        """What :meth:`candidates` gives for the first words of routed cue list ``pid``."""
        routed = self._routed
        if routed is None or pid >= self._routed_n:
            routed = self._route()
        lists = routed.get(pid)
        if lists is None:
            return []
        if len(lists) == 1:
            return lists[0]
        out: list[int] = []
        for at in lists:  # different words of the text: their starts never coincide
            out += at
        out.sort()
        return out

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
        out: list[Span] = []
        pos, index, norm = 0, self.index, self.norm
        for c in cands:
            if c < pos:
                continue
            m = pat.match(norm, c)  # the leftmost match from ``pos``: no match starts elsewhere
            if m is not None:
                out.append((index[c], index[m.end()]))
                pos = m.end()
        return out

    def matches(self, pat: re.Pattern, words: FirstWords) -> Iterator[re.Match]:
        """``pat.finditer`` over the normalized text, tried only at ``words``' starts (the
        regex must start each match with one of them, after an optional clitic)."""
        pos = 0
        for c in self.candidates(words):
            if c < pos:
                continue
            m = pat.match(self.norm, c)
            if m is not None:
                yield m
                pos = m.end()

    def _phrase_starts(self, exact: frozenset[str]) -> list[int]:
        """What :meth:`candidates` gives for ``(exact, no prefixes)``, read off the text's own
        words: a word ``e`` starts where ``e`` or a clitic + ``e`` does."""
        raw = self._raw()
        lists = []
        for e in exact:
            at = raw.get(e)
            if at:
                lists.append(at)
            for c in self.clitics:
                at = raw.get(c + e)
                if at:
                    lists.append(at)
        if not lists:
            return []
        if len(lists) == 1:
            return lists[0]
        return sorted(set().union(*lists))

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
    toks = tuple("".join(_norm_char(c) for c in t) for t in cue.split())
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


# -- sentences and quotes ---------------------------------------------------------------------
_QUOTES = re.compile(r"“[^”]{0,800}”|«[^»]{0,800}»|\"[^\"\n]{0,800}\"")
# ``[.!?؟]+["'”’»)]*(?=\s)|\n+``, written to open with a char set so the engine skips to
# the next candidate char in C
_END = re.compile(r"[.!?\u061f\n](?:(?<=[.!?\u061f])[.!?\u061f]*[\"'”’»)]*(?=\s)|(?<=\n)\n*)")


def quote_spans(text: str) -> list[Span]:
    """Spans of quoted passages (curly, guillemets, straight double quotes).

    >>> quote_spans('He said "no".')
    [(8, 12)]
    """
    return [m.span() for m in _QUOTES.finditer(text)]


_INITIAL = re.compile(r"[A-Z]")


def _abbreviation(text: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    """The word before a period at ``end`` is an abbreviation or an initial ("Mr.", "J.");
    a run longer than the window looked at is neither."""
    lo = max(start, end - 64)
    if end > lo and text[end - 1] == "\n":
        end -= 1  # like ``(\S+)$``: the end, or just before a final newline
    i = end
    while i > lo and not text[i - 1].isspace():
        i -= 1
    word = text[i:end]
    return bool(word) and (word.casefold().rstrip(".") in abbreviations
                           or _INITIAL.fullmatch(word) is not None)


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset(),
                    quotes: list[Span] | None = None) -> list[Span]:
    """Sentence spans: end punctuation or a line break, never inside a quote (``quotes``:
    ``quote_spans(text)`` when the caller has it).

    >>> split_sentences("He left. She stayed.")
    [(0, 8), (9, 20)]
    """
    if quotes is None:
        quotes = quote_spans(text)
    spans, start = [], 0
    for m in _END.finditer(text):
        if any(q0 < m.start() and m.end() < q1 for q0, q1 in quotes):
            continue
        if m.group().startswith(".") and _abbreviation(text, start, m.start(), abbreviations):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        s2 = s + len(seg) - len(seg.lstrip())
        e2 = s + len(seg.rstrip())
        if e2 > s2:
            out.append((s2, e2))
    return out


# -- orgs from the knowledge base (when the pipeline gave no entities) ------------------
def _kb_orgs(text: str, normed: tuple[str, list[int]] | None = None) -> list[dict[str, Any]]:
    """Fallback org finder (KB aliases) when the pipeline gave no entities; ``normed`` is
    ``normalized(text)`` when the caller has it."""
    pat, by_norm, words, clitics = _kb_org_index()
    if pat is None:
        return []
    norm, index = normed or normalized(text)
    found = pat.finditer(norm) if words is None else TextScan(norm, index, clitics).matches(pat, words)
    out = []
    for m in found:
        ent = by_norm.get(m.group(1))
        if ent:
            out.append({"start": index[m.start(1)], "end": index[m.end(1)], "type": "org",
                        "id": ent[0], "name": ent[1], "mention": text[index[m.start(1)]:index[m.end(1)]]})
    return out


@lru_cache(maxsize=1)
def _kb_org_index() -> tuple[re.Pattern | None, dict[str, tuple[str, str]], FirstWords | None,
                             tuple[str, ...]]:
    from talentflow.kb import load_kb

    kb = load_kb()
    by_norm: dict[str, tuple[str, str]] = {}
    for alias, eid, _type, _lang in kb.aliases("org"):
        n = "".join(_norm_char(c) for c in alias).strip()
        if len(n) >= 3:
            by_norm.setdefault(n, (eid, kb.get(eid).name))
    if not by_norm:
        return None, {}, None, ()
    alts = "|".join(re.escape(a) for a in sorted(by_norm, key=len, reverse=True))
    clitics = sorted({"".join(_norm_char(ch) for ch in c) for lang in available_languages()
                      for c in load(lang, "reasons").get("clitics", [])}, key=len, reverse=True)
    pre = "(?:" + "|".join(re.escape(c) for c in clitics) + ")?" if clitics else ""
    # an alias's leading word run is a whole word of the text (a non-word char or the
    # alias's end follows it), so the aliases are tried only where such a word starts
    runs = [_WORD.match(a) for a in by_norm]
    ok = all(runs) and all(_WORD.fullmatch(c) for c in clitics)
    words = (frozenset(r.group() for r in runs if r), frozenset()) if ok else None
    return re.compile(r"(?<!\w)" + pre + "(" + alts + r")(?!\w)"), by_norm, words, tuple(clitics)


@lru_cache(maxsize=4096)
def kb_org_known(org_id: str | None) -> bool:
    """True when ``org_id`` is an org of the packaged knowledge base (not a minted id).

    >>> kb_org_known("org:openai"), kb_org_known("org:no-such-org")
    (True, False)
    """
    return bool(org_id) and org_id in _kb_ids()


@lru_cache(maxsize=1)
def _kb_ids() -> frozenset[str]:
    from talentflow.kb import load_kb

    return frozenset(eid for _a, eid, _t, _l in load_kb().aliases("org"))
