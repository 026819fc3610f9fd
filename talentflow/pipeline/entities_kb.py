"""The KB gazetteer: every alias of ``talentflow.kb.load_kb()`` as a sequence of folded words, the
known names it finds in a document (a clitic, lang/<code>/clitics.json, is stripped from a word only
when the rest starts an alias; a one-word alias that is also an everyday word needs a cue of its
org's type), the Mention it makes, and the reference of a name read from context (an exact KB alias,
else a minted one). entities.py builds on it.

>>> from talentflow.pipeline.lexicon import get_lexicon
>>> ft = FoldedText.build("Mike Liberatore left xAI.", [(0, 25)])
>>> [(m.type, m.id) for m in _kb_mentions(ft, get_lexicon("en"))]
[('person', 'person:mike-liberatore'), ('org', 'org:xai')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress

from talentflow.lang.normalize import fold
from talentflow.models import EntityRef
from talentflow.pipeline.lexicon import Lexicon, get_lexicon, word_memo
from talentflow.pipeline.names_words import word_texts
from talentflow.pipeline.text import WORD, FoldedText

GAP_OK = re.compile(r"^[\s\-.'\u2019]{0,3}$")  # 'BYJU'S', 'Moody's': an apostrophe inside an alias


@dataclass
class Mention:
    start: int  # folded offsets
    end: int
    w0: int  # word indexes [w0, w1)
    w1: int
    type: str
    id: str
    name: str
    source: str = "kb"  # kb | context | coref

    def as_dict(self, ft: FoldedText) -> dict:
        s, e = ft.span(self.start, self.end)
        return {"start": s, "end": e, "type": self.type, "id": self.id, "name": self.name,
                "mention": ft.original[s:e], "source": self.source}


def typed_by_start(ents: list[Mention], memo: dict, kind: str) -> tuple[list[Mention], list[int] | None]:
    """The mentions of type ``kind`` in ``ents`` order and their starts (None when ``ents`` is not
    by start), kept in ``memo`` while ``ents`` is unchanged: the one per-type index that
    :func:`mentions_in` and ``persons.starting_in`` bisect.

    >>> m = Mention(0, 4, 0, 1, "org", "org:x", "X")
    >>> typed_by_start([m], {}, "org")[1]
    [0]
    """
    key = f"_{kind}s_by_start"
    got = memo.get(key)
    if got is None or got[0] is not ents or got[1] != len(ents):
        typed = [m for m in ents if m.type == kind]
        starts = [m.start for m in typed]
        if any(a > b for a, b in zip(starts, starts[1:])):
            starts = None
        got = memo[key] = (ents, len(ents), typed, starts)
    return got[2], got[3]


def mentions_in(ents: list[Mention], memo: dict, kind: str, s: int, e: int) -> list[Mention]:
    """Mentions of type ``kind`` within [s, e), in ``ents`` order (found by bisection when
    ``ents`` is by start); the per-type index is kept in ``memo`` while ``ents`` is unchanged.

    >>> m = Mention(0, 4, 0, 1, "org", "org:x", "X")
    >>> [x.id for x in mentions_in([m], {}, "org", 0, 10)]
    ['org:x']
    """
    typed, starts = typed_by_start(ents, memo, kind)
    if starts is not None:  # a mention inside [s, e] starts there
        typed = typed[bisect_left(starts, s):bisect_right(starts, e)]
    return [m for m in typed if m.start >= s and m.end <= e]


@dataclass
class Gazetteer:
    index: dict[str, list[tuple[tuple[str, ...], str, str, str]]]
    surnames: dict[str, set[str]]
    plans: dict = field(default_factory=dict)  # head -> _head_plan (built on first use)


@lru_cache(maxsize=1)
def _kb():
    from talentflow.kb import load_kb

    return load_kb()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Index of KB aliases by their first folded word (built once per process)."""
    kb = _kb()
    index: dict[str, list] = {}
    for text, eid, etype, _lang in kb.aliases():
        toks = tuple(WORD.findall(fold(text)))
        if not toks:
            continue
        ent = kb.get(eid)
        name = ent.name if ent else text
        index.setdefault(toks[0], []).append((toks, eid, etype, name))
    for lst in index.values():
        lst.sort(key=lambda x: -len(x[0]))
    return Gazetteer(index, {})


def mint(mention: str, etype: str) -> EntityRef:
    """A reference for an entity not in the KB: E's ``mint_ref`` when available, else a slug.

    >>> mint("Jane Roe", "person").id
    'person:jane-roe'
    """
    try:
        from talentflow import resolve

        if hasattr(resolve, "mint_ref"):
            return resolve.mint_ref(mention, etype)
    except Exception:  # noqa: BLE001 - resolution is optional here
        pass
    slug = "-".join(WORD.findall(fold(mention))) or "unknown"
    return EntityRef(name=mention, mention=mention, id=f"{etype}:{slug}")


def _strip_variants(word: str, lex: Lexicon) -> tuple[tuple[str, int], ...]:
    """(remainder, prefix length) for each clitic prefix of ``word``."""
    return _strip_cached(word, lex.prefixes) if lex.prefixes else ()


@lru_cache(maxsize=200_000)
def _strip_cached(word: str, prefixes: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    return tuple((word[len(p):], len(p)) for p in prefixes if word.startswith(p) and len(word) - len(p) >= 2)


def _head_plan(gz: Gazetteer, head: str) -> tuple[dict[str, list], tuple | None] | None:
    """The aliases starting with ``head``, longer ones by their second word (in index order),
    and the first one-word alias; None when no alias starts with ``head``."""
    plans = gz.plans
    got = plans.get(head, False)
    if got is False:
        got = None
        entries = gz.index.get(head)
        if entries:
            by_next: dict[str, list] = {}
            for entry in entries:
                if len(entry[0]) > 1:
                    by_next.setdefault(entry[0][1], []).append(entry)
            got = (by_next, next((e for e in entries if len(e[0]) == 1), None))
        if len(plans) > 100_000:
            plans.clear()
        plans[head] = got
    return got


def _alias_starts(ft: FoldedText, lex: Lexicon, gz: Gazetteer) -> list[tuple[int, tuple]]:
    """(index, heads) of the words that may start an alias, themselves or after a clitic; heads
    are (clitic length, _head_plan) of the word and of each rest after a clitic that starts an
    alias, in that order (asked once per distinct word form: most words start none)."""
    memo = word_memo(lex, "kb_head_plans")
    if memo.get(None) is not gz.index:  # the gazetteer was rebuilt
        memo.clear()
        memo[None] = gz.index
    texts = word_texts(ft)
    got = list(map(memo.get, texts))
    if None in got:  # word forms not asked before
        for k, t in enumerate(texts):
            if got[k] is None:
                got[k] = memo[t] if t in memo else memo.setdefault(t, tuple(
                    (plen, plan) for head, plen in ((t, 0),) + _strip_variants(t, lex)
                    if (plan := _head_plan(gz, head)) is not None))
    return list(compress(enumerate(got), got))


def _kb_mentions(ft: FoldedText, lex: Lexicon) -> list[Mention]:
    gz = gazetteer()
    words = ft.words
    out = []
    nxt = 0
    n_words, folded, gap_ok = len(words), ft.folded, GAP_OK.match
    for i, heads in _alias_starts(ft, lex, gz):  # the other words start no alias (same result)
        if i < nxt:
            continue
        m = None  # the longest alias starting at word i
        after = words[i + 1].text if i + 1 < n_words else None
        for plen, plan in heads:
            for entry in plan[0].get(after, ()):  # longer aliases: only those whose 2nd word is next
                toks = entry[0]
                n = len(toks)
                if i + n > n_words:
                    continue
                for k in range(1, n):
                    w = words[i + k]
                    if w.text != toks[k] or not gap_ok(folded[words[i + k - 1].end:w.start]):
                        break
                else:
                    m = (words[i].start + plen, i + n, entry)
                    break
            if m is None and plan[1] is not None:
                m = (words[i].start + plen, i + 1, plan[1])
            if m is not None:
                break
        if m:
            start, j, (toks, eid, etype, name) = m
            if len(toks) > 1 or _short_latin_alias_ok(ft, start, words[j - 1].end, toks):
                out.append(Mention(start, words[j - 1].end, i, j, etype, eid, name))
                nxt = j
    common = _common_word_aliases(lex.lang)
    if common[0] and any(w in ft.folded for w in common[0]) \
            and any(m.w1 - m.w0 == 1 and ft.folded[m.start:m.end] in common[0] for m in out):  # (in the text at all, first)
        out = _cued_common_aliases(ft, lex, out, common)
    return out


@lru_cache(maxsize=None)
def _common_word_aliases(lang: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """persons.json ``alias_common_words`` (one-word KB aliases that are also everyday words:
    'الاتفاق' is a club and 'the agreement') and ``org_type_cues`` (words that show an org
    type is the story's subject: a club's 'نادي', 'مدرب', 'الدوري'), folded."""
    from talentflow.lang import load

    data = load(lang, "persons")
    cues = {k: frozenset(fold(w) for w in v) for k, v in data.get("org_type_cues", {}).items()}
    return frozenset(fold(w) for w in data.get("alias_common_words", [])), cues


def _cued_common_aliases(ft: FoldedText, lex: Lexicon, out: list[Mention], common: tuple) -> list[Mention]:
    """Drop a bare common-word alias unless the text has a cue of its org's type ('نادي',
    'مدرب' for a club): 'وقع البنك الاتفاق' is no club.

    >>> ft = FoldedText.build("x", [(0, 1)])
    >>> _cued_common_aliases(ft, get_lexicon("ar"), [], (frozenset(), {}))
    []
    """
    bare, cues = common
    texts = set(word_texts(ft))
    texts.update(r for t in list(texts) for r, _ in _strip_variants(t, lex))  # 'لنادي', 'والمدرب'
    kb = _kb()

    def cued(m: Mention) -> bool:
        ent = kb.get(m.id)
        want = cues.get(ent.org_type or "", frozenset()) if ent else frozenset()
        return bool(want & texts)

    return [m for m in out if not (m.w1 - m.w0 == 1 and ft.folded[m.start:m.end] in bare) or cued(m)]


def _short_latin_alias_ok(ft: FoldedText, s: int, e: int, toks: tuple) -> bool:
    """Short Latin aliases (xAI, Meta, Apple) must keep a capital letter in the text."""
    text = ft.original[s:e] if ft.offsets is None else ft.orig_text(s, e)
    if len(toks) == 1 and text.isascii() and len(text) <= 6:
        return any(c.isupper() for c in text)
    return True


@lru_cache(maxsize=50_000)
def _resolve(mention: str, etype: str) -> EntityRef:
    """Exact (normalized) KB alias, else a minted ref. Fuzzy matching is consolidation's job."""
    found = _kb().lookup(mention, etype)
    if len(found) == 1:
        return EntityRef(found[0].name, mention, found[0].id)
    ref = mint(mention, etype)
    return EntityRef(ref.name or mention, mention, ref.id)
