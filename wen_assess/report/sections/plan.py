"""Section 5: the improvement plan, by priority."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from wen_assess.plan import STATUS_LABELS, PlanEntry, plan_entries
from wen_assess.report.blocks import heading_block, muted, paragraph, short_date, styled_table
from wen_assess.report.data import ReportData
from wen_assess.report.sections.items import item_markup, levels_range
from wen_assess.report.text import esc
from wen_assess.scoring import Priority


def _plan_row(data: ReportData, p: Priority, entry: PlanEntry) -> list[Flowable]:
    action = entry.action
    steps = [
        f"<b>{esc(data.level_label(p.next_level))}:</b> {esc(p.next_meaning)}",
    ]
    steps += [f"<b>Action:</b> {esc(a.text)}" for a in p.actions]
    recommended = " ".join(a.text for a in p.actions)
    if action.text.strip() and action.text.strip() != recommended.strip():
        steps.append(f"<b>Agreed action:</b> {esc(action.text)}")
    owners = [esc(action.owner)]
    due_status = [
        "<br/>".join(
            x
            for x in (
                esc(short_date(action.due)),
                esc(STATUS_LABELS.get(action.status, action.status)),
            )
            if x
        )
    ]
    scale = data.questionnaire.scale
    return [
        paragraph(item_markup(data, p.item_id), "cell"),
        paragraph(
            f"<b>{p.level} → {p.next_level}</b><br/>"
            + muted(
                f"{esc(scale.level(p.level).label.en)} → {esc(scale.level(p.next_level).label.en)}"
            ),
            "cell",
        ),
        paragraph("<br/>".join(steps), "cell"),
        paragraph("<br/>".join(owners), "cell"),
        paragraph("<br/><br/>".join(due_status), "cell"),
    ]


def improvement_plan(data: ReportData) -> list[Flowable]:
    q, result = data.questionnaire, data.result
    low = q.rules.low_level_max
    top = q.scale.highest
    story: list[Flowable] = [
        PageBreak(),
        paragraph("4 Improvement plan", "h1"),
        paragraph(
            "Each line moves one item up by one level: the meaning of the next level and the "
            "recommended action for the item. Owner, due date and status come from the plan "
            "agreed for the assessment; where none has been agreed yet, the owner is blank, the "
            "status is Planned and the due date is 6, 12 or 24 months after the assessment for "
            "P1, P2 and P3."
        ),
    ]
    groups = {
        1: f"P1 — Critical items at {levels_range(data, low)}",
        2: f"P2 — Other items at {levels_range(data, low)}",
        3: f"P3 — Items above level {low} and below level {top}",
    }
    plan = {e.item_id: e for e in plan_entries(data.record, result)}
    for n, title in groups.items():
        entries = [p for p in result.priorities if p.priority == n]
        story += heading_block(f"{esc(title)} ({len(entries)})", "h2")
        if not entries:
            story.append(paragraph(muted("None."), "body"))
            continue
        story.append(
            styled_table(
                ["Item", "Level", "Next level and recommended action", "Owner", "Due, status"],
                [_plan_row(data, p, plan[p.item_id]) for p in entries],
                [42, 21, 63, 22, 22],
            )
        )
    return story
