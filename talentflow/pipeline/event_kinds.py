"""Event kinds: whether an appointment is an arrival, a departure or a role change.

A drafted event starts with its trigger's kind; these rules (asked by ``events._fill``) decide
what it really is: an appointment of someone already at the org is a ``role_change``
(:func:`_insider`); "joined B from A", an appointee whose apposition holds a post at another
org, or a public office taken is a ``departure`` from the org left (:func:`_arrival_from`,
:func:`_to_public_office`). This module owns those kind decisions and the apposition readings
they rest on; :mod:`talentflow.pipeline.events` owns drafting and assembling the events.

>>> from talentflow.pipeline import extract
>>> [e.kind for e in extract("Acme Corp named its finance chief Jane Roe as interim chief executive.", "en")]
['role_change']
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.pipeline.entities import Mention
from talentflow.pipeline.event_orgs import _after_from, _in_apposition, _orgs_in, from_name
from talentflow.pipeline.roles import role_org, title_owner_between

if TYPE_CHECKING:
    from talentflow.pipeline.events import DocContext, Draft, Hit


def _kb_affiliated(person_id: str, org_id: str, published: str | None = None) -> bool:
    """The knowledge base already places the person at the org (a stint without an end that
    began before the month of the text: a stint starting then is the appointment reported)."""
    from talentflow.pipeline.entities import _kb

    ent = _kb().get(person_id)
    month = (published or "")[:7]
    return bool(ent and any(a.org_id == org_id and not a.end and not (month and a.start and a.start[:7] >= month)
                            for a in ent.affiliations))


def _other_role_elsewhere(ctx: DocContext, person: Mention, new_role: str, hit: Hit, d: Draft) -> bool:
    """Another sentence gives the person a different current role (not a 'former' one)."""
    former = ctx.lex.cues.get("former")
    outsider = ctx.lex.syntax.get("outsider_apposition")  # ('Anna Lowe, a lawyer,': a profession, not a post)
    for m in ctx.ents:
        if m.id != person.id or ctx.ft.sent_of(m.start) == hit.sent:
            continue
        for r0, r1, code in ctx.roles:
            near = 0 <= m.start - r1 <= 3 or (0 <= r0 - m.end <= 30 and re.match(r"^\s*[,\u060c]", ctx.ft.folded[m.end:r0])
                                               and not (outsider and re.match(outsider, ctx.ft.folded[m.end:r0])))
            if near and code != new_role and code not in ("executive", "employee", "other") \
                    and not _post_elsewhere(ctx, (r0, r1), d):  # (a post at another org: 'chief executive of the World Bank')
                window = ctx.ft.folded[max(0, r0 - 25):r1 + 15]
                if former is None or not former.search(window):
                    return True
    return False


def _insider(ctx: DocContext, hit: Hit, person: Mention | None, d: Draft) -> bool:
    """An appointment of someone already at the org is a role change (interim, promoted,
    or the person holds another role in the text)."""
    trig = ctx.ft.folded[hit.start:hit.end]
    if re.search(ctx.lex.syntax["join_trigger"], trig):
        return False
    s, e = ctx.ft.sents[hit.sent]
    if person is not None and _former_elsewhere(ctx, person, d):
        return False
    cue = ctx.lex.cues.get("insider")
    if cue is not None and cue.search(ctx.ft.folded[s:e]):
        return True
    if person is None:
        return False
    if d.org is not None and _kb_affiliated(person.id, d.org.id, ctx.published):
        return True
    if _history_at_org(ctx, hit, person, d):
        return True
    if d.role is None:
        return False
    if _other_role_elsewhere(ctx, person, d.role, hit, d):
        return True
    owned = ctx.lex.syntax.get("owned_post_before")  # 'its chief financial officer, Anna Lowe, takes over'
    outsider = ctx.lex.syntax.get("outsider_apposition")
    for r0, r1, code in ctx.roles:
        gap = ctx.ft.folded[r1:person.start]
        if s <= r1 <= person.start and len(gap.split()) <= 2 and not re.search(r"[,.;:\u060c]", gap) \
                and not _orgs_in(ctx, r1, person.start) and _deputy(ctx, r0, r1) and not _post_elsewhere(ctx, (r0, r1), d):
            return True  # ('deputy minister X': not a form of address; 'na'ib wazir al-maliyya X')
        if (code != d.role or owned and re.search(owned, ctx.ft.folded[max(s, r0 - 20):r0])) \
                and s <= r1 <= person.start and (person.start - r1 <= 3 or _owned_domain_post(ctx, r0, r1, person)
                                                 or title_owner_between(ctx, r1, person.start)) \
                and not _honorific(ctx, r0, r1) and not _post_elsewhere(ctx, (r0, r1), d):  # (not 'named Globex finance chief X')
            return True
        gap = ctx.ft.folded[person.end:r0]
        if code != d.role and person.end <= r0 <= person.end + 40 and re.match(r"^\s*[,\u060c]", gap) \
                and not (outsider and re.match(outsider, gap)) and not _post_elsewhere(ctx, (r0, r1), d):
            return True
    return False


def _owned_domain_post(ctx: DocContext, r0: int, r1: int, person: Mention) -> bool:
    """'its head of retail banking, Tomas Reyes,': a post of the org's own ('its', 'the bank's')
    whose domain words stand between the title and the name (syntax.json ``owned_post_domain``).

    >>> from talentflow.pipeline import extract
    >>> [e.kind for e in extract("Orrin Bank said its head of retail banking, Tomas Reyes, will become "
    ...                          "senior vice president for digital strategy at the lender.", "en")]
    ['role_change']
    """
    owned, domain = ctx.lex.syntax.get("owned_post_before"), ctx.lex.syntax.get("owned_post_domain")
    return bool(owned and domain) and person.start - r1 <= 40 and re.fullmatch(domain, ctx.ft.folded[r1:person.start]) is not None \
        and re.search(owned, ctx.ft.folded[max(0, r0 - 20):r0]) is not None and not _orgs_in(ctx, r1, person.start)


def _history_at_org(ctx: DocContext, hit: Hit, person: Mention, d: Draft) -> bool:
    """Years the appointee has already spent at the org, told in their own clause ('X, who has
    worked at the lender since 2004, will replace Y') or in a sentence they are the subject of
    ('Dahl has run the company's tanker division since 2016'), make the post a role change; an
    org named there must be the event's ('who has run Globex since 2016' says outsider)."""
    syn = ctx.lex.syntax
    label, hist = syn.get("insider_label"), syn.get("insider_history")
    if not hist or d.org is None or d.coref:  # (not 'He will stay until a successor is appointed')
        return False
    folded = ctx.ft.folded
    for s, e in _person_clauses(ctx, hit, person):
        if label and re.search(label, folded[s:e]):
            return True
        for m in re.finditer(hist, folded[s:e]):
            a, b = s + m.start(), min(e, s + m.end() + 30)
            named = _orgs_in(ctx, a, b)
            if named:
                if all(o.id == d.org.id for o in named):
                    return True
            elif ctx.lex.org_anaphora is not None and ctx.lex.org_anaphora.search(folded, a, b):
                before = [o for o in ctx.ents if o.type == "org" and o.end <= a]  # the org 'the company' refers to
                if before and before[-1].id == d.org.id:
                    return True
    return False


def _person_clauses(ctx: DocContext, hit: Hit, person: Mention) -> list[tuple[int, int]]:
    """Spans that speak of the person: what follows their name in the trigger's sentence (up to
    the next person), the words just before it, and the sentences they open."""
    s, e = ctx.ft.sents[hit.sent]
    others = [m.start for m in ctx.ents if m.type == "person" and m.id != person.id and s <= m.start < e]
    nxt = [p for p in others if p >= person.end]
    out = [(max(s, person.start - 40), person.start), (person.end, min(nxt) if nxt else e)]
    if not others and hit.sent + 1 < len(ctx.ft.sents):  # 'He has spent two decades at the lender.'
        ns, ne = ctx.ft.sents[hit.sent + 1]
        first = ctx.ft.folded[ns:ns + 12].split()[:1]
        if first and first[0] in ctx.lex.pronouns.get("subject", ()):
            out.append((ns, ne))
    for m in ctx.ents:
        if m.id == person.id and not s <= m.start < e:
            ms, me = ctx.ft.sents[ctx.ft.sent_of(m.start)]
            if len(ctx.ft.folded[ms:m.start].split()) <= 3:
                later = [p.start for p in ctx.ents if p.type == "person" and p.id != person.id and m.end <= p.start < me]
                out.append((m.end, min(later) if later else me))
    return out


def _former_elsewhere(ctx: DocContext, person: Mention, d: Draft) -> bool:
    """'Jane Roe, the former chief executive of Globex, was named interim CEO': a past post at
    another org, told in the person's apposition, says she comes from outside."""
    former = ctx.lex.cues.get("former")
    m = re.match(r"\s*[,\u060c]([^,.;:\u060c]{0,100})", ctx.ft.folded[person.end:person.end + 110])
    f = former.search(m.group(1)) if former is not None and d.org is not None and m is not None else None
    if f is None:
        return False
    if any(0 <= person.start - r1 <= 3 for _, r1, _ in ctx.roles):  # 'board chair Jane Roe, a former ...'
        return False
    cut = person.end + m.start(1) + f.start()  # 'X, the board's lead director and a former CEO of Y': a post now first
    now = ctx.lex.syntax.get("post_now_then_former")
    if now and any(person.end < r0 and r1 <= cut and re.match(now, ctx.ft.folded[r1:cut])
                   and not _post_elsewhere(ctx, (r0, r1), d) for r0, r1, _ in ctx.roles):
        return False
    return any(o.id != d.org.id for o in _orgs_in(ctx, person.end, person.end + m.end()))


def _deputy(ctx: DocContext, r0: int, r1: int) -> bool:
    """'deputy minister X takes over as minister', Arabic 'al-mudarrib al-musa'id X': the
    deputy of a post, named by their title, is already at the org."""
    before, after = ctx.lex.syntax.get("deputy_before"), ctx.lex.syntax.get("deputy_after")
    return bool(before and re.search(before, ctx.ft.folded[max(0, r0 - 12):r0])
                or after and re.match(after, ctx.ft.folded[r1:r1 + 14]))


def _honorific(ctx: DocContext, r0: int, r1: int) -> bool:
    """A title used as a form of address ('Eng.', 'Dr.' before a name) is not a post held."""
    return bool(ctx.lex.titles and ctx.lex.titles.fullmatch(ctx.ft.folded[r0:r1]))


def _post_elsewhere(ctx: DocContext, span: tuple[int, int], d: Draft) -> bool:
    """'Jane Roe, co-founder of Globex': a post at another org says she comes from outside."""
    o = role_org(ctx, span)
    return o is not None and d.org is not None and o.id != d.org.id


def _arrival_from(ctx: DocContext, d: Draft) -> None:
    """'joined B from A' is a departure from A with destination B; 'joins as head coach from
    Chelsea' (the org joined unnamed, or only the one left was found) a departure from A."""
    s, e = ctx.ft.sents[d.hit.sent]
    joined = d.org
    for o in _orgs_in(ctx, d.hit.end, e):
        if _after_from(ctx, o, s) and not _predecessor_from(ctx, d.hit, o):
            d.kind, d.org = "departure", o
            d.destination = joined if joined is not None and joined.id != o.id else None
            return
    named = from_name(ctx, d.hit.end, e)  # 'hired Tom Barrow from Kestrel Mining': named once
    if named is not None and not _predecessor_from(ctx, d.hit, named):
        d.kind, d.destination, d.org = "departure", joined, named
        return
    if joined is None:
        return
    current = _apposition_employer(ctx, d)
    if current is not None and board_seat(ctx, d.hit, d.person):
        return  # 'X, CFO of Kestrel, has joined the board of Arden': a seat held beside the post
    if current is not None:  # 'Acme named Jane Roe, chief executive of Globex, as its CEO'
        d.kind, d.destination, d.org = "departure", _taken_post_org(ctx, d.hit, d.person.end, current) or d.org, current
    elif _only_in_apposition(ctx, d):
        d.kind, d.destination = "departure", None


def _taken_post_org(ctx: DocContext, hit: Hit, after: int, left: Mention) -> Mention | None:
    """'named X, chief executive of Scoot, as chief executive of Air India': the org of the post
    taken ('as ...', syntax.json ``post_taken_before``) after the apposition is where X goes,
    not the org that names him.

    >>> from talentflow.pipeline import extract
    >>> [(e.org.name, e.destination.name) for e in extract("Tarsus Holdings named Ben Ayre, chief executive of "
    ...     "Lintel Bank, as chief executive of Tarsus Insurance.", "en")]
    [('Lintel Bank', 'Tarsus Insurance')]
    """
    cue = ctx.lex.syntax.get("post_taken_before")
    e = ctx.ft.sents[hit.sent][1]
    if not cue or after < hit.end:
        return None
    folded = ctx.ft.folded
    for r0, _r1, _code in ctx.roles:
        if after < r0 < e and re.search(cue, folded[max(after, r0 - 24):r0]):
            return next((o for o in _orgs_in(ctx, r0, min(e, r0 + 70)) if o.id != left.id
                         and not re.search(r"[,;:\u060c]", folded[r0:o.start])), None)
    return None


def board_seat(ctx: DocContext, hit: Hit, person: Mention | None) -> str | None:
    """'X, chief financial officer of Kestrel, has joined the board of Arden as a non-executive
    director': a board seat or an advisory post, told first after the trigger and the person's
    apposition, is held beside the post elsewhere: an arrival there, not a move ('board_member' or
    'advisor', the seat's role code; syntax.json ``board_noun``).

    >>> from talentflow.pipeline import extract
    >>> [(e.kind, e.org.name, e.role) for e in extract("Delphine Marsh, chief financial officer of Kestrel Airways, "
    ...     "has joined the board of Arden Logistics as a non-executive director.", "en")]
    [('arrival', 'Arden Logistics', 'board_member')]
    """
    got = seat_at(ctx, hit, person)
    return got[0] if got else None


def seat_at(ctx: DocContext, hit: Hit, person: Mention | None) -> tuple[str, int] | None:
    """(role code, offset) of the board seat or advisory post :func:`board_seat` finds."""
    if person is None or hit.trig.kind != "arrival":
        return None
    memo = ctx.memo.setdefault("seat_at", {})
    key = (hit.start, person.start)
    if key not in memo:
        memo[key] = _seat_at(ctx, hit, person)
    return memo[key]


def _seat_at(ctx: DocContext, hit: Hit, person: Mention) -> tuple[str, int] | None:
    folded, e = ctx.ft.folded, ctx.ft.sents[hit.sent][1]
    start = max(hit.end, person.end)
    if person.end >= hit.end:  # (past the person's apposition: 'X, a board member of A, joined B as CEO')
        m = re.match(r"\s*[,\u060c][^,\u060c]{0,100}[,\u060c]", folded[person.end:min(e, person.end + 110)])
        start = person.end + m.end() if m else start
    e = min(e, start + 60)  # the seat is the trigger's complement: near it, no clause between
    cut = re.search(r"[,;:\u060c\u061b]", folded[start:e])
    e = start + cut.start() if cut else e
    i = bisect_left(ctx.roles, (start,))
    first = (ctx.roles[i][0], ctx.roles[i][2]) if i < len(ctx.roles) and ctx.roles[i][0] < e else None
    if first is not None and first[1] in ("board_member", "advisor"):
        return first[1], first[0]
    board = ctx.lex.syntax.get("board_noun")
    m = re.search(board, folded[start:min(e, start + 30)]) if board else None
    return ("board_member", start + m.start()) if m is not None and (first is None or start + m.start() < first[0]) else None


def seat_org(ctx: DocContext, hit: Hit, person: Mention, at: int) -> Mention | None:
    """The org whose board the seat is on: named after the seat ('the board of Arden'), else the
    org that opens the sentence ('Kessel Partners said X would join it as an adviser'), never the
    org of the person's apposition."""
    s, e = ctx.ft.sents[hit.sent]
    after = [o for o in _orgs_in(ctx, at, e)]
    if after:
        return after[0]
    return next((o for o in _orgs_in(ctx, s, hit.start) if not _in_apposition(ctx, person, o)), None)


def _predecessor_from(ctx: DocContext, hit: Hit, named: Mention) -> bool:
    """'took over from Manfred Knof': 'from' right after a trigger that is not a join names
    the predecessor, not the employer left ('joins from Kestrel Mining' does)."""
    return len(ctx.ft.folded[hit.end:named.start].split()) <= 2 \
        and not re.search(ctx.lex.syntax["join_trigger"], ctx.ft.folded[hit.start:hit.end])


NON_EXCLUSIVE = ("cofounder", "board_member", "advisor", "chair", "other")


def _apposition_employer(ctx: DocContext, d: Draft, same: bool = False) -> Mention | None:
    """The other org whose post the appointee holds, told in their apposition (``same``: the
    org the event has, told only there)."""
    p = d.person
    if p is None or d.org is None:
        return None
    appos = ctx.lex.syntax.get("apposition_head") or r"\s*[,\u060c]\s*"
    for r0, r1, code in ctx.roles:
        if code in NON_EXCLUSIVE or not (p.end < r0 <= p.end + 40) or _former_after(ctx, r1):
            continue
        gap = ctx.ft.folded[p.end:r0]
        o = (role_org(ctx, (r0, r1)) or _org_after_duty(ctx, r1)) if re.fullmatch(appos, gap) \
            else _possessor_org(ctx, p.end, r0, appos)
        if o is not None and (o.id == d.org.id) == same and _in_apposition(ctx, p, o):
            return o
    return None


def post_moved_to(ctx: DocContext, d: Draft) -> None:
    """'moved from deputy chief executive to chief executive', Arabic 'intaqala min mansib A ila
    mansib B': the post a role change is about is the one moved to, named after the one left."""
    to = ctx.lex.syntax.get("post_moved_to")
    if not to or d.role_span is None:
        return
    e = ctx.ft.sents[d.hit.sent][1]
    nxt = next((r for r in ctx.roles if d.role_span[1] < r[0] < min(e, d.role_span[1] + 80)
                and re.match(to, ctx.ft.folded[d.role_span[1]:r[0]])), None)
    if nxt is not None:
        d.role, d.role_span = nxt[2], (nxt[0], nxt[1])


def _former_after(ctx: DocContext, r1: int) -> bool:
    """Arabic 'al-ra'is al-tanfidhi al-sabiq li-sharikat Y': 'former' right after the post says
    it is no longer held (English puts it before, where role_org looks)."""
    former = ctx.lex.cues.get("former")
    return former is not None and former.match(ctx.ft.folded, r1 + 1, r1 + 20) is not None \
        and ctx.ft.folded[r1:r1 + 1].isspace()


def _to_public_office(ctx: DocContext, d: Draft) -> bool:
    """A public office taken (a minister: role 'other', events.md) by someone whose apposition
    gives a post at the org the event has ('X, chief executive of Acme, was appointed finance
    minister'): X leaves Acme for the government, it is no post inside Acme."""
    return d.role == "other" and d.role_span is not None and d.role_span[0] >= d.hit.end \
        and _apposition_employer(ctx, d, same=True) is not None


def _only_in_apposition(ctx: DocContext, d: Draft) -> bool:
    """'selected Tom Reed, head of the Eastvale Institute, as governor': the only org named is
    where the appointee holds a post now, told in their apposition after the trigger; the org
    that appoints goes unnamed, so this is the org left."""
    p = d.person
    if p is None or d.org is None or d.hit.trig.form != "obj" or p.start < d.hit.end \
            or _apposition_employer(ctx, d, same=True) is None:  # (not 'will take over X, its CPO, ...': verb first)
        return False
    former = ctx.lex.cues.get("former")
    if former is not None and former.search(ctx.ft.folded, p.end, min(p.end + 40, d.org.start)):
        return False
    s, e = ctx.ft.sents[d.hit.sent]
    return all(_in_apposition(ctx, p, o) for o in _orgs_in(ctx, s, e) if o.id == d.org.id)


def _org_after_duty(ctx: DocContext, r1: int) -> Mention | None:
    """'X, who was leading the AI business at Salesforce': the org after the duty the post names."""
    link = ctx.lex.syntax.get("duty_org_link")
    return next((m for m in ctx.ents if link and m.type == "org" and r1 <= m.start <= r1 + 60
                 and re.fullmatch(link, ctx.ft.folded[r1:m.start])), None)


def _possessor_org(ctx: DocContext, s: int, r0: int, appos: str) -> Mention | None:
    """'Jane Roe, Acme's chief scientist': the org owning the role in the apposition."""
    own = ctx.lex.syntax.get("possessive_org_after")
    for m in _orgs_in(ctx, s, r0):
        if own and re.fullmatch(appos, ctx.ft.folded[s:m.start]) and re.fullmatch(own, ctx.ft.folded[m.end:r0]):
            return m
    return None
