"""Org-level claims: reasons said of a group, the org or the industry with no named person
(events.md ``kind="claim"``), gathered per (org, scope) and turned into claim events.

>>> from talentflow.models import Reason
>>> rs = [Reason("poached", "media", "asserted")]
>>> _add_reason(rs, Reason("poached", "media", "asserted")); len(rs)
1
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from talentflow.lang import load
from talentflow.models import EntityRef, EventMention, Reason, Source
from talentflow.pipeline.reasons_attribution import _Ctx, _in, _inside, _sentence_orgs
from talentflow.pipeline.reasons_cues import Span, _compile, _finditer, cue_data, kb_org_known, normalized
from talentflow.pipeline.reasons_route import _ROUTER


@dataclass(frozen=True)
class _RecruitData:
    verbs: re.Pattern | None  # recruiting verbs ("lured", "istaqtabat")
    before: frozenset[str]  # words allowed between the org and a verb after it ("has", "which")
    after: frozenset[str]  # words allowed between a verb and the org after it ("by")
    one: frozenset[str]  # object words naming one person ("him"): the recruited are no group
    of: frozenset[str]  # words saying whose the group is ("his staff", "muwazzafi al-sharika")
    of_suffixes: tuple[str, ...]  # the same as a suffix on the group word (Arabic "muwazzafihi")
    verb_first: bool  # the verb may come straight before its subject (Arabic word order)


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(w for item in items for w in normalized(item)[0].split())


@lru_cache(maxsize=None)
def _recruit_data(lang: str) -> _RecruitData:
    at, data = load(lang, "attribution"), cue_data(lang)
    return _RecruitData(_compile(list(at.get("recruiter", [])), data.clitics),
                        _words(at.get("recruiter_glue", [])), _words(at.get("recruiter_after", [])),
                        _words(at.get("recruited_one", [])), _words(at.get("recruited_of", [])),
                        tuple(normalized(x)[0] for x in at.get("recruited_of_suffixes", [])),
                        data.verb_first)


def _glue(gap: str, words: frozenset[str], empty_ok: bool) -> bool:
    norm = normalized(gap)[0]
    toks = norm.replace(",", " ").replace("\u060c", " ").split()
    if not toks:  # "Meta lured"; but "Under the deal, Google pays": a comma alone cuts
        return empty_ok and "," not in norm and "\u060c" not in norm
    return len(toks) <= 4 and all(t in words for t in toks)


@lru_cache(maxsize=None)
def _unlinks(lang: str) -> re.Pattern | None:
    return _compile(list(load(lang, "stance").get("unlinks", [])), cue_data(lang).clitics)


def unlinks(ctx: _Ctx, sent: Span) -> bool:
    """``sent`` disclaims a link between an exit and something told before (``unlinks`` in
    ``stance.json``): "Unity did not connect the retirement to the pricing row".

    The caller takes back the context reasons the text gave just before.
    """
    pat = _unlinks(ctx.lang)
    if pat is None or not _may_start_in(ctx, pat, sent):
        return False
    norm, index = normalized(ctx.text[sent[0]:sent[1]])
    return bool(_finditer(pat, norm, index))


def _may_start_in(ctx: _Ctx, pat: re.Pattern, sent: Span) -> bool:
    """Some word ``pat`` can start with (its first words, read off the text's word index)
    starts inside ``sent``; True when that is not known. A sentence's words are the text's
    words there, so a match in the sentence alone starts at one of them."""
    scan = ctx.scan
    known = _ROUTER.ids.get(id(pat)) if scan is not None else None
    if known is None or known[0] is not pat or known[1] is None:
        return True
    index, lo, hi = scan.index, sent[0], sent[1]
    return any(lo <= index[c] < hi for c in scan._routed_starts(known[1]))


def recruiters(ctx: _Ctx, sent: Span) -> list[tuple[dict[str, Any], Span]]:
    """Orgs that are the subject of a recruiting verb in ``sent``, each with the verb's span:
    "Meta lured", "Meta, which has offered", "lured by Meta"; in Arabic also the verb first.

    Words allowed between them are data (``recruiter_glue``, ``recruiter_after`` in
    ``attribution.json``). Example: in "Apple staff were weighing offers from Meta" no org is
    the subject of a recruiting verb, so the list is empty.
    """
    rd = _recruit_data(ctx.lang)
    orgs = _sentence_orgs(ctx, sent)
    if rd.verbs is None or not orgs:
        return []
    norm, index = normalized(ctx.text[sent[0]:sent[1]])
    verbs = [(a + sent[0], b + sent[0]) for a, b in _finditer(rd.verbs, norm, index)]
    out = []
    for o in orgs:
        for v in verbs:
            if (v[0] >= o["end"] and _glue(ctx.text[o["end"]:v[0]], rd.before, True)) or \
                    (o["start"] >= v[1] and _glue(ctx.text[v[1]:o["start"]], rd.after, rd.verb_first)):
                out.append((o, v))
                break
    return out


def group_recruited(ctx: _Ctx, sent: Span, cue: Span | None) -> tuple[dict[str, Any], bool] | None:
    """The org said to recruit a group of unnamed people in ``sent`` ("Meta, which has lured
    dozens of researchers with huge offers") when the clause holds ``cue`` (any clause when
    ``cue`` is None), and whether the group is said to be an org-left's own ("some of his
    staff", "researchers from Acme"). The cue is then about the group (a claim), not about a
    named person the sentence refers back to. None when the recruited include someone named
    or "him"/"her".

    Example: "Acme, which has lured dozens of engineers with big offers" gives (Acme, False).
    """
    rd = _recruit_data(ctx.lang)
    in_sent = _in(ctx.hits["group"], sent)
    if not in_sent:
        return None  # no group named: nothing to check (most sentences)
    memo: dict = ctx.__dict__.setdefault("_recruiters", {})  # several cues, one sentence
    if sent not in memo:
        memo[sent] = recruiters(ctx, sent)
    for o, v in memo[sent]:
        if cue is not None and cue[0] < min(o["start"], v[0]):
            continue  # the cue comes before the recruiting clause ("a poaching drive, in which ...")
        groups = [g for g in in_sent if g[0] >= v[1]]
        if not groups:
            continue
        lo, hi = v[1], groups[0][0]
        if any(lo <= s[0] < hi for spans in ctx.persons for s in spans):
            continue
        if rd.one and set(normalized(ctx.text[lo:hi])[0].split()) & rd.one:
            continue
        head = [g for g in groups if g[0] <= groups[0][1] + 25]  # "some of his staff"
        return o, any(_owned_by_left(ctx, sent, lo, g, rd) for g in head)
    return None


def _owned_by_left(ctx: _Ctx, sent: Span, lo: int, group: Span, rd: _RecruitData) -> bool:
    """The recruited group is one org-left's own: a possessive before it or on it ("his staff",
    "muwazzafihi"), or one org left named just before or after it ("Acme staff", "engineers
    from Acme"; several orgs listed are the industry's)."""
    gword = normalized(ctx.text[group[0]:group[1]])[0]
    if set(normalized(ctx.text[lo:group[0]])[0].split()) & rd.of or \
            any(gword.endswith(x) and len(gword) > len(x) + 2 for x in rd.of_suffixes):
        return True
    after = normalized(ctx.text[group[1]:min(sent[1], group[1] + 30)])[0].split()[:1]
    if after and after[0] in rd.of:
        return True
    left = {k for e in ctx.events if e.org and e.kind != "arrival" for k in (e.org.id, e.org.name) if k}
    near = [o for o in _sentence_orgs(ctx, sent)
            if 0 <= o["start"] - group[1] <= 30 or 0 <= group[0] - o["end"] <= 3]
    return len(near) == 1 and (near[0].get("id") in left or near[0].get("name") in left)


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
    recruiter = group_recruited(ctx, sent, None) if reason.driver == "poached" else None
    if recruiter is not None and not recruiter[1]:
        org = recruiter[0]  # who recruits is who the claim is about ("Meta lured dozens")
    else:
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
    """The claim's org (or its chief) is the one saying it ("Altman, OpenAI's chief, said");
    not when a group is named before it, the group being the subject ("a dozen engineers
    have quit Acme this year, citing burnout")."""
    speech = _in(ctx.hits["speech"], sent)
    groups = _in(ctx.hits["group"], sent)
    mentions = [(o["start"], o["end"]) for o in ctx.orgs if _inside((o["start"], o["end"]), sent)
                and (o.get("id"), o.get("name")) == (org.get("id"), org.get("name"))
                and not any(g[1] <= o["start"] for g in groups)]
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
