"""The cover: the networks and dates compared, and the assessments in a table."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from wen_assess import __version__
from wen_assess.report.blocks import cover_table, muted, paragraph
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.comparison_document import networks_text
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import styles
from wen_assess.report.text import esc, field

LISTED = 12  # assessments named on the cover; section 1 lists them all


def cover(data: ComparisonData) -> list[Flowable]:
    comparison, entries, _, n_ = data.comparison, data.entries, data.t, data.n
    s = styles()
    dated = sorted(e.assessment_date for e in entries if e.assessment_date)
    if not dated:
        compared = n_("{n} assessment compared", "{n} assessments compared", len(entries))
    elif dated[0] == dated[-1]:
        compared = n_(
            "{n} assessment compared, {date}",
            "{n} assessments compared, {date}",
            len(entries),
            date=data.long_date(dated[0]),
        )
    else:
        compared = n_(
            "{n} assessment compared, {first} to {last}",
            "{n} assessments compared, {first} to {last}",
            len(entries),
            first=data.long_date(dated[0]),
            last=data.long_date(dated[-1]),
        )
    story: list[Flowable] = [
        Spacer(1, 28 * mm),
        paragraph(esc(_("COMPARISON OF SELF-ASSESSMENTS")), "cover_kicker"),
        paragraph(esc(networks_text(comparison)), "cover_network"),
        paragraph(esc(compared), "cover_title"),
        Spacer(1, 8 * mm),
    ]
    listed = "<br/>".join(
        f"{field(e.network)} · {esc(data.when(e))}"
        + (f" {esc(e.distinction)}" if e.distinction else "")
        + f" — {field(data.title(e.title))}"
        for e in entries[:LISTED]
    )
    if len(entries) > LISTED:
        listed += "<br/>" + muted(
            esc(_("… and {count} more (see section 1)", count=len(entries) - LISTED))
        )
    base = entries[comparison.baseline]
    compat = comparison.compatibility
    meta = [
        (_("Assessments"), listed),
        (_("Baseline"), f"{field(base.network)} · {esc(data.when(base))}"),
        (
            _("Questionnaire") if compat.same_questionnaire else _("Questionnaires"),
            "<br/>".join(_questionnaire_name(data, qid, v) for qid, v in compat.questionnaires),
        ),
        (
            _("Items compared"),
            esc(
                n_(
                    "{shared} of {n} item",
                    "{shared} of {n} items",
                    compat.union_size,
                    shared=len(compat.shared_items),
                )
            ),
        ),
    ]
    if comparison.left_out:  # the selection had assessments that share nothing with these
        meta.append(
            (
                _("Left out"),
                "<br/>".join(
                    " — ".join(esc(part) for part in data.left_out(left))
                    for left in comparison.left_out
                ),
            )
        )
    story += [
        cover_table(meta),
        Spacer(1, 12 * mm),
        paragraph(
            f"<b>{esc(_('Compatibility.'))}</b> {esc(compat.statement_in(data.language))}", "note"
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            muted(
                esc(
                    _(
                        "Prepared with wen-assess {version} on {date}. Every score is calculated "
                        "by the scoring engine the application uses on screen.",
                        version=__version__,
                        date=data.long_date(date.today()),
                    )
                )
            ),
            s.small,
        ),
    ]
    return story


def _questionnaire_name(data: ComparisonData, qid: str, version: str) -> str:
    q = next(
        e.questionnaire
        for e in data.entries
        if (e.questionnaire.id, e.questionnaire.version) == (qid, version)
    )
    detail = data.t("({id} · version {version})", id=qid, version=version)
    return f"{esc(data.questionnaire_title(q))} {muted(esc(detail))}"
