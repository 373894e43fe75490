"""The cover: the networks and dates compared, and the assessments in a table."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wen_assess import __version__
from wen_assess import formatting as fmt
from wen_assess.compare import Comparison
from wen_assess.report.blocks import cover_table, muted, paragraph
from wen_assess.report.comparison_document import networks_text, when_text
from wen_assess.report.styles import styles
from wen_assess.report.text import esc, plural


def cover(comparison: Comparison) -> list[Flowable]:
    entries = comparison.entries
    s = styles()
    dated = sorted(e.assessment_date for e in entries if e.assessment_date)
    span = ""
    if dated:
        first, last = fmt.long_date(dated[0]), fmt.long_date(dated[-1])
        span = f", {first}" if first == last else f", {first} to {last}"
    story: list[Flowable] = [
        Spacer(1, 28 * mm),
        paragraph("COMPARISON OF SELF-ASSESSMENTS", "cover_kicker"),
        paragraph(esc(networks_text(comparison)), "cover_network"),
        paragraph(esc(f"{plural(len(entries), 'assessment')} compared{span}"), "cover_title"),
        Spacer(1, 8 * mm),
    ]
    listed = "<br/>".join(
        f"{esc(e.network)} · {esc(when_text(e))}"
        + (f" {esc(e.distinction)}" if e.distinction else "")
        + f" — {esc(e.title.strip() or 'untitled')}"
        for e in entries[:12]
    )
    if len(entries) > 12:
        listed += "<br/>" + muted(f"… and {len(entries) - 12} more (see section 1)")
    base = entries[comparison.baseline]
    compat = comparison.compatibility
    union = compat.union_size
    meta = [
        ("Assessments", listed),
        ("Baseline", f"{esc(base.network)} · {esc(when_text(base))}"),
        (
            "Questionnaire" if compat.same_questionnaire else "Questionnaires",
            "<br/>".join(
                _questionnaire_name(comparison, qid, v) for qid, v in compat.questionnaires
            ),
        ),
        ("Items compared", f"{len(compat.shared_items)} of {plural(union, 'item')}"),
    ]
    if comparison.left_out:  # the selection had assessments that share nothing with these
        meta.append(
            (
                "Left out",
                "<br/>".join(
                    f"{esc(left.label)} — {esc(left.reason)}" for left in comparison.left_out
                ),
            )
        )
    table = cover_table(meta)
    story += [
        table,
        Spacer(1, 12 * mm),
        paragraph(f"<b>Compatibility.</b> {esc(compat.statement)}", "note"),
        Spacer(1, 6 * mm),
        Paragraph(
            muted(
                f"Prepared with wen-assess {esc(__version__)} on {fmt.long_date(date.today())}. "
                "Every score is calculated by the scoring engine the application uses on screen."
            ),
            s.small,
        ),
    ]
    return story


def _questionnaire_name(comparison: Comparison, qid: str, version: str) -> str:
    q = next(
        e.questionnaire
        for e in comparison.entries
        if (e.questionnaire.id, e.questionnaire.version) == (qid, version)
    )
    return f"{esc(q.title.en)} {muted(f'({esc(qid)} · version {esc(version)})')}"
