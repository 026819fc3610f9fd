"""Which role a person held in an event: the role phrase nearest them, the most specific of
joined titles ('co-founder and chief executive'), and the org a role phrase names.

>>> from talentflow.pipeline import extract
>>> [e.role for e in extract("Jane Roe, the co-founder and chief technology officer of Acme Corp, resigned on Monday.", "en")]
['cto']
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.pipeline.groups import company_antecedent
from talentflow.pipeline.persons import _persons_in, starting_in
from talentflow.pipeline.stints import _rx

if TYPE_CHECKING:
    from talentflow.pipeline.entities import Mention
    from talentflow.pipeline.events import DocContext, Hit


SPECIFICITY = ("ceo", "cfo", "cto", "coo", "cpo", "cmo", "general_counsel", "chief_scientist", "president",
               "chair", "vp", "head", "director", "lawyer", "engineer", "researcher", "advisor", "cofounder",
               "board_member", "executive", "employee", "other")


def _most_specific(ctx: DocContext, role: tuple[int, int, str]) -> tuple[int, int, str]:
    """'co-founder and chief executive': the most specific of roles joined to the one chosen."""
    best = role
    roles, ends = _roles_index(ctx)
    lo = 0 if ends is None else bisect_left(ends, role[0] - 8)  # (roles ending further before are too far)
    for r in roles[lo:]:
        if ends is not None and r[0] > role[1] + 8:
            break  # (as are those starting further after)
        if r is role:
            continue
        a, b = (role, r) if role[0] < r[0] else (r, role)
        if b[0] - a[1] > 8:
            continue  # too far apart to be joined (the gap text would be longer than 8)
        gap = ctx.ft.folded[a[1]:b[0]]
        if re.fullmatch(ctx.lex.syntax["role_joiner"], gap) is not None \
                and not re.search(r"[.;!?\n\u061b\u061f]", gap) \
                and SPECIFICITY.index(r[2]) < SPECIFICITY.index(best[2]) \
                and not (r[0] > role[0] and _titles_a_name(ctx, r)):
            best = r
    return best


def _roles_index(ctx: DocContext) -> tuple[list[tuple[int, int, str]], list[int] | None]:
    """``ctx.roles`` and their ends when both starts and ends ascend (scan.find_roles: longest
    match, no overlaps), else None: where a bisection may start."""
    roles = ctx.roles
    got = ctx.memo.get("roles_index")
    if got is None or got[0] is not roles or got[1] != len(roles):
        starts, ends = [r[0] for r in roles], [r[1] for r in roles]
        ok = all(a <= b for a, b in zip(starts, starts[1:])) and all(a <= b for a, b in zip(ends, ends[1:]))
        got = ctx.memo["roles_index"] = (roles, len(roles), starts if ok else None, ends if ok else None)
    return roles, got[3]


def _roles_within(ctx: DocContext, s: int, e: int) -> list[tuple[int, int, str]]:
    """The role phrases inside [s, e), in ``ctx.roles`` order (by bisection when it is sorted)."""
    roles, ends = _roles_index(ctx)
    if ends is None:
        return [r for r in roles if r[0] >= s and r[1] <= e]
    starts = ctx.memo["roles_index"][2]
    return [r for r in roles[bisect_left(starts, s):bisect_left(starts, e)] if r[1] <= e]


def _in_apposition_of_another(ctx: DocContext, r: tuple[int, int, str], anchor: Mention, s: int, e: int) -> bool:
    """'Peter Chen, Covariant's chief executive, Rocky Duan, its CTO, ...': a post before the
    anchor, in the apposition opened after another person named before it, is that person's."""
    if r[1] > anchor.start or not _roles_data(ctx.lang).get("_post_after_name"):
        return False
    conj = ctx.lex.syntax.get("list_post_head")  # ', and its finance director, Y': Y's own post
    return any(o.id != anchor.id and o.end <= r[0] and re.fullmatch(r"\s*,[^,.;]*", ctx.ft.folded[o.end:r[0]])
               and not (conj and re.fullmatch(conj, ctx.ft.folded[o.end:r[0]])) for o in _persons_in(ctx, s, e))


def _title_of_next(ctx: DocContext, r: tuple[int, int, str], anchor: Mention, s: int, e: int) -> bool:
    """A title joined by the conjunction after the anchor titles the next name ('wazir al-naql X
    wa-wazir al-zira'a Y': Y's post, not X's; syntax.json ``conjunction_prefix``)."""
    conj = ctx.lex.syntax.get("conjunction_prefix")
    if not conj or r[0] < anchor.end or not ctx.ft.folded.startswith(conj, r[0]):
        return False
    return any(o.id != anchor.id and 0 <= o.start - r[1] <= 30 and not re.search(r"[,.;:\u060c]", ctx.ft.folded[r[1]:o.start])
               for o in _persons_in(ctx, s, e))


def _former_post_elsewhere(ctx: DocContext, r: tuple[int, int, str], s: int, e: int) -> bool:
    """'X and Y, all former researchers at Google DeepMind, are leaving': a former post at an org
    the sentence names only there (not the story's org) is not the post being left."""
    former = ctx.lex.cues.get("former")
    if former is None or not former.search(ctx.ft.folded[max(s, r[0] - 20):r[0]]):
        return False
    link = ctx.lex.syntax["role_org_link"]
    at = next((m for m in starting_in(ctx, "org", r[1], r[1] + 26)
               if re.match(link, ctx.ft.folded[r[1]:m.start])), None)
    if at is None or (ctx.main_org is not None and at.id == ctx.main_org.id):
        return False
    return not any(m.id == at.id and m.start != at.start for m in starting_in(ctx, "org", s, e))


def _titles_a_name(ctx: DocContext, r: tuple[int, int, str]) -> bool:
    """The role phrase is the title of the person named right after it ('..., chief executive
    Satya Nadella told staff'): another person's post, not one joined to the role before it."""
    return bool(_roles_data(ctx.lang).get("_post_after_name")) \
        and bool(starting_in(ctx, "person", r[1], r[1] + 3))


def choose_role(ctx: DocContext, hit: Hit, person: Mention | None, dest: Mention | None,
                group: tuple[str, ...] = ()) -> tuple[str | None, tuple[int, int] | None]:
    """Role code nearest the person in the trigger sentence, else near another mention of them;
    a successor with no post of their own named takes the post of the person they succeed."""
    code, span = _successor_role(ctx, hit, person)
    if span is None:
        code, span = _choose_role(ctx, hit, person, dest, group)
    if span is None:
        code, span = _predecessor_role(ctx, hit, person)
    if span is None and person is not None:
        code, span = _lead_plural_role(ctx, hit)
    if span is None:
        return code, span
    r = next((r for r in ctx.roles if (r[0], r[1]) == span), None)
    if r is None:
        return code, span
    best = _most_specific(ctx, r)
    return best[2], (best[0], best[1])


def _choose_role(ctx: DocContext, hit: Hit, person: Mention | None, dest: Mention | None,
                 group: tuple[str, ...] = ()) -> tuple[str | None, tuple[int, int] | None]:
    s, e = ctx.ft.sents[hit.sent]
    names = starting_in(ctx, "person", s, e)
    # a role word inside a name is the name ('Raisi' reads as 'my president' in Arabic)
    cands = [r for r in _roles_within(ctx, s, e) if not _not_a_role(ctx, r)
             and not any(m.start < r[1] and r[0] < m.end for m in names)]
    if hit.trig.kind == "departure":  # 'and will stay on as an adviser': a post kept after leaving
        cands = [r for r in cands if not _stays_as(ctx, r) and not _former_post_elsewhere(ctx, r, s, e)]
        if dest is not None:  # 'left X to become CEO of Y': the post taken at the destination is not the one left
            cands = [r for r in cands if not (hit.end <= r[0] and r[1] <= dest.start and role_org(ctx, r[:2]) is dest)]
    held = _held_post(ctx, hit, cands)
    if held is not None:
        return held[2], (held[0], held[1])
    link = ctx.lex.syntax["role_after_trigger"]
    titled = _person_starts(ctx)
    owner = _owner_rx(ctx.lang, link)  # 'stepping down as the company's president'
    for r in cands:
        gap = ctx.ft.folded[hit.end:r[0]]
        if hit.end <= r[0] <= hit.end + 25 and _rx(link).fullmatch(gap) \
                or owner is not None and hit.end <= r[0] <= hit.end + 45 and owner.fullmatch(gap):
            if any(0 <= t - r[1] <= 2 or title_owner_between(ctx, r[1], t, True) for t in titled):
                continue  # 'named CFO Jane Roe as CEO', 'ta'yin na'ib al-ra'is lil-bank X ra'isan': a title, not the post
            return r[2], (r[0], r[1])
    if hit.trig.kind in ("arrival", "role_change") and person is not None:
        base = max(hit.end, person.end)
        later = [r for r in cands if base <= r[0] <= base + 120
                 and not any(0 <= t - r[1] <= 2 and not ctx.ft.folded[r[1]:t].strip() for t in titled)
                 and not any(m.id != person.id and m.id not in group and 0 <= r[0] - m.end <= 2 for m in names)]
        # (another person's title right before their name is not the post, nor the post told
        # right after another name: 'helped by his brother Y as team manager')
        # not in the person's apposition ('X, chief product officer at Y, takes the post of CEO')
        fresh = [r for r in later if not re.fullmatch(r"\s*[,\u060c][^,\u060c.]*", ctx.ft.folded[base:r[0]])
                 and not re.search(r"[,\u060c]\s*(?:\w+\s+)?$", ctx.ft.folded[max(base, r[0] - 12):r[0]])]
        fresh = fresh or [r for r in later if not re.fullmatch(r"\s*[,\u060c][^,\u060c.]*", ctx.ft.folded[base:r[0]])]
        pick = (fresh or later)[0] if later else None
        if pick is not None and pick[0] - base <= (120 if fresh else 40):
            return pick[2], (pick[0], pick[1])
    if dest is not None and hit.trig.kind == "departure":
        cands = [r for r in cands if r[0] < dest.start or r[0] > dest.end + 40]
    others = [m for m in _persons_in(ctx, s, e) if person and m.id != person.id and m.id not in group]
    anchor = person if person else None

    def dist(r):
        if anchor is None:
            return abs(r[0] - hit.start)
        d = min(abs(r[0] - anchor.end), abs(anchor.start - r[1]))
        closer = any(min(abs(r[0] - o.end), abs(o.start - r[1])) < d for o in others)
        return d + (200 if closer or _in_apposition_of_another(ctx, r, anchor, s, e)
                    or _title_of_next(ctx, r, anchor, s, e) else 0)

    if cands:
        best = min(cands, key=dist)
        if dist(best) < 200 or anchor is None:
            return best[2], (best[0], best[1])
    if person is not None:
        for m in ctx.ents:
            if m.id != person.id or (m.start == person.start and s <= m.start < e):
                continue  # (a leaver told by a pronoun: the post told with the name they stand for counts)
            near = [r for r in ctx.roles if ((0 <= r[0] - m.end <= 30) or (0 <= m.start - r[1] <= 30))
                    and not _not_a_role(ctx, r)]
            # not another person's post: one named between it and this mention ('chairman Y said X ...')
            near = [r for r in near if not any(o.type == "person" and o.id != person.id and (
                r[1] <= o.start and o.end <= m.start or m.end <= o.start and o.end <= r[0]) for o in ctx.ents)]
            if near:
                r = min(near, key=lambda r: min(abs(r[0] - m.end), abs(m.start - r[1])))
                return r[2], (r[0], r[1])
    return None, None


def title_owner_between(ctx: DocContext, r1: int, t: int, domain: bool = False) -> bool:
    """Only the title's owner stands between a title and the name it titles: the org by kind
    ('lil-bank', 'fiha': syntax.json ``title_owner_gap``) or by its name ('CFO of Nadeem Bank X').

    >>> from talentflow.pipeline import extract
    >>> [e.kind for e in extract("Acme Corp named its finance chief Jane Roe as interim chief executive.", "en")]
    ['role_change']
    """
    rx = ctx.lex.syntax.get("title_owner_gap")
    if not rx or not 0 < t - r1 <= 40:
        return False
    gap = ctx.ft.folded[r1:t]
    if re.fullmatch(rx, gap):
        return True
    comp = ctx.lex.syntax.get("role_complement") if domain else None  # 'wazir al-naql X': its domain, then the name
    m = re.match(comp, gap) if comp else None
    if m is not None and not gap[m.end():].strip():
        return True
    orgs = [o for o in ctx.ents if o.type == "org" and r1 <= o.start and o.end <= t]
    return len(orgs) == 1 and len(gap[:orgs[0].start - r1].split()) <= 1 and not gap[orgs[0].end - r1:].strip() \
        and not re.search(r"[,.;:\u060c]", gap)


def _person_starts(ctx: DocContext) -> set[int]:
    """Where person mentions start (kept per document while ``ctx.ents`` is unchanged; read only)."""
    got = ctx.memo.get("person_starts")
    if got is None or got[0] is not ctx.ents or got[1] != len(ctx.ents):
        got = ctx.memo["person_starts"] = (ctx.ents, len(ctx.ents), {m.start for m in ctx.ents if m.type == "person"})
    return got[2]


def _stays_as(ctx: DocContext, r: tuple[int, int, str]) -> bool:
    """The role follows a verb of staying on ('will remain as adviser', roles.json '_stays_as')."""
    rx = _cue_rx(ctx.lang, "_stays_as", r"(?:\s+\S+)?\s+$")
    return rx is not None and rx.search(ctx.ft.folded, max(0, r[0] - 25), r[0]) is not None


@lru_cache(maxsize=None)
def _cue_rx(lang: str, key: str, tail: str) -> re.Pattern | None:
    """roles.json cue list ``key`` as one regex, any cue as a whole word, then ``tail``: what may
    stand between it and the role (a word for '_stays_as', only spaces for '_held_post')."""
    from talentflow.lang import load
    from talentflow.lang.normalize import fold

    cues = load(lang, "roles").get(key)
    if not cues:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(c)) for c in cues) + r")" + tail)


def succeeded_roles(ctx: DocContext, drafts: list) -> None:
    """A leaver whose post the trigger's sentence does not name, told as the one a newcomer
    succeeds ('Y succeeds X, who led the bank since 2020'; Arabic verb first 'yakhlufu Y X'),
    held the post the newcomer takes (their appointment's role)."""
    cues = _succession_rx(ctx.lang)
    if cues is None:
        return
    posts: dict[str, dict[int, tuple]] = {}  # person -> sentence -> post (the one told with the cue wins)
    for d in drafts:
        if d.kind in ("arrival", "role_change") and d.person is not None and d.role:
            posts.setdefault(d.person.id, {}).setdefault(d.hit.sent, (d.role, d.role_span))
    if not posts:
        return
    for d in drafts:
        if d.kind != "departure" or d.person is None or (d.role_span is not None
                                                          and ctx.ft.sent_of(d.role_span[0]) == d.hit.sent):
            continue
        for m in ctx.ents:
            if m.type != "person" or m.id != d.person.id:
                continue
            s, e = ctx.ft.sents[ctx.ft.sent_of(m.start)]
            cue = cues[1].search(ctx.ft.folded, s, m.start)
            succ = [o for o in ctx.ents if o.type == "person" and o.id in posts and o.id != d.person.id
                    and cue is not None and s <= o.start < m.start]  # ('yakhlufu Y X', 'Y ..., khalafan li-X')
            if succ:
                told = posts[succ[0].id]
                d.role, d.role_span = told.get(ctx.ft.sent_of(m.start), next(iter(told.values())))
                break


def _predecessor_role(ctx: DocContext, hit: Hit, person: Mention | None
                      ) -> tuple[str | None, tuple[int, int] | None]:
    """A leaver with no post named, told as the one succeeded ('Rossi succeeds Bianchi, who left
    last month'; Arabic verb first: 'yakhlufu Rossi Bianchi'), held the successor's post."""
    cues = _succession_rx(ctx.lang)
    if person is None or cues is None or hit.trig.kind != "departure":
        return None, None
    s, e = ctx.ft.sents[hit.sent]
    found = list(cues[1].finditer(ctx.ft.folded, s, person.start))
    if not found:
        return None, None
    m = found[-1]
    others = [p for p in ctx.ents if p.type == "person" and s <= p.start < e and p.id != person.id]
    between = [p for p in others if m.end() <= p.start and p.end <= person.start]
    before = [p for p in others if p.end <= m.start()]
    succ = between[0] if between else (before[-1] if before else None)
    if succ is None:
        return None, None
    return _choose_role(ctx, hit, succ, None, ())


def _lead_plural_role(ctx: DocContext, hit: Hit) -> tuple[str | None, tuple[int, int] | None]:
    """A roundup's lead names the post of the people it goes on to list ('four coaches lost
    their posts last week'): a leaver with no post named holds it. Only a plural role in a
    first sentence that names nobody (roles.json '_plural_suffix')."""
    suffix = _roles_data(ctx.lang).get("_plural_suffix")
    if not suffix or not ctx.ft.sents or hit.sent == 0 or hit.trig.kind != "departure":
        return None, None
    named = [m.start for m in ctx.ents if m.type == "person"]
    first = min(named, default=len(ctx.ft.folded))
    lead = [i for i in range(min(2, hit.sent)) if ctx.ft.sents[i][1] <= first]  # up to two sentences naming nobody
    if not lead:
        return None, None
    s, e = ctx.ft.sents[0][0], ctx.ft.sents[lead[-1]][1]
    for r in ctx.roles:
        if s <= r[0] and r[1] <= e and re.search(f"(?:{suffix})$", ctx.ft.folded[r[0]:r[1]]) \
                and r[2] != "director":  # 'three directors resigned from its board': board seats, told later
            return r[2], (r[0], r[1])
    return None, None


def _roles_data(lang: str) -> dict:
    """roles.json of ``lang`` (cached by the loader)."""
    from talentflow.lang import load

    return load(lang, "roles")


def _not_a_role(ctx: DocContext, r: tuple[int, int, str]) -> bool:
    """A word that reads as a title but is a common noun ('al-mu'assasa', the institution, not
    the founder): roles.json '_not_role', compared on the folded text of the whole match."""
    words = _not_role_words(ctx.lang)
    return bool(words) and ctx.ft.folded[r[0]:r[1]] in words


@lru_cache(maxsize=None)
def _not_role_words(lang: str) -> frozenset[str]:
    from talentflow.lang import load
    from talentflow.lang.normalize import fold

    return frozenset(fold(w) for w in load(lang, "roles").get("_not_role", []))


def _successor_role(ctx: DocContext, hit: Hit, person: Mention | None
                    ) -> tuple[str | None, tuple[int, int] | None]:
    """'Deal ... will be replaced by Pope, the COO': Pope takes Deal's post ('who ran the
    division': head); 'chose director Mollenkopf to succeed him' (chair Kellner): chair. Not when
    the text names the new post right after ('to succeed him as chief executive')."""
    cues = _succession_rx(ctx.lang)
    if person is None or cues is None:
        return None, None
    s, e = ctx.ft.sents[hit.sent]
    folded = ctx.ft.folded
    after, before = cues
    win_a, win_b = max(s, hit.start - 3), min(e, hit.end + 3)
    persons = [m for m in starting_in(ctx, "person", s, e) if m.id != person.id]
    m_after = after.search(folded, win_a, win_b)
    m_before = before.search(folded, win_a, min(e, hit.end + 40))  # ('moves up to take Y's place')
    if m_before is not None and m_before.start() > win_b:
        m_before = None
    if m_before is None and m_after is None and hit.end <= person.start and hit.trig.kind != "departure":
        cue = _cue_after_apposition(before, folded, person.end, e)  # 'named Y, a veteran, to succeed him'
        if cue is not None:
            return _post_of_succeeded(ctx, person, cue, s, e)
    pred = None
    if m_after and person.start >= m_after.end():  # the successor follows 'replaced by'
        prior = [m for m in persons if m.end <= m_after.start()]
        pred = prior[-1] if prior else None
    elif m_before and person.end <= m_before.start():  # the successor precedes 'to succeed'
        if any(m_before.end() <= r[0] <= m_before.end() + 40 for r in ctx.roles if r[1] <= e):
            return None, None  # the new post is named
        later = [m for m in persons if m.start > m_before.start()]  # (or inside it: 'to take Y's place')
        prior = [m for m in persons if m.end <= person.start]
        pred = later[0] if later else (prior[-1] if prior else None)
    if pred is None:
        return None, None
    return _choose_role(ctx, hit, pred, None, ())


_APPOSITION_GAP = re.compile(r"\s*(?:[,\u060c][^,\u060c.;:\n]{1,60}[,\u060c]\s*)?")


def _cue_after_apposition(cue: re.Pattern, folded: str, end: int, sent_end: int) -> re.Match | None:
    """A succession cue right after the appointee, or after their apposition set off by commas
    ('appointed Y, a bank veteran, to succeed him'; Arabic 'ta'yin Y, ahad qudama muwazzafiha,
    khalafan lahu'): the appointee takes the post of the one succeeded.

    >>> import re
    >>> _cue_after_apposition(re.compile("to succeed"), "named Y, a veteran, to succeed him", 7, 34).start()
    20
    """
    gap = _APPOSITION_GAP.match(folded, end, sent_end)
    return cue.match(folded, gap.end(), sent_end) if gap is not None else None


def _post_of_succeeded(ctx: DocContext, person: Mention, cue: re.Match, s: int, e: int
                       ) -> tuple[str | None, tuple[int, int] | None]:
    """The post of the one an appointee succeeds, told by the cue after the appointee's
    apposition: the person the cue names ('to succeed X') or, for a pronoun, the last one named
    before the appointee; their post is the role nearest them outside the appointee's apposition."""
    if any(cue.end() <= r[0] <= cue.end() + 40 for r in ctx.roles if r[1] <= e):
        return None, None  # the new post is named ('to succeed him as chief executive')
    persons = [m for m in ctx.ents if m.type == "person" and s <= m.start < e and m.id != person.id]
    named = [m for m in persons if cue.start() <= m.start <= cue.end() + 3]
    prior = [m for m in persons if m.end <= person.start]
    pred = named[0] if named else (prior[-1] if prior else None)
    if pred is None:
        return None, None
    cands = [r for r in ctx.roles if s <= r[0] and r[1] <= e and not person.start <= r[0] < cue.end()
             and not _not_a_role(ctx, r)]
    near = [(min(abs(r[0] - pred.end), abs(pred.start - r[1])), r) for r in cands]
    near = [(d, r) for d, r in near if d <= 30]
    if not near:
        return None, None
    r = min(near)[1]
    return r[2], (r[0], r[1])


@lru_cache(maxsize=None)
def _succession_rx(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    from talentflow.lang import load
    from talentflow.lang.normalize import fold

    data = load(lang, "roles")
    after, before = data.get("_successor_after_cue"), data.get("_successor_before_cue")
    if not after or not before:
        return None
    def alt(c: str) -> str:  # 're:' marks a pattern ('to take X's place'), else a literal phrase
        return fold(c[3:]) if c.startswith("re:") else re.escape(fold(c))

    return tuple(re.compile(r"(?<!\w)(?:" + "|".join(alt(c) for c in cues) + r")(?!\w)")
                 for cues in (after, before))


@lru_cache(maxsize=None)
def _owner_rx(lang: str, link: str) -> re.Pattern | None:
    """The link after a trigger followed by the post's owner ('as the company's ', "as Meta's ")."""
    from talentflow.lang import load

    owner = load(lang, "roles").get("_post_owner")
    return re.compile(link.rstrip("$") + "(?:" + owner + ")") if owner else None


def _held_post(ctx: DocContext, hit: Hit, cands: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """'left Meta, where she held the post of vice president': the post held at the org left,
    told after a departure trigger with a past verb of holding."""
    rx = _cue_rx(ctx.lang, "_held_post", r"\s*$")
    if rx is None or hit.trig.kind != "departure":
        return None
    for r in cands:
        if hit.end <= r[0] <= hit.end + 120 and rx.search(ctx.ft.folded, max(hit.end, r[0] - 40), r[0]):
            return r
    return None


def _named_unit(ctx: DocContext, pos: int, key: str) -> Mention | None:
    """The org named right after its owner as the owner's unit ('of Singapore Airlines' low-cost
    arm Scoot', 'of its grocery arm, Fernway Foods'): the post is at the unit (syntax.json ``key``).

    >>> from talentflow.pipeline import extract
    >>> [(e.kind, e.org.name) for e in extract("Hollis Group named Priya Malhotra chief executive of its "
    ...                                       "grocery arm, Fernway Foods.", "en")]
    [('arrival', 'Fernway Foods')]
    """
    rx = ctx.lex.syntax.get(key)
    m = re.match(rx, ctx.ft.folded[pos:pos + 70]) if rx else None
    if m is None:
        return None
    at = pos + m.end()
    named = next((o for o in ctx.ents if o.type == "org" and at <= o.start <= at + 1), None)
    if named is None and ctx.lex.syntax.get("from_word"):  # (a script with capitals: a unit named once)
        from talentflow.pipeline.event_orgs import name_after

        word = ctx.ft.folded[pos:at].split()[-1].strip(",")
        named = next((o for o in name_after(ctx, (word,), at - len(word) - 3, at + 40) if at <= o.start <= at + 1), None)
    return named


def role_org(ctx: DocContext, role_span: tuple[int, int]) -> Mention | None:
    """The org a role phrase belongs to: 'CFO of Acme', 'الرئيس المالي للشركة' (main org)."""
    memo = ctx.memo.get("role_org")
    if memo is None:
        memo = ctx.memo["role_org"] = {}
    key = (role_span[0], role_span[1], len(ctx.ents))  # asked for every trigger near the post
    if key in memo:
        return memo[key]
    got = _role_org_at(ctx, role_span)
    if got is None or any(m is got for m in starting_in(ctx, got.type, got.start, got.start + 1)):
        memo[key] = got  # (an org named once, made afresh by name_after, is made afresh each time)
    return got


def _role_org_at(ctx: DocContext, role_span: tuple[int, int]) -> Mention | None:
    e = role_span[1]
    syn = ctx.lex.syntax
    former = ctx.lex.cues.get("former")
    if former is not None and former.search(ctx.ft.folded[max(0, role_span[0] - 20):role_span[0]]):
        return None  # 'a former Walmart executive' says nothing about the current employer
    owner = syn.get("org_owner_after")  # 'CEO of Salesforce-owned Slack': the owner describes the org
    for m in starting_in(ctx, "org", e, e + 26):
        if _rx(syn["role_org_link"]).match(ctx.ft.folded[e:m.start]) \
                and not (owner and _rx(owner).match(ctx.ft.folded[m.end:m.end + 15])):
            return _named_unit(ctx, m.end, "unit_after_owner") or m
    unit = _named_unit(ctx, e, "unit_after_role")  # 'chief executive of its grocery arm, Fernway Foods'
    if unit is not None:
        return unit
    far = syn.get("role_org_link_far")  # 'vice president for research and innovation at Ashford University'
    if far and ctx.ft.folded.startswith(" for ", e):
        for m in starting_in(ctx, "org", e + 26, e + 71):
            if _rx(far).match(ctx.ft.folded[e:m.start]):
                return m
    own = syn.get("possessive_org_after")  # 'GitHub chief executive X', 'Acme's CFO X': the org named right before
    for m in starting_in(ctx, "org", 0, role_span[0] + 1) if own else ():
        if 0 <= role_span[0] - m.end <= 3 \
                and _rx(r"\s*|" + own).fullmatch(ctx.ft.folded[m.end:role_span[0]]):
            return m
    after = ctx.ft.folded[e:e + 25]
    ana = ctx.lex.org_anaphora
    if ana is not None:
        mt = ana.search(after)
        if mt and re.match(syn["role_org_link"], after[:mt.start()]) or ana.search(ctx.ft.folded[max(role_span[0], e - 8):e]):
            from talentflow.pipeline.event_orgs import story_org

            return company_antecedent(ctx, role_span[0]) or story_org(ctx, role_span[0])  # also 'CEO of the company' as one phrase
    return None
