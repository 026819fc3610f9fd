"""What one word or a short span looks like to the context-name rules of names.py: a name word
(not a stopword, trigger, role word or article-with-clitic), the article as written, the gap
between words, an adjective of origin, a verb's or noun's shape, the accusative, and whether a
span after a role is a plausible name (its third word a name's tail).

>>> from talentflow.pipeline.text import FoldedText
>>> ft = FoldedText.build("Jane Roe left", [(0, 13)])
>>> _is_name_word(ft, 0, get_lexicon("en"), set()), _is_name_word(ft, 2, get_lexicon("en"), set())
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from talentflow.pipeline.lexicon import Lexicon, get_lexicon
from talentflow.pipeline.names_cues import name_cues
from talentflow.pipeline.text import FoldedText


def _strip_variants(word: str, lex: Lexicon) -> tuple[tuple[str, int], ...]:
    """(remainder, prefix length) for each clitic prefix of ``word`` (as in entities.py)."""
    return _strip_cached(word, lex.prefixes) if lex.prefixes else ()


@lru_cache(maxsize=200_000)
def _strip_cached(word: str, prefixes: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    return tuple((word[len(p):], len(p)) for p in prefixes if word.startswith(p) and len(word) - len(p) >= 2)


def _is_name_word(ft: FoldedText, i: int, lex: Lexicon, taken: set[int]) -> bool:
    words = ft.words
    if i >= len(words) or i in taken:
        return False
    w = words[i]
    t = w.text
    if lex.lang != "en":  # the word form alone decides (memoized per lexicon)
        memo = lex.data.get("_name_word_forms")
        if memo is None or len(memo) >= 200_000:
            memo = lex.data["_name_word_forms"] = {}
        v = memo.get(t)
        if v is None:
            v = memo[t] = _name_word_form(t, lex)
        return v
    if len(t) < 2:
        return _name_letter(ft, w)
    if t.isdigit() or t in lex.stopwords or t in lex.not_names:
        return False
    if t in lex.months:  # a month's name glued into a name by a hyphen is a given name ('Pieter-Jan')
        return ft.original[ft.to_orig(w.start)].isupper() and (
            (i > 0 and _gap(ft, i) == "-" and ft.words[i - 1].text not in lex.months)
            or (i + 1 < len(ft.words) and _gap(ft, i + 1) == "-" and ft.words[i + 1].text not in lex.months))
    return (ft.original[w.start] if ft.offsets is None else ft.original[ft.to_orig(w.start)]).isupper()


def _name_word_form(t: str, lex: Lexicon) -> bool:
    """_is_name_word of a word ``t`` not taken, in a language without capitals (Arabic).

    >>> _name_word_form("سامر", get_lexicon("ar")), _name_word_form("بالشركة", get_lexicon("ar"))
    (True, False)
    """
    if len(t) < 2 or t.isdigit() or t in lex.stopwords or t in lex.not_names or t in lex.months:
        return False
    if t in lex.org_nouns or _lexical(lex.lang, t) or _article_after_clitic(t, lex):
        return False
    return not t.isascii()


def _name_letter(ft: FoldedText, w) -> bool:
    """A capital letter glued to a name: an initial ('J. R. Whitcombe', 'John F. Kennedy') or the
    head of 'O'Driscoll', 'D'Souza' (not 'U.S.', not "I'm").

    >>> ft = FoldedText.build("Siobhan O'Driscoll", [(0, 18)])
    >>> _name_letter(ft, ft.words[1])
    True
    """
    o = ft.to_orig(w.start)
    text = ft.original
    if not text[o].isupper():
        return False
    if o > 0 and text[o - 1] in ".'\u2019":
        # the second of two glued initials ('J.B. Bickerstaff', 'T.J. Okoro'), not 'U.S.', 'U.K.'
        return text[o - 1] == "." and bool(_SECOND_INITIAL.match(text, max(0, o - 3))) \
            and (text[o - 2] + text[o]).lower() not in _initial_pairs()
    return bool(_LETTER_GLUE.match(text, o + 1))


_LETTER_GLUE = re.compile(r"['\u2019][A-Z]|\.\s?[A-Z]")
_SECOND_INITIAL = re.compile(r"(?:^|[^\w.])[A-Z]\.[A-Z]\. ?[A-Z][a-z]")


@lru_cache(maxsize=1)
def _initial_pairs() -> frozenset[str]:
    """Two glued capitals that abbreviate a place or a time, never initials (en names.json)."""
    from talentflow.lang import load

    return frozenset(load("en", "names").get("initial_pairs_not_names", []))


def _article_after_clitic(t: str, lex: Lexicon) -> bool:
    """'للانضمام', 'بالشركة': a preposition and the article start no name word ('كالهون' is
    a name: that clitic is rare in news). Two letters after them make no noun: 'باليا', 'بالمر'
    are names."""
    cl = _article_clitics(lex.lang)
    return t.startswith(cl) and any(len(t) - len(p) >= 3 for p in cl if t.startswith(p))


@lru_cache(maxsize=None)
def _article_clitics(lang: str) -> tuple[str, ...]:
    lex = get_lexicon(lang)
    art, rare = lex.syntax.get("role_article"), name_cues(lang).rare_article_clitics
    return tuple(p for p in lex.prefixes if art and p.endswith(art) and p != art and p not in rare)


@lru_cache(maxsize=200_000)
def _lexical(lang: str, word: str) -> bool:
    """Is ``word`` a trigger or role word (never part of a name)? Only the triggers and roles
    whose first characters fit the word are tried (the prefix indexes of scan.py).

    >>> _lexical("en", "resigned"), _lexical("en", "Halvorsen".lower())
    (True, False)
    """
    from talentflow.pipeline.scan import _index, _role_order

    lex = get_lexicon(lang)
    triggers = lex.triggers
    if any(triggers[i].regex.fullmatch(word) for i in _index(lex, "triggers").candidates(word, 0)):
        return True
    roles = _role_order(lex)
    return any(roles[i][0].fullmatch(word) for i in _index(lex, "roles").candidates(word, 0))


def _article_at(ft: FoldedText, k: int, art: str) -> bool:
    """Does word k start with the article as written ('الدار' folded from 'إلدار', 'آلن' from
    'آلن' do not: a hamza or madda on the alef makes it a name's first letter)?"""
    w = ft.words[k]
    return w.text.startswith(art) and ft.original[ft.to_orig(w.start)] == art[0]


def _gap(ft: FoldedText, i: int) -> str:
    """Text between word i-1 and word i."""
    return ft.folded[ft.words[i - 1].end:ft.words[i].start]


def _is_nisba(t: str, lex: Lexicon) -> bool:
    """Has ``t`` the shape of a definite adjective of origin ('الهولندي', 'الإسبانية')? Memoized."""
    memo = _NISBA.setdefault(lex.lang, {})
    v = memo.get(t)
    if v is None:
        rx = name_cues(lex.lang).nisba
        v = bool(rx and rx.match(t))
        if len(memo) < 200_000:
            memo[t] = v
    return v


_NISBA: dict[str, dict[str, bool]] = {}  # lang -> word -> is it an adjective of origin


def _common_shape(t: str, lex: Lexicon) -> bool:
    """Has ``t`` the shape of a verb or an adverb, never a third name word ('قدّم', 'اعتبارًا')?"""
    shapes = name_cues(lex.lang).tail_shapes
    return bool(shapes and shapes.search(t))


def _trim_name(ft: FoldedText, i: int, j: int, lex: Lexicon) -> int:
    """End of the name [i, j) before a third or later word that shows no sign of a name."""
    particles = lex.particles
    for k in range(i + 2, j):
        if ft.words[k].text not in particles and ft.words[k - 1].text not in particles and not _name_tail(ft, k, lex):
            return k
    return j


def _name_tail(ft: FoldedText, k: int, lex: Lexicon) -> bool:
    """Can word k end a name of three words or more: a family name with the article, a given
    name (nasab), the word after a particle, or a surname the text repeats on its own?"""
    words = ft.words
    t = words[k].text
    prev = words[k - 1].text
    art = lex.syntax.get("role_article") or "\0"
    if t in lex.given_names or prev in lex.particles or (
            t.startswith(art) and (re.match(lex.syntax["not_first_name"], t) or prev in lex.given_names)):
        return True
    marks = name_cues(lex.lang).word_marks
    if t.startswith(art) or (marks and marks.search(ft.orig_text(words[k].start, words[k].end))):
        return False  # the marks of an Arabic noun or verb ('بأثر', 'رئاسة', 'قدّم', 'دعوى')
    if not _common_shape(t, lex):
        return True  # 'غاسيه', 'هولثاوس'
    return _recurs_alone(ft, k, lex)


def _recurs_alone(ft: FoldedText, k: int, lex: Lexicon) -> bool:
    """Is word k written again elsewhere (a clitic allowed), not after the word before it: a
    surname the text repeats on its own ('... درو باغلينو ... وكتب باغلينو')?"""
    words, folded = ft.words, ft.folded
    t, prev = words[k].text, words[k - 1].text
    p = folded.find(t)
    while p >= 0:
        e = p + len(t)
        if p != words[k].start and not (e < len(folded) and (folded[e].isalnum() or folded[e] == "_")):
            q = p
            while q > 0 and p - q < 4 and (folded[q - 1].isalnum() or folded[q - 1] == "_"):
                q -= 1
            clitic = folded[q:p]
            if (not clitic or clitic in lex.prefixes) and not folded[max(0, q - len(prev) - 3):q].rstrip().endswith(prev):
                if not (q > 0 and (folded[q - 1].isalnum() or folded[q - 1] == "_")):
                    return True
        p = folded.find(t, e)
    return False


def _plausible_name(ft: FoldedText, i: int, j: int, lex: Lexicon) -> bool:
    """Words [i, j) after a role: a first name is no conjunction, no 'for X' ('لشؤون', 'لقسم';
    a name such as 'ليو' has a vowel after the letter, and is not an org the text repeats), no
    word of a date or a department."""
    words, cues = ft.words, name_cues(lex.lang)
    first = words[i].text
    if first not in lex.given_names:
        conj, clitic = lex.syntax.get("conjunction_prefix") or "\0", cues.role_org_clitic or "\0"
        if first.startswith(conj) or _not_first(ft, i, lex):
            return False
        if first.startswith(clitic) and (first[1:2] not in cues.vowel_letters or
                                         re.search(r"(?<!\w)" + re.escape(first[1:]) + r"(?!\w)", ft.folded)):
            return False
    art = lex.syntax.get("role_article") or "\0"
    if _article_at(ft, i + 1, art) and first not in lex.given_names \
            and not re.match(lex.syntax["not_first_name"], words[i + 1].text):
        return False  # 'أبحاث الذكاء': a noun and its complement; 'X الخضيري' is a family name
    if any((lex.speech and lex.speech.fullmatch(w.text)) or (w.text in cues.letters and w.text not in lex.particles)
           for w in words[i:j]):
        return False  # 'مدير العمليات أعلنت ...'
    if _common_shape(words[i + 1].text, lex) and not _name_tail(ft, i + 1, lex):
        return False  # 'X يرضخ': a verb after a single name
    return not any(w.text in cues.not_name or (cues.name_shapes and cues.name_shapes.search(w.text)) for w in words[i:j])


def _not_first(ft: FoldedText, k: int, lex: Lexicon) -> bool:
    """Has word k the shape of a noun, never a first name ('مؤقتة', 'منصبه', 'الشركات'), folded or
    as written (the folded 'ه' of 'رينيه' and of 'مؤقتة' differ in the text)?"""
    cues, w = name_cues(lex.lang), ft.words[k]
    if cues.plural_first and cues.plural_first.search(w.text) and not _foreign_next(ft, k, lex):
        return True  # 'موظفين', 'عامين'; not 'جوستين لابورد'
    return bool((cues.first_shapes and cues.first_shapes.search(w.text)) or w.text in cues.not_first_words
                or (cues.first_written and cues.first_written.search(ft.orig_text(w.start, w.end))))


def _foreign_next(ft: FoldedText, k: int, lex: Lexicon) -> bool:
    """Is word k, shaped like a plural, followed by a foreign name word (no article, no mark of
    a native noun or verb, not plural-shaped itself), with neither word marked as native: a
    transliterated first name ('كيرستين هوفمان', 'جوستين لابورد'), not 'موظفين سابقين'?

    >>> ft = FoldedText.build("قال زميله جوستين لابورد", [(0, 23)])
    >>> _foreign_next(ft, 2, get_lexicon("ar")), _foreign_next(FoldedText.build("موظفين سابقين", [(0, 13)]), 0, get_lexicon("ar"))
    (True, False)
    """
    words, cues = ft.words, name_cues(lex.lang)
    if k + 1 >= len(words) or not _SPACE.fullmatch(_gap(ft, k + 1)) or not _is_name_word(ft, k + 1, lex, set()):
        return False
    nxt = words[k + 1].text
    if nxt.startswith(lex.syntax.get("role_article") or "\0") or _common_shape(nxt, lex) \
            or (cues.plural_first and cues.plural_first.search(nxt)) or (cues.first_shapes and cues.first_shapes.search(nxt)):
        return False
    marks = cues.word_marks
    return not (marks and (marks.search(ft.orig_text(words[k].start, words[k].end))
                           or marks.search(ft.orig_text(words[k + 1].start, words[k + 1].end))))


_SPACE = re.compile(r" {1,2}")


def _accusative(ft: FoldedText, pos: int, lex: Lexicon) -> bool:
    """The word at ``pos`` is in the accusative ('رئيسًا', not 'مديرها'): a post given, not held."""
    cues = name_cues(lex.lang)
    if cues.accusative is not None and cues.accusative.match(ft.folded, pos) is not None:
        return True
    if cues.accusative_written is None:  # 'مديرةً', 'مستشارةً': folding drops the feminine tanween
        return False
    m = _WORD_AT.match(ft.folded, pos)
    return bool(m) and cues.accusative_written.search(ft.orig_text(pos, m.end())) is not None


_WORD_AT = re.compile(r"\w+")


_TEXT = attrgetter("text")
_HELD: list = [None, None]  # [FoldedText, its words' texts] while find_entities reads that document


def hold_texts(ft: FoldedText | None) -> FoldedText | None:
    """Make :func:`word_texts` of ``ft`` one list until the next call (None: none held); returns
    the document held before. find_entities holds its document: its rules read every word's
    text in several passes, and it changes no word for long (see entities._list_members)."""
    before = _HELD[0]
    _HELD[0], _HELD[1] = ft, None if ft is None else list(map(_TEXT, ft.words))
    return before


def word_texts(ft: FoldedText) -> list[str]:
    """The folded text of each word of ``ft`` (the held list when ``ft`` is held).

    >>> word_texts(FoldedText.build("Jane Roe left", [(0, 13)]))
    ['jane', 'roe', 'left']
    """
    if _HELD[0] is ft:
        return _HELD[1]
    return list(map(_TEXT, ft.words))


_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


def _written_given(ft: FoldedText, i: int, lex: Lexicon) -> bool:
    """Is word i, as written, a given name whose folded form is a stopword (``given_names_written``
    in names.json: 'علي', Ali, folds onto 'على', on), bare or after a one-letter clitic?

    >>> ft = FoldedText.build("عيّن البنك عليّ الكعبي", [(0, 22)])
    >>> _written_given(ft, 2, get_lexicon("ar")), _written_given(ft, 1, get_lexicon("ar"))
    (True, False)
    """
    given = name_cues(lex.lang).given_written
    if not given or ft.words[i].text not in lex.stopwords and ft.words[i].text[1:] not in lex.stopwords:
        return False
    w = ft.words[i]
    s = _DIACRITICS.sub("", ft.orig_text(w.start, w.end))
    return s in given or (len(s) > 3 and s[0] in lex.prefixes and s[1:] in given)



def _given_written_next(ft: FoldedText, k: int, lex: Lexicon) -> bool:
    """Can word k follow a given name written like a stopword ('علي', _written_given) when the
    preposition ('على', also written 'علي') is the other reading: a given name (nasab), a family
    name of the nisba shape ('الكعبي', not 'الرغم'), or a name word without the marks of a
    native word ('موافقة', 'المدى', 'خطته' follow the preposition)?

    >>> ft = FoldedText.build("علي الكعبي علي الرغم", [(0, 20)])
    >>> _given_written_next(ft, 1, get_lexicon("ar")), _given_written_next(ft, 3, get_lexicon("ar"))
    (True, False)
    """
    if k >= len(ft.words):
        return False
    w = ft.words[k]
    if w.text in lex.given_names:
        return True
    marks = name_cues(lex.lang).word_marks
    if marks and marks.search(_DIACRITICS.sub("", ft.orig_text(w.start, w.end))):
        return False
    art = lex.syntax.get("role_article") or "\0"
    if w.text.startswith(art):
        return bool(re.match(lex.syntax["not_first_name"], w.text))
    return _is_name_word(ft, k, lex, set())


def _feminine_post_given(ft: FoldedText, pos: int, lex: Lexicon) -> bool:
    """A feminine post written without its tanween at ``pos`` ('رئيسة تنفيذية', 'عميدة'), a verb
    of appointing three to six words before it in its sentence ('عيّن البنك X Y رئيسة'): the
    post given to the two words before it, as the accusative would say (_accusative).

    >>> ft = FoldedText.build("عيّن البنك هيلينا فارغاس رئيسة تنفيذية", [(0, 38)])
    >>> _feminine_post_given(ft, ft.words[4].start, get_lexicon("ar"))
    True
    """
    cues = name_cues(lex.lang)
    m = _WORD_AT.match(ft.folded, pos)
    if cues.appoint_verbs is None or cues.feminine_post is None or not m \
            or cues.feminine_post.search(ft.orig_text(pos, m.end())) is None:
        return False
    k = ft.word_index(pos)
    s, _ = ft.sents[ft.sent_of(pos)] if ft.sents else (0, 0)
    return any(ft.words[v].start >= s and cues.appoint_verbs.match(ft.words[v].text)
               for v in range(max(0, k - 6), k - 2))

