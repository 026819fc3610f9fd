"""Core objects that flow through talentflow's stages.

Every offset anywhere refers to ``Document.text`` exactly as read. The JSON shape of an
``EventMention`` is the public contract of shared/spec/events.md (``to_dict``).

>>> Document(text="Jane Doe left Acme.").id.startswith("doc:")
True
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

EVENT_KINDS = ("departure", "arrival", "role_change", "lawsuit", "claim")
ATTRIBUTIONS = ("self", "company", "sources", "media", "analyst")
STANCES = ("asserted", "denied")
ROLE_CODES = (
    "ceo", "cfo", "cto", "coo", "cpo", "cmo", "general_counsel", "lawyer",
    "chief_scientist", "cofounder", "president", "chair", "board_member", "vp", "head",
    "director", "engineer", "researcher", "advisor", "executive", "employee", "other",
)
DRIVERS = (
    "leadership_conflict", "financial_disagreement", "values_divergence", "workload_culture",
    "controversy", "restructuring", "poached", "career_move", "new_venture",
    "family_personal", "health", "death", "retirement", "dismissal", "misconduct_legal",
    "unstated",
)


def content_hash(text: str, n: int = 16) -> str:
    """Hex digest prefix of the SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


@dataclass
class Document:
    """One text as read, with its metadata. ``id`` is the content hash of ``text``."""

    text: str
    lang: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # path, feed, or "-" for stdin
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "doc:" + content_hash(self.text)


@dataclass
class EntityRef:
    """A reference from an event to a person or org: canonical name, words used, id."""

    name: str | None
    mention: str | None = None
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mention": self.mention, "id": self.id}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> EntityRef | None:
        if d is None:
            return None
        return cls(name=d.get("name"), mention=d.get("mention"), id=d.get("id"))


@dataclass
class Reason:
    """Why someone left, as one text says it: driver code, who says it, stance, words."""

    driver: str
    attributed_to: str
    stance: str = "asserted"
    evidence: str = ""
    span: tuple[int, int] | None = None  # offsets of the evidence in the document text

    def to_dict(self) -> dict[str, Any]:
        d = {"driver": self.driver, "attributed_to": self.attributed_to,
             "stance": self.stance, "evidence": self.evidence}
        if self.span is not None:
            d["span"] = list(self.span)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Reason:
        span = d.get("span")
        return cls(driver=d["driver"], attributed_to=d.get("attributed_to", "media"),
                   stance=d.get("stance", "asserted"), evidence=d.get("evidence", ""),
                   span=tuple(span) if span else None)


@dataclass
class Source:
    """Where a mention was read: document id, url, publication date, language, span."""

    doc: str
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    span: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "url": self.url, "published": self.published,
                "lang": self.lang, "span": list(self.span)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(doc=d["doc"], url=d.get("url"), published=d.get("published"),
                   lang=d.get("lang"), span=tuple(d.get("span") or (0, 0)))


@dataclass
class EventMention:
    """One personnel event as one document states it (shared/spec/events.md)."""

    kind: str
    person: EntityRef | None = None
    org: EntityRef | None = None
    role: str | None = None
    role_mention: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    started: str | None = None
    tenure_months: int | None = None
    destination: EntityRef | None = None
    reasons: list[Reason] = field(default_factory=list)
    source: Source | None = None
    confidence: float = 0.5
    scope: str | None = None  # claims only: "org" | "industry"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Deterministic id: document, span, kind and person."""
        src = self.source
        key = "|".join([
            src.doc if src else "", str(list(src.span)) if src else "", self.kind,
            (self.person.id or self.person.name or "") if self.person else "",
            (self.org.id or self.org.name or "") if self.org else "",
        ])
        return "mention:" + content_hash(key)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "person": self.person.to_dict() if self.person else None,
            "org": self.org.to_dict() if self.org else None,
            "role": self.role,
            "role_mention": self.role_mention,
            "date": self.date,
            "started": self.started,
            "tenure_months": self.tenure_months,
            "destination": self.destination.to_dict() if self.destination else None,
            "reasons": [r.to_dict() for r in self.reasons],
            "source": self.source.to_dict() if self.source else None,
            "confidence": round(float(self.confidence), 3),
        }
        if self.kind == "claim" or self.scope:
            d["scope"] = self.scope
        for k, v in self.extra.items():
            d.setdefault(k, v)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventMention:
        known = {"kind", "person", "org", "role", "role_mention", "date", "started",
                 "tenure_months", "destination", "reasons", "source", "confidence", "scope"}
        return cls(
            kind=d["kind"], person=EntityRef.from_dict(d.get("person")),
            org=EntityRef.from_dict(d.get("org")), role=d.get("role"),
            role_mention=d.get("role_mention"), date=d.get("date"), started=d.get("started"),
            tenure_months=d.get("tenure_months"),
            destination=EntityRef.from_dict(d.get("destination")),
            reasons=[Reason.from_dict(r) for r in d.get("reasons") or []],
            source=Source.from_dict(d["source"]) if d.get("source") else None,
            confidence=d.get("confidence", 0.5), scope=d.get("scope"),
            extra={k: v for k, v in d.items() if k not in known},
        )


@dataclass
class Alias:
    text: str
    lang: str | None = None  # "ar", "en", ... or None when script-neutral
    source: str = "kb"  # "kb", "user", or the document id it was learned from


@dataclass
class Affiliation:
    org_id: str
    role: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass
class Entity:
    """A person or an organization with its multilingual aliases."""

    id: str
    type: str  # "person" | "org"
    name: str
    aliases: list[Alias] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    org_type: str | None = None
    parent: str | None = None
    source: str = "kb"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """A consolidated fact linking all the mentions that report it."""

    id: str
    kind: str
    person: EntityRef | None
    org: EntityRef | None
    role: str | None = None
    date: str | None = None
    started: str | None = None
    tenure_months: int | None = None
    destination: EntityRef | None = None
    scope: str | None = None
    reasons: list[dict[str, Any]] = field(default_factory=list)  # reason + its sources
    mention_ids: list[str] = field(default_factory=list)
    conflicts: dict[str, list[Any]] = field(default_factory=dict)
    confidence: float = 0.5

    @property
    def n_sources(self) -> int:
        return len(self.mention_ids)


@dataclass
class Stint:
    """person × org × role × start × end (end None = ongoing): the unit of turnover metrics."""

    person_id: str
    org_id: str
    start: date | None
    end: date | None = None
    role: str | None = None
    person_name: str | None = None
    org_name: str | None = None
    provenance: str = "records"  # "records" | "events"
    source_ref: str | None = None  # file:row, or event id
    covariates: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            key = f"{self.person_id}|{self.org_id}|{self.role}|{self.start}|{self.end}"
            self.id = "stint:" + content_hash(key)
