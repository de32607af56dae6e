"""Small inline SVG charts for the digest: self-contained markup, no scripts, no external assets.

Markup is built from literal templates with ``Markup.format``, which escapes every value put in, so a
source name from the database cannot inject markup.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from markupsafe import Markup

# Tableau 10: distinct, print-friendly, colour-blind aware.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
           "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")


def _nice_max(value: float) -> float:
    """Round an axis maximum up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    power = 1.0
    while power * 10 <= value:
        power *= 10
    while power > value:
        power /= 10
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _frame(width: int, height: int, title: str, body: list[Markup]) -> Markup:
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" '
        'aria-label="{t}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="11">'
        "<title>{t}</title>{body}</svg>"
    ).format(w=width, h=height, t=title, body=Markup("").join(body))


def y_ticks(y_max: float, percent: bool = False) -> int:
    """How many intervals the y axis of ``y_max`` (a nice ceiling) is cut into: round values (1 and 5
    in fifths, 2 in quarters), and for counts never a fraction of one (a maximum of 2 gives 0, 1, 2)."""
    leading = round(y_max / 10 ** math.floor(math.log10(y_max)))
    ticks = 4 if leading == 2 else 5
    if not percent and y_max < ticks:
        return max(1, int(y_max))
    return ticks


def _y_axis(body: list[Markup], left: int, top: int, plot_w: int, plot_h: int, y_max: float,
            percent: bool) -> None:
    ticks = y_ticks(y_max, percent)
    for i in range(ticks + 1):
        value = y_max * i / ticks
        y = top + plot_h - plot_h * i / ticks
        body.append(Markup(
            '<line x1="{x1}" x2="{x2}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e7eb"/>'
            '<text x="{tx}" y="{ty:.1f}" text-anchor="end" fill="#6b7280">{label}</text>'
        ).format(x1=left, x2=left + plot_w, y=y, tx=left - 6, ty=y + 4,
                 label=f"{value:.0%}" if percent else f"{value:.0f}"))


def _x_labels(body: list[Markup], days: Sequence[date], left: int, step: float, y: int) -> None:
    every = max(1, len(days) // 10)
    for i, d in enumerate(days):
        if i % every == 0 or i == len(days) - 1:
            body.append(Markup('<text x="{x:.1f}" y="{y}" text-anchor="middle" fill="#6b7280">{d}</text>')
                        .format(x=left + step * (i + 0.5), y=y, d=f"{d:%d %b}"))


def stacked_bars(title: str, days: Sequence[date], series: dict[str, Sequence[int]],
                 width: int = 900, height: int = 300) -> Markup:
    """One bar per day, stacked by series (e.g. articles per source), with a legend below."""
    left, top, right = 44, 12, 12
    legend_rows = (len(series) + 5) // 6
    plot_w, plot_h = width - left - right, height - top - 34 - 18 * legend_rows
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    y_max = _nice_max(max(totals, default=0))
    body: list[Markup] = []
    _y_axis(body, left, top, plot_w, plot_h, y_max, percent=False)
    step = plot_w / max(1, len(days))
    for i in range(len(days)):
        base = 0
        for n, (name, values) in enumerate(series.items()):
            if not values[i]:
                continue
            h = plot_h * values[i] / y_max
            body.append(Markup(
                '<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}">'
                "<title>{name}, {day}: {n}</title></rect>"
            ).format(x=left + step * i + step * 0.15, y=top + plot_h - plot_h * base / y_max - h,
                     w=step * 0.7, h=h, fill=PALETTE[n % len(PALETTE)], name=name,
                     day=f"{days[i]:%d %b}", n=values[i]))
            base += values[i]
    _x_labels(body, days, left, step, top + plot_h + 16)
    for n, name in enumerate(series):
        x = left + (n % 6) * (plot_w / 6)
        y = top + plot_h + 36 + 18 * (n // 6)
        body.append(Markup(
            '<rect x="{x:.1f}" y="{ry}" width="10" height="10" rx="2" fill="{fill}"/>'
            '<text x="{tx:.1f}" y="{y}" fill="#374151">{name}</text>'
        ).format(x=x, ry=y - 9, fill=PALETTE[n % len(PALETTE)], tx=x + 15, y=y, name=name))
    return _frame(width, height, title, body)


def share_line(title: str, days: Sequence[date], shares: Sequence[float | None],
               width: int = 900, height: int = 220) -> Markup:
    """Share (0..1) per day as a line with points; days without data leave a gap."""
    left, top, right, bottom = 44, 12, 12, 26
    plot_w, plot_h = width - left - right, height - top - bottom
    y_max = _nice_max(max((s for s in shares if s is not None), default=0) * 1.1 or 0.1)
    body: list[Markup] = []
    _y_axis(body, left, top, plot_w, plot_h, y_max, percent=True)
    step = plot_w / max(1, len(days))
    points = [(left + step * (i + 0.5), top + plot_h - plot_h * s / y_max, s, days[i])
              for i, s in enumerate(shares) if s is not None]
    # Break the line where a day has no data.
    segments: list[list[tuple[float, float]]] = []
    previous = None
    for i, s in enumerate(shares):
        if s is None:
            previous = None
            continue
        point = (left + step * (i + 0.5), top + plot_h - plot_h * s / y_max)
        if previous is None:
            segments.append([])
        segments[-1].append(point)
        previous = point
    for segment in segments:
        body.append(Markup('<polyline points="{p}" fill="none" stroke="{c}" stroke-width="2"/>').format(
            p=" ".join(f"{x:.1f},{y:.1f}" for x, y in segment), c=PALETTE[0]))
    for x, y, s, d in points:
        body.append(Markup('<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{c}"><title>{t}</title></circle>')
                    .format(x=x, y=y, c=PALETTE[0], t=f"{d:%d %b}: {s:.1%}"))
    _x_labels(body, days, left, step, top + plot_h + 16)
    return _frame(width, height, title, body)
