"""The comparison's charts, drawn with reportlab.graphics from the comparison's area scores.

- overlaid radar: one polygon per assessment (colour and dash pattern per assessment, so that
  it also reads in black and white);
- trend: one line per area across a network's assessments, in date order.

An area that is not scored is never drawn as 0: the radar leaves the point out (only segments
between neighbouring scored areas are drawn) and the trend line breaks there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from wen_assess import formatting as fmt
from wen_assess.compare import Trend
from wen_assess.report.charts import (
    GRID_STEPS,
    radar_axis_labels,
    radar_dots,
    radar_ring_labels,
    radar_series,
    radar_web,
)
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.fonts import BOLD, REGULAR, chart_label, text_width
from wen_assess.report.styles import INK, MUTED, NOT_SCORED, RULE, band_colours, tint
from wen_assess.report.text import fit

# Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), without the
# yellow that cannot be read on white; each series also has its own dash pattern.
SERIES_COLOURS = tuple(
    colors.HexColor(c)
    for c in ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000")
)
SERIES_DASHES: tuple[list[float] | None, ...] = (None, [5, 2], [1.5, 1.5], [6, 2, 1.5, 2])
RADAR_MAX_SERIES = 8  # beyond this the polygons cannot be told apart


@dataclass(frozen=True)
class SeriesStyle:
    colour: colors.Color
    dash: list[float] | None


def series_style(index: int) -> SeriesStyle:
    return SeriesStyle(
        SERIES_COLOURS[index % len(SERIES_COLOURS)], SERIES_DASHES[index % len(SERIES_DASHES)]
    )


def _swatch(drawing: Drawing, x: float, y: float, style: SeriesStyle) -> None:
    drawing.add(
        Line(x, y, x + 18, y, strokeColor=style.colour, strokeWidth=1.8, strokeDashArray=style.dash)
    )
    drawing.add(Circle(x + 9, y, 2.4, fillColor=style.colour, strokeColor=colors.white))


def _legend_rows(labels: Sequence[str], width: float, size: float) -> list[list[int]]:
    """Legend entries packed into rows that fit ``width``: lists of indexes."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, label in enumerate(labels):
        w = 26 + stringWidth(label, REGULAR, size) + 14
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += w
    return rows


def overlaid_radar(data: ComparisonData, width: float, height: float) -> Drawing:
    """One polygon per assessment over the areas of the comparison (at least three)."""
    comparison = data.comparison
    areas = comparison.areas
    n = len(areas)
    # A long name is shortened with an ellipsis so each entry fits on the page; the table of
    # overall scores above the chart names every assessment in full.
    room = width - 8 - 40

    def measure(text: str) -> float:
        return stringWidth(text, REGULAR, 7.5)

    labels = [fit(series_label(data, i), room, measure) for i in range(len(comparison.entries))]
    legend = _legend_rows(labels, width - 8, 7.5)
    legend_h = len(legend) * 12 + 6
    total_h = height + legend_h
    drawing = Drawing(width, total_h, initialFontName=REGULAR)
    cx, cy = width / 2, legend_h + height / 2 - 2
    radius = min(width * 0.27, height / 2 - 30)

    point = radar_web(drawing, n, cx, cy, radius)

    for e in range(len(comparison.entries)):
        style = series_style(e)
        scores = [row.scores[e] for row in areas]
        radar_series(
            drawing, point, scores, strokeColor=style.colour, strokeWidth=1.5,
            strokeDashArray=style.dash, fillColor=style.colour, fillOpacity=0.05,
        )  # fmt: skip
        radar_dots(drawing, point, scores, 2.2, [style.colour] * n)

    radar_ring_labels(drawing, point, n, data.language)

    radar_axis_labels(
        drawing,
        (cx, cy, radius, width),
        [(data.area_name(row.code), row.code, MUTED) for row in areas],
    )

    _legend(drawing, legend, labels, legend_h)
    return drawing


def series_label(data: ComparisonData, index: int) -> str:
    """An assessment as the charts name it: network, date, and what tells it apart."""
    entry = data.entries[index]
    label = f"{entry.network} · {data.when(entry)}"
    if entry.distinction:
        label += f" {entry.distinction}"
    if index == data.comparison.baseline:
        label += " " + data.t("(baseline)")
    return label


def _legend(
    drawing: Drawing, rows: list[list[int]], labels: Sequence[str], legend_h: float
) -> None:
    for r, indexes in enumerate(rows):
        y = legend_h - 10 - r * 12
        x = 4.0
        for i in indexes:
            _swatch(drawing, x, y + 2.5, series_style(i))
            # The label holds the network's name: any script, in the fonts that draw it.
            drawing.add(chart_label(x + 24, y, labels[i], REGULAR, 7.5, INK))
            x += 26 + text_width(labels[i], REGULAR, 7.5) + 14


def trend_chart(data: ComparisonData, trend: Trend, width: float, height: float) -> Drawing:
    """Each area's score across the network's assessments; x follows the dates when known."""
    entries = [data.entries[i] for i in trend.entries]
    q = entries[-1].questionnaire
    bands = q.bands
    colours = band_colours(bands)
    drawing = Drawing(width, height, initialFontName=REGULAR)
    label_right = 150.0
    label_left = 44.0
    x0, x1 = label_left, width - label_right
    y0, y1 = 22.0, height - 14.0

    dates = [e.assessment_date for e in entries]
    if all(d is not None for d in dates) and dates[0] != dates[-1]:
        span = (dates[-1] - dates[0]).days  # type: ignore[operator]
        xs = [x0 + (x1 - x0) * (d - dates[0]).days / span for d in dates]  # type: ignore[operator]
    else:
        xs = [x0 + (x1 - x0) * k / max(len(entries) - 1, 1) for k in range(len(entries))]

    def y_of(percent: float) -> float:
        return y0 + (y1 - y0) * max(0.0, min(percent, 100.0)) / 100

    # Band zones, as in the improvement report's bar chart, and the grid.
    for k, band in enumerate(bands):
        top = bands[k + 1].min_score if k + 1 < len(bands) else 100.0
        drawing.add(
            Rect(x0, y_of(band.min_score), x1 - x0, y_of(top) - y_of(band.min_score),
                 fillColor=tint(colours[band.name.en], 0.08), strokeColor=None)
        )  # fmt: skip
    for step in (0, *GRID_STEPS):
        drawing.add(Line(x0, y_of(step), x1, y_of(step), strokeColor=RULE, strokeWidth=0.5))
        drawing.add(
            String(x0 - 4, y_of(step) - 2.5, fmt.percent(step, decimals=0, language=data.language),
                   fontName=REGULAR, fontSize=6.5,
                   fillColor=MUTED, textAnchor="end")
        )  # fmt: skip
    # Dates under the axis (the first and last kept inside the plot); a date that would overlap
    # the one before it, or the last one, is left out.
    texts = [data.when(e) for e in entries]
    widths = [stringWidth(t, REGULAR, 7) for t in texts]
    last = len(entries) - 1
    last_left = xs[-1] - widths[-1] - 3
    placed_right = -math.inf
    for k, (x, text, w) in enumerate(zip(xs, texts, widths, strict=True)):
        drawing.add(Line(x, y0, x, y1, strokeColor=RULE, strokeWidth=0.8))
        left = x if k == 0 else (x - w if k == last else x - w / 2)
        if left - 3 < placed_right or (0 < k < last and left + w + 3 > last_left):
            continue
        placed_right = left + w + 3
        drawing.add(String(left, y0 - 12, text, fontName=REGULAR, fontSize=7, fillColor=MUTED))

    right_labels: list[tuple[float, tuple[str, str], SeriesStyle]] = []
    for k, (code, scores) in enumerate(trend.areas):
        style = series_style(k)
        points = [(x, s) for x, s in zip(xs, scores, strict=True)]
        for (xa, a), (xb, b) in pairwise(points):
            if a is not None and b is not None:
                drawing.add(
                    Line(xa, y_of(a), xb, y_of(b), strokeColor=style.colour, strokeWidth=1.6,
                         strokeDashArray=style.dash)
                )  # fmt: skip
        for x, s in points:
            if s is not None:
                drawing.add(
                    Circle(x, y_of(s), 2.4, fillColor=style.colour, strokeColor=colors.white)
                )
        last = scores[-1]
        name = fit(f"{code} {data.area_name(code)}", label_right - 52,
                   lambda t: stringWidth(t, BOLD, 7.5))  # fmt: skip
        label_y = y_of(last) if last is not None else y0
        right_labels.append((label_y, (name, data.percent(last, at_start=True)), style))

    for y, (name, value), style in _spread(right_labels, 9.0, y0 - 4, y1 + 4):
        drawing.add(Line(x1 + 4, y + 2.5, x1 + 14, y + 2.5, strokeColor=style.colour,
                         strokeWidth=1.6, strokeDashArray=style.dash))  # fmt: skip
        drawing.add(String(x1 + 18, y, name, fontName=BOLD, fontSize=7.5, fillColor=INK))
        drawing.add(
            String(width, y, value, fontName=REGULAR, fontSize=7.5,
                   fillColor=NOT_SCORED if value == data.percent(None, at_start=True) else MUTED,
                   textAnchor="end")
        )  # fmt: skip
    return drawing


def _spread(
    labels: list[tuple[float, tuple[str, str], SeriesStyle]], gap: float, low: float, high: float
) -> list[tuple[float, tuple[str, str], SeriesStyle]]:
    """Move label baselines apart (at least ``gap``), keeping their order and the range."""
    ordered = sorted(labels, key=lambda item: item[0])
    ys = [max(low, min(y - 2.5, high)) for y, _, _ in ordered]
    for k in range(1, len(ys)):
        ys[k] = max(ys[k], ys[k - 1] + gap)
    overflow = ys[-1] - high if ys else 0
    if overflow > 0:
        ys = [y - overflow for y in ys]
        for k in range(len(ys) - 2, -1, -1):
            ys[k] = min(ys[k], ys[k + 1] - gap)
    return [(y, text, style) for y, (_, text, style) in zip(ys, ordered, strict=True)]
