"""The page that opens the comparison: what stands out, in a few lines.

Written only from the comparison's numbers: which network is strongest and weakest in each area
(each network by its latest compared assessment), the areas of concern, and what changed within
the networks assessed more than once. Differences between networks are never called changes.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison
from wen_assess.report.blocks import heading_block, muted, paragraph, table_cell
from wen_assess.report.comparison_document import when_text
from wen_assess.report.comparison_sections.compatibility import left_out_notes
from wen_assess.report.comparison_sections.markup import data_table, delta_markup
from wen_assess.report.styles import styles
from wen_assess.report.text import esc, plural


def key_findings(comparison: Comparison, number: int) -> list[Flowable]:
    s = styles()
    networks = comparison.networks
    story: list[Flowable] = [
        *heading_block(f"{number} Key findings", "h1"),
        paragraph(
            f"{plural(len(comparison.entries), 'assessment')} of "
            f"{plural(len(networks), 'network')} compared. "
            + (
                "Between networks the figures are <b>differences</b>; <b>changes</b> are "
                "counted only within a network over time."
                if len(networks) > 1
                else "All are of one network: the figures are changes over time."
            )
        ),
        *left_out_notes(comparison),
    ]
    if len(networks) > 1:
        story += [
            *heading_block("Strongest and weakest network by area", "h2"),
            paragraph(
                muted(
                    "Each network by its latest assessment in this comparison. The gap is a "
                    "difference between networks, not a change."
                ),
                "small",
            ),
            _by_area_table(comparison),
        ]
    story += heading_block("Areas of concern", "h2")
    story += [
        Paragraph(f"<b>{esc(r.label)}</b>: {esc(r.detail)}", s.bullet, bulletText="•")
        for r in comparison.areas_of_concern
    ] or [paragraph(muted("No area is scored."))]
    story += heading_block("Changes within networks over time", "h2")
    if not comparison.trends:
        story.append(
            paragraph(muted("No network is assessed more than once here: there is no change."))
        )
    for trend in comparison.trends:
        first, last = (comparison.entries[i] for i in (trend.entries[0], trend.entries[-1]))
        overall = fmt.change(
            None
            if comparison.overall[trend.entries[0]] is None
            or comparison.overall[trend.entries[-1]] is None
            else comparison.overall[trend.entries[-1]] - comparison.overall[trend.entries[0]]
        )
        moves = [r for r in comparison.most_improved if r.label.startswith(f"{trend.network} ·")]
        falls = [r for r in comparison.biggest_declines if r.label.startswith(f"{trend.network} ·")]
        parts = [f"overall {esc(overall)}"]
        if moves:
            parts.append(f"most improved {_moves(moves)}")
        if falls:
            parts.append(f"biggest declines {_moves(falls)}")
        story.append(
            Paragraph(
                f"<b>{esc(trend.network)}</b>, {esc(when_text(first))} → "
                f"{esc(when_text(last))}: " + "; ".join(parts) + ".",
                s.bullet,
                bulletText="•",
            )
        )
    story.append(PageBreak())
    return story


def _moves(ranked) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(
        f"{esc(r.label.split(' · ', 1)[-1])} {delta_markup(r.value)}" for r in ranked[:3]
    )


def _by_area_table(comparison: Comparison):  # type: ignore[no-untyped-def]
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
                paragraph(f"<b>{esc(row.name)}</b> {muted(esc(row.code))}", "cell"),
                table_cell(f"{comparison.entries[high].network} {fmt.percent(high_score)}"),
                table_cell(f"{comparison.entries[low].network} {fmt.percent(low_score)}"),
                table_cell(fmt.change(high_score - low_score), "cell_right"),
            ]
        )
    if not rows:
        return paragraph(muted("No area is scored in two networks."))
    return data_table(["Area", "Strongest", "Weakest", "Gap"], rows, [52, 48, 48, 22], right=(3,))
