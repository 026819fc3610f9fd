"""Org-level claims: reasons said of a group, the org or the industry with no named person
(events.md ``kind="claim"``), gathered per (org, scope) and turned into claim events.

>>> from talentflow.models import Reason
>>> rs = [Reason("poached", "media", "asserted")]
>>> _add_reason(rs, Reason("poached", "media", "asserted")); len(rs)
1
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from talentflow.models import EntityRef, EventMention, Reason, Source
from talentflow.pipeline.reasons_attribution import _Ctx, _in, _inside, _sentence_orgs
from talentflow.pipeline.reasons_cues import Span, kb_org_known


def _claim_org(ctx: _Ctx, sent: Span) -> dict[str, Any] | None:
    orgs = _sentence_orgs(ctx, sent)
    event_orgs = {k for e in ctx.events if e.org for k in (e.org.id, e.org.name) if k}
    for o in orgs:
        if o.get("id") in event_orgs or o.get("name") in event_orgs:
            return o
    known = [o for o in orgs if kb_org_known(o.get("id"))]  # minted names may be misreadings
    return (known or [o for o in [ctx.main_org] if o] or orgs or [None])[0]


@dataclass
class _Claim:
    org: dict[str, Any]
    scope: str
    reasons: list[Reason] = field(default_factory=list)


def _add_reason(reasons: list[Reason], r: Reason) -> None:
    if not any((x.driver, x.attributed_to, x.stance) == (r.driver, r.attributed_to, r.stance)
               for x in reasons):
        reasons.append(r)


def _org_answers(ctx: _Ctx, sent: Span) -> bool:
    """The org speaks in ``sent`` ("the company said", "Apple says")."""
    if _in(ctx.hits["attr:company"], sent):
        return True
    speech = _in(ctx.hits["speech"], sent)
    left = {k for e in ctx.events if e.org for k in (e.org.id, e.org.name) if k}
    return any(0 <= sp[0] - o["end"] <= 3 for o in ctx.orgs for sp in speech
               if _inside((o["start"], o["end"]), sent) and (o.get("id") in left or o.get("name") in left))


def _to_claim(ctx: _Ctx, sent: Span, reason: Reason, claims: dict[tuple, _Claim]) -> None:
    if reason.driver in ("career_move", "unstated"):
        return  # that a group moved (or gave no reason) says nothing about why
    industry = bool(_in(ctx.hits["industry"], sent))
    if _in(ctx.hits["generic"], sent) and not _sentence_orgs(ctx, sent):
        return  # how the industry works in general ("big companies now hire founders")
    org = _claim_org(ctx, sent) if not industry else \
        next(iter(_sentence_orgs(ctx, sent)), ctx.main_org)
    if org is None:
        return
    if reason.attributed_to == "self":
        reason.attributed_to = "sources"
    left = {k for e in ctx.events if e.org and e.kind != "arrival" for k in (e.org.id, e.org.name) if k}
    if left and org.get("id") not in left and org.get("name") not in left:
        industry = True  # about a recruiter or rival, not an org people left
    if reason.attributed_to in ("sources", "media") and _org_speaks(ctx, org, sent):
        reason.attributed_to = "company"
    key = (org.get("id") or org.get("name"), "industry" if industry else "org")
    claim = claims.setdefault(key, _Claim(org, key[1]))
    _add_reason(claim.reasons, reason)


def _org_speaks(ctx: _Ctx, org: dict, sent: Span) -> bool:
    """The claim's org (or its chief) is the one saying it ("Altman, OpenAI's chief, said")."""
    speech = _in(ctx.hits["speech"], sent)
    mentions = [(o["start"], o["end"]) for o in ctx.orgs if _inside((o["start"], o["end"]), sent)
                and (o.get("id"), o.get("name")) == (org.get("id"), org.get("name"))]
    return any(0 <= sp[0] - m[1] <= 40 or 0 <= m[0] - sp[1] <= 3 for m in mentions for sp in speech)


def _claim_mentions(ctx: _Ctx, claims: dict[tuple, _Claim], meta: dict) -> list[EventMention]:
    out = []
    for c in claims.values():
        span = c.reasons[0].span or (0, 0)
        out.append(EventMention(
            kind="claim", person=None,
            org=EntityRef(c.org.get("name"), c.org.get("mention"), c.org.get("id")),
            reasons=c.reasons, scope=c.scope, confidence=0.6,
            source=Source(doc=meta.get("doc_id") or "", url=meta.get("url"),
                          published=meta.get("published"), lang=ctx.lang, span=tuple(span))))
    return out
