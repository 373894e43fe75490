"""Most improved areas and biggest declines (within a network over time only), and areas of
concern. Networks that differ are not one network moving: they are never ranked as improving."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from wen_assess.compare import Ranked
from wen_assess.report.blocks import delta_markup, heading_block, muted, paragraph, table_cell
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.comparison_sections.markup import styled_table
from wen_assess.report.text import esc, field


def rankings(data: ComparisonData, number: int) -> list[Flowable]:
    comparison, _ = data.comparison, data.t
    concerns = _ranked(
        data,
        _("Areas of concern ({count})", count=len(comparison.areas_of_concern)),
        comparison.areas_of_concern,
        _("Mean score"),
        _("No area is scored."),
        delta=False,
    )
    if not comparison.trends:
        return [
            *heading_block(f"{number} {esc(_('Areas of concern'))}", "h1"),
            paragraph(
                esc(
                    _(
                        "No network is assessed more than once in this comparison, so there is "
                        "no change over time to rank: the networks differ, and section “Side by "
                        "side” shows by how much."
                    )
                )
            ),
            *concerns,
        ]
    story: list[Flowable] = [
        *heading_block(f"{number} {esc(_('Changes within networks, areas of concern'))}", "h1"),
        paragraph(
            esc(
                _(
                    "Changes in area scores are counted within each network, from its first to "
                    "its last assessment, in percentage points. Differences between networks are "
                    "not counted as changes."
                )
            )
        ),
    ]
    rises, falls = comparison.most_improved, comparison.biggest_declines
    moves = (  # title, the moves, what is said when there is none
        (_("Most improved within a network ({count})", count=len(rises)), rises,
         _("No area score rose.")),
        (_("Biggest declines within a network ({count})", count=len(falls)), falls,
         _("No area score fell.")),
    )  # fmt: skip
    for title, ranked, empty in moves:
        story += _ranked(data, title, ranked, _("Change"), empty, delta=True)
    return story + concerns


def _label(data: ComparisonData, ranked: Ranked) -> str:
    """ "HAWEN · FIN" for a move within a network, "FIN · Finance" for an area of concern."""
    if ranked.network:
        return f"{field(ranked.network)} · {esc(ranked.area_code)}"
    return esc(f"{ranked.area_code} · {data.area_name(ranked.area_code)}")


def _ranked(
    data: ComparisonData,
    title: str,
    ranked: Sequence[Ranked],
    value_head: str,
    empty: str,
    *,
    delta: bool,
) -> list[Flowable]:
    story: list[Flowable] = [*heading_block(esc(title), "h2")]
    if not ranked:
        story.append(paragraph(muted(esc(empty))))
        return story
    rows = [
        [
            table_cell(str(n), "cell_right"),
            paragraph(f"<b>{_label(data, r)}</b>", "cell"),
            paragraph(
                delta_markup(r.value, data.language)
                if delta
                else f"<b>{esc(data.percent(r.value, at_start=True))}</b>",
                "cell_right",
            ),
            table_cell(data.detail(r)),
        ]
        for n, r in enumerate(ranked, start=1)
    ]
    table = styled_table(
        ["#", data.t("Area"), value_head, data.t("Detail")],
        rows,
        [8, 52, 24, 86],
        right=(0, 2),
    )
    story.append(KeepTogether(table))
    return story
