"""Which orgs an event is at: the org left or joined and the destination, told apart from orgs
that are only outlets ('told Reuters'), past employers ('a former Walmart executive') or
someone else's (an apposition or relative clause about another person).

>>> from talentflow.pipeline import extract
>>> [(e.org.name, e.destination.name) for e in extract("Jane Roe left Acme Corp to join Globex Inc.", "en")]
[('Acme', 'Globex')]
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.pipeline.entities import Mention
from talentflow.pipeline.entities_kb import mentions_in
from talentflow.pipeline.groups import company_antecedent, without_member_orgs
from talentflow.pipeline.lexicon import get_lexicon
from talentflow.pipeline.names_cues import name_cues
from talentflow.pipeline.persons import starting_in
from talentflow.pipeline.stints import relative_opens_after

if TYPE_CHECKING:
    from talentflow.pipeline.events import DocContext, Hit


def _orgs_in(ctx: DocContext, s: int, e: int) -> list[Mention]:
    """Orgs within [s, e), in ``ctx.ents`` order (found by bisection when it is by start)."""
    return mentions_in(ctx.ents, ctx.memo, "org", s, e)


def _subject_org(ctx: DocContext, hit: Hit) -> Mention | None:
    """'Kohl's fired ...': an unknown capitalized subject right before a transitive trigger."""
    if ctx.lang != "en":
        return None
    from talentflow.pipeline.entities import _resolve

    ft = ctx.ft
    k = ft.word_index(hit.start) - 1
    j = k + 1
    if k >= 0 and ft.words[k].text == "s" and ft.folded[ft.words[k].start - 1:ft.words[k].start] == "'":
        k -= 1
    i = k
    not_org = name_cues(ctx.lang).not_org  # 'Voters elected X', 'Shareholders named X'
    while i >= 0 and k - i < 3 and ft.original[ft.to_orig(ft.words[i].start)].isupper() \
            and ft.words[i].text not in ctx.lex.not_names and ft.words[i].text not in not_org:
        i -= 1
    i += 1
    if i > k or any(m.start < ft.words[k].end and ft.words[i].start < m.end for m in ctx.ents):
        return None
    if ft.folded[ft.words[j - 1].end:hit.start].strip(" '"):
        return None
    ref = _resolve(ft.orig_text(ft.words[i].start, ft.words[k].end), "org")
    return Mention(ft.words[i].start, ft.words[k].end, i, k + 1, "org", ref.id, ref.name, "context")


def is_destination(ctx: DocContext, org: Mention, hit: Hit) -> bool:
    """The words before ``org`` say the person went there."""
    s = ctx.ft.sents[hit.sent][0]
    memo = ctx.memo.get("destination")
    if memo is None:
        memo = ctx.memo["destination"] = {}
    key = (org.start, org.end, org.w0, s)  # the same org is asked about for each exit near it
    got = memo.get(key)
    if got is None:
        got = memo[key] = _is_destination_at(ctx, org, s)
    return got


@lru_cache(maxsize=64)
def _end_neutral(pattern: str) -> bool:
    """A match of ``pattern`` in a text with no trailing space is also one in the text plus a
    space: it ends in ``\\s*$`` and asserts nothing else about the end (no other ``$``, ``\\Z`` or
    lookahead but ``(?!\\w)``), so searching both texts is one search.

    >>> _end_neutral(r"(?:left|joined)\\s*$"), _end_neutral(r"(?:left$|joined)\\s*$")
    (True, False)
    """
    if not pattern.endswith(r"\s*$"):
        return False
    body = pattern[:-4].replace(r"(?!\w)", "").replace(r"(?![\w])", "")
    return "$" not in body and r"\Z" not in body and "(?=" not in body and "(?!" not in body


def _is_destination_at(ctx: DocContext, org: Mention, s: int) -> bool:
    left = ctx.ft.folded[max(s, org.start - 120):org.start]
    syn = ctx.lex.syntax
    left = re.sub(syn["dest_left_strip"], "", left).rstrip()
    left = re.sub(syn["dest_left_strip"], "", left).rstrip()
    if syn["dest_clitics"]:
        w = ctx.ft.words[org.w0].text
        if org.start > ctx.ft.words[org.w0].start and w.startswith(tuple(syn["dest_clitics"])) \
                and re.search(syn["dest_clitic_cue"], left.strip()):
            return True
    dest = ctx.lex.destination
    if dest.search(left.rstrip() + " ") or (not _end_neutral(dest.pattern) and dest.search(left.rstrip())):
        return True
    right = syn.get("dest_right")  # 'the start-up Zeta, which he moved to work for'
    return bool(right) and re.match(right, ctx.ft.folded[org.end:org.end + 60]) is not None


def choose_orgs(ctx: DocContext, hit: Hit, person: Mention | None) -> tuple[Mention | None, Mention | None]:
    """(org left or joined, destination) for a trigger."""
    s, e = ctx.ft.sents[hit.sent]
    orgs = _orgs_in(ctx, *_own_clause(ctx, hit, person, s, e))
    dest = None
    kind = hit.trig.kind
    inside = [o for o in orgs if hit.start < o.start and o.end < hit.end and not _medium(ctx, o)]
    if inside and kind == "arrival":  # 'ta'aqada al-ittihad al-qatari ... ma'a X': the org the trigger's words enclose signs
        return inside[0], None
    if kind == "departure":
        for o in orgs:
            if o.start >= hit.start and not _medium(ctx, o) and is_destination(ctx, o, hit) \
                    and not _others_move(ctx, hit, person, o):
                dest = o
                break
        if dest is None:  # 'left A to take up the post of chief executive at B': the post taken is at B
            dest = next((o for o in orgs if o.start >= hit.end and not _medium(ctx, o) and in_dest_clause(ctx, hit, o.start)), None)
        words = ctx.lex.syntax.get("dest_words")  # 'moved from Barclays to Ashby Mutual': named once
        if dest is None and words:
            dest = next((m for m in name_after(ctx, tuple(words), hit.end, e)
                         if _tight_after(ctx, hit, m, orgs) and is_destination(ctx, m, hit)), None)
        direct = inside or [o for o in orgs if 0 <= o.start - hit.end <= 3 and o is not dest and not _medium(ctx, o)]
        if direct:
            return direct[0], dest
        implied = _implied_org(ctx, hit, orgs)
        if implied is not None and (dest is None or implied.id != dest.id):
            return implied, dest
        subj = _sentence_subject_org(ctx, hit, orgs, s)
        if subj is not None and (dest is None or subj.id != dest.id):
            return subj, dest
    if kind == "lawsuit":
        before = [o for o in orgs if o.end <= hit.start]
        after = [o for o in orgs if o.start >= hit.end and is_destination(ctx, o, hit)]
        org = before[-1] if before else (ctx.main_org if hit.trig.form != "passive" else None)
        if hit.trig.form == "passive":
            by = [o for o in orgs if o.start >= hit.end]
            org = by[0] if by else ctx.main_org
        return org, (after[0] if after else None)
    rest = [o for o in orgs if o is not dest and (dest is None or o.id != dest.id) and not _medium(ctx, o)]
    rest = without_member_orgs(ctx, rest, s, e, hit)
    rest = [o for o in rest if not _in_others_apposition(ctx, person, o, s, e)]
    rest = _without_appositive_orgs(ctx, rest, hit)
    if kind == "departure":  # 'X, who joined from Google in 2018, will retire': the employer before this one
        rest = [o for o in rest if not (o.end <= hit.start and _joined_from(ctx, o, s))]
        rest = _without_own_relative_orgs(ctx, rest, person, hit)
    if dest is not None and any(o.start < dest.start for o in rest):
        rest = [o for o in rest if o.start < dest.start]  # 'to join DeepMind, Google's unit': the parent is the destination's
    if not rest and hit.trig.form == "obj":
        subj = _subject_org(ctx, hit)
        if subj is not None:
            return subj, dest
    implied = _implied_org(ctx, hit, orgs) if kind == "arrival" else None
    if implied is not None:  # 'ayyana al-nadi X': the club that hired is the story's
        return implied, None
    if kind == "arrival":  # 'signed X, coming from Sporting': the org named after 'from' is the one left
        after = [o for o in rest if o.start >= hit.end and not _after_from(ctx, o, s) and not _after_tenure(ctx, o)
                 and not (_in_apposition(ctx, person, o) and not (person is not None and person.end < hit.start))]
        # (an org in the person's apposition is their past, unless the join is told there too:
        # 'X, who joined its rival Y last month')
        before = [o for o in rest if o.end <= hit.start]
        if hit.trig.form == "obj" and before and not re.search(ctx.lex.syntax["join_trigger"], ctx.ft.folded[hit.start:hit.end]):
            return before[-1], None
        pick = after[0] if after and after[0].start - hit.end < 80 else (before[-1] if before else (after[0] if after else None))
        return pick or _rival_joined(ctx, hit) or story_org(ctx, hit.start), None
    anchor = person.start if person else hit.start
    rest = [o for o in rest if not _in_others_relative(ctx, o, person, hit)]
    if ctx.main_org is not None:  # '..., where it has trailed Nvidia': an org far off in a later clause is not the one left
        rest = [o for o in rest if o.start < hit.end or o.start - hit.end <= 100]
    own = _titled_org(ctx, person, hit) if kind == "departure" and all(_loose_after(ctx, hit, o) for o in rest) else None
    if own is not None and (dest is None or own.id != dest.id):
        return next((o for o in rest if o.id == own.id), own), dest
    if rest:
        pick = min(rest, key=lambda o: (abs(o.start - hit.start) + abs(o.start - anchor)) / 2)
        return pick, dest
    main = story_org(ctx, hit.start)
    org = main if (main and (dest is None or main.id != dest.id)) else None
    return org, dest


def _without_appositive_orgs(ctx: DocContext, orgs: list[Mention], hit: Hit) -> list[Mention]:
    """'Finch Robotics, a start-up backed by Oakmere Ventures, said its CTO has left': an org told
    inside another org's apposition (its owner, backer, rival), closed before the trigger, only
    describes that org, which is the one the event is at.

    >>> from talentflow.pipeline import extract
    >>> [e.org.name for e in extract("Finch Robotics, a start-up backed by Oakmere Ventures, said its chief "
    ...                              "technology officer, Ravi Menon, has left the company.", "en")]
    ['Finch Robotics']
    """
    if len(orgs) < 2:
        return orgs
    folded = ctx.ft.folded
    inner = {o.start for o in orgs if o.end < hit.start for h in orgs
             if h.end < o.start and o.start - h.end <= 72 and folded[h.end:h.end + 3].lstrip()[:1] in (",", "\u060c")
             and h.id != o.id and re.fullmatch(r"\s*[,\u060c][^,;:.()\u060c\u061b]{1,70}", folded[h.end:o.start])
             and re.match(r"[^,;:.()\u060c\u061b]{0,25}[,\u060c]", folded[o.end:hit.start])}
    return [o for o in orgs if o.start not in inner] if inner else orgs


def _rival_joined(ctx: DocContext, hit: Hit) -> Mention | None:
    """'He will join a rival next month. The Riyadh-based Wadi Capital said ...': a join whose
    object is only 'a rival' is at the org the next sentence opens with, never at the story's org
    (syntax.json ``rival_object_after``).

    >>> from talentflow.pipeline import extract
    >>> text = ("Samir Haddad has resigned as head of treasury at Corniche Bank. He will join a rival next month. "
    ...         "Wadi Capital said Haddad would be its chief financial officer.")
    >>> [(e.org.name, e.destination.name) for e in extract(text, "en")]
    [('Corniche Bank', 'Wadi Capital')]
    """
    rx = ctx.lex.syntax.get("rival_object_after")
    if not rx or not re.match(rx, ctx.ft.folded[hit.end:hit.end + 40]) or hit.sent + 1 >= len(ctx.ft.sents):
        return None
    s, e = ctx.ft.sents[hit.sent + 1]
    main = ctx.main_org
    return next((o for o in _orgs_in(ctx, s, min(e, s + 60)) if not _medium(ctx, o)
                 and (main is None or o.id != main.id)), None)


def story_org(ctx: DocContext, pos: int) -> Mention | None:
    """The org a sentence with no org of its own is about: the text's main org, unless the
    sentence calls its org by a kind ('the lender said', 'wa-qala al-masraf') the main org is not
    of (a regulator, a league, a ministry opens the story) while an org of that kind was named
    before: that one (syntax.json ``org_descriptor_kinds``: [descriptor, kind, generic]; a generic
    descriptor, 'the company', switches only from an authority, ``org_authority_kind``).

    >>> from talentflow.pipeline import extract
    >>> text = ("Regulators at the Financial Conduct Authority fined Juniper Bank on Tuesday. "
    ...         "The lender said its chief executive, Mark Dalton, would step down.")
    >>> [e.org.name for e in extract(text, "en")]
    ['Juniper Bank']
    """
    main = ctx.main_org
    kinds = _descriptor_kinds(ctx.lang)
    if main is None or not kinds:
        return main
    sent = ctx.ft.sent_of(pos)
    memo = ctx.memo.setdefault("story_org", {})
    if sent not in memo:
        memo[sent] = _kind_antecedent(ctx, main, kinds, *ctx.ft.sents[sent]) or main
    return memo[sent]


def _kind_antecedent(ctx: DocContext, main: Mention, kinds: list, s: int, e: int) -> Mention | None:
    folded = ctx.ft.folded
    if _descriptor_kinds(ctx.lang + "?").search(folded, s, e) is None:  # (one scan for any descriptor)
        return None
    for desc, kind, generic in kinds:
        m = desc.search(folded, s, e)
        if m is None:
            continue
        if generic:  # 'the company': any org but an authority, once the main org is one
            authority = _descriptor_kinds(ctx.lang + "!")
            if not authority.search(_kind_text(ctx, main)):
                return None
            fits = lambda o: not authority.search(_kind_text(ctx, o))  # noqa: E731
        elif kind.search(_kind_text(ctx, main)):
            return None  # (the main org is of that kind)
        else:
            fits = lambda o: kind.search(_kind_text(ctx, o)) is not None  # noqa: E731
        return next((o for o in reversed(ctx.ents) if o.type == "org" and o.end <= m.start() and fits(o)
                     and not (_medium(ctx, o) if generic else _former_of(ctx, o))), None)  # (a bank fined: 'ala)
    return None


def _kind_text(ctx: DocContext, o: Mention) -> str:
    """The org's words and the few before them ('nadi al-Shuruq', 'the club Redmoor')."""
    return ctx.ft.folded[max(0, o.start - 10):o.end]


@lru_cache(maxsize=None)
def _descriptor_kinds(lang: str):
    """[(descriptor rx, kind rx, generic)] of a language; ``lang + '!'``: its authority-kind rx;
    ``lang + '?'``: the literal cue any of its descriptors holds (``org_descriptor_cue``)."""
    if lang.endswith("!"):
        return re.compile(get_lexicon(lang[:-1]).syntax.get("org_authority_kind") or "(?!)")
    if lang.endswith("?"):  # (a fast literal cue: some descriptor may be there)
        return re.compile(get_lexicon(lang[:-1]).syntax.get("org_descriptor_cue") or "(?!)")
    rows = get_lexicon(lang).syntax.get("org_descriptor_kinds") or []
    return [(re.compile(d), re.compile(k), bool(g)) for d, k, g in rows]


def _own_clause(ctx: DocContext, hit: Hit, person: Mention | None, s: int, e: int) -> tuple[int, int]:
    """The part of sentence [s, e) that tells this event: another clause joined by 'while' or a
    semicolon ('X becomes interim CEO, while Rival named Y', '..., fima ayyana bank Z ...') tells
    another org's news, so its orgs are not this event's (syntax.json ``other_clause_cue``).

    >>> from talentflow.pipeline import extract
    >>> [e.org.name for e in extract("Harwell Bank said its finance director Ann Roe would become interim chief executive, "
    ...                              "while Corvane Capital named Tom Pike as its chief executive.", "en")]
    ['Harwell Bank', 'Corvane Capital']
    """
    memo = ctx.memo.setdefault("other_clauses", {})
    cues = memo.get(s)
    if cues is None:
        rx = ctx.lex.syntax.get("other_clause_cue")
        cues = memo[s] = [(s + m.start(), s + m.end()) for m in re.finditer(rx, ctx.ft.folded[s:e])] if rx else []
    if not cues:
        return s, e
    a, b = hit.start, hit.end
    if person is not None and s <= person.start < e:
        a, b = min(a, person.start), max(b, person.end)
    lo, hi = s, e
    for c0, c1 in cues:
        if c1 <= a:
            lo = c1
        elif c0 >= b:
            hi = c0
            break
    return lo, hi


def _sentence_subject_org(ctx: DocContext, hit: Hit, orgs: list[Mention], s: int) -> Mention | None:
    """'Redmoor Rovers hired K from Grantham Athletic, three days after sacking P' ('ba'da thalathat
    ayyam min iqalat ...'): an exit told in a time adjunct with no subject of its own is done by
    the sentence's subject, the org that opens it, not by another org named nearer
    (syntax.json ``time_adjunct_before``); not when the exit names its org ('after his exit from X').

    >>> from talentflow.pipeline import extract
    >>> [(e.person.name, e.org.name) for e in extract("Redmoor Rovers hired Lukas Kessler from Grantham Athletic "
    ...     "on Monday to be their new manager, three days after sacking Owen Pryde.", "en")][-1]
    ('Owen Pryde', 'Redmoor Rovers')
    """
    rx = ctx.lex.syntax.get("time_adjunct_before")
    if not rx or not re.search(rx, ctx.ft.folded[max(s, hit.start - 40):hit.start]):
        return None
    first = next((o for o in orgs if o.end <= hit.start), None)
    if first is None or first.start - s > 40 or _medium(ctx, first) or _from_before(ctx, first.start, s) \
            or any(o.start >= hit.end and _from_before(ctx, o.start, s) for o in orgs):
        return None
    return first


def _others_move(ctx: DocContext, hit: Hit, person: Mention | None, org: Mention) -> bool:
    """The org joined is told of someone else: in their relative clause ('..., and C, who joined
    rival B') or in a time adjunct they are the subject of ('X left A, a week after C, who ran its
    retail arm, joined rival B'), so it is not where this exit's person goes."""
    if person is None:
        return False
    if _in_others_relative(ctx, org, person, hit):
        return True
    adjunct = ctx.lex.syntax.get("time_adjunct_before")  # ('..., a week after C ... joined B')
    if not adjunct:
        return False
    between = mentions_in(ctx.ents, ctx.memo, "person", hit.end, org.start)
    return any(m.id != person.id and re.search(adjunct, ctx.ft.folded[max(hit.end, m.start - 40):m.start])
               for m in between)


def _loose_after(ctx: DocContext, hit: Hit, org: Mention) -> bool:
    """``org`` comes after the trigger, past a clause break ('will step down in June, days after
    Vodafone announced ...'): nothing ties it to the exit."""
    return org.start >= hit.end and re.search(r"[,;:\u060c\u061b]", ctx.ft.folded[hit.end:org.start]) is not None


def _titled_org(ctx: DocContext, person: Mention | None, hit: Hit) -> Mention | None:
    """The org a title gives the person at a mention up to this trigger ('Veltra Telecom, whose
    chief executive Marta Kowalczyk', 'X, chief executive of Y', 'al-ra'is al-tanfidhi li-sharikat Y
    X'): their employer, which a later exit told by surname or pronoun leaves.

    >>> from talentflow.pipeline import extract
    >>> text = ("Orange and Vodafone cut prices again. Veltra Telecom, whose chief executive Marta Kowalczyk "
    ...         "faces investor anger, fell 4%. Kowalczyk said she would step down, days after Vodafone's cuts.")
    >>> [(e.person.name, e.org.name) for e in extract(text, "en")]
    [('Marta Kowalczyk', 'Veltra Telecom')]
    """
    if person is None or person.id is None:
        return None
    memo = ctx.memo.setdefault("titled_org", {})
    key = (person.id, hit.start)
    if key not in memo:
        memo[key] = next((o for p in ctx.ents if p.type == "person" and p.id == person.id and p.start <= hit.start
                          for o in (_title_org_at(ctx, p),) if o is not None), None)
    return memo[key]


def _title_org_at(ctx: DocContext, p: Mention) -> Mention | None:
    """The org of a title right before or in apposition after this person mention, or of a
    relative clause saying they run it now (syntax.json ``person_leads_org``)."""
    from talentflow.pipeline.roles import role_org

    appos = ctx.lex.syntax.get("apposition_head") or r"\s*[,\u060c]\s*"
    whose = ctx.lex.syntax.get("org_whose_role")
    folded = ctx.ft.folded
    leads = ctx.lex.syntax.get("person_leads_org")  # 'X, who has run Larchmont Savings since 2015'
    m = re.match(leads, folded[p.end:p.end + 60]) if leads else None
    if m is not None:
        at = p.end + m.end()
        o = next(iter(starting_in(ctx, "org", at, at + 13)), None)
        if o is not None and not _medium(ctx, o):
            return o
    for r0, r1, _code in ctx.roles[bisect_left(ctx.roles, (p.start - 100,)):]:
        if r0 > p.end + 3:
            break
        before = r1 <= p.start and p.start - r1 <= 40
        if not (before or (p.end < r0 and re.fullmatch(appos, folded[p.end:r0]))):
            continue
        o = role_org(ctx, (r0, r1))
        if before and (o is None or not 0 <= p.start - max(r1, o.end) <= 2):
            o = None if p.start - r1 > 2 else next(
                (m for m in ctx.ents if whose and m.type == "org" and m.end <= r0 and r0 - m.end <= 40
                 and re.fullmatch(whose, folded[m.end:r0])), o)
        if o is not None and not _medium(ctx, o):
            return o
    return None


def _without_own_relative_orgs(ctx: DocContext, orgs: list[Mention], person: Mention | None, hit: Hit) -> list[Mention]:
    """'Pellow Stores said CEO Amy Clark, who has come under fire from investors including Harbor
    Capital, is stepping down': an org inside the leaver's own relative clause, closed before the
    exit, only tells about them; the org named before them is the one left.

    >>> from talentflow.pipeline import extract
    >>> [e.org.name for e in extract("Pellow Stores said CEO Amy Clark, who was criticised by Harbor "
    ...                              "Capital, is stepping down.", "en")]
    ['Pellow Stores']
    """
    if person is None or len(orgs) < 2 or not any(o.end <= person.start for o in orgs):
        return orgs
    folded = ctx.ft.folded
    inner = {o.start for o in orgs if person.end < o.start and o.end < hit.start and _in_apposition(ctx, person, o)
             and relative_opens_after(ctx, person.end, o.start) is not None and "," in folded[o.end:hit.start]}
    return [o for o in orgs if o.start not in inner] if inner else orgs


def _in_others_relative(ctx: DocContext, org: Mention, person: Mention | None, hit: Hit) -> bool:
    """'Y succeeds X, who has led Zain since 2020, the current CEO Z': an org in a relative clause
    about another person (not holding the trigger) is theirs, not the org the trigger's person left."""
    s = ctx.ft.sents[hit.sent][0]
    for p in starting_in(ctx, "person", s, org.start + 1):
        if p.end > org.start or (person is not None and p.id == person.id):
            continue
        if _in_apposition(ctx, p, org) and relative_opens_after(ctx, p.end, org.start) is not None \
                and not p.end < hit.start < org.start:
            return True
    return False


def _implied_org(ctx: DocContext, hit: Hit, orgs: list[Mention]) -> Mention | None:
    """'aqalahu al-ittihad' (the federation sacked him): a generic org noun right after the
    trigger, its agent or object, is the story's org, not another org named later in the sentence."""
    rx = ctx.lex.syntax.get("implied_org_after")
    if not rx or ctx.main_org is None or any(0 <= o.start - hit.end <= 3 for o in orgs) \
            or not re.match(rx, ctx.ft.folded[hit.end:hit.end + 30]):
        return None
    noun = ctx.lex.syntax.get("company_noun")  # 'the company' may be one named earlier; 'the club' is the story's
    said = noun and noun in re.match(rx, ctx.ft.folded[hit.end:hit.end + 30]).group()
    return (company_antecedent(ctx, hit.start) if said else None) or story_org(ctx, hit.start)


def _joined_from(ctx: DocContext, org: Mention, floor: int) -> bool:
    """The org comes right after a join told with 'from' ('who joined from Google')."""
    from talentflow.lang import load

    rx = load(ctx.lang, "roles").get("_joined_from")
    return bool(rx) and re.search(rx, ctx.ft.folded[max(floor, org.start - 30):org.start]) is not None


def _after_from(ctx: DocContext, org: Mention, floor: int) -> bool:
    """The org comes right after 'from' ('joined B from A', Arabic 'qadiman min A'), perhaps
    after the noun of its kind ('from the bank Globex', 'qadiman min sharikat A')."""
    return _from_before(ctx, org.start, floor)


def from_name(ctx: DocContext, s: int, e: int) -> Mention | None:
    """An employer named once, right after 'from' in [s, e) ('hired Tom Barrow from Kestrel
    Mining', 'joins Acme from Borlington Freight as CFO'): the capitalized words there, when no
    rule has made them an entity (English: capitals mark names; a month or a day is not one).

    >>> from talentflow.pipeline import extract
    >>> [(e.kind, e.org.name) for e in extract("Acme Corp hired Tom Barrow from Kestrel Mining.", "en")]
    [('departure', 'Kestrel Mining')]
    """
    word = ctx.lex.syntax.get("from_word")  # (a script with capitals: English)
    return next(name_after(ctx, (word,), s, e), None) if word else None


def name_after(ctx: DocContext, cue_words: tuple[str, ...], s: int, e: int) -> Iterator[Mention]:
    """Capitalized words no rule has made an entity, right after one of ``cue_words`` in [s, e)
    ('from Kestrel Mining', 'to Ashby Mutual'), as org mentions, in text order.

    >>> from talentflow.pipeline import extract
    >>> [(e.org.name, e.destination.name) for e in extract("Sam Hale moved from Barclays to Ashby Mutual.", "en")]
    [('Barclays', 'Ashby Mutual')]
    """
    from talentflow.pipeline.entities import _resolve

    ft, words = ctx.ft, ctx.ft.words
    for word in cue_words:
        at = ft.folded.find(word, s, e)
        while at >= 0:
            k = ft.word_index(at) + 1
            at = ft.folded.find(word, at + 1, e)
            if k >= len(words) or words[k].end > e or words[k - 1].text != word:
                continue
            if words[k].text == "the" and k + 1 < len(words):
                k += 1
            w = words[k]
            k += 1
            if not ft.original[ft.to_orig(w.start)].isupper() or w.text in ctx.lex.not_names:
                continue
            j = k
            while j < len(words) and j - k < 4 and words[j].end <= e and ft.folded[words[j - 1].end:words[j].start] in (" ", "-") \
                    and ft.original[ft.to_orig(words[j].start)].isupper() and words[j].text not in ctx.lex.not_names:
                j += 1
            a, b = w.start, words[j - 1].end
            if any(m.start < b and a < m.end for m in ctx.ents) or any(d.start < b and a < d.end for d in ctx.dates):
                continue
            ref = _resolve(ft.orig_text(a, b), "org")
            yield Mention(a, b, k - 1, j, "org", ref.id, ref.name, "context")


def in_dest_clause(ctx: DocContext, hit: Hit, pos: int) -> bool:
    """``pos`` lies in a clause of purpose right after an exit, no comma between ('left A to take up
    the post of CEO at B', 'ghadara A li-tawalli mansib ... fi B'): what it names is where the
    person goes.

    >>> from talentflow.pipeline import extract
    >>> [(e.org.name, e.destination.name) for e in extract("Sam Hale left Barclays to take up the post of chief executive at HSBC.", "en")]
    [('Barclays', 'HSBC')]
    """
    cue = ctx.lex.syntax.get("dest_clause_cue")
    return bool(cue) and hit.trig.kind == "departure" and hit.end <= pos \
        and re.search(cue, ctx.ft.folded[hit.end:pos]) is not None and not re.search(r"[,;:\u060c\u061b]", ctx.ft.folded[hit.end:pos])


def _tight_after(ctx: DocContext, hit: Hit, m: Mention, orgs: list[Mention]) -> bool:
    """Only the org left and a few words stand between the exit and ``m`` ('left Harwick Bank to
    join M', 'moved from Barclays to M'), no clause ('..., whom he led to the African ...')."""
    gap = ctx.ft.folded[hit.end:m.start]
    for o in orgs:
        if hit.end <= o.start and o.end <= m.start:
            gap = gap.replace(ctx.ft.folded[o.start:o.end], " ")
    return not re.search(r"[,;:\u060c]", gap) and len(gap.split()) <= 4


def _from_before(ctx: DocContext, pos: int, floor: int) -> bool:
    """'from' (or its language's cue) ends right before ``pos``, perhaps with the noun of the
    org's kind between ('from the bank X', 'qadiman min sharikat X')."""
    memo = ctx.memo.setdefault("from_before", {})
    got = memo.get((pos, floor))
    if got is None:
        left = ctx.ft.folded[max(floor, pos - 30):pos]
        cue = ctx.lex.syntax["from_cue"]
        got = memo[pos, floor] = bool(re.search(cue, left[-12:]) or re.search(
            cue, re.sub(ctx.lex.syntax["dest_left_strip"], "", left).rstrip() + " ")) or _from_descriptor(ctx, pos, floor)
    return got


def _from_descriptor(ctx: DocContext, pos: int, floor: int) -> bool:
    """'from' and one or two lower-case words that say what the org is ('joins from tour
    operator Kestrel', 'from mortgage lender Tarrant Bank'): syntax.json ``from_descriptor``, read
    on the text as written (a capital starts the name).

    >>> from talentflow.pipeline import extract
    >>> [(e.kind, e.org.name) for e in extract("Mia Roe, a veteran, joins from tour operator Kestrel Travel.", "en")]
    [('departure', 'Kestrel Travel')]
    """
    rx = ctx.lex.syntax.get("from_descriptor")
    if not rx or "from" not in ctx.ft.folded[max(floor, pos - 30):pos]:
        return False
    m = re.search(rx, ctx.ft.orig_text(max(floor, pos - 30), pos))
    return m is not None and not any(w in ctx.lex.stopwords for w in m.group(1).split())


def _after_tenure(ctx: DocContext, org: Mention) -> bool:
    """The org comes right after a stint's length ('after 16 years at Google'): a past employer."""
    link = ctx.lex.data["durations"].get("org_link")
    return bool(link) and any(d.tenure and 0 <= org.start - d.end <= 8 and re.fullmatch(link, ctx.ft.folded[d.end:org.start])
                              for d in ctx.durations)


def _in_others_apposition(ctx: DocContext, person: Mention | None, org: Mention, s: int, e: int) -> bool:
    """'X, who has led Telia since 2020, succeeds Y, who told the board ...': an org told in the
    apposition of someone else in the sentence is theirs, not the org of this event's person."""
    if person is None or ctx.lang != "ar":
        return False
    return any(m.id != person.id and _in_apposition(ctx, m, org) for m in starting_in(ctx, "person", s, e))


def _in_apposition(ctx: DocContext, person: Mention | None, org: Mention) -> bool:
    """'hired Jane Roe, who co-founded Globex, as ...': an org in the person's apposition is their past."""
    if person is None or org.start < person.end or org.start - person.end > 80:
        return False
    return re.fullmatch(r"\s*,[^,.]*", ctx.ft.folded[person.end:org.start]) is not None


def _medium(ctx: DocContext, org: Mention) -> bool:
    """An org named as a channel or outlet ('via LinkedIn', 'told Reuters') or as a former
    employer ('a former Walmart executive'), not the employer the event is about."""
    memo = ctx.memo.setdefault("medium", {})
    key = (org.start, org.end)  # asked for every trigger of the sentence: the words around stay
    got = memo.get(key)
    if got is None:
        got = memo[key] = _medium_at(ctx, org)
    return got


def _medium_at(ctx: DocContext, org: Mention) -> bool:
    left = ctx.ft.folded[max(0, org.start - 80):org.start]  # wide enough for 'a former head of the bank '
    rx = _medium_rx(ctx.lang)
    if rx is not None and rx.search(left) is not None:
        return True
    if _outlet_says(ctx, org, left):
        return True
    right = ctx.lex.syntax.get("org_not_employer_right")  # 'Bloomberg reported that ...'
    return bool(right) and re.match(right, ctx.ft.folded[org.end:org.end + 40]) is not None


def _outlet_says(ctx: DocContext, org: Mention, left: str) -> bool:
    """'wa-qalat sahifat X' (an outlet noun heads the org, a reporting verb stands before it): the
    outlet that tells the news, not anyone's employer (syntax.json ``org_outlet_head``,
    ``org_outlet_said_left``)."""
    head, said = ctx.lex.syntax.get("org_outlet_head"), ctx.lex.syntax.get("org_outlet_said_left")
    return bool(head and said) and re.match(head, ctx.ft.folded[org.start:org.end + 1]) is not None \
        and re.search(said, left) is not None


@lru_cache(maxsize=None)
def _medium_rx(lang: str) -> re.Pattern | None:
    lex = get_lexicon(lang)
    parts = [lex.syntax["org_not_employer_left"]]
    former = lex.cues.get("former")
    if former is not None:  # Arabic 'al-ra'is al-asbaq li-Facebook': the clitic before the org
        parts.append(r"(?:" + former.pattern + r")\s*" + (lex.syntax.get("former_org_clitic") or "") + "$")
    return re.compile("|".join(f"(?:{p})" for p in parts if p)) if any(parts) else None


def _former_of(ctx: DocContext, org: Mention) -> bool:
    """A 'former' cue stands in the few words before ``org`` ('the former CFO of Acme', 'al-ra'is
    al-sabiq li-Acme'): a past employer, not an outlet."""
    former = ctx.lex.cues.get("former")
    return former is not None and former.search(ctx.ft.folded, max(0, org.start - 40), org.start) is not None


def ministry_org(ctx: DocContext, role_span: tuple[int, int]) -> Mention | None:
    """The org of a minister whose story names none: the government the text names, else the
    ministry the title names ('وزير الصحة' left the Ministry of Health; syntax.json
    ``minister_role``, ``ministry_field_after``, ``ministry_name_noun``, ``government_noun``).

    >>> from talentflow.pipeline import extract
    >>> [e.org.mention for e in extract("أعفي وزير الصحة فؤاد سالم من منصبه.", "ar")]
    ['الصحة']
    """
    syn = ctx.lex.syntax
    minister, field, noun = syn.get("minister_role"), syn.get("ministry_field_after"), syn.get("ministry_name_noun")
    f = ctx.ft.folded
    if not (minister and field and noun) or not re.fullmatch(minister, f[role_span[0]:role_span[1]]):
        return None
    gov = syn.get("government_noun")
    for m in ctx.ents:
        if gov and m.type == "org" and re.match(gov, f[m.start:m.end]):
            return m  # 'حكومة مدبولي', 'الحكومة الأردنية': a minister leaves the government
    got = re.match(field, f[role_span[1]:role_span[1] + 60])
    if got is None:
        return None
    from talentflow.pipeline.entities import _resolve

    s, e = role_span[1] + got.start(1), role_span[1] + got.end(1)
    ref = _resolve(noun + " " + ctx.ft.orig_text(s, e), "org")
    return Mention(s, e, ctx.ft.word_index(s), ctx.ft.word_index(e - 1) + 1, "org", ref.id, ref.name, "context")
