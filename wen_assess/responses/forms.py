"""Make the response forms: one `.xlsx` workbook per member (country, and agency when given),
and the same as a `.wen.json` response file for members who use the app or a script.

The workbook is protected: only the respondent's name (and agency, when the form leaves it
open) and the three answer columns can be edited; the sheets cannot be added, removed or
renamed. It prints A4 landscape, one page wide, with the header row on every page (the plan
workbook's print set-up). openpyxl is imported here only, when forms are asked for.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from wen_assess.files import replacing, save_workbook
from wen_assess.i18n import translator
from wen_assess.plan_workbook import HEADER_FILL, RULE, print_setup, row_height
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord
from wen_assess.responses import layout as lay
from wen_assess.responses.response_file import FORM_PREFIX, RESPONSE_SUFFIX, response_document

ANSWER_FILL = PatternFill("solid", fgColor="FFFFFF")
LOCKED_FILL = PatternFill("solid", fgColor="F1F3F5")


@dataclass(frozen=True)
class Member:
    """Whom a form is for: a member country, and one of its agencies when given."""

    country: str
    agency: str = ""

    @property
    def label(self) -> str:
        return f"{self.country} — {self.agency}" if self.agency else self.country


def members(countries: list[str], agencies: list[str] | None = None) -> list[Member]:
    """One member per country, or per country and agency; blanks and repeats dropped."""
    kept = list(dict.fromkeys(c.strip() for c in countries if c.strip()))
    named = list(dict.fromkeys(a.strip() for a in agencies or [] if a.strip()))
    if not named:
        return [Member(c) for c in kept]
    return [Member(c, a) for c in kept for a in named]


def file_stem(member: Member) -> str:
    """A file name every system accepts: letters, digits and dashes."""
    text = re.sub(r"[^\w]+", "-", member.label, flags=re.UNICODE).strip("-")
    return f"{FORM_PREFIX}{text or 'member'}"[:80]


def write_forms(
    q: Questionnaire,
    record: AssessmentRecord,
    checksum: str,
    folder: Path | str,
    chosen: list[Member],
    language: str | None = None,
) -> list[Path]:
    """Both files per member in ``folder`` (created if missing); the paths written.

    OSError when the folder cannot be written. Files are written whole or not at all.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for member in chosen:
        stem = folder / file_stem(member)
        book = build_form(q, record, checksum, member, language or record.language)
        workbook_path = stem.with_name(stem.name + ".xlsx")
        json_path = stem.with_name(stem.name + RESPONSE_SUFFIX)
        document = response_document(q, record, checksum, member.country, member.agency)
        with replacing(workbook_path, json_path) as (temp_book, temp_json):
            save_workbook(book, temp_book)
            temp_json.write_text(
                json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        written += [workbook_path, json_path]
    return written


def build_form(
    q: Questionnaire, record: AssessmentRecord, checksum: str, member: Member, language: str
) -> Workbook:
    form = lay.layout(
        q, record, checksum, language, member.country, member.agency, bool(member.agency)
    )
    tr = translator(form.language)
    book = Workbook()
    cover = book.active
    cover.title = form.cover_name
    items = book.create_sheet(form.items_name)
    _fill_cover(cover, form)
    _fill_items(items, form, tr.gettext)
    footer = tr.gettext("Response form — {member}").format(member=member.label)
    print_setup(items, footer, lay.HEADER_ROW, f"A1:H{form.last_row}", tr)
    last_cover_row = lay.FIRST_CHOICE_ROW + len(form.choices) - 1
    print_setup(cover, footer, lay.COVER_TITLE_ROW, f"A1:C{last_cover_row}", tr)
    props = book.properties
    props.title = tr.gettext("Response form — {network}").format(network=record.network.name)
    props.subject, props.creator, props.language = member.label, "wen-assess", form.language
    book.security = WorkbookProtection(lockStructure=True)
    return book


def _write(sheet, row: int, column: int, text: str, *, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    cell = sheet.cell(row=row, column=column, value=text)
    cell.data_type = "s"  # shown exactly as written, never run as a formula
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        cell.font = Font(bold=True)


def _answer_cell(sheet, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    cell = sheet.cell(row=row, column=column)
    cell.protection = Protection(locked=False)
    cell.fill = ANSWER_FILL
    cell.border = Border(left=RULE, right=RULE, top=RULE, bottom=RULE)
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _title_rows(sheet, columns: int) -> None:  # type: ignore[no-untyped-def]
    """The title on one line, the instructions across the sheet's width (merged, wrapped)."""
    title = sheet.cell(row=1, column=1)
    title.font = Font(bold=True, size=14)
    title.alignment = Alignment(wrap_text=False, vertical="top")
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=columns)
    sheet.row_dimensions[2].height = 34


def _protect(sheet) -> None:  # type: ignore[no-untyped-def]
    # No password: a coordinator may unprotect to fix a typo; the reader compares every
    # locked cell with what the form must hold, so an edit is found all the same.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widening a column to read is allowed
    sheet.protection.formatRows = False


def _fill_cover(sheet, form: lay.FormLayout) -> None:  # type: ignore[no-untyped-def]
    for (row, column), text in form.cover.items():
        _write(sheet, row, column, text, bold=column == 1 and row != 2)
        if column > 1:
            sheet.cell(row=row, column=column).fill = LOCKED_FILL
    _title_rows(sheet, 3)
    for key in form.editable_fields:
        _answer_cell(sheet, lay.FIELD_ROWS[key], 2)
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 68  # a checksum on one line
    sheet.column_dimensions["C"].width = 62
    for n in range(len(form.choices)):
        sheet.row_dimensions[lay.FIRST_CHOICE_ROW + n].height = 32
    _protect(sheet)


def _fill_items(sheet, form: lay.FormLayout, _) -> None:  # type: ignore[no-untyped-def]
    for (row, column), text in form.items.items():
        _write(sheet, row, column, text, bold=row == lay.HEADER_ROW)
    _title_rows(sheet, len(lay.COLUMNS))
    for cell in sheet[lay.HEADER_ROW]:
        cell.fill = HEADER_FILL
        cell.border = Border(bottom=RULE)
    for n, width in enumerate(lay.WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=n).column_letter].width = width
    for row in form.item_rows:
        for key in lay.ANSWER_KEYS:
            _answer_cell(sheet, row, lay.COLUMN[key])
        texts = [form.items.get((row, n), "") for n in range(1, len(lay.COLUMNS) + 1)]
        sheet.row_dimensions[row].height = row_height(texts, lay.WIDTHS)
    sheet.row_dimensions[lay.HEADER_ROW].height = 32
    sheet.freeze_panes = sheet.cell(row=lay.HEADER_ROW + 1, column=2).coordinate
    _level_drop_down(sheet, form, _)
    _protect(sheet)


def _level_drop_down(sheet, form: lay.FormLayout, _) -> None:  # type: ignore[no-untyped-def]
    first, last = lay.FIRST_CHOICE_ROW, lay.FIRST_CHOICE_ROW + len(form.choices) - 1
    source = f"'{form.cover_name}'!$B${first}:$B${last}"
    choice = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
    choice.error = _("Choose one of the levels in the list (or leave it empty).")
    choice.errorTitle = _("Your level")
    choice.prompt = _("Choose the level that describes the network today")
    choice.promptTitle = _("Your level")
    choice.showErrorMessage = choice.showInputMessage = True
    sheet.add_data_validation(choice)
    column = sheet.cell(row=1, column=lay.COLUMN["level"]).column_letter
    choice.add(f"{column}{lay.HEADER_ROW + 1}:{column}{form.last_row}")
