"""The shapes of the words around an unknown name that say a person is named there (the rules
_context_persons in names.py asks of a candidate word): a quoted name with a person's cue, an
anchored pair whose surname recurs, a speaker with a post, a post given after the name, an adjective
of origin or a role before it, a relative clause or an apposition after it; and the word tests they
share (a foreign word, a verb-shaped first word, a title, a speech verb).

>>> _speech_word("said", get_lexicon("en")), _speech_word("bank", get_lexicon("en"))
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from talentflow.pipeline.lexicon import Lexicon, get_lexicon
from talentflow.pipeline.names_cues import name_cues
from talentflow.pipeline.names_roles import _ends_role, _maybe_role, _role_ending_at, _role_match, role_at
from talentflow.pipeline.names_words import (
    _accusative, _article_at, _article_clitics, _common_shape, _feminine_post_given, _gap, _is_name_word, _is_nisba,
    _not_first, _plausible_name, _recurs_alone)
from talentflow.pipeline.text import FoldedText

_SPACES_ONLY = re.compile(r" {1,2}")
_START = attrgetter("start")


_QUOTED = re.compile(r'"\s?(\w+(?:[ \-]\w+){1,2})\s?"')


def _quoted_persons(ft: FoldedText, lex: Lexicon, taken: set[int], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(w0, w1, 'quoted') spans of names of two or three foreign words in quotes, as many papers
    write every name ('وقال "X Y" رئيس المجلس', 'خلفًا لـ"X Y" الذي', '«X Y»، المسؤول عن'),
    with a person's cue outside the quotes: 'خلفًا لـ' before, a role, a comma and a role, or
    'الذي' after (not a speech verb alone: papers speak too). The quotes hide the names from the rules that read adjacent words.

    >>> t = 'وقال "هوغو ماريني" رئيس مجلس الإدارة'
    >>> _quoted_persons(FoldedText.build(t, [(0, len(t))]), get_lexicon("ar"), set(), [])
    [(1, 3, 'quoted')]
    """
    words, cues, art = ft.words, name_cues(lex.lang), lex.syntax.get("role_article") or "\0"
    used = {k for a, b, _ in found for k in range(a, b)} | taken
    out = []
    for m in _QUOTED.finditer(ft.folded):
        a = bisect_left(words, m.start(1), key=_START)
        b = bisect_left(words, m.end(1), key=_START)
        if a >= len(words) or words[a].start != m.start(1) or used.intersection(range(a, b)) \
                or _article_at(ft, a, art) or not _plausible_name(ft, a, b, lex) \
                or not all(_is_name_word(ft, k, lex, taken) and (words[k].text in lex.given_names or _foreign_word(ft, k, lex))
                           for k in range(a, b)):
            continue
        before = ft.folded[max(0, m.start() - 25):m.start()].rstrip()
        prev = before.rsplit(" ", 1)[-1] if before else ""
        if not ((prev == cues.successor_clitic and before[:-1].rstrip().rsplit(" ", 1)[-1] in cues.successor_cues)
                or _quoted_cue_after(ft, m.end(), lex)):
            continue  # 'قالت "X Y" إن': a paper or an agency may speak too
        out.append((a, b, "quoted"))
        used.update(range(a, b))
    return out


def _quoted_cue_after(ft: FoldedText, pos: int, lex: Lexicon) -> bool:
    """After a quoted name: a role phrase (not a post given), a comma and one, or a relative
    pronoun only a person takes ('"X Y" رئيس المجلس', '"X Y"، المدير المالي', '"X Y" الذي')."""
    g = _AFTER_QUOTE.match(ft.folded, pos)
    if g is None:
        return False
    w = _WORD_RUN.match(ft.folded, g.end())
    if w is None:
        return False
    if w.group() in name_cues(lex.lang).person_relative:
        return True
    r = role_at(ft.folded, w.start(), lex) if _maybe_role(w.group(), lex) else None
    return bool(r) and not _accusative(ft, r.start(), lex)


_AFTER_QUOTE = re.compile(r"\s*,?\s*")


def _anchored_pairs(ft: FoldedText, lex: Lexicon, taken: set[int]) -> set[int]:
    """First words of two-word names next to a trigger ('X Y سيتنحى', 'غادر X Y') or after a
    speech verb ('أعلن X Y'), whose second word the text repeats on its own: a surname."""
    from talentflow.pipeline.scan import find_triggers

    words, folded, out = ft.words, ft.folded, set()
    ends = [(h.start, h.end) for h in find_triggers(ft, lex)]
    if lex.speech:
        ends += [(m.start(), m.end()) for m in lex.speech.finditer(folded)]
    cues = name_cues(lex.lang)
    art, letters = lex.syntax.get("role_article") or "\0", cues.letters
    for a, b in ends:
        k = bisect_left(words, b, key=_START)  # the first word after the anchor
        after = k if k < len(words) and words[k].start == b + 1 and folded[b] == " " else None
        k = bisect_left(words, a, key=_START) - 1  # the last word before it
        before = k if k >= 0 and words[k].end == a - 1 and folded[a - 1] == " " else None
        for i in (after, None if before is None else before - 1):
            if i is None or i < 0 or i + 1 >= len(words) or i in taken or i + 1 in taken:
                continue
            if _article_at(ft, i, art) or words[i + 1].text in lex.stopwords or words[i].text in lex.stopwords \
                    or not _SPACES_ONLY.fullmatch(_gap(ft, i + 1)):
                continue
            if i + 2 < len(words) and words[i + 2].text in letters:
                continue  # 'غادر سوتسكيفر أوبن إيه آي': an org's name starts at the second word
            first, second = words[i].text, words[i + 1].text
            if (_common_shape(first, lex) and first not in lex.given_names) or _verb_first(first, lex) \
                    or _common_shape(second, lex) or _not_first(ft, i + 1, lex):
                continue  # 'ضمت قائمة المغادرين': a verb and a noun
            if _is_name_word(ft, i, lex, taken) and _is_name_word(ft, i + 1, lex, taken) and _recurs_alone(ft, i + 1, lex):
                out.add(i)
    return out


def _noun_adjective(ft: FoldedText, i: int, lex: Lexicon) -> bool:
    """Are words i, i+1 after a role a noun and its feminine adjective, not a name: the first no
    given name, the second ending as written in a noun's feminine ('تفاصيل جديدة', 'خطة طموحة')?

    >>> t = "كشف الرئيس التنفيذي تفاصيل جديدة"
    >>> _noun_adjective(FoldedText.build(t, [(0, len(t))]), 3, get_lexicon("ar"))
    True
    """
    w, rx = ft.words, name_cues(lex.lang).first_written
    return bool(rx and w[i].text not in lex.given_names and i + 1 < len(w)
                and rx.search(ft.orig_text(w[i + 1].start, w[i + 1].end)))


def _title_word(t: str, lex: Lexicon) -> bool:
    """Is word ``t`` a title, a one-letter clitic allowed before it ('والدكتور', 'للدكتور': the
    article's alef drops after 'ل')?

    >>> _title_word("للدكتور", get_lexicon("ar")), _title_word("للشركة", get_lexicon("ar"))
    (True, False)
    """
    if lex.titles.fullmatch(t):
        return True
    art = lex.syntax.get("role_article") or ""
    if lex.lang == "en" or len(t) < 4 or t[0] not in lex.prefixes:
        return False
    rest = t[1:]
    return bool(lex.titles.fullmatch(rest) or (art and rest.startswith(art[1:]) and (
        lex.titles.fullmatch(art[0] + rest) or lex.titles.fullmatch(art + rest))))  # 'للواء': 'ل' + 'اللواء'


def _speech_word(t: str, lex: Lexicon) -> bool:
    """Is word ``t`` a speech verb, the conjunction allowed before it ('قال', 'وأضاف')? Memoized
    per lexicon: _context_persons asks it of the word before each candidate."""
    memo = lex.data.get("_speech_word_forms")
    if memo is None or len(memo) >= 200_000:
        memo = lex.data["_speech_word_forms"] = {}
    v = memo.get(t)
    if v is None:
        conj = lex.syntax.get("conjunction_prefix") or "\0"
        v = memo[t] = bool(lex.speech and (lex.speech.fullmatch(t) or (t.startswith(conj) and lex.speech.fullmatch(t[len(conj):]))))
    return v


def _speaker_with_post(ft: FoldedText, i: int, lex: Lexicon, taken: set[int]) -> int:
    """End of a name of two or three foreign words between a speech verb and the speaker's post,
    with no comma ('وقال X Y رئيس مجلس إدارة البنك إن'), 0 if none.

    >>> t = "وأضاف هاينر زيمرمان رئيس مجلس إدارة النادي أن المدرب باق"
    >>> _speaker_with_post(FoldedText.build(t, [(0, len(t))]), 1, get_lexicon("ar"), set())
    3
    """
    words, art = ft.words, lex.syntax.get("role_article") or "\0"
    if not _speech_word(words[i - 1].text, lex) or not _SPACES_ONLY.fullmatch(_gap(ft, i)) or _article_at(ft, i, art):
        return 0
    for j in (i + 2, i + 3):
        k = j - 1
        if k >= len(words) or not _is_name_word(ft, k, lex, taken) or (k > i and not _SPACES_ONLY.fullmatch(_gap(ft, k))) \
                or not (words[k].text in lex.given_names or _foreign_word(ft, k, lex)):
            return 0
        if j - i >= 2 and k == i + 1 and not (words[i].text in lex.given_names or _foreign_word(ft, i, lex)):
            return 0
        if _post_at(ft, j, lex) and _plausible_name(ft, i, j, lex):
            return j
    return 0


def _verb_first(first: str, lex: Lexicon) -> bool:
    """Is ``first`` (not a given name) the conjunction and a word shaped like a verb ('وتخلف'):
    no first name of a person?"""
    conj = lex.syntax.get("conjunction_prefix") or "\0"
    return first not in lex.given_names and first.startswith(conj) and _common_shape(first[len(conj):], lex)


def _origin_before(ft: FoldedText, i: int, lex: Lexicon, taken: set[int]) -> bool:
    """Does an adjective of origin, with no role before it, stand right before word i ('عيّن
    النادي البرتغالي X Y', 'أقال ... الإسباني X Y')? A definite adjective ends its noun phrase,
    so two name-like words after it start a new one: in news, the person it describes.

    >>> from talentflow.pipeline.text import FoldedText
    >>> ft = FoldedText.build("عين النادي البرتغالي دراغو فيلاريس", [(0, 35)])
    >>> _origin_before(ft, 3, get_lexicon("ar"), set())
    True
    """
    words = ft.words
    k = i - 1
    if not _is_nisba(words[k].text, lex) or k in taken or not _SPACES_ONLY.fullmatch(_gap(ft, i)) \
            or _ends_role(ft, k, lex):
        return False
    return _is_name_word(ft, i, lex, taken) and _is_name_word(ft, i + 1, lex, taken)


def _foreign_word(ft: FoldedText, k: int, lex: Lexicon) -> bool:
    """Is word k a given name, or free of the marks of a native noun or verb ('نتيجة', 'أفضى',
    'بأن', 'سريعًا')? After an adjective of origin, unlike after a role, nothing else says a
    name follows."""
    w = ft.words[k]
    if w.text in lex.given_names or ft.words[k - 1].text in lex.particles:
        return True
    marks = name_cues(lex.lang).word_marks
    return not (marks and marks.search(ft.orig_text(w.start, w.end))) and not _common_shape(w.text, lex)


def _post_given_after(ft: FoldedText, i: int, lex: Lexicon, taken: set[int]) -> bool:
    """Two name-like words right before a post in the accusative ('عيّن ... X Y مدربًا',
    'اختارت ... X Y رئيسةً تنفيذية'): the person given the post.

    >>> from talentflow.pipeline.text import FoldedText
    >>> ft = FoldedText.build("عين المجلس أمس يوليان ناغلسمان مدربا", [(0, 37)])
    >>> _post_given_after(ft, 3, get_lexicon("ar"), set())
    True
    """
    art = lex.syntax.get("role_article") or "\0"
    if _article_at(ft, i, art) or (i > 0 and i - 1 not in taken and _is_name_word(ft, i - 1, lex, taken)
                                   and not _article_at(ft, i - 1, art) and _SPACES_ONLY.fullmatch(_gap(ft, i))):
        return False  # the name would start earlier
    if not all(_is_name_word(ft, k, lex, taken) and _foreign_word(ft, k, lex) and not _article_at(ft, k, art)
               for k in (i, i + 1)) or not _SPACES_ONLY.fullmatch(_gap(ft, i + 1)) or not _SPACES_ONLY.fullmatch(_gap(ft, i + 2)):
        return False
    m = _role_match(ft, i + 2, lex)
    return bool(m) and (_accusative(ft, m.start(), lex) or _feminine_post_given(ft, m.start(), lex)) \
        and _plausible_name(ft, i, i + 2, lex)


def _relative_name(ft: FoldedText, i: int, lex: Lexicon, taken: set[int], rel: frozenset[str]) -> int:
    """Length (2 or 3) of a name that a masculine relative clause follows ('X Y، الذي ترك ...',
    'X Y الذي أقاله النادي'), 0 if none: only name-like words, with no name word before them.

    >>> from talentflow.pipeline.text import FoldedText
    >>> ft = FoldedText.build("وانضم أيضا ماتياس كروغر، الذي ترك الشركة", [(0, 40)])
    >>> _relative_name(ft, 2, get_lexicon("ar"), set(), frozenset(["الذي"]))
    2
    """
    words, art = ft.words, lex.syntax.get("role_article") or "\0"
    n = 2 if words[i + 2].text in rel else 3
    if i > 0 and i - 1 not in taken and _SPACES_ONLY.fullmatch(_gap(ft, i)) and _is_name_word(ft, i - 1, lex, taken) \
            and not _article_at(ft, i - 1, art) and words[i - 1].text not in name_cues(lex.lang).not_name \
            and _foreign_word(ft, i - 1, lex):
        return 0  # the name starts earlier ('وأبرزهم X Y، الذي' does not)
    if not re.fullmatch(r"\s*[,\u060c]?\s*", _gap(ft, i + n)) or _verb_first(words[i].text, lex):
        return 0
    for k in range(i, i + n):
        if (k > i and not _SPACES_ONLY.fullmatch(_gap(ft, k))) or _article_at(ft, k, art) \
                or not _is_name_word(ft, k, lex, taken) or not _foreign_word(ft, k, lex):
            return 0
    return n if _plausible_name(ft, i, i + n, lex) else 0


def _role_before(ft: FoldedText, i: int, lex: Lexicon, taken: set[int]) -> bool:
    """Does a role phrase (not an accusative post) end right before word i, or before a known
    org after it ('رئيسها التنفيذي X Y', 'المدير المالي لإنتل X Y', 'زميله X Y')?"""
    words = ft.words
    k = i - 1
    t = words[i].text
    if i == 0 or t in lex.stopwords or _article_at(ft, i, lex.syntax.get("role_article") or "\0") \
            or not _SPACES_ONLY.fullmatch(_gap(ft, i)) or not _is_name_word(ft, i, lex, taken):
        return False  # (no name word right here: the quick test first, the role's words after)
    while k >= 0 and k in taken and i - k <= 4:
        k -= 1  # 'الرئيس التنفيذي لإنتل X Y': skip the org the role belongs to
    cues = name_cues(lex.lang)
    if k < i - 1 and k >= 0:
        clitic = cues.role_org_clitic or "\0"
        if words[k].text in cues.role_org_links or (words[k].text in lex.org_noun_forms and words[k].text.startswith(clitic)):
            k -= 1  # 'في إنتل', 'لشركة إنتل'
        elif not words[k + 1].text.startswith(clitic):
            return False  # a person or an org not linked to the role
    if k < 0 or not ft.folded[words[k].end:words[k + 1].start].isspace():
        return False
    for _ in range(2):  # 'المدرب الهولندي X Y', 'الباحثة الكندية X Y': a nisba after the role
        if k > 0 and cues.nisba and cues.nisba.match(words[k].text) and not _ends_role(ft, k, lex) \
                and ft.folded[words[k - 1].end:words[k].start].isspace():
            k -= 1
    construct = 0
    ends = _ends_role(ft, k, lex)
    m = _role_ending_at(ft, k, lex) if ends and words[k].text not in cues.person_before else None
    if not ends or (words[k].text not in cues.person_before and m is None):
        construct = _complement_of_role(ft, k, lex) or _qualified_role(ft, k, lex)  # 'وزير المالية X Y': 'المالية' ends no role here
        k = construct or k
    if not _ends_role(ft, k, lex):
        return False
    if words[k].text not in cues.person_before:
        if construct:  # (else the role ending at k is m, found above)
            m = _role_ending_at(ft, k, lex)
        if m is None or (cues.plural_roles and cues.plural_roles.search(m.group())):  # 'الموظفين خالفا'
            return False
        # 'مؤسس X', 'رئيس X': a role with no article and no pronoun is followed by its org
        if (not construct and cues.role_definite and not cues.role_definite.search(m.group())) \
                or _accusative(ft, m.start(), lex):
            return False
    return True


def _qualified_role(ft: FoldedText, k: int, lex: Lexicon) -> int:
    """Index of the last word of a definite role that word k qualifies, with one more qualifier
    allowed before it ('السابق', 'الجديد', 'الأول السابق'), 0 if none: 'مهندسها السابق X Y',
    'رئيسها الأسبق X Y', 'نائب رئيسها الأول السابق X Y' name the person after the qualifier.

    >>> ft = FoldedText.build("ضد مهندسها السابق داريوس فيلا", [(0, 29)])
    >>> _qualified_role(ft, 2, get_lexicon("ar"))
    1
    """
    words, art, cues = ft.words, lex.syntax.get("role_article") or "\0", name_cues(lex.lang)
    for _ in range(2):
        if k < 2 or words[k].text not in lex.not_names or not _article_at(ft, k, art) or not _SPACES_ONLY.fullmatch(_gap(ft, k)):
            return 0
        k -= 1
        if _ends_role(ft, k, lex):
            m = _role_ending_at(ft, k, lex)
            ok = m is not None and cues.role_definite is not None and cues.role_definite.search(m.group()) \
                and not (cues.plural_roles and cues.plural_roles.search(m.group())) and not _accusative(ft, m.start(), lex)
            return k if ok else 0
    return 0


def _complement_of_role(ft: FoldedText, k: int, lex: Lexicon) -> int:
    """Index of the role word whose definite complement is word k (with 'الأسبق' after it), 0 if
    none: 'وزير الخزانة X Y', 'رئيس الاتحاد X Y', 'وزير الخارجية الأسبق X Y' name the person
    after the whole phrase."""
    words, art = ft.words, lex.syntax.get("role_article") or "\0"
    if k > 1 and words[k].text in lex.not_names and _article_at(ft, k, art) and _SPACES_ONLY.fullmatch(_gap(ft, k)):
        k -= 1  # 'الأسبق', 'السابق'
    if k > 0 and _ends_role(ft, k - 1, lex) and _article_at(ft, k, art) and _SPACES_ONLY.fullmatch(_gap(ft, k)) \
            and not _article_at(ft, k - 1, art) and not words[k - 1].text.startswith(_article_clitics(lex.lang)) \
            and words[k].text not in lex.org_noun_forms:
        return k - 1
    return 0


def _post_at(ft: FoldedText, j: int, lex: Lexicon) -> bool:
    """Does a role phrase, not an accusative post, start at word j right after a name?"""
    if j >= len(ft.words) or not _SPACES_ONLY.fullmatch(_gap(ft, j)) or not _maybe_role(ft.words[j].text, lex):
        return False
    m = _role_match(ft, j, lex)
    return bool(m) and not _accusative(ft, m.start(), lex)


def _words_before_comma(ft: FoldedText) -> set[int]:
    """Indexes of the words a comma follows."""
    words = ft.words  # (bisected by start: no list of every word's start for a few commas)
    return {bisect_left(words, m.start(), key=_START) - 1 for m in _COMMA.finditer(ft.folded)}


_COMMA = re.compile(r"[,\u060c]")


def _apposition_name(ft: FoldedText, i: int, lex: Lexicon, taken: set[int]) -> bool:
    """Two name words followed by a comma and a role ('رومينغ بانغ، رئيس فريق ...')."""
    words = ft.words
    if i + 2 >= len(words) or not _SPACES_ONLY.fullmatch(_gap(ft, i + 1)):
        return False
    gap = _gap(ft, i + 2)
    if "," not in gap and "\u060c" not in gap:
        return False
    art = lex.syntax.get("role_article") or "\0"
    if _article_at(ft, i, art) or _verb_first(words[i].text, lex) \
            or not (_is_name_word(ft, i, lex, taken) and _is_name_word(ft, i + 1, lex, taken)):
        return False
    cues = name_cues(lex.lang)
    if any(w.text in cues.not_name or (cues.name_shapes and cues.name_shapes.search(w.text)) for w in words[i:i + 2]):
        return False  # 'ليل الاثنين،', 'لقسم المنتجات،'
    m = cues.apposition.match(ft.folded, words[i + 1].end) if cues.apposition else None
    r = role_at(ft.folded, m.end(), lex) if m else None
    if m and r is None and cues.apposition_heads:
        return _person_apposition(ft, m.end(), lex)
    # an accusative role ('رئيسا تنفيذيا') is the post given, not an apposition
    return bool(r and not _accusative(ft, r.start(), lex))


def _person_apposition(ft: FoldedText, pos: int, lex: Lexicon) -> bool:
    """Does the apposition at ``pos`` describe a person by a head word ('أحد', 'نائب', 'كبير',
    'المسؤول' in names.json ``person_apposition_heads``) with a role or a plural of persons in
    construct within its next three words ('أحد قدامى لاعبي النادي', 'نائب المدير العام', 'أحد
    أبرز مصرفييه'), or by a head that names a person alone ('المسؤول عن ملف الطاقة')?

    >>> _person_apposition(FoldedText.build("اكد، احد قدامي لاعبي النادي", [(0, 27)]), 5, get_lexicon("ar"))
    True
    """
    cues = name_cues(lex.lang)
    end = _CLAUSE_END.search(ft.folded, pos, pos + 60)
    found = list(_WORD_RUN.finditer(ft.folded, pos, end.start() if end else pos + 60))[:4]
    if not found or found[0].group() not in cues.apposition_heads:
        return False
    if found[0].group() in cues.apposition_alone:
        return True
    for w in found[1:]:
        r = role_at(ft.folded, w.start(), lex) if _maybe_role(w.group(), lex) else None
        if (r and not _accusative(ft, r.start(), lex)) or (cues.person_plural and cues.person_plural.search(w.group())):
            return True
    return False


_CLAUSE_END, _WORD_RUN = re.compile(r"[,\u060c.:;\u061b()\n]"), re.compile(r"\w+")
