"""The comparison PDF's sections, in order: cover, compatibility, side by side, the same network
over time, rankings, and a short note on method.

Every number is the comparison's (from the scoring engine), written as every view writes it
(:mod:`wen_assess.formatting` through :mod:`wen_assess.report.text`); every text from a record
or a questionnaire goes through :func:`esc`. The building blocks are the improvement report's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer, Table

from wen_assess import __version__
from wen_assess import formatting as fmt
from wen_assess.compare import ActionFollowUp, Comparison, Entry, ItemChange, Ranked, Trend
from wen_assess.plan import STATUS_LABELS
from wen_assess.report.blocks import (
    MIN_ROW_SLICE,
    cover_table,
    heading_block,
    muted,
    paragraph,
    table_cell,
    warn,
)
from wen_assess.report.comparison_charts import RADAR_MAX_SERIES, overlaid_radar, trend_chart
from wen_assess.report.comparison_document import networks_text, when_text
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    PRIMARY,
    band_colours,
    hex_of,
    styles,
    table_style,
)
from wen_assess.report.text import date_text, esc, plural

ENTRIES_PER_TABLE = 4  # columns of assessments side by side on an A4 page
UP_HEX = fmt.BAND_PALETTE[-1]  # a rise: the top band's green
DOWN_HEX = fmt.BAND_PALETTE[0]  # a fall: the lowest band's red


# --- small builders ---------------------------------------------------------------------------


def _delta_markup(delta: float | None, *, baseline: bool = False) -> str:
    if baseline:
        return muted("baseline")
    text = esc(fmt.change(delta))
    if delta is None:
        return muted(text)
    if text.startswith("±"):
        return text
    return f'<font color="{UP_HEX if delta > 0 else DOWN_HEX}">{text}</font>'


def _level_change(before: int | None, after: int | None) -> str:
    colour = UP_HEX if (after or 0) > (before or 0) else DOWN_HEX
    arrow = "▲" if (after or 0) > (before or 0) else "▼"
    return f'<b>{before} → {after}</b> <font color="{colour}">{arrow}</font>'


def _score_markup(score: float | None) -> str:
    """A score in bold, or "Not scored" in muted italics (never 0)."""
    if score is None:
        return f"<i>{muted(esc(fmt.percent(None, at_start=True)))}</i>"
    return f"<b>{esc(fmt.percent(score, at_start=True))}</b>"


def _band_markup(entry: Entry, band: str | None) -> str:
    if band is None:
        return muted(esc(fmt.band(None, at_start=True)))
    colour = band_colours(entry.questionnaire.bands).get(band, PRIMARY)
    return f'<font color="{hex_of(colour)}">{esc(band)}</font>'


def _entry_head(comparison: Comparison, index: int) -> str:
    """Column head for an assessment: network, date, and what sets it apart."""
    entry = comparison.entries[index]
    tags = []
    if index == comparison.baseline:
        tags.append("baseline")
    if entry.record.status == "in_progress":
        tags.append("in progress")
    extra = f"<br/><i>{esc(', '.join(tags))}</i>" if tags else ""
    return f"<b>{esc(entry.network)}</b><br/>{esc(when_text(entry))}{extra}"


def _complete_markup(fraction: float | None, suffix: str = "complete") -> str:
    if fraction is None:
        return muted(fmt.NO_VALUE)
    text = esc(fmt.share(fraction)) + (f" {suffix}" if suffix else "")
    return warn(text) if fraction < 1 else muted(text)


def _data_table(
    header: Sequence[str],
    rows: list[list[Flowable]],
    widths_mm: Sequence[float],
    extra: list[tuple] | None = None,
    *,
    right: Sequence[int] = (),
) -> Table:
    """The improvement report's data table, but its header cells hold markup (the report's own,
    with any user text escaped by the caller) and the heads of number columns (``right``) are
    aligned with their numbers."""
    scale = CONTENT_WIDTH / (sum(widths_mm) * mm)
    s = styles()
    head_right = ParagraphStyle("header_cell_right", parent=s.header_cell, alignment=TA_RIGHT)
    table = LongTable(
        [
            [
                Paragraph(h, head_right if k in right else s.header_cell)
                for k, h in enumerate(header)
            ],
            *rows,
        ],
        colWidths=[w * mm * scale for w in widths_mm],
        repeatRows=1,
        splitInRow=MIN_ROW_SLICE,
        hAlign="LEFT",
    )
    style = table_style()
    for command in extra or []:
        style.add(*command)
    table.setStyle(style)
    return table


# --- cover ------------------------------------------------------------------------------------


def cover(comparison: Comparison) -> list[Flowable]:
    entries = comparison.entries
    s = styles()
    dated = sorted(e.assessment_date for e in entries if e.assessment_date)
    span = ""
    if dated:
        first, last = date_text(dated[0]), date_text(dated[-1])
        span = f", {first}" if first == last else f", {first} to {last}"
    story: list[Flowable] = [
        Spacer(1, 28 * mm),
        paragraph("COMPARISON OF SELF-ASSESSMENTS", "cover_kicker"),
        paragraph(esc(networks_text(comparison)), "cover_network"),
        paragraph(esc(f"{plural(len(entries), 'assessment')} compared{span}"), "cover_title"),
        Spacer(1, 8 * mm),
    ]
    listed = "<br/>".join(
        f"{esc(e.network)} · {esc(when_text(e))} — {esc(e.title.strip() or 'untitled')}"
        for e in entries[:12]
    )
    if len(entries) > 12:
        listed += "<br/>" + muted(f"… and {len(entries) - 12} more (see section 1)")
    base = entries[comparison.baseline]
    compat = comparison.compatibility
    union = compat.union_size
    meta = [
        ("Assessments", listed),
        ("Baseline", f"{esc(base.network)} · {esc(when_text(base))}"),
        (
            "Questionnaire" if compat.same_questionnaire else "Questionnaires",
            "<br/>".join(
                _questionnaire_name(comparison, qid, v) for qid, v in compat.questionnaires
            ),
        ),
        ("Items compared", f"{len(compat.shared_items)} of {plural(union, 'item')}"),
    ]
    table = cover_table(meta)
    story += [
        table,
        Spacer(1, 12 * mm),
        paragraph(f"<b>Compatibility.</b> {esc(compat.statement)}", "note"),
        Spacer(1, 6 * mm),
        Paragraph(
            muted(
                f"Prepared with wen-assess {esc(__version__)} on {date.today():%Y-%m-%d}. "
                "Every score is calculated by the scoring engine the application uses on screen."
            ),
            s.small,
        ),
    ]
    return story


def _questionnaire_name(comparison: Comparison, qid: str, version: str) -> str:
    q = next(
        e.questionnaire
        for e in comparison.entries
        if (e.questionnaire.id, e.questionnaire.version) == (qid, version)
    )
    return f"{esc(q.title.en)} {muted(f'({esc(qid)} · version {esc(version)})')}"


# --- 1. compatibility -------------------------------------------------------------------------


def compatibility(comparison: Comparison, number: int) -> list[Flowable]:
    compat = comparison.compatibility
    story: list[Flowable] = [
        paragraph(f"{number} Compatibility", "h1"),
        paragraph(esc(compat.statement), "note"),
    ]
    rows = []
    for k, e in enumerate(comparison.entries):
        q = e.questionnaire
        status = "Draft — in progress" if e.record.status == "in_progress" else "Completed"
        rows.append(
            [
                table_cell(str(k + 1), "cell_right"),
                paragraph(
                    f"<b>{esc(e.network)}</b>"
                    + (f" {muted('· baseline')}" if k == comparison.baseline else "")
                    + f"<br/>{esc(e.title.strip() or 'untitled')}",
                    "cell",
                ),
                table_cell(when_text(e)),
                paragraph(f"{esc(q.id)}<br/>{muted('version ' + esc(q.version))}", "cell"),
                paragraph(
                    warn(esc(status)) if e.record.status == "in_progress" else esc(status), "cell"
                ),
                paragraph(_complete_markup(e.completeness, ""), "cell_right"),
            ]
        )
    story.append(
        _data_table(
            ["#", "Assessment", "Date", "Questionnaire", "Status", "Complete"],
            rows,
            [8, 60, 24, 30, 26, 22],
            right=(0, 5),
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        paragraph(
            f"<b>Items in common:</b> {len(compat.shared_items)} of "
            f"{plural(compat.union_size, 'item')}."
            + (" Every item is compared." if compat.same_questionnaire else ""),
        )
    )
    if not compat.same_questionnaire:
        story += _not_compared(comparison)
    story += _completeness_cautions(comparison)
    return story


def _not_compared(comparison: Comparison) -> list[Flowable]:
    shared = set(comparison.compatibility.shared_items)
    story: list[Flowable] = []
    seen: set[tuple[str, str]] = set()
    for e in comparison.entries:
        q = e.questionnaire
        if (q.id, q.version) in seen:
            continue
        seen.add((q.id, q.version))
        left_out = [item for item in q.items if item.id not in shared]
        if not left_out:
            continue
        names = ", ".join(f"{esc(i.id)} ({esc(i.title.en)})" for i in left_out[:30])
        more = f" and {len(left_out) - 30} more" if len(left_out) > 30 else ""
        story.append(
            paragraph(
                f"<b>Not compared, only in {esc(q.id)} v{esc(q.version)} "
                f"({plural(len(left_out), 'item')}):</b> {names}{more}.",
                "small",
            )
        )
    return story


def _completeness_cautions(comparison: Comparison) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    partial = [e for e in comparison.entries if e.completeness < 1]
    if not partial:
        story.append(paragraph(muted("Every assessment is complete: all its items are answered.")))
        return story
    for e in partial:
        story.append(
            Paragraph(
                warn(
                    f"<b>{esc(e.network)} · {esc(when_text(e))}</b> is "
                    f"{esc(fmt.share(e.completeness))} complete"
                    + (" and still in progress" if e.record.status == "in_progress" else "")
                    + ": its scores cover only the items answered so far. A low or missing "
                    "score there may mean “not yet assessed”, not a weak network."
                ),
                s.bullet,
                bulletText="•",
            )
        )
    return story


# --- 2. side by side --------------------------------------------------------------------------


def side_by_side(comparison: Comparison, number: int) -> list[Flowable]:
    base = comparison.entries[comparison.baseline]
    story: list[Flowable] = [
        *heading_block(f"{number} Side by side", "h1"),
        paragraph(
            "Each assessment's scores and bands, with the change against the baseline "
            f"(<b>{esc(base.network)} · {esc(when_text(base))}</b>) in percentage points. "
            "Completeness is shown beside the scores: an area that is not fully answered is "
            "marked, and an area with no answer is “Not scored”, never 0."
        ),
        *heading_block("Overall scores", "h2"),
        _overall_table(comparison),
        Spacer(1, 2 * mm),
    ]
    n = len(comparison.entries)
    for start in range(0, n, ENTRIES_PER_TABLE):
        matrix = _area_matrix(comparison, list(range(start, min(n, start + ENTRIES_PER_TABLE))))
        block: list[Flowable] = [matrix]
        if start == 0:
            block.insert(0, paragraph("Scores per area", "h2"))
        # A matrix that fits on a page is kept whole (with its heading); a long one splits, its
        # header row repeated.
        story += [KeepTogether(block)] if len(comparison.areas) <= 10 else block
        story.append(Spacer(1, 4 * mm))
    if len(comparison.areas) >= 3:
        heading = paragraph("All assessments on one chart", "h2")
        if n <= RADAR_MAX_SERIES:
            # The heading, its note and the chart stay on one page.
            story.append(
                KeepTogether(
                    [
                        heading,
                        paragraph(
                            "One outline per assessment; each area's score as a percentage of "
                            "the scale. A point is left out where an area is not scored.",
                            "muted",
                        ),
                        overlaid_radar(comparison, CONTENT_WIDTH, 100 * mm),
                    ]
                )
            )
        else:
            story += [
                *heading_block("All assessments on one chart", "h2"),
                paragraph(
                    muted(
                        f"The chart is drawn for up to {RADAR_MAX_SERIES} assessments; compare "
                        "fewer at a time to see it. The tables above list every score."
                    )
                ),
            ]
    return story


def _overall_table(comparison: Comparison) -> Table:
    rows = []
    for k, e in enumerate(comparison.entries):
        rows.append(
            [
                paragraph(
                    f"<b>{esc(e.network)}</b> · {esc(when_text(e))}"
                    + (f"<br/>{warn('in progress')}" if e.record.status == "in_progress" else ""),
                    "cell",
                ),
                paragraph(_complete_markup(e.completeness, ""), "cell_right"),
                paragraph(_score_markup(comparison.overall[k]), "cell_right"),
                paragraph(_band_markup(e, e.result.overall_band), "cell_bold"),
                paragraph(
                    _delta_markup(comparison.overall_deltas[k], baseline=k == comparison.baseline),
                    "cell_right",
                ),
            ]
        )
    return _data_table(
        ["Assessment", "Complete", "Overall score", "Band", "Change vs baseline"],
        rows,
        [62, 22, 28, 30, 28],
        right=(1, 2, 4),
    )


def _area_matrix(comparison: Comparison, indexes: list[int]) -> Table:
    """Areas down, assessments across: score and band, change, and completeness if partial."""
    header = ["Area", *(_entry_head(comparison, k) for k in indexes)]
    rows: list[list[Flowable]] = []
    for row in comparison.areas:
        cells: list[Flowable] = [
            paragraph(f"<b>{esc(row.name)}</b><br/>{muted(esc(row.code))}", "cell")
        ]
        for k in indexes:
            e = comparison.entries[k]
            done = row.completeness[k]
            if done is None:  # the area is not in this assessment's questionnaire
                cells.append(paragraph(muted("Not in this questionnaire"), "cell"))
                continue
            lines = [
                _score_markup(row.scores[k]),
                _band_markup(e, row.bands[k]) if row.scores[k] is not None else "",
                _delta_markup(row.deltas[k], baseline=k == comparison.baseline)
                if row.scores[k] is not None
                else "",
            ]
            if done < 1:
                lines.append(warn(f"{esc(fmt.share(done))} answered"))
            cells.append(paragraph("<br/>".join(x for x in lines if x), "cell"))
        rows.append(cells)
    overall = [paragraph("<b>Overall</b>", "cell")]
    for k in indexes:
        e = comparison.entries[k]
        overall.append(
            paragraph(
                "<br/>".join(
                    [
                        _score_markup(comparison.overall[k]),
                        _band_markup(e, e.result.overall_band),
                        _delta_markup(
                            comparison.overall_deltas[k], baseline=k == comparison.baseline
                        ),
                        _complete_markup(e.completeness),
                    ]
                ),
                "cell",
            )
        )
    rows.append(overall)
    share = (170 - 40) / ENTRIES_PER_TABLE
    widths = [40, *([share] * len(indexes))]
    last = len(rows)
    return _data_table(
        header,
        rows,
        widths,
        extra=[("LINEABOVE", (0, last), (-1, last), 1, PRIMARY)],
    )


# --- 3. the same network over time ------------------------------------------------------------


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
                paragraph(_delta_markup(change), "cell_right"),
            ]
        )
    n = len(entries)
    date_w = min(26.0, 100.0 / n)
    return _data_table(header, rows, [54, *([date_w] * n), 26], right=range(1, n + 2))


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
                paragraph(_level_change(change.before, change.after), "cell"),
                paragraph(esc(change.before_notes) or f"<i>{muted('No notes')}</i>", "cell"),
                paragraph(esc(change.after_notes) or f"<i>{muted('No notes')}</i>", "cell"),
            ]
        )
    return _data_table(
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
            level = _level_change(f.level_before, f.level_after)
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
    return _data_table(
        ["Item", "Planned action", "Earlier plan", "Later plan", "Level", "Now"],
        rows,
        [36, 56, 20, 20, 20, 18],
    )


def _level_markup(value: int | None) -> str:
    return muted(fmt.NO_VALUE) if value is None else fmt.whole(value)


# --- 4. rankings ------------------------------------------------------------------------------


def rankings(comparison: Comparison, number: int) -> list[Flowable]:
    basis = (
        "within each network, from its first to its last assessment"
        if comparison.trends
        else "each assessment against the baseline"
    )
    story: list[Flowable] = [
        *heading_block(f"{number} Most improved, biggest declines, areas of concern", "h1"),
        paragraph(f"Changes in area scores are counted {basis}, in percentage points."),
    ]
    story += _ranked(
        "Most improved",
        comparison.most_improved,
        "Change",
        "No area score rose.",
        delta=True,
    )
    story += _ranked(
        "Biggest declines",
        comparison.biggest_declines,
        "Change",
        "No area score fell.",
        delta=True,
    )
    story += _ranked(
        "Areas of concern",
        comparison.areas_of_concern,
        "Mean score",
        "No area is scored.",
        delta=False,
    )
    return story


def _ranked(
    title: str, ranked: Sequence[Ranked], value_head: str, empty: str, *, delta: bool
) -> list[Flowable]:
    story: list[Flowable] = [*heading_block(f"{title} ({len(ranked)})", "h2")]
    if not ranked:
        story.append(paragraph(muted(esc(empty))))
        return story
    rows = [
        [
            table_cell(str(n), "cell_right"),
            paragraph(f"<b>{esc(r.label)}</b>", "cell"),
            paragraph(
                _delta_markup(r.value)
                if delta
                else f"<b>{esc(fmt.percent(r.value, at_start=True))}</b>",
                "cell_right",
            ),
            table_cell(r.detail),
        ]
        for n, r in enumerate(ranked, start=1)
    ]
    table = _data_table(
        ["#", "Area", esc(value_head), "Detail"], rows, [8, 52, 24, 86], right=(0, 2)
    )
    story.append(KeepTogether(table))
    return story


# --- 5. method --------------------------------------------------------------------------------


def method(comparison: Comparison, number: int) -> list[Flowable]:
    s = styles()
    lines = [
        "<b>Scores</b> are calculated by the application's scoring engine, exactly as in each "
        "assessment's own report, and shown with one decimal. An area with no item answered "
        "with a level is “Not scored”, never 0, and has no change.",
        "<b>Change vs baseline</b> = the score minus the baseline assessment's score, in "
        "percentage points. The baseline is the earliest assessment unless another was chosen.",
        "<b>Different questionnaires or versions:</b> every score is recalculated on the items "
        "they share, so that like is compared with like; the compatibility section lists them.",
        "<b>Completeness</b> = items answered (a level, or not applicable) / all items of the "
        "assessment. A partly answered assessment is scored on its answered items only.",
        "<b>Rankings</b> list at most five entries. Areas of concern are the areas that are the "
        "weakest in most assessments (or, if none is, the two lowest on average), lowest mean "
        "score first.",
    ]
    # Short: kept on one page with its heading.
    heading = paragraph(f"{number} How the comparison is made", "h1")
    return [KeepTogether([heading, *(Paragraph(line, s.bullet, bulletText="•") for line in lines)])]


def all_sections(comparison: Comparison) -> tuple[list[Flowable], list[Flowable]]:
    """(cover, body): the document puts the cover on its own page template."""
    body: list[Flowable] = []
    number = 1
    # The short ranked lists come before the long detail of the networks over time.
    parts = [compatibility, side_by_side, rankings]
    if comparison.trends:
        parts.append(over_time)
    parts.append(method)
    for part in parts:
        body += part(comparison, number)
        number += 1
    return cover(comparison), body
