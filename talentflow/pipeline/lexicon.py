"""Language data compiled into matchers, once per language (cached).

The large alternations (trigger_any, role_any, role_one) are :class:`Prefiltered`: same
results as the compiled regex, tried only where one of their matches can begin.

Every pattern in ``talentflow/lang/<code>/*.json`` is written in natural spelling and folded
here with :func:`talentflow.lang.normalize.fold`, so data and text meet in the same form.

>>> lex = get_lexicon("en")
>>> lex.months["july"]
7
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from talentflow.lang import load
from talentflow.lang.normalize import fold
from talentflow.pipeline.prefilter import Prefiltered

W_START = r"(?<![\w])"
W_END = r"(?![\w])"


_re_compiled = lru_cache(maxsize=4096)(re.compile)


def _re_compile(pattern, flags=0):
    return _re_compiled(pattern, flags) if flags else _re_compiled(pattern)


def _re_search(pattern, string, flags=0):
    return (_re_compiled(pattern, flags) if flags else _re_compiled(pattern)).search(string)


def _re_match(pattern, string, flags=0):
    return (_re_compiled(pattern, flags) if flags else _re_compiled(pattern)).match(string)


def _re_fullmatch(pattern, string, flags=0):
    return (_re_compiled(pattern, flags) if flags else _re_compiled(pattern)).fullmatch(string)


def _re_split(pattern, string, maxsplit=0, flags=0):
    return (_re_compiled(pattern, flags) if flags else _re_compiled(pattern)).split(string, maxsplit)


def _re_sub(pattern, repl, string, count=0, flags=0):
    return (_re_compiled(pattern, flags) if flags else _re_compiled(pattern)).sub(repl, string, count)


def _re_findall(pattern, string, flags=0):
    return (_re_compiled(pattern, flags) if flags else _re_compiled(pattern)).findall(string)


def _re_finditer(pattern, string, flags=0):
    return (_re_compiled(pattern, flags) if flags else _re_compiled(pattern)).finditer(string)


fast_re = types.ModuleType("fast_re", """``re`` whose module functions compile each pattern once (a C-level
LRU lookup, up to 4,096 patterns) instead of ``re``'s Python-level cache bookkeeping on every
call: the same results, ~0.4 microseconds less per call. The event rules ask some 100 pattern
questions per trigger (``re.search(syntax[...], text)``); their modules import this as ``re``.
Everything else (``escape``, ``Pattern``, ``Match``, flags, ``error``) is ``re``'s own.

>>> fast_re.search(r"\\d+", "in 2024").group(), fast_re.sub("a", "o", "banana", count=1)
('2024', 'bonana')
>>> fast_re.escape("a.b"), fast_re.compile("x") is fast_re.compile("x")
('a\\\\.b', True)
""")
fast_re.__dict__.update(
    compile=_re_compile, search=_re_search, match=_re_match, fullmatch=_re_fullmatch, split=_re_split,
    sub=_re_sub, findall=_re_findall, finditer=_re_finditer, __getattr__=lambda name: getattr(re, name))


def literal_gate(rx: re.Pattern) -> tuple[str, ...] | None:
    """Phrases one of which every text ``rx`` matches in holds (the alternatives of a cue list,
    ``(?<!..)(?:a b|c|...)(?!..)``, or a word the pattern spells out; None if there is none): a
    text holding none of them need not be searched (``str`` containment scans faster than ``re``).

    >>> literal_gate(re.compile(r"(?<![\\w'])(?:on\\ leave|sabbatical)(?![\\w])"))
    ('on leave', 'sabbatical')
    >>> literal_gate(re.compile(r"(?:,\\s*)?\\bwho\\s+(?:\\w+\\s+){0,2}$")), literal_gate(re.compile(r"\\d+\\s*$")) is None
    (('who',), True)
    """
    got = _gates.get(id(rx))
    if got is None or got[0] is not rx:
        got = _gates[id(rx)] = (rx, _literals(rx))
    return got[1]


_gates: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def _literals(rx: re.Pattern) -> tuple[str, ...] | None:
    """Phrases one of which every match of ``rx`` holds: from a run of literals in the pattern's
    top-level sequence, with the all-literal alternatives right after it (the cue lists), or
    such alternatives alone; the most selective of them (None if the pattern has none)."""
    from re import _constants as c, _parser as sre_parse

    if rx.flags & re.IGNORECASE:
        return None
    items = list(sre_parse.parse(rx.pattern, rx.flags))

    def alternatives(item) -> list[str] | None:
        if item[0] is not c.BRANCH:
            return None
        out = ["".join(chr(av) for _, av in branch) for branch in item[1][1]
               if all(op is c.LITERAL for op, _ in branch)]
        return out if len(out) == len(item[1][1]) and all(out) else None

    best, i = None, 0
    while i < len(items):
        run = ""
        while i < len(items) and items[i][0] is c.LITERAL:
            run += chr(items[i][1])
            i += 1
        alts = alternatives(items[i]) if i < len(items) else None
        if alts is not None:
            cand, i = tuple(run + a for a in alts), i + 1
        elif run:
            cand = (run,)
        else:
            i += 1
            continue
        score = min(map(len, cand)) / len(cand)  # long phrases, few of them
        if best is None or score > best[0]:
            best = (score, cand)
    return best[1] if best is not None and best[0] >= 0.1 else None


def fold_regex(pattern: str) -> str:
    """Fold a regex's literal text like the document, keeping escapes ('\\S' stays non-space).

    >>> fold_regex(r"^\\S+ Of$")
    '^\\\\S+ of$'
    """
    return "".join(part if part.startswith("\\") else fold(part) for part in re.split(r"(\\.)", pattern))


def _alt(phrases: list[str], escape: bool = True) -> str:
    items = sorted({fold(p) for p in phrases if p}, key=len, reverse=True)
    return "|".join(re.escape(p) if escape else p for p in items)


def _words(phrases: list[str]) -> re.Pattern | None:
    """One regex matching any of ``phrases`` as whole words (folded)."""
    if not phrases:
        return None
    return re.compile(W_START + "(?:" + _alt(phrases) + ")" + W_END)


@dataclass
class Trigger:
    kind: str
    form: str
    forced: bool
    regex: re.Pattern
    needs: str | None = None  # "org" | "role": only a trigger when one follows directly


@dataclass
class Lexicon:
    """Compiled language data for one language."""

    lang: str
    triggers: list[Trigger] = field(default_factory=list)
    trigger_any: re.Pattern | None = None
    destination: re.Pattern | None = None
    start: re.Pattern | None = None
    roles: list[tuple[re.Pattern, str]] = field(default_factory=list)
    role_any: re.Pattern | None = None
    months: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int | None] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    cues: dict[str, re.Pattern | None] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    titles: re.Pattern | None = None
    speech: re.Pattern | None = None
    org_nouns: frozenset[str] = frozenset()
    org_generic: frozenset[str] = frozenset()  # words that start a description, not a name
    org_suffixes: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    pronouns: dict[str, list[str]] = field(default_factory=dict)
    org_anaphora: re.Pattern | None = None
    syntax: dict[str, Any] = field(default_factory=dict)
    role_one: re.Pattern | None = None
    role_codes: dict[str, str] = field(default_factory=dict)
    role_heads: frozenset[str] = frozenset()
    org_noun_forms: frozenset[str] = frozenset()


_MEMO_MAX = 100_000


def word_memo(lex: Lexicon, name: str) -> dict:
    """A per-lexicon cache ``name`` of facts about word forms (cleared past 100,000 forms, so
    memory stays flat): scans ask it once per distinct word, not once per occurrence.

    >>> word_memo(get_lexicon("en"), "demo") is word_memo(get_lexicon("en"), "demo")
    True
    """
    memos = lex.__dict__.setdefault("_memos", {})
    memo = memos.get(name)
    if memo is None or len(memo) > _MEMO_MAX:
        memo = memos[name] = {}
    return memo


def _inflected_role_regex(phrase: str, syn: dict) -> str:
    """Article, clitics, feminine ending and case endings optional in each word (syntax.json)."""
    parts = []
    art, fem = fold(syn["role_article"]), fold(syn["feminine_ending"])
    for w in fold(phrase).split():
        if art and w.startswith(art) and len(w) > len(art) + 1:
            w = w[len(art):]
            prefix = fold(syn["role_prefix_definite"])
        else:
            prefix = fold(syn["role_prefix_first"] if not parts else syn["role_prefix_other"])
        stem = w[:-len(fem)] if fem and w.endswith(fem) else w
        parts.append(prefix + re.escape(stem) + fold(syn["role_suffix"]))
    return r"\s+".join(parts)


def _compile_triggers(lang: str, data: dict, clitics: dict) -> list[Trigger]:
    pre, suf = clitics.get("trigger_prefix", ""), clitics.get("trigger_suffix", "")
    out = []
    for kind in ("departure", "arrival", "role_change", "lawsuit"):
        for t in data.get(kind, []):
            body = fold(t["pattern"])
            rx = re.compile(W_START + pre + "(?:" + body + ")" + suf + W_END)
            out.append(Trigger(kind, t.get("form", "subj"), bool(t.get("forced")), rx, t.get("needs")))
    return out


@lru_cache(maxsize=None)
def get_lexicon(lang: str) -> Lexicon:
    """Compile the language data of ``lang`` (cached per process)."""
    lex = Lexicon(lang=lang)
    clitics = load(lang, "clitics")
    trig = load(lang, "triggers")
    lex.triggers = _compile_triggers(lang, trig, clitics)
    lex.trigger_any = Prefiltered(re.compile("|".join(f"(?:{t.regex.pattern})" for t in lex.triggers)))
    lex.destination = Prefiltered(re.compile("(?:" + "|".join(fold(p) for p in trig["destination"]) + r")\s*$"))
    lex.start = re.compile("(?:" + "|".join(fold(p) for p in trig["start"]) + r")\s*$")
    syn = load(lang, "syntax")
    lex.syntax = {k: (fold_regex(v) if isinstance(v, str) else v) for k, v in syn.items()}
    roles = load(lang, "roles")
    for code, phrases in roles.items():
        if code.startswith("_"):
            continue
        for p in phrases:
            if syn["role_article"] and not p.isascii():
                rx = W_START + _inflected_role_regex(p, syn) + W_END
            else:
                plural = "(?:s)?" if lang == "en" and re.fullmatch(r"[A-Za-z -]+", p) else ""
                rx = W_START + re.escape(fold(p)) + plural + W_END
            lex.roles.append((re.compile(rx), code))
    lex.role_any = Prefiltered(re.compile("|".join(f"(?:{r.pattern})" for r, _ in lex.roles)))
    # one pass for all roles: longer phrases first, the group name gives the code
    ordered = sorted(enumerate(lex.roles), key=lambda x: -len(x[1][0].pattern))
    lex.role_one = Prefiltered(re.compile("|".join(f"(?P<r{i}>{r.pattern})" for i, (r, _) in ordered)))
    lex.role_codes = {f"r{i}": code for i, (_, code) in enumerate(lex.roles)}
    art = fold(syn.get("role_article", ""))
    heads = set()
    for code, phrases in roles.items():
        for p in phrases if not code.startswith("_") else []:
            first = fold(p).split()[0]
            if art and first.startswith(art) and len(first) > len(art) + 1:
                first = first[len(art):]
            heads.add(first[:3])
    lex.role_heads = frozenset(heads)
    lex.months = {fold(k): v for k, v in load(lang, "months").items()}
    lex.numbers = {fold(k): v for k, v in load(lang, "numbers").items()}
    lex.data["durations"] = load(lang, "durations")
    lex.data["dates"] = load(lang, "dates")
    cues = load(lang, "cues")
    for name in ("negation_before", "hypothetical_before", "background_before", "sabbatical", "former", "insider", "kin_after", "joint"):
        lex.cues[name] = _regex_words(cues.get(name, []))
    persons = load(lang, "persons")
    lex.titles = _words(persons.get("titles", []))
    lex.speech = _words(persons.get("speech", []))
    lex.given_names = frozenset(fold(n) for n in persons.get("given_names", []))
    lex.not_names = frozenset(fold(n) for n in persons.get("not_names", []))
    lex.particles = frozenset(fold(n) for n in persons.get("particles", []))
    lex.org_nouns = frozenset(fold(n) for n in persons.get("org_nouns", []))
    lex.org_generic = frozenset(fold(n) for n in persons.get("org_generic", []))
    lex.org_suffixes = frozenset(fold(n).rstrip(".") for n in persons.get("org_suffixes", []))
    lex.org_noun_forms = frozenset(lex.org_nouns) | frozenset(
        fold(p) + n for n in lex.org_nouns for p in load(lang, "syntax").get("noun_clitics", []))
    lex.stopwords = frozenset(fold(w) for w in load(lang, "stopwords"))
    lex.prefixes = tuple(sorted((fold(p) for p in clitics.get("prefixes", [])), key=len, reverse=True))
    lex.suffixes = tuple(sorted((fold(p) for p in clitics.get("suffixes", [])), key=len, reverse=True))
    pron = load(lang, "pronouns")
    lex.pronouns = {k: [fold(x) for x in v] for k, v in pron.items()}
    lex.org_anaphora = _words(pron.get("org_anaphora", []))
    return lex


def _regex_words(items: list[str]) -> re.Pattern | None:
    """Cue list where items may carry small regex parts (``(?:his|her)``)."""
    if not items:
        return None
    parts = sorted((fold(i) for i in items), key=len, reverse=True)
    body = "|".join(p if ("(?" in p) else re.escape(p) for p in parts)
    return re.compile(r"(?<![\w'])(?:" + body + r")(?![\w])")
