"""Other forms of one unknown org inside a document: 'University of Oxford' and later 'Oxford
University', 'University of Florida Health Shands' and 'UF Health Shands', 'Bank of Queensland'
and 'BOQ'. The later form gets the first form's id and name, so an event told with either form
has one org, and a move between the two forms is no move.

>>> from talentflow.pipeline.text import FoldedText
>>> from talentflow.pipeline.entities import Mention
>>> ft = FoldedText.build("Air New Zealand said. Air NZ shares fell.", [(0, 41)])
>>> long = Mention(0, 15, 0, 3, "org", "org:air-new-zealand", "Air New Zealand", "context")
>>> short = Mention(22, 28, 4, 6, "org", "org:air-nz", "Air NZ", "context")
>>> same_org_forms(ft, [long, short]); short.id
'org:air-new-zealand'
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count

from talentflow.pipeline.names_words import word_texts
from talentflow.pipeline.text import FoldedText

_FILLERS = frozenset(("of", "the", "and", "for", "de", "du", "des", "la", "le", "di"))


def same_org_forms(ft: FoldedText, ents: list) -> None:
    """Give each later form of an unknown org (same content words in another order, or a run of
    its words written as initials) the id and name of its first form, in place (English)."""
    firsts: dict[str, object] = {}
    for m in ents:
        if m.type == "org" and m.source == "context" and m.id not in firsts:
            firsts[m.id] = m
    if len(firsts) < 2:
        return
    forms = list(firsts.values())
    toks = {m.id: [w.text for w in ft.words[m.w0:m.w1]] for m in forms}
    caps = {m.id: [ft.orig_text(w.start, w.end) for w in ft.words[m.w0:m.w1]] for m in forms}
    renamed: dict[str, object] = {}
    for b in forms:  # b: a later form, a: the first form it repeats
        for a in forms:
            if a.start < b.start and a.id not in renamed and _same_org(toks[a.id], toks[b.id], caps[b.id]):
                renamed[b.id] = a
                break
    if renamed:
        for m in ents:
            a = renamed.get(m.id) if m.type == "org" else None
            if a is not None:
                m.id, m.name = a.id, a.name


def without_compound_orgs(ft: FoldedText, ents: list, lang: str) -> list:
    """Org mentions that only qualify the next name ('Tulsa-based Harrow Health', 'Nasdaq-listed
    Pelligen', 'Google-backed X': names.json ``org_compound_after``) are dropped: not employers.

    >>> from talentflow.pipeline.entities import Mention
    >>> ft = FoldedText.build("Nasdaq-listed Pelligen", [(0, 22)])
    >>> [m.name for m in without_compound_orgs(ft, [Mention(0, 6, 0, 1, "org", "org:nasdaq", "Nasdaq")], "en")]
    []
    """
    rx = _compound_rx(lang)  # on the text as written: 'St. Augustine, Fla.-based X' (a city, a state)
    if rx is None:
        return ents
    return [m for m in ents if not (m.type == "org" and rx.match(ft.original, ft.span(m.start, m.end)[1]))]


@lru_cache(maxsize=None)
def _compound_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang import load

    p = load(lang, "names").get("org_compound_after")
    return re.compile(p) if p else None


def acronym_mentions(ft: FoldedText, ents: list) -> list:
    """Mentions of a capitalized initialism ('CVW', 'BOQ') that spells the words of an unknown
    org the document names in full ('Corrig Valley Water'), where no other mention is (English)."""
    from talentflow.pipeline.entities import Mention

    spelled: dict[str, object] = {}
    for m in ents:
        if m.type == "org" and m.source == "context" and m.w1 - m.w0 >= 2:
            words = [w.text for w in ft.words[m.w0:m.w1]]
            for key in {"".join(x[0] for x in words), "".join(x[0] for x in words if x not in _FILLERS)}:
                if len(key) >= 2:
                    spelled.setdefault(key, m)
    if not spelled:
        return []
    taken = {k for m in ents for k in range(m.w0, m.w1)}
    out = []
    words = ft.words
    for k in compress(count(), map(spelled.__contains__, word_texts(ft))):  # (the other words spell none)
        w, full = words[k], spelled[words[k].text]
        if k not in taken and w.start > full.start \
                and ft.orig_text(w.start, w.end).isupper():
            out.append(Mention(w.start, w.end, k, k + 1, "org", full.id, full.name, "context"))
    return out


def _same_org(full: list[str], other: list[str], written: list[str]) -> bool:
    """Is ``other`` (as ``written``) another form of the org named ``full``?

    >>> _same_org(["university", "of", "oxford"], ["oxford", "university"], ["Oxford", "University"])
    True
    >>> _same_org(["bank", "of", "queensland"], ["boq"], ["BOQ"])
    True
    >>> _same_org(["oxford", "instruments"], ["oxford", "university"], ["Oxford", "University"])
    False
    """
    words = [t for t in full if t not in _FILLERS]
    if len(words) >= 2 and sorted(words) == sorted(t for t in other if t not in _FILLERS) and full != other:
        return True
    for i, (t, w) in enumerate(zip(other, written)):
        if not (2 <= len(w) <= 5 and w.isalpha() and w.isupper()):
            continue
        head, tail = other[:i], other[i + 1:]
        if full[:i] != head or (tail and full[len(full) - len(tail):] != tail):
            continue
        middle = full[i:len(full) - len(tail)]
        if len(middle) >= 2 and t in ("".join(x[0] for x in middle),
                                      "".join(x[0] for x in middle if x not in _FILLERS)):
            return True
    return False

