"""The same network over time: area scores by date, item changes, follow-up of the
earlier plan."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from wen_assess import formatting as fmt
from wen_assess.compare import ActionFollowUp, Comparison, Entry, ItemChange, Trend
from wen_assess.plan import STATUS_LABELS
from wen_assess.report.blocks import heading_block, muted, paragraph
from wen_assess.report.comparison_charts import trend_chart
from wen_assess.report.comparison_document import when_text
from wen_assess.report.comparison_sections.markup import (
    DOWN_HEX,
    UP_HEX,
    data_table,
    delta_markup,
    level_change,
)
from wen_assess.report.styles import CONTENT_WIDTH
from wen_assess.report.text import esc, plural


def over_time(comparison: Comparison, number: int) -> list[Flowable]:
    story: list[Flowable] = [
        # Room for the heading, the introduction and the first network's chart and table.
        *heading_block(f"{number} The same network over time", "h1", 175 * mm),
        paragraph(
            "Assessments of the same network, in date order: each area's score over time, the "
            "items whose level rose or fell between the first and the last assessment (with the "
            "notes of both), and what became of the actions planned at each assessment."
        ),
    ]
    for trend in comparison.trends:
        story += _trend(comparison, trend)
    return story


def _trend(comparison: Comparison, trend: Trend) -> list[Flowable]:
    entries = [comparison.entries[i] for i in trend.entries]
    first, last = entries[0], entries[-1]
    title = f"{esc(trend.network)}: {esc(when_text(first))} → {esc(when_text(last))}" + (
        f" ({len(entries)} assessments)" if len(entries) > 2 else ""
    )
    story: list[Flowable] = [*heading_block(title, "h2", 120 * mm)]
    story.append(trend_chart(comparison, trend, CONTENT_WIDTH, 62 * mm))
    story.append(Spacer(1, 3 * mm))
    story.append(_trend_table(comparison, trend))

    changes = trend.changes
    story += heading_block(f"Items whose level rose or fell ({len(changes)})", "h3", 50 * mm)
    if changes:
        story.append(
            paragraph(
                f"From {esc(when_text(first))} to {esc(when_text(last))}, biggest moves "
                "first. The notes are shown as typed at each assessment.",
                "muted",
            )
        )
        story.append(_changes_table(first, last, changes))
    else:
        story.append(paragraph(muted("No item answered in both assessments changed level.")))

    story += _follow_up_section(comparison, trend)
    return story


def _trend_table(comparison: Comparison, trend: Trend) -> Table:
    names = {row.code: row.name for row in comparison.areas}
    entries = [comparison.entries[i] for i in trend.entries]
    header = ["Area", *(esc(when_text(e)) for e in entries), "Change"]
    rows = []
    for code, scores in trend.areas:
        change = Trend.change(scores)
        rows.append(
            [
                paragraph(f"<b>{esc(names.get(code, code))}</b> {muted(esc(code))}", "cell"),
                *(
                    paragraph(
                        esc(fmt.percent(s, at_start=True)),
                        "cell_right" if s is not None else "cell_muted",
                    )
                    for s in scores
                ),
                paragraph(delta_markup(change), "cell_right"),
            ]
        )
    n = len(entries)
    date_w = min(26.0, 100.0 / n)
    return data_table(header, rows, [54, *([date_w] * n), 26], right=range(1, n + 2))


def _changes_table(first: Entry, last: Entry, changes: Sequence[ItemChange]) -> Table:
    rows = []
    for change in changes:
        rows.append(
            [
                paragraph(
                    f"<b>{esc(change.title)}</b><br/>"
                    f"{muted(esc(change.item_id) + ' · ' + esc(change.area_code))}",
                    "cell",
                ),
                paragraph(level_change(change.before, change.after), "cell"),
                paragraph(esc(change.before_notes) or f"<i>{muted('No notes')}</i>", "cell"),
                paragraph(esc(change.after_notes) or f"<i>{muted('No notes')}</i>", "cell"),
            ]
        )
    return data_table(
        [
            "Item",
            "Level",
            f"Notes, {esc(when_text(first))}",
            f"Notes, {esc(when_text(last))}",
        ],
        rows,
        [46, 18, 53, 53],
    )


def _follow_up_groups(
    comparison: Comparison, trend: Trend
) -> list[tuple[Entry, Entry, list[ActionFollowUp]]]:
    """The follow-ups of each pair of consecutive assessments (compare lists them pair by pair,
    each pair's in the order of the earlier plan)."""
    groups = []
    follow = list(trend.follow_ups)
    for earlier_index, later_index in pairwise(trend.entries):
        earlier = comparison.entries[earlier_index]
        later = comparison.entries[later_index]
        n = len(earlier.record.actions)
        groups.append((earlier, later, follow[:n]))
        follow = follow[n:]
    return groups


def _follow_up_section(comparison: Comparison, trend: Trend) -> list[Flowable]:
    story: list[Flowable] = []
    for earlier, later, follow in _follow_up_groups(comparison, trend):
        title = f"Actions planned on {when_text(earlier)}: status on {when_text(later)}"
        story += heading_block(esc(title), "h3", 50 * mm)
        if not follow:
            story.append(paragraph(muted("The earlier assessment has no saved action plan.")))
            continue
        done = sum(f.done for f in follow)
        story.append(
            paragraph(
                f"{done} of {plural(len(follow), 'action')} done. An action counts as done when "
                "a plan marks it done or the item's level rose.",
                "muted",
            )
        )
        story.append(_follow_up_table(earlier, follow))
    return story


def _follow_up_table(earlier: Entry, follow: Sequence[ActionFollowUp]) -> Table:
    q = earlier.questionnaire
    rows = []
    for f in follow:
        try:
            title = q.item(f.item_id).title.en
        except KeyError:
            title = f.item_id
        text = esc(f.text) if f.text.strip() else f"<i>{muted('No action text saved')}</i>"
        owner = f"<br/>{muted('Owner: ' + esc(f.owner))}" if f.owner.strip() else ""
        if f.level_before is None and f.level_after is None:
            level = muted(fmt.NO_VALUE)
        elif f.level_before != f.level_after and None not in (f.level_before, f.level_after):
            level = level_change(f.level_before, f.level_after)
        else:
            level = f"{_level_markup(f.level_before)} → {_level_markup(f.level_after)}"
        later = (
            esc(STATUS_LABELS.get(f.later_status, f.later_status))
            if f.later_status
            else muted("not listed")
        )
        now = (
            f'<font color="{UP_HEX}"><b>Done</b></font>'
            if f.done
            else f'<font color="{DOWN_HEX}"><b>Not yet</b></font>'
        )
        rows.append(
            [
                paragraph(f"<b>{esc(title)}</b><br/>{muted(esc(f.item_id))}", "cell"),
                paragraph(text + owner, "cell"),
                paragraph(esc(STATUS_LABELS.get(f.planned_status, f.planned_status)), "cell"),
                paragraph(later, "cell"),
                paragraph(level, "cell"),
                paragraph(now, "cell"),
            ]
        )
    return data_table(
        ["Item", "Planned action", "Earlier plan", "Later plan", "Level", "Now"],
        rows,
        [36, 56, 20, 20, 20, 18],
    )


def _level_markup(value: int | None) -> str:
    return muted(fmt.NO_VALUE) if value is None else fmt.answered_level(value)
