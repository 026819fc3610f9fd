"""Cue data for the reasons component: per-language phrases compiled to regexes over
normalized text (offsets kept), plus sentence and quote splitting.
Normalization and one cue's regex live in reasons_norm.py; scanning by first word
(``TextScan``) in reasons_route.py.

Phrase syntax (``lang/<code>/reasons.json``, ``attribution.json``, ``stance.json``): words
separated by spaces; ``word*`` any ending; ``a|b`` alternatives; ``...`` skips up to four
words; ``re:`` starts a raw regex over normalized text. A leading clitic from the language's
``clitics`` list may precede any cue.

>>> bool(cue_data("en").drivers["health"].search("left for health reasons"))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from talentflow.lang import available_languages, load
from talentflow.pipeline.reasons_norm import (  # noqa: F401 - reasons*.py and tests import these from here
    GAP, Span, _alt_body, _cue_body, _finditer, _norm_char, _norm_word, _prefix, _token, cue_regex, normalized,
    normalized_from_fold)
from talentflow.pipeline.reasons_route import _FIRST_WORDS, _ROUTER, _WORD, FirstWords, TextScan, first_words


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
            body, star = _alt_body(alt)
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
    outlet_reported: frozenset[str] = frozenset()  # drivers the outlet reports unless refused
    context: re.Pattern | None = None  # ", following the uproar": the outlet's own context
    relative: re.Pattern | None = None  # ", who was fired in April,": a background clause
    temporal: re.Pattern | None = None  # ", weeks after ...": the outlet's timeline
    possessive: re.Pattern | None = None  # "his departure" as one word: refers back
    participles: re.Pattern | None = None  # "..., saying": the clause's subject speaks
    anaphora: re.Pattern | None = None  # "the", "that": a cue told again refers back
    generic: re.Pattern | None = None  # "deals of this kind": the industry in general


@lru_cache(maxsize=None)
def cue_data(lang: str) -> CueData:
    """Load and compile ``reasons.json``, ``attribution.json``, ``stance.json`` for ``lang``.

    >>> sorted(cue_data("ar").attribution)
    ['analyst', 'company', 'media', 'self', 'sources']
    """
    rs, at, st = load(lang, "reasons"), load(lang, "attribution"), load(lang, "stance")
    cl = tuple(map(_norm_word, rs.get("clitics", [])))

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
        n = _norm_word(alias).strip()
        if len(n) >= 3:
            by_norm.setdefault(n, (eid, kb.get(eid).name))
    if not by_norm:
        return None, {}, None, ()
    alts = "|".join(re.escape(a) for a in sorted(by_norm, key=len, reverse=True))
    clitics = sorted({_norm_word(c) for lang in available_languages()
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
