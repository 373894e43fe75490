"""Section 2, the executive summary: headline figures, strengths, urgent priorities, areas."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from wen_assess import formatting as fmt
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table, table_cell, warn
from wen_assess.report.data import ReportData
from wen_assess.report.sections.cautions import cautions
from wen_assess.report.sections.items import band_badge
from wen_assess.report.sections.progress import baseline_sentence, change_markup
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    MUTED,
    PRIMARY,
    RULE,
    band_colours,
    hex_of,
    layout_style,
    styles,
    tint,
)
from wen_assess.report.text import esc, first_sentence, lower_first, plural
from wen_assess.scoring import Priority


def _area_ref(data: ReportData, code: str | None, *, strongest: bool = False) -> str:
    if code is None:
        return muted("None scored yet")
    name = f"<b>{esc(data.result.area(code).name)}</b>"
    if data.result.areas_scored == 1:  # never named both the weakest and the strongest
        if strongest:
            return muted("Only one area scored")
        name += " (the only area scored)"
    return f"{name}<br/>" + _score_band(data, code)


def _score_band(data: ReportData, code: str) -> str:
    a = data.result.area(code)
    score, band = fmt.percent(a.score, at_start=True), fmt.band(a.band, at_start=True)
    return f"{esc(score)} · {esc(band)}"


def _figure(label: str, markup: str) -> list[Flowable]:
    return [paragraph(esc(label), "figure_label"), paragraph(markup, "cell")]


def _urgent_sentence(data: ReportData, p: Priority) -> str:
    item = data.item(p.item_id)
    step = p.actions[0].text if p.actions else p.next_meaning
    scale = data.questionnaire.scale
    return (
        f"Raise <b>{esc(item.title.en)}</b> ({esc(p.item_id)}, {esc(data.area_name(p.area_code))}"
        f", {esc(p.label)}) from level {p.level} ({esc(scale.level(p.level).label.en)}) to "
        f"{p.next_level} ({esc(scale.level(p.next_level).label.en)}): "
        f"{esc(lower_first(first_sentence(step)))}"
    )


def summary(data: ReportData) -> list[Flowable]:
    q, result = data.questionnaire, data.result
    s = styles()
    colours = band_colours(q.bands)
    overall_colour = colours.get(result.overall_band or "", MUTED)
    when = data.record.assessment_date
    dated = f"dated {esc(data.date)}" if when else "with no assessment date set"
    story: list[Flowable] = [
        paragraph(f"{data.numbers['summary']} Executive summary", "h1"),
        paragraph(
            f"This report presents the self-assessment of <b>{esc(data.network)}</b> against the "
            f"{esc(q.title.en)} (version {esc(q.version)}), {dated}. It covers "
            f"{plural(len(result.areas), 'area')} and {plural(result.items_total, 'item')}, and "
            "turns the gaps into a prioritised improvement plan."
        ),
    ]

    overall = Paragraph(
        f'<font color="{hex_of(overall_colour)}">'
        f"{esc(fmt.percent(result.overall_score, at_start=True))}</font>",
        s.figure,
    )
    scored, total = result.areas_scored, len(result.areas)
    overall_band = paragraph(
        f'<font color="{hex_of(overall_colour)}"><b>{esc(result.overall_band)}</b></font>'
        + (warn(f"<br/>from {scored} of {total} areas") if scored < total else "")
        if result.overall_band
        else muted("No area scored yet"),
        "cell",
    )
    counts = " · ".join(f"<b>P{n}</b>: {result.count(n)}" for n in (1, 2, 3))
    agreed_only = sum(1 for e in data.plan if e.priority is None)
    if agreed_only:
        counts += f" · <b>other</b>: {agreed_only}"
    cards = [
        [
            [paragraph("Overall score", "figure_label"), overall, overall_band],
            _figure("Weakest area", _area_ref(data, result.weakest_area)),
            _figure("Strongest area", _area_ref(data, result.strongest_area, strongest=True)),
        ],
        [
            _figure(
                "Completeness",
                f"<b>{esc(fmt.share(result.completeness))}</b><br/>"
                f"{result.items_answered} of {result.items_total} items answered"
                + (warn("<br/>Provisional figures") if result.still_to_assess else ""),
            ),
            _figure(
                "Improvement actions",
                f"{counts}<br/>{plural(len(data.plan), 'action')} in the plan",
            ),
            _figure(
                "Status",
                warn("<b>Draft</b> — in progress") if data.draft else "<b>Completed</b>",
            ),
        ],
    ]
    third = CONTENT_WIDTH / 3
    grid = Table(cards, colWidths=[third] * 3, hAlign="LEFT")
    grid.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), tint(PRIMARY, 0.06)),
                ("BACKGROUND", (0, 0), (0, 0), tint(overall_colour, 0.12)),
                ("LINEBEFORE", (0, 0), (0, 0), 3, overall_colour),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 2, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story += [Spacer(1, 2 * mm), grid, Spacer(1, 4 * mm)]

    for caution in cautions(data):
        story.append(Paragraph(caution, s.bullet, bulletText="•"))
    story += progress_lines(data)

    story += heading_block("Most urgent actions", "h3")
    story += urgent_actions(data)

    story += heading_block("Areas at a glance", "h3")
    story.append(area_overview_table(data))
    return story


def urgent_actions(data: ReportData) -> list[Flowable]:
    """The three most urgent actions as a numbered list, or why there is none."""
    s, result = styles(), data.result
    urgent = result.priorities[:3]
    if urgent:
        return [
            Paragraph(_urgent_sentence(data, p), s.bullet, bulletText=f"{n}.")
            for n, p in enumerate(urgent, start=1)
        ]
    if result.items_answered == 0:
        return [paragraph(muted("No item has been answered yet, so there is no plan yet."))]
    if not result.areas_scored:
        return [
            paragraph(
                warn(
                    "No action can be derived: no item is answered with a level (all are "
                    "marked not applicable)."
                )
            )
        ]
    return [
        paragraph("No action needed: every answered item is at the top level or not applicable.")
    ]


def progress_lines(data: ReportData) -> list[Flowable]:
    """A re-assessment's overall change since its baseline, or why it cannot be shown."""
    p = data.progress
    if p is None:
        return []
    if p.comparison is None:
        return [paragraph(muted(esc(p.unavailable)), "small")]
    return [
        paragraph(
            f"<b>Change since {baseline_sentence(p)}:</b> {change_markup(p)} "
            f"(see section {data.numbers['progress']})."
            if "progress" in data.numbers
            else f"<b>Change since {baseline_sentence(p)}:</b> {change_markup(p)}."
        )
    ]


def area_overview_table(data: ReportData) -> Table:
    rows = []
    for a in data.result.areas:
        rows.append(
            [
                paragraph(f"<b>{esc(a.name)}</b> {muted(esc(a.code))}", "cell"),
                table_cell(
                    fmt.percent(a.score, at_start=True), "cell_right" if a.scored else "cell_muted"
                ),
                band_badge(a.band, data),
                table_cell(fmt.level(a.mean_level), "cell_right"),
                table_cell(fmt.level(a.target), "cell_right"),
                table_cell(fmt.level(a.gap), "cell_right"),
                table_cell(f"{a.items_answered} of {a.items_total}", "cell_right"),
            ]
        )
    return styled_table(
        ["Area", "Score", "Band", "Level", "Target", "Gap", "Answered"],
        rows,
        [46, 20, 30, 16, 16, 16, 22],
    )
