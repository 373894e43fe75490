"""The same network over time: area scores by date, item changes, follow-up of the
earlier plan."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from wen_assess import formatting as fmt
from wen_assess.compare import ActionFollowUp, Entry, ItemChange, Trend
from wen_assess.plan import STATUS_LABELS
from wen_assess.report.blocks import (
    DOWN_HEX,
    UP_HEX,
    delta_markup,
    heading_block,
    level_change_markup,
    muted,
    paragraph,
)
from wen_assess.report.comparison_charts import trend_chart
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.comparison_sections.markup import data_table, styled_table
from wen_assess.report.styles import CONTENT_WIDTH
from wen_assess.report.text import esc, field


def over_time(data: ComparisonData, number: int) -> list[Flowable]:
    _ = data.t
    story: list[Flowable] = [
        # Room for the heading, the introduction and the first network's chart and table.
        *heading_block(f"{number} {esc(_('The same network over time'))}", "h1", 175 * mm),
        paragraph(
            esc(
                _(
                    "Assessments of the same network, in date order: each area's score over "
                    "time, the items whose level rose or fell between the first and the last "
                    "assessment (with the notes of both), and what became of the actions planned "
                    "at each assessment."
                )
            )
        ),
    ]
    for trend in data.comparison.trends:
        story += _trend(data, trend)
    return story


def _trend(data: ComparisonData, trend: Trend) -> list[Flowable]:
    _ = data.t
    entries = [data.entries[i] for i in trend.entries]
    first, last = entries[0], entries[-1]
    title = _(
        "{network}: {first} → {last}",
        network=field(trend.network),
        first=esc(data.when(first)),
        last=esc(data.when(last)),
    )
    if len(entries) > 2:
        title += " " + esc(_("({count} assessments)", count=len(entries)))
    story: list[Flowable] = [*heading_block(title, "h2", 120 * mm)]
    story.append(trend_chart(data, trend, CONTENT_WIDTH, 62 * mm))
    story.append(Spacer(1, 3 * mm))
    story.append(_trend_table(data, trend))

    changes = trend.changes
    story += heading_block(
        esc(_("Items whose level rose or fell ({count})", count=len(changes))), "h3", 50 * mm
    )
    if changes:
        story.append(
            paragraph(
                esc(
                    _(
                        "From {first} to {last}, biggest moves first. The notes are shown as "
                        "typed at each assessment.",
                        first=data.when(first),
                        last=data.when(last),
                    )
                ),
                "muted",
            )
        )
        story.append(_changes_table(data, first, last, changes))
    else:
        story.append(
            paragraph(muted(esc(_("No item answered in both assessments changed level."))))
        )

    story += _follow_up_section(data, trend)
    return story


def _trend_table(data: ComparisonData, trend: Trend) -> Table:
    entries = [data.entries[i] for i in trend.entries]
    header = [esc(data.t("Area")), *(esc(data.when(e)) for e in entries), esc(data.t("Change"))]
    rows = []
    for code, scores in trend.areas:
        change = Trend.change(scores)
        rows.append(
            [
                paragraph(f"<b>{esc(data.area_name(code))}</b> {muted(esc(code))}", "cell"),
                *(
                    paragraph(
                        esc(data.percent(s, at_start=True)),
                        "cell_right" if s is not None else "cell_muted",
                    )
                    for s in scores
                ),
                paragraph(delta_markup(change, data.language), "cell_right"),
            ]
        )
    n = len(entries)
    date_w = min(26.0, 100.0 / n)
    return data_table(header, rows, [54, *([date_w] * n), 26], right=range(1, n + 2))


def _no(text: str) -> str:
    return f"<i>{muted(esc(text))}</i>"


def _changes_table(
    data: ComparisonData, first: Entry, last: Entry, changes: Sequence[ItemChange]
) -> Table:
    _ = data.t
    rows = []
    for change in changes:
        title = data.item_title(first.questionnaire, change.item_id)
        rows.append(
            [
                paragraph(
                    f"<b>{esc(title)}</b><br/>"
                    f"{muted(esc(change.item_id) + ' · ' + esc(change.area_code))}",
                    "cell",
                ),
                paragraph(level_change_markup(change.before, change.after), "cell"),
                paragraph(esc(change.before_notes) or _no(_("No notes")), "cell"),
                paragraph(esc(change.after_notes) or _no(_("No notes")), "cell"),
            ]
        )
    return styled_table(
        [
            _("Item"),
            _("Level"),
            _("Notes, {date}", date=data.when(first)),
            _("Notes, {date}", date=data.when(last)),
        ],
        rows,
        [46, 18, 53, 53],
    )


def _follow_up_groups(
    data: ComparisonData, trend: Trend
) -> list[tuple[Entry, Entry, list[ActionFollowUp]]]:
    """The follow-ups of each pair of consecutive assessments (compare lists them pair by pair,
    each pair's in the order of the earlier plan)."""
    groups = []
    follow = list(trend.follow_ups)
    for earlier_index, later_index in pairwise(trend.entries):
        earlier = data.entries[earlier_index]
        later = data.entries[later_index]
        n = len(earlier.record.actions)
        groups.append((earlier, later, follow[:n]))
        follow = follow[n:]
    return groups


def _follow_up_section(data: ComparisonData, trend: Trend) -> list[Flowable]:
    _ = data.t
    story: list[Flowable] = []
    for earlier, later, follow in _follow_up_groups(data, trend):
        title = _(
            "Actions planned on {earlier}: status on {later}",
            earlier=data.when(earlier),
            later=data.when(later),
        )
        story += heading_block(esc(title), "h3", 50 * mm)
        if not follow:
            story.append(
                paragraph(muted(esc(_("The earlier assessment has no saved action plan."))))
            )
            continue
        done = sum(f.done for f in follow)
        story.append(
            paragraph(
                esc(
                    data.n(
                        "{done} of {n} action done. An action counts as done when a plan marks "
                        "it done or the item's level rose.",
                        "{done} of {n} actions done. An action counts as done when a plan marks "
                        "it done or the item's level rose.",
                        len(follow),
                        done=done,
                    )
                ),
                "muted",
            )
        )
        story.append(_follow_up_table(data, earlier, follow))
    return story


def _follow_up_table(
    data: ComparisonData, earlier: Entry, follow: Sequence[ActionFollowUp]
) -> Table:
    _ = data.t
    rows = []
    for f in follow:
        title = data.item_title(earlier.questionnaire, f.item_id)
        text = esc(f.text) if f.text.strip() else _no(_("No action text saved"))
        owner = f"<br/>{muted(esc(_('Owner: {owner}', owner=f.owner)))}" if f.owner.strip() else ""
        if f.level_before is None and f.level_after is None:
            level = muted(fmt.NO_VALUE)
        else:
            level = level_change_markup(f.level_before, f.level_after)
        later = (
            esc(_(STATUS_LABELS.get(f.later_status, f.later_status)))
            if f.later_status
            else muted(esc(_("not listed")))
        )
        now = (
            f'<font color="{UP_HEX}"><b>{esc(_("Done"))}</b></font>'
            if f.done
            else f'<font color="{DOWN_HEX}"><b>{esc(_("Not yet"))}</b></font>'
        )
        rows.append(
            [
                paragraph(f"<b>{esc(title)}</b><br/>{muted(esc(f.item_id))}", "cell"),
                paragraph(text + owner, "cell"),
                paragraph(esc(_(STATUS_LABELS.get(f.planned_status, f.planned_status))), "cell"),
                paragraph(later, "cell"),
                paragraph(level, "cell"),
                paragraph(now, "cell"),
            ]
        )
    return styled_table(
        [
            _("Item"),
            _("Planned action"),
            _("Earlier plan"),
            _("Later plan"),
            _("Level"),
            _("Now"),
        ],
        rows,
        [36, 56, 20, 20, 20, 18],
    )
