"""Rendering: the Jinja2 environment (autoescape on), filters, and the report page.

>>> from talentflow.store import Store
>>> with Store(":memory:") as s:
...     "<svg" in render_report(s, "org:openai")
False
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from talentflow.lang.normalize import has_arabic
from talentflow.report import charts
from talentflow.report.data import brief as make_brief
from talentflow.report.data import labels
from talentflow.report.figures import figures
from talentflow.why import driver_label, drivers_table

LANGS = ("en", "ar")
RTL_LANGS = {"ar", "fa", "he", "ur"}


class BadLang(ValueError):
    """A report language that has no labels."""


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None (no javascript: or data: links).

    >>> safe_url("javascript:alert(1)") is None
    True
    """
    if not url:
        return None
    try:
        scheme = urlsplit(str(url).strip()).scheme.lower()
    except ValueError:
        return None
    return str(url).strip() if scheme in ("http", "https") else None


def host(url: str | None) -> str:
    """The host of a URL, for a short link text."""
    try:
        return urlsplit(str(url)).netloc or str(url)
    except ValueError:
        return str(url)


def text_dir(text: str | None, lang: str | None = None) -> str:
    """"rtl" for Arabic (by language, or Arabic script when the language is unknown), else "auto"."""
    if lang in RTL_LANGS or (not lang and text and has_arabic(text)):
        return "rtl"
    return "auto"


def num(x: float | int | None) -> str:
    """A figure for display: whole numbers without decimals, others with one.

    >>> num(7.5), num(12.0), num(None)
    ('7.5', '12', '—')
    """
    if x is None:
        return "—"
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}"


def event_href_web(event_id: str) -> str:
    """The web page of an event: ``event_href_web("event:1") == "/event/event%3A1"``."""
    return "/event/" + quote(event_id, safe="")


def entity_href_web(entity_id: str) -> str:
    """The web page of a person or org: ``entity_href_web("org:xai") == "/org/org%3Axai"``."""
    prefix = "/org/" if entity_id.startswith("org:") else "/person/"
    return prefix + quote(entity_id, safe="")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The shared Jinja2 environment (autoescape for .j2 templates too)."""
    env = Environment(loader=PackageLoader("talentflow.report", "templates"),
                      autoescape=select_autoescape(["html", "j2", "htm"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(safe_url=safe_url, host=host, text_dir=text_dir, num=num,
                       with_driver=lambda q, d: {**q, "driver": q.get("driver") or d},
                       as_quote=lambda q: {**q, "text": q.get("text") or q.get("evidence") or ""})
    return env


def driver_short(code: str) -> dict[str, str]:
    """The driver's short label per language (``lang/drivers.json``), for charts and tables.

    >>> driver_short("poached")["en"]
    'Poached'
    """
    d = drivers_table().get(code)
    return dict(d.get("short") or d["label"]) if d else driver_label(code)


def page_globals(lang: str, web: bool) -> dict[str, Any]:
    """Names every template may use: labels, label lookups, links."""
    if lang not in LANGS:
        raise BadLang(f"unknown report language {lang!r}; valid: {', '.join(LANGS)}")
    lab = labels()
    return {
        "lang": lang, "L": lab[lang], "web": web,
        "driver_name": lambda code: driver_short(code).get(lang, code),
        "attribution": lambda code: lab["attributions"].get(code or "", {}).get(lang, code or "—"),
        "family": lambda code: lab["families"].get(code or "", {}).get(lang, code),
        "kind_name": lambda code: lab["kinds"].get(code or "", {}).get(lang, code),
        "event_href": event_href_web if web else (lambda i: "#ev-" + i),
        "entity_href": entity_href_web,
    }


def evidence_list(brief: dict[str, Any]) -> list[dict[str, Any]]:
    """Every quote of the brief once: reasons of departures and arrivals, claims, industry."""
    seen, out = set(), []
    for key in ("departures", "arrivals"):
        for e in brief.get(key) or []:
            for r in e.get("reasons") or []:
                out.append({**r, "text": r.get("evidence") or r.get("text") or "",
                            "person": e.get("person")})
    for key in ("claims", "industry"):
        for c in brief.get(key) or []:
            out.append({**c, "text": c.get("evidence") or ""})
    for d in brief.get("drivers") or []:  # D's brief may carry evidence only here
        for q in d.get("evidence") or []:
            out.append({**q, "driver": d["driver"]})
    uniq = []
    for q in out:
        k = (q.get("text"), q.get("doc_id"), q.get("driver"), q.get("stance"))
        if q["text"] and k not in seen:
            seen.add(k)
            uniq.append(q)
    return uniq


def build_charts(brief: dict[str, Any], fig: dict[str, Any], L: dict[str, str],
                 link: Callable[[str], str]) -> dict[str, Markup]:
    """The four SVG charts of a report (an empty Markup where there is nothing to draw)."""
    return {
        "timeline": charts.timeline_svg(fig["timeline"], L, link),
        "tenure": charts.tenure_svg(fig["tenure"], L, link),
        "sankey": charts.sankey_svg(fig["flows"], L),
        "survival": charts.survival_svg(fig["survival"]["steps"], L),
    }


def report_context(store: Any, org: str, since: str | None = None, lang: str = "en",
                   web: bool = False) -> dict[str, Any]:
    """Everything the report template needs, as plain data (also served as JSON)."""
    g = page_globals(lang, web)
    b = make_brief(store, org, since)
    fig = figures(store, b)
    top = max([d["asserted"] + d["denied"] for d in b["drivers"]] or [1])
    g.update(brief=b, fig=fig, evidence=evidence_list(b),
             charts=build_charts(b, fig, g["L"], g["event_href"]),
             driver_bar=lambda d: charts.driver_bar_svg(d["asserted"], d["denied"], top,
                                                         d["driver"]))
    return g


def render_report(store: Any, org: str, since: str | None = None, lang: str = "en",
                  web: bool = False) -> str:
    """The report page for ``org`` as one self-contained HTML string."""
    ctx = report_context(store, org, since, lang, web)
    return environment().get_template("report.html.j2").render(**ctx)


def render_page(template: str, lang: str = "en", **ctx: Any) -> str:
    """Render one of the web app's pages (search, person, event, document, index)."""
    g = page_globals(lang, web=True)
    g.update(ctx)
    return environment().get_template(template).render(**g)
