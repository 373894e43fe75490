"""The cover: a page that stands alone. Network, date, status, the overall score and band with
the completeness beside it (provisional for a draft), the change since the baseline for a
re-assessment, the cautions a reader must know, and the three most urgent actions."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from wen_assess import __version__
from wen_assess import formatting as fmt
from wen_assess.report.blocks import cover_table, muted, paragraph, warn
from wen_assess.report.data import ReportData
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.sections.cautions import cautions, completeness_text, overall_markup
from wen_assess.report.sections.progress import baseline_sentence, change_markup
from wen_assess.report.sections.summary import urgent_actions
from wen_assess.report.styles import BODY_HEIGHT, CONTENT_WIDTH, styles
from wen_assess.report.text import esc

LONG_NAME = 40  # characters; a longer network name is set smaller so the cover stays one page


def cover(data: ReportData) -> list[Flowable]:
    q, record = data.questionnaire, data.record
    s, _ = styles(), data.t
    name_style = "cover_network_long" if len(data.network) > LONG_NAME else "cover_network"
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        paragraph(_("SELF-ASSESSMENT REPORT AND IMPROVEMENT PLAN"), "cover_kicker"),
        paragraph(esc(data.network), name_style),
        paragraph(esc(data.title), "cover_title"),
        Spacer(1, 5 * mm),
    ]
    status = _("Draft — assessment in progress") if data.draft else _("Completed")
    complete = esc(completeness_text(data))
    meta = [
        (_("Assessment date"), esc(data.date)),
        (_("Status"), warn(f"<b>{esc(status)}</b>") if data.draft else esc(status)),
        (
            _("Overall score"),
            f"<b>{overall_markup(data)}</b><br/>"
            + (warn(complete) if data.result.still_to_assess else muted(complete)),
        ),
    ]
    p = data.progress
    if p is not None:
        meta.append(
            (
                _("Since the baseline"),
                _(
                    "{change}, since {baseline}",
                    change=change_markup(data, p),
                    baseline=baseline_sentence(data, p),
                )
                if p.comparison is not None
                else muted(esc(p.unavailable)),
            )
        )
    meta.append(
        (
            _("Questionnaire"),
            _(
                "{title} · {id} version {version}",
                title=esc(q.title.get(data.language)),
                id=esc(q.id),
                version=esc(q.version),
            ),
        )
    )
    if record.network.region:
        meta.append((_("Region"), esc(record.network.region)))
    if record.facilitator:
        meta.append((_("Facilitator"), esc(record.facilitator)))
    story += [cover_table(meta), Spacer(1, 5 * mm)]
    for caution in cautions(data):
        story.append(Paragraph(warn(caution), s.bullet, bulletText="•"))
    story.append(paragraph(_("Most urgent actions"), "h3"))
    story += urgent_actions(data)
    story.append(Spacer(1, 4 * mm))
    if data.draft:
        story.append(
            paragraph(
                warn(
                    _(
                        "<b>DRAFT.</b> This assessment is still in progress: answers, scores and "
                        "the improvement plan may change before it is completed."
                    )
                ),
                "note",
            )
        )
    story.append(
        Paragraph(
            muted(
                _(
                    "Prepared with wen-assess {version} on {date}. Scores follow the rule set "
                    "out in the methodology annex.",
                    version=esc(__version__),
                    date=fmt.long_date(date.today(), data.language),
                )
            ),
            s.small,
        )
    )
    # Whatever the names and notes, the cover is one page: shrunk to fit if it must be.
    return [KeepInFrame(CONTENT_WIDTH, BODY_HEIGHT, story, mode="shrink")]
