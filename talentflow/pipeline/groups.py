"""Groups of people told together: board or staff lists ('A of Sequoia, B of Prosus and C
stepped down') and a count before the names ('three directors resigned ... A, B and C').

>>> from talentflow.pipeline import extract
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.pipeline.persons import _persons_in

if TYPE_CHECKING:
    from talentflow.pipeline.entities import Mention
    from talentflow.pipeline.events import DocContext, Hit


def without_member_orgs(ctx: DocContext, orgs: list[Mention], s: int, e: int, hit: Hit | None = None
                        ) -> list[Mention]:
    """Drop orgs that tag several people each with a different org ('A of Sequoia, B of the
    Chan Zuckerberg Initiative'): they are whom each represents, not the org left; and, for an
    exit, an org opening a new clause after it ('Kan also resigned, and GM named Y').

    >>> without_member_orgs.__name__
    'without_member_orgs'
    """
    new_clause = ctx.lex.syntax.get("new_clause_before")
    if hit is not None and hit.trig.kind == "departure" and new_clause:
        orgs = [o for o in orgs if not (o.start > hit.end and re.search(new_clause, ctx.ft.folded[hit.end:o.start]))]
    link = ctx.lex.syntax.get("member_of")
    if not link or len(orgs) < 2:
        return orgs
    people = _persons_in(ctx, s, e)
    tagged = {o.start: o.id for o in orgs for p in people
              if p.end <= o.start <= p.end + 10 and re.fullmatch(link, ctx.ft.folded[p.end:o.start])}
    if len(set(tagged.values())) < 2:
        return orgs
    return [o for o in orgs if o.start not in tagged]


def unnamed_group(ctx: DocContext, hit: Hit) -> None:
    """Remember the post of people counted before they are named ('three directors resigned').

    >>> unnamed_group.__name__
    'unnamed_group'
    """
    s, e = ctx.ft.sents[hit.sent]
    roles = [r for r in ctx.roles if s <= r[0] and r[1] <= hit.start]
    if roles:
        code = roles[0][2]
        board = ctx.lex.syntax.get("board_noun")
        if code == "director" and board and re.search(board, ctx.ft.folded[s:e]):
            code = "board_member"  # 'directors ... resigned from its board' sit on the board
        ctx.memo.setdefault("unnamed_group", {})[hit.sent] = (hit.trig.kind, code)


def successor_orgs(ctx: DocContext, drafts: list) -> None:
    """'named X chief executive, succeeding Y, who left': Y left the org X joined, not an org
    named in X's apposition.

    >>> successor_orgs.__name__
    'successor_orgs'
    """
    cue = ctx.lex.syntax.get("successor_before")
    if not cue:
        return
    for d in drafts:
        if d.kind != "departure" or d.person is None or d.destination is not None:
            continue
        if not re.search(cue, ctx.ft.folded[max(0, d.person.start - 20):d.person.start]):
            continue
        for o in drafts:
            if o is d or o.hit.sent != d.hit.sent or o.person is None or o.person.id == d.person.id:
                continue
            joined = o.destination if o.kind == "departure" else o.org if o.kind in ("arrival", "role_change") else None
            if joined is not None and o.hit.start < d.hit.start:
                d.org = joined
                break


def group_post(ctx: DocContext, d, size: int):
    """A named group after a count ('three directors resigned ... A, B and C stepped down')
    takes the post the count gave.

    >>> group_post.__name__
    'group_post'
    """
    told = ctx.memo.get("unnamed_group", {}).get(d.hit.sent - 1)
    if told and d.kind == told[0] and d.role is None and size >= 2:
        d.role = told[1]
    return d


def company_antecedent(ctx: DocContext, pos: int) -> Mention | None:
    """'the company' after 'the Windsurf company' in the same sentence is Windsurf, even when
    the text is mostly about another org ('... Google said the company's CEO will join it').

    >>> company_antecedent.__name__
    'company_antecedent'
    """
    noun = ctx.lex.syntax.get("company_noun")
    if not noun:
        return None
    s, _ = ctx.ft.sents[ctx.ft.sent_of(pos)]
    named = [m for m in ctx.ents if m.type == "org" and s <= m.start and m.end <= pos
             and re.search(noun + r"\s+$", ctx.ft.folded[max(s, m.start - 12):m.start])]
    return named[-1] if named else None


def same_move(drafts: list) -> list:
    """People who are subjects of one trigger make the same move ('the CEO of Windsurf and his
    co-founder will join Google DeepMind'): a member read as a plain join takes the move the
    others make from their org.

    >>> same_move([])
    []
    """
    posted = next((d for d in drafts if d.role), None)
    for d in drafts:  # 'fired X and a second member of the team, Y': Y held a post like X's
        if d.role is None and posted is not None and d.kind == posted.kind:
            d.role, d.role_span = posted.role, posted.role_span
    lead = next((d for d in drafts if d.kind == "departure" and d.destination is not None and d.org is not None), None)
    if lead is None:
        return drafts
    for d in drafts:
        if d.kind == "arrival" and d.destination is None:
            d.kind, d.org, d.destination = "departure", lead.org, lead.destination
    return drafts


def named_defendant(ctx: DocContext, drafts: list) -> None:
    """'Tesla sued a former engineer ... The complaint says Jane Roe copied files': a suit
    against a described employee names them in the next sentences.

    >>> named_defendant.__name__
    'named_defendant'
    """
    cue = ctx.lex.syntax.get("unnamed_defendant_after")
    if not cue:
        return
    f = ctx.ft.folded
    for d in drafts:
        if d.kind != "lawsuit" or d.person is not None or not re.match(cue, f[d.hit.end:d.hit.end + 80]):
            continue
        last = ctx.ft.sents[min(d.hit.sent + 2, len(ctx.ft.sents) - 1)][1]
        for m in _persons_in(ctx, ctx.ft.sents[d.hit.sent][1], last):
            if re.match(ctx.lex.syntax["speaker_after"], f[m.end:m.end + 20]) \
                    or re.search(ctx.lex.syntax["spokesperson_before"], f[max(0, m.start - 30):m.start]):
                continue
            d.person = m
            break
