"""Section 1: whether the assessments can be compared, and how complete they are."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from wen_assess.compare import OVERALL_OF_FEWER
from wen_assess.report.blocks import muted, paragraph, table_cell, warn
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.comparison_sections.markup import complete_markup, styled_table
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import styles
from wen_assess.report.text import esc, field
from wen_assess.vocabulary import IN_PROGRESS

NAMED_ITEMS = 30  # items named in a "not compared" line; the rest are counted


def compatibility(data: ComparisonData, number: int) -> list[Flowable]:
    comparison, _ = data.comparison, data.t
    compat = comparison.compatibility
    story: list[Flowable] = [
        paragraph(f"{number} {esc(_('Compatibility'))}", "h1"),
        paragraph(esc(compat.statement_in(data.language)), "note"),
    ]
    rows = []
    for k, e in enumerate(data.entries):
        q = e.questionnaire
        draft = e.record.status == IN_PROGRESS
        status = esc(_("Draft — in progress") if draft else _("Completed"))
        baseline = f" {muted(esc(_('· baseline')))}" if k == comparison.baseline else ""
        rows.append(
            [
                table_cell(str(k + 1), "cell_right"),
                paragraph(
                    f"<b>{esc(e.network)}</b>{baseline}<br/>{esc(data.title(e.title))}", "cell"
                ),
                table_cell(data.when(e)),
                paragraph(
                    f"{esc(q.id)}<br/>{muted(esc(_('version {version}', version=q.version)))}",
                    "cell",
                ),
                paragraph(warn(status) if draft else status, "cell"),
                paragraph(complete_markup(data, e.completeness, word=False), "cell_right"),
            ]
        )
    story.append(
        styled_table(
            [
                "#",
                _("Assessment"),
                _("Date"),
                _("Questionnaire"),
                _("Status"),
                _("Complete"),
            ],
            rows,
            [8, 54, 24, 30, 26, 28],
            right=(0, 5),
        )
    )
    story.append(Spacer(1, 3 * mm))
    shared = data.n(
        "<b>Items in common:</b> {shared} of {n} item.",
        "<b>Items in common:</b> {shared} of {n} items.",
        compat.union_size,
        shared=len(compat.shared_items),
    )
    if compat.same_questionnaire:
        shared += " " + _("Every item is compared.")
    story.append(paragraph(shared))
    if not compat.same_questionnaire:
        story += _not_compared(data)
    story += left_out_notes(data)
    story += _completeness_cautions(data)
    return story


def left_out_notes(data: ComparisonData) -> list[Flowable]:
    """The assessments of the selection that are not compared, each with the reason."""
    notes = []
    for left in data.comparison.left_out:
        label, reason = data.left_out(left)
        notes.append(
            paragraph(
                data.t(
                    "{label} ({title}), {reason}.",
                    label=warn(f"<b>{esc(data.t('Left out: {label}', label=label))}</b>"),
                    title=warn(esc(data.title(left.title))),
                    reason=esc(reason),
                )
            )
        )
    return notes


def _not_compared(data: ComparisonData) -> list[Flowable]:
    shared = set(data.comparison.compatibility.shared_items)
    story: list[Flowable] = []
    seen: set[tuple[str, str]] = set()
    for e in data.entries:
        q = e.questionnaire
        if (q.id, q.version) in seen:
            continue
        seen.add((q.id, q.version))
        left_out = [item for item in q.items if item.id not in shared]
        if not left_out:
            continue
        names = ", ".join(
            f"{esc(i.id)} ({esc(i.title.get(data.language))})" for i in left_out[:NAMED_ITEMS]
        )
        if len(left_out) > NAMED_ITEMS:
            names += " " + esc(data.t("and {count} more", count=len(left_out) - NAMED_ITEMS))
        head = data.n(
            "Not compared, only in {questionnaire} ({n} item):",
            "Not compared, only in {questionnaire} ({n} items):",
            len(left_out),
            questionnaire=f"{q.id} v{q.version}",
        )
        story.append(paragraph(f"<b>{esc(head)}</b> {names}.", "small"))
    return story


def _completeness_cautions(data: ComparisonData) -> list[Flowable]:
    s = styles()
    _ = data.t
    story: list[Flowable] = []
    partial = [e for e in data.entries if e.completeness < 1]
    if not partial:
        story.append(
            paragraph(muted(esc(_("Every assessment is complete: all its items are answered."))))
        )
    for e in partial:
        values = {
            "assessment": _named(data, e),
            "share": esc(data.share(e.completeness)),
        }
        sentence = (
            _(
                "{assessment} is {share} complete and still in progress: its scores cover only "
                "the items answered so far. A low or missing score there may mean “not yet "
                "assessed”, not a weak network.",
                **values,
            )
            if e.record.status == IN_PROGRESS
            else _(
                "{assessment} is {share} complete: its scores cover only the items answered so "
                "far. A low or missing score there may mean “not yet assessed”, not a weak "
                "network.",
                **values,
            )
        )
        story.append(Paragraph(warn(sentence), s.bullet, bulletText="•"))
    for e in data.comparison.overall_of_fewer_areas:
        sentence = _(
            OVERALL_OF_FEWER,
            assessment=_named(data, e),
            scored=e.result.areas_scored,
            total=len(e.result.areas),
        )
        story.append(Paragraph(warn(sentence), s.bullet, bulletText="•"))
    return story


def _named(data: ComparisonData, entry) -> str:  # type: ignore[no-untyped-def]
    return f"<b>{field(entry.network)} · {esc(data.when(entry))}</b>"
