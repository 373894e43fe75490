"""The report's two charts, drawn with reportlab.graphics from the result's area scores.

- radar: each area's score against its target, both as % of the scale;
- bars: one bar per area in its band's colour, over the band zones, with the target marked.

An area that is not scored is labelled "Not scored" and never drawn as 0.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from wen_assess import formatting as fmt
from wen_assess.report.data import ReportData
from wen_assess.report.fonts import BOLD, REGULAR
from wen_assess.report.styles import (
    INK,
    MUTED,
    NOT_SCORED,
    PRIMARY,
    RULE,
    TARGET,
    band_colours,
    tint,
)
from wen_assess.report.text import fit

GRID_STEPS = fmt.RADAR_RINGS


BAND_NAME_MIN_SIZE = 5.5  # points: below this a band name above the bars is hard to read


def label_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of a short chart label into at most two lines."""
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return [fit(line, width, lambda s: stringWidth(s, font, size)) for line in lines]


Point = Callable[[int, float], tuple[float, float]]


def radar_web(drawing: Drawing, n: int, cx: float, cy: float, radius: float) -> Point:
    """Draw a radar's web (rings at the grid steps, one spoke per axis) and return the
    function that places ``percent`` on axis ``i``; axis 0 points up, the others clockwise."""

    def point(i: int, percent: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        r = radius * max(0.0, min(percent, 100.0)) / 100
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for step in GRID_STEPS:
        ring = [c for i in range(n) for c in point(i, step)]
        drawing.add(
            Polygon(ring, strokeColor=RULE, strokeWidth=0.5 if step < 100 else 0.8, fillColor=None)
        )
    for i in range(n):
        x, y = point(i, 100)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
    return point


def radar_series(
    drawing: Drawing, point: Point, values: Sequence[float | None], **style: object
) -> None:
    """One series on the web: a closed shape through every axis's value; with a value missing,
    only the segments between neighbouring values, so that a missing value is not drawn as 0.
    ``style``: ReportLab's stroke and fill properties (a fill only for the closed shape)."""
    n = len(values)
    if all(v is not None for v in values):
        drawing.add(Polygon([c for i, v in enumerate(values) for c in point(i, v)], **style))
        return
    line = {name: value for name, value in style.items() if name.startswith("stroke")}
    for i in range(n):
        j = (i + 1) % n
        a, b = values[i], values[j]
        # The closing segment (last axis back to the first) only where there are 3 axes or more.
        if a is not None and b is not None and (j != 0 or n > 2):
            drawing.add(PolyLine([*point(i, a), *point(j, b)], **line))


def radar_dots(
    drawing: Drawing,
    point: Point,
    values: Sequence[float | None],
    radius: float,
    fills: Sequence[colors.Color],
) -> None:
    """A dot on each axis that has a value, filled with that axis's colour in ``fills``."""
    for i, value in enumerate(values):
        if value is not None:
            x, y = point(i, value)
            drawing.add(Circle(x, y, radius, fillColor=fills[i], strokeColor=colors.white))


def radar_ring_labels(drawing: Drawing, point: Point, n: int, language: str = "en") -> None:
    """Each ring's value, midway along the edge between the last and the first spoke, on a
    light backing so that a score line passing under it does not hide it. Drawn after the
    scores, on top of them."""
    for step in GRID_STEPS:
        (x1, y1), (x2, y2) = point(n - 1, step), point(0, step)
        label = fmt.percent(step, decimals=0, language=language)
        lw = stringWidth(label, REGULAR, 6.5)
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        drawing.add(
            Rect(mx - lw / 2 - 1.5, my - 2.5, lw + 3, 8, fillColor=colors.white,
                 fillOpacity=0.85, strokeColor=None)
        )  # fmt: skip
        drawing.add(
            String(mx, my, label, fontName=REGULAR, fontSize=6.5, fillColor=MUTED,
                   textAnchor="middle")
        )  # fmt: skip


def radar_axis_labels(
    drawing: Drawing,
    geometry: tuple[float, float, float, float],
    labels: Sequence[tuple[str, str, colors.Color]],
) -> None:
    """Each axis's name in bold, with a second line (a score, a code) in its own colour,
    placed outside the web and anchored away from it. ``geometry`` = (cx, cy, radius, width)."""
    cx, cy, radius, width = geometry
    label_width = min(width * 0.2, 110)
    line_h = 9.5
    for i, (name, second, second_colour) in enumerate(labels):
        angle = math.pi / 2 - 2 * math.pi * i / len(labels)
        lx = cx + (radius + 10) * math.cos(angle)
        ly = cy + (radius + 10) * math.sin(angle)
        c, s = math.cos(angle), math.sin(angle)
        anchor = "middle" if abs(c) < 0.3 else ("start" if c > 0 else "end")
        block = [*label_lines(name, BOLD, 8, label_width), second]
        top = ly + (len(block) * line_h if s > 0.3 else len(block) * line_h / 2)
        if s < -0.3:
            top = ly - 2
        for k, text in enumerate(block):
            last = k == len(block) - 1
            drawing.add(
                String(
                    lx,
                    top - (k + 1) * line_h + 2,
                    text,
                    fontName=REGULAR if last else BOLD,
                    fontSize=8,
                    fillColor=second_colour if last else INK,
                    textAnchor=anchor,
                )
            )


def radar_chart(data: ReportData, width: float, height: float) -> Drawing:
    areas = data.result.areas
    colours = band_colours(data.questionnaire.bands)
    drawing = Drawing(width, height, initialFontName=REGULAR)
    n = len(areas)
    cx, cy = width / 2, height / 2 - 4
    radius = min(width * 0.28, height / 2 - 34)

    point = radar_web(drawing, n, cx, cy, radius)

    # Targets: a dashed outline.
    dashed = {"strokeColor": TARGET, "strokeWidth": 1, "strokeDashArray": [3, 2]}
    radar_series(drawing, point, [a.target_score for a in areas], **dashed, fillColor=None)
    scores = [a.score for a in areas]
    radar_series(
        drawing, point, scores, strokeColor=PRIMARY, strokeWidth=1.6, fillColor=PRIMARY,
        fillOpacity=0.18,
    )  # fmt: skip
    radar_dots(drawing, point, scores, 3, [colours.get(a.band, PRIMARY) for a in areas])

    radar_ring_labels(drawing, point, n, data.language)

    # Labels outside the web: area name and score.
    radar_axis_labels(
        drawing,
        (cx, cy, radius, width),
        [
            (
                data.area_name(a.code),
                data.percent(a.score, at_start=True),
                NOT_SCORED if a.score is None else MUTED,
            )
            for a in areas
        ],
    )

    _legend(drawing, width, [(data.t("score"), PRIMARY, False), (data.t("target"), TARGET, True)])
    return drawing


def _legend(drawing: Drawing, width: float, entries: list[tuple[str, object, bool]]) -> None:
    x = width - 4
    for label, colour, dashed in reversed(entries):
        w = stringWidth(label, REGULAR, 7.5)
        x -= w
        drawing.add(String(x, 3, label, fontName=REGULAR, fontSize=7.5, fillColor=MUTED))
        x -= 20
        drawing.add(
            Line(
                x,
                6,
                x + 16,
                6,
                strokeColor=colour,
                strokeWidth=1.6,
                strokeDashArray=[3, 2] if dashed else None,
            )
        )
        x -= 12


def bar_chart(data: ReportData, width: float) -> Drawing:
    areas = data.result.areas
    bands = data.questionnaire.bands
    colours = band_colours(data.questionnaire.bands)
    label_w = min(120.0, width * 0.26)
    value_w = 62.0
    x0 = label_w + 6
    plot_w = width - x0 - value_w
    bar_h, gap = 15.0, 8.0
    top_pad, bottom_pad = 22.0, 30.0
    height = top_pad + bottom_pad + len(areas) * (bar_h + gap) - gap
    drawing = Drawing(width, height, initialFontName=REGULAR)
    plot_top = height - top_pad
    plot_bottom = bottom_pad

    def x_of(percent: float) -> float:
        return x0 + plot_w * max(0.0, min(percent, 100.0)) / 100

    # Band zones, lightly tinted, with the band names above them.
    for k, band in enumerate(bands):
        start = band.min_score
        end = bands[k + 1].min_score if k + 1 < len(bands) else 100.0
        colour = colours[band.name.en]
        drawing.add(
            Rect(
                x_of(start),
                plot_bottom,
                x_of(end) - x_of(start),
                plot_top - plot_bottom,
                fillColor=tint(colour, 0.10),
                strokeColor=None,
            )
        )
        # A longer translated name ("En développement") is set smaller before it is shortened.
        room = x_of(end) - x_of(start) - 4
        full = band.name.get(data.language)
        size = max(BAND_NAME_MIN_SIZE, min(7.0, 7.0 * room / max(stringWidth(full, BOLD, 7), 1)))
        name = fit(full, room, lambda s, size=size: stringWidth(s, BOLD, size))
        drawing.add(
            String(
                (x_of(start) + x_of(end)) / 2,
                plot_top + 7,
                name,
                fontName=BOLD,
                fontSize=size,
                fillColor=colour,
                textAnchor="middle",
            )
        )
    for step in (0, *GRID_STEPS):
        x = x_of(step)
        drawing.add(Line(x, plot_bottom, x, plot_top, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(
            String(
                x,
                plot_bottom - 10,
                fmt.percent(step, decimals=0, language=data.language),
                fontName=REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )

    for i, a in enumerate(areas):
        y = plot_top - (i + 1) * bar_h - i * gap
        label = fit(data.area_name(a.code), label_w, lambda s: stringWidth(s, BOLD, 8.5))
        drawing.add(
            String(
                label_w,
                y + 4.5,
                label,
                fontName=BOLD,
                fontSize=8.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        if a.score is None:
            drawing.add(
                String(
                    x0 + 4,
                    y + 4.5,
                    data.percent(None, at_start=True),
                    fontName=REGULAR,
                    fontSize=8,
                    fillColor=NOT_SCORED,
                )
            )
        else:
            drawing.add(
                Rect(
                    x0,
                    y,
                    max(x_of(a.score) - x0, 0.8),
                    bar_h,
                    fillColor=colours.get(a.band, PRIMARY),
                    strokeColor=None,
                )
            )
        tx = x_of(a.target_score)
        drawing.add(Line(tx, y - 2.5, tx, y + bar_h + 2.5, strokeColor=TARGET, strokeWidth=1.6))
        drawing.add(
            String(
                x0 + plot_w + 8,
                y + 4.5,
                data.percent(a.score) if a.score is not None else "",
                fontName=BOLD,
                fontSize=8.5,
                fillColor=INK,
            )
        )

    # Legend: bar colour = band (after the critical-item cap), black tick = target.
    lx = x0
    drawing.add(Line(lx, 5, lx, 13, strokeColor=TARGET, strokeWidth=1.6))
    target = data.t("target")
    drawing.add(String(lx + 5, 6, target, fontName=REGULAR, fontSize=7.5, fillColor=MUTED))
    lx += 5 + stringWidth(target, REGULAR, 7.5) + 14
    drawing.add(
        String(
            lx,
            6,
            data.t("Each bar has the colour of its area's band (after any critical-item cap)."),
            fontName=REGULAR,
            fontSize=7.5,
            fillColor=MUTED,
        )
    )
    return drawing
