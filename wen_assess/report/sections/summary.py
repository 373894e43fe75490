"""Section 2, the executive summary: headline figures, strengths, urgent priorities, areas."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from wen_assess import formatting as fmt
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table, table_cell, warn
from wen_assess.report.data import ReportData
from wen_assess.report.sections.items import band_badge
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


def _area_ref(data: ReportData, code: str | None) -> str:
    if code is None:
        return muted("None scored yet")
    a = data.result.area(code)
    score, band = fmt.percent(a.score, at_start=True), fmt.band(a.band, at_start=True)
    return f"<b>{esc(a.name)}</b><br/>{esc(score)} · {esc(band)}"


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
        paragraph("1 Executive summary", "h1"),
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
    overall_band = paragraph(
        f'<font color="{hex_of(overall_colour)}"><b>{esc(result.overall_band)}</b></font>'
        if result.overall_band
        else muted("No area scored yet"),
        "cell",
    )
    counts = " · ".join(f"<b>P{n}</b>: {result.count(n)}" for n in (1, 2, 3))
    cards = [
        [
            [paragraph("Overall score", "figure_label"), overall, overall_band],
            _figure("Weakest area", _area_ref(data, result.weakest_area)),
            _figure("Strongest area", _area_ref(data, result.strongest_area)),
        ],
        [
            _figure(
                "Completeness",
                f"<b>{esc(fmt.share(result.completeness))}</b><br/>"
                f"{result.items_answered} of {result.items_total} items answered",
            ),
            _figure(
                "Improvement actions",
                f"{counts}<br/>{plural(len(result.priorities), 'action')} in the plan",
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

    cautions = []
    if result.still_to_assess:
        n = len(result.still_to_assess)
        cautions.append(
            f"{plural(n, 'item')} {'is' if n == 1 else 'are'} still to assess: the scores cover "
            "the answered items only (see section 5)."
        )
    if result.missing_justifications:
        cautions.append(
            f"{plural(len(result.missing_justifications), 'item')} marked not applicable "
            f"{'has' if len(result.missing_justifications) == 1 else 'have'} no justification yet."
        )
    capped = [a for a in result.areas if a.capped]
    if capped:
        names = ", ".join(esc(a.name) for a in capped)
        cautions.append(f"Band capped by a critical item at a low level: {names} (see section 3).")
    for caution in cautions:
        story.append(Paragraph(caution, s.bullet, bulletText="•"))

    story += heading_block("Most urgent actions", "h3")
    urgent = result.priorities[:3]
    if urgent:
        for n, p in enumerate(urgent, start=1):
            story.append(Paragraph(_urgent_sentence(data, p), s.bullet, bulletText=f"{n}."))
    elif result.items_answered == 0:
        story.append(paragraph(muted("No item has been answered yet, so there is no plan yet.")))
    else:
        story.append(
            paragraph(
                "No action needed: every answered item is at the top level or not applicable."
            )
        )

    story += heading_block("Areas at a glance", "h3")
    story.append(area_overview_table(data))
    return story


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
