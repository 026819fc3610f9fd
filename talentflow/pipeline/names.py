"""Names the KB does not know, read from context: titles, given names, role + name, apposition,
capitalization (English), and the words around them.

>>> from talentflow.pipeline.text import FoldedText
>>> ft = FoldedText.build("The bank's chief executive Jane Roe resigned.", [(0, 45)])
>>> [ft.orig_text(ft.words[a].start, ft.words[b - 1].end) for a, b, _ in context_persons(ft, get_lexicon("en"), set())]
['Jane Roe']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress

from talentflow.pipeline.lexicon import Lexicon, get_lexicon, word_memo
from talentflow.pipeline.names_cues import name_cues
from talentflow.pipeline.names_roles import _ROLE_ENDS, _ROLE_STARTS, _ends_role, _maybe_role, _role_edge_words, role_at
from talentflow.pipeline.names_shapes import (  # noqa: F401 - _verb_first: entities.py imports it from here
    _SPACES_ONLY, _START, _anchored_pairs, _apposition_name, _complement_of_role, _foreign_word, _noun_adjective,
    _origin_before, _post_at, _post_given_after, _qualified_role, _quoted_persons, _relative_name, _role_before,
    _speaker_with_post, _speech_word, _title_word, _verb_first, _words_before_comma)
from talentflow.pipeline.names_words import (  # noqa: F401 - _lexical, _article_clitics: entities.py imports them from here
    _NISBA, _accusative, _article_at, _article_clitics, _gap, _is_name_word, _is_nisba, _lexical,
    _not_first, _plausible_name, _trim_name, _given_written_next, _written_given, _feminine_post_given, word_texts)
from talentflow.pipeline.text import FoldedText


_INITIAL_GAP = re.compile(r"'|\.\s?")


def _extend_name(ft: FoldedText, i: int, lex: Lexicon, taken: set[int], max_len: int,
                 skip_nisba: bool = True) -> int:
    """End word index of a name starting at word i (0 words if none)."""
    words, syn, particles = ft.words, lex.syntax, lex.particles
    n_words = len(words)
    nf = syn.get("not_first_name") if skip_nisba else None
    while nf and i < n_words and (n := _origin_len(ft, i, lex)):
        i += n  # a nisba adjective ('the Italian', 'the South African') before the name
        if i < n_words and not _SPACES_ONLY.fullmatch(_gap(ft, i)):
            return i  # 'المدرب الإسباني. وأضاف ...': no name across the sentence's end
    j = i
    conj, art, folded = syn.get("conjunction_prefix"), syn.get("role_article"), ft.folded
    while j < n_words and j - i < max_len:
        if j > i:
            gap = folded[words[j - 1].end:words[j].start]
            if not _NAME_GAP.fullmatch(gap) and not (len(words[j - 1].text) == 1 and _INITIAL_GAP.fullmatch(gap)):
                break  # (after an initial or the 'O' of "O'Neill" its dot or apostrophe)
        t = words[j].text
        if conj and j > i and t.startswith(conj) and t not in particles and not _syllable_w(ft, j, lex, taken):
            break  # 'X Y وZ W': the conjunction starts the next name
        if t in particles and (j > i or not skip_nisba) and j + 1 < n_words:  # 'Erik ten Hag'
            j += 1
            continue
        if not _is_name_word(ft, j, lex, taken) or (j > i and role_at(folded, words[j].start, lex)):
            break
        j += 1
        if art and (j - i >= 2 or not skip_nisba) and t.startswith(art) and not (j < n_words and words[j].text in particles):
            break  # 'سامر الحلبي نورفين': the family name with the article ends the name
    while j > i and words[j - 1].text in particles:
        j -= 1
    return j


def _syllable_w(ft: FoldedText, j: int, lex: Lexicon, taken: set[int]) -> bool:
    """Is word j, which starts like the conjunction, a short name syllable ('وون', 'وو': Won, Wu)
    inside a name that goes on with a foreign word ('هيونغ وون تشونغ')? The conjunction leaves at
    most two letters, too few for a word of its own.

    >>> ft = FoldedText.build("هيونغ وون تشونغ", [(0, 15)])
    >>> _syllable_w(ft, 1, get_lexicon("ar"), set())
    True
    """
    words, conj = ft.words, lex.syntax.get("conjunction_prefix") or "\0"
    if len(words[j].text) - len(conj) > 2 or j + 1 >= len(words) or not _SPACES_ONLY.fullmatch(_gap(ft, j + 1)) \
            or not _is_name_word(ft, j + 1, lex, taken) or _article_at(ft, j + 1, lex.syntax.get("role_article") or "\0"):
        return False
    return _foreign_word(ft, j + 1, lex) and not _not_first(ft, j + 1, lex)


def _origin_len(ft: FoldedText, i: int, lex: Lexicon) -> int:
    """Words of an adjective of origin at word i that is no first name: 1 ('الإيطالي'), 2 for a
    compass word with its nisba ('الجنوب أفريقي' the South African), else 0."""
    nf, pair = lex.syntax.get("not_first_name"), lex.syntax.get("origin_pair_head")
    w = ft.words[i].text
    if nf and re.match(nf, w):
        return 1
    if pair and re.match(pair, w) and i + 1 < len(ft.words) and _SPACES_ONLY.fullmatch(_gap(ft, i + 1)) \
            and re.match(lex.syntax.get("origin_pair_tail", "$^"), ft.words[i + 1].text):
        return 2
    return 0


def _context_persons(ft: FoldedText, lex: Lexicon, taken: set[int]) -> list[tuple[int, int, str]]:
    """(w0, w1, why) spans of likely person names not in the KB."""
    out = []
    commas = _words_before_comma(ft) if lex.lang != "en" else set()  # Arabic apposition: 'X Y، رئيس ...'
    art = "\0" if lex.lang == "en" else lex.syntax.get("role_article") or "\0"  # no name starts with it
    anchored = _anchored_pairs(ft, lex, taken) if lex.lang != "en" else set()
    one_letter = frozenset(p for p in lex.prefixes if len(p) == 1)
    rel_after = name_cues(lex.lang).person_relative
    not_given = name_cues(lex.lang).not_given_written  # 'روى' (he told) folds to the name 'Roy'
    given_folded = name_cues(lex.lang).given_folded  # 'علي' (Ali) folds to 'على' (on): ask the written form
    words = ft.words
    nxt = 0
    en, n_words = lex.lang == "en", len(words)
    also = anchored.union([k - 1 for k in commas]) if not en else ()
    pmemo = word_memo(lex, "person_prev_flags")  # the previous word's facts, once per word form
    rstarts = _ROLE_STARTS.setdefault(lex.lang, {})  # (_maybe_role's memo)
    for i in _start_candidates(ft, lex, taken, also):  # no other word starts a name
        if i < nxt or i in taken:
            continue
        t = words[i].text
        head = t
        if t[0] in one_letter and lex.lang == "ar" and len(t) >= 5 and t not in lex.given_names and t[1:] in lex.given_names:
            head = t[1:]  # a one-letter clitic before a given name ('وسامر')
        j = 0
        why = ""
        written_given = (t in given_folded or t[1:] in given_folded) and _written_given(ft, i, lex) \
            and _given_written_next(ft, i + 1, lex)
        if t in lex.stopwords and not written_given:
            continue
        if i:
            p = words[i - 1].text
            pf = pmemo.get(p)
            if pf is None:
                pf = pmemo[p] = _prev_flags(p, lex)
        else:
            pf = 0
        if (head in lex.given_names or written_given) and (lex.lang == "ar" or _is_name_word(ft, i, lex, taken)) \
                and not (not_given and ft.orig_text(words[i].start, words[i].end) in not_given):
            # after a given name an '-i' word is the surname ('Sami al-Otaibi'), not a nisba to skip
            j = _extend_name(ft, i + 1, lex, taken, 3, skip_nisba=False) if i + 1 < len(words) \
                and (lex.lang == "en" or _NAME_GAP.fullmatch(_gap(ft, i + 1))) else i + 1  # not across a quote
            why = "given_name"
            if j == i + 1 and lex.lang == "en" and _common_word_surname(ft, i + 1, lex, taken):
                j = i + 2  # 'Nick Read will step down': a surname that is also a common word
        elif en and t in _demonyms(lex.lang) and i + 1 < n_words and _SPACES_ONLY.fullmatch(_gap(ft, i + 1)):
            continue  # 'the Norwegian Petter Solheim': the nationality describes the name, is not in it
        elif en and _is_name_word(ft, i, lex, taken):
            j = _extend_name(ft, i, lex, taken, 4)
            i = _after_title(ft, i, j, lex)
            if j - i >= 2 and _en_person_context(ft, i, j, lex):
                out.append((i, j, "context"))
                nxt = j
                continue
            j = 0
        elif pf & _P_TITLE \
                and (en or _SPACES_ONLY.fullmatch(_gap(ft, i))) and not (lex.syntax["conjunction_prefix"] and t.startswith(lex.syntax["conjunction_prefix"])):
            j = _extend_name(ft, i, lex, taken, 3)
            nfw = name_cues(lex.lang).not_first_words
            art_t = lex.syntax.get("role_article") or "\0"
            while i < j and ((n := _origin_len(ft, i, lex)) or words[i].text in nfw or _article_at(ft, i, art_t)):
                i += n or 1  # 'المدرب الوطني عوض X Y': 'instead of' starts no name; 'المدرب المساعد X Y'
            tv = name_cues(lex.lang).title_verbs
            if tv and i < j and words[i].text not in lex.given_names and tv.search(words[i].text):
                j = i  # 'الملك يقبل الاستقالة', 'الملك يكلّف X': a verb after the title
            why = "title"
        if not why and i > 0 and not (t.startswith(art) and _article_at(ft, i, art)) and (i - 1 in taken or pf & _P_ROLE_END
                                                       or (pf & _P_ARTICLE and (_complement_of_role(ft, i - 1, lex) or _qualified_role(ft, i - 1, lex)))) \
                and _role_before(ft, i, lex, taken):
            j = _extend_name(ft, i, lex, taken, 3)
            j = _trim_name(ft, i, j, lex) if j - i >= 3 else j
            # 'عيّن الرئيس X Y نائب المحافظ Z': a name followed by another post is the subject
            # that acts on someone else, which the event rules read from the word order
            why = "role" if j - i >= 2 and _plausible_name(ft, i, j, lex) and not _post_at(ft, j, lex) \
                and not _noun_adjective(ft, i, lex) else ""
            j = j if why else 0
        if not why and pf & _P_NISBA and not en \
                and not (t.startswith(art) and _article_at(ft, i, art)) and _origin_before(ft, i, lex, taken):
            j = _extend_name(ft, i, lex, taken, 3)
            j = _trim_name(ft, i, j, lex) if j - i >= 3 else j
            why = "origin" if j - i >= 2 and _plausible_name(ft, i, j, lex) and not _post_at(ft, j, lex) \
                and all(_foreign_word(ft, k, lex) for k in range(i, j)) else ""
            j = j if why else 0
        if not why and not en and i + 2 < n_words and ((v := rstarts.get(words[i + 2].text)) or (v is None and _maybe_role(words[i + 2].text, lex))) \
                and (_accusative(ft, words[i + 2].start, lex) or _feminine_post_given(ft, words[i + 2].start, lex)) \
                and _post_given_after(ft, i, lex, taken):
            j, why = i + 2, "post_after"
        if not why and pf & _P_SUCCESSOR and not en \
                and (j := _successor_name(ft, i, lex, taken)):
            why = "successor"  # 'خلفًا لجون X': the clitic starts the name's word
        if not why and pf & _P_SPEECH and not en \
                and (j := _speaker_with_post(ft, i, lex, taken)):  # (its first test, asked here first)
            why = "speaker_post"  # 'وقال X Y رئيس مجلس الإدارة إن ...'
        if not why and i in anchored and _plausible_name(ft, i, i + 2, lex):
            j, why = i + 2, "repeated_surname"
        if not en and j - i >= 3:
            j = _trim_name(ft, i, j, lex)  # 'هيو إدواردز قدّم': a third word must look like a name
        if why == "given_name" and j > i + 1 and en:
            j = max(j, i + 2)
        if j > i and (j - i >= 2 or why == "title"):
            out.append((i, j, why))
            nxt = j
            continue
        if rel_after and i + 2 < n_words and (words[i + 2].text in rel_after or (i + 3 < n_words and words[i + 3].text in rel_after)):
            n = _relative_name(ft, i, lex, taken, rel_after)
            if n:
                out.append((i, i + n, "relative"))
                i += n
                continue
        if i + 1 in commas and _apposition_name(ft, i, lex, taken):
            out.append((i, i + 2, "apposition"))
            nxt = i + 2
            continue
        nxt = i + 1  # a title's nisba words ('the Italian') were passed over
    if lex.lang != "en" and '"' in ft.folded:
        out.extend(_quoted_persons(ft, lex, taken, out))
    return out


_P_TITLE, _P_ROLE_END, _P_ARTICLE, _P_NISBA, _P_SUCCESSOR, _P_SPEECH = 1, 2, 4, 8, 16, 32


def _prev_flags(t: str, lex: Lexicon) -> int:
    """What word ``t`` before a candidate says to _context_persons' rules (memoized there per
    word form): a title, a word that may end a role, the article, an adjective of origin, a
    succession cue, a speech verb (the last three in a language without capitals only).

    >>> _prev_flags("chief", get_lexicon("en")) & _P_TITLE, _prev_flags("the", get_lexicon("en"))
    (0, 0)
    """
    art = "\0" if lex.lang == "en" else lex.syntax.get("role_article") or "\0"
    f = _P_TITLE if lex.titles and _title_word(t, lex) else 0
    ends = _ROLE_ENDS.get(lex.lang, {}).get(t)  # (_ends_role's memo, else its test)
    if ends is None:
        ends = t in name_cues(lex.lang).person_before or bool(_role_edge_words(lex.lang, -1).fullmatch(t))
    f |= _P_ROLE_END if ends else 0
    f |= _P_ARTICLE if t.startswith(art) else 0
    if lex.lang != "en":
        f |= _P_NISBA if _is_nisba(t, lex) else 0
        f |= _P_SUCCESSOR if t in name_cues(lex.lang).successor_cues else 0
        f |= _P_SPEECH if _speech_word(t, lex) else 0
    return f


def _after_title(ft: FoldedText, i: int, j: int, lex: Lexicon) -> int:
    """First word of the name in the capitalized run [i, j) once a post written as a title
    before it is left out ('Chairman Peter Lutz', 'Assistant T.J. Okoro'); i if none, or if
    fewer than two words would be left.

    >>> ft = FoldedText.build("Chairman Peter Lutz said so.", [(0, 27)])
    >>> _after_title(ft, 0, 3, get_lexicon("en"))
    1
    """
    m = role_at(ft.folded, ft.words[i].start, lex) if _maybe_role(ft.words[i].text, lex) else None
    if m is None:
        return i
    k = i + 1
    while k < j and ft.words[k].start < m.end():
        k += 1
    return k if j - k >= 2 else i


_SELF, _NEXT = 1, 2  # a name may start at this word / at the word after it


def _start_candidates(ft: FoldedText, lex: Lexicon, taken: set[int], also=()) -> list[int] | range:
    """The words where _context_persons may find a name, ascending. English: a word whose
    first letter is a capital (each rule needs a name word at the start, and an English name
    word has one: _is_name_word); every other word starts none of its rules (a superset: each
    is checked there in full). Other languages: see _start_candidates_context; ``also`` are the words its caller
    found (the first words of anchored pairs, the words two before a comma).

    >>> ft = FoldedText.build("Jane Roe left the bank.", [(0, 23)])
    >>> _start_candidates(ft, get_lexicon("en"), set())
    [0, 1]
    """
    words, n = ft.words, len(ft.words)
    if lex.lang != "en":
        return _start_candidates_context(ft, lex, taken, also)
    if ft.offsets is not None:
        return range(n)
    orig = ft.original
    return list(compress(range(n), map(str.isupper, map(orig.__getitem__, map(_START, words)))))


def _flagged_starts(ft: FoldedText, lex: Lexicon, key: str, flags_of) -> tuple[list[int], set[int]]:
    """Each word's start flags (``flags_of(word, lex)``, memoized per word form under ``key``)
    and the word indexes they mark: the word itself (_SELF) or the word after it (_NEXT)."""
    memo = word_memo(lex, key)
    texts = word_texts(ft)
    flags = list(map(memo.get, texts))
    if None in flags:  # word forms not asked before
        for k, t in enumerate(texts):
            if flags[k] is None:
                flags[k] = memo[t] if t in memo else memo.setdefault(t, flags_of(t, lex))
    n = len(texts)
    out = set(compress(range(n), map(_SELF.__and__, flags)))
    out.update(compress(range(1, n + 1), map(_NEXT.__and__, flags)))
    return flags, out


_NEXT23, _BACK2, _BACK3 = 4, 8, 16  # a name may start 2 or 3 words after / 2 or 3 words before
_STOP = 32  # a stopword that is no given name as written (bare or after a clitic): it starts no name


def _start_candidates_context(ft: FoldedText, lex: Lexicon, taken: set[int], also=()) -> list[int]:
    """_start_candidates for a language whose rules read the words around a name (Arabic): a
    given name (a one-letter clitic allowed), the word after a title, a role's last word or an
    adjective of origin, two or three words after a role's last word (its definite complement
    between), two words before a word that can start a post (an accusative post after the
    name), two or three before a relative pronoun, the word after a taken word, a word a comma
    follows two words later and the first word of an anchored pair (``also``, from the
    caller, which needs them itself), less the stopwords that may be no given name as written
    (_context_persons passes over them first). A superset of the words
    where _context_persons' rules can start a name, each checked there in full.

    >>> ft = FoldedText.build("قال المدير المالي للبنك سامر الحلبي إنه سيغادر", [(0, 46)])
    >>> _start_candidates(ft, get_lexicon("ar"), set())  # not 'said', 'will leave' (a speaker may follow 'said'), 'that'
    [1, 2, 3, 4]
    """
    words, n = ft.words, len(ft.words)
    flags, out = _flagged_starts(ft, lex, "person_starts_context", _start_flags_context)
    if any(flags) and n > 1:
        art, nn, orgs = lex.syntax.get("role_article") or "\0", lex.not_names, lex.org_noun_forms
        for k in compress(range(n - 2), map(_NEXT23.__and__, flags)):  # a role word, its definite
            nt = words[k + 1].text  # (its article first: most words after a role word have none)
            if nt.startswith(art) and nt not in orgs and _article_at(ft, k + 1, art) and not _article_at(ft, k, art):
                out.add(k + 2)  # complement ('وزير المالية X'), maybe 'الأسبق' after it
                if k + 3 < n and words[k + 2].text in nn and _article_at(ft, k + 2, art):
                    out.add(k + 3)
        out.update(compress(range(-2, n - 2), map(_BACK2.__and__, flags)))  # two words before
        out.update(compress(range(-3, n - 3), map(_BACK3.__and__, flags)))  # three before
    out.update(map((1).__add__, taken))
    out.update(also)
    out.difference_update(compress(range(n), map(_STOP.__and__, flags)))  # _context_persons skips them
    got = sorted(out)
    return got[bisect_left(got, 0):bisect_left(got, n)]


def _start_flags_context(t: str, lex: Lexicon) -> int:
    """_SELF | _NEXT | _NEXT23 | _BACK2 | _BACK3 | _STOP facts of one word form (see
    _start_candidates_context)."""
    one_letter = t[0] in lex.prefixes if len(t) >= 5 else False
    flags = _SELF if t in lex.given_names or (one_letter and t[1:] in lex.given_names) else 0
    given_folded = name_cues(lex.lang).given_folded
    if t in given_folded or (one_letter and t[1:] in given_folded):
        flags |= _SELF  # the written form decides (_written_given)
    if lex.titles and _title_word(t, lex) or _is_nisba(t, lex):
        flags |= _NEXT
    if t in name_cues(lex.lang).person_before or _role_edge_words(lex.lang, -1).fullmatch(t):
        flags |= _NEXT | _NEXT23
    if t in name_cues(lex.lang).successor_cues or _speech_word(t, lex):
        flags |= _NEXT
    rel = name_cues(lex.lang).person_relative
    if _maybe_role(t, lex) or (rel and t in rel):
        flags |= _BACK2
    if rel and t in rel:
        flags |= _BACK3
    if t in lex.stopwords and t not in given_folded and t[1:] not in given_folded:
        flags |= _STOP  # (_context_persons passes over a stopword unless it may be a given name as written)
    return flags


def _common_word_surname(ft: FoldedText, k: int, lex: Lexicon, taken: set[int]) -> bool:
    """Is word k, right after a given name, a capitalized common word that is also a family name
    ('Read', 'West'; ``surname_not_names`` in persons.json), with a person's context around the
    two words ('Nick Read will step down', 'naming Tony West as')?

    >>> ft = FoldedText.build("Nick Read will step down.", [(0, 25)])
    >>> _common_word_surname(ft, 1, get_lexicon("en"), set())
    True
    """
    if k >= len(ft.words) or k in taken or ft.words[k].text not in name_cues(lex.lang).surname_words \
            or not _SPACES_ONLY.fullmatch(_gap(ft, k)) or not ft.original[ft.to_orig(ft.words[k].start)].isupper():
        return False
    return _en_person_context(ft, k - 1, k + 1, lex)


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> frozenset[str]:
    """Adjectives of nationality (``demonyms`` in persons.json): never the first word of a name."""
    from talentflow.lang import load
    from talentflow.lang.normalize import fold

    return frozenset(fold(w) for w in (load(lang, "persons").get("demonyms") or {}).get("words", []))


def _successor_name(ft: FoldedText, i: int, lex: Lexicon, taken: set[int]) -> int:
    """End of a name whose first word carries the clitic a succession cue governs ('خلفًا
    لجون ميتشل', 'خلفًا للاكسمان X'), 0 if none: the rest of the word and the next one look
    foreign (no article, no mark of a native noun or verb, no role: 'خلفًا للرئيس' is none).

    >>> ft = FoldedText.build("خلفا لغوستافو ألفارو بعد", [(0, 24)])
    >>> _successor_name(ft, 1, get_lexicon("ar"), set())
    3
    """
    words, cues = ft.words, name_cues(lex.lang)
    t, c = words[i].text, cues.successor_clitic
    if not c or not t.startswith(c) or len(t) - len(c) < 2 or i in taken or _lexical(lex.lang, t) or _maybe_role(t, lex) \
            or (lex.titles and _title_word(t, lex)) \
            or i + 1 >= len(words) or not _SPACES_ONLY.fullmatch(_gap(ft, i + 1)):
        return 0
    rest = ft.orig_text(words[i].start + len(c), words[i].end)
    art = lex.syntax.get("role_article") or "\0"
    if (cues.word_marks and cues.word_marks.search(rest)) or _lexical(lex.lang, t[len(c):]) or t[len(c):] in lex.stopwords \
            or not _is_name_word(ft, i + 1, lex, taken) or _article_at(ft, i + 1, art) or not _foreign_word(ft, i + 1, lex):
        return 0
    j = _extend_name(ft, i + 1, lex, taken, 2, skip_nisba=False)
    return _trim_name(ft, i, j, lex) if j > i + 1 else 0


_NAME_GAP = re.compile(r"[ \-]{1,2}")


@lru_cache(maxsize=None)
def _person_context(lang: str) -> dict[str, re.Pattern]:
    """The compiled ``person_context`` patterns of ``lang/<code>/names.json`` (empty if none)."""
    from talentflow.lang import load

    d = load(lang, "names").get("person_context") or {}
    return {k: re.compile(v) for k, v in d.items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def _name_suffixes(lang: str) -> frozenset[str]:
    """persons.json ``name_suffixes``: generational suffixes written after a name ('Jr.')."""
    from talentflow.lang import load

    return frozenset(load(lang, "persons").get("name_suffixes", []))


def _en_person_context(ft: FoldedText, i: int, j: int, lex: Lexicon) -> bool:
    """A capitalized sequence is a person when its neighbours say so (``person_context`` in
    names.json)."""
    cx = _person_context(lex.lang)
    if not cx:
        return False
    before = ft.folded[max(0, ft.words[i].start - 40):ft.words[i].start]
    after = ft.folded[ft.words[j - 1].end:ft.words[j - 1].end + 30]
    if after[:1] == "." and ft.words[j - 1].text in _name_suffixes(lex.lang):
        after = after[1:]  # 'Leonard Downie Jr. will step down': the suffix's point ends no sentence
    if ft.words[j - 1].text in lex.org_suffixes or cx["not_after"].search(before):
        return False  # 'its Vision Pro headset': a product or unit, not a person
    if ft.words[i].text in lex.particles and j - i >= 2:
        told = ft.orig_text(ft.words[i].start, ft.words[i + 1].end)
        if told[:1].lower() + told[1:] in ft.original:
            return False  # 'Ten Hag took over' after 'Erik ten Hag': a surname told again
    if cx["apposition_after"].match(after):
        return True
    poss = cx["apposition_role"].match(ft.folded, ft.words[j - 1].end)
    if poss and role_at(ft.folded, poss.end(), lex):
        return True  # 'X Y, Brightwell's finance chief,' / 'X Y, chief executive of ...'
    if cx["object_of"].search(before):
        return True  # 'Brightwell named Ilse Varga as ...': the object of a hiring or firing verb
    if cx["subject_of"].match(after):
        return True
    as_role = cx["role_after"].match(ft.folded, ft.words[j - 1].end) if "role_after" in cx else None
    if as_role and role_at(ft.folded, as_role.end(), lex) and not cx["role_after_not_before"].search(before):
        return True  # 'removed Cyrus Mistry as chairman', 'took over from X as chief executive'
    if lex.role_any.search(before[-30:]) or (lex.speech and lex.speech.search(before[-15:])):
        return True
    return False


context_persons = _context_persons
