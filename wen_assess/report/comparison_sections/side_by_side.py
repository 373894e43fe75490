"""Section 2: overall and area scores side by side, with the change against the baseline."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from wen_assess import formatting as fmt
from wen_assess.report.blocks import delta_markup, heading_block, muted, paragraph, warn
from wen_assess.report.comparison_charts import RADAR_MAX_SERIES, overlaid_radar
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.comparison_sections.markup import (
    ENTRIES_PER_TABLE,
    band_markup,
    change_or_difference,
    complete_markup,
    data_table,
    difference_markup,
    entry_head,
    score_markup,
)
from wen_assess.report.styles import CONTENT_WIDTH, PRIMARY
from wen_assess.report.text import esc, field
from wen_assess.vocabulary import IN_PROGRESS


def side_by_side(data: ComparisonData, number: int) -> list[Flowable]:
    comparison, _ = data.comparison, data.t
    base = comparison.entries[comparison.baseline]
    intro = [
        _(
            "Each assessment's scores and bands, in percentage points against the baseline "
            "({baseline}).",
            baseline=f"<b>{esc(base.network)} · {esc(data.when(base))}</b>",
        )
    ]
    if len(comparison.networks) > 1:
        intro.append(
            _(
                "A <b>change</b> is counted only within one network, against its own earlier "
                "assessment (the baseline for {network}, the earliest for another network), and "
                "is coloured. A <b>difference</b> (“diff.”) compares another network with the "
                "baseline: it is not a change over time, and is not coloured.",
                network=esc(base.network),
            )
        )
    intro.append(
        esc(
            _(
                "Completeness is shown beside the scores: an area that is not fully answered is "
                "marked, and an area with no answer is “Not scored”, never 0."
            )
        )
    )
    story: list[Flowable] = [
        *heading_block(f"{number} {esc(_('Side by side'))}", "h1"),
        paragraph(" ".join(intro)),
        *heading_block(esc(_("Overall scores")), "h2"),
        _overall_table(data),
        Spacer(1, 2 * mm),
    ]
    n = len(comparison.entries)
    for start in range(0, n, ENTRIES_PER_TABLE):
        matrix = _area_matrix(data, list(range(start, min(n, start + ENTRIES_PER_TABLE))))
        block: list[Flowable] = [matrix]
        if start == 0:
            block.insert(0, paragraph(esc(_("Scores per area")), "h2"))
        # A matrix that fits on a page is kept whole (with its heading); a long one splits, its
        # header row repeated.
        story += [KeepTogether(block)] if len(comparison.areas) <= 10 else block
        story.append(Spacer(1, 4 * mm))
    if len(comparison.areas) >= 3:
        heading = paragraph(esc(_("All assessments on one chart")), "h2")
        if n <= RADAR_MAX_SERIES:
            # The heading, its note and the chart stay on one page.
            story.append(
                KeepTogether(
                    [
                        heading,
                        paragraph(
                            esc(
                                _(
                                    "One outline per assessment; each area's score as a "
                                    "percentage of the scale. A point is left out where an area "
                                    "is not scored. A long name is shortened in the legend; the "
                                    "table of overall scores names every assessment in full."
                                )
                            ),
                            "muted",
                        ),
                        overlaid_radar(data, CONTENT_WIDTH, 100 * mm),
                    ]
                )
            )
        else:
            story += [
                *heading_block(esc(_("All assessments on one chart")), "h2"),
                paragraph(
                    muted(
                        esc(
                            _(
                                "The chart is drawn for up to {count} assessments; compare "
                                "fewer at a time to see it. The tables above list every score.",
                                count=RADAR_MAX_SERIES,
                            )
                        )
                    )
                ),
            ]
    return story


def _overall_table(data: ComparisonData) -> Table:
    comparison, _ = data.comparison, data.t
    rows = []
    for k, e in enumerate(comparison.entries):
        in_progress = e.record.status == IN_PROGRESS
        rows.append(
            [
                paragraph(
                    f"<b>{field(e.network)}</b> · {esc(data.when(e))}"
                    + (f" {esc(e.distinction)}" if e.distinction else "")
                    + f"<br/>{muted(esc(data.title(e.title)))}"
                    + (f"<br/>{warn(esc(_('in progress')))}" if in_progress else ""),
                    "cell",
                ),
                paragraph(complete_markup(data, e.completeness, word=False), "cell_right"),
                paragraph(score_markup(data, comparison.overall[k]), "cell_right"),
                paragraph(band_markup(data, e, e.result.overall_band), "cell_bold"),
                paragraph(
                    muted(esc(_("baseline")))
                    if k == comparison.baseline
                    else delta_markup(comparison.overall_deltas[k], data.language)
                    if comparison.change_from[k] is not None
                    else muted(fmt.NO_VALUE),
                    "cell_right",
                ),
                paragraph(
                    difference_markup(data, comparison.overall_differences[k])
                    if comparison.is_other_network(k)
                    else muted(fmt.NO_VALUE),
                    "cell_right",
                ),
            ]
        )
    return data_table(
        [esc(_("Assessment")), esc(_("Complete")), esc(_("Overall score")), esc(_("Band")),
         esc(_("Change (same network)")), esc(_("Difference vs baseline"))],
        rows,
        [36, 26, 24, 32, 26, 26],
        right=(1, 2, 4, 5),
    )  # fmt: skip


def _area_matrix(data: ComparisonData, indexes: list[int]) -> Table:
    """Areas down, assessments across: score and band, change, and completeness if partial."""
    comparison, _ = data.comparison, data.t
    header = [esc(_("Area")), *(entry_head(data, k) for k in indexes)]
    rows: list[list[Flowable]] = []
    for row in comparison.areas:
        cells: list[Flowable] = [
            paragraph(f"<b>{esc(data.area_name(row.code))}</b><br/>{muted(esc(row.code))}", "cell")
        ]
        for k in indexes:
            e = comparison.entries[k]
            done = row.completeness[k]
            if done is None:  # the area is not in this assessment's questionnaire
                cells.append(paragraph(muted(esc(_("Not in this questionnaire"))), "cell"))
                continue
            lines = [
                score_markup(data, row.scores[k]),
                band_markup(data, e, row.bands[k]) if row.scores[k] is not None else "",
                change_or_difference(data, k, row.deltas[k], row.differences[k])
                if row.scores[k] is not None
                else "",
            ]
            if done < 1:
                lines.append(warn(esc(_("{share} answered", share=data.share(done)))))
            cells.append(paragraph("<br/>".join(x for x in lines if x), "cell"))
        rows.append(cells)
    overall = [paragraph(f"<b>{esc(_('Overall'))}</b>", "cell")]
    for k in indexes:
        e = comparison.entries[k]
        overall.append(
            paragraph(
                "<br/>".join(
                    [
                        score_markup(data, comparison.overall[k]),
                        band_markup(data, e, e.result.overall_band),
                        change_or_difference(
                            data,
                            k,
                            comparison.overall_deltas[k],
                            comparison.overall_differences[k],
                        ),
                        complete_markup(data, e.completeness),
                    ]
                ),
                "cell",
            )
        )
    rows.append(overall)
    share = (170 - 40) / ENTRIES_PER_TABLE
    widths = [40, *([share] * len(indexes))]
    last = len(rows)
    return data_table(
        header,
        rows,
        widths,
        extra=[("LINEABOVE", (0, last), (-1, last), 1, PRIMARY)],
    )
