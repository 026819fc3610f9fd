"""Organizations the KB does not know, read from the words around them (both languages):
objects of movement verbs, possessives, org + role + name, head nouns, names a story repeats
after a preposition, spelled Latin letters; then every other mention of the same name.

>>> from talentflow.pipeline.lexicon import get_lexicon
>>> ft = FoldedText.build("Tomas Berg quit Norvane. Norvane said little.", [(0, 45)])
>>> [ft.orig_text(m.start, m.end) for m in cue_org_mentions(ft, get_lexicon("en"), [], set())]
['Norvane', 'Norvane']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter, ne

from talentflow.lang import load
from talentflow.lang.normalize import fold
from talentflow.pipeline.lexicon import Lexicon, fold_regex, get_lexicon, word_memo
from talentflow.pipeline.names import _demonyms
from talentflow.pipeline.names_roles import role_at
from talentflow.pipeline.names_words import _gap, _lexical, _strip_variants
from talentflow.pipeline.names_cues import NameCues, name_cues
from talentflow.pipeline.text import WORD, FoldedText


_START, _END, _TEXT = attrgetter("start"), attrgetter("end"), attrgetter("text")
CAPITAL = re.compile(r"[A-Z\u00C0-\u00D6\u00D8-\u00DE]+")


@lru_cache(maxsize=None)
def _count_prefixes(lang: str) -> frozenset[str]:
    """Clitics a recurring name may carry; not one that ends in the article ('القرار' is no 'قرار')."""
    lex = get_lexicon(lang)
    art = lex.syntax.get("role_article") or "\0"
    return frozenset(p for p in lex.prefixes if not p.endswith(art))


class _Caps:
    """``k in caps``: does word k carry a capital letter in the text ('Meta', 'xAI')? Read per
    word on demand."""

    def __init__(self, ft: FoldedText):
        self.ft, self.memo = ft, {}

    def __contains__(self, k: int) -> bool:
        v = self.memo.get(k)
        if v is None:
            ft = self.ft
            v = False
            if 0 <= k < len(ft.words):
                w = ft.words[k]
                text = ft.original[w.start:w.end] if ft.offsets is None else ft.orig_text(w.start, w.end)
                v = text != text.lower()
            self.memo[k] = v
        return v


class _Doc:
    """Per-document lookups for the org rules: word starts, capitalized words, recurrences."""

    def __init__(self, ft: FoldedText, lex: Lexicon):
        self.ft, self.lex = ft, lex
        self._starts: list[int] | None = None
        self._found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        if ft.offsets is None and name_cues(lex.lang).orgs_first:  # folded is the text in lower case
            words, orig = ft.words, ft.original  # the words whose text differs from the folded one
            spans = map(slice, map(_START, words), map(_END, words))
            self.caps: _Caps | set[int] = set(compress(count(), map(ne, map(orig.__getitem__, spans), map(_TEXT, words))))
        else:
            self.caps = _Caps(ft)
        self.prefixes = _count_prefixes(lex.lang)
        self.clitic: dict[int, int] = {}  # word index -> length of the clitic before its org name
        self.facts: tuple[list, list, list] = ([], [], [])  # :func:`_cue_facts`

    @property
    def starts(self) -> list[int]:
        """Folded start offset of every word (built on first use)."""
        if self._starts is None:
            self._starts = [w.start for w in self.ft.words]
        return self._starts

    def index_at(self, pos: int) -> int | None:
        """Index of the word starting at folded offset ``pos``."""
        k = bisect_left(self.starts, pos)
        return k if k < len(self.starts) and self.starts[k] == pos else None

    def find(self, toks: tuple[str, ...]) -> list[tuple[int, int]]:
        """(word index, clitic length) of every occurrence of the words ``toks``; a clitic that
        ends in the article does not count ('القرار' is no second 'قرار')."""
        if toks not in self._found:
            ft, words, tok = self.ft, self.ft.words, toks[0]
            out = []
            pos = ft.folded.find(tok)
            while pos >= 0:
                end = pos + len(tok)
                if end >= len(ft.folded) or not WORD.match(ft.folded, end):
                    k = bisect_left(self.starts, pos + 1) - 1
                    plen = pos - words[k].start if k >= 0 else -1
                    if k >= 0 and words[k].end == end and (plen == 0 or ft.folded[words[k].start:pos] in self.prefixes) \
                            and k + len(toks) <= len(words) \
                            and all(words[k + n].text == toks[n] for n in range(1, len(toks))):
                        out.append((k, plen))
                pos = ft.folded.find(tok, end)
            self._found[toks] = out
        return self._found[toks]


def _org_word(doc: _Doc, i: int, cues: NameCues, taken: set[int], first: bool) -> bool:
    """Can word i be part of an unknown org name?"""
    ft, lex = doc.ft, doc.lex
    if i >= len(ft.words) or i in taken:
        return False
    t = ft.words[i].text
    if t.isdigit() or t in lex.stopwords or t in cues.not_org or t in lex.months:
        return False
    if lex.lang == "en" or t.isascii():
        if i not in doc.caps:
            return False
        return not (first and ((t in lex.not_names and t not in lex.org_suffixes) or t in lex.given_names
                               or bool(lex.titles and lex.titles.fullmatch(t))))
    art = lex.syntax.get("role_article") or ""
    if len(t) < 2 or (art and t.startswith(art)) or t in lex.org_generic or t in lex.numbers:
        return False
    if t in lex.not_names or _lexical(lex.lang, t) or (first and t in lex.given_names):
        return False
    if t not in cues.letters and cues.shapes and cues.shapes.search(t):
        return False
    conj = lex.syntax.get("conjunction_prefix")
    if first and conj and t.startswith(conj):
        return False  # 'وحاول': a conjunction and a verb
    if any(rest in lex.stopwords for rest, _ in _strip_variants(t, lex)):
        return False
    return not (t in lex.org_noun_forms or role_at(t, 0, lex))


def _org_end(doc: _Doc, i: int, cues: NameCues, taken: set[int], max_len: int = 5) -> int:
    """End word index of an org name starting at word i. English: capitalized words (with 'of',
    '&' inside); Arabic: spelled Latin letters always, another word only when the longer name
    recurs in the document (a name keeps its boundaries, the word after it changes)."""
    ft, lex = doc.ft, doc.lex
    words = ft.words
    j = i + 1
    while j < len(words) and j - i < max_len and j not in taken:
        gap = _gap(ft, j)
        if gap in _APOS and lex.lang == "en" and words[j].text == "s" and _poss_head(doc, j + 1, cues, taken):
            j += 1  # "King's Lynn Town", "Queen's Park Rangers": an apostrophe inside the name
            continue
        if not (_NAME_GAP.fullmatch(gap) or re.fullmatch(r"\s?&\s?", gap)) or (gap == "." and lex.lang != "en"):
            break  # 'Character.AI', 'AT&T'
        t = words[j].text
        if lex.lang == "en":
            if t in cues.joiners and t != "the" and _org_word(doc, j + 1, cues, taken, False):
                j += 2
                continue
            if not _org_word(doc, j, cues, taken, False):
                break
        elif t in cues.letters:
            pass
        elif not (_org_word(doc, j, cues, taken, False) and len(doc.find(_toks(doc, i, j + 1))) >= 2):
            break
        j += 1
    return j


_APOS = ("'", "\u2019")


@lru_cache(maxsize=None)
def _poss_heads(lang: str) -> frozenset[str]:
    """names.json ``org_heads_after_possessive`` and the org suffixes: the last word of a name
    with "'s" inside ('Town' in "King's Lynn Town", 'College' in "St John's College")."""
    return frozenset(fold(w) for w in load(lang, "names").get("org_heads_after_possessive", [])) \
        | frozenset(get_lexicon(lang).org_suffixes)


def _poss_head(doc: _Doc, j: int, cues: NameCues, taken: set[int]) -> bool:
    """After "X's", do one to three capitalized words, the last an org head, follow ("King's
    Lynn Town"; not "Apple's Tim Cook", not "Norwich City's manager")?

    >>> ft = FoldedText.build("King's Lynn Town", [(0, 16)])
    >>> _poss_head(_Doc(ft, get_lexicon("en")), 2, name_cues("en"), set())
    True
    """
    words, heads = doc.ft.words, _poss_heads(doc.lex.lang)
    if j >= len(words) or _gap(doc.ft, j) != " ":
        return False
    for k in range(j, min(j + 3, len(words))):
        if (k > j and _gap(doc.ft, k) != " ") or not _org_word(doc, k, cues, taken, k == j):
            return False
        if words[k].text in heads:
            return True
    return False


def extend_org(ft: FoldedText, lex: Lexicon, taken: set[int], i1: int) -> int:
    """Keep the spelled Latin letters that end an org name ('أوبن إيه آي', not 'أوبن إيه').

    >>> ft = FoldedText.build("Acme Corp", [(0, 9)])
    >>> extend_org(ft, get_lexicon("en"), set(), 2)
    2
    """
    letters = name_cues(lex.lang).letters
    while i1 < len(ft.words) and i1 not in taken and ft.words[i1].text in letters \
            and re.fullmatch(r" {1,2}", _gap(ft, i1)):
        i1 += 1
    return i1


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
    post = None
    for r in lex.role_one.finditer(doc.ft.folded, max(0, pos - 40), end):
        if r.end() >= pos - 1:
            post = r
    if post is None or lex.role_codes.get(post.lastgroup) in public or post.group() in public:
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
_NEXT = re.compile(r"\s+(?:(?:has|have|had)\s+)?([\w\-]+)")
_SPACES = re.compile(r" {1,2}")
_NAME_GAP = re.compile(r"[ \-]{1,2}|\.")  # 'Character.AI'
_APPOS = re.compile(r"\s*,\s*(?:the|a|an|its)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)\s*(?:[,.;(]|$)")


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
    if j < len(words) and _SPACES.fullmatch(_gap(ft, j)) and j not in doc.caps:
        for k in (j, j + 1):
            r = role_at(ft.folded, words[k].start, lex) if k < len(words) else None
            name = doc.index_at(r.end() + 1) if r and ft.folded[r.end():r.end() + 1] == " " else None
            if name is not None and name in doc.caps:
                return True  # 'HSBC chief executive Noel Quinn'
            if r and lex.speech and lex.speech.match(ft.folded, r.end() + 1):
                return True  # 'a Thinking Machines spokesperson said'
    app = _APPOS.match(after)
    return bool(app and app.group(1).split()[-1] in cues.heads) \
        or _appos_head_says(after, lex, cues)  # ', the self-driving car company,'


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


def _ar_org_context(doc: _Doc, i: int, j: int, strong: bool) -> bool:
    """After a cue, do words [i, j) name an org (Arabic rules)?"""
    ft, lex = doc.ft, doc.lex
    after = ft.folded[ft.words[j - 1].end:ft.words[j - 1].end + 40]
    m = re.match(r"\s*[,\u060c]\s*", after)
    if m and role_at(after, m.end(), lex):
        return False  # 'غادر X Y، رئيس ...': a person in apposition with a role
    if strong or len(doc.find(_toks(doc, i, j))) >= 2:
        return True
    k = i - 1  # 'الرئيس التنفيذي في X', 'المدير الرياضي في X': a post held in X
    if k < 1 or ft.words[k].text not in name_cues(lex.lang).role_org_links:
        return False
    art = lex.syntax.get("role_article") or "\0"
    for m in (k, k - 1, k - 2):  # the post, then up to two adjectives with the article
        if m < 1 or _post_ends_at(doc, m - 1):
            return m >= 1
        if not ft.words[m - 1].text.startswith(art):
            return False
    return False


def _post_ends_at(doc: _Doc, k: int) -> bool:
    """Does a role phrase end with word k (a quick memoized test of the word first)?"""
    from talentflow.pipeline.names_roles import _ends_role, _role_ending_at

    return k >= 0 and _ends_role(doc.ft, k, doc.lex) and _role_ending_at(doc.ft, k, doc.lex) is not None


def _toks(doc: _Doc, i: int, j: int) -> tuple[str, ...]:
    """The words [i, j), the first without the clitic that precedes an org name ('لكارفور')."""
    words = doc.ft.words
    first = words[i].text[doc.clitic.get(i, 0):]
    return (first,) + tuple(w.text for w in words[i + 1:j])


def _after_roles(doc: _Doc, out: dict[int, bool]) -> None:
    """'الرئيس التنفيذي لبارتيكو', 'مديرًا عامًا لفيرونكس': a post right before 'for' + a word that
    looks like a name: the org is that word without the clitic (not 'للفريق', 'لمدة', 'لشؤون')."""
    lex, ft = doc.lex, doc.ft
    clitic = name_cues(lex.lang).role_org_clitic
    if not clitic:
        return
    marks = _org_marks(lex.lang)
    words, n = ft.words, len(clitic)
    for k in doc.facts[2]:
        w = words[k]
        if k in out or k == 0 or (marks[0] and marks[0].search(ft.orig_text(w.start + n, w.end))) \
                or not _SPACES.fullmatch(_gap(ft, k)) or not _post_ends_at(doc, k - 1):
            continue
        out[k] = True
        doc.clitic[k] = n


def _for_name_shape(t: str, lex: Lexicon, clitic: str) -> bool:
    """Is ``t`` 'for' + a word that may be an org's name ('لبارتيكو'; not 'للفريق', 'لمدة', 'لها')?"""
    from talentflow.pipeline.names_words import _common_shape

    n, cues, marks = len(clitic), name_cues(lex.lang), _org_marks(lex.lang)
    if not clitic or not t.startswith(clitic) or len(t) < n + 3 or t.startswith(clitic + clitic):
        return False
    rest = t[n:]
    return not (rest in lex.stopwords or rest in lex.given_names or rest in lex.not_names or rest in lex.org_noun_forms
                or rest in cues.not_org or (cues.shapes and cues.shapes.search(rest))
                or (marks[1] and marks[1].search(rest)) or _common_shape(rest, lex))


def _cue_facts(doc: _Doc) -> tuple[list[tuple[int, str]], list[int], list[int]]:
    """Per document, from facts memoized per word form: (index, cue key) of the words that start
    a cue (a verb also after the conjunction clitic: 'وانتقل إلى X'; not a bare preposition:
    'وإلى نهائي'), indexes of the verbs an org is the subject of, indexes of 'for' + a name shape."""
    lex = doc.lex
    memo = word_memo(lex, "org_cue_facts")
    texts = [w.text for w in doc.ft.words]
    new = set(texts).difference(memo)
    if new:
        by_first, verbs = name_cues(lex.lang).by_first, _subject_cues(lex.lang)
        conj = lex.syntax.get("conjunction_prefix") or "\0"
        clitic = name_cues(lex.lang).role_org_clitic
        for t in new:
            key = t if t in by_first else t[len(conj):] if t.startswith(conj) and any(
                strong for _toks, strong in by_first.get(t[len(conj):], ())) else None
            memo[t] = (key, t in verbs, _for_name_shape(t, lex, clitic)) if (
                key or t in verbs or _for_name_shape(t, lex, clitic)) else None
    hits = [(k, memo[t]) for k, t in enumerate(texts) if memo[t] is not None]
    return ([(k, f[0]) for k, f in hits if f[0]], [k for k, f in hits if f[1]], [k for k, f in hits if f[2]])


def _after_cues(doc: _Doc, cues: NameCues, person_end: dict[int, int]) -> dict[int, bool]:
    """Word index after each cue -> strong cue? A person named between a verb and its object
    is skipped ('غادر سوتسكيفر أوبن إيه آي')."""
    out: dict[int, bool] = {}
    words = doc.ft.words
    by_first, never = cues.by_first, _never_first(doc.lex.lang)
    art = doc.lex.syntax.get("role_article") or "\0"
    conj = doc.lex.syntax.get("conjunction_prefix") or "\0"
    starts = {e: s for s, e in person_end.items()}
    doc.facts = _cue_facts(doc)
    for k, key in doc.facts[0]:
        for toks, strong in by_first[key]:
            c = k + len(toks)
            if c < len(words) and (words[c].text in never or words[c].text.startswith(art)) \
                    and not (strong and c in person_end):
                continue  # 'في الشركة', 'من دون': no name follows
            if c < len(words) and all(words[k + x].text == toks[x] for x in range(1, len(toks))):
                if strong and c in person_end and person_end[c] < len(words) \
                        and re.fullmatch(r"\s{1,2}", _gap(doc.ft, person_end[c])):
                    c = person_end[c]
                strong = strong or (k in starts and _verb_before(words, starts[k], key, by_first, conj))
                out[c] = out.get(c, False) or strong
                break
    _after_subject_verbs(doc, out, person_end)
    _after_roles(doc, out)
    return out


def _verb_before(words: list, s: int, prep: str, by_first: dict, conj: str) -> bool:
    """Does a verb whose object the preposition ``prep`` introduces stand a few words before the
    person starting at word s ('انضم المدرب الهولندي X Y إلى Z', 'رحل X Y عن Z')?"""
    for k in range(max(0, s - 4), s):
        t = words[k].text
        t = t if t in by_first else t[len(conj):] if t.startswith(conj) else t
        if any(len(toks) == 2 and toks[1] == prep and strong for toks, strong in by_first.get(t, ())):
            return True
    return False


@lru_cache(maxsize=None)
def _subject_cues(lang: str) -> frozenset[str]:
    """names.json ``org_cues_subject``: verbs an org is the subject of, the name right after them
    ('أعلنت X', 'أقال X مدربه'), also after the conjunction clitic ('وأعلنت X')."""
    forms = {fold(w) for w in load(lang, "names").get("org_cues_subject", [])}
    conj = get_lexicon(lang).syntax.get("conjunction_prefix") or ""
    return frozenset(forms | ({conj + f for f in forms} if conj else set()))


def _after_subject_verbs(doc: _Doc, out: dict[int, bool], person_end: dict[int, int]) -> None:
    """'أعلنت فالكورا تعيين ...', 'أقالت دوراكس رئيسها': an unknown word right after a verb an
    org announces or decides with is the org (not a person named there, and only a word with no
    marks of a native noun or verb: 'قالت مصادر' names no org)."""
    from talentflow.pipeline.names_words import _common_shape

    verbs, marks = _subject_cues(doc.lex.lang), _org_marks(doc.lex.lang)
    if not verbs:
        return
    ft, words = doc.ft, doc.ft.words
    for k in doc.facts[1]:
        c = k + 1
        if c < len(words) and c not in person_end and c not in out \
                and _SPACES.fullmatch(_gap(ft, c)) and words[c].text not in doc.lex.given_names \
                and not (marks[0] and marks[0].search(ft.orig_text(words[c].start, words[c].end))) \
                and not (marks[1] and marks[1].search(words[c].text)) and not _common_shape(words[c].text, doc.lex) \
                and not _second_name_word(doc, c, verbs, person_end):
            out[c] = True


def _second_name_word(doc: _Doc, c: int, verbs: frozenset[str], person_end: dict[int, int]) -> bool:
    """Is word c written elsewhere right after a word that may be a first name ('أمار X' ...
    'وأعلن X'): a person's surname the person rules missed, not an org ('غادر نيكول X' is the
    org after a person)."""
    ft, lex, words = doc.ft, doc.lex, doc.ft.words
    ends = set(person_end.values())  # 'غادر نيكول X': the word after a person
    named = {words[x].text for s, e in person_end.items() for x in range(s, e)}
    art = lex.syntax.get("role_article") or "\0"
    marks, shapes = _org_marks(lex.lang)
    cues = name_cues(lex.lang)
    by_first = cues.by_first
    if words[c].text in cues.letters:
        return False  # 'بي بي سي': spelled Latin letters
    for k, plen in doc.find((words[c].text,)):
        if k == c or k == 0 or plen or not _SPACES.fullmatch(_gap(ft, k)) or k in ends:
            continue
        p = words[k - 1]
        t = p.text
        if t in named or t in lex.stopwords or t.startswith(art) or t in lex.org_noun_forms or t in verbs or t in by_first \
                or t.isdigit() or (marks and marks.search(ft.orig_text(p.start, p.end))) \
                or (shapes and shapes.search(t)) or (cues.shapes and cues.shapes.search(t)) or _lexical(lex.lang, t):
            continue
        return True
    return False


@lru_cache(maxsize=None)
def _org_marks(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """names.json ``org_native_word_marks`` (letters and signs of a native word that no
    transliterated org name has: 'رسميًا', 'مسؤولية') and ``org_subject_not_shapes`` (shapes of
    the nouns that head a subject: 'ناشر', 'حاكم')."""
    d = load(lang, "names")
    marks, shapes = d.get("org_native_word_marks"), d.get("org_subject_not_shapes")
    return (re.compile("|".join(marks)) if marks else None,
            re.compile("|".join(fold_regex(r) for r in shapes)) if shapes else None)


def _person_words(doc: _Doc, ents: list, cues: NameCues, hits: list[int]) -> set[str]:
    """Words of the persons named so far; before the person rules ran, also the capitalized
    words after a given name or a title ('Greg Brockman' makes 'Brockman' a person's)."""
    ft, lex = doc.ft, doc.lex
    words = ft.words
    out = {words[k].text for m in ents if m.type == "person" for k in range(m.w0, m.w1)}
    if cues.orgs_first:
        for k in hits:
            t = words[k].text
            if (t in lex.given_names or t in cues.titles) and k in doc.caps:
                n = k + 1
                while n in doc.caps and n - k <= 3 and _SPACES.fullmatch(_gap(ft, n)):
                    out.add(words[n].text)
                    n += 1
    return out


def _run_start(doc: _Doc, e: int) -> int | None:
    """First word of the capitalized words ending at word e ('Thinking Machines Lab')."""
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


def _en_candidates(doc: _Doc, cues: NameCues, hits: list[int]) -> dict[int, bool]:
    """First words of the capitalized names next to a cue word: after 'left'/'startup', before
    "'s", a role word or 'sacked', or before ', the ... company'."""
    ft, words, caps, acts = doc.ft, doc.ft.words, doc.caps, cues.actions
    out: set[int | None] = set()
    for k in hits:
        a = acts.get(words[k].text, 0)
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
        if a & 32:
            out.add(_says_its_subject(doc, k))  # 'Corvell Retail said on Monday that its ...'
        if a & 16 and k > 2 and "," in ft.folded[words[max(0, k - 6)].end:words[k].start]:
            for m in range(k - 1, max(0, k - 6), -1):
                if "," in _gap(ft, m):
                    out.add(_run_start(doc, m - 1))  # 'Cruise, the self-driving car company'
                    break
    out.discard(None)
    return dict.fromkeys(out, False)


@lru_cache(maxsize=None)
def _descriptors(lang: str) -> frozenset[str]:
    """names.json ``org_descriptors_not_first``: words that describe an org before its name and
    never start one ('Rival', 'Lender' at the start of a sentence)."""
    return frozenset(fold(w) for w in load(lang, "names").get("org_descriptors_not_first", []))


@lru_cache(maxsize=None)
def _never_first(lang: str) -> frozenset[str]:
    """Words that never start an unknown org name (a quick test before :func:`_org_word`)."""
    lex, cues = get_lexicon(lang), name_cues(lang)
    out = set(lex.stopwords) | cues.not_org | set(lex.months) | set(lex.given_names) | cues.titles
    return frozenset(out | (set(lex.not_names) - set(lex.org_suffixes)))


def cue_orgs(ft: FoldedText, lex: Lexicon, ents: list, taken: set[int], doc: _Doc | None = None
             ) -> list[tuple[int, int]]:
    """(w0, w1) spans of org names the KB does not know, read from the words around them:
    'left X', "X's team", 'startup X', 'X chief executive Y', 'غادر X', 'انضم إلى X'.

    >>> ft = FoldedText.build("Jane Roe left Zentrix last week.", [(0, 32)])
    >>> cue_orgs(ft, get_lexicon("en"), [], set())
    [(3, 4)]
    """
    cues = name_cues(lex.lang)
    doc = doc or _Doc(ft, lex)
    keys = cues.keys
    hits = list(compress(count(), map(keys.__contains__, map(_TEXT, ft.words)))) if cues.orgs_first else []
    person_words = _person_words(doc, ents, cues, hits)
    if cues.orgs_first:
        cands = _en_candidates(doc, cues, hits)
    else:
        cands = _after_cues(doc, cues, {m.w0: m.w1 for m in ents if m.type == "person"})
    out: list[tuple[int, int]] = []
    end = 0
    never = _never_first(lex.lang)
    words = ft.words
    for i in sorted(cands):
        t = words[i].text  # a word of a person's name ('Sutskever' after 'Ilya Sutskever') is no org
        if i < end or i in taken or t in never or t in person_words or not _org_word(doc, i, cues, taken, True):
            continue
        j = _org_end(doc, i, cues, taken)
        if j - i >= 2 and cues.orgs_first and t in _descriptors(lex.lang):
            i, t = i + 1, words[i + 1].text  # 'Rival Tessaro Bank hired ...': a capitalized descriptor, not the name
        if j - i == 1 and (t in lex.org_suffixes or t in _demonyms(lex.lang)) and cues.orgs_first:
            continue  # 'head of AI', 'its Media unit', 'the Portuguese coach': a suffix or a nationality alone names no org
        if cues.orgs_first:
            ok = _en_org_context(doc, i, j, cues)
        else:
            ok = _ar_org_context(doc, i, j, cands[i])
        if ok:
            out.append((i, j))
            taken.update(range(i, j))
            end = j
    return out


def repeat_orgs(ft: FoldedText, lex: Lexicon, ents: list, taken: set[int], doc: _Doc | None = None) -> list:
    """Every other mention of an org found from context: the same words, a clitic allowed
    ('لآبل' after 'آبل'); English keeps its capital letter."""
    from talentflow.pipeline.entities import Mention

    doc = doc or _Doc(ft, lex)
    out = []
    seen: set[tuple[str, ...]] = set()
    for m in ents:
        if m.type != "org" or m.source != "context":
            continue
        toks = (ft.folded[m.start:ft.words[m.w0].end],) + tuple(w.text for w in ft.words[m.w0 + 1:m.w1])
        if toks in seen or len(toks[0]) < 2:
            continue
        seen.add(toks)
        n = len(toks)
        for k, plen in doc.find(toks):
            if any(x in taken for x in range(k, k + n)) or (lex.lang == "en" and k not in doc.caps):
                continue
            w = ft.words[k]
            out.append(Mention(w.start + plen, ft.words[k + n - 1].end, k, k + n, "org", m.id, m.name, "context"))
            taken.update(range(k, k + n))
    return out


def cue_org_mentions(ft: FoldedText, lex: Lexicon, ents: list, taken: set[int]) -> list:
    """Mentions of the orgs :func:`cue_orgs` finds, then their other mentions in the document."""
    from talentflow.pipeline.entities import Mention, _resolve

    doc = _Doc(ft, lex)
    out = []
    for i0, i1 in cue_orgs(ft, lex, ents, taken, doc):
        s, e = ft.words[i0].start + doc.clitic.get(i0, 0), ft.words[i1 - 1].end
        ref = _resolve(ft.orig_text(s, e), "org")
        out.append(Mention(s, e, i0, i1, "org", ref.id, ref.name, "context"))
    out += repeat_orgs(ft, lex, ents + out, taken, doc)
    return _short_forms(ft, out, ents) if lex.lang == "en" else out


def _short_forms(ft: FoldedText, orgs: list, ents: list) -> list:
    """A one-word org that is the first word of exactly one longer org found in the story is its
    short form ('at Brighton' after 'Brighton & Hove Albion'): same id and name."""
    longer: dict[str, list] = {}
    for m in orgs + [e for e in ents if e.type == "org" and e.source == "context"]:
        if m.w1 - m.w0 > 1:
            longer.setdefault(ft.words[m.w0].text, []).append(m)
    if not longer:
        return orgs
    for m in orgs:
        full = longer.get(ft.words[m.w0].text) if m.w1 - m.w0 == 1 else None
        if full and len({f.id for f in full}) == 1:
            m.id, m.name = full[0].id, full[0].name
    return orgs
