"""The page that opens the comparison: what stands out, in a few lines.

Written only from the comparison's numbers: which network is strongest and weakest in each area
(each network by its latest compared assessment), the areas of concern, and what changed within
the networks assessed more than once. Differences between networks are never called changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from wen_assess.compare import Ranked
from wen_assess.report.blocks import delta_markup, heading_block, muted, paragraph, table_cell
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.comparison_sections.compatibility import left_out_notes
from wen_assess.report.comparison_sections.markup import data_table
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import styles
from wen_assess.report.text import esc, field


def key_findings(data: ComparisonData, number: int) -> list[Flowable]:
    s = styles()
    comparison, _, n_ = data.comparison, data.t, data.n
    networks = comparison.networks
    counted = n_(
        "{n} assessment of {networks} compared.",
        "{n} assessments of {networks} compared.",
        len(data.entries),
        networks=n_("{n} network", "{n} networks", len(networks)),
    )
    story: list[Flowable] = [
        *heading_block(f"{number} {esc(_('Key findings'))}", "h1"),
        paragraph(
            esc(counted)
            + " "
            + (
                _(
                    "Between networks the figures are <b>differences</b>; <b>changes</b> are "
                    "counted only within a network over time."
                )
                if len(networks) > 1
                else esc(_("All are of one network: the figures are changes over time."))
            )
        ),
        *left_out_notes(data),
    ]
    if len(networks) > 1:
        story += [
            *heading_block(esc(_("Strongest and weakest network by area")), "h2"),
            paragraph(
                muted(
                    esc(
                        _(
                            "Each network by its latest assessment in this comparison. The gap "
                            "is a difference between networks, not a change."
                        )
                    )
                ),
                "small",
            ),
            _by_area_table(data),
        ]
    story += heading_block(esc(_("Areas of concern")), "h2")
    story += [
        Paragraph(
            f"<b>{esc(_concern_label(data, r))}</b>: {esc(data.detail(r))}",
            s.bullet,
            bulletText="•",
        )
        for r in comparison.areas_of_concern
    ] or [paragraph(muted(esc(_("No area is scored."))))]
    story += heading_block(esc(_("Changes within networks over time")), "h2")
    if not comparison.trends:
        story.append(
            paragraph(
                muted(esc(_("No network is assessed more than once here: there is no change.")))
            )
        )
    for trend in comparison.trends:
        first, last = trend.entries[0], trend.entries[-1]
        before, after = comparison.overall[first], comparison.overall[last]
        overall = data.change(None if before is None or after is None else after - before)
        key = trend.network.casefold()
        moves = [r for r in comparison.most_improved if r.network.casefold() == key]
        falls = [r for r in comparison.biggest_declines if r.network.casefold() == key]
        parts = [_("overall {change}", change=esc(overall))]
        if moves:
            parts.append(_("most improved {areas}", areas=_moves(data, moves)))
        if falls:
            parts.append(_("biggest declines {areas}", areas=_moves(data, falls)))
        story.append(
            Paragraph(
                _(
                    "<b>{network}</b>, {first} → {last}: {parts}.",
                    network=field(trend.network),
                    first=esc(data.when(data.entries[first])),
                    last=esc(data.when(data.entries[last])),
                    parts="; ".join(parts),
                ),
                s.bullet,
                bulletText="•",
            )
        )
    story.append(PageBreak())
    return story


def _concern_label(data: ComparisonData, ranked: Ranked) -> str:
    return f"{ranked.area_code} · {data.area_name(ranked.area_code)}"


def _moves(data: ComparisonData, ranked: Sequence[Ranked]) -> str:
    return ", ".join(
        f"{esc(r.area_code)} {delta_markup(r.value, data.language)}" for r in ranked[:3]
    )


def _by_area_table(data: ComparisonData):  # type: ignore[no-untyped-def]
    comparison, _ = data.comparison, data.t
    latest = comparison.latest_of_each_network()
    rows = []
    for row in comparison.areas:
        scored = [(row.scores[i], i) for i in latest if row.scores[i] is not None]
        if len(scored) < 2:
            continue
        high_score, high = max(scored, key=lambda pair: pair[0])
        low_score, low = min(scored, key=lambda pair: pair[0])
        rows.append(
            [
                paragraph(f"<b>{esc(data.area_name(row.code))}</b> {muted(esc(row.code))}", "cell"),
                table_cell(f"{data.entries[high].network} {data.percent(high_score)}"),
                table_cell(f"{data.entries[low].network} {data.percent(low_score)}"),
                table_cell(data.change(high_score - low_score), "cell_right"),
            ]
        )
    if not rows:
        return paragraph(muted(esc(_("No area is scored in two networks."))))
    return data_table(
        [esc(_("Area")), esc(_("Strongest")), esc(_("Weakest")), esc(_("Gap"))],
        rows,
        [52, 48, 48, 22],
        right=(3,),
    )
