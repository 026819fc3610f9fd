"""Deciding whether two written names are the same person or org, in either script.

Words match when they are the same after normalization, or (across scripts, or between two
Arabic spellings) share a consonant skeleton whose written vowels agree, or (Latin) differ
by one letter in a long word. People match when the surnames match and the given names
match or are nicknames of one another; a surname alone never matches a full name here
(that needs document context: see ``KnowledgeBase.resolve``). Orgs match on their alias
or on a long skeleton; short org names (xAI, Meta, X) are alias-only.

>>> names_match("Mike Liberatore", "\u0645\u0627\u064a\u0643 \u0644\u064a\u0628\u064a\u0631\u0627\u062a\u0648\u0631\u064a", "person")
True
>>> names_match("Dario Amodei", "Daniela Amodei", "person")
False
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from talentflow.lang import load
from talentflow.lang.normalize import has_arabic, normalize
from talentflow.resolve.skeleton import gap_conflicts, keys, name_key, tokens

NICKNAMES = Path(__file__).parents[1] / "kb" / "nicknames.json"
LATIN_TITLES = {"dr", "mr", "mrs", "ms", "sir", "prof", "sheikh", "sheikha", "prince",
                "princess", "hh", "he", "lord", "dame", "jr", "sr"}
LATIN_ORG_SUFFIXES = {"inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company",
                      "sa", "ag", "gmbh", "pjsc", "psc", "nv", "bv", "limited", "holdings"}
MIN_ORG_SKELETON = 5  # shorter org names match by alias only


@lru_cache(maxsize=1)
def _ar() -> dict:
    return load("ar", "translit")


@lru_cache(maxsize=1)
def _nickname_groups() -> tuple[frozenset, ...]:
    with NICKNAMES.open(encoding="utf-8") as f:
        return tuple(frozenset(g) for g in json.load(f)["groups"])


_norm = lru_cache(maxsize=131072)(normalize)


@lru_cache(maxsize=65536)
def token_match(a: str, b: str) -> bool:
    """Whether two single words can be the same name word.

    >>> token_match("Keele", "\u0643\u064a\u0644"), token_match("Keele", "\u0643\u0648\u0644")
    (True, False)
    """
    na, nb = _norm(a), _norm(b)
    if na == nb:
        return True
    if not has_arabic(na) and not has_arabic(nb):
        return (min(len(na), len(nb)) >= 7 and na[0] == nb[0]
                and Levenshtein.distance(na, nb) <= 1)
    for ka in keys(na):
        for kb in keys(nb):
            if not ka.consonants or not kb.consonants:
                continue
            if ka.consonants == kb.consonants and gap_conflicts(ka, kb) == 0:
                return True
            if (min(len(ka.consonants), len(kb.consonants)) >= 5
                    and Levenshtein.distance(ka.consonants, kb.consonants) == 1):
                return True
    return False


@lru_cache(maxsize=16384)
def _groups_of(word: str) -> frozenset[int]:
    return frozenset(i for i, g in enumerate(_nickname_groups())
                     if any(token_match(word, v) for v in g))


def given_names_match(a: str, b: str) -> bool:
    """Same given name, or nicknames of one another (Mike/Michael, Bob/Robert), any script.

    >>> given_names_match("Bob", "\u0631\u0648\u0628\u0631\u062a"), given_names_match("Dario", "Daniela")
    (True, False)
    """
    return token_match(a, b) or bool(_groups_of(normalize(a)) & _groups_of(normalize(b)))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(LATIN_TITLES | {normalize(t) for t in _ar()["titles"]})


def person_tokens(name: str) -> list[str]:
    """Name words without titles; a Latin "al"/"el" article joins the next word.

    >>> person_tokens("Sheikh Mohammed Al Maktoum")
    ['mohammed', 'al-maktoum']
    """
    return list(_person_tokens(name))


@lru_cache(maxsize=65536)
def _person_tokens(name: str) -> tuple[str, ...]:
    titles = _titles()
    out: list[str] = []
    for t in tokens(name):
        if t in titles and not out:
            continue
        if out and out[-1] in ("al", "el"):
            out[-1] = out[-1] + "-" + t
            continue
        out.append(t)
    return tuple(out)


def persons_match(a: str, b: str) -> bool:
    """Two full person names are the same person (see module doc).

    >>> persons_match("Robert Keele", "Robert Cole")
    False
    """
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return len(ta) == len(tb) and token_match(ta[0], tb[0])
    if not _surname_match(ta, tb):
        return False
    if not given_names_match(ta[0], tb[0]):
        return False
    return _middles_agree(ta, tb)


def _surname_match(ta: list[str], tb: list[str]) -> bool:
    if token_match(ta[-1], tb[-1]):
        return True
    # "Al Rumayyan" vs one joined word, or a two-word surname written as one
    return (len(ta) > 2 and token_match(ta[-2] + ta[-1], tb[-1])) or \
           (len(tb) > 2 and token_match(ta[-1], tb[-2] + tb[-1]))


def _middles_agree(ta: list[str], tb: list[str]) -> bool:
    ma, mb = ta[1:-1], tb[1:-1]
    if not ma or not mb or len(ma) != len(mb):
        return True
    return all(token_match(x, y) or given_names_match(x, y) for x, y in zip(ma, mb))


def org_core(name: str) -> str:
    """An org name without generic words (Arabic "company" prefixes, Latin legal suffixes).

    >>> org_core("Acme Corp.")
    'acme'
    """
    prefixes = {normalize(p) for p in _ar()["org_prefixes"]}
    toks = tokens(name)
    while len(toks) > 1 and toks[0] in prefixes:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1] in LATIN_ORG_SUFFIXES:
        toks = toks[:-1]
    return " ".join(toks)


def orgs_match(a: str, b: str) -> bool:
    """Two org names are the same org by spelling alone (no KB): long names only.

    >>> orgs_match("Anthropic", "\u0623\u0646\u062b\u0631\u0648\u0628\u064a\u0643"), orgs_match("xAI", "Exa")
    (True, False)
    """
    ca, cb = org_core(a), org_core(b)
    if ca == cb or ca.replace(" ", "") == cb.replace(" ", ""):
        return True
    sa, sb = name_key(ca), name_key(cb)
    if min(len(sa), len(sb)) < MIN_ORG_SKELETON:
        return False
    if not has_arabic(ca) and not has_arabic(cb):
        return (Levenshtein.normalized_similarity(ca, cb) >= 0.9
                or (min(len(ca), len(cb)) >= 7 and Levenshtein.distance(ca, cb) <= 1))
    return token_match(ca.replace(" ", ""), cb.replace(" ", ""))


def names_match(a: str, b: str, type: str) -> bool:
    """Same entity by the names alone (``type`` is "person" or "org").

    >>> names_match("Mastercard", "\u0645\u0627\u0633\u062a\u0631\u0643\u0627\u0631\u062f", "org"), names_match("Google", "\u063a\u0648\u063a\u0644", "org")
    (True, False)
    """
    return persons_match(a, b) if type == "person" else orgs_match(a, b)
