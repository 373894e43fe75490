"""The action plan: the engine's priorities joined with who does what by when.

Each improvement item (P1/P2/P3 from the scoring engine) gets a plan entry. What the user saved
(an ActionRecord: text, owner, due date, status) wins; otherwise defaults come from the
priority: the questionnaire's recommended action, due 6/12/24 months after the assessment for
P1/P2/P3, status planned. Entries saved for items that are no longer a priority stay listed
so that finished work is not lost from view.
"""

from __future__ import annotations

import calendar
import csv
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from wen_assess.files import replacing, save_workbook, spreadsheet_cell
from wen_assess.i18n import N_, translator
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import ActionRecord, AssessmentRecord
from wen_assess.scoring import Priority, Result
from wen_assess.vocabulary import ACTION_STATUS_LABELS, PLANNED

DUE_MONTHS = {1: 6, 2: 12, 3: 24}
# The plan page and the comparison view import it under this name.
STATUS_LABELS = ACTION_STATUS_LABELS


@dataclass(frozen=True)
class PlanEntry:
    item_id: str
    priority: Priority | None  # None: saved earlier, no longer a priority
    action: ActionRecord  # saved, or the defaults
    saved: bool
    # Other plan items whose recommended action is this one's too: one piece of work serves
    # them all, so the plan says so rather than count it as separate work.
    shared_with: tuple[str, ...] = ()

    @property
    def priority_label(self) -> str:
        return self.priority.label if self.priority else "–"


WORK_TOWARDS = N_("Work towards level {level} ({label}): {meaning}")


def default_action(record: AssessmentRecord, priority: Priority) -> ActionRecord:
    """The entry a priority gets until the user saves one: the recommended action (in English,
    as the engine names it), due after the priority's months, planned."""
    start = record.assessment_date or date.today()
    text = " ".join(action.text for action in priority.actions) or WORK_TOWARDS.format(
        level=priority.next_level, label=priority.next_label, meaning=priority.next_meaning
    )
    return ActionRecord(
        item_id=priority.item_id,
        text=text,
        due=_add_months(start, DUE_MONTHS[priority.priority]),
        status=PLANNED,
    )


def plan_entries(record: AssessmentRecord, result: Result) -> list[PlanEntry]:
    saved = {action.item_id: action for action in record.actions}
    entries = [
        PlanEntry(
            p.item_id,
            p,
            saved.get(p.item_id) or default_action(record, p),
            p.item_id in saved,
        )
        for p in result.priorities
    ]
    entries = _with_shared_actions(entries)
    listed = {e.item_id for e in entries}
    for action in record.actions:
        if action.item_id not in listed:
            entries.append(PlanEntry(action.item_id, None, action, True))
    return entries


def _with_shared_actions(entries: list[PlanEntry]) -> list[PlanEntry]:
    """Each priority entry told which other priority entries share one of its actions.

    Only priorities count: an item that needs no further step has no recommended work left.
    """
    serves: dict[str, list[str]] = {}
    for e in entries:
        if e.priority is not None:
            for action in e.priority.actions:
                serves.setdefault(action.id, []).append(e.item_id)

    def others(e: PlanEntry) -> tuple[str, ...]:
        if e.priority is None:
            return ()
        ids = [i for a in e.priority.actions for i in serves[a.id] if i != e.item_id]
        return tuple(dict.fromkeys(ids))  # in plan order, each once

    return [replace(e, shared_with=others(e)) for e in entries]


# The CSV keeps these English headers whatever the language (it is read by programs); the
# workbook translates them.
CSV_COLUMNS = (
    N_("Priority"), N_("Item"), N_("Title"), N_("Area"), N_("Current level"), N_("Next level"),
    N_("What the next level means"), N_("Recommended action"), N_("Agreed action"), N_("Owner"),
    N_("Due"), N_("Status"),
    N_("Shared with"),  # last, so that the earlier columns keep their positions
)  # fmt: skip
SHARED_SEPARATOR = ", "


def recommended_action(q: Questionnaire, entry: PlanEntry, language: str = "en") -> str:
    """The questionnaire's recommended action for the entry's item: never empty for a priority.

    The actions its area lists for the item (those the engine gives a priority). A priority
    whose questionnaire has no action for the item falls back to what the next level means, as
    :func:`default_action` does, so a planner always has something to start from.
    """
    area = q.area_of(entry.item_id)
    text = " ".join(a.text.get(language) for a in area.actions if entry.item_id in a.items)
    p = entry.priority
    if text or p is None:
        return text
    level = q.scale.level(p.next_level)
    return (
        translator(language)
        .gettext(WORK_TOWARDS)
        .format(
            level=p.next_level, label=level.label.get(language), meaning=level.meaning.get(language)
        )
    )


def plan_rows(q: Questionnaire, entries: list[PlanEntry], language: str = "en") -> list[list[str]]:
    """One row per plan entry, in the entries' order: the report, the CSV and the workbook.

    The questionnaire's texts and the status are in ``language`` (the workbook's); the CSV
    keeps English.
    """
    words = translator(language).gettext
    rows = []
    for e in entries:
        item = q.item(e.item_id)
        area = q.area_of(e.item_id)
        p = e.priority
        rows.append(
            [
                e.priority_label,
                e.item_id,
                item.title.get(language),
                area.name.get(language),
                f"{p.level} {q.scale.level(p.level).label.get(language)}" if p else "",
                f"{p.next_level} {q.scale.level(p.next_level).label.get(language)}" if p else "",
                q.scale.level(p.next_level).meaning.get(language) if p else "",
                recommended_action(q, e, language),
                e.action.text if e.saved else "",  # agreed only once saved; may be empty
                e.action.owner,
                e.action.due.isoformat() if e.action.due else "",
                words(STATUS_LABELS[e.action.status]),
                SHARED_SEPARATOR.join(e.shared_with),
            ]
        )
    return rows


def write_plan_csv(q: Questionnaire, entries: list[PlanEntry], path: Path | str) -> Path:
    """UTF-8 with a byte-order mark, so spreadsheet programs read accents right; atomic."""
    path = Path(path)
    with replacing(path) as (temp,), temp.open("x", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        writer.writerows([spreadsheet_cell(cell) for cell in row] for row in plan_rows(q, entries))
    return path


def write_plan(
    q: Questionnaire,
    entries: list[PlanEntry],
    path: Path | str,
    record: AssessmentRecord | None = None,
    language: str | None = None,
    still_to_assess: Sequence[str] = (),
) -> Path:
    """CSV or Excel workbook, by the file name's suffix; the CSV stays in English.

    The workbook holds the same rows as the CSV, for a coordinator to print and circulate: a
    title block naming the network and assessment (``record``), landscape pages one page wide
    with the header row repeated, rows as tall as their text, and a Status drop-down; written
    in ``language`` (by default the assessment's), atomically like the CSV."""
    if Path(path).suffix.lower() != ".xlsx":
        return write_plan_csv(q, entries, path)
    from wen_assess.plan_workbook import build_plan_workbook  # openpyxl: ~0.1 s to import

    path = Path(path)
    language = language or (record.language if record else "en")
    rows = plan_rows(q, entries, language)
    book = build_plan_workbook(q, entries, rows, record, language, still_to_assess)
    with replacing(path) as (temp,):
        save_workbook(book, temp)  # a full disk fails cleanly, without openpyxl's traceback
    return path


def _add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
