"""The words around a name the KB does not know, compiled from ``lang/<code>/names.json``.

>>> "left" in name_cues("en").by_last
True
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from talentflow.lang import load
from talentflow.lang.normalize import fold
from talentflow.pipeline.lexicon import fold_regex, get_lexicon
from talentflow.pipeline.text import WORD


@dataclass(frozen=True)
class NameCues:
    """Compiled ``lang/<code>/names.json``: the words around an unknown org name."""

    before: re.Pattern | None  # a strong cue ending right before the name ('left', 'غادر')
    weak_before: re.Pattern | None  # a preposition ending right before the name ('at')
    strong_scan: re.Pattern | None  # the same cues, to scan a text for
    weak_scan: re.Pattern | None  # a preposition: the name must recur in the document
    after_role: re.Pattern | None  # 'of'/'at' after a role ('chief executive of X')
    heads: frozenset[str]  # 'startup X', 'X, the bank ...'
    possessed: frozenset[str]  # "X's team"
    subject_verbs: frozenset[str]  # 'X sacked ...', 'X hired ...'
    not_org: frozenset[str]
    joiners: frozenset[str]  # 'Bank of X', 'A & B'
    letters: frozenset[str]  # Latin letters spelled in the script ('إيه', 'آي')
    shapes: re.Pattern | None  # word shapes of common nouns, never an org name alone
    orgs_first: bool  # capitals mark names: org context settles before person context
    not_after_role: frozenset[str]  # 'senator from X': a constituency, not an employer
    by_first: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]  # cue words by first word -> strong?
    by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # cue words by last word -> kind
    titles: frozenset[str]
    role_first: frozenset[str]  # first words of role phrases ('chief', 'ceo')
    keys: frozenset[str]  # every word the English rules look at first
    actions: dict[str, int]  # cue word -> where its name is: 1 after, 2 before, 4 before a role, 8 "'s", 16 head
    not_name: frozenset[str] = frozenset()  # never in a person's name ('ليل', 'الاثنين')
    name_shapes: re.Pattern | None = None
    person_before: frozenset[str] = frozenset()  # 'زميله X Y': a word that introduces a person
    role_org_links: frozenset[str] = frozenset()  # 'الرئيس التنفيذي في إنتل X Y'
    role_org_clitic: str = ""  # 'الرئيس التنفيذي لإنتل X Y'
    first_shapes: re.Pattern | None = None  # never the first word of a name after a role ('مؤقتة')
    plural_first: re.Pattern | None = None  # a plural's shape ('موظفين'), first name only before a foreign one
    list_intro: frozenset[str] = frozenset()  # 'هما X Y وZ W': a pronoun that opens a list of names
    successor_cues: frozenset[str] = frozenset()  # 'خلفًا لجون X': a cue whose clitic starts the name's word
    successor_clitic: str = ""
    title_verbs: re.Pattern | None = None  # 'الملك يقبل': a verb's shape, no name after a title
    apposition_heads: frozenset[str] = frozenset()  # 'X Y، أحد قدامى لاعبي النادي': a head before a role
    apposition_alone: frozenset[str] = frozenset()  # 'X Y، المسؤول عن ...': a head that names a person alone
    person_plural: re.Pattern | None = None  # a plural of persons in construct ('لاعبي', 'موظفيها')
    tail_shapes: re.Pattern | None = None  # never the third word of a name ('اعتبارًا', 'قدّموا')
    plural_roles: re.Pattern | None = None  # a role in the plural or dual names no one person after it
    role_definite: re.Pattern | None = None  # a role phrase with the article or a pronoun ('رئيسها', 'المدير')
    word_marks: re.Pattern | None = None  # letters and signs of a native word, not a transliterated name
    rare_article_clitics: frozenset[str] = frozenset()  # 'كال': too rare to reject a name ('كالهون') for it
    nisba: re.Pattern | None = None  # an adjective of origin between a role and a name ('الهولندي')
    vowel_letters: str = ""  # a name after the clitic letter has one next ('ليوبولد', not 'لشؤون')
    accusative: re.Pattern | None = None  # a post in the accusative ('رئيسًا'): given, not held
    accusative_written: re.Pattern | None = None  # the same, seen only as written ('مديرةً': its tanween)
    apposition: re.Pattern | None = None  # what joins a name to its apposition ('، وهو')
    first_written: re.Pattern | None = None  # as written, never a first name ('مؤقتة', 'منصبه'; 'رينيه' is)
    person_relative: frozenset[str] = frozenset()  # a relative pronoun only a person takes ('الذي' after 'X Y')
    not_given_written: frozenset[str] = frozenset()  # as written, a verb that folds to a given name ('روى')
    given_written: frozenset[str] = frozenset()  # as written, a given name that folds to a stopword ('علي')
    given_folded: frozenset[str] = frozenset()  # the same, folded (a word where a name may start)
    appoint_verbs: re.Pattern | None = None  # 'عيّن', 'اختارت': a verb whose object may take a post after it
    feminine_post: re.Pattern | None = None  # as written, a feminine post without its tanween ('رئيسة')
    not_first_words: frozenset[str] = frozenset()  # 'instead of' ('عوض'): a surname, never a name's first word
    name_breakers: frozenset[str] = frozenset()  # time or amount ('مدة'), bare or after a clitic: ends an org's name
    name_breakers_bare: frozenset[str] = frozenset()  # the same, bare only ('جديد')
    descriptor_written: re.Pattern | None = None  # as written, an indefinite adjective after an org noun ('رياضية')
    surname_words: frozenset[str] = frozenset()  # persons.json: common words that are family names ('Read')
    org_inner: frozenset[str] = frozenset()  # persons.json: no name alone, inside an org's ('International')


def _alts(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted({fold(p) for p in phrases if p}, key=len, reverse=True))


def _cue_rx(phrases: list[str], tail: str) -> re.Pattern | None:
    return re.compile(r"(?<!\w)(?:" + _alts(phrases) + r")\s+" + tail) if phrases else None


@lru_cache(maxsize=None)
def name_cues(lang: str) -> NameCues:
    """The org cues of ``lang`` (cached).

    >>> bool(name_cues("en").before.search("she left "))
    True
    """
    d = load(lang, "names")
    fset = lambda k: frozenset(fold(w) for w in d.get(k, []))  # noqa: E731
    persons = load(lang, "persons")
    titles = frozenset(fold(t) for t in persons.get("titles", []))
    role_first = frozenset(fold(p).split()[0] for code, ps in load(lang, "roles").items()
                           if not code.startswith("_") for p in ps if fold(p).split())
    cues = NameCues(_cue_rx(d.get("org_cues_before", []), "$"), _cue_rx(d.get("org_cues_weak", []), "$"),
                    _cue_rx(d.get("org_cues_before", []), ""),
                    _cue_rx(d.get("org_cues_weak", []), ""), _cue_rx(d.get("org_cues_after_role", []), "$"),
                    fset("org_heads"), fset("org_possessed"), fset("org_subject_verbs"), fset("not_org_words"),
                    fset("org_name_joiners"), fset("letter_names"),
                    _shapes(d.get("not_org_shapes")),
                    bool(d.get("orgs_before_persons")), fset("org_cues_not_after_role"),
                    _by_first(d.get("org_cues_before", []), d.get("org_cues_weak", [])),
                    _by_last({"strong": d.get("org_cues_before", []), "weak": d.get("org_cues_weak", []),
                              "role": d.get("org_cues_after_role", [])}),
                    titles, role_first, frozenset(), {})
    acts: dict[str, int] = {}
    for words, bit in ((cues.by_last, 1), (cues.heads, 1 | 16), (cues.subject_verbs, 2), (role_first, 2 | 4),
                       ({"s"}, 2 | 8), (fset("org_its_keys"), 32),
                       ({WORD.findall(h)[-1] for h in cues.heads if len(WORD.findall(h)) > 1}, 1)):
        for w in words:
            acts[w] = acts.get(w, 0) | bit
    return dataclasses.replace(cues, keys=frozenset(acts) | titles | get_lexicon(lang).given_names, actions=acts,
                               not_name=fset("not_name_words"),
                               name_shapes=_shapes(d.get("not_name_shapes")),
                               person_before=fset("person_cues_before"), role_org_links=fset("role_org_links"),
                               role_org_clitic=fold(d.get("role_org_clitic", "")),
                               first_shapes=_shapes(d.get("not_first_name_shapes")),
                               plural_first=_shapes(d.get("plural_first_name_shapes")),
                               list_intro=fset("person_list_intro"),
                               successor_cues=fset("successor_cues_clitic"), successor_clitic=fold(d.get("successor_clitic", "")),
                               title_verbs=_shapes(d.get("title_verb_shapes")),
                               apposition_heads=fset("person_apposition_heads") | fset("person_apposition_alone"),
                               apposition_alone=fset("person_apposition_alone"),
                               person_plural=_shapes(d.get("person_plural_shapes")),
                               tail_shapes=_shapes(d.get("not_name_tail_shapes")),
                               vowel_letters=fold(d.get("vowel_letters", "")),
                               plural_roles=_shapes(d.get("plural_role_shapes")),
                               role_definite=_shapes(d.get("definite_role_shapes")),
                               rare_article_clitics=fset("rare_article_clitics"),
                               nisba=_shapes(d.get("nisba_shapes")),
                               first_written=re.compile(d["not_first_name_written"]) if d.get("not_first_name_written") else None,
                               person_relative=fset("person_relative_after"),
                               not_given_written=frozenset(d.get("not_given_names_written", [])),
                               given_written=frozenset(d.get("given_names_written", [])),
                               given_folded=frozenset(fold(w) for w in d.get("given_names_written", [])),
                               appoint_verbs=re.compile(d["appoint_verb_shapes"]) if d.get("appoint_verb_shapes") else None,
                               feminine_post=re.compile(d["feminine_post_written"]) if d.get("feminine_post_written") else None,
                               not_first_words=fset("not_first_name_words"),
                               name_breakers=fset("org_name_breakers"), name_breakers_bare=fset("org_name_breakers_bare"),
                               surname_words=frozenset(fold(w) for w in (persons.get("surname_not_names") or {}).get("words", [])),
                               org_inner=frozenset(fold(w) for w in persons.get("org_inner_words", [])),
                               descriptor_written=re.compile("|".join(d["org_descriptor_shapes"]))
                               if d.get("org_descriptor_shapes") else None,
                               accusative=re.compile(d["accusative_word"]) if d.get("accusative_word") else None,
                               accusative_written=re.compile(d["accusative_written"]) if d.get("accusative_written") else None,
                               apposition=re.compile(d["apposition_glue"]) if d.get("apposition_glue") else None,
                               word_marks=re.compile("|".join(d["native_word_marks"])) if d.get("native_word_marks") else None)


def _shapes(regexes: list[str] | None) -> re.Pattern | None:
    return re.compile("|".join(fold_regex(r) for r in regexes)) if regexes else None


def _by_last(kinds: dict[str, list[str]]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list] = {}
    for kind, phrases in kinds.items():
        for p in phrases:
            toks = tuple(WORD.findall(fold(p)))
            if toks:
                out.setdefault(toks[-1], []).append((toks, kind))
    return {k: tuple(v) for k, v in out.items()}


def _by_first(strong: list[str], weak: list[str]) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    out: dict[str, list] = {}
    for phrases, flag in ((strong, True), (weak, False)):
        for p in phrases:
            toks = tuple(WORD.findall(fold(p)))
            if toks:
                out.setdefault(toks[0], []).append((toks, flag))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}
