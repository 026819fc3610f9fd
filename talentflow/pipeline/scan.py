"""Lexicon scans over folded text: trigger phrases and role phrases.

These are the hot loops of event extraction (every word of every sentence is tried), kept
apart from the event-assembly logic in events.py so they can be made fast without touching
the rules that use their results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from talentflow.pipeline.lexicon import Lexicon, Trigger
from talentflow.pipeline.prefilter import (  # noqa: F401 - re-exported
    SCAN_K, PrefixIndex, finditer_words, plan_for, regex_prefixes, search_words, word_candidates,
)
from talentflow.pipeline.text import FoldedText

KIND_PRIORITY = {"lawsuit": 0, "role_change": 1, "departure": 2, "arrival": 3}
_last_hits: list = [None, None, []]  # [FoldedText, Lexicon, hits] of the last trigger scan
_last_words: list = [None, None, None, []]  # [FoldedText, Lexicon, its words, _trigger_words]
_last_heads: list = [None, None, 0, [], []]  # [FoldedText, its words, k, word starts, heads]
_START = attrgetter("start")
SCAN_PREFIX = SCAN_K  # characters of a word that pick the triggers/roles to try there (5: fewest tries)


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
    if _last_hits[0] is ft and _last_hits[1] is lex:  # events and stints both scan a document
        return list(_last_hits[2])
    hits: list[Hit] = []
    positions: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
    folded = ft.folded
    triggers = lex.triggers
    for p, cand in _trigger_words(ft, lex):
        positions.setdefault(ft.sent_of(p), []).append((p, cand))
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
    _last_hits[:] = [ft, lex, hits]
    return list(hits)


def _trigger_words(ft: FoldedText, lex: Lexicon) -> list[tuple[int, tuple[int, ...]]]:
    """(word start, candidate triggers) of the words where a trigger matches (cached for the
    last document: has_trigger and find_triggers both ask)."""
    if _last_words[0] is ft and _last_words[1] is lex and _last_words[2] is ft.words:
        return _last_words[3]
    folded = ft.folded
    triggers = lex.triggers
    ix = _index(lex, "triggers")
    starts, cands = _word_candidates(ft, ix)
    out = []
    for p, cand in compress(zip(starts, cands), cands):  # triggers start at a word (or its
        for i in cand:  # possessive 's): try only there, and only where a trigger may start
            if triggers[i].regex.match(folded, p):
                out.append((p, cand))
                break
    _last_words[:] = [ft, lex, ft.words, out]
    return out


def _word_candidates(ft: FoldedText, ix: PrefixIndex) -> tuple[list[int], list[tuple[int, ...]]]:
    """Every word start and ``ix.candidates`` there (from the registered document's word
    records; else the heads cut once per document)."""
    got = word_candidates(ix, ft.folded, ft.words)
    if got is not None:
        return got
    if _last_heads[0] is ft and _last_heads[1] is ft.words and _last_heads[2] == ix.k:
        starts, heads = _last_heads[3], _last_heads[4]
    else:
        folded, k = ft.folded, ix.k
        starts = list(map(_START, ft.words))
        heads = [folded[p:p + k] for p in starts]
        _last_heads[:] = [ft, ft.words, k, starts, heads]
    return starts, ix.of_heads(heads)


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
    words = ft.words
    cands = _word_candidates(ft, _index(lex, "roles"))[1]
    for j in compress(range(len(cands)), cands):  # the words where a role may start
        w = words[j]
        if w.start < end:
            continue
        cand = cands[j]
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


def _index(lex: Lexicon, what: str) -> PrefixIndex:
    """The prefix index of the lexicon's triggers or roles (built once per lexicon)."""
    key = "_scan_index_" + what
    ix = lex.data.get(key)
    if ix is None:
        pats = [t.regex for t in lex.triggers] if what == "triggers" else [r for r, _ in _role_order(lex)]
        ix = lex.data[key] = PrefixIndex(pats, k=SCAN_PREFIX)
    return ix


def has_trigger(ft: FoldedText, lex: Lexicon) -> bool:
    """Whether any trigger matches anywhere (``lex.trigger_any.search(ft.folded)``), trying
    only word starts that fit a trigger's first characters.

    >>> from talentflow.pipeline.lexicon import get_lexicon
    >>> has_trigger(FoldedText.build("Acme hired a new CFO.", [(0, 21)]), get_lexicon("en"))
    True
    """
    at_words = lex.data.get("_scan_triggers_at_words")
    if at_words is None:
        plans = [plan_for(t.regex) for t in lex.triggers]
        at_words = lex.data["_scan_triggers_at_words"] = all(p is not None and p.at_words for p in plans)
    if not at_words:
        return lex.trigger_any.search(ft.folded) is not None
    return bool(_trigger_words(ft, lex))
