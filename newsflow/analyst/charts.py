"""Small inline SVG charts for the digest: self-contained markup, no scripts, no external assets."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape

# Tableau 10: distinct, print-friendly, colour-blind aware.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
           "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
_FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="11"'


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


def _frame(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-label="{escape(title)}" {_FONT}><title>{escape(title)}</title>'
            + "".join(body) + "</svg>")


def _y_axis(body: list[str], left: int, top: int, plot_w: int, plot_h: int, y_max: float,
            fmt: str) -> None:
    # Round tick values: 1 and 5 split in fifths, 2 in quarters.
    leading = round(y_max / 10 ** math.floor(math.log10(y_max)))
    ticks = 4 if leading == 2 else 5
    for i in range(ticks + 1):
        value = y_max * i / ticks
        y = top + plot_h - plot_h * i / ticks
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                    f'stroke="#e5e7eb"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#6b7280">'
                    f'{fmt.format(value)}</text>')


def _x_labels(body: list[str], days: Sequence[date], left: int, step: float, y: int) -> None:
    every = max(1, len(days) // 10)
    for i, d in enumerate(days):
        if i % every == 0 or i == len(days) - 1:
            x = left + step * (i + 0.5)
            body.append(f'<text x="{x:.1f}" y="{y}" text-anchor="middle" fill="#6b7280">'
                        f'{d:%d %b}</text>')


def stacked_bars(title: str, days: Sequence[date], series: dict[str, Sequence[int]],
                 width: int = 900, height: int = 300) -> str:
    """One bar per day, stacked by series (e.g. articles per source), with a legend below."""
    left, top, right = 44, 12, 12
    legend_rows = (len(series) + 5) // 6
    plot_w, plot_h = width - left - right, height - top - 34 - 18 * legend_rows
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    y_max = _nice_max(max(totals, default=0))
    body: list[str] = []
    _y_axis(body, left, top, plot_w, plot_h, y_max, "{:.0f}")
    step = plot_w / max(1, len(days))
    for i in range(len(days)):
        base = 0
        for n, (name, values) in enumerate(series.items()):
            if not values[i]:
                continue
            h = plot_h * values[i] / y_max
            y = top + plot_h - plot_h * base / y_max - h
            body.append(f'<rect x="{left + step * i + step * 0.15:.1f}" y="{y:.1f}" '
                        f'width="{step * 0.7:.1f}" height="{h:.1f}" fill="{PALETTE[n % len(PALETTE)]}">'
                        f'<title>{escape(name)}, {days[i]:%d %b}: {values[i]}</title></rect>')
            base += values[i]
    _x_labels(body, days, left, step, top + plot_h + 16)
    for n, name in enumerate(series):
        x = left + (n % 6) * (plot_w / 6)
        y = top + plot_h + 36 + 18 * (n // 6)
        body.append(f'<rect x="{x:.1f}" y="{y - 9}" width="10" height="10" rx="2" '
                    f'fill="{PALETTE[n % len(PALETTE)]}"/>'
                    f'<text x="{x + 15:.1f}" y="{y}" fill="#374151">{escape(name)}</text>')
    return _frame(width, height, title, body)


def share_line(title: str, days: Sequence[date], shares: Sequence[float | None],
               width: int = 900, height: int = 220) -> str:
    """Share (0..1) per day as a line with points; days without data leave a gap."""
    left, top, right, bottom = 44, 12, 12, 26
    plot_w, plot_h = width - left - right, height - top - bottom
    y_max = _nice_max(max((s for s in shares if s is not None), default=0) * 1.1 or 0.1)
    body: list[str] = []
    _y_axis(body, left, top, plot_w, plot_h, y_max, "{:.0%}")
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
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in segment)
        body.append(f'<polyline points="{path}" fill="none" stroke="{PALETTE[0]}" stroke-width="2"/>')
    for x, y, s, d in points:
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[0]}">'
                    f'<title>{d:%d %b}: {s:.1%}</title></circle>')
    _x_labels(body, days, left, step, top + plot_h + 16)
    return _frame(width, height, title, body)
