"""Counting rules across one document's drafted events (events.md).

A move is one departure with a destination; a join that only starts a stint reported ending
becomes that departure's ``started``; mentions of one event merge; career history told in
passing (a move well before publication) is not news.

>>> apply_counting_rules([])
[]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from talentflow.pipeline.dates import long_before, month_diff

if TYPE_CHECKING:
    from talentflow.pipeline.events import Draft


def apply_counting_rules(drafts: list[Draft]) -> list[Draft]:
    """Merge mentions of one event; joins that start an ended stint become ``started``."""
    # 'X has been without a club since leaving': a departure the text does not place at the org
    # the person is joining is from somewhere else
    joined: dict[tuple[str, str], int] = {}
    for d in drafts:
        if d.kind in ("arrival", "role_change") and d.person and d.org and not _old_news(d):  # 'who joined X in 2021' is history
            joined.setdefault((d.person.id, d.org.id), d.hit.sent)
    drafts = [d for d in drafts if not (d.kind == "departure" and d.person and d.org and not d.org_named
                                        and d.destination is None
                                        and joined.get((d.person.id, d.org.id), d.hit.sent) < d.hit.sent)]
    drafts = _returns(drafts)
    out: list[Draft] = []
    by_key: dict[tuple, Draft] = {}
    departures: dict[str, Draft] = {}
    dests: dict[str, set[str]] = {}
    for d in drafts:
        if d.kind == "departure" and d.person:
            departures.setdefault(d.person.id, d)
            if d.destination is not None:
                dests.setdefault(d.person.id, set()).update((d.destination.id, d.destination.name + " "))
    for d in drafts:
        pid = d.person.id if d.person else None
        # 'Y, who retired in 2020, will become CEO': an old exit is history, not this post's start
        fresh = pid in departures and not (_old_news(departures[pid]) and not _old_news(d))
        if d.kind == "role_change" and fresh and _new_post_same_org(departures[pid], d):
            continue  # 'stepped down as CFO and was promoted to COO': one move inside the org
        if d.kind == "arrival" and fresh:
            dep = departures[pid]
            if d.org is None or dep.org is None or d.org.id == dep.org.id:
                if d.hit.sent == dep.hit.sent and d.hit.start > dep.hit.start and d.role and d.role != dep.role:
                    dep.kind, dep.role, dep.role_span = "role_change", d.role, d.role_span  # new post, same org
                elif not dep.started and d.date:
                    dep.started = d.date
                continue
            if dep.destination is None and (d.hit.sent >= dep.hit.sent or _joins_later(d, dep)):
                dep.destination = d.org
                continue
            known = dests.get(pid, set())  # the destination itself or a unit named after it ('Microsoft AI')
            if d.org.id in known or any(d.org.name.startswith(n) for n in known if n.endswith(" ")):
                continue
        twin = next((x for x in out if d.kind == "arrival" and pid and x.kind == "arrival" and x.person
                     and x.person.id == pid and x.hit.sent == d.hit.sent), None)
        if twin is not None:  # 'hired X, who ran Y for a decade, to join its leadership team': one join
            _merge(twin, d)
            continue
        key = (d.kind, pid, d.org.id if d.org else None) if pid else (d.kind, None, d.org.id if d.org else None, d.hit.start)
        if d.kind == "departure" and pid is not None:
            key = (d.kind, pid)
            if _history_apart(by_key.get(key), d):
                _history_start(by_key[key], d)
                key = (d.kind, pid, _old_news(d))
        if key in by_key:
            _merge(by_key[key], d)
            continue
        by_key[key] = d
        out.append(d)
    moved = {(d.person.id, d.destination.id): d.role for d in out
             if d.kind == "departure" and d.person and d.destination and not _old_news(d)}
    # a move is one event: no separate arrival at its destination, wherever the text tells it, nor
    # the post taken there told again ('named X its president ... She succeeds Y': not a promotion);
    # a move that is career history ('joined Orrin in 2016 from Velden') is not this year's post there
    out = [d for d in out if not (d.kind in ("arrival", "role_change") and d.person and d.org
                                  and (d.person.id, d.org.id) in moved
                                  and (d.kind == "arrival" or d.role in (None, moved[d.person.id, d.org.id])))]
    _joined_long_ago(out)
    prev_date = None
    for d in sorted(out, key=lambda d: d.hit.start):
        if d.date is None and prev_date is not None and d.kind != "lawsuit":
            d.date = prev_date
        elif d.date is not None and not _old_news(d):  # career history lends no date to the news
            prev_date = d.date
    out = [d for d in out if not _old_news(d)]
    sued = {(d.person.id, d.org.id): d.destination for d in out
            if d.kind == "lawsuit" and d.person and d.org and d.destination}
    for d in out:
        if d.kind == "departure" and d.destination is None and d.person and d.org:
            d.destination = sued.get((d.person.id, d.org.id))  # 'sued X for leaving to join Y ... he left in May'
        if d.started and d.date and d.started >= d.date:
            d.started = None
        if d.kind == "arrival":
            d.tenure = None  # a join starts a stint: 'who ran X for a decade' is the stint before it
        if d.tenure is None and d.started and d.date:
            d.tenure = month_diff(d.started, d.date)
        if d.destination is not None and d.org is not None and d.destination.id == d.org.id:
            d.destination = None
    return out


def _joined_long_ago(out: list[Draft]) -> None:
    """'Stellan appointed Marco Ruiz head coach ... Ruiz moved to Stellan in 2017 from Porto Azul':
    a post given to someone whose join there is career history, and who is not told leaving it,
    is a role change inside the org, not an arrival.

    >>> from talentflow.pipeline import extract
    >>> [e.kind for e in extract("Stellan Athletic appointed Marco Ruiz head coach on Monday. Ruiz moved "
    ...                          "to Stellan Athletic in 2017 from Porto Azul.", "en", published="2025-03-01")]
    ['role_change']
    """
    if not any(d.kind == "arrival" for d in out):
        return
    old = {(d.person.id, (d.destination if d.kind == "departure" else d.org).id) for d in out
           if d.person and d.kind in ("departure", "arrival") and (d.destination if d.kind == "departure" else d.org)
           and _old_news(d)}
    if not old:
        return
    left = {(d.person.id, d.org.id) for d in out if d.kind == "departure" and d.person and d.org}
    for d in out:
        if d.kind == "arrival" and d.person and d.org and (d.person.id, d.org.id) in old \
                and (d.person.id, d.org.id) not in left and not _old_news(d):
            d.kind = "role_change"


def _returns(drafts: list[Draft]) -> list[Draft]:
    """'X, who left Intel's board in August, was named its chief executive': an exit dated
    before the person's new post at the same org is the end of an earlier stint, and the
    post is a return from outside (an arrival), not a role change."""
    posts = {(d.person.id, d.org.id): d for d in drafts
             if d.kind in ("arrival", "role_change") and d.person and d.org and d.date}
    out = []
    for d in drafts:
        new = posts.get((d.person.id, d.org.id)) if d.kind == "departure" and d.person and d.org else None
        if new is not None and d.date and d.destination is None and _earlier(d.date, new.date):
            new.kind = "arrival"
            continue
        out.append(d)
    return out


def _earlier(a: str, b: str) -> bool:
    """``a`` is surely before ``b`` at the precision both give ('2024' is not before '2024-03')."""
    n = min(len(a), len(b), 7)
    return a[:n] < b[:n]


def _joins_later(arr: Draft, dep: Draft) -> bool:
    """'Y will join B on 9 September ... Y will leave A at the end of the month': a join told
    before the exit is the same move when it is not dated before the exit."""
    return bool(arr.date and dep.date and arr.date[:7] >= dep.date[:7]) and not _old_news(dep)


def _new_post_same_org(dep: Draft, d: Draft) -> bool:
    """A new post taken at the org just left, told in the same sentence, turns the exit into
    that role change (``dep`` is changed in place)."""
    if dep.destination is not None or d.hit.sent != dep.hit.sent or d.hit.start < dep.hit.start:
        return False
    if d.org is not None and dep.org is not None and d.org.id != dep.org.id:
        return False
    if not d.role or d.role == dep.role:
        return False
    dep.kind, dep.role, dep.role_span = "role_change", d.role, d.role_span
    dep.org = dep.org or d.org
    return True


def _history_apart(keep: Draft | None, d: Draft) -> bool:
    """'X has resigned from B ... X, who left A in 2016, ...': an exit dated as career history
    and an exit that is not are two events unless both name the same org; merged, the old
    date would make the news look old."""
    if keep is None or _old_news(keep) == _old_news(d):
        return False
    return keep.org is None or d.org is None or keep.org.id != d.org.id


def _history_start(a: Draft, b: Draft) -> None:
    """'X left B for C ... X had joined B in 2021, coming from A': the old move into the org the
    news exit leaves dates the start of the stint that ends."""
    old, new = (a, b) if _old_news(a) else (b, a)
    if new.started is None and old.date and old.destination is not None and new.org is not None \
            and old.destination.id == new.org.id:
        new.started = old.date


def _old_news(d: Draft) -> bool:
    """A move dated well over a year before publication is career history, not news."""
    pub = d.hit and getattr(d, "published", None)
    return bool(pub and d.date and d.kind in ("departure", "arrival", "role_change")
                and long_before(d.date, pub))


def _merge(keep: Draft, other: Draft) -> None:
    pub = keep.published
    if pub and keep.date and other.date and len(other.date) >= 7 and other.date[:10] > pub >= keep.date[:10]:
        keep.date = other.date  # 'is stepping down, it said on Tuesday ... will leave on June 3': the effective date
    elif pub and keep.date and other.date == pub[:4] and other.date_ahead and not keep.date_ahead and keep.date[:10] <= pub:
        keep.date = other.date  # '... would stay through the end of the year': a year-end exit is dated by its year
    for f in ("org", "destination", "role", "role_span", "date", "started", "tenure"):
        if getattr(keep, f) is None and getattr(other, f) is not None:
            setattr(keep, f, getattr(other, f))
    if keep.coref and not other.coref:
        keep.coref = False
    keep.confidence = min(0.97, max(keep.confidence, other.confidence) + 0.03)
