"""Who says a reason: the shared analysis context and the attribution rules of the reasons
component (explicit cues, speaking verbs next to the person, the org speaking for itself,
per-language defaults). See ``talentflow.pipeline.reasons``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from talentflow.models import DRIVERS, EventMention
from talentflow.pipeline.reasons_cues import CueData, Span


STRONG = ("sources", "company", "analyst", "self")  # explicit attribution, before media
COMPANY_DEFAULT = {"dismissal", "misconduct_legal"}

# drivers an event kind may carry; others in its sentences are not its reasons
KIND_DRIVERS: dict[str, set[str] | None] = {
    "departure": None,
    "lawsuit": set(DRIVERS) - {"career_move"},
    "arrival": set(),  # a hire names no exit to explain (no labelled arrival has a reason)
    "role_change": {"restructuring", "leadership_conflict", "dismissal", "health",
                    "family_personal", "controversy", "misconduct_legal",
                    "workload_culture", "values_divergence"},
}


@dataclass
class _Found:
    driver: str
    span: Span
    stance: str = "asserted"


@dataclass
class _Ctx:
    text: str
    lang: str
    data: CueData
    sents: list[Span]
    quotes: list[Span]
    events: list[EventMention]
    persons: list[list[Span]]  # per event, spans naming the person
    triggers: list[Span | None]
    orgs: list[dict[str, Any]]  # org entities with start/end
    hits: dict[str, list[Span]]  # cue category -> spans
    main_org: dict[str, Any] | None
    juxtaposed: list[tuple[int | None, str]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)  # person entities
    scan: Any = None  # the text's TextScan (its word index), when the caller has one


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _dist(a: Span, b: Span) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _in(spans: list[Span], sent: Span) -> list[Span]:
    lo, hi = sent  # _inside, inlined: this runs for every cue category in every sentence
    return [s for s in spans if lo <= s[0] and s[1] <= hi] if spans else []


def _nearest(spans_by_label: dict[str, list[Span]], target: Span) -> str | None:
    best: tuple[int, str] | None = None
    for label, spans in spans_by_label.items():
        for s in spans:
            d = _dist(s, target)
            if best is None or d < best[0]:
                best = (d, label)
    return best[1] if best else None


def _speakers(ctx: _Ctx, owner: int, sent: Span) -> list[Span]:
    """Spans naming the owner (name or pronoun) inside ``sent``."""
    return _in(ctx.persons[owner], sent) + _in(ctx.hits["pronouns"], sent)


def _org_speech(ctx: _Ctx, owner: int, sent: Span) -> list[Span]:
    """Mentions of the owner's org right before a speaking verb ("Intel said")."""
    org = ctx.events[owner].org
    if org is None:
        return []
    keys = {org.id, org.name} - {None}
    speech = _in(ctx.hits["speech"], sent)
    names = _in(ctx.persons[owner], sent)
    return [(o["start"], o["end"]) for o in ctx.orgs
            if (o.get("id") in keys or o.get("name") in keys) and _inside((o["start"], o["end"]), sent)
            and any(0 <= sp[0] - o["end"] <= 25 or _subject_after(ctx, sp, o["start"]) for sp in speech)
            and not any(0 <= o["start"] - n[1] <= 80 for n in names)]


def _subject_after(ctx: _Ctx, verb: Span, start: int) -> bool:
    """``start`` is the subject right after the verb: adjacent, or (verb-first languages)
    after one common noun ("announced the bank HSBC" word order)."""
    gap = ctx.text[verb[1]:start]
    if start < verb[1] or len(gap) > 12:
        return False
    return len(gap) <= 3 or (ctx.data.verb_first and len(gap.split()) <= 1)


def _self_speech(ctx: _Ctx, owner: int, sent: Span, target: Span | None = None) -> bool:
    """The owner speaks in ``sent``: a name or pronoun just before a speaking verb, or
    a speaking verb just before a pronoun ("said he")."""
    speech = _in(ctx.hits["speech"], sent)
    names = _in(ctx.persons[owner], sent)
    pronouns = _in(ctx.hits["pronouns"], sent)
    others = [x for a in ("company", "sources", "analyst", "media")
              for x in _in(ctx.hits.get("attr:" + a, []), sent)]
    after = pronouns + names if ctx.data.verb_first else pronouns
    for sp in speech:
        if target is not None and _outlet_context(ctx, sp, target, ("context", "temporal")):
            continue  # "X announced his resignation, weeks after the uproar": the outlet's
        if any(0 <= sp[0] - w[1] <= 30 for w in pronouns + names) or \
                any(0 <= w[0] - sp[1] <= 2 for w in after):
            return True
        if any(0 <= sp[0] - w[1] <= 120 and not any(w[1] <= o[0] < sp[0] for o in others)
               for w in names):
            return True
    return False


def _speaks_for_owner(ctx: _Ctx, owner: int, sent: Span, cue: Span) -> bool:
    """"the company said" speaks for the org the person left unless another org was named
    just before it (then it is that org talking, e.g. the new employer)."""
    org = ctx.events[owner].org
    keys = {org.id, org.name} - {None} if org else set()
    before = [o for o in _sentence_orgs(ctx, sent) if o["end"] <= cue[0]]
    if not before:
        return True
    first = min(before, key=lambda o: o["start"])
    if first["start"] - sent[0] <= 2 and not (first.get("id") in keys or first.get("name") in keys) \
            and not ctx.data.verb_first:
        return False  # the sentence's subject is another org ("Microsoft has recruited X, ...")
    last = max(before, key=lambda o: o["end"])
    return last.get("id") in keys or last.get("name") in keys


def _org_acts(ctx: _Ctx, owner: int, sent: Span, target: Span, earlier: bool = True) -> list[Span]:
    """The owner's org right next to the cue is its actor ("Kohl's fired"; verb-first too)."""
    org = ctx.events[owner].org
    keys = {org.id, org.name} - {None} if org else set()
    # the org acting on an earlier cue frames the rest ("Kohl's fired X ..., saying ...")
    cues = _in(ctx.hits.get("driver_cues", []), sent)
    if target in ctx.triggers and target not in cues:
        return []  # an event's trigger ("left Meta"): the org is what was left, not an actor
    acts = [target] + [c for c in cues if earlier and c[1] <= target[0]]
    return [(o["start"], o["end"]) for o in ctx.orgs if (o.get("id") in keys or o.get("name") in keys)
            and _inside((o["start"], o["end"]), sent)
            and (any(0 <= t[0] - o["end"] <= 3 for t in acts)
                 or (ctx.data.verb_first and 0 <= o["start"] - target[1] <= 3))]


def _speech_frame(ctx: _Ctx, owner: int, sent: Span, target: Span,
                  strong: dict[str, list[Span]]) -> bool:
    """"X said (in a statement) that <reason>": the person's own verb, right by their name,
    before the reason, with no unnamed sources or analysts in between."""
    names = _in(ctx.persons[owner], sent)
    after = ctx.data.verb_first
    for sp in _in(ctx.hits["speech"], sent):
        if sp[1] > target[0] or _outlet_context(ctx, sp, target, ("context", "temporal")):
            continue
        subject = any(0 <= sp[0] - n[1] <= 2 for n in names)  # "X told his managers"
        if not subject and not any(after and 0 <= n[0] - sp[1] <= 2 for n in names):
            continue
        if any(x for a in ("sources", "analyst") for x in strong[a]) or \
                _in(ctx.hits.get("attr:media", []), sent):
            return False  # the person's words as reported by someone else
        finite = subject and not any(_dist(sp, p) == 0 for p in _in(ctx.hits.get("participles", []), sent))
        if finite or not any(x[1] <= sp[0] for x in strong["company"]):
            return True  # unless the org spoke first ("the bank announced ..., citing")
    return False


def _attribution(ctx: _Ctx, sent: Span, target: Span, owner: int | None,
                 carried: str | None, denial: bool, driver: str = "") -> str:
    if driver in ctx.data.outlet_reported and not denial:
        return _refuser(ctx, sent, owner) or ctx.data.defaults.get(driver, "media")
    strong = {a: _in(ctx.hits.get("attr:" + a, []), sent) for a in STRONG}
    if owner is not None:
        strong["company"] = [c for c in strong["company"] if _speaks_for_owner(ctx, owner, sent, c)]
        strong["company"] += _org_speech(ctx, owner, sent)
        if not _in(ctx.hits.get("attr:media", []), sent):
            strong["company"] += _org_acts(ctx, owner, sent, target, not denial)
        strong["company"] = [c for c in strong["company"] if not _outlet_context(ctx, c, target)]
        frame = _speech_frame(ctx, owner, sent, target, strong)
        if frame and not denial:
            return "self"
    if denial:
        strong["company"] = strong["company"] + _in(ctx.hits["officials"], sent)
        if owner is not None:
            cues = [x for a in STRONG for x in strong[a]]
            verbs = _in(ctx.hits["speech"], sent) + _in(ctx.hits["denial"], sent)
            strong["self"] = strong["self"] + [
                w for w in _speakers(ctx, owner, sent) if w[1] <= target[0]
                and not any(0 <= w[0] - x[1] <= 2 for x in cues)  # "people close to X"
                and any(0 <= v[0] - w[1] <= 25 or (ctx.data.verb_first and 0 <= w[0] - v[1] <= 15)
                        for v in verbs)]  # "X denied", "she said", verb-first "denied X"
        got = _nearest(strong, target)
        if got is None and owner is not None and (not _in(ctx.persons[owner], sent)
                                                  or _self_speech(ctx, owner, sent, target)):
            got = "self"  # "He denied ...", "X, who ..., told CNBC that nobody forced him out"
        return got or "company"
    got = _nearest(strong, target)
    in_quote = any(_dist(target, q) == 0 and target[1] > q[0] and q[1] > target[0]
                   for q in ctx.quotes)  # the cue's words are (partly) quoted
    if got is None and in_quote and owner is not None:
        got = "self"
    if got is None and _in(ctx.hits.get("attr:media", []), sent):
        got = "media"
    if got is None and owner is not None and _self_speech(ctx, owner, sent, target):
        got = "self"
    if got is None and owner is not None and any(
            p[1] <= target[0] for p in _in(ctx.hits.get("participles", []), sent)):
        got = "self"  # "the coach surprised everyone, explaining that ...": its subject speaks
    if got is None and owner is None and _in(ctx.hits["speech"], sent):
        got = "sources"
    if got is None:
        got = carried
    if got is None:
        got = _default_attribution(ctx, owner, driver)
    return got


def _outlet_context(ctx: _Ctx, cue: Span, target: Span, kinds: tuple[str, ...] = ("context",)
                    ) -> bool:
    """The reason sits in a clause the outlet adds after the org's words ("X resigned, the
    company said, following the uproar over ..."): a comma, then a context opener."""
    if cue[1] > target[0]:
        return False
    starts = [m.end() for m in _COMMA.finditer(ctx.text, cue[1], target[0])]
    return any(0 <= c[0] - st <= 2 for st in starts for k in kinds for c in ctx.hits.get(k, []))


_COMMA = re.compile("[,\u060c]")


def _refuser(ctx: _Ctx, sent: Span, owner: int | None) -> str | None:
    """Who refuses to give reasons ("a spokesman declined to comment", "she would not
    discuss why"): the company or the person named nearest before the refusal; None when
    the sentence only reports that no reason was given (then the outlet says so)."""
    refusals = _in(ctx.hits.get("refusal", []), sent)
    if not refusals:
        return None
    r = refusals[0]
    company = _in(ctx.hits.get("attr:company", []), sent) + _in(ctx.hits["officials"], sent)
    people = _speakers(ctx, owner, sent) if owner is not None else []
    if owner is not None:
        company += _org_speech(ctx, owner, sent) + _org_acts(ctx, owner, sent, r)
        org = ctx.events[owner].org
        keys = {org.id, org.name} - {None} if org else set()
        company += [(o["start"], o["end"]) for o in ctx.orgs if (o.get("id") in keys or o.get(
            "name") in keys) and _inside((o["start"], o["end"]), sent) and 0 <= r[0] - o["end"] <= 40]
    labelled = [(s, a) for a, spans in (("company", company), ("self", people)) for s in spans]
    if ctx.data.verb_first:  # "refused the spokesman to comment": the subject follows the verb
        after = [(s[0] - r[0], a) for s, a in labelled if r[0] < s[0] <= r[1] + 25]
        if after:
            return min(after)[1]
    before = [(r[0] - s[1], a) for s, a in labelled if s[1] <= r[0]]
    return min(before)[1] if before else None


def _default_attribution(ctx: _Ctx, owner: int | None, driver: str) -> str:
    """No cue: the org speaks for what it does (firing, suing, announcing a retirement);
    a person who gives no reason is the one not giving it; else the outlet."""
    if owner is None:
        return "media"
    if ctx.events[owner].kind == "lawsuit" or driver in COMPANY_DEFAULT:
        return "company"
    return ctx.data.defaults.get(driver, "media")


def _sentence_orgs(ctx: _Ctx, sent: Span) -> list[dict[str, Any]]:
    """Orgs named in the sentence, except outlets cited as the source ("the Journal")."""
    media = _in(ctx.hits.get("attr:media", []), sent)
    return [o for o in ctx.orgs if _inside((o["start"], o["end"]), sent)
            and not any(_dist((o["start"], o["end"]), m) == 0 for m in media)]


# -- scoping helpers shared with the reasons walk ------------------------------------------------
def _accepts(ev: EventMention, driver: str) -> bool:
    allowed = KIND_DRIVERS.get(ev.kind, None)
    if ev.kind == "claim":
        return False
    return allowed is None or driver in allowed


def _background(ctx: _Ctx, sent: Span, span: Span, denials: list[Span]) -> bool:
    """``span`` sits in a comma-delimited relative clause (", a researcher who was fired in
    April,") that holds none of the sentence's denials."""
    text = ctx.text
    cuts = [m.start() for m in _COMMA.finditer(text, sent[0], sent[1])]
    lo = max([c + 1 for c in cuts if c < span[0]], default=None)
    if lo is None:
        return False
    hi = min([c for c in cuts if c >= span[1]], default=sent[1])
    opens = any(0 <= r[0] - lo <= 2 and r[1] <= span[0] for r in ctx.hits.get("relative", []))
    return opens and not any(lo <= d[0] < hi for d in denials)


def _asserted_before(ctx: _Ctx, sent: Span, driver: str) -> int | None:
    """The event whose person (or the outlet, or sources) asserted ``driver`` before ``sent``:
    an unnamed denial of that driver answers it ("the company has not abandoned safety")."""
    best: tuple[int, int] | None = None
    for i, ev in enumerate(ctx.events):
        for r in ev.reasons:
            if r.driver == driver and r.stance == "asserted" and r.span and r.span[1] <= sent[0] \
                    and (best is None or r.span[1] > best[0]):
                best = (r.span[1], i)
    return best[1] if best else None


def _latest_accepting(ctx: _Ctx, sent: Span, driver: str) -> int | None:
    """The event named last before ``sent`` that can carry ``driver`` ("It gave no reason for
    the change" after the paragraph about the departure and the successor)."""
    best: tuple[int, int] | None = None
    for i, ev in enumerate(ctx.events):
        spans = [s for s in ctx.persons[i] + [t for t in [ctx.triggers[i]] if t] if s[1] <= sent[0]]
        if spans and _accepts(ev, driver):
            pos = max(s[1] for s in spans)
            if best is None or pos > best[0]:
                best = (pos, i)
    return best[1] if best else None
