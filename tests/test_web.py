"""The web app and JSON API: every route, bad parameters, escaping, limits, writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from talentflow.web.app import MAX_BODY, create_app
from test_report_fixture import build_store

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module", params=[False, True], ids=["mentions", "consolidated"])
def client(request):
    store = build_store(consolidated=request.param)
    with TestClient(create_app(store=store), raise_server_exceptions=False) as c:
        yield c
    store.close()


@pytest.fixture
def writer(tmp_path):
    store = build_store(str(tmp_path / "w.duckdb"))
    app = create_app(store=store, enable_writes=True, token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    store.close()


def _first_id(client, **params):
    items = client.get("/api/events", params=params).json()["items"]
    return items[0]["event_id"]


# -- API: events ---------------------------------------------------------------------------------
def test_events_filter_by_org_in_arabic_and_kind(client):
    r = client.get("/api/events", params={"org": "إكس إيه آي", "kind": "departure"})
    assert r.status_code == 200
    body = r.json()
    people = {e["person"]["name"] for e in body["items"]}
    assert people == {"Mike Liberatore", "Robert Keele"}
    assert all(e["org"]["id"] == "org:xai" for e in body["items"])


def test_events_pagination_is_bounded_and_consistent(client):
    total = client.get("/api/events").json()["total"]
    seen = []
    for page in (1, 2, 3, 4):
        body = client.get("/api/events", params={"page": page, "page_size": 3}).json()
        assert body["page"] == page and len(body["items"]) <= 3 and body["total"] == total
        seen += [e["event_id"] for e in body["items"]]
    assert len(seen) == len(set(seen)) == min(total, 12)


def test_events_since_until(client):
    body = client.get("/api/events", params={"since": "2025-08", "until": "2025-12"}).json()
    assert {e["date"] for e in body["items"]} == {"2025-08", "2025-10"}


@pytest.mark.parametrize("params,word", [
    ({"page_size": 101}, "page_size"), ({"page_size": 0}, "page_size"), ({"page": 0}, "page"),
    ({"page": "x"}, "page"), ({"kind": "resignation"}, "kind"), ({"since": "2025-13"}, "since"),
    ({"since": "July 2025"}, "since"), ({"until": "20250101"}, "until"),
    ({"org": "x" * 201}, "org"),
])
def test_events_bad_parameters_are_400_with_a_message(client, params, word):
    r = client.get("/api/events", params=params)
    assert r.status_code == 400
    body = r.json()
    assert body["status"] == 400 and word in body["error"]
    assert "Traceback" not in r.text


def test_events_unknown_org_is_404_listing_known_orgs(client):
    r = client.get("/api/events", params={"org": "No Such Org"})
    assert r.status_code == 404 and "xAI" in r.json()["error"]


def test_event_by_id_lists_all_its_mentions(client):
    eid = _first_id(client, person="person:mike-liberatore", kind="departure")
    body = client.get(f"/api/events/{eid}").json()
    assert body["person"]["id"] == "person:mike-liberatore"
    langs = {m["lang"] for m in body["mentions"]}
    if eid.startswith("event:"):  # one consolidated event, reported in Arabic and English
        assert langs == {"ar", "en"}
    else:  # before consolidation each mention is its own event
        assert len(body["mentions"]) == 1 and body["mentions"][0]["id"] == eid
    assert client.get("/api/events/event:none").status_code == 404


# -- API: entities and search -------------------------------------------------------------------
def test_search_finds_the_same_person_in_both_scripts(client):
    ar = client.get("/api/search", params={"q": "ليبراتور"}).json()["items"]
    en = client.get("/api/search", params={"q": "Liberatore"}).json()["items"]
    assert ar[0]["id"] == en[0]["id"] == "person:mike-liberatore"
    assert ar[0]["name"] == "Mike Liberatore"


def test_search_type_filter_and_bad_type(client):
    orgs = client.get("/api/search", params={"q": "xai", "type": "org"}).json()["items"]
    assert orgs and all(o["type"] == "org" for o in orgs)
    assert client.get("/api/search", params={"q": "xai", "type": "team"}).status_code == 400
    assert client.get("/api/search", params={"q": ""}).status_code == 400
    assert client.get("/api/search").status_code == 400
    assert client.get("/api/search", params={"q": "a" * 201}).status_code == 400


def test_entities_list_and_profile(client):
    ids, page = set(), 1
    while True:
        body = client.get("/api/entities", params={"type": "person", "page_size": 100,
                                                   "page": page}).json()
        assert all(e["type"] == "person" for e in body["items"])
        ids |= {e["id"] for e in body["items"]}
        if page * 100 >= body["total"]:
            break
        page += 1
    assert len(ids) == body["total"]
    assert {"person:mike-liberatore", "person:omar-haddad"} <= ids
    prof = client.get("/api/entities/person:mike-liberatore").json()
    assert "مايك ليبراتور" in prof["aliases"]
    assert {e["kind"] for e in prof["events"]} == {"departure"}
    org = client.get("/api/entities/org:openai").json()
    assert any((e["destination"] or {}).get("id") == "org:openai" for e in org["events"])
    assert client.get("/api/entities/person:nobody").status_code == 404
    found = client.get("/api/entities", params={"q": "حداد"}).json()  # no Arabic alias: no hit
    assert found["total"] == 0


# -- API: claims, why, metrics, flows -------------------------------------------------------------
def test_claims_filters(client):
    denied = client.get("/api/claims", params={"org": "xAI", "stance": "denied"}).json()["items"]
    assert denied and all(c["stance"] == "denied" and c["attributed_to"] == "company"
                          for c in denied)
    industry = client.get("/api/claims", params={"scope": "industry"}).json()["items"]
    assert [c["driver"] for c in industry] == ["poached"]
    assert industry[0]["org"]["id"] == "org:meta"
    assert client.get("/api/claims", params={"stance": "maybe"}).status_code == 400
    assert client.get("/api/claims", params={"driver": "DROP TABLE"}).status_code == 400


def test_why_brief(client):
    b = client.get("/api/why", params={"org": "xAI"}).json()
    assert b["org"] == {"id": "org:xai", "name": "xAI"}
    assert b["drivers"][0]["driver"] == "leadership_conflict"
    assert client.get("/api/why").status_code == 400


def test_metrics_by_hand(client):
    m = client.get("/api/metrics", params={"org": "xAI"}).json()
    assert m["summary"]["median_tenure"] == 7.5  # tenures 3 and 12 months
    bank = client.get("/api/metrics", params={"org": "org:gulf-example-bank"}).json()
    assert bank["survival"]["basis"] == "records"
    assert bank["summary"]["retention_12"] == pytest.approx(0.667, abs=1e-3)
    assert client.get("/api/metrics", params={"org": "xAI", "since": "soon"}).status_code == 400


def test_flows(client):
    f = client.get("/api/flows", params={"org": "xAI"}).json()
    assert f["out"][0] == {"id": "org:openai", "name": "OpenAI", "n": 1}
    inbound = client.get("/api/flows", params={"org": "OpenAI"}).json()["in"]
    assert inbound[0]["id"] == "org:xai"
    pairs = client.get("/api/flows").json()["pairs"]
    assert any(p["from"]["id"] == "org:xai" and (p["to"] or {}).get("id") == "org:openai"
               for p in pairs)


# -- pages ---------------------------------------------------------------------------------------
def test_pages_render(client):
    assert "xAI" in client.get("/").text
    org = client.get("/org/org:xai")
    assert org.status_code == 200 and 'class="chart sankey"' in org.text
    assert 'lang="ar" dir="rtl"' in client.get("/org/org:xai", params={"lang": "ar"}).text
    person = client.get("/person/person:mike-liberatore")
    assert person.status_code == 200 and "مايك ليبراتور" in person.text
    eid = _first_id(client, person="person:mike-liberatore", kind="departure")
    ev = client.get(f"/event/{eid}")
    assert ev.status_code == 200 and 'dir="rtl"' in ev.text
    s = client.get("/search", params={"q": "ليبراتور"})
    assert "/person/person%3Amike-liberatore" in s.text


def test_page_errors(client):
    assert client.get("/org/org:nowhere").status_code == 404
    assert client.get("/person/person:nobody").status_code == 404
    assert client.get("/event/nope").status_code == 404
    assert client.get("/document/nope").status_code == 404
    assert client.get("/org/org:xai", params={"lang": "fr"}).status_code == 400
    r = client.get("/no/such/page")
    assert r.status_code == 404


def test_document_page_shows_the_text_escaped(client):
    doc_id = client.get("/api/events", params={"org": "org:evil-corp"}).json()["items"][0][
        "sources"][0]["doc_id"]
    r = client.get(f"/document/{doc_id}")
    assert r.status_code == 200
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in r.text
    assert "<script>alert" not in r.text


# -- safety ----------------------------------------------------------------------------------------
def test_xss_names_and_quotes_are_escaped_everywhere(client):
    for url in ("/org/org:evil-corp", "/person/person:xss-person", "/search?q=%3Cimg",
                "/", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<img src=x" not in r.text and "<script>alert" not in r.text, url
        assert r.text.count("<script>") == 1, url  # only our own hashed script
    evil = client.get("/org/org:evil-corp").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in evil
    assert 'href="javascript:' not in evil


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_sql_injection_is_just_a_string(client):
    r = client.get("/api/events", params={"person": "x' OR '1'='1"})
    assert r.status_code == 200 and r.json()["total"] == 0
    r = client.get("/api/search", params={"q": "'; DROP TABLE events; --"})
    assert r.status_code == 200
    assert client.get("/api/events").json()["total"] > 0


def test_openapi_documents_every_api_route_with_400s(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/entities", "/api/claims",
                 "/api/metrics", "/api/flows", "/api/search", "/api/why", "/api/documents"):
        assert path in spec["paths"], path
    ev = spec["paths"]["/api/events"]["get"]
    assert "400" in ev["responses"] and "422" not in ev["responses"]
    size = next(p for p in ev["parameters"] if p["name"] == "page_size")
    assert size["schema"]["maximum"] == 100


# -- writes ----------------------------------------------------------------------------------------
def test_writes_are_off_by_default(client):
    r = client.post("/api/documents", json={"text": "Jane Doe left Acme."})
    assert r.status_code == 403 and "--enable-writes" in r.json()["error"]


def test_enabling_writes_needs_a_token(monkeypatch):
    monkeypatch.delenv("TALENTFLOW_TOKEN", raising=False)
    with pytest.raises(ValueError, match="TALENTFLOW_TOKEN"):
        create_app(store=build_store(), enable_writes=True)


def test_write_needs_the_right_token(writer):
    doc = {"text": "Jane Doe, CFO of Acme, left the company in March 2025.", "lang": "en",
           "published": "2025-04-02"}
    assert writer.post("/api/documents", json=doc).status_code == 401
    bad = writer.post("/api/documents", json=doc, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    ok = writer.post("/api/documents", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and ok.json()["created"] is True
    again = writer.post("/api/documents", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 201 and again.json()["created"] is False
    assert writer.get(f"/document/{ok.json()['id']}").status_code == 200


def test_write_validates_and_bounds_the_body(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/documents", json={"lang": "en"}, headers=auth).status_code == 400
    assert writer.post("/api/documents", json={"text": "x", "lang": "fr"},
                       headers=auth).status_code == 400
    for bad in ("2025-02-30", "0000-00-00", "July 2025", 20250101):
        r = writer.post("/api/documents", json={"text": "x", "published": bad}, headers=auth)
        assert r.status_code == 400 and "published" in r.json()["error"], bad
    big = writer.post("/api/documents", content=b"x" * (MAX_BODY + 1),
                      headers={**auth, "content-type": "application/json"})
    assert big.status_code == 413 and "bytes" in big.json()["error"]
    assert writer.post("/api/documents", content=b"{not json", headers={
        **auth, "content-type": "application/json"}).status_code == 400


def test_server_errors_are_json_without_a_trace(client, monkeypatch):
    from talentflow.store import Store

    def boom(self, *a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(Store, "web_org_counts", boom)
    monkeypatch.setattr(Store, "web_count_events", boom)
    r = client.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"error": "internal error (see the server log)", "status": 500}
    page = client.get("/")
    assert page.status_code == 500 and "secret internals" not in page.text


# -- the serve command ------------------------------------------------------------------------------
def test_serve_binds_localhost_read_only_by_default(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from talentflow.cli import app as cli

    db = str(tmp_path / "s.duckdb")
    build_store(db).close()
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(kw, app=application))
    r = CliRunner().invoke(cli, ["serve", "--db", db, "--port", "8765"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8765
    settings = seen["app"].state.settings
    assert settings.enable_writes is False
    with pytest.raises(Exception):  # opened read-only: the file cannot be written
        settings.store.con.execute("DELETE FROM documents")
    settings.store.close()


def test_serve_refuses_writes_without_a_token(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from talentflow.cli import app as cli

    monkeypatch.delenv("TALENTFLOW_TOKEN", raising=False)
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.duckdb"), "--enable-writes"])
    assert r.exit_code != 0 and "TALENTFLOW_TOKEN" in r.output


def test_serve_read_only_needs_an_existing_store(tmp_path):
    from typer.testing import CliRunner

    from talentflow.cli import app as cli

    missing = tmp_path / "none.duckdb"
    r = CliRunner().invoke(cli, ["serve", "--db", str(missing)])
    assert r.exit_code != 0 and "no store at" in r.output
    assert not missing.exists()
