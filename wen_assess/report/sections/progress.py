"""A re-assessment's progress since the assessment it was started from: area and overall
change, items whose level rose or fell (with the notes of both), and what became of the
baseline's planned actions. Every number is the comparison engine's (wen_assess.compare)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from wen_assess import formatting as fmt
from wen_assess.plan import STATUS_LABELS
from wen_assess.report.blocks import (
    delta_markup,
    heading_block,
    level_change_markup,
    muted,
    paragraph,
    styled_table,
)
from wen_assess.report.data import Progress, ReportData
from wen_assess.report.sections.items import band_badge, item_markup
from wen_assess.report.text import esc


def baseline_sentence(data: ReportData, progress: Progress) -> str:
    """ "the baseline of 7 December 2022" (or its title when it has no date)."""
    before = progress.before
    if before.assessment_date:
        when = fmt.long_date(before.assessment_date, data.language)
        return data.t("the baseline of {date}", date=esc(when))
    return data.t("the baseline “{title}” (no date set)", title=esc(before.title))


def change_markup(data: ReportData, progress: Progress) -> str:
    """The overall change for the cover and the summary: "+5.2 pts (43.7 % → 48.9 %)"."""
    before, after = progress.before.result, progress.after.result
    return (
        f"<b>{delta_markup(progress.overall_change, data.language)}</b> "
        f"({esc(data.percent(before.overall_score))} → {esc(data.percent(after.overall_score))})"
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
    _, lang = data.t, data.language
    story: list[Flowable] = [
        *heading_block(f"{number} {_('Progress since the baseline')}", "h1"),
        paragraph(
            _(
                "This assessment was started from {baseline} (“{title}”). Overall change: "
                "{change}. Changes are in percentage points",
                baseline=baseline_sentence(data, p),
                title=esc(before.title),
                change=change_markup(data, p),
            )
            + (
                "."
                if comparison.compatibility.same_questionnaire
                else "; " + esc(comparison.compatibility.statement_in(data.language))
            )
        ),
    ]
    rows = []
    for row in comparison.areas:
        b, a = row.scores[comparison.baseline], row.scores[1 - comparison.baseline]
        rows.append(
            [
                paragraph(f"<b>{esc(data.area_name(row.code))}</b> {muted(esc(row.code))}", "cell"),
                paragraph(esc(data.percent(b, at_start=True)), "cell_right"),
                paragraph(esc(data.percent(a, at_start=True)), "cell_right"),
                band_badge(row.bands[1 - comparison.baseline], data, "cell"),
                paragraph(delta_markup(row.deltas[1 - comparison.baseline], lang), "cell_right"),
            ]
        )
    rows.append(
        [
            paragraph(f"<b>{_('Overall')}</b>", "cell"),
            paragraph(esc(data.percent(before.result.overall_score, at_start=True)), "cell_right"),
            paragraph(esc(data.percent(after.result.overall_score, at_start=True)), "cell_right"),
            band_badge(after.result.overall_band, data, "cell_bold"),
            paragraph(f"<b>{delta_markup(p.overall_change, lang)}</b>", "cell_right"),
        ]
    )
    story.append(
        styled_table(
            [_("Area"), _("Baseline"), _("Now"), _("Band now"), _("Change")],
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
                    _(
                        "The baseline was made under another network name, so item changes and "
                        "the follow-up of its plan are not listed."
                    )
                ),
                "small",
            )
        )
        return story

    changes = trend.changes
    story += heading_block(_("Items whose level rose or fell ({count})", count=len(changes)), "h2")
    if changes:
        story.append(
            styled_table(
                [_("Item"), _("Level"), _("Notes at the baseline"), _("Notes now")],
                [
                    [
                        paragraph(_item(data, c.item_id), "cell"),
                        paragraph(level_change_markup(c.before, c.after), "cell"),
                        paragraph(esc(c.before_notes) or muted(_("No notes")), "cell"),
                        paragraph(esc(c.after_notes) or muted(_("No notes")), "cell"),
                    ]
                    for c in changes
                ],
                [44, 18, 54, 54],
            )
        )
    else:
        story.append(paragraph(muted(_("No item answered in both assessments changed level."))))

    follow = trend.follow_ups
    done = sum(f.done for f in follow)
    story += heading_block(
        _("Actions planned at the baseline: {done} of {total} done", done=done, total=len(follow)),
        "h2",
    )
    if not follow:
        story.append(paragraph(muted(_("The baseline has no saved action plan."))))
        return story
    story.append(
        paragraph(
            data.n(
                "The baseline's plan saved {n} action. An action counts as done when a plan "
                "marks it done or the item's level rose.",
                "The baseline's plan saved {n} actions. An action counts as done when a plan "
                "marks it done or the item's level rose.",
                len(follow),
            ),
            "muted",
        )
    )
    rows = []
    for f in follow:
        rows.append(
            [
                paragraph(_item(data, f.item_id), "cell"),
                paragraph(esc(f.text) or muted(_("No action text saved")), "cell"),
                paragraph(esc(_(STATUS_LABELS.get(f.planned_status, f.planned_status))), "cell"),
                paragraph(level_change_markup(f.level_before, f.level_after), "cell"),
                paragraph(f"<b>{_('Done')}</b>" if f.done else _("Not yet"), "cell"),
            ]
        )
    story.append(
        styled_table(
            [_("Item"), _("Planned action"), _("Status then"), _("Level"), _("Now")],
            rows,
            [44, 64, 24, 20, 18],
        )
    )
    return story
