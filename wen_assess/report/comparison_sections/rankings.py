"""Most improved areas and biggest declines (within a network over time only), and areas of
concern. Networks that differ are not one network moving: they are never ranked as improving."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, Ranked
from wen_assess.report.blocks import heading_block, muted, paragraph, table_cell
from wen_assess.report.comparison_sections.markup import data_table, delta_markup
from wen_assess.report.text import esc


def rankings(comparison: Comparison, number: int) -> list[Flowable]:
    if not comparison.trends:
        return [
            *heading_block(f"{number} Areas of concern", "h1"),
            paragraph(
                "No network is assessed more than once in this comparison, so there is no "
                "change over time to rank: the networks differ, and section “Side by side” "
                "shows by how much."
            ),
            *_ranked(
                "Areas of concern",
                comparison.areas_of_concern,
                "Mean score",
                "No area is scored.",
                delta=False,
            ),
        ]
    story: list[Flowable] = [
        *heading_block(f"{number} Changes within networks, areas of concern", "h1"),
        paragraph(
            "Changes in area scores are counted within each network, from its first to its "
            "last assessment, in percentage points. Differences between networks are not "
            "counted as changes."
        ),
    ]
    story += _ranked(
        "Most improved within a network",
        comparison.most_improved,
        "Change",
        "No area score rose.",
        delta=True,
    )
    story += _ranked(
        "Biggest declines within a network",
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
                delta_markup(r.value)
                if delta
                else f"<b>{esc(fmt.percent(r.value, at_start=True))}</b>",
                "cell_right",
            ),
            table_cell(r.detail),
        ]
        for n, r in enumerate(ranked, start=1)
    ]
    table = data_table(
        ["#", "Area", esc(value_head), "Detail"], rows, [8, 52, 24, 86], right=(0, 2)
    )
    story.append(KeepTogether(table))
    return story
