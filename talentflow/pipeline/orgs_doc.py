"""The per-document view the unknown-org rules share (names_orgs.py, orgs_en.py): capitalized
words, clitics and word indexes (``_Doc``), whether a word can be part of an org name and where
the name ends (``_org_word``, ``_org_end``), possessive heads, and the words that never start one.

>>> from talentflow.pipeline.lexicon import get_lexicon
>>> doc = _Doc(FoldedText.build("Tomas Berg quit Norvane Bank.", [(0, 28)]), get_lexicon("en"))
>>> _org_end(doc, 3, name_cues("en"), set())
5
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter, ne

from talentflow.lang import load
from talentflow.lang.normalize import fold
from talentflow.pipeline.lexicon import Lexicon, get_lexicon
from talentflow.pipeline.names_cues import NameCues, name_cues
from talentflow.pipeline.names_roles import role_at
from talentflow.pipeline.names_words import _gap, _lexical, _strip_variants, word_texts
from talentflow.pipeline.text import WORD, FoldedText

_START, _END, _TEXT = attrgetter("start"), attrgetter("end"), attrgetter("text")
CAPITAL = re.compile(r"[A-Z\u00C0-\u00D6\u00D8-\u00DE]+")
_SPACES = re.compile(r" {1,2}")
_NAME_GAP = re.compile(r"[ \-]{1,2}|\.")  # 'Character.AI'


@lru_cache(maxsize=None)
def _count_prefixes(lang: str) -> frozenset[str]:
    """Clitics a recurring name may carry; not one that ends in the article ('القرار' is no 'قرار')."""
    lex = get_lexicon(lang)
    art = lex.syntax.get("role_article") or "\0"
    return frozenset(p for p in lex.prefixes if not p.endswith(art))


class _Caps:
    """``k in caps``: does word k carry a capital letter in the text ('Meta', 'xAI')? Read per
    word on demand."""

    def __init__(self, ft: FoldedText):
        self.ft, self.memo = ft, {}

    def __contains__(self, k: int) -> bool:
        v = self.memo.get(k)
        if v is None:
            ft = self.ft
            v = False
            if 0 <= k < len(ft.words):
                w = ft.words[k]
                text = ft.original[w.start:w.end] if ft.offsets is None else ft.orig_text(w.start, w.end)
                v = text != text.lower()
            self.memo[k] = v
        return v


class _Doc:
    """Per-document lookups for the org rules: word starts, capitalized words, recurrences."""

    def __init__(self, ft: FoldedText, lex: Lexicon):
        self.ft, self.lex = ft, lex
        self._starts: list[int] | None = None
        self._found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        if ft.offsets is None and name_cues(lex.lang).orgs_first:  # folded is the text in lower case
            words, orig = ft.words, ft.original  # the words whose text differs from the folded one
            spans = map(slice, map(_START, words), map(_END, words))
            self.caps: _Caps | set[int] = set(compress(count(), map(ne, map(orig.__getitem__, spans), word_texts(ft))))
        else:
            self.caps = _Caps(ft)
        self.prefixes = _count_prefixes(lex.lang)
        self.clitic: dict[int, int] = {}  # word index -> length of the clitic before its org name
        self.facts: tuple[list, list, list] = ([], [], [])  # :func:`_cue_facts`

    @property
    def starts(self) -> list[int]:
        """Folded start offset of every word (built on first use)."""
        if self._starts is None:
            self._starts = [w.start for w in self.ft.words]
        return self._starts

    def index_at(self, pos: int) -> int | None:
        """Index of the word starting at folded offset ``pos``."""
        k = bisect_left(self.starts, pos)
        return k if k < len(self.starts) and self.starts[k] == pos else None

    def find(self, toks: tuple[str, ...]) -> list[tuple[int, int]]:
        """(word index, clitic length) of every occurrence of the words ``toks``; a clitic that
        ends in the article does not count ('القرار' is no second 'قرار')."""
        if toks not in self._found:
            ft, words, tok = self.ft, self.ft.words, toks[0]
            out = []
            pos = ft.folded.find(tok)
            while pos >= 0:
                end = pos + len(tok)
                if end >= len(ft.folded) or not WORD.match(ft.folded, end):
                    k = bisect_left(self.starts, pos + 1) - 1
                    plen = pos - words[k].start if k >= 0 else -1
                    if k >= 0 and words[k].end == end and (plen == 0 or ft.folded[words[k].start:pos] in self.prefixes) \
                            and k + len(toks) <= len(words) \
                            and all(words[k + n].text == toks[n] for n in range(1, len(toks))):
                        out.append((k, plen))
                pos = ft.folded.find(tok, end)
            self._found[toks] = out
        return self._found[toks]


def _org_word(doc: _Doc, i: int, cues: NameCues, taken: set[int], first: bool) -> bool:
    """Can word i be part of an unknown org name?"""
    ft, lex = doc.ft, doc.lex
    if i >= len(ft.words) or i in taken:
        return False
    t = ft.words[i].text
    if t.isdigit() or t in lex.stopwords or t in cues.not_org or t in lex.months:
        return False
    if lex.lang == "en" or t.isascii():
        if i not in doc.caps:
            return False
        return not (first and ((t in lex.not_names and t not in lex.org_suffixes
                                and not (t in _lead_words(lex.lang) and i + 1 in doc.caps
                                         and ft.words[i + 1].text not in _lead_places(lex.lang))) or t in lex.given_names
                               or bool(lex.titles and lex.titles.fullmatch(t))))
    art = lex.syntax.get("role_article") or ""
    if len(t) < 2 or (art and t.startswith(art)) or t in lex.org_generic or t in lex.numbers:
        return False
    if t in lex.not_names or _lexical(lex.lang, t) or (first and t in lex.given_names):
        return False
    if t not in cues.letters and cues.shapes and cues.shapes.search(t):
        return False
    conj = lex.syntax.get("conjunction_prefix")
    if first and conj and t.startswith(conj):
        return False  # 'وحاول': a conjunction and a verb
    adverbial = _adverbial_marks(lex.lang)
    if first and adverbial and adverbial.search(ft.orig_text(ft.words[i].start, ft.words[i].end)):
        return False  # 'ترك مثالاً', 'ترك إرثاً': an indefinite noun in the accusative names no org
    if any(rest in lex.stopwords for rest, _ in _strip_variants(t, lex)):
        return False
    return not (t in lex.org_noun_forms or role_at(t, 0, lex))


@lru_cache(maxsize=None)
def _adverbial_marks(lang: str) -> re.Pattern | None:
    """names.json ``org_not_first_marks``: signs an org's first word never carries (tanween)."""
    rx = load(lang, "names").get("org_not_first_marks")
    return re.compile(rx) if rx else None


def _org_end(doc: _Doc, i: int, cues: NameCues, taken: set[int], max_len: int = 5) -> int:
    """End word index of an org name starting at word i. English: capitalized words (with 'of',
    '&' inside); Arabic: spelled Latin letters always, another word only when the longer name
    recurs in the document (a name keeps its boundaries, the word after it changes)."""
    ft, lex = doc.ft, doc.lex
    words = ft.words
    j = i + 1
    while j < len(words) and j - i < max_len and j not in taken:
        gap = _gap(ft, j)
        if gap in _APOS and lex.lang == "en" and words[j].text == "s" and _poss_head(doc, j + 1, cues, taken):
            j += 1  # "King's Lynn Town", "Queen's Park Rangers": an apostrophe inside the name
            continue
        if not (_NAME_GAP.fullmatch(gap) or re.fullmatch(r"\s?&\s?", gap)) or (gap == "." and lex.lang != "en"):
            break  # 'Character.AI', 'AT&T'
        t = words[j].text
        if lex.lang == "en":
            if t in cues.joiners and t != "the" and _org_word(doc, j + 1, cues, taken, False):
                j += 2
                continue
            if gap == " " and t[:1].isdigit() and _CLUB_NUMBER.fullmatch(t) and j not in taken \
                    and not (j + 1 < len(words) and words[j + 1].text in _COUNTED):
                j += 1  # 'Philadelphia 76ers', 'Mainz 05', 'Hannover 96': a club's number
                continue
            if not _org_word(doc, j, cues, taken, False):
                break
        elif t in cues.letters:
            pass
        elif not (_org_word(doc, j, cues, taken, False) and len(doc.find(_toks(doc, i, j + 1))) >= 2):
            break
        j += 1
    return j


_APOS = ("'", "\u2019")
_CLUB_NUMBER = re.compile(r"\d{2}(?:ers)?")
_COUNTED = frozenset(("days", "weeks", "months", "years", "minutes", "hours", "seconds", "percent", "per", "cent",
                      "times", "million", "billion", "points", "games", "matches", "goals", "people", "employees",
                      "staff", "jobs", "stores", "branches", "members", "players", "of", "to", "and", "or"))


@lru_cache(maxsize=None)
def _poss_heads(lang: str) -> frozenset[str]:
    """names.json ``org_heads_after_possessive`` and the org suffixes: the last word of a name
    with "'s" inside ('Town' in "King's Lynn Town", 'College' in "St John's College")."""
    return frozenset(fold(w) for w in load(lang, "names").get("org_heads_after_possessive", [])) \
        | frozenset(get_lexicon(lang).org_suffixes)


def _poss_head(doc: _Doc, j: int, cues: NameCues, taken: set[int]) -> bool:
    """After "X's", do one to three capitalized words, the last an org head, follow ("King's
    Lynn Town"; not "Apple's Tim Cook", not "Norwich City's manager")?

    >>> ft = FoldedText.build("King's Lynn Town", [(0, 16)])
    >>> _poss_head(_Doc(ft, get_lexicon("en")), 2, name_cues("en"), set())
    True
    """
    words, heads = doc.ft.words, _poss_heads(doc.lex.lang)
    if j >= len(words) or _gap(doc.ft, j) != " ":
        return False
    for k in range(j, min(j + 3, len(words))):
        if (k > j and _gap(doc.ft, k) != " ") or not _org_word(doc, k, cues, taken, k == j):
            return False
        if words[k].text in heads:
            return True
    return False


def _toks(doc: _Doc, i: int, j: int) -> tuple[str, ...]:
    """The words [i, j), the first without the clitic that precedes an org name ('لكارفور')."""
    words = doc.ft.words
    first = words[i].text[doc.clitic.get(i, 0):]
    return (first,) + tuple(w.text for w in words[i + 1:j])


@lru_cache(maxsize=None)
def _never_first(lang: str) -> frozenset[str]:
    """Words that never start an unknown org name (a quick test before :func:`_org_word`)."""
    lex, cues = get_lexicon(lang), name_cues(lang)
    out = set(lex.stopwords) | cues.not_org | set(lex.months) | set(lex.given_names) | cues.titles
    return frozenset(out | (set(lex.not_names) - set(lex.org_suffixes) - _lead_words(lang)))


@lru_cache(maxsize=None)
def _lead_words(lang: str) -> frozenset[str]:
    """names.json ``org_lead_words``: everyday words that start an org's name when a capitalized
    word follows ('West Brom', 'South Harbour Rovers'), never alone."""
    return frozenset(fold(w) for w in load(lang, "names").get("org_lead_words", []))


@lru_cache(maxsize=None)
def _lead_places(lang: str) -> frozenset[str]:
    """names.json ``org_lead_places``: words after a lead word that make a place ('South Africa',
    'North Carolina'), not an org."""
    return frozenset(fold(w) for w in load(lang, "names").get("org_lead_places", []))
