"""Who a trigger is about: subjects, objects, lists, pronouns and relative clauses.

Arabic verb-subject and subject-verb orders, English active/passive/nominal forms; a possessor,
a speaker or the object of a preposition is not the subject; a pronoun (or an Arabic verb
without a subject) links back to the last person named.

>>> from talentflow.pipeline import extract
>>> [e.person.name for e in extract("Acme Corp said Jane Roe and John Smith resigned.", "en")]
['Jane Roe', 'John Smith']
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.lang.normalize import fold
from talentflow.pipeline.entities import Mention
from talentflow.pipeline.entities_kb import mentions_in, typed_by_start
from talentflow.pipeline.lexicon import get_lexicon, literal_gate

if TYPE_CHECKING:
    from talentflow.pipeline.events import DocContext, Hit

_rx = lru_cache(maxsize=None)(re.compile)  # a language-data pattern, compiled once (asked per trigger, per name)


def _clause_before(ctx: DocContext, hit: Hit, limit: int = 70) -> str:
    s, _ = ctx.ft.sents[hit.sent]
    a = max(s, hit.start - limit)
    text = ctx.ft.folded[a:hit.start]
    if a > s and ctx.ft.folded[a - 1].isalnum():  # a cut word's tail ('the' -> 'he') is no cue
        text = text[len(re.match(r"\w*", text).group()):]
    parts = re.split(ctx.lex.syntax["clause_break"], text)
    return parts[-1] if parts else text


def _persons_in(ctx: DocContext, s: int, e: int) -> list[Mention]:
    """Persons within [s, e), in ``ctx.ents`` order (found by bisection when it is by start)."""
    return mentions_in(ctx.ents, ctx.memo, "person", s, e)


def starting_in(ctx: DocContext, kind: str, a: int, b: int) -> list[Mention]:
    """Mentions of type ``kind`` that start in [a, b) (their end anywhere), in ``ctx.ents`` order:
    a slice of the per-type index by start (``entities_kb.typed_by_start``; a linear scan when
    ``ctx.ents`` is not by start). Replaces ``[m for m in ctx.ents if m.type == kind and a <= m.start < b]``.

    >>> from types import SimpleNamespace
    >>> m = Mention(5, 9, 1, 2, "person", "p:x", "X")
    >>> [x.id for x in starting_in(SimpleNamespace(ents=[m], memo={}), "person", 0, 6)]
    ['p:x']
    """
    typed, starts = typed_by_start(ctx.ents, ctx.memo, kind)
    if starts is None:
        return [m for m in typed if a <= m.start < b]
    return typed[bisect_left(starts, a):bisect_left(starts, b)]


def _reported_clause(ctx: DocContext, a: int, b: int) -> bool:
    """A complementizer ('that', Arabic 'inna/anna') between a and b: what follows is what the
    person said, not the person ('X said that people who left ...')."""
    rx = _complementizer_rx(ctx.lang)
    return rx is not None and rx.search(ctx.ft.folded, a, b) is not None


def _impersonal_between(ctx: DocContext, a: int, b: int) -> bool:
    """'قال X إنه سيتم قبول الاستقالة': 'that it will be' (an impersonal passive) between a person
    and a verbal noun: the noun is what was done to someone else, not the speaker's own move
    (syntax.json ``impersonal_clause``)."""
    rx = ctx.lex.syntax.get("impersonal_clause")
    return bool(rx) and _rx(rx).search(ctx.ft.folded, a, b) is not None


@lru_cache(maxsize=None)
def _complementizer_rx(lang: str) -> re.Pattern | None:
    """The complementizer of ``lang/<code>/dates.json`` (the one stints' reported-speech rule reads)."""
    d = get_lexicon(lang).data["dates"]
    return re.compile(rf"(?<!\w)(?:{fold(d['complementizer'])})(?!\w)") if d.get("complementizer") else None


def _is_speaker(ctx: DocContext, m: Mention) -> bool:
    memo = ctx.memo.get("speaker")
    if memo is None:
        memo = ctx.memo["speaker"] = {}
    key = (m.start, m.end)  # the same names are asked about for every trigger near them
    got = memo.get(key)
    if got is None:
        got = memo[key] = _is_speaker_at(ctx, m)
    return got


def _is_speaker_at(ctx: DocContext, m: Mention) -> bool:
    before = ctx.ft.folded[max(0, m.start - 25):m.start]
    sp = ctx.lex.speech
    return bool(sp and _at_end(sp.pattern).search(before)) and not _reported_subject(ctx, m, before)


@lru_cache(maxsize=64)
def _at_end(pattern: str) -> re.Pattern:
    """``pattern`` right before the end of a text (spaces allowed), compiled once.

    >>> _at_end("said").search("as he said ") is not None
    True
    """
    return re.compile(r"(?:" + pattern + r")\s*$")


@lru_cache(maxsize=64)
def _words_before_end(words: tuple[str, ...], most: int) -> re.Pattern | None:
    """One of ``words`` followed by at most ``most`` words before the end of a text (None if no
    words), compiled once.

    >>> _words_before_end(("he", "she"), 3).search("said that he is ") is not None
    True
    """
    alts = "|".join(words)
    return re.compile(rf"\b(?:{alts})\s+(?:\w+\s+){{0,{most}}}$") if alts else None


def _reported_subject(ctx: DocContext, m: Mention, before: str) -> bool:
    """'Acme said Jane Roe resigned': a name after '<subject> said' with a verb after it is the
    subject of what was said, not the speaker ('..., said Jane Roe')."""
    rx = ctx.lex.syntax.get("reported_subject_before")
    said = re.search(rx, before) if rx else None
    if said is None:
        return False  # after ', said' only a verb after the name says so ('..., said Jane Roe, the chief')
    return before[said.start()] != "," or re.match(r" \w", ctx.ft.folded[m.end:m.end + 2]) is not None


def _between_has_break(ctx: DocContext, a: int, b: int) -> bool:
    return bool(re.search(r"[.;\u061b]", ctx.ft.folded[a:b]))


def choose_person(ctx: DocContext, hit: Hit) -> tuple[list[Mention], bool]:
    """The person(s) a trigger is about, and whether they came from a pronoun."""
    s, e = ctx.ft.sents[hit.sent]
    persons = [p for p in _persons_in(ctx, s, e) if not (hit.start <= p.start < hit.end)]
    form = hit.trig.form
    if form == "possessive":  # "Jane Roe's resignation": the possessor is the person
        own = [p for p in persons if 0 <= hit.start - p.end <= 14 and _possessor(ctx, p)]
        if own:
            return own[-1:], False
        if _other_possessor(ctx, hit.start, s):
            return [], False
        form = "noun"
    if form == "noun":  # "the departure of X": the object of 'of' is the person
        right = [p for p in persons if 0 <= p.start - hit.end <= 2]
        if not right and ctx.lang == "en":  # 'the abrupt departure of (finance chief) X'
            right = [p for p in persons if _object_of_noun(ctx, hit.end, p)][:1]
        if right:
            return _expand_list(ctx, right[0], persons), False
    if _after_relative_pronoun(ctx, hit.start, floor=s):
        prior = [p for p in persons if p.end <= hit.start and hit.start - p.end <= 60
                 and not _is_speaker(ctx, p) and not _reported_clause(ctx, p.end, hit.start)]
        if prior:  # "..., replacing Y, who is retiring": the relative pronoun's antecedent,
            return _expand_list(ctx, prior[-1], persons), False  # with those listed with it
        return [], False  # 'people who joined for money': the antecedent is no one named
    # 'تعاقد النادي مع X': a preposition the trigger ends with governs its object, not an aside
    persons = [p for p in persons if not _oblique(ctx, p) or (form == "obj" and 0 <= p.start - hit.end <= 2)]
    pair = _pair_antecedent(ctx, hit)
    if pair:  # 'X وY ...، وقد غادر كلاهما', 'وكان الثنائي قد غادر': both people named before
        return pair, True
    own = ctx.lex.syntax["pronoun_suffix_original"]
    announced = bool(own) and form == "n" and re.search(own, ctx.ft.orig_text(hit.start, hit.end))
    before = [p for p in persons if p.end <= hit.start and (announced or not _is_speaker(ctx, p)
                                                            or (form == "n" and _announces_own(ctx, p, hit)))
              and not (form == "n" and _impersonal_between(ctx, p.end, hit.start))]
    after = [p for p in persons if p.start >= hit.end and not _is_speaker(ctx, p)]
    syn = ctx.lex.syntax
    tail = ctx.ft.folded[hit.end:e]
    # 'the officials who left clashed with two advisers: X and Y': a trigger in a relative
    # clause has its subject before it, so a list after it names someone else
    if re.match(syn["list_colon_after"], tail) and not _after_relative_pronoun(ctx, hit.start, floor=s):
        listed = [p for p in after if p.start - hit.end <= 120]
        if listed:
            return _expand_list(ctx, listed[0], persons), False
    if syn["pronoun_object_after"] and form == "obj" and re.match(syn["pronoun_object_after"], tail):
        ante = _antecedent(ctx, hit, force=True)
        return ([ante], True) if ante else ([], False)
    if ctx.lang == "en" and form in ("subj", "passive") and _pronoun_subject(ctx, hit):
        ante = _antecedent(ctx, hit)
        if ante is not None:
            return [ante], True
    near_after = [p for p in after if p.start - hit.end <= 45 and not _between_has_break(ctx, hit.end, p.start)
                  and _gap_ok(ctx, hit.end, p.start)]
    if not near_after and ctx.lang == "ar" and form == "obj":
        near_after = [p for p in after[:1] if _org_and_post_between(ctx, hit.end, p.start)]
    if not near_after and ctx.lang == "en" and form == "obj":
        near_after = [p for p in after[:1] if _described_object(ctx, hit.end, p)]
    if not near_after and ctx.lang == "ar" and form in ("v", "passive", "obj", "n", "noun"):  # 'استقال مدير إدارة المخاطر في بنك Y X'
        near_after = [p for p in after[:1] if _own_title_between(ctx, hit.end, p.start, form == "obj")
                      or _appositive_after_post(ctx, hit.end, p.start)]
    if near_after and ctx.lang == "ar" and form == "obj":
        nxt = [p for p in after if p.start >= near_after[0].end]
        if nxt and _agent_then_object(ctx, hit, near_after[0], nxt[0]):
            near_after = nxt[:1]  # 'أقالت رئيسة الوزراء X اليوم وزير الخزانة Y': X acts, Y is fired
    # a name inside a relative clause ("the company that Musk founded") is not the subject of a
    # later verb
    near_before = [p for p in before if hit.start - p.end <= 160 and not _after_relative_pronoun(ctx, p.start)]
    if ctx.lang == "ar" and len(near_before) >= 2:
        outside = [p for p in near_before if not _in_closed_relative(ctx, p, hit.start, s)]
        near_before = outside or near_before
    pick: Mention | None = None
    svo = ctx.lang == "ar" and near_before and hit.start - near_before[-1].end <= 2 \
        and not re.search(r"[,\u060c]", ctx.ft.folded[near_before[-1].end:hit.start])  # 'X, wa-verb': X ended the clause
    vn = syn.get("verbal_noun_trigger")
    if svo and near_after and vn and re.match(vn, ctx.ft.folded[hit.start:hit.end]):
        svo = False  # 'قرر X إقالة المدير Y': X decided; the verbal noun's object Y is dismissed
    if svo:
        pick = near_before[-1]
    elif form in ("obj", "noun", "n", "list") or (ctx.lang == "ar" and form in ("v", "passive")):
        if near_after and not _org_between(ctx, hit.end, near_after[0].start, form):
            pick = near_after[0]
        elif near_before and (form != "obj" or _subject_if_org_after(ctx, hit)):  # 'resigned X and appointing <unknown>': not X
            pick = near_before[-1]
    else:
        if near_before:
            pick = near_before[-1]
        elif near_after and form == "passive":
            pick = near_after[0]
    pl = ctx.lex.syntax["plural_trigger"]
    plural = bool(pl) and re.search(pl, ctx.ft.folded[hit.start:hit.end])
    if plural and pick is not None:
        group = _expand_list(ctx, pick, persons)
        return (group, False) if len(group) >= 2 or form == "list" else ([], False)
    if plural:
        return [], False
    dual = syn.get("dual_trigger")
    if dual and pick is not None and re.search(dual, ctx.ft.folded[hit.start:hit.end]) and len(near_before) >= 2:
        return [near_before[-2], near_before[-1]], False
    if pick is None and syn.get("name_pair"):
        pair = _name_pair(ctx, hit)
        if pair is not None:
            return [pair], False
    if pick is None:
        ante = _antecedent(ctx, hit)
        if ante is not None and form == "obj" and ctx.lang == "en" \
                and re.fullmatch(r"\s*(?:\w+\s+){0,2}", ctx.ft.folded[ante.end:hit.start]):
            return [], False  # 'researchers Zuckerberg has recruited': the name is the agent
        return ([ante], True) if ante else ([], False)
    return _with_companions(ctx, hit, _expand_list(ctx, pick, persons), after), False


def _subject_if_org_after(ctx: DocContext, hit: Hit) -> bool:
    """'X has parted ways with Corby Athletic': a trigger whose object is either side of the
    split (syntax.json ``either_side_trigger``) has the person as subject when an org follows.

    >>> from talentflow.pipeline import extract
    >>> [(e.person.name, e.org.name) for e in extract("Roberto Lanza has parted company with Corby Athletic.", "en")]
    [('Roberto Lanza', 'Corby Athletic')]
    """
    rx = ctx.lex.syntax.get("either_side_trigger")
    return bool(rx) and _rx(rx).search(ctx.ft.folded, hit.start, hit.end) is not None \
        and any(m.start - hit.end <= 3 for m in mentions_in(ctx.ents, ctx.memo, "org", hit.end, hit.end + 200))


def _agent_then_object(ctx: DocContext, hit: Hit, a: Mention, b: Mention) -> bool:
    """Verb, titled subject, object: 'أقال رئيس النادي X الأحد المدير الفني Y' - a second person
    after the first, with only a few words and the second one's post between them (no comma, no
    'and', no post given in the accusative), is the object of the verb."""
    if b.start - a.end > 60 or b.id == a.id:
        return False
    titles = [r for r in ctx.roles if hit.end <= r[0] and r[1] <= a.start]
    titled = titles and not ctx.ft.folded[hit.end:titles[0][0]].strip() and len(ctx.ft.folded[titles[-1][1]:a.start].split()) <= 2
    told = not ctx.ft.folded[hit.end:a.start].strip() and any(m.id == a.id and m.end <= a.start for m in ctx.ents)
    if not (titled or told):
        return False  # the verb's subject: titled, or someone the story named before ('وعيّنت تراس ...')
    from talentflow.pipeline.names import _accusative
    posts = [r for r in ctx.roles if a.end <= r[0] and r[1] <= b.start]
    if any(_accusative(ctx.ft, r[0], ctx.lex) for r in posts):
        return False  # 'تعيين X مدربًا ... خلفًا لـY': the post given to X
    gap = ctx.ft.folded[a.end:b.start]
    if re.search(r"[,\u060c.;\u061b]", gap):
        return False
    conj = ctx.lex.syntax.get("conjunction_prefix") or "\0"
    starts = {r[0] for r in posts}
    if any(w.group().startswith(conj) and a.end + w.start() not in starts for w in re.finditer(r"\w+", gap)) \
            or ctx.ft.folded.startswith(conj, b.start - len(conj)):
        return False  # 'X وY', 'X ووزير الخزانة Y': a list, not a verb's subject and object
    return bool(posts) and len(gap.split()) <= 6 and len(ctx.ft.folded[posts[-1][1]:b.start].split()) <= 2


def _announces_own(ctx: DocContext, p: Mention, hit: Hit) -> bool:
    """'أعلن X في مارس مغادرة الشركة': the speaker announces a departure with no one named right
    after it, a few words on, in the same clause (no 'that', no comma): their own."""
    if hit.start - p.end > 40 or _reported_clause(ctx, p.end, hit.start) or re.search(r"[,\u060c]", ctx.ft.folded[p.end:hit.start]):
        return False
    e = ctx.ft.sents[hit.sent][1]
    return not [m for m in _persons_in(ctx, hit.end, e) if m.start - hit.end <= 25]  # 'استقالة نائبه X


def _with_companions(ctx: DocContext, hit: Hit, group: list[Mention], after: list[Mention]) -> list[Mention]:
    """'X is going back to Google along with his co-founder Y': Y makes the same move."""
    cue = ctx.lex.syntax.get("companion_before")
    if not cue or hit.trig.kind not in ("departure", "arrival"):
        return group
    f = ctx.ft.folded
    extra = [p for p in after if re.search(cue, f[max(hit.end, p.start - 60):p.start])
             and all(p.id != g.id for g in group)]
    return group + extra[:1]


def _name_pair(ctx: DocContext, hit: Hit) -> Mention | None:
    """An unknown two-word name right after (VSO) or right before (SVO) an Arabic verb."""
    from talentflow.pipeline.entities import _is_name_word, _resolve

    ft, lex = ctx.ft, ctx.lex
    i = ft.word_index(hit.end)
    j = ft.word_index(hit.start) - 2
    for a in (i, j):
        if a < 0 or a + 1 >= len(ft.words):
            continue
        w0, w1 = ft.words[a], ft.words[a + 1]
        if ft.folded[w0.end:w1.start] != " " or w0.text.startswith(lex.syntax["role_article"] or "\x00"):
            continue
        if a == j and ft.folded[w1.end:hit.start].strip():
            continue
        if a == i and ft.folded[hit.end:w0.start].strip():
            continue
        if not (_is_name_word(ft, a, lex, set()) and _is_name_word(ft, a + 1, lex, set())):
            continue
        if any(m.start < w1.end and w0.start < m.end for m in ctx.ents):
            continue
        ref = _resolve(ft.orig_text(w0.start, w1.end), "person")
        m = Mention(w0.start, w1.end, a, a + 2, "person", ref.id, ref.name, "context")
        ctx.ents.append(m)
        ctx.ents.sort(key=lambda x: x.start)
        return m
    return None


def _oblique(ctx: DocContext, p: Mention) -> bool:
    """A person named as possessor, object of a preposition or behind a clitic preposition
    ('Elon Musk's company', 'with Musk', 'لإيلون ماسك') is not the one the trigger is about."""
    memo = ctx.memo.get("oblique")
    if memo is None:
        memo = ctx.memo["oblique"] = {}
    key = (p.start, p.end, p.w0)  # the same names are asked about for every trigger near them
    got = memo.get(key)
    if got is None:
        got = memo[key] = _oblique_at(ctx, p)
    return got


def _oblique_at(ctx: DocContext, p: Mention) -> bool:
    syn = ctx.lex.syntax
    f = ctx.ft.folded
    if syn["possessive_after"] and _rx(syn["possessive_after"]).match(f[p.end:p.end + 4]):
        return True
    if _rx(syn["oblique_before"]).search(f[max(0, p.start - 25):p.start]):
        return True
    w = ctx.ft.words[p.w0] if p.w0 < len(ctx.ft.words) else None
    if syn["oblique_clitics"] and w is not None and p.start > w.start:
        return f[w.start:p.start] in syn["oblique_clitics"]
    return False


def _other_possessor(ctx: DocContext, pos: int, floor: int) -> bool:
    """'his predecessor's (shock) departure', "the coach's wife's illness": a possessor that is a
    relation noun (persons.json ``other_possessors``), not a name, owns the exit before ``pos``.

    >>> from talentflow.pipeline import extract
    >>> [e.kind for e in extract("Halden Bank named Rami Aziz its CEO after his predecessor's departure.", "en")]
    ['arrival']
    """
    rx = _other_possessor_rx(ctx.lang)
    return rx is not None and rx.search(ctx.ft.folded[max(floor, pos - 40):pos]) is not None


@lru_cache(maxsize=None)
def _other_possessor_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang import load

    words = load(lang, "persons").get("other_possessors")
    return re.compile(r"\b(?:%s)'s\s+(?:[a-z-]+\s+)?$" % "|".join(map(re.escape, words))) if words else None


def _possessor(ctx: DocContext, p: Mention) -> bool:
    pa = ctx.lex.syntax["possessive_after"]
    return bool(pa and re.match(pa, ctx.ft.folded[p.end:p.end + 4]))


def _pronoun_subject(ctx: DocContext, hit: Hit) -> bool:
    """'... said that he is leaving': a subject pronoun right before the trigger."""
    before = ctx.ft.folded[max(0, hit.start - 30):hit.start]
    rx = _words_before_end(tuple(ctx.lex.pronouns.get("subject", [])), 3)
    return bool(rx and rx.search(before))


def _gap_ok(ctx: DocContext, a: int, b: int) -> bool:
    """Between an Arabic trigger and its subject/object: a few words, no preposition."""
    return _gap_ok_text(ctx, ctx.ft.folded[a:b])


def _gap_ok_text(ctx: DocContext, text: str) -> bool:
    words = re.findall(r"\w+", text)
    if ctx.lang != "ar":
        return len(words) <= 6
    if len(words) > 4:
        return False
    fillers = ctx.lex.syntax.get("gap_fillers", [])
    words = [w for w in words if w not in fillers]
    return not any(w in ctx.lex.stopwords and not w.endswith(ctx.lex.syntax["company_noun"]) for w in words)


def _pair_antecedent(ctx: DocContext, hit: Hit) -> list[Mention]:
    """The two (or more) people listed last before a word for 'both' / 'the pair' ('كلاهما',
    'الثنائي') next to the trigger; [] if there is no such word or no list of names."""
    rx = ctx.lex.syntax.get("pair_subject_near")
    s = ctx.ft.sents[hit.sent][0]
    if not rx:
        return []
    near_before, near_after = _pair_rx(rx)
    if not (near_before.search(ctx.ft.folded[max(s, hit.start - 30):hit.start])
            or near_after.match(ctx.ft.folded[hit.end:hit.end + 25])):
        return []
    lo = _sent_start(ctx, hit.sent - 1)
    prior = _persons_in(ctx, lo, hit.start)
    if not prior:
        return []
    group = _expand_list(ctx, prior[-1], prior)
    return group if len(group) >= 2 else []


@lru_cache(maxsize=8)
def _pair_rx(rx: str) -> tuple[re.Pattern, re.Pattern]:
    """The 'both' word at most two words before the trigger, and at most one word after it
    (compiled once, not joined and looked up per trigger).

    >>> _pair_rx("both")[0].search("the pair both ") is not None, _pair_rx("both")[1].match(" have both") is not None
    (True, True)
    """
    return re.compile(rx + r"(?:\s+\w+){0,2}\s*$"), re.compile(r"\s*(?:\w+\s+)?" + rx)


def _own_title_between(ctx: DocContext, a: int, b: int, obj: bool = False) -> bool:
    """Arabic verb, then the subject's own title with its complement and org, then the name:
    'استقال مدير إدارة المخاطر في بنك Y X' - a post right after the verb, and between it and the
    name only the post's words, orgs and a link to the org ('في', 'لدى')."""
    posts = [(r0, r1) for r0, r1, _ in ctx.roles if a <= r0 and r1 <= b]
    spans = [(m.start, m.end) for m in ctx.ents if a <= m.start and m.end <= b]
    first = min([s for s, _ in posts + spans], default=b)  # (after an object verb, the acting org)
    if not posts or first - a > 2 or (posts[0][0] - a > 2 and not obj) or b - a > 90 or _between_has_break(ctx, a, b):
        return False
    if _persons_in(ctx, a, b):
        return False
    text = list(ctx.ft.folded[a:b])
    for s, e in spans + posts:
        text[s - a:e - a] = " " * (e - s)
    from talentflow.pipeline.names_cues import name_cues
    links = name_cues(ctx.lang).role_org_links
    words = [w for w in re.findall(r"\w+", "".join(text)) if w not in links]
    return len(words) <= 3 and _gap_ok_text(ctx, " ".join(words))


def _appositive_after_post(ctx: DocContext, a: int, b: int) -> bool:
    """'إنهاء التعاقد مع المدير الفني للفريق الأول، السويدي X،', 'تكليف مدير الفئات السنية،
    الألماني Y، بقيادة الفريق': the post right after the trigger, its complement, then the name
    set off by a comma (a nationality may stand before it)."""
    from talentflow.pipeline.names_words import _is_nisba

    f = ctx.ft.folded
    posts = [(r0, r1) for r0, r1, _ in ctx.roles if a <= r0 and r1 <= b]
    if not posts or posts[0][0] - a > 2 or b - a > 100 or _between_has_break(ctx, a, b) or _persons_in(ctx, a, b):
        return False
    comma = max(f.rfind(",", posts[0][1], b), f.rfind("\u060c", posts[0][1], b))
    if comma < 0 or re.search(r"[,\u060c]", f[posts[0][1]:comma]) or len(f[posts[0][1]:comma].split()) > 6:
        return False
    tail = f[comma + 1:b].split()
    return len(tail) <= 1 and all(_is_nisba(w, ctx.lex) for w in tail)


def _org_and_post_between(ctx: DocContext, a: int, b: int) -> bool:
    """Arabic verb-subject-object: 'fired (the board of Acme) (its chief executive) X' - only the
    acting org and the object's post stand between the verb and the name."""
    if b - a > 120 or _between_has_break(ctx, a, b):
        return False
    spans = [(m.start, m.end) for m in ctx.ents if m.type == "org" and a <= m.start and m.end <= b]
    posts = [(r0, r1) for r0, r1, _ in ctx.roles if a <= r0 and r1 <= b]
    if not posts and not spans:  # 'عيّن نادي الوحدة الإماراتي الإثنين الصربي X Y': the org, a day, an origin
        return False
    if not spans and not (len(posts) >= 2 and posts[0][0] - a <= 2 and b - posts[-1][1] <= 3):
        return False  # the subject is an org, or a titled person ('the president X named deputy Y ...')
    text = list(ctx.ft.folded[a:b])
    for s, e in spans + posts:
        text[s - a:e - a] = " " * (e - s)
    return _gap_ok_text(ctx, "".join(text))


_OF_AFTER = re.compile(r"\s+of\s+")


def _object_of_noun(ctx: DocContext, a: int, p: Mention) -> bool:
    """English 'the sudden exit of finance chief X': after a noun trigger, 'of', then the name,
    with at most a post (and its article or a comma) between."""
    m = _OF_AFTER.match(ctx.ft.folded, a)
    if m is None or not (m.end() <= p.start <= m.end() + 45) or _between_has_break(ctx, a, p.start):
        return False
    gap = ctx.ft.folded[m.end():p.start]
    return not gap.strip() or (len(gap.split()) <= 6
                               and any(m.end() <= r0 and r1 <= p.start for r0, r1, _ in ctx.roles))


_DESCRIBED = re.compile(r"\s*(?:the|a|an|its|their|his|her)\s[^,;:()\"]{3,90},\s*")
_AFTER_DESCRIBED = re.compile(r"\s*(?:,|as\b|to\b)")


def _described_object(ctx: DocContext, a: int, p: Mention) -> bool:
    """English 'appointed the former head of equities at Torvane Bank, Lucinda Marsh, as ...':
    the object is first described by a post (one noun phrase, then a comma), then named."""
    gap = ctx.ft.folded[a:p.start]
    return bool(_DESCRIBED.fullmatch(gap)) and not _between_has_break(ctx, a, p.start) \
        and _AFTER_DESCRIBED.match(ctx.ft.folded, p.end) is not None \
        and any(a <= r0 and r1 <= p.start for r0, r1, _ in ctx.roles)


def _org_between(ctx: DocContext, a: int, b: int, form: str) -> bool:
    """For 'Acme hired X' style triggers the person after must not be behind a new clause."""
    return False


def _expand_list(ctx: DocContext, pick: Mention, persons: list[Mention]) -> list[Mention]:
    """'X, Y and Z' (and the Arabic conjunction): every person coordinated with the one picked."""
    ordered = sorted({p.start: p for p in persons}.values(), key=lambda p: p.start)
    idx = next((i for i, p in enumerate(ordered) if p.start == pick.start), None)
    if idx is None:
        return [pick]
    group = [pick]
    joiner = _rx(ctx.lex.syntax["list_joiner"])
    desc = ctx.lex.syntax.get("list_descriptor_joiner")  # 'X and his colleague Y', 'X, along with his co-founder Y'

    def joined(a: Mention, b: Mention) -> bool:  # two names with only a space between are no list
        aside = _ASIDE.match(ctx.ft.folded, a.end, b.start) if ctx.ft.folded.startswith("(", a.end + 1) else None
        # 'X (also CTO) and Y': an aside in brackets between two listed names is no break
        if aside and joiner.match(ctx.ft.folded[aside.end():b.start]) and ctx.ft.folded[aside.end():b.start].strip():
            return True
        gap = _gap_text(ctx, a, b)
        return (bool(joiner.match(gap)) and not gap.isspace()) or bool(desc and re.match(desc, ctx.ft.folded[a.end:b.start]))
    i = idx
    while i > 0 and joined(ordered[i - 1], ordered[i]):
        i -= 1
        group.insert(0, ordered[i])
    i = idx
    while i + 1 < len(ordered) and joined(ordered[i], ordered[i + 1]):
        i += 1
        group.append(ordered[i])
    uniq = {}
    for g in group:
        uniq.setdefault(g.id, g)
    return list(uniq.values())


_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")


def _gap_text(ctx: DocContext, a: Mention, b: Mention) -> str:
    text = ctx.ft.folded[a.end:b.start]
    posts = [r for r in ctx.roles if a.end <= r[0] and r[1] <= b.start]
    if posts and len(text) >= 12:  # 'president X and foreign minister Y': the second one's post
        syn = ctx.lex.syntax
        joined = syn.get("role_joiner")  # the posts must be one phrase, not posts far apart
        if joined and any(not re.fullmatch(joined, ctx.ft.folded[p[1]:q[0]]) for p, q in zip(posts, posts[1:])):
            return "#"
        role = ctx.ft.folded[posts[0][0]:posts[-1][1]]
        conj = syn["conjunction_prefix"]
        lead = " " + role[:len(conj)] if conj and role.startswith(conj) else ""
        rest = ctx.ft.folded[posts[-1][1]:b.start]
        comp = syn.get("role_complement")  # Arabic 'minister of the foreign (affairs)'
        if comp:
            rest = re.sub(comp, "", rest, count=1)
        head = ctx.ft.folded[a.end:posts[0][0]]
        appos = syn.get("list_apposition_head") or syn.get("apposition_head")  # "X, Acme's CFO, and Y"
        if appos and rest.lstrip().startswith(",") and re.fullmatch(appos, head):
            head = ""
        post_head = syn.get("list_post_head")  # 'its CEO, X, and its finance director, Y': a post before each
        if post_head and re.fullmatch(r"\s*,\s*", rest) and re.fullmatch(post_head, head):
            head, rest = " and ", ""
        text = head + lead + rest
    tag = ctx.lex.syntax.get("member_of_tag")
    if tag and len(text) >= 12:  # 'A of Sequoia, B of Prosus and C': the first one's org is no break
        m = re.match(tag, text)
        if m:
            text = text[m.end():]
    if ctx.lang == "ar" and b.start > 0 and text == "" :
        return ""
    return text if len(text) < 12 else "#"


def _antecedent(ctx: DocContext, hit: Hit, force: bool = False) -> Mention | None:
    """The last person named before a pronoun subject (or an Arabic verb with no subject)."""
    lex = ctx.lex
    if force:  # object pronoun: the person right before the verb is its agent, not the antecedent
        prev = [m for m in starting_in(ctx, "person", _sent_start(ctx, hit.sent - 2), hit.start + 1)
                if m.end <= hit.start and not _oblique(ctx, m) and hit.start - m.end > 3]
        subj = _words_before_end(tuple(lex.pronouns.get("subject", [])), 2)
        if ctx.lang == "en" and subj and len(prev) >= 2 and \
                subj.search(ctx.ft.folded[max(0, hit.start - 30):hit.start]):
            # 'he would nominate him': the subject pronoun is the last person named, the object another
            others = [m for m in prev if m.id != prev[-1].id]
            return others[-1] if others else None
        return prev[-1] if prev else None
    s, _ = ctx.ft.sents[hit.sent]
    before = _clause_before(ctx, hit, 60)
    trig_text = ctx.ft.folded[hit.start:hit.end]
    self_ref = lex.syntax.get("speaker_self_pronoun")  # 'X said that he would not ...' is X
    said_self = self_ref and re.search(self_ref, ctx.ft.folded[max(s, hit.start - 12):hit.start])
    if said_self:
        spoke = [m for m in ctx.ents if m.type == "person" and s <= m.start and m.end <= hit.start
                 and _is_speaker(ctx, m)]
        if spoke:
            return spoke[-1]
        # 'wa-qala innahu sa-yughadir': a bare speech verb and 'that he' continue the last person named
        said_self = len(ctx.ft.folded[s:max(s, hit.start - 12) + said_self.start()].split()) <= 1
    if ctx.lang == "en":
        pron = "|".join(lex.pronouns.get("subject", []) + lex.pronouns.get("possessive", []))
        if not re.search(rf"\b(?:{pron})\b", before):
            return None
    else:
        syn = lex.syntax
        own = re.search(syn["pronoun_suffix_original"], ctx.ft.orig_text(hit.start, hit.end))
        bare = hit.trig.form in ("v", "passive") and \
            not re.search(r"\w{3,}", re.sub(syn["subject_fillers"], " ", before))
        if not (own or bare or said_self):
            return None
    prev = [m for m in starting_in(ctx, "person", _sent_start(ctx, hit.sent - 2), hit.start + 1)
            if m.end <= hit.start and not _possessor(ctx, m) and not _is_speaker(ctx, m)]
    if not prev:
        return None
    # Salience: a pronoun continues the story of someone already reported leaving or joining,
    # not whoever was named last in passing ("the company Musk founded ... he left it").
    # The last name still wins when it is the subject of the pronoun's own sentence
    # ("Sutskever, who ..., announced that he was leaving").
    last = prev[-1]
    subjects = ctx.memo.get("event_subjects", ())
    if not subjects or not (last.start < s or _after_relative_pronoun(ctx, last.start)):
        return last
    if last.id in subjects:
        return last
    salient = [m for m in ctx.ents if m.type == "person" and m.end <= hit.start and m.id in subjects]
    return salient[-1] if salient else last


def _in_closed_relative(ctx: DocContext, p: Mention, pos: int, floor: int) -> bool:
    """'X، التي عملت مع الوزير Y لسنوات، تركت منصبها': Y is inside a relative clause set off by
    commas and closed before ``pos``; the verb after it is X's, the clause's antecedent."""
    rel = ctx.lex.syntax.get("relative_pronoun")
    f = ctx.ft.folded
    last = None
    for last in re.finditer(r"[,\u060c]\s*(?:" + rel + ")", f[floor:p.start]) if rel else ():
        pass
    return last is not None and not re.search(r"[,\u060c.]", f[floor + last.end():p.start]) \
        and re.search(r"[,\u060c]", f[p.end:pos]) is not None


def _after_relative_pronoun(ctx: DocContext, pos: int, floor: int = 0) -> bool:
    """A relative pronoun (and at most a word or two) stands right before ``pos``: a trigger
    there is the relative clause's verb; a name there is the clause's subject ('the company
    that Musk founded')."""
    rel = ctx.lex.syntax.get("relative_before")
    if not rel:
        return False
    rx, text = _rx(rel), ctx.ft.folded[max(floor, pos - 40):pos]
    words = literal_gate(rx)  # ('who'): a text without it is not searched
    return (words is None or any(w in text for w in words)) and rx.search(text) is not None


def _sent_start(ctx: DocContext, i: int) -> int:
    return ctx.ft.sents[max(0, i)][0]
