"""Section 2, the executive summary: headline figures, strengths, urgent priorities, areas."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from wen_assess import formatting as fmt
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table, table_cell, warn
from wen_assess.report.data import ReportData
from wen_assess.report.paragraph import Paragraph
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
from wen_assess.report.text import esc, first_sentence, lower_first
from wen_assess.scoring import Priority


def _area_ref(data: ReportData, code: str | None, *, strongest: bool = False) -> str:
    if code is None:
        return muted(data.t("None scored yet"))
    name = f"<b>{esc(data.area_name(code))}</b>"
    if data.result.areas_scored == 1:  # never named both the weakest and the strongest
        if strongest:
            return muted(data.t("Only one area scored"))
        name += " " + data.t("(the only area scored)")
    return f"{name}<br/>" + _score_band(data, code)


def _score_band(data: ReportData, code: str) -> str:
    a = data.result.area(code)
    score, band = data.percent(a.score, at_start=True), data.band_text(a.band, at_start=True)
    return f"{esc(score)} · {esc(band)}"


def _figure(label: str, markup: str) -> list[Flowable]:
    return [paragraph(esc(label), "figure_label"), paragraph(markup, "cell")]


def _urgent_sentence(data: ReportData, p: Priority) -> str:
    item = data.item(p.item_id)
    if p.actions:
        step = data.action_text(p.actions[0].id, p.actions[0].text)
    else:
        step = data.level_meaning(p.next_level)
    return data.t(
        "Raise <b>{item}</b> ({id}, {area}, {priority}) from level {level} ({label}) to "
        "{next_level} ({next_label}): {step}",
        item=esc(item.title.get(data.language)),
        id=esc(p.item_id),
        area=esc(data.area_name(p.area_code)),
        priority=esc(p.label),
        level=p.level,
        label=esc(data.level_name(p.level)),
        next_level=p.next_level,
        next_label=esc(data.level_name(p.next_level)),
        step=esc(lower_first(first_sentence(step))),
    )


def summary(data: ReportData) -> list[Flowable]:
    q, result = data.questionnaire, data.result
    s, _, n_ = styles(), data.t, data.n
    colours = band_colours(q.bands)
    overall_colour = colours.get(result.overall_band or "", MUTED)
    when = data.record.assessment_date
    dated = _("dated {date}", date=esc(data.date)) if when else _("with no assessment date set")
    story: list[Flowable] = [
        paragraph(f"{data.numbers['summary']} {_('Executive summary')}", "h1"),
        paragraph(
            _(
                "This report presents the self-assessment of <b>{network}</b> against the "
                "{questionnaire} (version {version}), {dated}. It covers {areas} and {items}, "
                "and turns the gaps into a prioritised improvement plan.",
                network=esc(data.network),
                questionnaire=esc(q.title.get(data.language)),
                version=esc(q.version),
                dated=dated,
                areas=n_("{n} area", "{n} areas", len(result.areas)),
                items=n_("{n} item", "{n} items", result.items_total),
            )
        ),
    ]

    overall = Paragraph(
        f'<font color="{hex_of(overall_colour)}">'
        f"{esc(data.percent(result.overall_score, at_start=True))}</font>",
        s.figure,
    )
    scored, total = result.areas_scored, len(result.areas)
    overall_band = paragraph(
        f'<font color="{hex_of(overall_colour)}">'
        f"<b>{esc(data.band_name(result.overall_band))}</b></font>"
        + (
            warn("<br/>" + _("from {scored} of {total} areas", scored=scored, total=total))
            if scored < total
            else ""
        )
        if result.overall_band
        else muted(_("No area scored yet")),
        "cell",
    )
    counts = " · ".join(f"<b>P{n}</b>: {result.count(n)}" for n in (1, 2, 3))
    agreed_only = sum(1 for e in data.plan if e.priority is None)
    if agreed_only:
        counts += f" · <b>{_('other')}</b>: {agreed_only}"
    cards = [
        [
            [paragraph(_("Overall score"), "figure_label"), overall, overall_band],
            _figure(_("Weakest area"), _area_ref(data, result.weakest_area)),
            _figure(_("Strongest area"), _area_ref(data, result.strongest_area, strongest=True)),
        ],
        [
            _figure(
                _("Completeness"),
                f"<b>{esc(fmt.share(result.completeness, data.language))}</b><br/>"
                + _(
                    "{answered} of {total} items answered",
                    answered=result.items_answered,
                    total=result.items_total,
                )
                + (warn("<br/>" + _("Provisional figures")) if result.still_to_assess else ""),
            ),
            _figure(
                _("Improvement actions"),
                f"{counts}<br/>"
                + n_("{n} action in the plan", "{n} actions in the plan", len(data.plan)),
            ),
            _figure(
                _("Status"),
                warn(_("<b>Draft</b> — in progress")) if data.draft else f"<b>{_('Completed')}</b>",
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

    story += heading_block(_("Most urgent actions"), "h3")
    story += urgent_actions(data)

    story += heading_block(_("Areas at a glance"), "h3")
    story.append(area_overview_table(data))
    return story


def urgent_actions(data: ReportData) -> list[Flowable]:
    """The three most urgent actions as a numbered list, or why there is none."""
    s, result, _ = styles(), data.result, data.t
    urgent = result.priorities[:3]
    if urgent:
        return [
            Paragraph(_urgent_sentence(data, p), s.bullet, bulletText=f"{n}.")
            for n, p in enumerate(urgent, start=1)
        ]
    if result.items_answered == 0:
        return [paragraph(muted(_("No item has been answered yet, so there is no plan yet.")))]
    if not result.areas_scored:
        return [
            paragraph(
                warn(
                    _(
                        "No action can be derived: no item is answered with a level (all are "
                        "marked not applicable)."
                    )
                )
            )
        ]
    return [
        paragraph(_("No action needed: every answered item is at the top level or not applicable."))
    ]


def progress_lines(data: ReportData) -> list[Flowable]:
    """A re-assessment's overall change since its baseline, or why it cannot be shown."""
    p = data.progress
    if p is None:
        return []
    if p.comparison is None:
        return [paragraph(muted(esc(p.unavailable)), "small")]
    values = {"baseline": baseline_sentence(data, p), "change": change_markup(data, p)}
    return [
        paragraph(
            data.t(
                "<b>Change since {baseline}:</b> {change} (see section {number}).",
                number=data.numbers["progress"],
                **values,
            )
            if "progress" in data.numbers
            else data.t("<b>Change since {baseline}:</b> {change}.", **values)
        )
    ]


def area_overview_table(data: ReportData) -> Table:
    rows = []
    for a in data.result.areas:
        rows.append(
            [
                paragraph(f"<b>{esc(data.area_name(a.code))}</b> {muted(esc(a.code))}", "cell"),
                table_cell(
                    data.percent(a.score, at_start=True), "cell_right" if a.scored else "cell_muted"
                ),
                band_badge(a.band, data),
                table_cell(data.number(a.mean_level), "cell_right"),
                table_cell(data.number(a.target), "cell_right"),
                table_cell(data.number(a.gap), "cell_right"),
                table_cell(
                    data.t("{answered} of {total}", answered=a.items_answered, total=a.items_total),
                    "cell_right",
                ),
            ]
        )
    _ = data.t
    return styled_table(
        [_("Area"), _("Score"), _("Band"), _("Level"), _("Target"), _("Gap"), _("Answered")],
        rows,
        [37, 23, 33, 16, 16, 16, 25],  # room for "Puntuación", "Respondidos", "En développement"
    )
