"""When an event happened and when the stint it ends began: dates and durations near a trigger.

The trigger's sentence gives the event date (the nearest date, a little bias to dates after
the verb) and, after a start cue ('had joined in', 'منذ'), the stint's start; a stint's start
told elsewhere ('She took over in June 2023') comes from sentences about the same person.

>>> from talentflow.pipeline import extract
>>> [(e.date, e.started) for e in extract("Jane Roe left Acme Corp in May 2025. She had joined in March 2021.", "en", "2025-06-01")]
[('2025-05', '2021-03')]
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.pipeline.persons import starting_in
from talentflow.pipeline.scan import _index

if TYPE_CHECKING:
    from talentflow.pipeline.dates import DateMention
    from talentflow.pipeline.entities import Mention
    from talentflow.pipeline.events import DocContext, Draft, Hit


_rx = lru_cache(maxsize=None)(re.compile)  # a language-data pattern, compiled once (asked per date, role, trigger)
_HEAD_WORD = re.compile(r"\S+\s+")
_WORD_CHAR = re.compile(r"\w")


def choose_dates(ctx: DocContext, hit: Hit, person: Mention | None = None) -> tuple[str | None, str | None]:
    """(event date, start date) from the trigger sentence (``person``: the event's, when known)."""
    s, e = ctx.ft.sents[hit.sent]
    date_val, started = None, None
    event_dates = []
    sub = _subordinator_before(ctx, s, hit)
    for d in ctx.dates:
        if d.start < s or d.end > e or (sub is not None and d.end <= sub):
            continue  # 'sued him on 28 August ... before his move to OpenAI': the suit's date
        cue = _start_cue_at(ctx, max(s, d.start - 50), d.start)
        if cue is not None and cue < hit.start < d.start:
            cue = None  # 'who had joined Acme in 2021, resigned in May': the trigger's own date
        if cue is not None and hit.end <= d.start and _after_effective_cue(ctx, max(s, d.start - 40), d.start):
            cue = None  # 'will step down with effect from 1 September': the exit's day, not a start
        if cue is not None and hit.end <= cue and _cue_of_another(ctx, hit, s, cue, d.start):
            continue  # 'His exit adds to the departures since Tan took over in March': Tan's start
        if hit.trig.kind == "departure" and (cue is not None or _right_after_join(ctx, hit, s, d.start)) \
                and not _absence_since(ctx, hit, d.start):
            if started is None and d.value and not _other_exit_owns(ctx, hit, s, d.start) \
                    and (person is None or _nearest_person_before(ctx, s, d.start if cue is None else cue) in (None, person.id)):
                # (not a start told of someone else named just before: 'Y, who has led Zain since 2020')
                started = d.value
            continue
        if cue is not None and hit.trig.kind != "departure" and hit.end <= cue and _since_cue(ctx, cue):
            continue  # 'joins from A, where he had been a vice president since July': the stint left
        if _in_relative_clause(ctx, s, d.start, hit):
            continue  # 'X, who joined the staff in July, will take charge': background, not the event
        if hit.end <= d.start and _after_prior_clause(ctx, hit.end, d.start):
            continue  # 'ended his contract, after he had led the team since 2018 and won the cup in 2019'
        if cue is not None and d.end <= hit.start and re.search(r"[,\u060c]", ctx.ft.folded[s:d.start]) \
                and re.search(r"[,\u060c]", ctx.ft.folded[d.end:hit.start]):
            continue  # 'Y, an employee since 2006, takes over': the start of a past stint, told in apposition
        if hit.trig.kind != "departure" and _after_founding(ctx, max(hit.end, d.start - 50), d.start):
            continue  # 'is now CEO of the start-up he co-founded last year': the founding's date
        if d.end <= hit.start and _reported_earlier(ctx, d.end, hit):
            continue  # 'said on Friday that he had resigned': the day of saying
        if d.end <= hit.start and _said_before(ctx, s, d.start):
            continue  # 'had said in February that he would have to leave': an earlier statement's day
        event_dates.append(d)
    effective = [d for d in event_dates if d.value and _after_effective_cue(ctx, max(s, d.start - 40), d.start)
                 and not _other_trigger_dated(ctx, hit, d, person)]
    # (not another trigger's: 'the CEO's resignation, and Y named to succeed him effective today')
    if effective:  # 'named CEO on Wednesday, effective from 5 April': the post is taken on 5 April
        event_dates = effective
    if event_dates:
        best = min(event_dates, key=lambda d: abs(d.start - hit.end) + (15 if d.start < hit.start else 0))
        date_val = best.value
        if best.ahead:  # (a future exit's effective date outweighs the day it was announced: counting._merge)
            ctx.memo.setdefault("ahead", set()).add(hit.start)
    return date_val, started


def _other_trigger_dated(ctx: DocContext, hit: Hit, d: DateMention, person: Mention | None) -> bool:
    """Another trigger stands between ``hit`` and the effective date ``d`` and is about someone
    else ('..., and Y named to succeed him effective today'); one told of the same person only
    ('named X CEO, to take up her post by the end of March') leaves the date to ``hit``."""
    a, b = min(hit.end, d.end), max(hit.start, d.start)
    cue = _effective_rx(ctx.lang).search(ctx.ft.folded, max(a, d.start - 60), d.start)
    others = [m for m in ctx.lex.trigger_any.finditer(ctx.ft.folded, a, b) if m.start() != hit.start
              and (cue is None or m.start() < cue.start())]  # ('and takes up his duties on ...': the cue's own verb)
    if not others:
        return False
    conj = ctx.lex.syntax.get("conjunction_prefix")
    if person is None or conj and any(m.group().startswith(conj) for m in others):
        return True  # ('and the naming of Y ... effective today': a coordinated event of its own)
    lo, hi = min(hit.start, person.start), d.start
    return any(m.type == "person" and m.id != person.id and lo <= m.start < hi for m in ctx.ents)


def _since_cue(ctx: DocContext, cue: int) -> bool:
    """The start cue at ``cue`` says how long a post has been held ('since'), not when one is taken."""
    word = ctx.lex.data["dates"].get("since_cue")
    return bool(word) and re.match(rf"(?:{word})(?!\w)", ctx.ft.folded[cue:cue + 40]) is not None


def _after_prior_clause(ctx: DocContext, a: int, pos: int) -> bool:
    """A clause of what came before the event ('ba'dama', 'after he had') opens between the
    trigger and ``pos``: a date there is that earlier action's."""
    rx = _prior_rx(ctx.lang)
    return rx is not None and rx.search(ctx.ft.folded, a, pos) is not None


@lru_cache(maxsize=None)
def _prior_rx(lang: str) -> re.Pattern | None:
    from talentflow.pipeline.lexicon import fold_regex, get_lexicon

    cue = get_lexicon(lang).data["dates"].get("prior_clause_after")
    return re.compile(rf"(?<!\w)(?:{fold_regex(cue)})") if cue else None


def _cue_of_another(ctx: DocContext, hit: Hit, s: int, cue: int, pos: int) -> bool:
    """A start cue after the trigger whose subject is another person, named right before the cue
    ('since Tan took over in', 'since Tan became CEO in'; not 'co-founded with Musk in'), not the one who left
    (named before the trigger, else the first named just after it)."""
    people = starting_in(ctx, "person", s, pos)
    own = {m.id for m in people if m.start < hit.start} or {m.id for m in people[:1] if m.start < hit.end + 30}
    return any(m.id not in own and m.end <= cue and not ctx.ft.folded[m.end:cue].strip() for m in people)


def _after_effective_cue(ctx: DocContext, a: int, pos: int) -> bool:
    """The folded text ``[a, pos)`` ends with a cue of an effective date ('with effect from',
    'effective', Arabic 'i'tibaran min'): events.md dates a future move by when it takes effect.

    >>> from talentflow.pipeline import extract
    >>> [e.date for e in extract("Acme Corp said on Monday that Jane Roe will step down as chief executive, effective 30 June.", "en", "2025-06-03")]
    ['2025-06-30']
    """
    rx = _effective_rx(ctx.lang)
    return rx is not None and rx.search(ctx.ft.folded, a, pos) is not None


@lru_cache(maxsize=None)
def _effective_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import get_lexicon

    cue = get_lexicon(lang).data["dates"].get("effective_cue")
    return re.compile(rf"(?<!\w){fold(cue)}") if cue else None


def choose_tenure(ctx: DocContext, hit: Hit, org: Mention | None = None) -> int | None:
    """The stint's length told in the trigger's sentence, nearest the trigger; not a length told
    at another org than ``org`` ('joins from A after 16 years at B')."""
    s, e = ctx.ft.sents[hit.sent]
    ds = [d for d in ctx.durations if d.start >= s and d.end <= e and d.months is not None
          and (d.tenure or _length_at_own_org(ctx, d, org))
          and not _other_exit_owns(ctx, hit, s, d.start) and not _length_at_other_org(ctx, d, org)]
    if not ds:
        return None
    return min(ds, key=lambda d: abs(d.start - hit.end)).months


def _length_at_other_org(ctx: DocContext, d, org: Mention | None) -> bool:
    """The duration names its org right after it ('16 years at Google') and that org is not ``org``."""
    link = ctx.lex.data["durations"].get("org_link")
    if org is None or not link:
        return False
    at = [m for m in starting_in(ctx, "org", d.end, d.end + 13) if re.fullmatch(link, ctx.ft.folded[d.end:m.start])]
    return bool(at) and all(m.id != org.id and m.name.lower().split()[:1] != org.name.lower().split()[:1] for m in at)


def _length_at_own_org(ctx: DocContext, d, org: Mention | None) -> bool:
    """A length with the event's own org right after it is a stint there, even with no tenure
    cue next to it ('Wu spent seventeen years at Google', the subject between verb and length)."""
    link = ctx.lex.data["durations"].get("org_link")
    if org is None or not link or d.end >= len(ctx.ft.folded):
        return False
    return any(m.id == org.id and re.fullmatch(link, ctx.ft.folded[d.end:m.start])
               for m in starting_in(ctx, "org", d.end, d.end + 13))


def started_elsewhere(ctx: DocContext, person: Mention, org: Mention | None = None) -> str | None:
    """'He had joined in 2020' in another sentence about the same person; not a start at another
    org ('one of the founding team at X in 2015' when Y is left), nor an effective date ('stepped
    down with effect from yesterday')."""
    sents = _sents_about(ctx, person)
    for d in ctx.dates:
        if d.value is None or ctx.ft.sent_of(d.start) not in sents:
            continue
        s = ctx.ft.sents[ctx.ft.sent_of(d.start)][0]
        cue = _start_cue_at(ctx, max(s, d.start - 50), d.start)
        if cue is not None and not _absent_before(ctx, s, d.start) \
                and _nearest_person_before(ctx, s, d.start) in (None, person.id) \
                and not _after_effective_cue(ctx, max(s, d.start - 40), d.start) \
                and not _start_at_other_org(ctx, org, cue, d.start):
            return d.value
    return None


def _start_at_other_org(ctx: DocContext, org: Mention | None, a: int, b: int) -> bool:
    """An org other than ``org`` (and not ``org`` itself) is named in ``[a, b)``, the start cue."""
    if org is None:
        return False
    named = [m for m in starting_in(ctx, "org", a, b + 1) if m.end <= b]
    first = org.name.split()[0].lower() if org.name.split() else ""
    # (a short form of the org is the org: 'founded Scale in 2016' for Scale AI)
    return bool(named) and all(m.id != org.id and m.name.lower().split()[:1] != [first] for m in named)


def _right_after_join(ctx: DocContext, hit: Hit, s: int, pos: int) -> bool:
    """'Deng, who joined last year, left': a date right after another trigger of joining starts
    the stint."""
    folded = ctx.ft.folded
    starts = _last_word_starts(ctx.ft, s, max(s, pos - 30), pos)
    triggers = ctx.lex.triggers
    ix = _index(ctx.lex, "triggers")
    for w in starts:  # the trigger ends right before the date: try the last words only
        if w == hit.start:
            continue
        for i in ix.candidates(folded, w):  # only the triggers that may start at this word
            trig = triggers[i]
            m = trig.kind == "arrival" and trig.regex.match(folded, w, pos)
            if m and re.fullmatch(r"\s*(?:\S{1,3}\s+)?", folded[m.end():pos]):
                return True
    return False


def _last_word_starts(ft, s: int, a: int, pos: int, n: int = 3) -> list[int]:
    """The last ``n`` places in ``[a, pos)`` where a word begins, found among the document's
    words by bisection; ``a`` itself counts when a word character stands there and it is the
    sentence start ``s`` or no letter or digit comes before it.

    >>> from talentflow.pipeline.text import FoldedText
    >>> ft = FoldedText.build("who joined last year, left", [(0, 26)])
    >>> _last_word_starts(ft, 0, 2, 17, 4), _last_word_starts(ft, 2, 2, 17, 4), _last_word_starts(ft, 0, 2, 17)
    ([4, 11, 16], [2, 4, 11, 16], [4, 11, 16])
    """
    k = ft.word_index(pos)
    starts = [w.start for w in ft.words[max(0, k - n):k] if w.start > a]
    if len(starts) < n and a < pos and _WORD_CHAR.match(ft.folded, a) and (a == s or not ft.folded[a - 1].isalnum()):
        starts.insert(0, a)
    return starts


def _other_exit_owns(ctx: DocContext, hit: Hit, s: int, pos: int) -> bool:
    """The exit trigger nearest before ``pos`` in the sentence is another one: a start or a length
    told there ('Starbucks named Niccol, replacing Narasimhan, who left after 17 months') is its."""
    if not _maybe_trigger(ctx, s, pos, {hit.start}):
        return False
    before = [h for h in _hits(ctx) if h.trig.kind == "departure" and s <= h.start and h.end <= pos]
    return bool(before) and max(before, key=lambda h: h.start).start != hit.start


def _absent_before(ctx: DocContext, s: int, pos: int) -> bool:
    """A trigger of absence between ``s`` and ``pos`` owns the 'since' date at ``pos``."""
    rx = _absence_rx(ctx.lang)
    if rx is None or not re.search(rx.pattern.lstrip("^"), ctx.ft.folded[s:pos]):
        return False  # (cheap test before scanning the triggers)
    return any(s <= h.start and _absence_since(ctx, h, pos) for h in _hits(ctx))


def _nearest_person_before(ctx: DocContext, s: int, pos: int) -> str | None:
    """Id of the person named last between ``s`` and ``pos`` (whose stint a start there is)."""
    named = [m for m in starting_in(ctx, "person", s, pos + 1) if m.end <= pos]
    return max(named, key=lambda m: m.start).id if named else None


def _maybe_trigger(ctx: DocContext, a: int, b: int, skip: set[int]) -> bool:
    """Some trigger may start in ``[a, b)`` other than at the positions in ``skip``."""
    memo = ctx.memo.get("maybe_trigger")
    if memo is None:
        memo = ctx.memo["maybe_trigger"] = {}
    starts = memo.get((a, b))  # asked for each trigger of a sentence and each date or length in it
    if starts is None:
        starts = memo[a, b] = [m.start() for m in ctx.lex.trigger_any.finditer(ctx.ft.folded, a, b)]
    return any(p not in skip for p in starts)


def _hits(ctx: DocContext) -> list[Hit]:
    """The document's trigger matches (cached on the context)."""
    if "hits" not in ctx.memo:
        from talentflow.pipeline.scan import find_triggers

        ctx.memo["hits"] = find_triggers(ctx.ft, ctx.lex)
    return ctx.memo["hits"]


def tenure_elsewhere(ctx: DocContext, person: Mention, org: Mention | None) -> int | None:
    """'Shi spent about five years at Apple' in another sentence about the same person only
    (no one else named there), and not at another org ('a decade at Facebook')."""
    sents = _sents_about(ctx, person)
    for d in ctx.durations:
        if d.months is None or ctx.ft.sent_of(d.start) not in sents or not (d.tenure or _length_at_own_org(ctx, d, org)):
            continue
        s, e = ctx.ft.sents[ctx.ft.sent_of(d.start)]
        if any(m.id != person.id for m in starting_in(ctx, "person", s, e)) \
                and not _in_own_relative(ctx, person, s, d.start):
            continue
        near = starting_in(ctx, "org", d.end, min(d.end + 41, e))
        if near and (org is None or all(m.id != org.id for m in near)):
            continue
        return d.months
    return None


def _in_own_relative(ctx: DocContext, person: Mention, s: int, pos: int) -> bool:
    """``pos`` is in a relative clause opened right after the person ('Y succeeds X, who led the
    ministry for ten years'): what it tells is X's, though the sentence names Y too."""
    named = [m for m in starting_in(ctx, "person", s, pos + 1) if m.end <= pos]
    last = max(named, key=lambda m: m.start, default=None)
    if last is None or last.id != person.id:
        return False
    opened = relative_opens_after(ctx, last.end, pos)  # (None without a relative_clause_open cue)
    return opened is not None and not re.search(r"[,.;]", ctx.ft.folded[opened:pos])


def relative_opens_after(ctx: DocContext, end: int, pos: int) -> int | None:
    """Where the text after a name (ending at ``end``) goes on, up to ``pos``, as a relative clause
    opened after a comma (', who ...', '، الذي ...'): the offset after the comma, else None."""
    rel = ctx.lex.syntax.get("relative_clause_open")
    m = re.match(r"\s*,", ctx.ft.folded[end:pos]) if rel else None
    if m is None or re.match(rel, ctx.ft.folded[end + m.end():pos]) is None:
        return None
    return end + m.end()


def _sents_about(ctx: DocContext, person: Mention) -> set[int]:
    """Sentences naming the person, plus the next two that name nobody ('He had joined in 2020')."""
    key = ("about", person.id)
    if key in ctx.memo:
        return ctx.memo[key]
    named = ctx.memo.get("named")
    if named is None:
        named = ctx.memo["named"] = {}
        for m in ctx.ents:
            if m.type == "person":
                named.setdefault(ctx.ft.sent_of(m.start), set()).add(m.id)
    out = {si for si, ids in named.items() if person.id in ids}
    for si in sorted(out):
        for nxt in (si + 1, si + 2):
            if nxt >= len(ctx.ft.sents) or nxt in named:
                break
            out.add(nxt)
    ctx.memo[key] = out
    return out


def after_start_cue(ctx: DocContext, a: int, pos: int) -> bool:
    """The folded text ``[a, pos)`` ends with a start cue ('had joined in', 'منذ') that begins at
    a word ('in two weeks' holds no 'appointed' inside its letters).

    >>> from talentflow.pipeline import extract
    >>> [e.started for e in extract("Jane Roe, who had joined Acme Corp in March 2021, resigned in May 2025.", "en", "2025-06-01")]
    ['2021-03']
    """
    return _start_cue_at(ctx, a, pos) is not None


def _start_cue_at(ctx: DocContext, a: int, pos: int) -> int | None:
    """Where the start cue that ends at ``pos`` begins (see ``after_start_cue``), else None."""
    memo = ctx.memo.setdefault("start_cue", {})
    key = (a, pos)  # every trigger of a sentence asks about each date in it
    if key not in memo:
        memo[key] = _find_start_cue(ctx, a, pos)
    return memo[key]


def _find_start_cue(ctx: DocContext, a: int, pos: int) -> int | None:
    folded = ctx.ft.folded
    rx = ctx.lex.start
    m = rx.search(folded, a, pos)
    while m is not None:
        w = m.start()
        while w > 0 and folded[w - 1].isalnum():
            w -= 1
        if (w == m.start() or folded[w:m.start()] in ctx.lex.prefixes) \
                and not _copula_without_role(ctx, m.start(), pos):  # clitic 'wa-' before the verb
            return m.start()
        m = rx.search(folded, m.start() + 1, pos)
    return None


def _copula_without_role(ctx: DocContext, cue: int, pos: int) -> bool:
    """'became' starts a stint only with a post after it ('became CEO in'), not 'became public on'."""
    rx = _copula_rx(ctx.lang)
    return rx is not None and rx.match(ctx.ft.folded, cue) is not None \
        and not any(cue <= r[0] and r[1] <= pos for r in ctx.roles)


@lru_cache(maxsize=None)
def _copula_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import get_lexicon

    cue = get_lexicon(lang).data["dates"].get("start_copula")
    return re.compile(rf"(?:{fold(cue)})(?!\w)") if cue else None


def _absence_since(ctx: DocContext, hit: Hit, pos: int) -> bool:
    """'is no longer part of it since 29 June': after a trigger of absence, 'since' dates the
    departure itself, not the start of the stint."""
    rx = _absence_rx(ctx.lang)
    return rx is not None and hit.end <= pos and rx.search(ctx.ft.folded[hit.start:hit.end]) is not None \
        and not re.search(r"[,;\u060c]", ctx.ft.folded[hit.end:pos])


@lru_cache(maxsize=None)
def _absence_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import get_lexicon

    cue = get_lexicon(lang).data["dates"].get("absence_trigger")
    return re.compile(fold(cue)) if cue else None


def _said_before(ctx: DocContext, s: int, pos: int) -> bool:
    """The date right after a pluperfect verb of saying ('had said in February', 'had told staff
    on Monday') dates a statement made before the news, not the move it speaks of."""
    rx = _said_before_rx(ctx.lang)
    return rx is not None and rx.search(ctx.ft.folded[max(s, pos - 40):pos]) is not None


@lru_cache(maxsize=None)
def _said_before_rx(lang: str) -> re.Pattern | None:
    from talentflow.pipeline.lexicon import get_lexicon

    cue = get_lexicon(lang).data["dates"].get("said_before")
    return _rx(rf"(?<!\w)(?:{cue})(?:\s+\S+){{0,3}}?\s+$") if cue else None


def _reported_earlier(ctx: DocContext, a: int, hit: Hit) -> bool:
    """Between ``a`` and a pluperfect trigger ('had resigned', 'كان قد استقال') stands a
    complementizer ('that', 'أن'): the date before it is when it was said, not when it happened."""
    rx = _reported_rx(ctx.lang)
    return rx is not None and rx.search(ctx.ft.folded, a, hit.end) is not None


@lru_cache(maxsize=None)
def _reported_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import get_lexicon

    d = get_lexicon(lang).data["dates"]
    if not d.get("complementizer") or not d.get("pluperfect"):
        return None
    return re.compile(rf"(?<!\w)(?:{fold(d['complementizer'])})(?!\w).*(?<!\w)(?:{fold(d['pluperfect'])})\s+\S+$")


def _after_founding(ctx: DocContext, a: int, pos: int) -> bool:
    """The folded text ``[a, pos)`` ends with a founding told as background ('he co-founded in')."""
    rx = _founding_rx(ctx.lang)
    return a < pos and rx is not None and rx.search(ctx.ft.folded, a, pos) is not None


@lru_cache(maxsize=None)
def _founding_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import get_lexicon

    cue = get_lexicon(lang).data["dates"].get("founding_cue")
    return re.compile(rf"(?<!\w)(?:{fold(cue)})(?:\s+\S+){{0,4}}?\s+$") if cue else None


def _subordinator_before(ctx: DocContext, sent_start: int, hit: Hit) -> int | None:
    """Where a temporal subordinator ('before', 'after', 'قبل') opens the phrase that holds the
    trigger ('... before leaving', 'قبل انتقاله'), else None: a date told before it dates the
    main clause, not this trigger."""
    rx = _subordinator_rx(ctx.lang)
    if rx is None:
        return None
    m = rx.search(ctx.ft.folded, max(sent_start, hit.start - 30), hit.start)
    return m.start() if m else None


@lru_cache(maxsize=None)
def _subordinator_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import get_lexicon

    words = get_lexicon(lang).data["dates"].get("subordinators")
    if not words:
        return None
    alt = "|".join(fold(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alt})(?:\s+\S+){{0,2}}?\s+$")


def _in_relative_clause(ctx: DocContext, sent_start: int, pos: int, hit: Hit) -> bool:
    """``pos`` lies in a relative clause (', who ... ,') that does not hold the trigger."""
    memo = ctx.memo.get("relative_clause")
    if memo is None:
        memo = ctx.memo["relative_clause"] = {}
    clause_start = memo.get((sent_start, pos), 0)  # every trigger of a sentence asks about each date
    if clause_start == 0:
        clause_start = memo[sent_start, pos] = _relative_clause_start(ctx, sent_start, pos)
    if clause_start is None:
        return False
    return hit.start < clause_start or (hit.start > pos and "," in ctx.ft.folded[pos:hit.start])


def _relative_clause_start(ctx: DocContext, sent_start: int, pos: int) -> int | None:
    """Where the relative clause that holds ``pos`` opens (after its comma), else None."""
    rx = ctx.lex.syntax.get("relative_clause_open")
    if not rx:
        return None
    left = ctx.ft.folded[sent_start:pos]
    cut = max(left.rfind(","), left.rfind("\u060c"))
    if cut < 0:
        return None
    clause_start = sent_start + cut + 1
    clause = ctx.ft.folded[clause_start:pos]
    # the pronoun opens the clause or follows a short head noun ('the Austrian who won ... in 2022')
    heads = [0] + [m.end() for m in islice(_HEAD_WORD.finditer(clause), 3)]
    opens = _rx(rx)
    if not any(opens.match(clause[h:]) for h in heads):
        return None
    return clause_start
