"""Lexicon scans over folded text: trigger phrases and role phrases.

These are the hot loops of event extraction (every word of every sentence is tried), kept
apart from the event-assembly logic in events.py so they can be made fast without touching
the rules that use their results.
"""

from __future__ import annotations

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
    """Trigger matches in each sentence, longest first, no overlaps."""
    hits: list[Hit] = []
    positions: dict[int, list[int]] = {}
    folded = ft.folded
    any_match = lex.trigger_any.match
    for w in ft.words:  # triggers start at a word (or its possessive 's): try only there
        if any_match(folded, w.start):
            positions.setdefault(ft.sent_of(w.start), []).append(w.start)
    for si, starts in positions.items():
        s, e = ft.sents[si]
        cands = []
        for pos in starts:
            for trig in lex.triggers:
                m = trig.regex.match(ft.folded, pos, e)
                if m:
                    cands.append(Hit(trig, m.start(), m.end(), si))
        cands.sort(key=lambda h: (-(h.end - h.start), KIND_PRIORITY[h.trig.kind]))
        chosen: list[Hit] = []
        for h in cands:
            if all(h.end <= c.start or h.start >= c.end for c in chosen):
                chosen.append(h)
        hits.extend(sorted(chosen, key=lambda h: h.start))
    return hits


def find_roles(ft: FoldedText, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, code) of role phrases, longest match wins."""
    out: list[tuple[int, int, str]] = []
    end = -1
    heads = lex.role_heads
    for w in ft.words:
        if w.start < end:
            continue
        t = w.text
        if t[:3] not in heads and not any(v[:3] in heads for v, _ in lex_variants(t, lex)):
            continue
        m = lex.role_one.match(ft.folded, w.start)
        if m:
            out.append((m.start(), m.end(), lex.role_codes[m.lastgroup]))
            end = m.end()
    return out


def lex_variants(word: str, lex: Lexicon) -> tuple[tuple[str, int], ...]:
    """The word with each known clitic prefix removed (cached)."""
    from talentflow.pipeline.entities import _strip_variants

    return _strip_variants(word, lex)
