"""Section 1: whether the assessments can be compared, and how complete they are."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison
from wen_assess.report.blocks import muted, paragraph, table_cell, warn
from wen_assess.report.comparison_document import when_text
from wen_assess.report.comparison_sections.markup import complete_markup, data_table
from wen_assess.report.styles import styles
from wen_assess.report.text import esc, plural
from wen_assess.vocabulary import IN_PROGRESS


def compatibility(comparison: Comparison, number: int) -> list[Flowable]:
    compat = comparison.compatibility
    story: list[Flowable] = [
        paragraph(f"{number} Compatibility", "h1"),
        paragraph(esc(compat.statement), "note"),
    ]
    rows = []
    for k, e in enumerate(comparison.entries):
        q = e.questionnaire
        status = "Draft — in progress" if e.record.status == IN_PROGRESS else "Completed"
        rows.append(
            [
                table_cell(str(k + 1), "cell_right"),
                paragraph(
                    f"<b>{esc(e.network)}</b>"
                    + (f" {muted('· baseline')}" if k == comparison.baseline else "")
                    + f"<br/>{esc(e.title.strip() or 'untitled')}",
                    "cell",
                ),
                table_cell(when_text(e)),
                paragraph(f"{esc(q.id)}<br/>{muted('version ' + esc(q.version))}", "cell"),
                paragraph(
                    warn(esc(status)) if e.record.status == IN_PROGRESS else esc(status), "cell"
                ),
                paragraph(complete_markup(e.completeness, ""), "cell_right"),
            ]
        )
    story.append(
        data_table(
            ["#", "Assessment", "Date", "Questionnaire", "Status", "Complete"],
            rows,
            [8, 60, 24, 30, 26, 22],
            right=(0, 5),
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        paragraph(
            f"<b>Items in common:</b> {len(compat.shared_items)} of "
            f"{plural(compat.union_size, 'item')}."
            + (" Every item is compared." if compat.same_questionnaire else ""),
        )
    )
    if not compat.same_questionnaire:
        story += _not_compared(comparison)
    story += left_out_notes(comparison)
    story += _completeness_cautions(comparison)
    return story


def left_out_notes(comparison: Comparison) -> list[Flowable]:
    """The assessments of the selection that are not compared, each with the reason."""
    return [
        paragraph(
            warn(f"<b>Left out: {esc(left.label)}</b> ({esc(left.title.strip() or 'untitled')}), ")
            + esc(left.reason)
            + ".",
        )
        for left in comparison.left_out
    ]


def _not_compared(comparison: Comparison) -> list[Flowable]:
    shared = set(comparison.compatibility.shared_items)
    story: list[Flowable] = []
    seen: set[tuple[str, str]] = set()
    for e in comparison.entries:
        q = e.questionnaire
        if (q.id, q.version) in seen:
            continue
        seen.add((q.id, q.version))
        left_out = [item for item in q.items if item.id not in shared]
        if not left_out:
            continue
        names = ", ".join(f"{esc(i.id)} ({esc(i.title.en)})" for i in left_out[:30])
        more = f" and {len(left_out) - 30} more" if len(left_out) > 30 else ""
        story.append(
            paragraph(
                f"<b>Not compared, only in {esc(q.id)} v{esc(q.version)} "
                f"({plural(len(left_out), 'item')}):</b> {names}{more}.",
                "small",
            )
        )
    return story


def _completeness_cautions(comparison: Comparison) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    partial = [e for e in comparison.entries if e.completeness < 1]
    if not partial:
        story.append(paragraph(muted("Every assessment is complete: all its items are answered.")))
        return story
    for e in partial:
        story.append(
            Paragraph(
                warn(
                    f"<b>{esc(e.network)} · {esc(when_text(e))}</b> is "
                    f"{esc(fmt.share(e.completeness))} complete"
                    + (" and still in progress" if e.record.status == IN_PROGRESS else "")
                    + ": its scores cover only the items answered so far. A low or missing "
                    "score there may mean “not yet assessed”, not a weak network."
                ),
                s.bullet,
                bulletText="•",
            )
        )
    return story
