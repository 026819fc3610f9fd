"""Server-side SVG charts: timeline, tenure bars, driver bars, Sankey flows, survival curve.

Plain SVG strings (no script, nothing fetched), every text escaped; returned as ``Markup`` so
Jinja2 inserts them as they are. ``link(event_id)`` gives the href a mark points to.

>>> "<svg" in survival_svg([{"t": 0.0, "s": 1.0}, {"t": 3.0, "s": 0.5}])
True
"""

from __future__ import annotations

import math
from typing import Any, Callable

from markupsafe import Markup, escape

DEP, ARR, DENY, INK, MUTED, GRID = "#c0392b", "#1e8449", "#b9770e", "#1f2933", "#6b7785", "#e4e7eb"
FONT = "font-family=\"system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif\""
Link = Callable[[str], str]


def _svg(width: int, height: int, body: str, label: str, cls: str) -> Markup:
    return Markup(
        f'<svg class="chart {cls}" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg" {FONT} '
        f'direction="ltr">{body}</svg>')


def _text(x: float, y: float, s: Any, size: int = 12, anchor: str = "start",
          fill: str = INK, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{fill}" font-weight="{weight}" unicode-bidi="plaintext">{escape(s)}</text>')


def _default_link(event_id: str) -> str:
    return "#ev-" + event_id


def _ticks(lo: float, hi: float) -> list[int]:
    years = list(range(math.floor(lo), math.ceil(hi) + 1))
    return years


def timeline_svg(points: list[dict[str, Any]], labels: dict[str, str],
                 link: Link = _default_link, width: int = 900) -> Markup:
    """Departures above a time axis, arrivals below; each mark links to its event."""
    if not points:
        return Markup("")
    lo = min(p["x"] for p in points) - 0.15
    hi = max(p["x"] for p in points) + 0.15
    lanes_up: list[float] = []
    lanes_down: list[float] = []
    marks, n_up, n_down = [], 0, 0
    pad = 40

    def sx(x: float) -> float:
        return pad + (x - lo) / (hi - lo) * (width - 2 * pad)

    for p in points:
        lanes = lanes_up if p["kind"] == "departure" else lanes_down
        x = sx(p["x"])
        lane = next((i for i, end in enumerate(lanes) if end < x - 6), len(lanes))
        if lane == len(lanes):
            lanes.append(0.0)
        lanes[lane] = x + 8 + 6.5 * len(p["name"])
        marks.append((p, x, lane))
    n_up, n_down = len(lanes_up), len(lanes_down)
    axis = 30 + 22 * n_up
    height = axis + 30 + 22 * n_down
    body = [f'<line x1="{pad}" x2="{width - pad}" y1="{axis}" y2="{axis}" stroke="{MUTED}"/>']
    for year in _ticks(lo, hi):
        for q in range(4):
            x = year + q / 4
            if lo <= x <= hi:
                tx = sx(x)
                body.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{axis - (6 if q == 0 else 3)}" '
                            f'y2="{axis + (6 if q == 0 else 3)}" stroke="{MUTED}"/>')
                if q == 0 or hi - lo < 3:
                    body.append(_text(tx, axis + 18, year if q == 0 else f"{year}-{3 * q + 1:02d}",
                                      11, "middle", MUTED))
    for p, x, lane in marks:
        up = p["kind"] == "departure"
        y = axis - 18 - 22 * lane if up else axis + 34 + 22 * lane
        color = DEP if up else ARR
        body.append(
            f'<a href="{escape(link(p["event_id"]))}" class="mark {p["kind"]}">'
            f'<title>{escape(p["name"])} · {escape(p["date"])}</title>'
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{axis}" y2="{y:.1f}" stroke="{color}" '
            f'stroke-opacity=".35"/>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{color}"/>'
            + _text(x + 8, y + 4, p["name"], 12) + "</a>")
    return _svg(width, height, "".join(body), labels["timeline"], "timeline")


def tenure_svg(bars: list[dict[str, Any]], labels: dict[str, str],
               link: Link = _default_link, width: int = 900) -> Markup:
    """Horizontal bars: each leaver's tenure in months."""
    if not bars:
        return Markup("")
    top = max(b["months"] for b in bars) or 1
    name_w, row, x0 = 200, 26, 210
    span = width - x0 - 70
    body = []
    for i, b in enumerate(bars):
        y = 10 + i * row
        w = max(2.0, b["months"] / top * span)
        body.append(
            f'<a href="{escape(link(b["event_id"]))}" class="bar">'
            + _text(name_w, y + 14, b["name"], 12, "end")
            + f'<rect x="{x0}" y="{y}" width="{w:.1f}" height="18" rx="3" fill="{DEP}" '
              f'fill-opacity=".8"/>'
            + _text(x0 + w + 6, y + 14, f'{b["months"]} {labels["months_short"]}', 12,
                    fill=MUTED) + "</a>")
    return _svg(width, 20 + row * len(bars), "".join(body), labels["tenure"], "tenure")


def driver_bar_svg(asserted: int, denied: int, top: int, key: str = "d", width: int = 220
                   ) -> Markup:
    """A small two-part bar: asserted (solid) and denied (hatched) counts of one driver."""
    top = max(top, 1)
    wa = asserted / top * (width - 10)
    wd = denied / top * (width - 10)
    body = (
        f'<defs><pattern id="hatch-{escape(key)}" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="3" height="6" fill="{DENY}"/></pattern></defs>'
        f'<rect x="0" y="3" width="{wa:.1f}" height="14" rx="2" fill="{DEP}"/>'
        f'<rect x="{wa + (2 if wa else 0):.1f}" y="3" width="{wd:.1f}" height="14" rx="2" '
        f'fill="url(#hatch-{escape(key)})" stroke="{DENY}"/>')
    return _svg(width, 20, body, f"{asserted} / {denied}", "driverbar")


def sankey_svg(flows: dict[str, Any], labels: dict[str, str], width: int = 900) -> Markup:
    """Three columns: where arrivals came from → the org → where leavers went."""
    outs, ins = flows.get("out") or [], flows.get("in") or []
    if not outs and not ins:
        return Markup("")
    n_out, n_in = sum(r["n"] for r in outs), sum(r["n"] for r in ins)
    gap, unit = 14, 34
    rows = max(len(outs), len(ins), 1)
    height = int(max(n_out, n_in, 1) * unit + gap * rows + 40)
    cx, nw = width / 2 - 9, 18
    mid_h = max(n_out + n_in, 1) * unit
    mid_y = (height - mid_h) / 2
    body = [f'<rect x="{cx}" y="{mid_y:.1f}" width="{nw}" height="{mid_h:.1f}" rx="3" fill="{INK}"/>',
            _text(cx + nw / 2, mid_y - 8, flows["org"]["name"], 13, "middle", weight="bold")]
    body += _sankey_side(ins, 230, cx, mid_y, unit, gap, height, ARR, labels, left=True)
    body += _sankey_side(outs, width - 230 - nw, cx + nw, mid_y + n_in * unit, unit, gap, height,
                         DEP, labels, left=False)
    return _svg(width, height, "".join(body), labels["flows"], "sankey")


def _sankey_side(rows: list[dict[str, Any]], x: float, mid_x: float, mid_y: float, unit: int,
                 gap: int, height: int, color: str, labels: dict[str, str], left: bool
                 ) -> list[str]:
    total = sum(r["n"] for r in rows) * unit + gap * max(len(rows) - 1, 0)
    y = (height - total) / 2
    out, my = [], mid_y
    for r in rows:
        h = r["n"] * unit
        name = r["name"] or labels["unknown_dest"]
        x1, x2 = (x + 18, mid_x) if left else (mid_x, x)
        y1, y2 = (y, my) if left else (my, y)
        c = (x1 + x2) / 2
        out.append(
            f'<path class="flow" d="M{x1:.1f},{y1 + h / 2:.1f} C{c:.1f},{y1 + h / 2:.1f} '
            f'{c:.1f},{y2 + h / 2:.1f} {x2:.1f},{y2 + h / 2:.1f}" fill="none" stroke="{color}" '
            f'stroke-opacity=".35" stroke-width="{h:.1f}"><title>{escape(name)}: {r["n"]}</title>'
            '</path>')
        fill = color if r["name"] else MUTED
        out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="18" height="{h:.1f}" rx="3" fill="{fill}"/>')
        tx, anchor = (x - 6, "end") if left else (x + 24, "start")
        out.append(_text(tx, y + h / 2 + 4, f'{name} ({r["n"]})', 12, anchor))
        y += h + gap
        my += h
    return out


def survival_svg(steps: list[dict[str, Any]], labels: dict[str, str] | None = None,
                 width: int = 900, height: int = 260) -> Markup:
    """The Kaplan–Meier step curve S(t), t in months, with axes."""
    if len(steps) < 2:
        return Markup("")
    months = (labels or {}).get("months_short", "mo")
    tmax = max(12.0, max(s["t"] for s in steps) * 1.1)
    x0, y0, x1, y1 = 50, 15, width - 20, height - 35

    def sx(t: float) -> float:
        return x0 + t / tmax * (x1 - x0)

    def sy(s: float) -> float:
        return y1 - s * (y1 - y0)

    body = []
    for v in (0, 0.25, 0.5, 0.75, 1):
        body.append(f'<line x1="{x0}" x2="{x1}" y1="{sy(v):.1f}" y2="{sy(v):.1f}" stroke="{GRID}"/>')
        body.append(_text(x0 - 6, sy(v) + 4, f"{int(v * 100)}%", 11, "end", MUTED))
    step = 6 if tmax <= 48 else 12
    for t in range(0, int(tmax) + 1, step):
        body.append(_text(sx(t), y1 + 18, f"{t} {months}", 11, "middle", MUTED))
    d = f"M{sx(0):.1f},{sy(1):.1f}"
    for st in steps[1:]:
        d += f" H{sx(st['t']):.1f} V{sy(st['s']):.1f}"
    d += f" H{sx(tmax):.1f}"
    body.append(f'<path class="km" d="{d}" fill="none" stroke="{INK}" stroke-width="2.5"/>')
    for st in steps[1:]:
        body.append(f'<circle cx="{sx(st["t"]):.1f}" cy="{sy(st["s"]):.1f}" r="3.5" fill="{DEP}">'
                    f'<title>t={st["t"]:g}: S={st["s"]:.2f}</title></circle>')
    return _svg(width, height, "".join(body), (labels or {}).get("survival", "survival"), "survival")
