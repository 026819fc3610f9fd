"""Organizations the KB does not know, read from the words around them (both languages):
objects of movement verbs, possessives, org + role + name, head nouns, names a story repeats
after a preposition, spelled Latin letters; then every other mention of the same name.
The per-document word view these rules share is orgs_doc.py; the English context tests are
orgs_en.py; this module keeps the Arabic cue rules and puts the candidates together.

>>> from talentflow.pipeline.lexicon import get_lexicon
>>> ft = FoldedText.build("Tomas Berg quit Norvane. Norvane said little.", [(0, 45)])
>>> [ft.orig_text(m.start, m.end) for m in cue_org_mentions(ft, get_lexicon("en"), [], set())]
['Norvane', 'Norvane']
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count

from talentflow.lang import load
from talentflow.lang.normalize import fold
from talentflow.pipeline.lexicon import Lexicon, fold_regex, get_lexicon, word_memo
from talentflow.pipeline.names import _demonyms
from talentflow.pipeline.names_roles import role_at
from talentflow.pipeline.names_words import _gap, _lexical, word_texts
from talentflow.pipeline.names_cues import NameCues, name_cues
from talentflow.pipeline.orgs_doc import _SPACES, _Doc, _never_first, _org_end, _org_word, _toks
from talentflow.pipeline.orgs_en import _en_candidates, _en_org_context
from talentflow.pipeline.text import FoldedText


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
    texts = word_texts(doc.ft)
    got = list(map(memo.get, texts))  # None: not asked yet; False: no fact
    if None in got:
        new = set(texts).difference(memo)
        by_first, verbs = name_cues(lex.lang).by_first, _subject_cues(lex.lang)
        conj = lex.syntax.get("conjunction_prefix") or "\0"
        clitic = name_cues(lex.lang).role_org_clitic
        for t in new:
            key = t if t in by_first else t[len(conj):] if t.startswith(conj) and any(
                strong for _toks, strong in by_first.get(t[len(conj):], ())) else None
            fact = (key, t in verbs, _for_name_shape(t, lex, clitic))
            memo[t] = fact if any(fact) else False
        got = list(map(memo.__getitem__, texts))
    hits = list(compress(enumerate(got), got))
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
    n_words = len(words)
    for k, key in doc.facts[0]:
        for toks, strong in by_first[key]:
            c = k + len(toks)
            if c < n_words and (words[c].text in never or words[c].text.startswith(art)) \
                    and not (strong and c in person_end):
                continue  # 'في الشركة', 'من دون': no name follows
            if c < n_words and all(words[k + x].text == toks[x] for x in range(1, len(toks))):
                if strong and c in person_end and person_end[c] < n_words \
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


@lru_cache(maxsize=None)
def _descriptors(lang: str) -> frozenset[str]:
    """names.json ``org_descriptors_not_first``: words that describe an org before its name and
    never start one ('Rival', 'Lender' at the start of a sentence)."""
    return frozenset(fold(w) for w in load(lang, "names").get("org_descriptors_not_first", []))


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
    hits = list(compress(count(), map(keys.__contains__, word_texts(ft)))) if cues.orgs_first else []
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


@lru_cache(maxsize=None)
def _definite_heads(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    """Each org noun with the article and a clitic before it ('الشركه', 'بالبنك', 'للهيئه') ->
    how many letters to drop so the mention starts at the article ('لل' drops both, the name
    then starts at the noun); and names.json ``org_name_adjectives`` (folded)."""
    lex = get_lexicon(lang)
    art = lex.syntax.get("role_article") or ""
    clitic = name_cues(lang).role_org_clitic or ""
    if not art or not clitic:
        return {}, frozenset()
    heads: dict[str, int] = {}
    for n in (n for n in lex.org_nouns if not n.startswith(art)):
        heads[art + n] = 0
        heads[clitic + art[1:] + n] = len(art)  # 'للشركه': 'for' + the article
        for p in map(fold, lex.syntax.get("noun_clitics", [])):
            heads[p + art + n] = len(p)
            heads[p + clitic + art[1:] + n] = len(p) + len(art)
    adjs = frozenset(fold(w) for w in load(lang, "names").get("org_name_adjectives", []))
    return heads, adjs


def definite_orgs(ft: FoldedText, lex: Lexicon, taken: set[int]) -> list[tuple[int, int, int]]:
    """'الشركة المصرية للاتصالات', 'الهيئة العامة للطيران المدني', 'البنك الأهلي المصري': an org
    noun with the article, its adjectives with the article, and a 'for'-complement naming its
    field; an org's name when it has the complement or an org adjective ('الوطني', 'المركزي'),
    not a description ('الشركة الأمريكية'). (w0, w1, letters of clitic to skip) per name.

    >>> ft = FoldedText.build("غادر الشركة الوطنية للإسكان.", [(0, 29)])
    >>> definite_orgs(ft, get_lexicon("ar"), set())
    [(1, 4, 0)]
    """
    heads, adjs = _definite_heads(lex.lang)
    if not heads:
        return []
    words, art, cues = ft.words, lex.syntax["role_article"], name_cues(lex.lang)
    clitic = cues.role_org_clitic
    out: list[tuple[int, int, int]] = []

    def plain(k: int) -> bool:  # a word that may go on the name: no title, post, filler or time word
        t = words[k].text
        return k not in taken and _SPACES.fullmatch(_gap(ft, k)) is not None and t not in cues.titles \
            and t not in lex.syntax["gap_fillers"] and t not in lex.stopwords and not role_at(t, 0, lex)

    for i in compress(count(), map(heads.__contains__, word_texts(ft))):
        if i in taken:
            continue
        j, named = i + 1, False
        while j < len(words) and j - i <= 2 and words[j].text.startswith(art) and plain(j):
            named = named or words[j].text in adjs
            j += 1
        t = words[j].text if j < len(words) else ""
        rest = t[len(clitic + art) - 1:] if t.startswith(clitic + art[1:]) and j > i + 1 else ""
        # a field needs an adjective before it: 'الشركة للذكاء الاصطناعي' describes, no name
        if len(rest) >= 3 and plain(j) and rest not in cues.not_org \
                and (rest not in lex.org_nouns or art + rest in lex.org_generic) \
                and (art + rest) not in lex.org_noun_forms:
            named, j = True, j + 1  # 'للاتصالات', 'للطيران'
            if j < len(words) and words[j].text.startswith(art) and plain(j):
                j += 1  # 'المدني'
        if named and j > i + 1:
            out.append((i, j, heads[words[i].text]))
            taken.update(range(i, j))
    return out
