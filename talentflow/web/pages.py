"""HTML pages: index, org (the live report), person, event, document, search.

>>> from fastapi.testclient import TestClient
>>> from talentflow.store import Store
>>> from talentflow.web.app import create_app
>>> TestClient(create_app(store=Store(":memory:"))).get("/").status_code
200
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse

from talentflow.report.render import render_page, render_report
from talentflow.web.api import (DATE, ID, entity_profile, event_or_404, locked,
                                org_id_or_404, settings)
from talentflow.web.app import Settings
from talentflow.web.search import MAX_QUERY, search

router = APIRouter(include_in_schema=True, tags=["pages"], default_response_class=HTMLResponse)
Lang = Literal["en", "ar"]


def _lang(lang: Optional[Lang] = Query(None, description="Page labels: en or ar")) -> str:
    return lang or "en"


@router.get("/", response_class=HTMLResponse)
def index(s: Settings = Depends(settings), lang: str = Depends(_lang)):
    """Orgs with events, and the search box."""
    orgs = locked(s, lambda st: st.web_org_counts())
    return render_page("index.html.j2", lang, orgs=orgs)


@router.get("/org/{org_id}", response_class=HTMLResponse)
def org_page(org_id: str = ID(), s: Settings = Depends(settings), lang: str = Depends(_lang),
             since: Optional[str] = Query(None, pattern=DATE, max_length=10)):
    """The org's report, computed live from the store."""
    def run(store: Any) -> str:
        return render_report(store, org_id_or_404(store, org_id), since=since, lang=lang,
                             web=True)
    return locked(s, run)


@router.get("/person/{person_id}", response_class=HTMLResponse)
def person_page(person_id: str = ID(), s: Settings = Depends(settings), lang: str = Depends(_lang)):
    """A person: names in every script, events, and the sources of each."""
    prof = locked(s, entity_profile, person_id)
    return render_page("person.html.j2", lang, ent=prof)


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(event_id: str = ID(), s: Settings = Depends(settings), lang: str = Depends(_lang)):
    """An event with every mention: the words each document used, and its reasons."""
    def run(store: Any) -> dict[str, Any]:
        ev = event_or_404(store, event_id)
        mentions = store.web_event_mentions(event_id)
        reasons = store.web_mention_reasons([m["id"] for m in mentions])
        for m in mentions:
            text = store.web_document_text(m["doc_id"]) or ""
            a, b = m.get("span_start"), m.get("span_end")
            m["excerpt"] = text[a:b] if a is not None and b is not None else ""
            m["reasons"] = [r for r in reasons if r["mention_id"] == m["id"]]
        return {"ev": ev, "mentions": mentions}
    return render_page("event.html.j2", lang, **locked(s, run))


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str = ID(), s: Settings = Depends(settings), lang: str = Depends(_lang)):
    """A stored document's text as read (escaped), right-to-left when Arabic."""
    def run(store: Any) -> dict[str, Any]:
        meta = store.web_documents_meta([doc_id]).get(doc_id)
        if meta is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return {"doc": {**meta, "id": doc_id, "text": store.web_document_text(doc_id)}}
    return render_page("document.html.j2", lang, **locked(s, run))


@router.get("/search", response_class=HTMLResponse)
def search_page(q: str = Query("", max_length=MAX_QUERY), s: Settings = Depends(settings),
                lang: str = Depends(_lang)):
    """Search people and orgs in Arabic or Latin script."""
    results = locked(s, search, q, None, 50) if q.strip() else []
    return render_page("search.html.j2", lang, q=q, results=results)


@router.get("/favicon.ico", include_in_schema=False)
def favicon():
    """A small SVG mark so browsers do not log a 404 for the icon."""
    from fastapi.responses import Response

    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
           '<rect width="16" height="16" rx="3" fill="#1f2933"/>'
           '<path d="M3 11 L7 5 L10 9 L13 4" stroke="#c0392b" stroke-width="2" fill="none"/></svg>')
    return Response(svg, media_type="image/svg+xml",
                    headers={"cache-control": "max-age=86400"})
