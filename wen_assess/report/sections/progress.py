"""A re-assessment's progress since the assessment it was started from: area and overall
change, items whose level rose or fell (with the notes of both), and what became of the
baseline's planned actions. Every number is the comparison engine's (wen_assess.compare)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from wen_assess import formatting as fmt
from wen_assess.plan import STATUS_LABELS
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table
from wen_assess.report.comparison_sections.markup import delta_markup, level_change
from wen_assess.report.data import Progress, ReportData
from wen_assess.report.sections.items import band_badge, item_markup
from wen_assess.report.text import date_text, esc, plural


def baseline_sentence(progress: Progress) -> str:
    """ "the baseline of 7 December 2022" (or its title when it has no date)."""
    before = progress.before
    if before.assessment_date:
        return f"the baseline of {esc(date_text(before.assessment_date))}"
    return f"the baseline “{esc(before.title)}” (no date set)"


def change_markup(progress: Progress) -> str:
    """The overall change for the cover and the summary: "+5.2 pts (43.7 % → 48.9 %)"."""
    before, after = progress.before.result, progress.after.result
    return (
        f"<b>{delta_markup(progress.overall_change)}</b> "
        f"({esc(fmt.percent(before.overall_score))} → {esc(fmt.percent(after.overall_score))})"
    )


def _item(data: ReportData, item_id: str) -> str:
    """An item of the baseline's plan; by its id alone if this questionnaire has no such item."""
    try:
        return item_markup(data, item_id)
    except KeyError:
        return muted(esc(item_id))


def progress(data: ReportData) -> list[Flowable]:
    p = data.progress
    assert p is not None and p.comparison is not None
    comparison, before, after = p.comparison, p.before, p.after
    number = data.numbers["progress"]
    story: list[Flowable] = [
        *heading_block(f"{number} Progress since the baseline", "h1"),
        paragraph(
            f"This assessment was started from {baseline_sentence(p)} "
            f"(“{esc(before.title)}”). Overall change: {change_markup(p)}. Changes are in "
            "percentage points"
            + (
                "."
                if comparison.compatibility.same_questionnaire
                else "; " + esc(comparison.compatibility.statement)
            )
        ),
    ]
    rows = []
    for row in comparison.areas:
        b, a = row.scores[comparison.baseline], row.scores[1 - comparison.baseline]
        rows.append(
            [
                paragraph(f"<b>{esc(row.name)}</b> {muted(esc(row.code))}", "cell"),
                paragraph(esc(fmt.percent(b, at_start=True)), "cell_right"),
                paragraph(esc(fmt.percent(a, at_start=True)), "cell_right"),
                band_badge(row.bands[1 - comparison.baseline], data, "cell"),
                paragraph(delta_markup(row.deltas[1 - comparison.baseline]), "cell_right"),
            ]
        )
    rows.append(
        [
            paragraph("<b>Overall</b>", "cell"),
            paragraph(esc(fmt.percent(before.result.overall_score, at_start=True)), "cell_right"),
            paragraph(esc(fmt.percent(after.result.overall_score, at_start=True)), "cell_right"),
            band_badge(after.result.overall_band, data, "cell_bold"),
            paragraph(f"<b>{delta_markup(p.overall_change)}</b>", "cell_right"),
        ]
    )
    story.append(
        styled_table(
            ["Area", "Baseline", "Now", "Band now", "Change"],
            rows,
            [58, 30, 26, 30, 26],
            right=(1, 2, 4),
        )
    )
    trend = p.trend
    if trend is None:
        story.append(
            paragraph(
                muted(
                    "The baseline was made under another network name, so item changes and "
                    "the follow-up of its plan are not listed."
                ),
                "small",
            )
        )
        return story

    changes = trend.changes
    story += heading_block(f"Items whose level rose or fell ({len(changes)})", "h2")
    if changes:
        story.append(
            styled_table(
                ["Item", "Level", "Notes at the baseline", "Notes now"],
                [
                    [
                        paragraph(f"<b>{esc(c.title)}</b><br/>{muted(esc(c.item_id))}", "cell"),
                        paragraph(level_change(c.before, c.after), "cell"),
                        paragraph(esc(c.before_notes) or muted("No notes"), "cell"),
                        paragraph(esc(c.after_notes) or muted("No notes"), "cell"),
                    ]
                    for c in changes
                ],
                [44, 18, 54, 54],
            )
        )
    else:
        story.append(paragraph(muted("No item answered in both assessments changed level.")))

    follow = trend.follow_ups
    done = sum(f.done for f in follow)
    story += heading_block(f"Actions planned at the baseline: {done} of {len(follow)} done", "h2")
    if not follow:
        story.append(paragraph(muted("The baseline has no saved action plan.")))
        return story
    story.append(
        paragraph(
            f"The baseline's plan saved {plural(len(follow), 'action')}. An action counts as "
            "done when a plan marks it done or the item's level rose.",
            "muted",
        )
    )
    rows = []
    for f in follow:
        level = (
            level_change(f.level_before, f.level_after)
            if None not in (f.level_before, f.level_after) and f.level_before != f.level_after
            else esc(f"{fmt.answered_level(f.level_before)} → {fmt.answered_level(f.level_after)}")
        )
        rows.append(
            [
                paragraph(_item(data, f.item_id), "cell"),
                paragraph(esc(f.text) or muted("No action text saved"), "cell"),
                paragraph(esc(STATUS_LABELS.get(f.planned_status, f.planned_status)), "cell"),
                paragraph(level, "cell"),
                paragraph("<b>Done</b>" if f.done else "Not yet", "cell"),
            ]
        )
    story.append(
        styled_table(
            ["Item", "Planned action", "Status then", "Level", "Now"],
            rows,
            [44, 64, 24, 20, 18],
        )
    )
    return story
