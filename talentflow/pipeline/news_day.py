"""Dates settled across the whole story once every event is drafted: the day the news tells of
undated events, the dates successors, joint exits and lawsuits share with the events they go
with, and the month a wire, a memo or a roundup dates its moves by.

>>> from talentflow.pipeline import extract
>>> [(e.person.name, e.date) for e in extract("Acme Corp said on Monday that Jane Roe had resigned.", "en", "2025-06-04")]
[('Jane Roe', '2025-06-02')]
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.pipeline.dates import parse_published
from talentflow.pipeline.stints import _hits, _maybe_trigger, after_start_cue, choose_dates

if TYPE_CHECKING:
    from talentflow.pipeline.dates import DateMention
    from talentflow.pipeline.events import DocContext, Draft, Hit


def news_day(ctx: DocContext, drafts: list[Draft]) -> None:
    """Events told without a date ('X becomes interim chair') happened on the day the text
    reports ('the company said on Monday'): its first exact date in the week before publication."""
    _joint_exits(ctx, drafts)
    _leaving_dates(drafts)
    _leaving_roles(drafts)
    _dated_elsewhere(ctx, drafts)
    _filing_dates(ctx, drafts)
    _succeeded_dates(ctx, drafts)
    _successor_dates(ctx, drafts)
    pub = parse_published(ctx.published)
    if all(d.date for d in drafts):
        return
    if pub is None:  # no publication date: the latest full date the text gives ('on 9 July 2025')
        day = max((m.value for m in ctx.dates if m.precision == "day" and m.value and len(m.value) == 10), default=None)
        day = day or _announced_month(ctx)
    else:
        days = [m for m in ctx.dates if m.precision == "day" and m.value and len(m.value) == 10
                and 0 <= (pub - (parse_published(m.value) or date.max)).days <= 7]
        # a wire dateline ('OSLO, March 12 -') is the day of filing: the day a statement was made comes first
        pick = next(iter(sorted(days, key=lambda m: _dateline(ctx, m))), None)
        day = (_wave_month(ctx, pick) or pick.value) if pick is not None else None
        day = day or _lead_month(ctx, pub)
    if day is None:
        return
    dated = {(d.kind, d.person.id) for d in drafts if d.date and d.person is not None}
    # a join at the org the person leaves only starts that stint: the report day never does
    leaves = {(d.person.id, d.org.id) for d in drafts if d.kind == "departure" and d.person and d.org}
    for d in drafts:
        if d.date is None and d.kind != "lawsuit" and (d.kind, d.person and d.person.id) not in dated \
                and not (d.kind == "arrival" and d.person and d.org and (d.person.id, d.org.id) in leaves):
            d.date = day  # (a move dated in another of its mentions keeps that date)


def _wave_month(ctx: DocContext, m: DateMention) -> str | None:
    """'In a memo on Monday he listed the researchers Meta had recruited in recent weeks': the
    day's sentence dates, with a pluperfect, the moves it reports; their month is theirs."""
    plup = ctx.lex.data["dates"].get("pluperfect")
    if not plup:
        return None
    s, e = ctx.ft.sents[ctx.ft.sent_of(m.start)]
    return next((d.value for d in ctx.dates if m.end <= d.start < e and d.precision == "month" and d.value
                 and re.search(rf"(?<!\w)(?:{plup})\s+\w+\s+$", ctx.ft.folded[max(s, d.start - 30):d.start])), None)


def _announced_month(ctx: DocContext) -> str | None:
    """With no publication date and no full day: the month (with its year) of the latest date told
    with a verb of announcing ('The deal was announced ... at the end of August 2024')."""
    cue = ctx.lex.data["dates"].get("announced_cue")
    if not cue:
        return None
    rx = re.compile(rf"(?<!\w)(?:{cue})(?!\w)")
    got = [m.value for m in ctx.dates if m.precision == "month" and m.value and len(m.value) == 7
           and rx.search(ctx.ft.folded, max(ctx.ft.sents[ctx.ft.sent_of(m.start)][0], m.start - 60), m.start)]
    return max(got, default=None)


def _dateline(ctx: DocContext, m: DateMention) -> bool:
    """The date opens the text as a wire dateline ('AMMAN, June 24 -', 'June 24 (Reuters) -')."""
    return m.start < 40 and re.match(r"\s*(?:\([^()]{1,30}\)\s*)?[-\u2013\u2014]", ctx.ft.folded[m.end:m.end + 40]) is not None


def _lead_month(ctx: DocContext, pub: date) -> str | None:
    """The month the lead sentence dates the news by ('lost their posts last week', 'this
    month'), when it is the month of publication or the one before: a roundup's undated exits."""
    if not ctx.ft.sents:
        return None
    s, e = ctx.ft.sents[0]
    prev = f"{pub.year - 1:04d}-12" if pub.month == 1 else f"{pub.year:04d}-{pub.month - 1:02d}"
    return next((m.value for m in ctx.dates if s <= m.start and m.end <= e and m.precision == "month" and m.value
                 and m.value in (pub.isoformat()[:7], prev) and not after_start_cue(ctx, max(s, m.start - 50), m.start)),
                None)


def _succeeded_dates(ctx: DocContext, drafts: list[Draft]) -> None:
    """An exit told undated, in a sentence saying who succeeds the leaver ('X succeeds Y';
    Arabic verb first 'yakhlufu X Y'), happens when the successor takes over: the successor's
    dated join gives its date (as a successor named in an exit's announcement takes its date)."""
    from talentflow.pipeline.roles import _succession_rx

    cues = _succession_rx(ctx.lang)
    undated = [d for d in drafts if d.kind == "departure" and d.date is None and d.person is not None]
    if cues is None or not undated:
        return
    joins = [x for x in drafts if x.kind in ("arrival", "role_change") and x.date and x.person is not None]
    for d in undated:
        for x in joins:
            if x.person.id == d.person.id:
                continue
            for m in ctx.ents:
                if m.type != "person" or m.id != d.person.id:
                    continue
                s, e = ctx.ft.sents[ctx.ft.sent_of(m.start)]
                succ = [o for o in ctx.ents if o.id == x.person.id and s <= o.start < e]
                if succ and cues[1].search(ctx.ft.folded, s, m.start) is not None:
                    d.date = x.date
                    break
            if d.date:
                break


def _successor_dates(ctx: DocContext, drafts: list[Draft]) -> None:
    """A successor told undated ('Y, a designer at the company since 1999, replaces Dye') takes
    over when the one succeeded leaves: the date of that exit, told in another sentence."""
    from talentflow.pipeline.roles import _succession_rx

    cues = _succession_rx(ctx.lang)
    undated = [d for d in drafts if d.kind in ("arrival", "role_change") and d.date is None and d.person is not None]
    if cues is None or not undated:
        return
    exits = {x.person.id: x.date for x in drafts if x.kind == "departure" and x.date and x.person is not None}
    for d in undated:
        s, e = ctx.ft.sents[d.hit.sent]
        m = cues[1].search(ctx.ft.folded, max(s, d.hit.start - 3), min(e, d.hit.end + 3))
        if m is None:
            continue
        pred = next((p for p in ctx.ents if p.type == "person" and m.end() <= p.start < m.end() + 3), None)
        if pred is not None and pred.id != d.person.id and pred.id in exits:
            d.date = exits[pred.id]


def _filing_dates(ctx: DocContext, drafts: list[Draft]) -> None:
    """A suit told undated ('Apple has sued a former engineer') is dated by the day the text says
    the complaint was filed ('The complaint, filed on June 24 in ...')."""
    rx = _filing_rx(ctx.lang)
    if rx is None or not any(d.kind == "lawsuit" and d.date is None for d in drafts):
        return
    day = next((m.value for m in ctx.dates if m.value and rx.search(ctx.ft.folded, max(0, m.start - 60), m.start)), None)
    for d in drafts:
        if d.kind == "lawsuit" and d.date is None and day is not None:
            d.date = day


@lru_cache(maxsize=None)
def _filing_rx(lang: str) -> re.Pattern | None:
    from talentflow.lang.normalize import fold
    from talentflow.pipeline.lexicon import get_lexicon

    cue = get_lexicon(lang).data["dates"].get("filing_cue")
    return re.compile(rf"(?<!\w){fold(cue)}") if cue else None


def _dated_elsewhere(ctx: DocContext, drafts: list[Draft]) -> None:
    """An exit told undated ('Sutskever left OpenAI to found a lab') takes the date of a trigger
    of the same kind that gave no event of its own, in a sentence naming only that person
    ('..., months after announcing last month that he was leaving')."""
    undated = [d for d in drafts if d.date is None and d.person is not None and d.kind == "departure"]
    if not undated:
        return
    used = {d.hit.start for d in drafts}
    used_sents = {d.hit.sent for d in drafts}
    named: dict[int, set[str]] = {}
    for m in ctx.ents:
        if m.type == "person":
            named.setdefault(ctx.ft.sent_of(m.start), set()).add(m.id)
    for d in undated:
        alone = [i for i, ids in named.items() if ids == {d.person.id} and i not in used_sents]
        if not alone or not any(_maybe_trigger(ctx, *ctx.ft.sents[i], used) for i in alone):
            continue  # (cheap test before scanning the triggers)
        for h in _hits(ctx):
            if h.start in used or h.trig.kind != d.kind or h.sent not in alone:
                continue
            if not _suppressed(ctx, h):
                d.date = choose_dates(ctx, h)[0]
                if d.date:
                    break


def _suppressed(ctx: DocContext, hit: Hit) -> bool:
    from talentflow.pipeline.events import is_suppressed

    return is_suppressed(ctx, hit) is not None


def _leaving_dates(drafts: list[Draft]) -> None:
    """A move told first as the hire at the destination ('Starbucks named Niccol CEO on
    Tuesday') is dated by the verb of leaving when the text dates that ('he will leave Chipotle
    at the end of the month'): the departure is the leaving."""
    leaving: dict[str, str] = {}
    for d in sorted(drafts, key=lambda d: d.hit.start):
        if d.kind == "departure" and d.person is not None and d.date and d.hit.trig.kind == "departure":
            leaving.setdefault(d.person.id, d.date)
    for d in drafts:
        if d.kind == "departure" and d.person is not None and d.hit.trig.kind != "departure" \
                and d.destination is not None and d.person.id in leaving:
            d.date = leaving[d.person.id]


def _leaving_roles(drafts: list[Draft]) -> None:
    """A move told as the hire ('joined Globex as chief AI officer after leaving Acme, where she
    was vice president') keeps the post held at the org left, as a departure's role is."""
    held = {}
    for d in sorted(drafts, key=lambda d: d.hit.start):
        if d.kind == "departure" and d.person is not None and d.role and d.hit.trig.kind == "departure":
            held.setdefault(d.person.id, (d.role, d.role_span))
    for d in drafts:
        if d.kind == "departure" and d.person is not None and d.hit.trig.kind != "departure" \
                and d.destination is not None and d.person.id in held \
                and (d.role_span is None or d.role_span[0] >= d.hit.end):  # the post taken after 'joined'
            d.role, d.role_span = held[d.person.id]


def _joint_exits(ctx: DocContext, drafts: list[Draft]) -> None:
    """Undated exits told as going with an earlier one ('his assistants will also leave') share
    that exit's date."""
    cue = ctx.lex.cues.get("joint")
    if cue is None:
        return
    lead = None
    for d in sorted(drafts, key=lambda d: d.hit.start):
        if d.kind != "departure":
            continue
        if d.date is None and lead is not None and lead.person is not d.person:
            s, _ = ctx.ft.sents[d.hit.sent]
            if cue.search(ctx.ft.folded[s:d.hit.end]):
                d.date = lead.date
        elif lead is None and d.date:
            lead = d
