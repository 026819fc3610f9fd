"""Persons and organizations in a document: KB gazetteer, context patterns, coreference.

1. Gazetteer (entities_kb.py): every alias of ``talentflow.kb.load_kb()`` as a sequence of folded
   words; a clitic (lang/<code>/clitics.json) is stripped from a word only when the rest starts an alias.
2. Context: unknown persons from titles, known given names, role + name, name + apposition
   (English also capitalization); unknown orgs from org nouns and suffixes.
3. Coreference: a surname alone links back to the full name found in the same document.

>>> ents = find_entities(FoldedText.build("Mike Liberatore left xAI.", [(0, 25)]), "en")
>>> [(e.type, e.id) for e in ents]
[('person', 'person:mike-liberatore'), ('org', 'org:xai')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from talentflow.lang.normalize import fold
from talentflow.pipeline.entities_kb import (  # noqa: F401 - _kb: event_kinds.py and eval import it from here
    Mention, _kb, _kb_mentions, _resolve, _strip_variants)
from talentflow.pipeline.lexicon import Lexicon, get_lexicon
from talentflow.pipeline.text import FoldedText
from talentflow.pipeline.names import (  # noqa: F401 - context names live in names.py
    _article_clitics, _context_persons, _en_person_context, _extend_name, _gap, _is_name_word, _lexical)
from talentflow.pipeline.names_cues import name_cues
from talentflow.pipeline.names_roles import role_at
from talentflow.pipeline.names_words import hold_texts, word_texts
from talentflow.pipeline.names_orgs import _descriptors, cue_org_mentions, definite_orgs, extend_org
from talentflow.pipeline.names_forms import acronym_mentions, same_org_forms, without_compound_orgs


# --- unknown names from context --------------------------------------------------------------

def _context_orgs(ft: FoldedText, lex: Lexicon, taken: set[int]) -> list[tuple[int, int]]:
    out = []
    words = ft.words
    heads = _org_heads(lex)
    for i in list(compress(count(), map(heads.__contains__, word_texts(ft)))):  # the others start no rule
        w = words[i]
        if i in taken:
            continue
        t = w.text
        noun = t in lex.org_noun_forms
        q = _quoted_name(ft, lex, taken, i) if noun and i + 1 < len(words) and '"' in ft.folded[
            w.end:w.end + 40] else None
        if q:  # 'شركة «أفتوفاز»', 'مجموعة "إتصالات"': the quotes bound the name exactly
            out.append(q)
        elif noun and i + 1 < len(words) and _NAME_SPACE.fullmatch(_gap(ft, i + 1)) \
                and words[i + 1].text not in lex.org_generic and not _descriptor(ft, lex, i + 1):
            j = i + 1
            while j < len(words) and j - i <= 3 and j not in taken:
                tj = words[j].text
                if j > i + 1 and not _NAME_SPACE.fullmatch(_gap(ft, j)):
                    break
                if tj in lex.stopwords or tj in lex.months or tj.isdigit() or _lexical(lex.lang, tj) \
                        or tj in lex.org_nouns or _indefinite_after_definite(lex, words[j - 1].text, tj) \
                        or _name_breaker(lex, tj) or tj in _stop_verbs(lex.lang) \
                        or (j > i + 1 and tj in lex.given_names and _person_starts(ft, lex, j)) \
                        or (j > i + 1 and bool(lex.titles and lex.titles.fullmatch(tj))):  # 'جامعة الريان الدكتور X'
                    break
                j += 1
            if j > i + 1:
                keep_noun = bool(lex.syntax["noun_clitics"]) and not t.endswith(lex.syntax["company_noun"])
                end = i + 4 if j > i + 3 and _for_complement(ft, lex, i + 2) else min(j, i + 3)
                out.append((i if keep_noun and not _has_clitic(t, lex) else i + 1, end))
        elif noun and lex.lang != "en" and i + 1 < len(words) and words[i + 1].text in lex.org_generic:
            span = _name_after_generic(ft, lex, taken, i + 1)
            if span:
                out.append(span)
        elif lex.lang == "en" and t in lex.org_suffixes and (i - 1) not in taken \
                and not ft.folded.startswith("-", words[i].end):  # 'co-founder' is no 'Co'
            k, inner = i - 1, name_cues(lex.lang).org_inner
            while k >= 0 and k not in taken and i - k <= 3 and _IN_NAME_GAP.fullmatch(ft.folded[words[k].end:words[k + 1].start]) \
                    and (_is_name_word(ft, k, lex, taken)  # 'Roe, Co' is two
                         or (words[k].text in inner or words[k].text in lex.org_suffixes)
                         and ft.original[ft.to_orig(words[k].start)].isupper()):
                k -= 1
            if all(words[x].text in inner or words[x].text in lex.org_suffixes for x in range(k + 1, i)):
                k = i - 1  # 'the National Bank': a name needs a name word
            elif k + 1 < i and words[k + 1].text in _descriptors(lex.lang):
                k += 1  # 'Rival Tessaro Bank hired ...'
            end = _of_name_end(ft, lex, taken, i)
            if end == i + 1 and end < len(words) and end not in taken and words[end].text in lex.org_suffixes \
                    and _SPACE_GAP.fullmatch(_gap(ft, end)) and ft.original[ft.to_orig(words[end].start)].isupper():
                continue  # 'Halvorsen Freight Co': the last suffix closes the name
            if k + 1 < i or end > i + 1:
                out.append((k + 1, end))
    return out


def _surname_of_given(ft: FoldedText, lex: Lexicon, m: Mention) -> bool:
    """Arabic: is a one-word KB org the surname of the given name before it, after an adjective
    of origin ('مع البرتغالي ألكسندر سانتوس' is a coach, not the club Santos)?"""
    i, words = m.w0, ft.words
    if m.type != "org" or m.w1 - i != 1 or i < 2 or lex.lang == "en" or words[i - 1].text not in lex.given_names:
        return False
    from talentflow.pipeline.names_words import _is_nisba

    return ft.folded[words[i - 1].end:words[i].start] == " " and _is_nisba(words[i - 2].text, lex)


def _person_starts(ft: FoldedText, lex: Lexicon, j: int) -> bool:
    """'لشركة نخيل سامي الحلبي': a given name after an org's first name word, with a name word
    after it, starts the person the org introduces (not 'مؤسسة محمد بن راشد', a father's name).

    >>> t = "لشركة نخيل سامي الحلبي"
    >>> _person_starts(FoldedText.build(t, [(0, len(t))]), get_lexicon("ar"), 2)
    True
    """
    words = ft.words
    return j + 1 < len(words) and words[j - 1].text not in _eponym_words(lex.lang)[2] \
        and bool(_NAME_SPACE.fullmatch(_gap(ft, j + 1))) and words[j + 1].text not in lex.stopwords \
        and not _lexical(lex.lang, words[j + 1].text)


@lru_cache(maxsize=None)
def _stop_verbs(lang: str) -> frozenset[str]:
    """names.json ``org_name_stop_verbs``: verbs an org is the subject of ('وكان نادي X أعلن'),
    which end its name."""
    from talentflow.lang import load

    return frozenset(fold(w) for w in load(lang, "names").get("org_name_stop_verbs", []))


def _org_heads(lex: Lexicon) -> frozenset[str]:
    """The words _context_orgs looks at: an org noun, or in English also an org suffix."""
    got = lex.data.get("_entities_org_heads")
    if got is None:
        got = lex.data["_entities_org_heads"] = lex.org_noun_forms | (lex.org_suffixes if lex.lang == "en" else frozenset())
    return got


def _name_breaker(lex: Lexicon, t: str) -> bool:
    """A word of time or amount ('li-muddat', 'sanawat', 'nahwa'), bare or behind a clitic, ends an
    org's name: 'bank X li-muddat 10 a'wam' is the bank X for ten years (names.json ``org_name_breakers``).

    >>> _name_breaker(get_lexicon("en"), "for")
    False
    """
    cues = name_cues(lex.lang)
    words = cues.name_breakers
    if t in cues.name_breakers_bare:
        return True  # 'جامعة جديد' (a new university), not 'الحكومة الجديدة'
    return bool(words) and (t in words or any(rest in words for rest, _ in _strip_variants(t, lex)))


def _of_name_end(ft: FoldedText, lex: Lexicon, taken: set[int], i: int) -> int:
    """End of 'University of Pennsylvania', 'Central Bank of Egypt': a capitalized org suffix
    word, 'of' and capitalized name words (up to three) continue one org name.

    >>> ft = FoldedText.build("The University of Pennsylvania said", [(0, 35)])
    >>> _of_name_end(ft, get_lexicon("en"), set(), 1)
    4
    """
    words = ft.words
    k = i + 2
    if k >= len(words) or words[i + 1].text != "of" or not ft.original[ft.to_orig(words[i].start)].isupper() \
            or i + 1 in taken or not (_SPACE_GAP.fullmatch(_gap(ft, i + 1)) and _SPACE_GAP.fullmatch(_gap(ft, k))):
        return i + 1
    j, joiners, inner = k, name_cues(lex.lang).joiners, name_cues(lex.lang).org_inner
    while j < len(words) and j - k < 4:
        if j > k and words[j].text in joiners and words[j].text != "the" and j + 1 < len(words) \
                and _SPACE_GAP.fullmatch(_gap(ft, j)) and _is_name_word(ft, j + 1, lex, taken):
            j += 1  # 'Ministry of Harbours and Fisheries'
        elif not ((j == k or _SPACE_GAP.fullmatch(_gap(ft, j)) or re.fullmatch(r"\s?&\s?", _gap(ft, j)))
                  and (_is_name_word(ft, j, lex, taken) or words[j].text in inner
                       and ft.original[ft.to_orig(words[j].start)].isupper())):
            break
        j += 1
    while j > k and words[j - 1].text in inner:
        j -= 1
    return j if j > k else i + 1


_NAME_SPACE = re.compile(r"[^\S\n]{1,2}")  # a name goes on over spaces, never over a line break
_IN_NAME_GAP = re.compile(r"\s+|-|\s?&\s?")  # 'Wal-Mart Stores', 'Co-Operative Bank', 'Bed Bath & Beyond Inc'
_QUOTE_OPEN = re.compile(r'[^\S\n]?"')  # folded text writes every quotation mark as '"'


def _quoted_name(ft: FoldedText, lex: Lexicon, taken: set[int], i: int) -> tuple[int, int] | None:
    """Span of a name of one to three words quoted after the org noun at word i, right after it
    or after up to three definite words describing it ('شركة «زين»', 'شركة الاتصالات المتنقلة
    "زين"'); the noun is indefinite ('قالت الشركة "..."' quotes a statement), else None.

    >>> t = 'عينت شركة "نوفا لاب" مديرا'
    >>> _quoted_name(FoldedText.build(t, [(0, len(t))]), get_lexicon("ar"), set(), 1)
    (2, 4)
    """
    words = ft.words
    art = lex.syntax.get("role_article") or "\0"
    if words[i].text.startswith(art):
        return None
    k = i + 1
    while k < min(i + 4, len(words)) and not _QUOTE_OPEN.fullmatch(_gap(ft, k)):
        if not (words[k].text.startswith(art) and _NAME_SPACE.fullmatch(_gap(ft, k))):
            return None
        k += 1
    if k >= len(words) or not _QUOTE_OPEN.fullmatch(_gap(ft, k)):
        return None
    for j in range(k, min(k + 3, len(words))):
        tj = words[j].text
        if j in taken or tj in lex.stopwords or tj.isdigit() or (j > k and not _NAME_SPACE.fullmatch(_gap(ft, j))):
            return None
        if ft.folded.startswith('"', words[j].end):
            return k, j + 1
    return None


def _descriptor(ft: FoldedText, lex: Lexicon, k: int) -> bool:
    """Is word k an indefinite adjective that describes the org noun before it ('صحيفة رياضية',
    'شركة ناشئة'), not a name (names.json ``org_descriptor_shapes``)?

    >>> _descriptor(FoldedText.build("صحيفة رياضية", [(0, 12)]), get_lexicon("ar"), 1)
    True
    """
    rx = name_cues(lex.lang).descriptor_written
    return bool(rx and rx.search(ft.orig_text(ft.words[k].start, ft.words[k].end)))


def _name_after_generic(ft: FoldedText, lex: Lexicon, taken: set[int], k: int) -> tuple[int, int] | None:
    """'شركة الطيران كاثي باسيفيك', 'مجموعة التأمين البريطانية برودنشال': after an org noun, its
    sector and the adjectives that agree with it, the words that look like a name are the org.

    >>> ft = FoldedText.build("شركة الطيران كاثي باسيفيك", [(0, 25)])
    >>> _name_after_generic(ft, get_lexicon("ar"), set(), 1)
    (2, 4)
    """
    from talentflow.pipeline.names import _foreign_word

    words, art = ft.words, lex.syntax.get("role_article") or "\0"
    k += 1
    while k < len(words) and words[k].text.startswith(art) and k not in taken and _SPACE_GAP.fullmatch(_gap(ft, k)):
        k += 1  # 'البريطانية', 'الاصطناعي'
    j = k
    while j < len(words) and j - k < 3 and j not in taken and _SPACE_GAP.fullmatch(_gap(ft, j)) \
            and not words[j].text.startswith(art) and _is_name_word(ft, j, lex, taken) and _foreign_word(ft, j, lex) \
            and words[j].text not in lex.org_nouns and words[j].text not in name_cues(lex.lang).not_org:
        j += 1
    return (k, j) if j > k else None


_SPACE_GAP = re.compile(r"\s{1,2}")


def _indefinite_after_definite(lex: Lexicon, prev: str, t: str) -> bool:
    """A word with no article after one with it starts a new phrase, not the org's name going on
    ('الاتحاد الهولندي | باتريك كلويفرت', 'رئيس الاتحاد | إريك ثوهير'): a definite noun takes no
    genitive and its adjectives carry the article too ('لكرة القدم' continues: 'for' + noun; a
    title's name too: 'جامعة الملك فهد')."""
    art = lex.syntax.get("role_article")
    if not art or lex.lang == "en":
        return False
    definite = (prev.startswith(art) or prev.startswith(_article_clitics(lex.lang))) and prev not in name_cues(lex.lang).titles
    return definite and not t.startswith(art) and not t.startswith(_article_clitics(lex.lang)) \
        and not t.startswith(name_cues(lex.lang).role_org_clitic or "\0") and t not in name_cues(lex.lang).letters


def _for_complement(ft: FoldedText, lex: Lexicon, k: int) -> bool:
    """Word k is 'for' + a noun and word k+1 its definite complement: the org's name goes on
    ('الاتحاد العماني لكرة القدم', 'الهيئة العامة للطيران المدني')."""
    clitic, art = name_cues(lex.lang).role_org_clitic, lex.syntax.get("role_article")
    if not clitic or not art or k + 1 >= len(ft.words):
        return False
    t, nxt = ft.words[k].text, ft.words[k + 1].text
    return t.startswith(clitic) and len(t) > 3 and nxt.startswith(art) and nxt not in lex.syntax["gap_fillers"]


def _has_clitic(t: str, lex: Lexicon) -> bool:
    return t not in lex.org_nouns


@lru_cache(maxsize=None)
def _eponym_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Place and prize nouns, the honorifics that may follow them, and the particles of a
    father's name (persons.json)."""
    from talentflow.lang import load

    d = load(lang, "persons")
    return (frozenset(fold(w) for w in d.get("eponym_nouns", [])),
            frozenset(fold(w) for w in d.get("eponym_honorifics", [])),
            frozenset(fold(w) for w in d.get("patronymic_particles", [])))


def _named_after(ft: FoldedText, lex: Lexicon, w0: int) -> bool:
    """'مستشفى الملك فهد', 'كأس الأمير X': a name right after a place, cup or prize noun (an
    honorific may stand between) names that place, not a person in the story.

    >>> _named_after(FoldedText.build("Jane Roe left.", [(0, 14)]), get_lexicon("en"), 0)
    False
    """
    nouns, hon, _ = _eponym_words(lex.lang)
    k = w0 - 1
    if not nouns or k < 0:
        return False
    if ft.words[k].text in hon and not ft.words[w0].text in hon:
        k -= 1
    t = ft.words[k].text if k >= 0 else ""
    art = lex.syntax.get("role_article") or "\0"  # 'عيّنت الجامعة X Y': a noun with the article names no place
    return t in nouns or any(r in nouns for r, n in _strip_variants(t, lex) if not t[:n].endswith(art))


def _add_place_org(ft: FoldedText, lex: Lexicon, ents: list[Mention], taken: set[int], w0: int, w1: int) -> None:
    """The institution a name at words [w0, w1) is part of, when its noun is an employer
    ('مستشفى الملك فهد التخصصي', 'مؤسسة X للإسكان'): the noun, the name, then one adjective
    with the article or one 'for'-complement."""
    words, hon = ft.words, _eponym_words(lex.lang)[1]
    k = w0 - 2 if words[w0 - 1].text in hon and words[w0].text not in hon else w0 - 1
    t = words[k].text
    employers = _eponym_employers(lex.lang)
    if not (t in lex.org_noun_forms or t in employers or any(r in employers for r, _ in _strip_variants(t, lex))) \
            or any(x in taken for x in range(k, w1)):
        return
    art, j, cues = lex.syntax.get("role_article") or "\0", w1, name_cues(lex.lang)
    nxt = words[j].text if j < len(words) and j not in taken and _SPACE_GAP.fullmatch(_gap(ft, j)) else ""
    if nxt.startswith((art, (cues.role_org_clitic or "\0") + art[-1:])) and nxt not in cues.titles \
            and nxt not in lex.syntax["gap_fillers"] or _for_complement(ft, lex, j):
        j += 1  # 'التخصصي', 'للإسكان', 'لكرة القدم'
    own = t in lex.org_nouns or t in employers
    s = words[k].start + (0 if own else next((n for r, n in _strip_variants(t, lex) if r in lex.org_nouns or r in employers), 0))
    ref = _resolve(ft.orig_text(s, words[j - 1].end), "org")
    ents.append(Mention(s, words[j - 1].end, k, j, "org", ref.id, ref.name, "context"))
    taken.update(range(k, j))


@lru_cache(maxsize=None)
def _eponym_employers(lang: str) -> frozenset[str]:
    from talentflow.lang import load

    return frozenset(fold(w) for w in load(lang, "persons").get("eponym_employers", []))


def find_entities(ft: FoldedText, lang: str) -> list[Mention]:
    """All person and org mentions in the document, sorted by position.

    >>> [m.name for m in find_entities(FoldedText.build("Jane Roe left xAI.", [(0, 18)]), "en")]
    ['Jane Roe', 'xAI']
    """
    before = hold_texts(ft)  # the rules below read every word's text in several passes
    try:
        return _find_entities(ft, lang)
    finally:
        hold_texts(before)


def _find_entities(ft: FoldedText, lang: str) -> list[Mention]:
    lex = get_lexicon(lang)
    kb = _kb_mentions(ft, lex)
    kb = [m for m in kb if not _surname_of_given(ft, lex, m)]
    places = [m for m in kb if m.type == "person" and _named_after(ft, lex, m.w0)]
    kb = [m for m in kb if m not in places] if places else kb
    taken = {k for m in kb for k in range(m.w0, m.w1)}
    ents = list(kb)
    for m in places:
        _add_place_org(ft, lex, ents, taken, m.w0, m.w1)
    early = _surname_mentions(ft, lex, ents, taken)
    ents.extend(early)
    taken.update(m.w0 for m in early)
    for i0, i1 in _context_orgs(ft, lex, taken):
        i1 = extend_org(ft, lex, taken, i1)
        s, e = ft.words[i0].start, ft.words[i1 - 1].end
        ref = _resolve(ft.orig_text(s, e), "org")
        ents.append(Mention(s, e, i0, i1, "org", ref.id, ref.name, "context"))
        taken.update(range(i0, i1))
    for i0, i1, skip in definite_orgs(ft, lex, taken):  # 'الشركة الوطنية للإسكان'
        s, e = ft.words[i0].start + skip, ft.words[i1 - 1].end
        ref = _resolve(ft.orig_text(s, e), "org")
        ents.append(Mention(s, e, i0, i1, "org", ref.id, ref.name, "context"))
    orgs_first = name_cues(lang).orgs_first
    if orgs_first:
        ents.extend(cue_org_mentions(ft, lex, ents, taken))
    for i0, i1, _why in _context_persons(ft, lex, taken):
        if i0 in taken or i1 - 1 in taken:
            continue  # inside a name a father's name extended
        if _named_after(ft, lex, i0):
            _add_place_org(ft, lex, ents, taken, i0, i1)
            continue
        i0 = _patronymic_start(ft, lex, taken, i0)
        if ft.words[i1 - 1].text in _eponym_words(lex.lang)[2] and i1 - i0 >= 2:  # 'X بن' ends no name
            nxt = _extend_name(ft, i1, lex, taken, 2) if i1 not in taken else i1
            i1 = nxt if nxt > i1 else i1 - 1
        s, e = ft.words[i0].start, ft.words[i1 - 1].end
        if lang == "ar":
            s += len(name_cues(lang).successor_clitic) if _why == "successor" else _clitic_len(ft.words[i0].text, lex)
        ref = _resolve(ft.orig_text(s, e), "person")
        ents.append(Mention(s, e, i0, i1, "person", ref.id, ref.name, "context"))
        taken.update(range(i0, i1))
    if not orgs_first:
        ents.extend(cue_org_mentions(ft, lex, ents, taken))
    ents.extend(_list_members(ft, lex, ents, taken))
    if lex.syntax.get("conjunction_prefix"):
        ents.extend(_list_head_conj(ft, lex, ents, taken))
    if orgs_first:
        ents.extend(_list_head(ft, lex, ents, taken))
    ents.extend(m for m in _surname_mentions(ft, lex, ents, taken) if m.w0 not in taken)
    _patronymic_short_forms(ft, lex, ents)
    _honorific_given_forms(ft, lex, ents)
    ents.sort(key=lambda m: m.start)
    if lang == "en":
        ents = without_compound_orgs(ft, ents, lang)  # 'Tulsa-based X', 'Nasdaq-listed X'
        same_org_forms(ft, ents)  # 'University of Oxford' ... 'Oxford University', 'UF Health'
        more = acronym_mentions(ft, ents)  # 'Corrig Valley Water' ... 'CVW said'
        if more:
            ents.extend(more)
            ents.sort(key=lambda m: m.start)
    return ents


def _patronymic_start(ft: FoldedText, lex: Lexicon, taken: set[int], i0: int) -> int:
    """'مطلق بن عبدالله الرشيدي': a name found from its father's given name starts at the word
    before 'بن' when that word can be a name (persons.json ``patronymic_particles``)."""
    pat, words = _eponym_words(lex.lang)[2], ft.words
    while i0 >= 2 and words[i0 - 1].text in pat and i0 - 2 not in taken and i0 - 1 not in taken \
            and _SPACE_GAP.fullmatch(_gap(ft, i0 - 1)) and _SPACE_GAP.fullmatch(_gap(ft, i0)) \
            and _is_name_word(ft, i0 - 2, lex, taken) and not role_at(words[i0 - 2].text, 0, lex):
        i0 -= 2
    return i0


def _honorific_given_forms(ft: FoldedText, lex: Lexicon, ents: list[Mention]) -> None:
    """'Dame Ruth' after 'Dame Ruth Ellery', 'Sir Howard' after 'Sir Howard Pell': an honorific
    with the given name alone (persons.json ``given_name_honorifics``) is the full name told
    before, when one full name has that given name; it takes its id.

    >>> ft = FoldedText.build("Dame Ruth Ellery quit. Dame Ruth said so.", [(0, 41)])
    >>> [m.name for m in find_entities(ft, "en") if m.type == "person"]
    ['Ruth Ellery', 'Ruth Ellery']
    """
    hon = _given_honorifics(lex.lang)
    if not hon:
        return
    words, full = ft.words, {}
    for m in ents:
        if m.type == "person" and m.w1 - m.w0 >= 3 and words[m.w0].text in hon:
            full.setdefault(words[m.w0 + 1].text, set()).add((m.id, m.name))
    for m in ents if full else ():
        if m.type == "person" and m.w1 - m.w0 == 2 and words[m.w0].text in hon:
            ref = full.get(words[m.w0 + 1].text)
            if ref and len(ref) == 1:
                m.id, m.name = next(iter(ref))


@lru_cache(maxsize=None)
def _given_honorifics(lang: str) -> frozenset[str]:
    from talentflow.lang import load

    return frozenset(load(lang, "persons").get("given_name_honorifics", []))


def _patronymic_short_forms(ft: FoldedText, lex: Lexicon, ents: list[Mention]) -> None:
    """'خالد الشهري' after 'خالد بن محمد الشهري': the name without the father's is the same
    person (persons.json ``patronymic_particles``); it takes the full name's id."""
    pat = _eponym_words(lex.lang)[2]
    if not pat:
        return
    words, full = ft.words, {}
    for m in ents:
        if m.type == "person" and m.w1 - m.w0 >= 4 and any(words[k].text in pat for k in range(m.w0 + 1, m.w1 - 1)):
            full.setdefault((ft.folded[m.start:words[m.w0].end], words[m.w1 - 1].text), set()).add((m.id, m.name))
    same = {}
    for m in ents if full else ():
        ref = full.get((ft.folded[m.start:words[m.w0].end], words[m.w1 - 1].text)) \
            if m.type == "person" and m.w1 - m.w0 == 2 else None
        if ref and len(ref) == 1:
            same[m.id] = next(iter(ref))
    for m in ents if same else ():
        if m.type == "person" and m.id in same:  # the short name's surname mentions too
            m.id, m.name = same[m.id]


def _list_members(ft: FoldedText, lex: Lexicon, ents: list[Mention], taken: set[int]) -> list[Mention]:
    """Unknown names coordinated with a known person: 'X, Y and Z', 'X وY وZ'."""
    conj = lex.syntax.get("conjunction_prefix") or ""
    out: list[Mention] = []
    persons = sorted((m for m in ents if m.type == "person"), key=lambda m: m.start)
    joiner = lex.syntax.get("list_joiner")
    joiner_rx = re.compile(joiner) if joiner and not conj else None  # (compiled once, not per word)
    n_words = len(ft.words)
    for m in persons:
        j = m.w1
        while j + 1 < n_words and len(out) < 20:
            prev_end = ft.words[j - 1].end
            if joiner_rx is not None and joiner_rx.match(" " + ft.words[j].text + " "):
                j += 1  # 'X, Y and Z': the joiner word between the last two names
            gap = ft.folded[prev_end:ft.words[j].start]
            w = ft.words[j]
            plen = 0
            if conj and _BLANKS.fullmatch(gap) and w.text.startswith(conj) and len(w.text) > len(conj) + 1:
                plen = len(conj)
            elif not conj and _EN_LIST_GAP.fullmatch(gap):
                plen = 0
            else:
                break
            if j in taken:
                j += 1
                while j < n_words and j in taken:
                    j += 1
                continue
            post = role_at(w.text, 0, lex) if plen else None
            if post is not None and post.end() == len(w.text) and w.text[plen:] not in lex.given_names:
                break  # 'عين X وزيرًا للسياحة': the post given in the accusative, not 'X and Zira'
            saved = w.text
            ft.words[j] = type(w)(w.start + plen, w.end, w.text[plen:])
            end = _extend_name(ft, j, lex, taken, 3)
            if end - j < 2:
                ft.words[j] = type(w)(w.start, w.end, saved)
                break
            ft.words[j] = type(w)(w.start, w.end, saved)
            s, e = w.start + plen, ft.words[end - 1].end
            reject = lex.syntax.get("list_name_reject")
            if reject and re.search(reject, ft.folded[s:e]) and w.text[plen:] not in lex.given_names:
                break
            ref = _resolve(ft.orig_text(s, e), "person")
            out.append(Mention(s, e, j, end, "person", ref.id, ref.name, "context"))
            taken.update(range(j, end))
            j = end
    return out


_BLANKS, _EN_LIST_GAP = re.compile(r"\s+"), re.compile(r"\s*(?:,|,?\s*and|&)\s*")


def _list_head(ft: FoldedText, lex: Lexicon, ents: list[Mention], taken: set[int]) -> list[Mention]:
    """The unknown first name of a list whose next members are persons: 'Daan Wierstra, Karl
    Tuyls and Julien Perolat' (two capitalized words right before ', <person>, ' or ', <person> and')."""
    out = []
    words, folded = ft.words, ft.folded
    for m in [m for m in ents if m.type == "person"]:
        k = m.w0
        if lex.lang == "en" and k >= 3 and m.w1 < len(words) and not {k - 2, k - 3} & taken and words[k - 1].text == "and" \
                and folded[words[k - 2].end:words[k].start] == " and " \
                and not folded[ft.sents[ft.sent_of(words[k - 3].start)][0]:words[k - 3].start].strip():
            k -= 1  # 'Tove Arnesen and Paulo Reis, the pair ...': a pair that opens the sentence
        elif k < 2 or m.w1 >= len(words) or {k - 1, k - 2} & taken or folded[words[k - 1].end:words[k].start] != ", ":
            continue
        if not re.match(r"\s*(?:,|and\b)", folded[words[m.w1 - 1].end:words[m.w1 - 1].end + 5]):
            continue
        if not (_is_name_word(ft, k - 2, lex, taken) and _is_name_word(ft, k - 1, lex, taken)) \
                or folded[words[k - 2].end:words[k - 1].start] != " " \
                or (k > 2 and _is_name_word(ft, k - 3, lex, taken) and folded[words[k - 3].end:words[k - 2].start] == " "):
            continue
        s, e = words[k - 2].start, words[k - 1].end
        ref = _resolve(ft.orig_text(s, e), "person")
        out.append(Mention(s, e, k - 2, k, "person", ref.id, ref.name, "context"))
        taken.update((k - 2, k - 1))
    return out


def _list_head_conj(ft: FoldedText, lex: Lexicon, ents: list[Mention], taken: set[int]) -> list[Mention]:
    """The unknown first name of a pair or list whose next member, glued to the conjunction, is a
    person or starts with a given name: 'هما X Y وسامر الحلبي', 'كل من X Y وجون Z' (two
    name-like words right before it, no name word before them); with a given name the member is
    added too.

    >>> ft = FoldedText.build("هما تيودور باسكو وجون هارت", [(0, 26)])
    >>> [m.as_dict(ft)["mention"] for m in _list_head_conj(ft, get_lexicon("ar"), [], set())]
    ['تيودور باسكو', 'جون هارت']
    """
    from talentflow.pipeline.names import _article_at, _foreign_word, _plausible_name, _verb_first

    conj, art, words = lex.syntax["conjunction_prefix"], lex.syntax.get("role_article") or "\0", ft.words
    anchors = {m.w0: None for m in ents if m.type == "person" and m.start > words[m.w0].start
               and words[m.w0].text.startswith(conj)}
    for k in compress(count(), map(_conj_given(lex.lang).__contains__, word_texts(ft))):
        if k not in taken and k + 1 < len(words) \
                and _SPACES_ONLY.fullmatch(_gap(ft, k + 1)) and _is_name_word(ft, k + 1, lex, taken) \
                and not _article_at(ft, k + 1, art) and _foreign_word(ft, k + 1, lex):
            anchors.setdefault(k, k + 2)  # 'وجون هارت'
    out: list[Mention] = []
    for k, member_end in sorted(anchors.items()):
        if k < 2 or {k - 1, k - 2} & taken or not (_SPACES_ONLY.fullmatch(_gap(ft, k)) and _SPACES_ONLY.fullmatch(_gap(ft, k - 1))):
            continue
        if not (_is_name_word(ft, k - 2, lex, taken) and _is_name_word(ft, k - 1, lex, taken)) \
                or _article_at(ft, k - 2, art) or _verb_first(words[k - 2].text, lex) or not _plausible_name(ft, k - 2, k, lex) \
                or not all(words[x].text in lex.given_names or _foreign_word(ft, x, lex) for x in (k - 2, k - 1)):
            continue
        if k >= 3 and k - 3 not in taken and _SPACES_ONLY.fullmatch(_gap(ft, k - 2)) and _is_name_word(ft, k - 3, lex, taken) \
                and not _article_at(ft, k - 3, art) and _foreign_word(ft, k - 3, lex) \
                and words[k - 3].text not in name_cues(lex.lang).list_intro:
            continue  # a longer name, or a word that is none: its start is unclear
        spans = [(words[k - 2].start, k - 2, k)]
        if member_end:
            spans.append((words[k].start + len(conj), k, member_end))
        for s, a, b in spans:
            ref = _resolve(ft.orig_text(s, words[b - 1].end), "person")
            out.append(Mention(s, words[b - 1].end, a, b, "person", ref.id, ref.name, "context"))
            taken.update(range(a, b))
    return out


_SPACES_ONLY = re.compile(r" {1,2}")


@lru_cache(maxsize=None)
def _conj_given(lang: str) -> frozenset[str]:
    """Every given name of three letters or more with the conjunction glued before it ('وجون')."""
    lex = get_lexicon(lang)
    conj = lex.syntax.get("conjunction_prefix") or ""
    return frozenset(conj + g for g in lex.given_names if len(g) >= 3) if conj else frozenset()


def _clitic_len(word: str, lex: Lexicon) -> int:
    if word in lex.given_names:
        return 0
    for rest, plen in sorted(_strip_variants(word, lex), key=_PLEN):  # 'وكلارا': 'كلارا', not 'لارا'
        if rest in lex.given_names:
            return plen
    return 0


_PLEN = itemgetter(1)


def _surname_mentions(ft: FoldedText, lex: Lexicon, ents: list[Mention], taken: set[int]) -> list[Mention]:
    """Surname-only mentions of persons named in full elsewhere in the document."""
    surnames: dict[str, Mention] = {}
    for m in ents:
        if m.type == "person" and m.w1 - m.w0 >= 2:
            last = ft.words[m.w1 - 1].text
            if len(last) >= 3 and last not in lex.stopwords:
                surnames.setdefault(last, m)
    if not surnames:
        return []
    forms = set(surnames)  # every word a surname may be: itself or after a clitic
    forms.update(p + s for p in lex.prefixes for s in surnames)
    out = []
    words = ft.words
    for i in list(compress(count(), map(forms.__contains__, word_texts(ft)))):
        w = words[i]
        if i in taken:
            continue
        hit, plen = (w.text, 0) if w.text in surnames else (None, 0)
        if hit is None and lex.prefixes:
            for rest, pl in _strip_variants(w.text, lex):
                if rest in surnames:
                    hit, plen = rest, pl
                    break
        if hit is None:
            continue
        if lex.lang == "en" and not ft.original[ft.to_orig(w.start)].isupper():
            continue
        full = surnames[hit]
        out.append(Mention(w.start + plen, w.end, i, i + 1, "person", full.id, full.name, "coref"))
    return out


def primary_org(ents: list[Mention], title_end: int = 0) -> Mention | None:
    """The org the document is mostly about: most mentions, the headline counting double and the
    first org of the lead one more."""
    counts: dict[str, float] = {}
    first: dict[str, Mention] = {}
    for m in ents:
        if m.type != "org":
            continue
        bonus = 1 if not first else 0
        counts[m.id] = counts.get(m.id, 0) + (2 if m.start < title_end else 1) + bonus
        first.setdefault(m.id, m)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return first[best]
