"""Section 7: who took part."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table, table_cell
from wen_assess.report.data import ReportData
from wen_assess.report.text import esc


def participants(data: ReportData) -> list[Flowable]:
    record, _ = data.record, data.t
    story: list[Flowable] = [
        *heading_block(f"{data.numbers['participants']} {_('Participants')}", "h1")
    ]
    network = record.network
    facts = [_("<b>Network:</b> {name}", name=esc(network.name))]
    if network.region:
        facts.append(_("<b>Region:</b> {region}", region=esc(network.region)))
    if network.member_countries:
        facts.append(
            _(
                "<b>Member countries ({count}):</b> {countries}",
                count=len(network.member_countries),
                countries=esc(", ".join(network.member_countries)),
            )
        )
    if record.facilitator:
        facts.append(_("<b>Facilitator:</b> {name}", name=esc(record.facilitator)))
    story += [paragraph(f) for f in facts]
    if record.participants:
        rows = [
            [
                table_cell(p.name),
                table_cell(p.organisation),
                table_cell(p.country),
                table_cell(p.role),
            ]
            for p in record.participants
        ]
        story.append(Spacer(1, 2 * mm))
        story.append(
            styled_table(
                [_("Name"), _("Organisation"), _("Country"), _("Role")], rows, [42, 60, 30, 38]
            )
        )
    else:
        story.append(paragraph(muted(_("No participants recorded."))))
    return story
