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
    if i >= len(ft.words) or i in taken:
        return False
    w = ft.words[i]
    t = w.text
    if t.isdigit() or len(t) < 2 or t in lex.stopwords or t in lex.not_names or t in lex.months:
        return False
    if lex.lang == "en":
        return ft.original[ft.to_orig(w.start)].isupper()
    if t in lex.org_nouns or _lexical(lex.lang, t) or _article_after_clitic(t, lex):
        return False
    return not t.isascii()


def _article_after_clitic(t: str, lex: Lexicon) -> bool:
    """'للانضمام', 'بالشركة': a preposition and the article start no name word."""
    art = lex.syntax.get("role_article")
    return bool(art) and any(t.startswith(p) and p != art for p in lex.prefixes if p.endswith(art))


@lru_cache(maxsize=200_000)
def _lexical(lang: str, word: str) -> bool:
    """Is ``word`` a trigger or role word (never part of a name)?"""
    lex = get_lexicon(lang)
    return any(t.regex.fullmatch(word) for t in lex.triggers) or any(r.fullmatch(word) for r, _ in lex.roles)


def _gap(ft: FoldedText, i: int) -> str:
    """Text between word i-1 and word i."""
    return ft.folded[ft.words[i - 1].end:ft.words[i].start]


def _extend_name(ft: FoldedText, i: int, lex: Lexicon, taken: set[int], max_len: int,
                 skip_nisba: bool = True) -> int:
    """End word index of a name starting at word i (0 words if none)."""
    nf = lex.syntax.get("not_first_name") if skip_nisba else None
    while nf and i < len(ft.words) and re.match(nf, ft.words[i].text):
        i += 1  # a nisba adjective ('the Italian') before the name
    j = i
    while j < len(ft.words) and j - i < max_len:
        if j > i and not re.fullmatch(r"[ \-]{1,2}", _gap(ft, j)):
            break
        t = ft.words[j].text
        conj = lex.syntax.get("conjunction_prefix")
        if conj and j > i and t.startswith(conj) and t not in lex.particles:
            break  # 'X Y وZ W': the conjunction starts the next name
        if t in lex.particles and (j > i or not skip_nisba) and j + 1 < len(ft.words):  # 'Erik ten Hag'
            j += 1
            continue
        if not _is_name_word(ft, j, lex, taken) or (j > i and lex.role_one.match(ft.folded, ft.words[j].start)):
            break
        j += 1
        art = lex.syntax.get("role_article")
        if art and (j - i >= 2 or not skip_nisba) and t.startswith(art) and not (j < len(ft.words) and ft.words[j].text in lex.particles):
            break  # 'سامر الحلبي نورفين': the family name with the article ends the name
    while j > i and ft.words[j - 1].text in lex.particles:
        j -= 1
    return j


def _context_persons(ft: FoldedText, lex: Lexicon, taken: set[int]) -> list[tuple[int, int, str]]:
    """(w0, w1, why) spans of likely person names not in the KB."""
    out = []
    commas = _words_before_comma(ft) if lex.lang != "en" else set()  # Arabic apposition: 'X Y، رئيس ...'
    words = ft.words
    i = 0
    while i < len(words):
        if i in taken:
            i += 1
            continue
        t = words[i].text
        head = t
        if lex.lang == "ar" and t not in lex.given_names:
            for rest, _ in _strip_variants(t, lex):
                if rest in lex.given_names and len(t) - len(rest) <= 1 and len(rest) >= 4:
                    head = rest
                    break
        j = 0
        why = ""
        if t in lex.stopwords:
            i += 1
            continue
        if head in lex.given_names and (lex.lang == "ar" or _is_name_word(ft, i, lex, taken)):
            # after a given name an '-i' word is the surname ('Sami al-Otaibi'), not a nisba to skip
            j = _extend_name(ft, i + 1, lex, taken, 3, skip_nisba=False) if i + 1 < len(words) else i + 1
            why = "given_name"
        elif lex.lang == "en" and _is_name_word(ft, i, lex, taken):
            j = _extend_name(ft, i, lex, taken, 4)
            if j - i >= 2 and _en_person_context(ft, i, j, lex):
                out.append((i, j, "context"))
                i = j
                continue
            j = 0
        elif lex.titles and i > 0 and lex.titles.fullmatch(words[i - 1].text) and not (lex.syntax["conjunction_prefix"] and t.startswith(lex.syntax["conjunction_prefix"])):
            j = _extend_name(ft, i, lex, taken, 3)
            nf = lex.syntax.get("not_first_name")
            while nf and i < j and re.match(nf, words[i].text):
                i += 1
            why = "title"
        if why == "given_name" and j > i + 1 and lex.lang == "en":
            j = max(j, i + 2)
        if j > i and (j - i >= 2 or why == "title"):
            out.append((i, j, why))
            i = j
            continue
        if i + 1 in commas and _apposition_name(ft, i, lex, taken):
            out.append((i, i + 2, "apposition"))
            i += 2
            continue
        i += 1
    return out


_APPOSITION = re.compile(r"\s*[,\u060c]\s*(?:و?(?:هو|هي)\s+)?")


def _words_before_comma(ft: FoldedText) -> set[int]:
    """Indexes of the words a comma follows."""
    starts = [w.start for w in ft.words]
    return {bisect_left(starts, m.start()) - 1 for m in _COMMA.finditer(ft.folded)}


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
    if words[i].text.startswith(art) or not (_is_name_word(ft, i, lex, taken) and _is_name_word(ft, i + 1, lex, taken)):
        return False
    cues = name_cues(lex.lang)
    if any(w.text in cues.not_name or (cues.name_shapes and cues.name_shapes.search(w.text)) for w in words[i:i + 2]):
        return False  # 'ليل الاثنين،', 'لقسم المنتجات،'
    m = _APPOSITION.match(ft.folded, words[i + 1].end)
    r = lex.role_one.match(ft.folded, m.end()) if m else None
    # an accusative role ('رئيسا تنفيذيا') is the post given, not an apposition
    return bool(r and not re.match(r"\w+ا(?!\w)", ft.folded[r.start():r.end()]))


_SPACES_ONLY = re.compile(r" {1,2}")


def _en_person_context(ft: FoldedText, i: int, j: int, lex: Lexicon) -> bool:
    """A capitalized sequence is a person when its neighbours say so."""
    before = ft.folded[max(0, ft.words[i].start - 40):ft.words[i].start]
    after = ft.folded[ft.words[j - 1].end:ft.words[j - 1].end + 30]
    if ft.words[j - 1].text in lex.org_suffixes or re.search(r"\b(?:its|their|our)\s+$", before):
        return False  # 'its Vision Pro headset': a product or unit, not a person
    if ft.words[i].text in lex.particles and j - i >= 2:
        told = ft.orig_text(ft.words[i].start, ft.words[i + 1].end)
        if told[:1].lower() + told[1:] in ft.original:
            return False  # 'Ten Hag took over' after 'Erik ten Hag': a surname told again
    if re.match(r"\s*,\s*(?:the|a|an|its|who|former|then|previously|\d)", after):
        return True
    if re.match(r"\s*,?\s*(?:resigned|stepped|steps|left|leaves|quit|quits|joined|joins|was|has|had|will|is|said|told|wrote|departed|exited|retired|retires|takes|took|becomes|became|replaces|replaced|succeeds|succeeded|moves|moved)\b", after):
        return True
    if lex.role_any.search(before[-30:]) or (lex.speech and lex.speech.search(before[-15:])):
        return True
    return False


context_persons = _context_persons
