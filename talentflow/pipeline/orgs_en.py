"""English context for an unknown org: a capitalized run is an org when the words around it
say so (a possessive post, 'joined X as', 'X, the lender,', 'X said its ...'), and the runs worth
testing (``_en_candidates``: the run before a cue, after a preposition or verb).

>>> from talentflow.pipeline.lexicon import get_lexicon
>>> from talentflow.pipeline.orgs_doc import _Doc
>>> doc = _Doc(FoldedText.build("Ilse Varga joined Brightwell as finance chief.", [(0, 46)]), get_lexicon("en"))
>>> _en_org_context(doc, 3, 4, name_cues("en"))
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from talentflow.lang import load
from talentflow.lang.normalize import fold
from talentflow.pipeline.lexicon import Lexicon
from talentflow.pipeline.names_cues import NameCues, name_cues
from talentflow.pipeline.names_roles import role_at
from talentflow.pipeline.names_words import _gap
from talentflow.pipeline.orgs_doc import _APOS, _CLUB_NUMBER, _NAME_GAP, _SPACES, _Doc, _never_first, _poss_heads
from talentflow.pipeline.text import FoldedText

def _cues_ending_at(doc: _Doc, i: int, cues: NameCues) -> list[tuple[tuple[str, ...], str]]:
    """The cue phrases (words, kind) that end right before word i."""
    words, folded = doc.ft.words, doc.ft.folded
    if i == 0 or not folded[words[i - 1].end:words[i].start].isspace():
        return []
    out = []
    for toks, kind in cues.by_last.get(words[i - 1].text, ()):
        k = i - len(toks)
        if k >= 0 and all(words[k + x].text == toks[x] and folded[words[k + x].end:words[k + x + 1].start].isspace()
                          for x in range(len(toks) - 1)):
            out.append((toks, kind))
    return out


def _role_ends_at(lex: Lexicon, text: str, pos: int) -> bool:
    """Does a role phrase end right before ``pos`` in ``text``?"""
    return any(r.end() >= pos - 1 for r in lex.role_any.finditer(text, max(0, pos - 40), pos))


@lru_cache(maxsize=None)
def _post_cue(lang: str) -> tuple[frozenset[str], ...]:
    """(role codes and phrases that are a public office, department words, filler words, words
    linking a post to its department, first words of cues that take no 'the' before the name)
    of names.json ``org_after_post``: 'minister of Finance' and 'head of Sales' name no employer."""
    d = load(lang, "names").get("org_after_post") or {}
    return tuple(frozenset(fold(w) for w in d.get(k, []))
                 for k in ("public_posts", "departments", "department_fillers", "post_links", "no_article_cues"))


def _last_role_in(doc: _Doc, lo: int, end: int, reach: int) -> tuple[re.Match, str] | None:
    """(match, code) of the last role phrase ``lex.role_one.finditer(folded, lo, end)`` gives
    that ends at ``reach`` or later, else None: the same matches, found by trying at each word
    start only the roles whose first characters fit there, in role_one's order (the big
    alternation tried at every word of the window was slow).

    >>> from talentflow.pipeline.lexicon import get_lexicon
    >>> d = _Doc(FoldedText.build("the chief executive of Xyl", [(0, 26)]), get_lexicon("en"))
    >>> m, code = _last_role_in(d, 0, 20, 18); (m.group(), code)
    ('chief executive', 'ceo')
    """
    from talentflow.pipeline.scan import _index, _role_order

    lex, folded, words = doc.lex, doc.ft.folded, doc.ft.words
    ordered, cands = _role_order(lex), _index(lex, "roles").candidates
    post, last = None, lo
    for k in range(bisect_left(doc.starts, lo), len(words)):
        p = words[k].start
        if p >= end:
            break
        if p < last:
            continue
        for c in cands(folded, p):  # ascending: role_one's order, the first that matches wins
            rx, code = ordered[c]
            m = rx.match(folded, p, end)
            if m:
                last = m.end() if m.end() > p else p + 1
                if m.end() >= reach:
                    post = (m, code)
                break
    return post


def _employer_post_before(doc: _Doc, c: int, toks: tuple[str, ...], i: int, j: int) -> bool:
    """'chief executive of Borlington Freight', 'managing director at Ostrander': a post in a
    company ends right before the cue, and the capitalized words after it are no department
    ('head of Global Sales') and no public office's domain ('minister of Finance')."""
    lex, words = doc.lex, doc.ft.words
    public, departments, fillers, links = _post_cue(lex.lang)[:4]
    k = c - len(toks) - 1
    while k > c - len(toks) - 5 and k > 0 and words[k].text not in links \
            and (words[k].text in departments or words[k].text in fillers):
        k -= 1  # 'head of Global Sales at Velmora': the department's post
    if k < c - len(toks) - 1 and words[k].text in links:
        pos, end = words[k].start, words[k].end  # the post ends before 'of' or with it ('head of')
    else:  # right before the cue: 'head of Optimus' may be a product's or a unit's head
        pos = end = words[c - len(toks)].start
    post = _last_role_in(doc, max(0, pos - 40), end, pos - 1)
    if post is None or post[1] in public or post[0].group() in public:
        return False
    if doc.ft.folded.startswith("'", words[j - 1].end):
        return False  # "co-founder of Jane Roe's company": an owner, the org comes later
    names = [w.text for w in words[i:j]]
    return not all(w in departments or w in fillers for w in names)


@lru_cache(maxsize=None)
def _join_from(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """names.json ``org_from_after_post``: (a join or hire verb, a succession verb)."""
    d = load(lang, "names").get("org_from_after_post") or {}
    return tuple(re.compile(d[k]) if d.get(k) else None for k in ("join", "succession"))  # type: ignore[return-value]


def _joins_as_post_from(doc: _Doc, k: int) -> bool:
    """Word k is 'from' right after a post, in a clause that tells a join or hire ('joins X as
    CFO from Y', 'hired Z as coach from Y'): Y is the org left, not a predecessor ('took over as
    CEO from Y') nor a constituency ('senator from Y')."""
    join, succession = _join_from(doc.lex.lang)
    ft = doc.ft
    pos = ft.words[k].start
    if join is None or not _role_ends_at(doc.lex, ft.folded, pos):
        return False
    left = ft.folded[max(0, pos - 100):pos]
    left = left[max(left.rfind(". "), left.rfind("; ")) + 1:]
    return join.search(left) is not None and not (succession and succession.search(left))


def _recurs(doc: _Doc, i: int, j: int) -> bool:
    """Is the capitalized name [i, j) written at least twice in the document, or its first word
    alone as a short form ('from Brighton & Hove Albion' ... 'at Brighton')?"""
    words = doc.ft.words
    if sum(k in doc.caps for k, _ in doc.find(tuple(w.text for w in words[i:j]))) >= 2:
        return True
    return j - i > 1 and words[i].text not in doc.lex.not_names \
        and sum(k in doc.caps and (k + 1 >= len(words) or k + 1 not in doc.caps) for k, _ in doc.find((words[i].text,))) >= 1


_WHO = re.compile(r"\s*,\s*(?:who|whose)\b")
_POSS = re.compile(r"'s?\s+((?:[\w\-]+\s+){0,2}[\w\-]+)")
_AUX = frozenset(("has", "have", "had"))
_NEXT = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?([\w\-]+)")  # 'Cbus has swiftly promoted'
_LY = re.compile(r"[a-z]{3,}ly")


@lru_cache(maxsize=None)
def _adverbial(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(a time adverbial ending right before a verb, the verb after a name and that adverbial):
    names.json ``org_subject_adverbial`` ('on Wednesday', 'yesterday')."""
    adv = load(lang, "names").get("org_subject_adverbial")
    if not adv:
        return None, None
    return re.compile(r"(?:" + adv + r")\s+$"), re.compile(r"\s+(?:" + adv + r")\s+([\w\-]+)")


@lru_cache(maxsize=None)
def _says_its(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """(speech verb, adverbial, 'that' ending right before 'its'; the same after a name):
    names.json ``org_says_its``. A person says 'his' or 'her', an org 'its'."""
    d = load(lang, "names")
    says, adv = d.get("org_says_its") or "(?!)", d.get("org_subject_adverbial") or "(?!)"
    tail = r"(?:" + says + r")(?:\s+(?:" + adv + r"))?(?:\s+that)?\s+"
    return re.compile(tail + r"$"), re.compile(r"(?:\s+(?:" + adv + r"))?\s+" + tail + r"its\b")


def _says_its_subject(doc: _Doc, k: int) -> int | None:
    """Start of the capitalized name that says something about 'its' people (word k is 'its')."""
    ft = doc.ft
    m = _says_its(doc.lex.lang)[0].search(ft.folded, max(0, ft.words[k].start - 50), ft.words[k].start)
    if m is None:
        return None
    e = bisect_left(doc.starts, m.start()) - 1
    if e < 0 or ft.words[e].end > m.start():
        return None
    adv = _before_adverbial(doc, e + 1) if e not in doc.caps or ft.words[e].text in doc.lex.months \
        or ft.words[e].text in doc.lex.not_names else None
    return adv if adv is not None else _run_start(doc, e)


@lru_cache(maxsize=None)
def _says_that_rx(lang: str) -> re.Pattern:
    """' said on Thursday that ': a speech verb, an optional time adverbial and 'that' (names.json
    ``org_says_its``, ``org_subject_adverbial``), right after a name."""
    d = load(lang, "names")
    says, adv = d.get("org_says_its") or "(?!)", d.get("org_subject_adverbial") or "(?!)"
    return re.compile(r"\s+(?:" + says + r")(?:\s+(?:" + adv + r"))?\s+that\s+")


def _says_post_subject(doc: _Doc, k: int) -> int | None:
    """'Tarvola said on Thursday that finance chief Omar Haddad ...': the name that says 'that' a
    post (word k starts it) did something, when it is no given name nor a surname of the story.

    >>> from talentflow.pipeline.lexicon import get_lexicon
    >>> ft = FoldedText.build("Tarvola said that finance chief Omar Haddad left.", [(0, 49)])
    >>> _says_post_subject(_Doc(ft, get_lexicon("en")), 3)
    0
    """
    s = _says_its_subject(doc, k)
    if s is None or s not in doc.caps or doc.ft.words[s].text in doc.lex.given_names \
            or _surname_elsewhere(doc, s, s + 1):
        return None
    return s


def _next_rx(lang: str) -> re.Pattern:
    return _adverbial(lang)[1] or re.compile(r"(?!)")


def _before_adverbial(doc: _Doc, k: int) -> int | None:
    """Start of the capitalized name before the time adverbial that ends right before word k."""
    rx = _adverbial(doc.lex.lang)[0]
    ft = doc.ft
    m = rx.search(ft.folded, max(0, ft.words[k].start - 30), ft.words[k].start) if rx else None
    if m is None:
        return None
    e = bisect_left(doc.starts, m.start()) - 1
    return _run_start(doc, e) if e >= 0 and ft.words[e].end <= m.start() else None


def _en_org_context(doc: _Doc, i: int, j: int, cues: NameCues) -> bool:
    """Does the context of capitalized words [i, j) say they name an org?"""
    ft, lex = doc.ft, doc.lex
    words = ft.words
    if words[i].text in lex.given_names or (i > 0 and words[i - 1].text in lex.given_names
                                            and _SPACES.fullmatch(_gap(ft, i)) and i - 1 in doc.caps):
        return False
    if i > 0 and lex.titles and lex.titles.fullmatch(words[i - 1].text):
        return False  # 'Sheikh Nawaf', 'Dr Roe': a title before a person
    after = ft.folded[words[j - 1].end:words[j - 1].end + 60]
    if _WHO.match(after):
        return False
    c = i - 1 if i > 1 and words[i - 1].text == "the" and not _cues_ending_at(doc, i, cues) else i
    for toks, kind in _cues_ending_at(doc, c, cues):  # 'coach of the San Antonio Spurs': 'the' between
        if kind == "strong" and (c == i or toks[0] not in _post_cue(lex.lang)[4]) \
                or kind == "role" and _employer_post_before(doc, c, toks, i, j):
            return True  # ('who runs the Nespresso coffee business': a unit, not the employer)
        if kind == "weak" and toks[0] in cues.not_after_role and _joins_as_post_from(doc, c - len(toks)):
            return True  # 'joins Penbrook as finance director from Halvorsen Shipping': the org left
        if not _recurs(doc, i, j):
            continue  # 'at X', 'chief executive of X': only a name the story comes back to
        after_role = _role_ends_at(lex, ft.folded, words[c - len(toks)].start)
        if not (kind == "role" and not after_role or kind == "weak" and after_role and toks[0] in cues.not_after_role):
            return True
    if i > 0 and _SPACES.fullmatch(_gap(ft, i)) and (words[i - 1].text in cues.heads or i > 1 and (
            words[i - 2].text + ft.folded[words[i - 2].end:words[i - 1].start] + words[i - 1].text) in cues.heads):
        return True  # 'startup X', 'start-up X', 'chip maker X'
    poss = _POSS.match(after)
    if poss and any(w in cues.possessed for w in poss.group(1).split()) and not _surname_elsewhere(doc, i, j):
        return True
    nxt = _NEXT.match(after)
    if nxt and nxt.group(1) in cues.subject_verbs:
        return True
    nxt = _next_rx(lex.lang).match(after)  # 'NHS England on Wednesday named'
    if nxt and nxt.group(1) in cues.subject_verbs or _says_its(lex.lang)[1].match(after):
        return True  # (or '... said on Monday that its')
    said = _says_that_rx(lex.lang).match(after)
    if said and role_at(ft.folded, words[j - 1].end + said.end(), lex) and not _surname_elsewhere(doc, i, j):
        return True  # 'Tarvola said on Thursday that finance chief Omar Haddad'
    if j < len(words) and _SPACES.fullmatch(_gap(ft, j)) and j not in doc.caps:
        for k in (j, j + 1):
            r = role_at(ft.folded, words[k].start, lex) if k < len(words) else None
            name = doc.index_at(r.end() + 1) if r and ft.folded[r.end():r.end() + 1] == " " else None
            if name is not None and name in doc.caps:
                return True  # 'HSBC chief executive Noel Quinn'
            if r and lex.speech and lex.speech.match(ft.folded, r.end() + 1):
                return True  # 'a Thinking Machines spokesperson said'
    app = _appos_rx(lex.syntax.get("apposition_open") or r"(?!)").match(after)
    return bool(app and app.group(1).split()[-1] in cues.heads) \
        or _appos_head_says(after, lex, cues)  # ', the self-driving car company,'


@lru_cache(maxsize=None)
def _appos_rx(opener: str) -> re.Pattern:
    """', the <up to four words>,': the language's apposition opener (syntax.json
    apposition_open, the one _appos_head_says reads) and the head noun phrase after it."""
    return re.compile(opener + r"((?:[\w\-]+\s+){0,3}[\w\-]+)\s*(?:[,.;(]|$)")


def _surname_elsewhere(doc: _Doc, i: int, j: int) -> bool:
    """Is the name [i, j) written elsewhere right after one other capitalized word ('Rosalind
    Brewer' ... "Brewer's own statement"): a person's surname, so "'s" proves no org."""
    ft, words = doc.ft, doc.ft.words
    for k, _ in doc.find(tuple(w.text for w in words[i:j])):
        if 0 < k != i and k - 1 in doc.caps and _SPACES.fullmatch(_gap(ft, k)) \
                and words[k - 1].text not in doc.lex.stopwords \
                and not (k > 1 and k - 2 in doc.caps and _SPACES.fullmatch(_gap(ft, k - 1))):
            return True
    return False


_WORD_SP = re.compile(r"([\w\-]+)\s+")


def _rel_after(lex: Lexicon) -> str:
    return lex.syntax.get("apposition_relative") or r"(?!)"


def _appos_head_says(after: str, lex: Lexicon, cues: NameCues) -> bool:
    """', the data software company said' / ', the start-up that builds ...': an apposition whose
    head noun speaks or opens a relative clause."""
    opener = lex.syntax.get("apposition_open")  # ', the ...'
    m = re.match(opener, after) if opener else None
    if not (m and lex.speech):
        return False
    pos = m.end()
    for _ in range(4):
        w = _WORD_SP.match(after, pos)
        if not w:
            return False
        pos = w.end()
        if w.group(1) in cues.heads and (lex.speech.match(after, pos) or re.match(_rel_after(lex), after[pos:])):
            return True  # ', the payments company said', ', the start-up that builds
    return False


def _run_start(doc: _Doc, e: int) -> int | None:
    """First word of the capitalized words ending at word e ('Thinking Machines Lab')."""
    if e > 0 and doc.ft.words[e].text[:1].isdigit() and _CLUB_NUMBER.fullmatch(doc.ft.words[e].text) \
            and e not in doc.caps and _gap(doc.ft, e) == " ":
        e -= 1  # 'Mainz 05 sacked', 'the Philadelphia 76ers fired'
    if e < 0 or e not in doc.caps:
        return None
    s, words, joiners, never = e, doc.ft.words, name_cues(doc.lex.lang).joiners, _never_first(doc.lex.lang)
    while s > 0 and e - s < 4:
        prev = words[s - 1].text
        if prev in joiners and prev != "the" and s > 1 and s - 2 in doc.caps and words[s - 2].text not in never:
            s -= 2  # 'Confederation of British Industry'
        elif prev not in never and s - 1 in doc.caps and _NAME_GAP.fullmatch(_gap(doc.ft, s)):
            s -= 1  # not 'The'
        elif prev == "s" and s > 1 and s - 2 in doc.caps and _gap(doc.ft, s - 1) in _APOS and words[e].text in _poss_heads(doc.lex.lang) \
                and _gap(doc.ft, s) == " " and words[s - 2].text not in never:
            s -= 2  # "King's Lynn Town manager"
        else:
            break
    return s


def _before_verb(doc: _Doc, k: int, out: set) -> None:
    """Start of a name before a hiring or firing verb at word k, past a club's number ('Mainz 05
    sacked', 'Hannover 96 have appointed') or an -ly adverb ('Cbus has swiftly promoted')."""
    words, prev = doc.ft.words, doc.ft.words[k - 1].text
    c = k - 2 if prev in _AUX else k - 1
    if words[c].text[:1].isdigit() and _CLUB_NUMBER.fullmatch(words[c].text):
        out.add(_run_start(doc, c))
    elif prev.endswith("ly") and _LY.fullmatch(prev):
        b = k - 3 if k > 2 and words[k - 2].text in _AUX else k - 2
        if b in doc.caps:
            out.add(_run_start(doc, b))


def _en_candidates(doc: _Doc, cues: NameCues, hits: list[int]) -> dict[int, bool]:
    """First words of the capitalized names next to a cue word: after 'left'/'startup', before
    "'s", a role word or 'sacked', or before ', the ... company'."""
    ft, words, caps, acts = doc.ft, doc.ft.words, doc.caps, cues.actions
    out: set[int | None] = set()
    for k in hits:
        a = acts.get(words[k].text, 0)
        if a == 1:  # a preposition or verb before the name and nothing else (the rules below need other bits)
            if k + 1 in caps:
                out.add(k + 1)
            elif k + 2 in caps and words[k + 1].text == "the":
                out.add(k + 2)
            continue
        if a & 1 and k + 1 in caps:
            out.add(k + 1)
        elif a & 1 and k + 2 in caps and words[k + 1].text == "the" and not a & 16:
            out.add(k + 2)  # 'left the Federal Reserve', 'coach of the San Antonio Spurs'
        adv = _before_adverbial(doc, k) if a & 2 and not a & 12 and k > 2 else None
        if adv is not None:
            out.add(adv)  # 'NHS England on Wednesday named'
        elif a & 2 and k - 1 in caps and (a & 8 == 0 or "'" in _gap(ft, k).replace("\u2019", "'")):
            out.add(_run_start(doc, k - 1))
        elif a & 4 and k - 2 in caps and k - 1 not in caps:
            out.add(_run_start(doc, k - 2))  # 'OpenAI safety co-head Jan Leike'
        elif a & 2 and not a & 12 and k > 1 and words[k - 1].text in _AUX and k - 2 in caps:
            out.add(_run_start(doc, k - 2))  # 'Tesla has sued', 'Barcelona have sacked'
        elif a & 2 and not a & 12 and k > 1:
            _before_verb(doc, k, out)  # 'Mainz 05 sacked', 'Cbus has swiftly promoted'
        if a & 32:
            out.add(_says_its_subject(doc, k))  # 'Corvell Retail said on Monday that its ...'
        elif a & 4 and k > 2 and words[k - 1].text == "that":
            out.add(_says_post_subject(doc, k))  # 'Tarvola said on Thursday that finance chief X'
        if a & 16 and k > 2 and "," in ft.folded[words[max(0, k - 6)].end:words[k].start]:
            for m in range(k - 1, max(0, k - 6), -1):
                if "," in _gap(ft, m):
                    out.add(_run_start(doc, m - 1))  # 'Cruise, the self-driving car company'
                    break
    out.discard(None)
    return dict.fromkeys(out, False)
