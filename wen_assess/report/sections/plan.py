"""Section 5: the improvement plan, by priority."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from wen_assess import formatting as fmt
from wen_assess.plan import STATUS_LABELS, PlanEntry
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table
from wen_assess.report.data import ReportData
from wen_assess.report.sections.items import answer_level, item_markup, levels_range
from wen_assess.report.text import esc
from wen_assess.scoring import Priority


def _due_status(data: ReportData, entry: PlanEntry) -> Flowable:
    action = entry.action
    due = fmt.long_date(action.due, data.language) if action.due else ""
    status = data.t(STATUS_LABELS.get(action.status, action.status))
    return paragraph("<br/><br/>".join(esc(x) for x in (due, status) if x), "cell")


def _agreed_row(data: ReportData, entry: PlanEntry) -> list[Flowable]:
    """An action agreed for an item that needs no further step (at the top level, or no
    longer answered at a level): kept in the plan so that agreed work stays in view."""
    text = entry.action.text.strip()
    return [
        paragraph(item_markup(data, entry.item_id), "cell"),
        paragraph(answer_level(data, data.answer(entry.item_id)), "cell"),
        paragraph(
            data.t("<b>Agreed action:</b> {text}", text=esc(text))
            if text
            else muted(data.t("No text")),
            "cell",
        ),
        paragraph(esc(entry.action.owner), "cell"),
        _due_status(data, entry),
    ]


def _plan_row(data: ReportData, p: Priority, entry: PlanEntry) -> list[Flowable]:
    action = entry.action
    _ = data.t
    steps = [
        f"<b>{esc(data.level_label(p.next_level))}:</b> {esc(data.level_meaning(p.next_level))}",
    ]
    steps += [
        _("<b>Action:</b> {text}", text=esc(data.action_text(a.id, a.text))) for a in p.actions
    ]
    if entry.shared_with:
        steps.append(
            muted(
                _(
                    "Same action as {items}: one piece of work.",
                    items=esc(_shared_items(data, entry)),
                )
            )
        )
    recommended = " ".join(a.text for a in p.actions)
    if action.text.strip() and action.text.strip() != recommended.strip():
        steps.append(_("<b>Agreed action:</b> {text}", text=esc(action.text)))
    return [
        paragraph(item_markup(data, p.item_id), "cell"),
        paragraph(
            f"<b>{p.level} → {p.next_level}</b><br/>"
            + muted(f"{esc(data.level_name(p.level))} → {esc(data.level_name(p.next_level))}"),
            "cell",
        ),
        paragraph("<br/>".join(steps), "cell"),
        paragraph(esc(action.owner), "cell"),
        _due_status(data, entry),
    ]


def _shared_items(data: ReportData, entry: PlanEntry) -> str:
    """The other plan items an entry's action serves, by title as the table names them, with
    their priorities to find them (ids would read as rows of their own)."""
    priority = {e.item_id: e.priority_label for e in data.plan}
    return ", ".join(
        f"“{data.item(item_id).title.get(data.tr.language)}” ({priority[item_id]})"
        for item_id in entry.shared_with
    )


def _shared_sentence(data: ReportData) -> str:
    sharing = [e for e in data.plan if e.shared_with]
    if not sharing:
        return ""
    return " " + data.n(
        "{n} of these rows shares its recommended action with another row: such rows say so "
        "under the action, as one piece of work serves them all.",
        "{n} of these rows share their recommended action with another row: such rows say so "
        "under the action, as one piece of work serves them all.",
        len(sharing),
    )


def improvement_plan(data: ReportData) -> list[Flowable]:
    q = data.questionnaire
    low = q.rules.low_level_max
    top = q.scale.highest
    _ = data.t
    story: list[Flowable] = [
        PageBreak(),
        paragraph(f"{data.numbers['plan']} {_('Improvement plan')}", "h1"),
        paragraph(
            _(
                "Each line moves one item up by one level: the meaning of the next level and the "
                "recommended action for the item. Owner, due date and status come from the plan "
                "agreed for the assessment; where none has been agreed yet, the owner is blank, "
                "the status is Planned and the due date is 6, 12 or 24 months after the "
                "assessment for P1, P2 and P3. Actions agreed for items that need no further "
                "step (already at the top level) are listed last, so that agreed work stays in "
                "view."
            )
            + " "
            + data.n(
                "The plan has {n} row, the same as the action plan spreadsheet.",
                "The plan has {n} rows, the same as the action plan spreadsheet.",
                len(data.plan),
            )
            + _shared_sentence(data)
        ),
    ]
    groups = {
        1: _("P1 — Critical items at {levels}", levels=levels_range(data, low)),
        2: _("P2 — Other items at {levels}", levels=levels_range(data, low)),
        3: _("P3 — Items above level {low} and below level {top}", low=low, top=top),
    }
    head = [
        _("Item"),
        _("Level"),
        _("Next level and recommended action"),
        _("Owner"),
        _("Due, status"),
    ]
    widths = [36, 27, 50, 26, 31]  # room for "Responsable", "développement"
    for n, title in groups.items():
        entries = [e for e in data.plan if e.priority is not None and e.priority.priority == n]
        # Room for the table head and a first row, which runs long in French and Portuguese.
        story += heading_block(f"{esc(title)} ({len(entries)})", "h2", 70 * mm)
        if not entries:
            story.append(paragraph(muted(_("None.")), "body"))
            continue
        rows = [_plan_row(data, e.priority, e) for e in entries if e.priority is not None]
        story.append(styled_table(head, rows, widths))
    agreed = [e for e in data.plan if e.priority is None]
    if agreed:
        story += heading_block(
            _("Agreed actions on items needing no further step ({count})", count=len(agreed)),
            "h2",
        )
        head = [_("Item"), _("Level"), _("Agreed action"), _("Owner"), _("Due, status")]
        story.append(styled_table(head, [_agreed_row(data, e) for e in agreed], widths))
    return story
