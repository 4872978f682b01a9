"""Charts as server-rendered SVG, each with a text alternative.

The same markup serves the page and the PDF. No scripts and no inline styles (the
Content-Security-Policy forbids both): shapes carry classes that the one stylesheet colours,
plus `fill` attributes so a PDF renderer without the stylesheet still draws them.

Every chart returns a `Chart`: `svg` (safe markup with role="img", a <title> and <desc>),
`summary` (one sentence) and `table` (rows for an accessible data table beside the chart).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from django.utils.safestring import SafeString, mark_safe

PALETTE = ("#1f5f6b", "#b4572e", "#6a8d3a", "#7a4e9a", "#b08a1e", "#3d6fb6")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]


@dataclass(frozen=True)
class Chart:
    svg: SafeString
    summary: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = field(default_factory=tuple)


def _fmt(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"


def _open(width: int, height: int, title: str, desc: str, css: str) -> list[str]:
    ident = f"c{abs(hash((title, desc))) % 10**8}"
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{ident}-t {ident}-d" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>',
    ]


def bar_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    title: str,
    y_max: float | None = None,
    unit: str = "",
    decimals: int = 0,
    width: int = 640,
    height: int = 260,
    axis_labels: Sequence[str] | None = None,
) -> Chart:
    """Grouped vertical bars: one group per label, one bar per series.

    `axis_labels` are shorter words under the bars ("Mon" for "Monday") where the full
    labels would collide; the text alternative and the table keep the full labels.
    """
    left, right, top, bottom = 44, 12, 16, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for s in series for v in s.values if v is not None]
    peak = y_max if y_max is not None else max([*values, 1.0])
    peak, ticks = _ticks(0, peak or 1.0, decimals)
    parts = _open(width, height, title, _describe(labels, series, unit, decimals), "bar-chart")
    parts += _y_axis(left, top, plot_w, plot_h, ticks, y_min=0, peak=peak)
    group_w = plot_w / max(len(labels), 1)
    bar_w = max(2.0, (group_w * 0.8) / max(len(series), 1))
    for i, label in enumerate(labels):
        x0 = left + i * group_w + group_w * 0.1
        for j, s in enumerate(series):
            value = s.values[i] if i < len(s.values) else None
            if value is None:
                continue
            h = plot_h * (value / peak)
            parts.append(
                f'<rect class="bar s{j}" fill="{PALETTE[j % len(PALETTE)]}" x="{x0 + j * bar_w:.1f}" '
                f'y="{top + plot_h - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}">'
                f"<title>{escape(s.name)}, {escape(label)}: {_fmt(value, decimals)}{escape(unit)}</title></rect>"
            )
        parts.append(
            f'<text class="axis-label" x="{x0 + group_w * 0.4:.1f}" y="{top + plot_h + 16}" '
            f'text-anchor="middle" font-size="11">'
            f"{escape(_short(axis_labels[i] if axis_labels else label))}</text>"
        )
    parts += _legend(series, left, height - 18)
    parts.append("</svg>")
    return _chart(parts, labels, series, title, unit, decimals)


def line_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    title: str,
    y_min: float = 0,
    y_max: float | None = None,
    unit: str = "",
    decimals: int = 1,
    width: int = 640,
    height: int = 260,
) -> Chart:
    """Lines over time (labels are the x positions, e.g. dates); gaps where a value is None."""
    left, right, top, bottom = 44, 12, 16, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for s in series for v in s.values if v is not None]
    peak = y_max if y_max is not None else max([*values, y_min + 1])
    peak, ticks = _ticks(y_min, peak, decimals)
    span = (peak - y_min) or 1.0
    parts = _open(width, height, title, _describe(labels, series, unit, decimals), "line-chart")
    parts += _y_axis(left, top, plot_w, plot_h, ticks, y_min=y_min, peak=peak)
    step = plot_w / max(len(labels) - 1, 1)
    for j, s in enumerate(series):
        colour = PALETTE[j % len(PALETTE)]
        # One polyline per run of known values, so a missing value leaves a visible gap.
        runs: list[list[str]] = [[]]
        dots: list[str] = []
        for i, v in enumerate(s.values):
            if v is None:
                runs.append([])
                continue
            x, y = left + i * step, top + plot_h - plot_h * ((v - y_min) / span)
            runs[-1].append(f"{x:.1f},{y:.1f}")
            dots.append(
                f'<circle class="dot s{j}" fill="{colour}" cx="{x:.1f}" cy="{y:.1f}" r="3.5">'
                f"<title>{escape(s.name)}, {escape(labels[i])}: {_fmt(v, decimals)}{escape(unit)}</title></circle>"
            )
        for run in runs:
            if len(run) > 1:
                parts.append(
                    f'<polyline class="line s{j}" fill="none" stroke="{colour}" stroke-width="2.5" '
                    f'points="{" ".join(run)}"/>'
                )
        parts += dots
    # At most about six labels (the chart shrinks to half its width on a phone), and the
    # last one only when it stands clear of the one before it.
    every = max(1, -(-len(labels) // 6))
    last = len(labels) - 1
    for i, label in enumerate(labels):
        if i % every == 0 or (i == last and 2 * (last % every) > every):
            parts.append(
                f'<text class="axis-label" x="{left + i * step:.1f}" y="{top + plot_h + 16}" '
                f'text-anchor="middle" font-size="11">{escape(_short(label))}</text>'
            )
    parts += _legend(series, left, height - 18)
    parts.append("</svg>")
    return _chart(parts, labels, series, title, unit, decimals)


def heat_map(
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    cells: Sequence[Sequence[float | None]],
    *,
    title: str,
    low_is_concern: bool = True,
    decimals: int = 1,
    cell_text: Sequence[Sequence[str]] | None = None,
) -> Chart:
    """A grid (e.g. children or groups × domains) shaded by value from 0 to 1."""
    left, top, cell_w, cell_h = 150, 96, 64, 28
    width = left + cell_w * len(col_labels) + 8
    height = top + cell_h * len(row_labels) + 8
    desc = (
        f"{len(row_labels)} rows by {len(col_labels)} columns; the table below gives every value."
    )
    parts = _open(width, height, title, desc, "heat-map")
    for j, col in enumerate(col_labels):
        x = left + j * cell_w + cell_w / 2
        parts.append(
            f'<text class="axis-label" font-size="11" transform="translate({x:.1f},{top - 6}) rotate(-40)">'
            f"{escape(_short(col, 22))}</text>"
        )
    for i, row in enumerate(row_labels):
        y = top + i * cell_h
        parts.append(
            f'<text class="axis-label" x="{left - 6}" y="{y + cell_h * 0.65:.1f}" text-anchor="end" '
            f'font-size="12">{escape(_short(row, 22))}</text>'
        )
        for j, _col in enumerate(col_labels):
            value = cells[i][j] if j < len(cells[i]) else None
            shade = _shade(value, low_is_concern)
            label = cell_text[i][j] if cell_text else _fmt(value, decimals)
            parts.append(
                f'<rect class="cell" x="{left + j * cell_w}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" '
                f'fill="{shade}"><title>{escape(row)}, {escape(col_labels[j])}: {escape(label)}</title></rect>'
                f'<text x="{left + j * cell_w + cell_w / 2 - 1:.1f}" y="{y + cell_h * 0.65:.1f}" '
                f'text-anchor="middle" font-size="11" fill="#1d2a30">{escape(label)}</text>'
            )
    parts.append("</svg>")
    rows = tuple(
        (
            row,
            *(
                (cell_text[i][j] if cell_text else _fmt(cells[i][j], decimals))
                for j in range(len(col_labels))
            ),
        )
        for i, row in enumerate(row_labels)
    )
    return Chart(
        svg=mark_safe("".join(parts)),  # noqa: S308 - every text inside is escaped above
        summary=f"{title}: {len(row_labels)} rows by {len(col_labels)} columns.",
        headers=("", *col_labels),
        rows=rows,
    )


def _shade(value: float | None, low_is_concern: bool) -> str:
    if value is None:
        return "#eeeeee"
    v = min(max(value, 0.0), 1.0)
    v = 1 - v if low_is_concern else v
    # From calm (pale teal) to concern (warm orange), light enough for dark text everywhere.
    calm, concern = (220, 236, 238), (244, 190, 160)
    r, g, b = (round(c + (k - c) * v) for c, k in zip(calm, concern, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def _ticks(low: float, high: float, decimals: int) -> tuple[float, list[tuple[float, str]]]:
    """Up to five gridlines at round values; whole numbers only for counts (decimals=0)."""
    if decimals == 0:
        step = max(1, math.ceil((high - low) / 4))
        top = low + step * max(1, math.ceil((high - low) / step))
        values = [low + step * k for k in range(int((top - low) / step) + 1)]
    elif float(high - low).is_integer() and 3 <= high - low <= 5:
        top = high  # a short whole-number scale (intensity 1 to 5): a line at each point
        values = [low + k for k in range(int(high - low) + 1)]
    else:
        top = high
        values = [low + (high - low) * k / 4 for k in range(5)]
    return top, [(v, _fmt(v, decimals)) for v in values]


def _y_axis(
    left: int,
    top: int,
    plot_w: float,
    plot_h: float,
    ticks: list[tuple[float, str]],
    *,
    y_min: float,
    peak: float,
) -> list[str]:
    parts = []
    span = (peak - y_min) or 1.0
    for value, label in ticks:
        y = top + plot_h - plot_h * (value - y_min) / span
        parts.append(
            f'<line class="grid" x1="{left}" x2="{left + plot_w:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d9d3c7"/>'
            f'<text class="axis-label" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{label}</text>"
        )
    return parts


def _legend(series: Sequence[Series], x: int, y: int) -> list[str]:
    if len(series) < 2:
        return []
    parts, offset = [], 0
    for j, s in enumerate(series):
        parts.append(
            f'<rect x="{x + offset}" y="{y - 9}" width="10" height="10" fill="{PALETTE[j % len(PALETTE)]}"/>'
            f'<text class="legend" x="{x + offset + 14}" y="{y}" font-size="11">{escape(s.name)}</text>'
        )
        offset += 24 + 7 * len(s.name)
    return parts


def _short(text: str, limit: int = 14) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(labels: Sequence[str], series: Sequence[Series], unit: str, decimals: int) -> str:
    pieces = []
    for s in series:
        known = [(lab, v) for lab, v in zip(labels, s.values, strict=False) if v is not None]
        if known:
            high = max(known, key=lambda p: p[1])
            low = min(known, key=lambda p: p[1])
            pieces.append(
                f"{s.name}: highest {_fmt(high[1], decimals)}{unit} ({high[0]}), "
                f"lowest {_fmt(low[1], decimals)}{unit} ({low[0]})"
            )
        else:
            pieces.append(f"{s.name}: no data")
    return "; ".join(pieces) + "."


def _chart(
    parts: list[str],
    labels: Sequence[str],
    series: Sequence[Series],
    title: str,
    unit: str,
    decimals: int,
) -> Chart:
    rows = tuple(
        (label, *(_fmt(s.values[i] if i < len(s.values) else None, decimals) for s in series))
        for i, label in enumerate(labels)
    )
    return Chart(
        svg=mark_safe("".join(parts)),  # noqa: S308 - every text inside is escaped above
        summary=f"{title}. {_describe(labels, series, unit, decimals)}",
        headers=("", *(s.name for s in series)),
        rows=rows,
    )
