"""Headless Chromium (Debian's /usr/bin/chromium driven by Playwright) on the report file and
the served pages: charts drawn, no console errors, Arabic evidence right-to-left, search in
both scripts, markup in documents inert. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="Debian chromium not installed at /usr/bin/chromium "
                              "(apt-get install -y chromium); browser tests skipped"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) not installed")

from talentflow.report import write_report  # noqa: E402
from talentflow.web.app import create_app  # noqa: E402
from test_report_fixture import build_store  # noqa: E402

SHOTS = Path(__file__).parents[1] / "artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page that records console errors, page errors and dialogs (alert() from XSS)."""

    def __init__(self, browser):
        self.page = browser.new_page(viewport={"width": 1100, "height": 900})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def page(browser):
    w = Watched(browser)
    yield w
    w.page.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    import uvicorn

    store = build_store(consolidated=True)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port,
                                        log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)
    store.close()


def _assert_charts_drawn(pg) -> None:
    for cls in ("timeline", "tenure", "sankey", "survival"):
        svg = pg.locator(f"svg.chart.{cls}")
        assert svg.count() == 1, cls
        assert svg.locator("circle, rect, path").count() > 0, cls
        box = svg.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 20, cls


def _assert_arabic_evidence_rtl(pg) -> None:
    quote = pg.locator('blockquote[lang="ar"]', has_text="صراعات مع مستشاري ماسك").first
    assert quote.get_attribute("dir") == "rtl"
    assert quote.evaluate("e => getComputedStyle(e).direction") == "rtl"


# -- the report file ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("reports")
    with build_store() as s:
        return {"en": write_report(s, "xAI", d / "xai-en.html"),
                "ar": write_report(s, "xAI", d / "xai-ar.html", lang="ar"),
                "evil": write_report(s, "org:evil-corp", d / "evil.html"),
                "bank": write_report(s, "Gulf Example Bank", d / "bank.html")}


def test_report_file_charts_and_rtl_evidence(page, report_files):
    page.page.goto(report_files["en"].as_uri())
    _assert_charts_drawn(page.page)
    _assert_arabic_evidence_rtl(page.page)
    en = page.page.locator("blockquote[lang='en']", has_text="clashes with Musk").first
    assert en.evaluate("e => getComputedStyle(e).direction") == "ltr"
    page.shot("report-en")
    assert page.errors == []


def test_report_file_with_arabic_labels(page, report_files):
    page.page.goto(report_files["ar"].as_uri())
    assert page.page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.page.locator("h2", has_text="لماذا غادروا").count() == 1
    _assert_charts_drawn(page.page)
    page.shot("report-ar")
    assert page.errors == []


def test_evidence_filter_by_driver(page, report_files):
    pg = page.page
    pg.goto(report_files["en"].as_uri())
    quotes = pg.locator("#evidence-list .quote")
    total = quotes.count()
    pg.locator("#evidence-filters button[data-driver='family_personal']").click()
    visible = pg.locator("#evidence-list .quote:not(.hidden)")
    assert 0 < visible.count() < total
    assert {visible.nth(i).get_attribute("data-driver") for i in range(visible.count())} == {
        "family_personal"}
    pg.locator("#evidence-filters button[data-driver='']").click()
    assert pg.locator("#evidence-list .quote:not(.hidden)").count() == total
    assert page.errors == []


def test_report_file_with_markup_in_documents_stays_inert(page, report_files):
    page.page.goto(report_files["evil"].as_uri())
    page.page.wait_for_timeout(200)
    assert page.dialogs == []
    assert "<img src=x onerror=alert(1)>" in page.page.locator("body").inner_text()
    assert page.page.locator("img").count() == 0
    page.shot("report-evil")


def test_bank_report_survival_from_records(page, report_files):
    page.page.goto(report_files["bank"].as_uri())
    assert page.page.locator("[data-fig='retention']").inner_text() == "67%"
    assert page.page.locator("svg.chart.survival path.km").count() == 1
    page.shot("report-bank")
    assert page.errors == []


# -- the served pages --------------------------------------------------------------------------------
def test_served_org_page(page, server):
    page.page.goto(f"{server}/org/org:xai")
    _assert_charts_drawn(page.page)
    _assert_arabic_evidence_rtl(page.page)
    page.shot("web-org")
    assert page.errors == []  # includes CSP violations: the inline script hash must match


@pytest.mark.parametrize("query", ["ليبراتور", "Liberatore"])
def test_search_finds_the_same_person_in_both_scripts(page, server, query):
    pg = page.page
    pg.goto(f"{server}/")
    pg.fill("input[name=q]", query)
    pg.press("input[name=q]", "Enter")
    pg.wait_for_url("**/search?q=*")
    first = pg.locator("#results li").first
    assert first.get_attribute("data-id") == "person:mike-liberatore"
    assert "Mike Liberatore" in first.inner_text()
    page.shot("web-search-" + ("ar" if query.startswith("ل") else "en"))
    first.locator("a").click()
    pg.wait_for_url("**/person/**")
    assert pg.locator("h1").inner_text() == "Mike Liberatore"
    assert page.errors == []


def test_served_person_and_event_pages(page, server):
    pg = page.page
    pg.goto(f"{server}/person/person:mike-liberatore")
    assert pg.locator(".alias", has_text="مايك ليبراتور").count() == 1
    page.shot("web-person")
    pg.locator("#events a[href^='/event/']").first.click()
    pg.wait_for_url("**/event/**")
    mentions = pg.locator("#mentions figure.mention")
    assert mentions.count() == 2  # reported in Arabic and in English
    ar = pg.locator("#mentions blockquote[lang='ar']").first
    assert ar.evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.shot("web-event")
    assert page.errors == []


def test_served_pages_with_markup_stay_inert(page, server):
    for path in ("/org/org:evil-corp", "/person/person:xss-person",
                 "/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"):
        page.page.goto(server + path)
        page.page.wait_for_timeout(100)
    assert page.dialogs == []
    assert page.page.locator("main img").count() == 0
