"""Why people leave: reason cues coded to drivers, who says so, asserted or denied.

The spaCy component ``talentflow_reasons`` runs after ``talentflow_events``. Per sentence it
finds driver cues (``lang/<code>/reasons.json``), decides who says it
(``attribution.json``) and whether it is denied or disclaimed (``stance.json``), and scopes
it to the event whose person the sentence is about (``doc._.tf_anchors``). Reasons about a
group, the org or the industry with no named person become ``kind="claim"`` events.
This module sets up the per-text context and runs the rules after the sentence walk
(:mod:`talentflow.pipeline.reasons_walk` owns the walk and its per-sentence helpers).

The core is a pure function, :func:`attach_reasons`, usable without spaCy:

>>> from talentflow.models import EntityRef, EventMention
>>> ev = EventMention(kind="departure", person=EntityRef("Jane Doe", "Jane Doe"),
...                   org=EntityRef("Acme", "Acme", "org:acme"))
>>> claims = attach_reasons("Jane Doe left Acme to spend more time with her children.", [ev])
>>> [(r.driver, r.attributed_to, r.stance) for r in ev.reasons]
[('family_personal', 'media', 'asserted')]
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from talentflow.errors import UnknownLanguage
from talentflow.models import EventMention, Reason
from talentflow.pipeline.reasons_attribution import (  # noqa: F401  (KIND_DRIVERS re-exported)
    KIND_DRIVERS, _org_speech, _attribution, _Ctx, _Found, _in, _inside,
)
from talentflow.pipeline.reasons_claims import _Claim, _claim_mentions, group_recruited
from talentflow.pipeline.reasons_cues import (  # noqa: F401  (re-exported)
    CueData, Span, TextScan, _finditer, _kb_orgs, cue_data, kb_org_known, cue_regex, normalized,
    normalized_from_fold, quote_spans, split_sentences,
)
from talentflow.pipeline.reasons_walk import _candidates, _denial_spans, _walk


def _driver_hits(data: CueData, scan: TextScan) -> list[_Found]:
    masks = scan.find(data.mask)
    found = [_Found(d, sp) for d, pat in data.drivers.items() for sp in scan.find(pat)
             if not any(_inside(sp, m) for m in masks)]
    found.sort(key=lambda f: (f.span[0], -(f.span[1] - f.span[0])))
    kept: list[_Found] = []
    for f in found:  # a cue inside a longer cue of another driver yields to it
        if any(_inside(f.span, k.span) and k.span != f.span for k in kept):
            continue
        if any(_inside(f.span, k.span) and k.driver == f.driver for k in kept):
            continue
        kept.append(f)
    return kept


def _person_spans(scan: TextScan, ev: EventMention, anchor: dict | None,
                  memo: dict[str, list[Span]] | None = None) -> list[Span]:
    spans = [tuple(s) for s in (anchor or {}).get("person", [])]
    names: set[str] = set()
    for ref in (ev.person,):
        for n in (ref.mention, ref.name) if ref else ():
            if n and len(n) >= 3:
                names.add(n)
                last = n.split()[-1]
                if len(last) >= 3 and len(n.split()) > 1:
                    names.add(last)
    for n in names:
        if memo is None:
            spans += scan.find_phrase(n)
            continue
        if n not in memo:  # the same person in several events: scan once
            memo[n] = scan.find_phrase(n)
        spans += memo[n]
    return sorted(set(spans))


def _org_entities(text: str, entities: list[dict] | None,
                  normed: tuple[str, list[int]] | None = None) -> list[dict[str, Any]]:
    orgs = [e for e in entities or [] if e.get("type") == "org"]
    if orgs:
        return sorted(orgs, key=lambda e: e["start"])
    return _kb_orgs(text, normed)


def _main_org(events: list[EventMention], orgs: list[dict]) -> dict[str, Any] | None:
    c: dict[tuple, int] = {}  # (a dict counts as Counter did; the first most common wins)
    for e in events:
        if e.org and e.kind in ("departure", "lawsuit", "role_change") and e.org.name:
            key = (e.org.id, e.org.name, e.org.mention)
            c[key] = c.get(key, 0) + 1
    if c:
        oid, name, mention = max(c, key=c.__getitem__)
        return {"id": oid, "name": name, "mention": mention}
    if not orgs:
        return None
    counts: dict[Any, int] = {}
    first = {}
    for pos, o in enumerate(orgs):
        k = o.get("id") or o.get("name")
        counts[k] = counts.get(k, 0) + 1
        first.setdefault(k, (pos, o))
    # the most named org; the one the text opens with counts once more (its topic)
    best = min(first, key=lambda k: (-(counts[k] + (first[k][0] == 0)), first[k][0]))
    o = first[best][1]
    return {"id": o.get("id"), "name": o.get("name"), "mention": o.get("mention")}


# -- main entry point -------------------------------------------------------------------------------
_CATEGORIES = ("denial", "not_denial", "disclaimer", "speech", "continuation", "industry",
               "pronouns", "group", "plural", "officials", "contrast", "joiners", "refusal",
               "context", "relative", "temporal", "possessive", "participles", "generic",
               "anaphora")


class _Hits(dict):
    """Cue category -> spans in the text; a category is scanned the first time it is asked
    for (most documents never need most of them).

    >>> h = _Hits({"x": re.compile("b")}, TextScan("abab", [0, 1, 2, 3, 4]))
    >>> h["x"], h.get("y", [])
    ([(1, 2), (3, 4)], [])
    """

    def __init__(self, pats: dict[str, re.Pattern | None], scan: TextScan):
        super().__init__()
        self._pats, self._scan = pats, scan

    def __missing__(self, key: str) -> list[Span]:
        if key not in self._pats:
            raise KeyError(key)
        spans = self[key] = self._scan.find(self._pats[key])
        return spans

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


def attach_reasons(text: str, events: list[EventMention], anchors: list[dict] | None = None,
                   entities: list[dict] | None = None, lang: str = "en",
                   meta: dict | None = None,
                   normed: tuple[str, list[int] | range] | None = None,
                   words: list[Any] | None = None) -> list[EventMention]:
    """Append Reasons to ``events`` (in place) and return new ``claim`` EventMentions.

    ``anchors`` is parallel to ``events`` ({"sent", "trigger", "person", "org"}, char spans);
    ``entities`` the doc's {"start", "end", "type", "id", "name", "mention"} list;
    ``normed`` is ``normalized(text)`` when the caller has it, ``words`` its ``\w+`` runs in
    order (objects with ``.start`` and ``.text``: ``FoldedText.words`` when the fold is it).

    >>> attach_reasons("Many engineers left after clashes with the founders.", [])
    []
    """
    data = cue_data(lang)
    norm, index = normed or normalized(text)
    anchors = list(anchors or [])
    anchors += [None] * (len(events) - len(anchors))
    pats: dict[str, re.Pattern | None] = {name: getattr(data, name) for name in _CATEGORIES}
    pats.update(("attr:" + a, pat) for a, pat in data.attribution.items())
    scan = TextScan(norm, index, data.clitics, words if normed is not None else None)
    hits = _Hits(pats, scan)
    orgs = _org_entities(text, entities, (norm, index))
    names: dict[str, list[Span]] = {}
    quotes = quote_spans(text)
    ctx = _Ctx(
        text=text, lang=lang, data=data, sents=split_sentences(text, data.abbreviations, quotes),
        quotes=quotes, events=events,
        persons=[_person_spans(scan, ev, an, names)
                 for ev, an in zip(events, anchors)],
        triggers=[tuple(an["trigger"]) if an and an.get("trigger") else
                  (tuple(ev.source.span) if ev.source and ev.source.span != (0, 0) else None)
                  for ev, an in zip(events, anchors)],
        orgs=orgs, hits=hits, main_org=_main_org(events, orgs),
        people=[e for e in entities or [] if e.get("type") == "person"], scan=scan)
    found = _driver_hits(data, scan)
    hits["driver_cues"] = [f.span for f in found]
    claims: dict[tuple, _Claim] = {}
    _walk(ctx, found, claims)
    _destination_rule(ctx, found)
    _death_rule(ctx)
    return _claim_mentions(ctx, claims, meta or {})


# -- after the walk: rules over each event's reasons (the walk is in reasons_walk) ------------------
def _death_rule(ctx: _Ctx) -> None:
    """A death is the exit: the illness before it explains the death, not the exit."""
    for ev in ctx.events:
        if any(r.driver == "death" and r.stance == "asserted" for r in ev.reasons):
            ev.reasons[:] = [r for r in ev.reasons
                             if not (r.driver == "health" and r.stance == "asserted")]


def _recruited_by_destination(ctx: _Ctx, i: int, found: list[_Found]) -> None:
    """Recruiting or pay said of the destination org (anywhere in the text) makes a move
    ``poached``: "Meta lured him", "Microsoft has recruited X". Without a destination, the
    orgs named where the text says the person moved ("left to join X") stand in for it."""
    ev = ctx.events[i]
    if any(r.driver == "poached" and r.stance == "asserted" for r in ev.reasons):
        return
    poached = [f for f in found if f.driver == "poached"]
    if not poached:
        return  # no recruiting or pay said anywhere
    spans = _destination_spans(ctx, ev)
    if not spans:
        return
    dest = ev.destination.name if ev.destination else None
    for f in poached:
        sent = _sentence_of(ctx, f.span)
        if sent is None or not _in(spans, sent):
            continue
        others = [j for j in _candidates(ctx, sent) if j != i and not (
            dest and ctx.events[j].destination and ctx.events[j].destination.name == dest)]
        if others or _denial_spans(ctx, sent) or group_recruited(ctx, sent, f.span) is not None:
            continue  # about someone else, denied, or said of a group the org recruited
        attr = _attribution(ctx, sent, f.span, i, None, False, "poached")
        if attr == "company" and not _org_speech(ctx, i, sent):
            attr = "media"  # the recruiter's own word, not the org left's
        ev.reasons.append(Reason("poached", attr, "asserted", ctx.text[sent[0]:sent[1]], sent))
        return


def _destination_spans(ctx: _Ctx, ev: EventMention) -> list[Span]:
    if ev.destination is not None:
        keys = {ev.destination.id, ev.destination.name} - {None}
        dname = (ev.destination.name or "").casefold()
        return [(o["start"], o["end"]) for o in ctx.orgs
                if o.get("id") in keys or o.get("name") in keys
                or (o.get("name") and dname.startswith(o["name"].casefold() + " "))]
    moves = [r.span for r in ev.reasons if r.driver == "career_move" and r.span]
    left = {ev.org.id, ev.org.name} - {None} if ev.org else set()
    named = [(o["start"], o["end"], o) for o in ctx.orgs if o.get("id") not in left
             and o.get("name") not in left and any(_inside((o["start"], o["end"]), m) for m in moves)]
    keys = {o.get("id") or o.get("name") for _s, _e, o in named}
    return [(o["start"], o["end"]) for o in ctx.orgs if (o.get("id") or o.get("name")) in keys]


def _destination_rule(ctx: _Ctx, found: list[_Found]) -> None:
    """A destination alone is career_move; recruiting or pay (poached) replaces it."""
    for i, ev in enumerate(ctx.events):
        if ev.kind != "departure":
            continue
        _recruited_by_destination(ctx, i, found)
        drivers = {r.driver for r in ev.reasons if r.stance == "asserted"}
        if "poached" in drivers or "new_venture" in drivers:
            ev.reasons[:] = [r for r in ev.reasons if r.driver != "career_move"]
        elif ev.destination is not None and "career_move" not in drivers:
            sent = _sentence_of(ctx, ctx.triggers[i]) if ctx.triggers[i] else None
            attr = _attribution(ctx, sent, ctx.triggers[i], i, None, False) if sent else "media"
            if attr == "company":
                attr = "media"  # the org left does not vouch for where the person went
            ev.reasons.append(Reason("career_move", attr, "asserted",
                                     ctx.text[sent[0]:sent[1]] if sent else "", sent))


def _sentence_of(ctx: _Ctx, span: Span) -> Span | None:
    return next((s for s in ctx.sents if s[0] <= span[0] < s[1]), None)


# -- the spaCy component -----------------------------------------------------------------------------
class ReasonsComponent:
    """Adds Reasons to ``doc._.tf_events`` and appends claim events (with empty anchors)."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        if not Doc.has_extension("tf_events"):
            return doc
        events = doc._.tf_events or []
        meta = (doc._.tf_meta if Doc.has_extension("tf_meta") else None) or {}
        lang = meta.get("lang") or self.lang
        try:
            cue_data(lang)
        except (FileNotFoundError, UnknownLanguage):  # unsupported language: no reasons
            return doc
        anchors = (doc._.tf_anchors if Doc.has_extension("tf_anchors") else None) or []
        entities = (doc._.tf_entities if Doc.has_extension("tf_entities") else None) or []
        text = _doc_text(doc, meta)
        ft = doc._.tf_folded if Doc.has_extension("tf_folded") else None
        normed = normalized_from_fold(text, ft.folded, ft.offsets) \
            if ft is not None and ft.original == text else None  # the text folded once, not twice
        claims = attach_reasons(text, events, anchors, entities, lang, meta, normed,
                                ft.words if normed is not None else None)
        doc._.tf_events = list(events) + claims
        if Doc.has_extension("tf_anchors") and claims:
            pad = [None] * (len(events) - len(anchors))
            doc._.tf_anchors = list(anchors) + pad + [
                {"sent": tuple(c.source.span), "trigger": tuple(c.source.span),
                 "person": [], "org": []} for c in claims]
        return doc


def _doc_text(doc: Doc, meta: dict) -> str:
    """The doc's text: the original the pipeline keeps in ``tf_meta`` when it is the text the
    tokens were made from (``doc.text`` rebuilds the string from every token)."""
    text = meta.get("text")
    if isinstance(text, str) and len(doc):
        first, last = doc[0], doc[-1]
        if last.idx + len(last.text_with_ws) == len(text) and \
                text.startswith(first.text, first.idx) and text.startswith(last.text, last.idx):
            return text
    return doc.text


@Language.factory("talentflow_reasons")
def make_reasons(nlp: Language, name: str) -> ReasonsComponent:
    """Factory for the reasons component (runs after ``talentflow_events``)."""
    return ReasonsComponent(nlp.lang)
