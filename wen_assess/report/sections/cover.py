"""Section 1, the cover: network, assessment, overall score."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wen_assess import __version__
from wen_assess import formatting as fmt
from wen_assess.report.blocks import cover_table, muted, paragraph, warn
from wen_assess.report.data import ReportData
from wen_assess.report.styles import styles
from wen_assess.report.text import esc


def cover(data: ReportData) -> list[Flowable]:
    q, record, result = data.questionnaire, data.record, data.result
    s = styles()
    story: list[Flowable] = [
        Spacer(1, 28 * mm),
        paragraph("SELF-ASSESSMENT REPORT AND IMPROVEMENT PLAN", "cover_kicker"),
        paragraph(esc(data.network), "cover_network"),
        paragraph(esc(data.title), "cover_title"),
        Spacer(1, 8 * mm),
    ]
    status = "Draft — assessment in progress" if data.draft else "Completed"
    meta = [
        ("Assessment date", esc(data.date)),
        ("Questionnaire", esc(q.title.en)),
        ("Version", f"{esc(q.id)} · version {esc(q.version)}"),
        ("Status", warn(f"<b>{esc(status)}</b>") if data.draft else esc(status)),
    ]
    if record.network.region:
        meta.append(("Region", esc(record.network.region)))
    if record.facilitator:
        meta.append(("Facilitator", esc(record.facilitator)))
    band = result.overall_band
    meta.append(
        (
            "Overall score",
            f"<b>{esc(fmt.percent(result.overall_score, at_start=True))}</b>"
            + (f" · {esc(band)}" if band else ""),
        )
    )
    table = cover_table(meta)
    story += [table, Spacer(1, 12 * mm)]
    if data.draft:
        story.append(
            paragraph(
                warn(
                    "<b>DRAFT.</b> This assessment is still in progress: answers, scores and the "
                    "improvement plan may change before it is completed."
                ),
                "note",
            )
        )
    story += [
        paragraph("<b>About the questionnaire.</b> " + esc(q.provenance.en), "note"),
        Spacer(1, 6 * mm),
        Paragraph(
            muted(
                f"Prepared with wen-assess {esc(__version__)} on {date.today():%Y-%m-%d}. "
                "Scores follow the rule set out in the methodology annex."
            ),
            s.small,
        ),
    ]
    return story
