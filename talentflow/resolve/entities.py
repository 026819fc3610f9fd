"""Giving every person and org in a set of mentions one id: KB ids where the KB knows the
entity, and for the rest, minted ids clustered across documents with the same matching
rules (so "Jane Roe" and its Arabic spelling become one unknown person).

>>> from talentflow.kb import load_kb
>>> r = EntityResolver(load_kb())
>>> r.add({"name": "Mike Liberatore", "mention": "\u0645\u0627\u064a\u0643 \u0644\u064a\u0628\u0631\u0627\u062a\u0648\u0631", "id": None}, "person")
'person:mike-liberatore'
"""

from __future__ import annotations

from talentflow.kb import KnowledgeBase
from talentflow.lang.normalize import has_arabic
from talentflow.resolve.match import names_match
from talentflow.resolve.match import MIN_ORG_SKELETON, org_core, person_tokens, token_match
from talentflow.resolve.mint import mint_ref
from talentflow.resolve.skeleton import key, keys, name_key


def _block_keys(name: str, type: str) -> set[str]:
    """Consonant skeletons of the surname (people) or of the whole name (orgs); a short org
    name is its own key (short org names match by exact alias only)."""
    if type == "org":
        core = org_core(name)
        k = name_key(core)
        return {k if len(k) >= MIN_ORG_SKELETON else "=" + core.replace(" ", "")}
    toks = person_tokens(name)
    if not toks:
        return set()
    joined = len(toks) > 2 and len(toks[-2]) <= 3  # "Le Cun", "van Dijk": written as one word too
    return {k.consonants or "=" + toks[-1] for k in keys(toks[-1])} | (
        {key(toks[-2] + toks[-1]).consonants} if joined else set())


def _skeleton(name: str, type: str) -> str:
    if type == "org":
        return name_key(org_core(name))
    toks = person_tokens(name)
    if not toks:
        return ""
    return "-".join(key(t).consonants for t in (toks[0], toks[-1]))


class EntityResolver:
    """Collects entity references, then ``finish()`` clusters the unknown ones.

    ``add`` returns a provisional id; ``canonical(id)`` gives the final id after ``finish``.
    """

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.unknown: dict[str, dict] = {}  # provisional id -> {"type", "names": set()}
        self._final: dict[str, str] = {}
        self._names: dict[str, str] = {}

    def add(self, ref: dict | None, type: str, context: dict | None = None) -> str | None:
        """Register one reference ({"name", "mention", "id"}); return its provisional id."""
        if not ref:
            return None
        rid, texts = ref.get("id"), [t for t in (ref.get("mention"), ref.get("name")) if t]
        if rid and self.kb.get(rid):
            return rid
        for t in texts:
            e = self.kb.resolve(t, type, context)
            if e:
                return e.id
        if not texts and not rid:
            return None
        pid = rid or mint_ref(texts[0], type).id
        slot = self.unknown.setdefault(pid, {"type": type, "names": set(), "orgs": set()})
        slot["names"].update(texts)
        slot["orgs"].update((context or {}).get("org_ids") or ())
        return pid

    def finish(self) -> None:
        """Cluster the unknown ids whose names match; pick each cluster's id and name."""
        ids = sorted(self.unknown)
        parent = {i: i for i in ids}

        def root(i: str) -> str:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for a, b in self._candidate_pairs(ids):
            ua, ub = self.unknown[a], self.unknown[b]
            if self._bare(ua) or self._bare(ub):
                if not ua["orgs"] & ub["orgs"]:
                    continue  # a lone word names nobody in particular outside its org
            if any(names_match(x, y, ua["type"]) for x in ua["names"] for y in ub["names"]):
                parent[root(b)] = root(a)
        for a, b in self._surname_links(ids):
            parent[root(a)] = root(b)
        clusters: dict[str, list[str]] = {}
        for i in ids:
            clusters.setdefault(root(i), []).append(i)
        for members in clusters.values():
            head = min(members, key=lambda m: (not self._has_latin(m), m))
            for m in members:
                self._final[m] = head
            self._names[head] = self._display(head)

    def _candidate_pairs(self, ids: list[str]) -> list[tuple[str, str]]:
        """Pairs of unknown ids that share a blocking key (same type and a surname or
        org-name skeleton), in sorted order: only these can match."""
        blocks: dict[tuple[str, str], set[str]] = {}
        for i in ids:
            u = self.unknown[i]
            for n in u["names"]:
                for k in _block_keys(n, u["type"]):
                    blocks.setdefault((u["type"], k), set()).add(i)
        pairs = {tuple(sorted((a, b))) for members in blocks.values() if len(members) > 1
                 for a in members for b in members if a < b}
        return sorted(pairs)

    @staticmethod
    def _bare(u: dict) -> bool:
        """Known only by one word (a surname, a first name)."""
        return u["type"] == "person" and all(len(person_tokens(n)) < 2 for n in u["names"])

    def _surname_links(self, ids: list[str]) -> list[tuple[str, str]]:
        """A person known only by a surname ("Witty") joins the one full-named unknown
        person with that surname who appears with the same org; never when two could."""
        people = [i for i in ids if self.unknown[i]["type"] == "person"]
        full = [i for i in people if any(len(person_tokens(n)) >= 2 for n in self.unknown[i]["names"])]
        links = []
        for i in people:
            u = self.unknown[i]
            words = {person_tokens(n)[0] for n in u["names"] if len(person_tokens(n)) == 1}
            if not words or i in full:
                continue
            fits = [j for j in full if self.unknown[j]["orgs"] & u["orgs"] and any(
                token_match(w, person_tokens(n)[-1]) for w in words
                for n in self.unknown[j]["names"] if len(person_tokens(n)) >= 2)]
            if len(fits) == 1:
                links.append((i, fits[0]))
        return links

    def _has_latin(self, pid: str) -> bool:
        return any(not has_arabic(t) for t in self.unknown[pid]["names"])

    def _display(self, pid: str) -> str:
        names = sorted(self.unknown[pid]["names"])
        latin = [n for n in names if not has_arabic(n)]
        return (latin[0] if latin else mint_ref(names[0], self.unknown[pid]["type"]).name) \
            if names else pid.split(":", 1)[-1]

    def stable_key(self, pid: str | None) -> str:
        """A key for ``pid`` that does not change when a better spelling of an unknown
        entity arrives later: the KB id, or the script-neutral skeleton of its names."""
        if pid is None:
            return ""
        if self.kb.get(pid):
            return pid
        final = self._final.get(pid, pid)
        members = [m for m, f in self._final.items() if f == final] or [pid]
        names = [n for m in members for n in self.unknown.get(m, {}).get("names", ())]
        skeletons = [_skeleton(n, pid.split(":", 1)[0]) for n in names]
        return "sk:" + min((s for s in skeletons if s), default=final)

    def canonical(self, pid: str | None) -> dict | None:
        """{"id", "name"} for a provisional id (after ``finish``)."""
        if pid is None:
            return None
        e = self.kb.get(pid)
        if e:
            return {"id": e.id, "name": e.name}
        final = self._final.get(pid, pid)
        return {"id": final, "name": self._names.get(final, final.split(":", 1)[-1])}
