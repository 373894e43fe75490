"""Section 3: the radar and bar charts of the area scores."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from wen_assess.report.blocks import heading_block, paragraph
from wen_assess.report.charts import bar_chart, radar_chart
from wen_assess.report.data import ReportData
from wen_assess.report.styles import CONTENT_WIDTH


def charts(data: ReportData) -> list[Flowable]:
    _ = data.t
    story: list[Flowable] = [
        *heading_block(f"{data.numbers['charts']} {_('Scores at a glance')}", "h1", 160 * mm)
    ]
    story.append(
        paragraph(
            _(
                "Area scores as a percentage of the scale, against each area's target (a target "
                "level expressed on the same percentage scale)."
            ),
            "muted",
        )
    )
    if len(data.result.areas) >= 3:
        story.append(radar_chart(data, CONTENT_WIDTH, 110 * mm))
        story.append(Spacer(1, 4 * mm))
    story.append(bar_chart(data, CONTENT_WIDTH))
    return story
