"""The JSON API under /api: events, entities, claims, metrics, flows, search, why, documents.

Lists are paginated (``page`` from 1, ``page_size`` at most 100) and answer
``{"total", "page", "page_size", "items"}``. Bad parameters answer 400 with a message.

>>> from fastapi.testclient import TestClient
>>> from talentflow.store import Store
>>> from talentflow.web.app import create_app
>>> TestClient(create_app(store=Store(":memory:"))).get("/api/events?page_size=500").status_code
400
"""

from __future__ import annotations

import hmac
from collections import Counter
from datetime import date
from typing import Any, Callable, Literal, Optional, TypeVar

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator

from talentflow.report import data as rdata
from talentflow.report.figures import figures
from talentflow.web.app import Settings
from talentflow.web.search import MAX_QUERY, search

router = APIRouter(prefix="/api", tags=["api"])
T = TypeVar("T")
MAX_PAGE_SIZE = 100
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
def ID() -> Any:
    """A fresh path parameter for an id (FieldInfo objects must not be shared by routes)."""
    return Path(..., min_length=1, max_length=300, description="An id such as org:xai")
Kind = Literal["departure", "arrival", "role_change", "lawsuit", "claim"]
EntityType = Literal["person", "org"]
NOT_FOUND = {404: {"description": "Not found",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}


def settings(request: Request) -> Settings:
    """The app's Settings (store, lock, writes, token) for a route."""
    return request.app.state.settings


def locked(s: Settings, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
    """Run ``fn(store, ...)`` holding the store's lock (one DuckDB connection)."""
    with s.lock:
        return fn(s.store, *args, **kw)


class Page:
    """Pagination parameters shared by every list route."""

    def __init__(self, page: int = Query(1, ge=1, le=100_000, description="Page number, from 1"),
                 page_size: int = Query(20, ge=1, le=MAX_PAGE_SIZE,
                                        description=f"Items per page, 1..{MAX_PAGE_SIZE}")):
        self.page, self.page_size = page, page_size
        self.offset = (page - 1) * page_size

    def wrap(self, total: int, items: list[Any]) -> dict[str, Any]:
        """This page's envelope around ``items`` already cut to the page."""
        return {"total": total, "page": self.page, "page_size": self.page_size, "items": items}

    def slice(self, items: list[Any]) -> dict[str, Any]:
        """This page of a full list, in its envelope."""
        return self.wrap(len(items), items[self.offset:self.offset + self.page_size])


def _since(since: Optional[str] = Query(None, pattern=DATE, max_length=10,
                                        description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD")):
    return since


def org_id_or_404(store: Any, org: str | None) -> str | None:
    """The id of the org ``org`` names (None for none); 404 with the valid orgs when unknown."""
    if not org:
        return None
    try:
        return rdata.resolve_org(store, org)["id"]
    except rdata.UnknownOrg as exc:
        raise HTTPException(404, str(exc)) from None


def event_or_404(store: Any, event_id: str) -> dict[str, Any]:
    """The event dict of ``event_id`` with its sources' metadata; 404 when there is none."""
    row = store.web_event(event_id)
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    ev = rdata.event_dict(row)
    rdata.fill_source_meta(store, [ev])
    return ev


# -- events ---------------------------------------------------------------------------------------
@router.get("/events", responses=NOT_FOUND)
def list_events(p: Page = Depends(), s: Settings = Depends(settings),
                kind: Optional[Kind] = Query(None, description="Event kind"),
                org: Optional[str] = Query(None, max_length=200,
                                           description="Org id or name (any script)"),
                person: Optional[str] = Query(None, max_length=300, description="Person id"),
                since: Optional[str] = Depends(_since),
                until: Optional[str] = Query(None, pattern=DATE, max_length=10)):
    """Events (consolidated when available), oldest first, with reasons and sources."""
    def run(store):
        f = {"kind": kind, "org_id": org_id_or_404(store, org), "person_id": person,
             "since": since, "until": until}
        rows = store.web_events(limit=p.page_size, offset=p.offset, **f)
        evs = [rdata.event_dict(r) for r in rows]
        rdata.fill_source_meta(store, evs)
        return p.wrap(store.web_count_events(**f), evs)
    return locked(s, run)


@router.get("/events/{event_id}", responses=NOT_FOUND)
def get_event(event_id: str = ID(), s: Settings = Depends(settings)):
    """One event with every mention that reports it."""
    def run(store):
        ev = event_or_404(store, event_id)
        ev["mentions"] = store.web_event_mentions(event_id)
        return ev
    return locked(s, run)


# -- entities and search --------------------------------------------------------------------------
@router.get("/search")
def search_entities(q: str = Query(..., min_length=1, max_length=MAX_QUERY,
                                   description="Name in any script"),
                    type: Optional[EntityType] = Query(None), p: Page = Depends(),
                    s: Settings = Depends(settings)):
    """People and orgs whose names or aliases match ``q`` (Arabic or Latin script)."""
    return p.slice(locked(s, search, q, type, 1000))


@router.get("/entities")
def list_entities(p: Page = Depends(), s: Settings = Depends(settings),
                  type: Optional[EntityType] = Query(None),
                  q: Optional[str] = Query(None, max_length=MAX_QUERY)):
    """Known people and orgs (KB and store), optionally matching ``q``."""
    if q:
        return p.slice(locked(s, search, q, type, 1000))
    return p.slice(locked(s, _all_entities, type))


def _all_entities(store: Any, type: str | None) -> list[dict[str, Any]]:
    from talentflow.web.search import name_index

    out: dict[str, dict[str, Any]] = {}
    for text, _norm, eid, etype, name in name_index(store):
        if not type or etype == type:
            out.setdefault(eid, {"id": eid, "type": etype, "name": name})
    return sorted(out.values(), key=lambda e: e["id"])


@router.get("/entities/{entity_id}", responses=NOT_FOUND)
def get_entity(entity_id: str = ID(), s: Settings = Depends(settings)):
    """A person or org: name, aliases in every script, and their events."""
    return locked(s, entity_profile, entity_id)


def entity_profile(store: Any, entity_id: str) -> dict[str, Any]:
    """{"id", "type", "name", "aliases", "events"}; 404 when nothing knows the id."""
    from talentflow.web.search import name_index

    names = [(t, ty, n) for t, _norm, eid, ty, n in name_index(store) if eid == entity_id]
    if not names:
        raise HTTPException(404, f"no person or org {entity_id!r}")
    key = "person_id" if names[0][1] == "person" else "involving"
    evs = rdata.load_events(store, **{key: entity_id})
    aliases = sorted({t for t, _, _ in names} - {names[0][2]})
    return {"id": entity_id, "type": names[0][1], "name": names[0][2], "aliases": aliases,
            "events": evs}


# -- claims, why, metrics, flows ------------------------------------------------------------------
@router.get("/claims", responses=NOT_FOUND)
def list_claims(p: Page = Depends(), s: Settings = Depends(settings),
                org: Optional[str] = Query(None, max_length=200),
                scope: Optional[Literal["org", "industry"]] = Query(None),
                driver: Optional[str] = Query(None, max_length=50, pattern=r"^[a-z_]+$"),
                stance: Optional[Literal["asserted", "denied"]] = Query(None),
                since: Optional[str] = Depends(_since)):
    """Claims about orgs (no named person), one item per reason, with evidence."""
    def run(store):
        evs = rdata.load_events(store, kind="claim", org_id=org_id_or_404(store, org), since=since)
        rows = rdata.claim_rows(evs)
        rows = [r for r in rows if (not scope or r["scope"] == scope)
                and (not driver or r["driver"] == driver)
                and (not stance or r["stance"] == stance)]
        return p.slice(rows)
    return locked(s, run)


@router.get("/why", responses=NOT_FOUND)
def why_brief(org: str = Query(..., min_length=1, max_length=200),
              since: Optional[str] = Depends(_since), s: Settings = Depends(settings)):
    """The why brief: departures, arrivals, drivers with attributions and denials, claims."""
    return locked(s, lambda store: rdata.brief(store, org_id_or_404(store, org), since))


@router.get("/metrics", responses=NOT_FOUND)
def org_metrics(org: str = Query(..., min_length=1, max_length=200),
                since: Optional[str] = Depends(_since), s: Settings = Depends(settings)):
    """Summary figures, tenure of leavers, Kaplan–Meier survival and ranked drivers."""
    def run(store):
        b = rdata.brief(store, org_id_or_404(store, org), since)
        fig = figures(store, b)
        drivers = [{k: v for k, v in d.items() if k != "evidence"} for d in b["drivers"]]
        return {"org": b["org"], "since": since, "summary": fig["summary"],
                "records": fig["records"],
                "tenure": fig["tenure"], "survival": fig["survival"], "drivers": drivers,
                "timeline": fig["timeline"]}
    return locked(s, run)


@router.get("/flows", responses=NOT_FOUND)
def flows(org: Optional[str] = Query(None, max_length=200),
          since: Optional[str] = Depends(_since), s: Settings = Depends(settings)):
    """Where people went: for one org, inflows and outflows; else every origin→destination."""
    def run(store):
        if org:
            b = rdata.brief(store, org_id_or_404(store, org), since)
            return figures(store, b)["flows"]
        return {"pairs": all_flows(store, since)}
    return locked(s, run)


def all_flows(store: Any, since: str | None) -> list[dict[str, Any]]:
    """[{"from": {"id","name"}, "to": {...} | None, "n"}] over every departure, largest first."""
    c: Counter = Counter()
    names: dict[Any, Any] = {}
    for e in rdata.load_events(store, kind="departure", since=since):
        key = ((e["org"] or {}).get("id"), (e["destination"] or {}).get("id"))
        c[key] += 1
        names[key] = (e["org"], e["destination"])
    return [{"from": names[k][0], "to": names[k][1], "n": n} for k, n in c.most_common()]


# -- writes ---------------------------------------------------------------------------------------
class DocumentIn(BaseModel):
    """A document to ingest; only ``text`` is required."""

    model_config = ConfigDict(strict=True, extra="forbid")

    text: str = Field(..., min_length=1, max_length=200_000)
    lang: Optional[Literal["ar", "en"]] = None
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                     description="Publication date, YYYY-MM-DD",
                                     json_schema_extra={"format": "date"})

    @field_validator("published")
    @classmethod
    def _real_date(cls, v: str | None) -> str | None:
        if v is not None:
            date.fromisoformat(v)  # ValueError -> 400 "not a valid date"
        return v
    url: Optional[str] = Field(None, max_length=2000)
    title: Optional[str] = Field(None, max_length=500)


WRITE_ERRORS = {401: {"description": "Missing or wrong token"},
                403: {"description": "Writes are disabled"},
                413: {"description": "Request body too large"}}


bearer = HTTPBearer(auto_error=False, description="The token in $TALENTFLOW_TOKEN")


def writer(s: Settings = Depends(settings),
           cred: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> Settings:
    """Writes enabled (else 403) and the right bearer token (else 401), before the body."""
    if not s.enable_writes:
        raise HTTPException(403, "writes are disabled; start `talentflow serve --enable-writes` "
                                 "with TALENTFLOW_TOKEN set")
    given = cred.credentials if cred else ""
    if not given or not hmac.compare_digest(given.encode(), (s.token or "").encode()):
        raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    return s


@router.post("/documents", status_code=201, responses=WRITE_ERRORS)
def post_document(s: Settings = Depends(writer), doc: DocumentIn = Body(...)):
    """Ingest one document and extract its events (needs --enable-writes and the token)."""
    return locked(s, ingest_document, doc)


def ingest_document(store: Any, doc: DocumentIn) -> dict[str, Any]:
    """Store the document and the events extracted from it; idempotent by content hash."""
    from talentflow.models import Document

    d = Document(text=doc.text, lang=doc.lang, published=doc.published, url=doc.url,
                 title=doc.title, origin="api")
    created = bool(store.add_document(d))
    n, note = _extract_into(store, d) if created else (0, "already ingested")
    return {"id": d.id, "created": created, "mentions": n, "note": note}


def _extract_into(store: Any, d: Any) -> tuple[int, str | None]:
    try:
        from talentflow.pipeline import extract_document
        mentions = extract_document(d)
    except Exception as exc:  # extraction may be unavailable; the document is kept
        return 0, f"stored; extraction unavailable ({type(exc).__name__})"
    return store.add_mentions(mentions), None
