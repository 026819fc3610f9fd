"""Personnel events from triggers, entities, roles, dates and durations (events.md rules).

For each trigger in a sentence: drop it when negated, hypothetical, background or a
sabbatical; find its person (by the trigger's form, lists give one event each, pronouns and
clitic pronouns link to the last person named); its org, destination, role, date, start and
tenure (whether an appointment is an arrival, a departure or a role change is decided in
:mod:`talentflow.pipeline.event_kinds`). Then apply the counting rules across the document:
a move is one departure with a destination; a join that only starts a stint reported ending
becomes ``started``.

>>> from talentflow.pipeline import extract
>>> [e.kind for e in extract("Jane Roe, the chief financial officer of Acme Corp, resigned.", "en")]
['departure']
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.models import EntityRef, EventMention, Source
from talentflow.pipeline.dates import DateMention, Duration, find_dates, find_durations, long_before
from talentflow.pipeline.entities import Mention, primary_org
from talentflow.pipeline.lexicon import Lexicon, get_lexicon, literal_gate
from talentflow.pipeline.persons import (
    _after_relative_pronoun, _clause_before, choose_person, starting_in,
)
from talentflow.pipeline.text import FoldedText
from talentflow.pipeline.scan import KIND_PRIORITY, Hit, find_roles, find_triggers, has_trigger, lex_variants  # noqa: F401
from talentflow.pipeline.counting import apply_counting_rules  # noqa: F401  (re-exported for components)
from talentflow.pipeline.stints import _rx, choose_dates, choose_tenure, started_elsewhere, tenure_elsewhere
from talentflow.pipeline.news_day import news_day
from talentflow.pipeline.roles import choose_role, role_org, succeeded_roles
from talentflow.pipeline.groups import (
    group_post, named_defendant, same_move, successor_orgs, unnamed_group,
)
from talentflow.pipeline.event_orgs import (  # noqa: F401
    _after_from, _former_of, _in_apposition, _medium, _orgs_in, choose_orgs, in_dest_clause,
)
from talentflow.pipeline.event_orgs import ministry_org
from talentflow.pipeline.event_kinds import (
    NON_EXCLUSIVE, _arrival_from, _former_after, _former_elsewhere, seat_at, seat_org, _insider, _taken_post_org,
    _to_public_office, post_moved_to,
)


@dataclass
class Draft:
    """An event being assembled, with the spans that support it (folded offsets)."""

    kind: str
    hit: Hit
    person: Mention | None
    org: Mention | None = None
    destination: Mention | None = None
    role: str | None = None
    role_span: tuple[int, int] | None = None
    date: str | None = None
    started: str | None = None
    tenure: int | None = None
    confidence: float = 0.6
    person_spans: list[tuple[int, int]] = field(default_factory=list)
    coref: bool = False
    published: str | None = None
    org_named: bool = True  # the org is named in the trigger's sentence (not the text's main org)
    date_ahead: bool = False  # the date lies after publication ('will stay until the end of the year')


@dataclass
class DocContext:
    ft: FoldedText
    lang: str
    lex: Lexicon
    ents: list[Mention]
    published: str | None
    dates: list[DateMention]
    durations: list[Duration]
    roles: list[tuple[int, int, str]]
    main_org: Mention | None
    memo: dict = field(default_factory=dict)  # per-document caches (sentences about a person)
    past_org: Mention | None = None  # the only org named, as someone's former employer


# --- filters ---------------------------------------------------------------------------------


def is_suppressed(ctx: DocContext, hit: Hit) -> str | None:
    """Why this trigger is not an event (negation, hypothetical, background, sabbatical)."""
    lex = ctx.lex
    before = _clause_before(ctx, hit)
    s, e = ctx.ft.sents[hit.sent]
    if lex.cues["negation_before"] and lex.cues["negation_before"].search(before):
        why_not = lex.syntax.get("negation_of_reason_before")  # 'no reason was given for X's exit'
        if not (why_not and re.search(why_not, before)):  # denies the reason, the exit stands
            return "negation"
    rev = lex.syntax.get("reversal_before")
    m = _rx(rev).search(before) if rev and hit.trig.kind == "departure" else None
    if m is not None:  # 'reversed his decision to step down': the text rejects the exit
        earlier = lex.syntax.get("reversal_earlier")  # 'weeks after reversing ...': since overtaken
        return "reversal_past" if earlier and re.search(earlier, before[:m.start()].rstrip() + " ") else "reversed"
    hyp = lex.cues["hypothetical_before"]
    if hyp and hyp.search(before):
        m = list(hyp.finditer(before))[-1]
        whole = ctx.ft.folded[s:hit.start]
        if not (ctx.lang == "en" and m.group() == "would" and lex.speech and lex.speech.search(whole)):
            # 'X said / added / noted that he would step down': reported future, not hypothetical
            return "hypothetical"
    syn = lex.syntax
    cand = syn.get("candidate_after")  # 'analysts named X among the possible contenders'
    if cand and hit.trig.kind in ("arrival", "role_change") and _rx(cand).search(ctx.ft.folded[hit.end:e]):
        return "hypothetical"
    if syn["perfect_particle"] and _rx(syn["perfect_particle"]).search(before) \
            and ctx.ft.folded[hit.start] in syn["imperfect_initials"]:
        return "hypothetical"
    if lex.cues["background_before"] and lex.cues["background_before"].search(before):
        return "background"
    plu_hist = syn.get("pluperfect_history_before")  # 'X had led Iran ..., before taking the Qatar post'
    if plu_hist and hit.trig.kind in ("arrival", "role_change") and _rx(plu_hist).search(ctx.ft.folded[s:hit.start]):
        return "background"
    pred = syn.get("predecessor_clause_before")  # 'took over from Y, who resigned over ...': the predecessor's exit is background
    if pred and hit.trig.kind == "departure" and _rx(pred).search(ctx.ft.folded[s:hit.start]) \
            and not re.match(syn.get("future_trigger", "$^"), ctx.ft.folded[hit.start:hit.end]):
        return "background"  # ('replacing Y, who will retire' is news)
    plu = syn.get("pluperfect_post")  # 'had been promoted earlier this year': a post taken before the news
    if plu and hit.trig.kind in ("arrival", "role_change") and _rx(plu).search(ctx.ft.folded[hit.start:hit.end]):
        return "background"
    held = syn.get("held_since_trigger")  # 'يتولى X رئاسة Y منذ يونيو': a post held since then, not news
    if held and hit.trig.kind in ("arrival", "role_change") and _rx(held).match(ctx.ft.folded[hit.start:e]):
        return "background"
    since = syn.get("state_since_before")  # 'has been without a club since leaving X': a state's start
    if since and hit.trig.kind == "departure" and _rx(since).search(before):
        return "background"
    if hit.trig.kind == "departure" and _history_year(ctx, hit) == "ago":
        return "background"  # 'X, who left Y eight years ago, said ...': career history
    if hit.trig.kind in ("departure", "arrival") and lex.cues["sabbatical"] and _sabbatical(ctx, hit.sent):
        return "sabbatical"
    kin = lex.cues.get("kin_after")  # 'the death of his half-brother': a relative's, not the person's
    if kin is not None and hit.trig.kind == "departure" and kin.match(ctx.ft.folded[hit.end:hit.end + 40].lstrip()):
        return "relative"
    return None


def _history_year(ctx: DocContext, hit: Hit) -> str | None:
    """The old year of an exit told in a relative or pluperfect clause ('who left', 'had quit',
    'وكان ... قد') whose own clause names a year well before publication ('in 2016'), or "ago"
    ('eight years ago'): career history, whatever date the main clause gives."""
    memo = ctx.memo.setdefault("history_year", {})
    if hit.start in memo:
        return memo[hit.start]
    syn = ctx.lex.syntax
    rel, year = syn.get("history_clause_before"), syn.get("history_year_after")
    s, e = ctx.ft.sents[hit.sent]
    m = None
    if rel and year and ctx.published:
        m = _rx(year).search(re.split(r"[,;:.()]", ctx.ft.folded[hit.end:min(e, hit.end + 90)], maxsplit=1)[0])
    if m is not None and not _rx(rel).search(ctx.ft.folded[max(s, hit.start - 60):hit.start]):
        m = None
    y = m and m.group(1)
    got = None if m is None else "ago" if y is None else y if long_before(y, ctx.published) else None
    memo[hit.start] = got
    return got


def _sabbatical(ctx: DocContext, i: int) -> bool:
    """Sentence ``i`` tells of a sabbatical or leave (asked once per sentence, not per trigger)."""
    memo = ctx.memo.setdefault("sabbatical", {})
    got = memo.get(i)
    if got is None:
        s, e = ctx.ft.sents[i]
        rx, text = ctx.lex.cues["sabbatical"], ctx.ft.folded[s:e]
        lits = literal_gate(rx)  # (a few phrases: a sentence holding none is not searched)
        got = memo[i] = (lits is None or any(w in text for w in lits)) and rx.search(text) is not None
    return got


# --- persons ---------------------------------------------------------------------------------


# --- assembly --------------------------------------------------------------------------------

def _needs_met(ctx: DocContext, hit: Hit) -> bool:
    """Bare verbs ('left', 'became') count only with their object right after them."""
    need = hit.trig.needs
    owner = ctx.lex.syntax.get("gerund_owner_before")
    if owner and hit.trig.form == "possessive" and ctx.ft.folded[hit.start:hit.end].endswith("ing"):
        # 'would keep hiring' is an activity; 'his hiring', 'Roe's firing' is an event
        s = ctx.ft.sents[hit.sent][0]
        return re.search(owner, ctx.ft.folded[max(s, hit.start - 60):hit.start]) is not None
    if need == "org":
        return bool(starting_in(ctx, "org", hit.end, hit.end + 4))
    if need == "known_org":  # 'moving to Amazon', not 'moving to Lisbon': a KB org or one the story repeats
        return any(m.source == "kb" or sum(o.id == m.id for o in ctx.ents) >= 2
                   for m in starting_in(ctx, "org", hit.end, hit.end + 4))
    if need == "role":
        return any(0 <= r[0] - hit.end <= 3 for r in ctx.roles)
    return True


def draft_events(ctx: DocContext) -> list[Draft]:
    drafts: list[Draft] = []
    for hit in find_triggers(ctx.ft, ctx.lex):
        why = is_suppressed(ctx, hit)
        if why == "reversed":
            ctx.memo.setdefault("reversed", set()).update(p.id for p in choose_person(ctx, hit)[0])
        if why or not _needs_met(ctx, hit):
            continue
        persons, coref = choose_person(ctx, hit)
        persons = _relative_owner(ctx, hit, [p for p in persons if not _speaker_of_clause(ctx, p, hit)])
        persons = _not_the_one_succeeded(ctx, hit, persons)
        if not persons and hit.trig.kind != "lawsuit":
            unnamed_group(ctx, hit)
            continue
        group = tuple(p.id for p in persons)
        ctx.memo.setdefault("event_subjects", set()).update(group)
        made = same_move([group_post(ctx, _fill(ctx, hit, p, coref, group), len(group)) for p in persons or [None]])
        drafts.extend(made + _successor_named(ctx, hit, made))
    kept = ctx.memo.get("reversed", set())  # every report of an exit the person called off
    drafts = [d for d in drafts if not (d.kind == "departure" and d.person and d.person.id in kept)]
    drafts = _without_relative_joins(ctx, drafts)
    _insider_takes_post(ctx, drafts)
    _takes_over_leavers_post(ctx, drafts)
    _leaver_of_newcomers_post(ctx, drafts)
    _handover_date(ctx, drafts)
    _story_org(ctx, drafts)
    _succeeded_stays(ctx, drafts)
    _becomes_inside(ctx, drafts)
    successor_orgs(ctx, drafts)
    named_defendant(ctx, drafts)
    succeeded_roles(ctx, drafts)
    undated = [d for d in drafts if d.date is None and d.kind != "lawsuit"]
    news_day(ctx, drafts)
    _paragraph_day(ctx, undated)
    return drafts


def _relative_owner(ctx: DocContext, hit: Hit, persons: list[Mention]) -> list[Mention]:
    """'succeeding Y, who left after 17 months of his taking over (tawallihi)': a trigger with its
    own pronoun inside a relative clause is the antecedent's, even one behind a preposition."""
    rel, own = ctx.lex.syntax.get("relative_pronoun"), ctx.lex.syntax["pronoun_suffix_original"]
    if len(persons) != 1 or not rel or not own or not re.search(own, ctx.ft.orig_text(hit.start, hit.end)):
        return persons
    s = ctx.ft.sents[hit.sent][0]
    last = None
    for last in _rx(rel).finditer(ctx.ft.folded, s, hit.start):
        pass
    if last is None or persons[0].end > last.start() \
            or re.search(r"[,;\u060c\u061b]", ctx.ft.folded[last.end():hit.start]):
        return persons
    ante = [m for m in ctx.ents if m.type == "person" and 0 <= last.start() - m.end <= 2]
    if not ante or ante[-1].id == persons[0].id or any(
            m.type == "person" and last.end() <= m.start < hit.start for m in ctx.ents):
        return persons
    # a post taken, told inside the clause about someone else, is that person's past
    return ante[-1:] if hit.trig.kind in ("departure", "lawsuit") else []


def _not_the_one_succeeded(ctx: DocContext, hit: Hit, persons: list[Mention]) -> list[Mention]:
    """Arabic 'wa-yakhlufuhu Y' ('and Y succeeds him'): the clitic on the verb is the one
    succeeded, named before it; the successor is named after the verb, or not found."""
    clitic = ctx.lex.syntax.get("succeeded_clitic_trigger")
    if not persons or not clitic or hit.trig.kind != "arrival" or not re.search(clitic, ctx.ft.folded[hit.start:hit.end]):
        return persons
    return [p for p in persons if p.start >= hit.end]


def _handover_date(ctx: DocContext, drafts: list[Draft]) -> None:
    """Arabic 'X yatanahha ... 'ala an yakhlufahu Y i'tibaran min November': the exit takes
    effect when the one succeeding *him* takes over; an earlier date the exit got is the
    announcement's."""
    clitic = ctx.lex.syntax.get("succeeded_clitic_trigger")
    if not clitic:
        return
    for d in drafts:
        if d.kind in ("arrival", "role_change") and d.date and re.search(clitic, ctx.ft.folded[d.hit.start:d.hit.end]):
            for x in drafts:
                if x.kind == "departure" and x.hit.sent == d.hit.sent and x.hit.start < d.hit.start \
                        and x.date and x.date < d.date and x.destination is None:
                    x.date = d.date


def _speaker_of_clause(ctx: DocContext, p: Mention, hit: Hit) -> bool:
    """'the chairman X said that the merger led the board to choose a banker': the name before a
    complementizer says the clause holding the trigger; its subject is someone else (a trigger
    with its own pronoun, 'X said that his resignation ...', stays X's)."""
    rx = ctx.lex.syntax.get("speaker_complementizer_after")
    if not rx or p.end > hit.start:
        return False
    m = re.match(rx, ctx.ft.folded[p.end:hit.start])
    own = ctx.lex.syntax["pronoun_suffix_original"]
    return m is not None and len(ctx.ft.folded[p.end + m.end():hit.start].split()) >= 2 \
        and not (own and re.search(own, ctx.ft.orig_text(hit.start, hit.end)))


def _successor_named(ctx: DocContext, hit: Hit, leavers: list[Draft]) -> list[Draft]:
    """'X will retire and be replaced by Y': the exit's trigger names who takes X's post."""
    cue = ctx.lex.syntax.get("successor_named_after")
    if not cue or hit.trig.kind != "departure" or not re.search(cue, ctx.ft.folded[hit.start:hit.end]):
        return []
    out = {d.person.id for d in leavers if d.person}
    nxt = [m for m in ctx.ents if m.type == "person" and m.id not in out and (0 <= m.start - hit.end <= 2 or any(
        0 < r0 - hit.end <= 2 and 0 <= m.start - r1 <= 25 and not re.search(r"[,.;:]", ctx.ft.folded[hit.end:m.start])
        for r0, r1, _ in ctx.roles))]  # ('be succeeded by finance chief Y': a title before the successor)
    if not nxt:
        return []
    arrival = Hit(replace(hit.trig, kind="arrival", form="obj", forced=False), hit.start, hit.end, hit.sent)
    d = _fill(ctx, arrival, nxt[0], False)
    lead = next((x for x in leavers if x.role), None)
    if lead is not None:
        d.role, d.role_span = lead.role, lead.role_span  # the post taken is the one left
        if d.kind == "arrival" and _insider(ctx, arrival, d.person, d):
            d.kind = "role_change"
    return [d]


def _insider_takes_post(ctx: DocContext, drafts: list[Draft]) -> None:
    """'He will leave on June 3, when Y, the unit's head of sales, takes over': a post told in the
    newcomer's apposition is the one they hold now; they take the leaver's post, inside the org."""
    leavers = {x.person.id for x in drafts if x.kind == "departure" and x.person}
    owned = ctx.lex.syntax.get("owned_post_before")  # 'its chief financial officer, Anna Lowe, takes over'
    for d in drafts:
        p, r = d.person, d.role_span
        if d.kind not in ("arrival", "role_change") or p is None or r is None or p.id in leavers \
                or _after_relative_pronoun(ctx, d.hit.start, floor=ctx.ft.sents[d.hit.sent][0]):
            continue
        if not (p.end < r[0] and (r[1] <= d.hit.start or _verb_first_successor(ctx, d))
                and re.match(r"\s*[,\u060c]", ctx.ft.folded[p.end:r[0]])) \
                and not (owned and 0 <= p.start - r[1] <= 3 and re.search(owned, ctx.ft.folded[max(0, r[0] - 20):r[0]])) \
                and not _title_after_succession(ctx, d):
            continue
        lead = next((x for x in drafts if x.kind == "departure" and x.role and x.person and x.person.id != p.id
                     and d.hit.sent - 2 <= x.hit.sent <= d.hit.sent
                     and (x.org is None or d.org is None or x.org.id == d.org.id)), None)
        if lead is not None:
            d.kind, d.role, d.role_span = "role_change", lead.role, lead.role_span


def _verb_first_successor(ctx: DocContext, d: Draft) -> bool:
    """Arabic 'wa-yakhlufuhu Y, ra'is al-aswaq fi al-bank': a succession verb before its subject,
    whose apposition gives a post they hold now at the org (not a former one, not elsewhere)."""
    p, r = d.person, d.role_span
    succ = ctx.lex.syntax.get("succession_trigger")
    if d.hit.trig.form != "v" or not succ or d.hit.end > p.start or _former_after(ctx, r[1]) \
            or not re.search(succ, ctx.ft.folded[d.hit.start:d.hit.end]) or d.role in ("executive", "employee", "other"):
        return False
    o = role_org(ctx, r)
    return o is None or (d.org is not None and o.id == d.org.id)


def _title_after_succession(ctx: DocContext, d: Draft) -> bool:
    """'X will retire and be succeeded by finance chief Y', Arabic 'yakhlufuhu al-mudir al-mali
    lil-bank Y': a title right before the successor named after the verb is the post they hold
    now, at the org (not a former one, not another org's)."""
    p, r = d.person, d.role_span
    succ = ctx.lex.syntax.get("succession_trigger")
    if not succ or not re.search(succ, ctx.ft.folded[d.hit.start:d.hit.end]) \
            or not (d.hit.end <= r[0] and 0 <= p.start - r[1] <= 25) \
            or re.search(r"[,.;:\u060c\u061b]", ctx.ft.folded[d.hit.end:p.start]) or _former_after(ctx, r[1]):
        return False
    former = ctx.lex.cues.get("former")
    if former is not None and former.search(ctx.ft.folded, max(d.hit.end, r[0] - 20), r[0]):
        return False
    o = role_org(ctx, r)
    return o is None or (d.org is not None and o.id == d.org.id)


def _takes_over_leavers_post(ctx: DocContext, drafts: list[Draft]) -> None:
    """'X steps down on March 1, when her deputy Y takes over': a newcomer whose post the sentence
    does not name takes the post of the one leaving in it (not a post told of them elsewhere)."""
    for d in drafts:
        if d.kind not in ("arrival", "role_change") or d.person is None or d.hit.sent == 0:
            continue  # (not a headline: 'X leaves SSI, Y takes the lead' names no posts)
        s, e = ctx.ft.sents[d.hit.sent]
        if d.role_span is not None and s <= d.role_span[0] < e:
            continue
        lead = next((x for x in drafts if x.kind == "departure" and x.role and x.person and x.person.id != d.person.id
                     and x.hit.sent == d.hit.sent and x.hit.start < d.hit.start
                     and (x.org is None or d.org is None or x.org.id == d.org.id)), None)
        if lead is not None:
            d.role, d.role_span = lead.role, lead.role_span


def _leaver_of_newcomers_post(ctx: DocContext, drafts: list[Draft]) -> None:
    """'Chelsea hired Y to be their head coach, a day after sacking X': a leaver whose post their
    sentence does not name held the post the one newcomer hired by the same org in it takes."""
    for d in drafts:
        if d.kind != "departure" or d.role is not None or d.person is None or d.org is None:
            continue
        posts = {(x.role, x.role_span) for x in drafts if x.hit.trig.kind in ("arrival", "role_change") and x.role
                 and x.person and x.person.id != d.person.id and x.hit.sent == d.hit.sent
                 and _hiring_org(x) is not None and _hiring_org(x).id == d.org.id}
        if len(posts) == 1:
            d.role, d.role_span = next(iter(posts))


def _paragraph_day(ctx: DocContext, undated: list[Draft]) -> None:
    """A roundup of several days ('On Wednesday Apple confirmed that X is leaving. ... Y replaces
    X.'): an event told without a date happened on the last news day named before it in its
    paragraph (a day in the week before publication), not on the text's first one. ``undated``:
    the drafts news_day dated; only those it gave the text's first news day change."""
    from datetime import date as _date

    from talentflow.pipeline.dates import parse_published

    pub = parse_published(ctx.published) if undated else None
    if pub is None:
        return
    days = [m for m in ctx.dates if m.precision == "day" and m.value and len(m.value) == 10
            and 0 <= (pub - (parse_published(m.value) or _date.max)).days <= 7]
    if len({m.value for m in days}) < 2:
        return  # one news day: the report day of news_day
    for d in undated:
        if d.date != days[0].value:
            continue
        para = ctx.ft.folded.rfind("\n", 0, d.hit.start) + 1
        before = [m for m in days if para <= m.start < d.hit.start and _opens_sentence(ctx, m.start)]
        if before:
            d.date = before[-1].value


def _opens_sentence(ctx: DocContext, pos: int) -> bool:
    """The date opens its sentence ('On Wednesday Apple confirmed', 'wa-yawm al-arbi'a a'lana'):
    the day the news of the sentence was told, not a day told inside it ('retired on 1 December')."""
    return pos - ctx.ft.sents[ctx.ft.sent_of(pos)][0] <= 12


def _hiring_org(x: Draft) -> Mention | None:
    """The org a hire told by an arrival trigger joins: its org, or for one told as leaving
    another org ('poached Y from B'), its destination."""
    return x.destination if x.kind == "departure" else x.org


def _without_relative_joins(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """'Y, who joined as an assistant in July, will take charge': a join told in a relative
    clause is the background of the same person's post taken in the main clause."""
    def rel(d: Draft) -> bool:
        return _after_relative_pronoun(ctx, d.hit.start, floor=ctx.ft.sents[d.hit.sent][0])
    posts = ("arrival", "role_change")
    main = {(d.person.id, d.hit.sent): d for d in drafts if d.person and d.kind in posts and not rel(d)}
    out = []
    for d in drafts:
        post = main.get((d.person.id, d.hit.sent)) if d.kind in posts and d.person else None
        if post is None or not rel(d):
            out.append(d)
        elif post.kind == "arrival" and (d.org is None or post.org is None or d.org.id == post.org.id) \
                and re.search(ctx.lex.syntax["join_trigger"], ctx.ft.folded[d.hit.start:d.hit.end]):
            post.kind = "role_change"  # 'Amanda Blanc, who joined its board in January, replaces him': already there
    return out


def _named_in_sentence(ctx: DocContext, org: Mention, sent: int) -> bool:
    s, e = ctx.ft.sents[sent]
    return any(m.id == org.id for m in _orgs_in(ctx, s, e))


def _story_org(ctx: DocContext, drafts: list[Draft]) -> None:
    """Successors told without naming the org ('the company's strategy chief takes over') work
    where the story's first leaver left, not at the org the text names most (a buyer, a rival)."""
    lead = next((d for d in sorted(drafts, key=lambda d: d.hit.start) if d.kind == "departure"
                 and d.org is not None), None)
    if lead is None or ctx.main_org is None or lead.org.id == ctx.main_org.id:
        return
    # when the main org is where the leader went, other leavers of 'the company' left the same org
    kinds = ("role_change", "arrival", "departure") if lead.destination is not None \
        and lead.destination.id == ctx.main_org.id else ("role_change", "arrival")
    for d in drafts:
        if d.kind in kinds and d.hit.start > lead.hit.start and d.org is not None and d.destination is None \
                and d.org.id == ctx.main_org.id and not _named_in_sentence(ctx, d.org, d.hit.sent) \
                and not _succeeded_by(ctx, d, lead) and not _same_person(d, lead) \
                and not _one_succeeded(ctx, d):  # (the leader's own new post is elsewhere)
            d.org = lead.org


def _succeeded_stays(ctx: DocContext, drafts: list[Draft]) -> None:
    """'She succeeds Per Lund ... Lund will become executive chair': the one succeeded at the org a
    newcomer joins, given a new post there, moves inside it (a role change, not an arrival)."""
    if not any(d.kind == "arrival" for d in drafts):
        return
    joined = {(d.destination if d.kind == "departure" else d.org).id for d in drafts
              if d.kind in ("departure", "arrival") and (d.destination if d.kind == "departure" else d.org) is not None}
    left = {d.person.id for d in drafts if d.kind == "departure" and d.person is not None}
    for d in drafts:  # (not 'X, who joined in 1998, will retire': the join starts the stint that ends)
        if d.kind != "arrival" or d.org is None or d.org.id not in joined or d.person is None or d.person.id in left:
            continue
        newcomer = next((x for x in drafts if x is not d and x.person is not None and x.person.id != d.person.id
                         and (x.destination if x.kind == "departure" else x.org) is not None
                         and (x.destination if x.kind == "departure" else x.org).id == d.org.id), None)
        if newcomer is not None and _one_succeeded(ctx, d):
            d.kind = "role_change"
            s, e = ctx.ft.sents[d.hit.sent]
            if newcomer.date and (d.date or "") < newcomer.date and not any(s <= m.start < e for m in ctx.dates):
                d.date = newcomer.date  # (the post changes hands when the newcomer starts: 'on January 2')


def _becomes_inside(ctx: DocContext, drafts: list[Draft]) -> None:
    """'Altman said Mark Chen would become senior vice president of research': someone who only
    'becomes' a post at the story's org, told nowhere else as coming from, leaving or joining
    anywhere, and named with no other org, is promoted inside it (syntax.json ``become_trigger``).

    >>> from talentflow.pipeline import extract
    >>> text = ("Three senior engineers have left Halvard Systems this month. Chief executive Ian Roe said "
    ...         "Priya Nair would become senior vice president of engineering.")
    >>> [(e.kind, e.person.name) for e in extract(text, "en")]
    [('role_change', 'Priya Nair')]
    """
    rx = ctx.lex.syntax.get("become_trigger")
    if not rx or ctx.main_org is None:
        return
    for d in drafts:
        if d.kind != "arrival" or d.person is None or d.org is None or d.org.id != ctx.main_org.id \
                or not re.search(rx, ctx.ft.folded[d.hit.start:d.hit.end]):
            continue
        s, e = ctx.ft.sents[d.hit.sent]
        if any(x is not d and x.person is not None and x.person.id == d.person.id for x in drafts) \
                or any(o.id != d.org.id for o in _orgs_in(ctx, s, e)) or _former_elsewhere(ctx, d.person, d):
            continue
        d.kind = "role_change"


def _one_succeeded(ctx: DocContext, d: Draft) -> bool:
    """'Jones will become Bumble's CEO. She succeeds Wolfe Herd ... Wolfe Herd will step back to
    become executive chair': someone the text names as succeeded ('succeeds X', 'replacing X')
    held the post at the org the newcomer joins, so their own new post is there too.

    >>> from talentflow.pipeline import extract
    >>> text = ("Solvik Dairy said Lena Ortiz, chief executive of Varde Foods, will become its chief executive. "
    ...         "She succeeds Per Lund, who founded Solvik Dairy in 1998. Lund will become executive chair.")
    >>> [(e.person.name, e.org.name) for e in extract(text, "en")][-1]
    ('Per Lund', 'Solvik Dairy')
    """
    from talentflow.pipeline.roles import _succession_rx

    cues = _succession_rx(ctx.lang)
    if cues is None or d.person is None:
        return False
    folded = ctx.ft.folded
    name = d.person.name or ""
    return any(m.type == "person" and (m.id == d.person.id or (m.name or "").endswith(" " + name)) and m.start < d.hit.start
               and cues[1].search(folded[max(0, m.start - 24):m.start].rstrip() + " ") is not None
               and not folded[max(0, m.start - 24):m.start].rstrip().endswith((",", "\u060c"))
               for m in ctx.ents)


def _same_person(a: Draft, b: Draft) -> bool:
    return a.person is not None and b.person is not None and a.person.id == b.person.id


def _succeeded_by(ctx: DocContext, d: Draft, lead: Draft) -> bool:
    """'K, who has led Telia since 2020, succeeds (takhlufu) J': J is replaced at the org K
    joins, so J did not leave the org K left."""
    from talentflow.pipeline.roles import _succession_rx

    cues = _succession_rx(ctx.lang)
    if cues is None or d.person is None or lead.person is None or lead.person.id == d.person.id:
        return False
    s = ctx.ft.sents[ctx.ft.sent_of(d.person.start)][0]
    return cues[1].search(ctx.ft.folded, s, d.person.start) is not None


def _fill(ctx: DocContext, hit: Hit, person: Mention | None, coref: bool, group: tuple[str, ...] = ()) -> Draft:
    d = Draft(kind=hit.trig.kind, hit=hit, person=person, coref=coref, published=ctx.published)
    d.org, d.destination = choose_orgs(ctx, hit, person)
    if d.org is None and d.kind == "departure" and ctx.past_org is not None and ctx.past_org is not d.destination:
        d.org = ctx.past_org  # 'X, the former CFO of Acme, left the company': the only org named
    if d.kind == "lawsuit" and person is not None and d.org is not None and person.id == d.org.id:
        d.person = None
    d.role, d.role_span = choose_role(ctx, hit, person, d.destination, group)
    if d.org is None and d.role_span and d.kind != "lawsuit":
        d.org = ministry_org(ctx, d.role_span)  # 'أعفي وزير الصحة X': the ministry, or the government named
    seat = seat_at(ctx, hit, person) if d.kind == "arrival" else None
    if seat is not None and person is not None:  # 'X, CFO of Kestrel, joined the board of Arden': Arden
        d.org = seat_org(ctx, hit, person, seat[1]) or d.org
    if d.role_span and d.kind in ("departure", "arrival", "role_change"):
        linked = role_org(ctx, d.role_span)
        if seat is not None and d.role_span[0] < seat[1]:
            linked = None  # (the post in the apposition is held beside the seat)
        s, e = ctx.ft.sents[hit.sent]
        if linked is not None and not s <= d.role_span[0] < e and d.org is not None \
                and (_in_apposition(ctx, person, d.org) or (d.kind == "departure" and 0 <= d.org.start - hit.end <= 3)):
            linked = None  # the org in the person's apposition here ('X, a co-founder of xAI, is leaving')
            # outweighs a post told in another sentence ('Before xAI, X was a researcher at Y'), as does
            # the org the exit's verb names ('X left Spotify')
        taken = d.role_span[0] >= hit.end and (re.fullmatch(ctx.lex.syntax["role_after_trigger"],
                                                            ctx.ft.folded[hit.end:d.role_span[0]])
                                               or _post_complement(ctx, hit, person, d.role_span)) \
            or d.role_span in ctx.memo.get("posts_taken", ())  # ('X joins from Z': the post an earlier sentence gave)
        if linked is not None and d.kind == "arrival" and d.org is not None and linked.id != d.org.id and taken \
                and not _after_from(ctx, linked, s):  # ('joins as VP of AI from Microsoft': the org left)
            d.org = linked  # 'will take the presidency of the university': the post taken names the org joined
            ctx.memo.setdefault("posts_taken", set()).add(d.role_span)
        elif linked is not None and d.kind == "arrival" and d.org is not None and linked.id != d.org.id:
            d.kind, d.destination, d.org = "departure", _taken_post_org(ctx, hit, d.role_span[1], linked) or d.org, linked
        elif linked is not None and d.kind == "departure" and in_dest_clause(ctx, hit, d.role_span[0]):
            d.destination = d.destination or linked  # 'left A to become chief executive of B': B is where he goes
        elif linked is not None and (d.destination is None or linked.id != d.destination.id):
            d.org = linked
    d.date, d.started = choose_dates(ctx, hit, person)
    old = _history_year(ctx, hit) if d.kind == "departure" else None
    if old:  # 'X, who left Y to found Z in 2016, said on Monday': the clause's year dates the exit
        d.date, d.started = old, (d.started if d.started and d.started < old else None)
    d.date_ahead = hit.start in ctx.memo.get("ahead", ())
    d.tenure = choose_tenure(ctx, hit, d.org)
    if d.kind == "departure" and d.started is None and person is not None:
        d.started = started_elsewhere(ctx, person, d.org)
    if d.kind == "departure" and d.tenure is None and person is not None:
        d.tenure = tenure_elsewhere(ctx, person, d.org)
    if d.kind == "arrival":
        _arrival_from(ctx, d)
        if d.kind == "departure":  # the stint that ends is at the org left, not at the one joined
            d.tenure = choose_tenure(ctx, hit, d.org)
            d.started = d.started or (started_elsewhere(ctx, person, d.org) if person is not None else None)
    if d.kind == "arrival" and _to_public_office(ctx, d):
        d.kind, d.destination = "departure", None  # 'X, chief executive of Acme, was appointed finance minister'
        held = next(((c, (r0, r1)) for r0, r1, c in ctx.roles if c not in NON_EXCLUSIVE and person is not None
                     and person.end < r0 <= person.end + 40), None)
        d.role, d.role_span = held or (d.role, d.role_span)  # the post held at the org left (events.md)
    if seat is not None and d.kind == "arrival" and d.role not in NON_EXCLUSIVE:
        d.role, d.role_span = seat[0], None  # ('X, CFO of Kestrel, joined the board of Arden': the seat's role)
    if d.kind == "arrival" and _insider(ctx, hit, person, d):
        d.kind = "role_change"
    if d.kind == "role_change":
        post_moved_to(ctx, d)
    if d.kind == "role_change" and ctx.main_org is not None and not (d.role_span and role_org(ctx, d.role_span)) \
            and not (d.org is not None and _named_in_sentence(ctx, d.org, hit.sent)):
        d.org = ctx.main_org  # an org that names someone ('Chipotle named its COO ...') keeps them
    gov = _government_of(ctx, d.org)
    if gov is not d.org and d.role is None:
        d.role = "other"  # the ministry taken is the post: a minister (events.md role 'other')
    d.org = gov
    d.org_named = d.org is not None and _named_in_sentence(ctx, d.org, hit.sent)
    d.confidence = _confidence(d)
    return d


def _post_complement(ctx: DocContext, hit: Hit, person: Mention | None, span: tuple[int, int]) -> bool:
    """'named Priya Malhotra chief executive of Fernway Foods': the post right after the named
    object (no comma: not an apposition) is the post taken, so its org is the org joined.

    >>> from talentflow.pipeline import extract
    >>> [(e.kind, e.org.name) for e in extract("Hollis Group named Priya Malhotra chief executive of Fernway Foods.", "en")]
    [('arrival', 'Fernway Foods')]
    """
    if person is None or not (hit.end <= person.start and person.end <= span[0]) or hit.trig.form != "obj" \
            or ctx.ft.folded[hit.end:person.start].strip():
        return False
    cue = ctx.lex.syntax.get("post_taken_before")  # ('named X, CEO of Lintel Bank, as CEO of Tarsus Insurance')
    return re.fullmatch(ctx.lex.syntax["role_after_trigger"], ctx.ft.folded[person.end:span[0]]) is not None \
        or bool(cue) and re.search(cue, ctx.ft.folded[max(person.end, span[0] - 24):span[0]]) is not None


def _government_of(ctx: DocContext, org: Mention | None) -> Mention | None:
    """'took over the foreign ministry': a minister's employer is the government the text names
    (events.md: for a government post, the government), not the ministry, which is the post."""
    mini, gov = ctx.lex.syntax.get("ministry_noun"), ctx.lex.syntax.get("government_noun")
    if org is None or not mini or not gov or not re.match(mini, ctx.ft.folded[org.start:org.end]):
        return org
    govs = [m for m in ctx.ents if m.type == "org" and re.match(gov, ctx.ft.folded[m.start:m.end])]
    main = ctx.main_org
    return main if main is not None and main in govs else (govs[0] if govs else org)


def _confidence(d: Draft) -> float:
    c = 0.55
    if d.person and d.person.source == "kb":
        c += 0.15
    elif d.person and d.person.source == "coref":
        c += 0.1
    if d.coref:
        c -= 0.15
    if d.org is not None:
        c += 0.1
    if d.role:
        c += 0.05
    if d.date:
        c += 0.05
    if d.hit.trig.forced:
        c += 0.02
    return max(0.05, min(0.97, c))


def to_mentions(ctx: DocContext, drafts: list[Draft], doc_id: str, url: str | None) -> tuple[list[EventMention], list[dict]]:
    """EventMentions (events.md) and their anchors (interfaces.md item 1)."""
    ft = ctx.ft
    events, anchors = [], []
    spans_of: dict[str | None, list[tuple[int, int]]] = {}  # entity id -> its mentions' spans
    needed = {d.person.id for d in drafts if d.person} | {d.org.id for d in drafts if d.org}
    for m in ctx.ents:
        if m.id in needed:  # (only the entities an event anchors)
            spans_of.setdefault(m.id, []).append(ft.span(m.start, m.end))
    for d in drafts:
        s, e = ft.sents[d.hit.sent]
        span = ft.span(s, e)
        ev = EventMention(
            kind=d.kind,
            person=_ref(ctx, d.person),
            org=_ref(ctx, d.org),
            role=d.role,
            role_mention=ft.orig_text(*d.role_span) if d.role_span else None,
            date=d.date, started=d.started, tenure_months=d.tenure,
            destination=_ref(ctx, d.destination),
            source=Source(doc=doc_id, url=url, published=ctx.published, lang=ctx.lang, span=span),
            confidence=round(d.confidence, 3),
        )
        events.append(ev)
        person_spans = list(spans_of.get(d.person.id, ())) if d.person else []
        org_spans = list(spans_of.get(d.org.id, ())) if d.org else []
        anchors.append({"sent": span, "trigger": ft.span(d.hit.start, d.hit.end),
                        "person": person_spans, "org": org_spans})
    return events, anchors


def _ref(ctx: DocContext, m: Mention | None) -> EntityRef | None:
    if m is None:
        return None
    return EntityRef(name=m.name, mention=ctx.ft.orig_text(m.start, m.end), id=m.id)


def build_context(ft: FoldedText, lang: str, ents: list[Mention], published: str | None,
                  title_end: int = 0) -> DocContext:
    lex = get_lexicon(lang)
    ctx = DocContext(
        ft=ft, lang=lang, lex=lex, ents=ents, published=published,
        dates=find_dates(ft.folded, lang, published, ft.original) if has_trigger(ft, lex) else [],
        durations=find_durations(ft.folded, lang),
        roles=find_roles(ft, lex),
        main_org=None,
    )
    # outlets and former employers ('a former Walmart executive') are not what the text is about;
    # but when only a former employer is named, an exit from 'the company' is from it ('X, the
    # former CFO of Acme, left the company this year'), not a join (an outlet never is either)
    ctx.main_org = primary_org([m for m in ents if m.type != "org" or not _medium(ctx, m)], title_end)
    if ctx.main_org is None:
        ctx.past_org = primary_org([m for m in ents if m.type == "org" and _former_of(ctx, m)], title_end)
    return ctx
