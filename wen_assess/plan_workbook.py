"""The action plan as an Excel workbook that prints and circulates as it is.

A title block names the network, the assessment and its date; below it the plan's table (the
rows of :func:`wen_assess.plan.plan_rows`, so the same rows as the CSV and the report). Pages
are A4 landscape, one page wide, with the table's header repeated on every page and the
network in the footer. openpyxl does not size rows to wrapped text, so each row's height is
estimated from its longest cell and its column's width. Status is a drop-down of the action
statuses. openpyxl is imported only here, when a workbook is asked for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from wen_assess import __version__
from wen_assess import formatting as fmt
from wen_assess.i18n import Translator, translator
from wen_assess.plan import CSV_COLUMNS, STATUS_LABELS, PlanEntry
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord
from wen_assess.vocabulary import COMPLETED

HEADER_ROW = 5  # below the title block (three lines and a blank one)
# Column widths in characters: the long texts get room, codes and dates little.
WIDTHS = {
    "Priority": 9, "Item": 12, "Title": 26, "Area": 16, "Current level": 13, "Next level": 13,
    "What the next level means": 34, "Recommended action": 44, "Agreed action": 34,
    "Owner": 18, "Due": 12, "Status": 13, "Shared with": 14,
}  # fmt: skip
LINE_HEIGHT = 15.0  # points per line of 11-point text, with its leading
CHARACTERS_PER_WIDTH = 1.1  # a width unit holds about one average character, a little more
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
RULE = Side(style="thin", color="B0B7C0")


def build_plan_workbook(
    q: Questionnaire,
    entries: list[PlanEntry],
    rows: list[list[str]],
    record: AssessmentRecord | None,
    language: str = "en",
    still_to_assess: Sequence[str] = (),
) -> Workbook:
    """``rows`` are already in ``language`` (plan_rows); the headings and titles are made here.
    ``still_to_assess``: the unanswered items (the assessment's result), listed below the plan."""
    tr = translator(language)
    _ = tr.gettext
    book = Workbook()
    sheet = book.active
    # Excel refuses these characters in a sheet name, and more than 31 characters.
    sheet.title = re.sub(r"[\[\]:*?/\\]", "", _("Action plan")).strip()[:31] or _("Plan")
    network = record.network.name if record else ""
    _title_block(sheet, q, entries, record, tr)
    _properties(book, q, network, record, tr)

    sheet.append([])  # the blank line before the table
    headings = [_(name) for name in CSV_COLUMNS]
    sheet.append(headings)
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = Border(bottom=RULE)
    due_column = CSV_COLUMNS.index("Due")
    for entry, row in zip(entries, rows, strict=True):
        cells: list[object] = list(row)
        cells[due_column] = entry.action.due  # a real date, not text
        sheet.append(cells)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # shown exactly as typed, never run as a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(bottom=RULE)
            if CSV_COLUMNS[cell.column - 1] == "Due":
                cell.number_format = "yyyy-mm-dd"
        sheet.row_dimensions[sheet.max_row].height = row_height(row)
    for index, name in enumerate(CSV_COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = WIDTHS[name]
    sheet.row_dimensions[HEADER_ROW].height = row_height(headings)

    last = sheet.max_row
    last_letter = sheet.cell(row=HEADER_ROW, column=len(CSV_COLUMNS)).column_letter
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1).coordinate
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_letter}{last}"
    _status_choices(sheet, last, tr)
    if still_to_assess:
        _still_to_assess(sheet, q, still_to_assess, tr)
    printed = f"A1:{last_letter}{sheet.max_row}"
    print_setup(sheet, plan_title(network, tr), HEADER_ROW, printed, tr)
    return book


def _still_to_assess(sheet, q: Questionnaire, missing: Sequence[str], tr: Translator) -> None:  # type: ignore[no-untyped-def]
    """The items not yet answered, listed apart below the plan (as the report lists them):
    a plan without them would read as if those areas needed nothing."""
    sheet.append([])
    sheet.append(
        [
            tr.ngettext(
                "Still to assess ({n} item): not in this plan until it is answered",
                "Still to assess ({n} items): not in this plan until they are answered",
                len(missing),
            ).format(n=len(missing))
        ]
    )
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    item, title, area = (CSV_COLUMNS.index(name) for name in ("Item", "Title", "Area"))
    for item_id in missing:
        cells = [""] * len(CSV_COLUMNS)
        cells[item] = item_id
        cells[title] = q.item(item_id).title.get(tr.language)
        cells[area] = q.area_of(item_id).name.get(tr.language)
        sheet.append(cells)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[sheet.max_row].height = row_height(cells)  # a long title wraps


def plan_title(network: str, tr: Translator) -> str:
    """ "Action plan — HAWEN": the title, the document's title and the pages' footer."""
    if not network:
        return tr.gettext("Action plan")
    return tr.gettext("Action plan — {network}").format(network=network)


def row_height(row: list[str], widths: list[float] | None = None) -> float:
    """Points for a row whose tallest cell wraps its text into its column's width (by default
    the plan's columns)."""
    lines = 1
    for width, text in zip(widths or [WIDTHS[n] for n in CSV_COLUMNS], row, strict=True):
        per_line = max(1, int(width * CHARACTERS_PER_WIDTH))
        wrapped = sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))
        lines = max(lines, wrapped)
    return LINE_HEIGHT * lines + 4


def _title_block(
    sheet,
    q: Questionnaire,
    entries: list[PlanEntry],
    record: AssessmentRecord | None,
    tr: Translator,
) -> None:  # type: ignore[no-untyped-def]
    _ = tr.gettext
    counts = {
        label: sum(1 for e in entries if e.priority_label == label) for label in ("P1", "P2", "P3")
    }
    tally = ", ".join(f"{n} {label}" for label, n in counts.items() if n)
    kept = len(entries) - sum(counts.values())
    if kept:
        tally += ", " + tr.ngettext(
            "{n} no longer a priority", "{n} no longer a priority", kept
        ).format(n=kept)
    sharing = sum(1 for e in entries if e.shared_with)
    if sharing:
        tally += "; " + tr.ngettext(
            "{n} shares its action with another entry (see Shared with)",
            "{n} share their action with another entry (see Shared with)",
            sharing,
        ).format(n=sharing)
    about = ""
    if record is not None:
        when = record.assessment_date
        about = _("{title} · assessed {date}").format(
            title=record.title.strip() or _("Untitled assessment"),
            date=fmt.long_date(when, tr.language) if when else _("date not set"),
        )
    sheet["A1"] = plan_title(record.network.name if record else "", tr)
    sheet["A1"].font = Font(bold=True, size=14)
    questionnaire = _("{questionnaire} · version {version}").format(
        questionnaire=q.title.get(tr.language), version=q.version
    )
    sheet["A2"] = " · ".join(x for x in (about, questionnaire) if x)
    sheet["A3"] = tr.ngettext(
        "{n} entry ({tally}). Written {date} by wen-assess {version}.",
        "{n} entries ({tally}). Written {date} by wen-assess {version}.",
        len(entries),
    ).format(
        n=len(entries),
        tally=tally or _("none"),
        date=fmt.long_date(date.today(), tr.language),
        version=__version__,
    )
    if record is not None and record.status != COMPLETED:  # as the report's DRAFT mark
        sheet["A3"] = f"{sheet['A3'].value} " + _(
            "DRAFT: the assessment is still in progress, so this plan may change."
        )
    for ref in ("A2", "A3"):
        sheet[ref].font = Font(color="555555")
        sheet[ref].data_type = "s"
    sheet["A1"].data_type = "s"


def _properties(
    book, q: Questionnaire, network: str, record: AssessmentRecord | None, tr: Translator
) -> None:  # type: ignore[no-untyped-def]
    _ = tr.gettext
    props = book.properties
    props.title = plan_title(network, tr)
    props.subject = _("Improvement plan of the {questionnaire} self-assessment").format(
        questionnaire=q.title.get(tr.language)
    ) + (f" ({record.title.strip()})" if record and record.title.strip() else "")
    props.creator = "wen-assess"
    props.keywords = _("action plan, self-assessment, wildlife enforcement network")
    props.description = _("Priorities, recommended and agreed actions, owners, due dates, status.")
    props.language = tr.language


def _status_choices(sheet, last: int, tr: Translator) -> None:  # type: ignore[no-untyped-def]
    _ = tr.gettext
    column = sheet.cell(row=HEADER_ROW, column=CSV_COLUMNS.index("Status") + 1).column_letter
    statuses = [_(label) for label in STATUS_LABELS.values()]
    choice = DataValidation(type="list", formula1=f'"{",".join(statuses)}"', allow_blank=False)
    choice.error = _("Choose one of: {statuses}.").format(statuses=", ".join(statuses))
    choice.errorTitle = _("Status")
    choice.prompt = _("Choose the action's status")
    choice.showErrorMessage = True
    sheet.add_data_validation(choice)
    # Rows below the plan too, so that a row added by hand gets the choice as well.
    choice.add(f"{column}{HEADER_ROW + 1}:{column}{max(last, HEADER_ROW + 1) + 50}")


def print_setup(sheet, footer: str, header_row: int, area: str, tr: Translator) -> None:  # type: ignore[no-untyped-def]
    """A4 landscape, one page wide, the header row repeated on every page, ``footer`` at the
    left of each page's foot and the page number at its right."""
    _ = tr.gettext
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the table needs
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_area = area
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.print_options.gridLines = False
    sheet.oddFooter.left.text = footer
    # &P and &N are Excel's page fields.
    sheet.oddFooter.right.text = _("Page {page} of {total}").format(page="&P", total="&N")
