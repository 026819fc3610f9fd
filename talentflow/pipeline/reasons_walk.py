"""The reasons walk: each sentence's cues given an owner, a stance and who says them.

:func:`_walk` reads the sentences of one text in order (``ctx.sents``) and, per driver cue,
decides whose event it explains (the candidates named in the sentence, the subject carried
from the sentences before, a list "X and Y"), whether it is denied, disclaimed or told
again, and who says it; what no named person owns becomes a claim. This module owns that
walk and its per-sentence helpers; :mod:`talentflow.pipeline.reasons` sets up the context
(:func:`~talentflow.pipeline.reasons.attach_reasons`) and runs the rules after the walk.

>>> from talentflow.pipeline.reasons import attach_reasons
>>> from talentflow.models import EntityRef, EventMention
>>> ev = EventMention(kind="departure", person=EntityRef("Jane Doe", "Jane Doe"))
>>> _ = attach_reasons("Jane Doe resigned. She cited burnout.", [ev])
>>> [r.driver for r in ev.reasons]
['workload_culture']
"""

from __future__ import annotations

from bisect import bisect_right

from talentflow.models import EventMention, Reason
from talentflow.pipeline.reasons_attribution import (
    STRONG, _accepts, _asserted_before, _attribution, _background, _Ctx, _dist,
    _Found, _in, _inside, _latest_accepting, _nearest,
)
from talentflow.pipeline.reasons_claims import (
    _add_reason, _Claim, _may_start_in, _org_answers, _to_claim, _unlinks, group_recruited, unlinks,
)
from talentflow.pipeline.reasons_cues import Span, normalized


# -- owner, stance, attribution ------------------------------------------------------------------------


def _candidates(ctx: _Ctx, sent: Span) -> dict[int, list[Span]]:
    cand: dict[int, list[Span]] = {}
    for i, ev in enumerate(ctx.events):
        spans = _in(ctx.persons[i], sent)
        trig = ctx.triggers[i]
        if trig and _inside(trig, sent) and (not spans or ev.person is None):
            spans = spans + [trig]
        if spans:
            cand[i] = spans
    return cand


class _BySentence:
    """The cues and candidates of every sentence, read off once per text: what
    ``[f for f in found if _inside(f.span, sent)]`` and :func:`_candidates` give for
    ``ctx.sents[k]`` (sentences never overlap, so a span lies in at most one)."""

    def __init__(self, ctx: _Ctx, found: list[_Found]):
        self.ctx = ctx
        self._starts = starts = [a for a, _b in ctx.sents]
        sents = ctx.sents

        def at(span: Span) -> int | None:
            k = bisect_right(starts, span[0]) - 1
            return k if k >= 0 and span[1] <= sents[k][1] else None

        self._at = at
        self.cues: dict[int, list[_Found]] = {}
        for f in found:
            k = at(f.span)
            if k is not None:
                self.cues.setdefault(k, []).append(f)
        self.persons: dict[int, dict[int, list[Span]]] = {}  # sentence -> event -> its spans there
        for i, spans in enumerate(ctx.persons):
            for sp in spans:
                k = at(sp)
                if k is not None:
                    self.persons.setdefault(k, {}).setdefault(i, []).append(sp)
        self.triggers: dict[int, set[int]] = {}  # sentence -> events triggered there
        for i, trig in enumerate(ctx.triggers):
            k = at(trig) if trig else None
            if k is not None:
                self.triggers.setdefault(k, set()).add(i)

    def bucket(self, spans: list[Span]) -> dict[int, list[Span]]:
        """Sentence index -> ``_in(spans, ctx.sents[k])`` (the empty ones left out)."""
        out: dict[int, list[Span]] = {}
        for sp in spans:
            k = self._at(sp)
            if k is not None:
                out.setdefault(k, []).append(sp)
        return out

    def candidates(self, k: int) -> dict[int, list[Span]]:
        """``_candidates(ctx, ctx.sents[k])``."""
        here = self.persons.get(k, {})
        trig = self.triggers.get(k, ())
        cand: dict[int, list[Span]] = {}
        for i in sorted(set(here) | set(trig)):
            spans = list(here.get(i, ()))
            if i in trig and (not spans or self.ctx.events[i].person is None):
                spans = spans + [self.ctx.triggers[i]]
            if spans:
                cand[i] = spans
        return cand


def _owner(ctx: _Ctx, cue: _Found, cand: dict[int, list[Span]]) -> int | None:
    ok = {i: s for i, s in cand.items() if _accepts(ctx.events[i], cue.driver)}
    if not ok:
        return None
    def key(i: int) -> tuple[int, int, bool]:
        # one person's lawsuit carries the allegations, their departure the other reasons
        kind = (ctx.events[i].kind == "lawsuit") != (cue.driver == "misconduct_legal")
        before = [cue.span[0] - s[1] for s in ok[i] if s[1] <= cue.span[0]]
        if before:
            return (0, min(before), kind)
        return (1, min((_dist(s, cue.span) for s in ok[i]), default=1 << 30), kind)
    return min(ok, key=key)


def _denial_spans(ctx: _Ctx, sent: Span) -> list[Span]:
    denials = _in(ctx.hits.get("denial", []), sent)
    if not denials:
        return denials  # (the masks are scanned only for a text that denies something)
    masked = _in(ctx.hits.get("not_denial", []), sent)
    return [d for d in denials if not any(_inside(d, m) for m in masked)]


def _denies(ctx: _Ctx, sent: Span, denials: list[Span], cue: _Found) -> list[Span]:
    """The denials that reach ``cue``: none when a contrast ("but", "however") separates them."""
    if not denials:
        return []
    contrast = _in(ctx.hits["contrast"], sent)
    out = []
    for d in denials:
        lo, hi = min(d[1], cue.span[1]), max(d[0], cue.span[0])
        # a colon after the denial opens the denier's own account ("... was false: he had")
        if not any(lo <= c[0] < hi for c in contrast) and ":" not in ctx.text[lo:hi]:
            out.append(d)
    return out


def _paragraph(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


# -- the walk ------------------------------------------------------------------------------------------
def _walk(ctx: _Ctx, found: list[_Found], claims: dict[tuple, _Claim]) -> None:
    """Give each cue in ``found`` (sentence by sentence) to its owners' events as a Reason,
    or to ``claims`` when it is about a group, the org or the industry (both in place)."""
    carried: str | None = None
    last_owner: int | None = None
    last_cand: list[int] = []
    last_para = -1
    para = -1
    # asked of every sentence: where a continuation or a quote opens, who is said to say it
    opened = {c[0] for c in ctx.hits["continuation"]} | {q[0] for q in ctx.quotes}
    sayers = [(a, ctx.hits.get("attr:" + a, [])) for a in (*STRONG, "media")]
    if not any(spans for _a, spans in sayers):
        sayers = []
    by_sent = _BySentence(ctx, found)
    said = [(a, by_sent.bucket(spans)) for a, spans in sayers]
    plurals = by_sent.bucket(ctx.hits["plural"])
    denied_in = by_sent.bucket(ctx.hits.get("denial", []))  # sentences with a denial cue
    disclaimed_in = by_sent.bucket(ctx.hits.get("disclaimer", []))
    said_in = {j for _a, at in said for j in at}  # sentences some attribution cue is in
    seen, seen_p = 0, 0  # _paragraph(ctx.text, seen) is seen_p: count on from there
    stop = _quiet_from(ctx, by_sent, denied_in)
    for k, sent in enumerate(ctx.sents):
        if k >= stop:
            break  # no sentence from here on has a cue, a denial or an unlink word
        if _is_heading(ctx.text, sent):
            continue
        if sent[0] >= seen:
            p = seen_p = seen_p + ctx.text.count("\n", seen, sent[0])
            seen = sent[0]
        else:
            p = _paragraph(ctx.text, sent[0])
        cont = sent[0] in opened
        if p != para and not cont:
            carried = None
        para = p
        cues = list(by_sent.cues.get(k, ()))
        cand = by_sent.candidates(k)
        plural = list(plurals.get(k, ()))
        opens = any(x[0] - sent[0] <= 4 for x in plural)  # "They are ...": the subject
        together = (not cand or opens) and len(last_cand) > 1 and bool(plural)
        if together:
            cand = {i: [] for i in last_cand}
        elif not cand and last_owner is not None and _refers_back(ctx, sent, cont) \
                and not _other_subject(ctx, sent):
            cand = {last_owner: []}
        disclaims = k in disclaimed_in  # "was cleared by ..."
        # a disclaimed link ("did not link the change to ...") unlinks every cue but "unstated"
        # ("gave no reason and did not link it to ...": still no reason given)
        unlinked = [f for f in cues if f.driver != "unstated" and disclaims]
        takers = list(cand) or [last_owner]
        if (cand or last_owner is not None) and len(unlinked) == len(cues) \
                and any(ctx.events[i].reasons for i in takers) and unlinks(ctx, sent):
            # (no reason yet on the owners' events: nothing to take back, no need to ask)
            named = {f.driver for f in unlinked} & set(CONTEXT_DRIVERS)
            _take_back(ctx, sent, takers, named or set(CONTEXT_DRIVERS))
        for f in unlinked:
            ctx.juxtaposed.append((next(iter(cand)) if len(cand) == 1 else None, f.driver))
            cues.remove(f)
        denials = _denial_spans(ctx, sent) if k in denied_in else []
        explicit = _nearest({a: at.get(k, []) for a, at in said}, sent) if k in said_in else None
        if denials and (not cues or cand) and not disclaims \
                and not any(_denies(ctx, sent, denials, f) for f in cues):
            cues = cues + _implied_denials(ctx, sent, cand, claims)
        if denials:  # background told in a relative clause is not what the denial is about
            cues = [f for f in cues if not _background(ctx, sent, f.span, denials)]
        for cue in cues:
            denied = _denies(ctx, sent, denials, cue)
            owner = _owner(ctx, cue, cand) if cand else None
            grouped = cue.driver == "poached" and group_recruited(ctx, sent, cue.span) is not None
            if grouped:
                owner = None  # "Meta, which lured dozens of researchers": theirs, not his
            if cand and owner is None and not grouped:
                continue  # the sentence is about someone whose event cannot carry it
            if owner is not None and not any(cand.values()) and _bystander(ctx, sent, cue.span):
                continue  # "... and its star X was weighing offers": X's, not the subject's
            target = min(denied, key=lambda d: _dist(d, cue.span)) if denied else cue.span
            carry = carried if cont or carried == "sources" else None
            attr = _attribution(ctx, sent, target, owner, carry, denied, cue.driver)
            reason = Reason(cue.driver, attr, "denied" if denied else "asserted",
                            ctx.text[sent[0]:sent[1]], sent)
            if owner is None and not cand and denied:
                # the org answers what the person said; who denies is read without a person
                owner = _asserted_before(ctx, sent, cue.driver)
            if owner is None and not cand and not _claim_like(ctx, sent, denied, claims):
                owner = last_owner if last_owner is not None and last_para == p and \
                    not _other_subject(ctx, sent) and \
                    _accepts(ctx.events[last_owner], cue.driver) else None
                if owner is None and cue.driver in ctx.data.outlet_reported:
                    owner = _latest_accepting(ctx, sent, cue.driver)
                if owner is None:
                    continue  # neither about a named person nor about a group or the industry
                reason.attributed_to = _attribution(ctx, sent, target, owner, carry, denied,
                                                    cue.driver)
            if owner is not None and not denied and _told_again(ctx, sent, cue, owner):
                continue  # "The dismissal comes as ...", "Y, who took over after the stroke"
            if owner is not None:
                owners = [i for i in cand if _accepts(ctx.events[i], cue.driver)] if together \
                    else [owner, *_listed_with(ctx, owner, cand, cue)]
                for i in owners:
                    i = _lawsuit_of(ctx, i, cue.driver)
                    _add_reason(ctx.events[i].reasons, Reason(**vars(reason)))
                last_owner, last_para = owner, p
            else:
                _to_claim(ctx, sent, reason, claims)
        if explicit and explicit != "self":
            carried = explicit
        if len(cand) == 1 or len({_person_key(ctx.events[i]) for i in cand}) == 1:
            last_owner, last_para = _main_event(ctx, cand), p
        if cand and not together:
            last_cand = list(cand)


def _quiet_from(ctx: _Ctx, by_sent: _BySentence, denied_in: dict[int, list[Span]]) -> int:
    """The first sentence after which none has a driver cue or a denial and no first word of
    the unlink cues occurs: from there the walk would only move its own state (who was
    named last, who is carried), which nothing after it reads. ``len(ctx.sents)`` when a
    later sentence may still act.

    Example: in "X resigned over pay. She joined Y. Y is based in Doha." the walk stops
    after the first sentence."""
    n = len(ctx.sents)
    last = max(max(by_sent.cues, default=-1), max(denied_in, default=-1))
    if last + 1 >= n:
        return n
    pat = _unlinks(ctx.lang)
    if pat is not None and _may_start_in(ctx, pat, (ctx.sents[last + 1][0], len(ctx.text))):
        return n
    return last + 1


# -- what the walk asks of one sentence and one cue ------------------------------------------------
PERSONAL = ("health", "death")  # drivers that are one person's own


def _told_again(ctx: _Ctx, sent: Span, cue: _Found, owner: int) -> bool:
    """A reason told again with a word that refers back (``anaphora`` in attribution.json:
    "the dismissal", "after the stroke") is the one already given: the owner's own, when
    no one new is said to say it, or (a personal reason) another person's."""
    if not any(r.driver == cue.driver and r.stance == "asserted" for ev in ctx.events for r in ev.reasons):
        return False  # nothing told before to tell again (asked first: no scan for anaphora)
    if not any(0 <= cue.span[0] - a[1] <= 1 for a in ctx.hits.get("anaphora", [])):
        return False
    me = _person_key(ctx.events[owner])
    for ev in ctx.events:
        if not any(r.driver == cue.driver and r.stance == "asserted" for r in ev.reasons):
            continue
        key = _person_key(ev)
        if key == me and key is not None and not _in(ctx.hits["speech"], sent) and not any(
                _in(ctx.hits.get("attr:" + a, []), sent) for a in (*STRONG, "media")):
            return True  # "... fired X, Bloomberg reported. The dismissal comes as ..."
        if key not in (me, None) and cue.driver in PERSONAL:
            return True
    return False


def _other_subject(ctx: _Ctx, sent: Span) -> bool:
    """The sentence opens on a person no event is about ("Later, Y resigned in protest"):
    its pronouns and reasons are that person's, not the previous subject's."""
    known = {k for e in ctx.events if e.person for k in (e.person.id, e.person.name) if k}
    pronouns = _in(ctx.hits["pronouns"], sent)
    for p in ctx.people:
        if sent[0] <= p["start"] and p["end"] <= sent[1] and \
                len(ctx.text[sent[0]:p["start"]].split()) <= 3 and \
                not any(x[0] < p["start"] for x in pronouns):  # "He clashed with Y"
            if p.get("id") not in known and p.get("name") not in known:
                return True
    return False


CONTEXT_DRIVERS = ("controversy", "restructuring", "financial_disagreement", "leadership_conflict",
                   "values_divergence", "workload_culture", "misconduct_legal")


def _take_back(ctx: _Ctx, sent: Span, owners: list[int], drivers: set[str]) -> None:
    """A sentence that disclaims a link ("Unity did not connect the retirement to the pricing
    row") takes back the context reasons of ``drivers`` (the ones it names again, or any when
    it names none but the exit) that the two sentences before it gave the owners: the outlet's
    juxtaposition, not a reason."""
    prev = [s for s in ctx.sents if s[1] <= sent[0]][-2:]
    if not prev:
        return
    for i in owners:
        ev = ctx.events[i]
        ev.reasons[:] = [r for r in ev.reasons if not (
            r.stance == "asserted" and r.driver in drivers and r.driver in CONTEXT_DRIVERS and r.span
            and prev[0][0] <= r.span[0] < sent[0])]


def _bystander(ctx: _Ctx, sent: Span, cue: Span) -> bool:
    """The person named last before ``cue`` in its sentence is someone no event is about, and
    no pronoun or plural ("they", "the three") comes before the cue ("its star driver X was
    reported to be weighing offers"): the cue is X's, not the earlier subject's the sentence
    was taken to refer back to."""
    before = [p for p in ctx.people if sent[0] <= p["start"] and p["end"] <= cue[0]]
    if not before:
        return False
    p = max(before, key=lambda p: p["end"])
    known = {k for e in ctx.events if e.person for k in (e.person.id, e.person.name) if k}
    if p.get("id") in known or p.get("name") in known or cue[0] - p["end"] > 60:
        return False
    refs = _in(ctx.hits["pronouns"], sent) + _in(ctx.hits["plural"], sent)
    return not any(x[0] < cue[0] for x in refs)  # "They ... X has recruited": X is not it


def _lawsuit_of(ctx: _Ctx, i: int, driver: str) -> int:
    """An allegation belongs to the lawsuit against the same person, when there is one
    (the sentence may only say "she" and so reach the person's departure)."""
    ev = ctx.events[i]
    if driver != "misconduct_legal" or ev.kind == "lawsuit" or _person_key(ev) is None:
        return i
    return next((j for j, e in enumerate(ctx.events)
                 if e.kind == "lawsuit" and _person_key(e) == _person_key(ev)), i)


def _claim_like(ctx: _Ctx, sent: Span, denied: bool, claims: dict[tuple, _Claim]) -> bool:
    """Reasons without a named person are claims when they are about a group of people or
    the industry, or deny a claim the text already reported."""
    if _in(ctx.hits["group"], sent) or _in(ctx.hits["industry"], sent):
        return True
    return denied and any(c.scope == "org" for c in claims.values())


_CLOSING = frozenset(".!?\u061f:\"”»")


def _is_heading(text: str, sent: Span) -> bool:
    """A title or section heading: a short line of its own with no closing punctuation."""
    own = text[sent[0]:sent[1]].strip()
    if len(own) >= 110 or own[-1:] in _CLOSING:
        return False  # the line would have to be this sentence: too long, or it closes
    line_start = text.rfind("\n", 0, sent[0]) + 1
    line_end = text.find("\n", sent[1])
    return text[line_start:len(text) if line_end < 0 else line_end].strip() == own


def _listed_with(ctx: _Ctx, owner: int, cand: dict[int, list[Span]], cue: _Found) -> list[int]:
    """Other people named in a list with the owner ("X and Y", "X and his colleague Y")
    share the reason. List words come from ``attribution.json`` ("joiners")."""
    out = []
    org_spans = [(o["start"], o["end"]) for o in ctx.orgs]
    for j, spans in cand.items():
        if j == owner or not _accepts(ctx.events[j], cue.driver):
            continue
        for a in cand[owner]:
            for b in spans:
                lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
                if hi < lo or hi - lo > 35 or not (
                        _in(ctx.hits["joiners"], (lo, hi)) or "," in normalized(ctx.text[lo:hi])[0]):
                    continue
                if any(lo <= s[0] < hi for s in org_spans) or \
                        (a[1] <= cue.span[0]) != (b[1] <= cue.span[0]):
                    continue
                out.append(j)
                break
            if j in out:
                break
    return out


def _person_key(ev: EventMention) -> str | None:
    return (ev.person.id or ev.person.name) if ev.person else None


def _main_event(ctx: _Ctx, cand: dict[int, list[Span]]) -> int:
    """Of one person's events in a sentence, the departure (the one reasons explain)."""
    return min(cand, key=lambda i: (ctx.events[i].kind != "departure", i))


def _refers_back(ctx: _Ctx, sent: Span, cont: bool) -> bool:
    """The sentence continues the previous subject (an opening like "He added", or a
    pronoun) and names no group of people."""
    refs = _in(ctx.hits["pronouns"], sent) + _in(ctx.hits["possessive"], sent)
    return (cont or bool(refs)) and not _in(ctx.hits["group"], sent)


def _implied_denials(ctx: _Ctx, sent: Span, cand: dict[int, list[Span]],
                     claims: dict[tuple, _Claim]) -> list[_Found]:
    """A denial with no driver words denies what the text reported before it."""
    anchor = _denial_spans(ctx, sent)[0]
    drivers: list[str] = []
    pools = [ctx.events[i].reasons for i in cand] if cand else \
        [c.reasons for c in claims.values() if c.scope == "org"]
    if not pools and _in(ctx.hits["attr:company"], sent):  # the org answering a person
        pools = [ev.reasons for ev in ctx.events]
    for pool in pools:
        for r in pool:
            if r.stance == "asserted" and r.driver != "unstated" and (
                    r.attributed_to in ("sources", "media", "analyst") or (
                        r.attributed_to == "self" and _org_answers(ctx, sent))) \
                    and r.span and r.span[1] <= sent[0] and r.driver not in drivers:
                drivers.append(r.driver)
    for owner, driver in ctx.juxtaposed:
        if (owner in cand if cand else owner is None) and driver not in drivers:
            drivers.append(driver)
    return [_Found(d, anchor) for d in drivers]
