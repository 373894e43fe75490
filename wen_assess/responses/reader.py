"""Read a returned form (`.xlsx`) or response file (`.wen.json`) whole, and check it all
before anything is kept: a form from another assessment or questionnaire version, a renamed,
added or missing sheet, added or deleted rows, an edited locked cell, a level that is not one
of the choices, a formula in an answer cell, a file too big or not a workbook are refused,
each with the file, the sheet and the cell named.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wen_assess.errors import shown
from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.reader import (
    JsonKind,
    answer_at,
    format_version_of,
    json_document,
    json_text,
    read_limited,
)
from wen_assess.i18n import N_
from wen_assess.input_files import OLE_SIGNATURE, ZIP_SIGNATURE
from wen_assess.input_problems import validation_problems, validation_sentence
from wen_assess.messages import Count, Worded
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord, Network, ResponseAnswerRecord, ResponseRecord
from wen_assess.responses import layout as lay
from wen_assess.responses.claims import (
    Claim,
    Claims,
    identity_problem,
    membership_problem,
    respondent_problems,
    too_long,
)
from wen_assess.responses.response_file import RESPONSE_FORMAT, RESPONSE_VERSION, ResponseDocument
from wen_assess.scoring import answer_problem
from wen_assess.vocabulary import LONG_TEXT_MAX, SHORT_TEXT_MAX

MAX_FORM_BYTES = 50 * 1024 * 1024  # checked before the file is opened
# A filled 47-item form unpacks to well under 1 MB; a zip bomb unpacks to gigabytes.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 500
MAX_RESPONSE_FILE_BYTES = 5 * 1024 * 1024
MAX_PROBLEMS = 12  # a message stays readable; the first ones say what happened

Cells = dict[tuple[int, int], Any]
Beyond = Callable[[int, int, Any], ExchangeError]  # (row, column, value) -> the refusal


@dataclass(frozen=True)
class Target:
    """The assessment forms are read for, with its questionnaire and that file's checksum."""

    questionnaire: Questionnaire
    record: AssessmentRecord
    checksum: str


def read_response(path: Path | str, target: Target) -> ResponseRecord:
    """The member's response in ``path``; ExchangeError naming every problem otherwise."""
    path = Path(path)
    raw = _read(path)
    if raw.lstrip()[:1] in (b"{", b"\xef") or path.name.lower().endswith(".json"):
        response = _from_response_file(raw, path, target)
    else:
        response = _from_workbook(raw, path, target)
    if not response.answers:
        raise ExchangeError(path, [Worded(N_("the form has no answer yet: nothing to import"))])
    return response


def _read(path: Path) -> bytes:
    # An honest form is about 20 kB; the size is checked before the file is opened.
    return read_limited(path, MAX_FORM_BYTES, Worded(N_("a response form")))


# ---- the workbook ---------------------------------------------------------------------------


def _from_workbook(raw: bytes, path: Path, target: Target) -> ResponseRecord:
    # openpyxl warns (with its own file path) about parts it skips; the refusal says what matters.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = _open_workbook(raw, path)
        try:
            return _FormCheck(book, path, target).response()
        finally:
            book.close()


def _open_workbook(raw: bytes, path: Path):  # type: ignore[no-untyped-def]  # -> Workbook
    if raw.startswith(OLE_SIGNATURE):
        raise ExchangeError(
            path, [Worded(N_("an old-style .xls workbook: open it and save it as .xlsx"))]
        )
    if not raw.startswith(ZIP_SIGNATURE):
        raise ExchangeError(path, [Worded(N_("not an Excel workbook (.xlsx) nor a response file"))])
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise ExchangeError(
            path, [Worded(N_("not an Excel workbook (.xlsx): the file is damaged"))]
        ) from None
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED_BYTES or len(entries) > MAX_ZIP_ENTRIES:
        raise ExchangeError(
            path,
            [
                Worded(
                    N_(
                        "the workbook unpacks to {size} MB in {parts} parts; a response form "
                        "unpacks to well under 1 MB (refused unopened)"
                    ),
                    size=Count(round(unpacked / 1e6)),
                    parts=Count(len(entries)),
                )
            ],
        )
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a zip that is not a workbook
        raise ExchangeError(
            path,
            [Worded(N_("not an Excel workbook (.xlsx) that can be read: the file is damaged"))],
        ) from None


def _cells(sheet, path: Path, bounds: tuple[int, int], beyond: Beyond) -> Cells:  # type: ignore[no-untyped-def]
    """Every non-empty cell; a formula is kept as a Formula marker, never evaluated.

    Only the cells the sheet's XML holds are read, whatever its <dimension> says (a cell
    outside it is not lost), and reading stops at the first value outside ``bounds`` (last
    row, last column of the form): ``beyond`` words that refusal. The XML is parsed only
    here, row by row, so a damaged sheet is refused here too, naming the row.
    """
    last_row, last_column = bounds
    found: Cells = {}
    row_read = 0
    try:
        for number, row in _rows(sheet):
            row_read = number  # a damaged row is said as the one after
            for cell in row:
                value = cell["value"]
                if value is None or value == "":
                    continue
                if cell["data_type"] == "f" or (isinstance(value, str) and value.startswith("=")):
                    value = Formula(str(value))
                if cell["row"] > last_row or cell["column"] > last_column:
                    raise beyond(cell["row"], cell["column"], value)
                found[(cell["row"], cell["column"])] = value
    except ExchangeError:
        raise
    except Exception as error:  # openpyxl raises many kinds for XML it cannot make sense of
        raise ExchangeError(
            path,
            [
                Worded(
                    N_(
                        "the workbook is damaged ({sheet}, near row {row}, cannot be read: "
                        "{reason}); save it again with Excel, or ask the member for a new copy"
                    ),
                    sheet=_sheet(sheet.title),
                    row=row_read + 1,
                    reason=shown(str(error) or type(error).__name__, 80),
                )
            ],
        ) from None
    return found


def _rows(sheet) -> Iterator[tuple[int, list[dict[str, Any]]]]:  # type: ignore[no-untyped-def]
    """(row number, its cells) for each row the sheet's XML holds, through the parser of
    openpyxl's read-only sheets. Not ``iter_rows``: it yields every row up to the last one,
    empty ones too, so one value in row 1,048,576 (or 10⁹) would cost a walk of them all."""
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        yield from parser.parse()


@dataclass(frozen=True)
class Formula:
    text: str


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").strip()


def _ref(row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column)}{row}"


class _FormCheck:
    def __init__(self, book, path: Path, target: Target):  # type: ignore[no-untyped-def]
        self.book, self.path, self.target = book, path, target
        self.problems: list[str] = []

    def refuse(self, *problems: str) -> ExchangeError:
        return ExchangeError(self.path, list(problems)[:MAX_PROBLEMS])

    def response(self) -> ResponseRecord:
        if not self.book.worksheets:
            raise self.refuse(Worded(N_("the workbook has no sheet")))
        cover_sheet = self.book.worksheets[0]
        where = _sheet(cover_sheet.title)
        cover = _cells(cover_sheet, self.path, lay.COVER_BOUNDS, self._outside(where))
        form = self._identify(cover, where)
        self._check_sheets(form)
        items_bounds = (form.last_row, len(lay.KEYS))
        items_where = _sheet(form.items_name)
        items = _cells(
            self.book[form.items_name], self.path, items_bounds, self._outside(items_where, form)
        )
        self._compare(cover, form.cover, form.cover_name, self._editable_cover(form))
        answer_cells = {(row, lay.COLUMN[k]) for row in form.item_rows for k in lay.ANSWER_KEYS}
        self._compare(items, form.items, form.items_name, answer_cells, form)
        if self.problems:
            raise self.refuse(*self.problems)
        answers = self._answers(items, form)
        who = {key: self._free_text(cover, lay.FIELD_ROWS[key], form.cover_name, SHORT_TEXT_MAX)
               for key in form.editable_fields}  # fmt: skip
        if self.problems:
            raise self.refuse(*self.problems)
        fields = {k: _text(cover.get((lay.FIELD_ROWS[k], 2), "")) for k in ("country", "agency")}
        try:
            return ResponseRecord(
                country=fields["country"],
                agency=who.get("agency", fields["agency"]),
                respondent=who["respondent"],
                received=date.today(),
                source=self.path.name[:SHORT_TEXT_MAX],
                answers=answers,
            )
        except (
            ValidationError
        ) as error:  # the checks above should leave nothing: say it all the same
            raise self.refuse(*[validation_sentence(e) for e in error.errors()]) from None

    def _outside(self, where: Worded, form: lay.FormLayout | None = None) -> Beyond:
        """How a value beyond the form's last row or column is refused (reading stops there)."""

        def refusal(row: int, column: int, value: Any) -> ExchangeError:
            if form is not None and row > form.last_row:
                return self.refuse(_rows_added(where, row, form))
            return self.refuse(_outside_answers(_cell(where, _ref(row, column)), value))

        return refusal

    def _identify(self, cover: Cells, where: str) -> lay.FormLayout:
        def value(key: str) -> str:
            return _text(cover.get((lay.FIELD_ROWS[key], 2), ""))

        def cell(key: str) -> str:
            return _cell(where, _ref(lay.FIELD_ROWS[key], 2))

        if value("form") != f"{lay.FORM_NAME} {lay.FORM_VERSION}":
            raise self.refuse(
                Worded(
                    N_(
                        "not a wen-assess response form ({cell} does not say “{form}”; was the "
                        "first sheet moved or renamed?)"
                    ),
                    cell=cell("form"),
                    form=f"{lay.FORM_NAME} {lay.FORM_VERSION}",
                )
            )
        record, q = self.target.record, self.target.questionnaire

        def claim(key: str) -> Claim:
            return Claim(value(key), cell(key))

        claims = Claims(
            assessment_id=claim("assessment_id"),
            network=claim("network"),
            title=claim("assessment"),
            questionnaire=claim("questionnaire"),
            version=claim("version"),
            checksum=claim("checksum"),
            language=claim("language"),
            country=claim("country"),
            agency=claim("agency"),
        )
        if problem := identity_problem(claims, record, q, self.target.checksum):
            raise self.refuse(problem)
        if problems := respondent_problems(claims, None):
            raise self.refuse(*problems)
        country, agency, code = value("country"), value("agency"), value("code")
        if agency and code == lay.form_code(record.uuid, country, agency):
            fixed = True
        elif code == lay.form_code(record.uuid, country, ""):
            fixed = False
        else:
            raise self.refuse(
                Worded(
                    N_(
                        "{cell}: the country or agency was changed after the form was made (the "
                        "form code in {code_cell} does not match); each member answers on the "
                        "form made for them"
                    ),
                    cell=cell("country"),
                    code_cell=cell("code"),
                )
            )
        if problem := membership_problem(claims.country, record.network):
            raise self.refuse(problem)  # after the code: an edited country is said as such
        language = claims.language.value
        return lay.layout(q, record, self.target.checksum, language, country, agency, fixed)

    def _editable_cover(self, form: lay.FormLayout) -> set[tuple[int, int]]:
        return {(lay.FIELD_ROWS[key], 2) for key in form.editable_fields}

    def _check_sheets(self, form: lay.FormLayout) -> None:
        names = self.book.sheetnames
        expected = [form.cover_name, form.items_name]
        if names == expected:
            return
        missing = [n for n in expected if n not in names]
        extra = [n for n in names if n not in expected]
        problems = [
            Worded(N_("the sheet '{sheet}' is missing"), sheet=shown(n, 40)) for n in missing
        ]
        problems += [
            Worded(N_("the sheet '{sheet}' is not part of the form"), sheet=shown(n, 40))
            for n in extra
        ]
        if not problems:
            problems = [Worded(N_("the sheets were moved: '{sheets}'"), sheets="', '".join(names))]
        rule = Worded(N_("sheets cannot be added, removed or renamed in a form"))
        raise self.refuse(*problems, rule)

    def _compare(
        self,
        cells: Cells,
        expected: dict[tuple[int, int], str],
        sheet: str,
        editable: set[tuple[int, int]],
        form: lay.FormLayout | None = None,
    ) -> None:
        where = _sheet(sheet)
        if form is not None:
            self._check_rows(cells, form, where)
            if self.problems:
                return  # rows out of place: every cell below would be reported
        for place, text in expected.items():
            found = cells.get(place)
            if found is None or isinstance(found, Formula) or _text(found) != text.strip():
                self.problems.append(
                    Worded(
                        N_(
                            "{cell} was changed (it must read “{expected}”, found “{found}”); "
                            "only the white cells can be edited"
                        ),
                        cell=_cell(where, _ref(*place)),
                        expected=shown(text, 40),
                        found=shown(_shown_value(found), 40),
                    )
                )
        for place in sorted(cells.keys() - expected.keys() - editable):
            self.problems.append(_outside_answers(_cell(where, _ref(*place)), cells[place]))

    def _check_rows(self, cells: Cells, form: lay.FormLayout, where: str) -> None:
        item_column = lay.COLUMN["item"]
        for row, item_id in form.item_rows.items():
            found = _text(cells.get((row, item_column), ""))
            if found != item_id:
                self.problems.append(
                    Worded(
                        N_(
                            "{cell} should hold the item {item} but holds “{found}”: rows were "
                            "deleted, added or moved"
                        ),
                        cell=_cell(where, _ref(row, item_column)),
                        item=item_id,
                        found=shown(found, 30),
                    )
                )
                return

    def _answers(self, cells: Cells, form: lay.FormLayout) -> list[ResponseAnswerRecord]:
        q = self.target.questionnaire
        where = _sheet(form.items_name)
        answers = []
        for row, item_id in form.item_rows.items():
            level_place = (row, lay.COLUMN["level"])
            level, not_applicable = self._level(cells.get(level_place), form, where, level_place)
            justification = self._free_text(
                cells, row, form.items_name, LONG_TEXT_MAX, "justification"
            )
            notes = self._free_text(cells, row, form.items_name, LONG_TEXT_MAX, "notes")
            if level is None and not not_applicable and not justification and not notes:
                continue
            answer = ResponseAnswerRecord(
                item_id=item_id,
                level=level,
                not_applicable=not_applicable,
                justification=justification,
                notes=notes,
            )
            if problem := answer_problem(q, item_id, answer.to_answer()):
                self.problems.append(
                    Worded(
                        N_("{cell}: {problem}"),
                        cell=_cell(where, _ref(*level_place)),
                        problem=problem,
                    )
                )
            answers.append(answer)
        return answers

    def _level(
        self, value: Any, form: lay.FormLayout, where: str, place: tuple[int, int]
    ) -> tuple[int | None, bool]:
        """(level, not applicable) from a level cell: a choice of the list, or a bare number."""
        if value is None:
            return None, False
        item = form.item_rows[place[0]]
        if isinstance(value, Formula):
            self.problems.append(
                Worded(
                    N_("{cell} ({item}) holds a formula; choose a level instead"),
                    cell=_cell(where, _ref(*place)),
                    item=item,
                )
            )
            return None, False
        text = _text(value)
        if text in form.choices:
            chosen = form.choices[text]
            return chosen, chosen is None
        values = self.target.questionnaire.scale.values
        if not isinstance(value, bool) and text.isdigit() and int(text) in values:
            return int(text), False
        listed = ", ".join(form.choices)
        self.problems.append(
            Worded(
                N_("{cell} ({item}): “{found}” is not a level; choose one of: {choices}"),
                cell=_cell(where, _ref(*place)),
                item=item,
                found=shown(text, 30),
                choices=shown(listed, 160),
            )
        )
        return None, False

    def _free_text(
        self, cells: Cells, row: int, sheet: str, limit: int, key: str | None = None
    ) -> str:
        place = (row, lay.COLUMN[key] if key else 2)
        value = cells.get(place)
        if value is None:
            return ""
        if isinstance(value, Formula):
            self.problems.append(
                Worded(
                    N_("{cell} holds a formula; type the text itself"),
                    cell=_cell(_sheet(sheet), _ref(*place)),
                )
            )
            return ""
        text = _text(value)
        if problem := too_long(Claim(text, _cell(_sheet(sheet), _ref(*place))), limit):
            self.problems.append(problem)  # worded as a response file's field is
            return ""
        return text


def _sheet(name: str) -> Worded:
    return Worded(N_("sheet '{sheet}'"), sheet=shown(name, 40))


def _cell(sheet: Worded, ref: str) -> Worded:
    return Worded(N_("{sheet}, cell {cell}"), sheet=sheet, cell=ref)


def _outside_answers(cell: Worded, value: Any) -> Worded:
    return Worded(
        N_("{cell} holds “{found}” outside the answer cells; only the white cells can be edited"),
        cell=cell,
        found=shown(_shown_value(value), 40),
    )


def _rows_added(where: Worded, row: int, form: lay.FormLayout) -> Worded:
    return Worded(
        N_(
            "{sheet}, row {row} is not part of the form (the form ends at row {last_row} with "
            "{last_item}): rows were added"
        ),
        sheet=where,
        row=row,
        last_row=form.last_row,
        last_item=form.item_rows[form.last_row],
    )


def _shown_value(value: Any) -> str:
    if value is None:
        return ""
    return "=" + value.text.lstrip("=") if isinstance(value, Formula) else _text(value)


# ---- the response file ----------------------------------------------------------------------

RESPONSE_FILE = JsonKind(
    RESPONSE_FORMAT,
    not_text=N_("not a response file (not UTF-8 text)"),
    not_ours=N_('not a wen-assess response file (its "format" is not "{format}")'),
    noun=N_("a response file"),
)


def _from_response_file(raw: bytes, path: Path, target: Target) -> ResponseRecord:
    document = parse_response_file(raw, path)
    q = target.questionnaire
    if problem := identity_problem(document_claims(document), target.record, q, target.checksum):
        raise ExchangeError(path, [problem])
    return response_of(document, q, path, target.record.network)


def document_claims(document: ResponseDocument) -> Claims:
    """A response file's identity, each value named by its field, as a workbook's by its cell."""
    assessment, ref, who = document.assessment, document.questionnaire, document.respondent
    return Claims(
        assessment_id=Claim(assessment.uuid, "assessment.uuid"),
        network=Claim(assessment.network, "assessment.network"),
        title=Claim(assessment.title, "assessment.title"),
        questionnaire=Claim(ref.id, "questionnaire.id"),
        version=Claim(ref.version, "questionnaire.version"),
        checksum=Claim(ref.checksum, "questionnaire.checksum"),
        language=Claim(document.language, "language"),
        country=Claim(who.country, "respondent.country"),
        agency=Claim(who.agency, "respondent.agency"),
    )


def parse_response_file(raw: bytes, path: Path) -> ResponseDocument:
    """A response file's content checked against the format (not yet against a questionnaire);
    ExchangeError naming the file and the problems otherwise. The coordinator's import and the
    member filling it in with the app read it through here alike."""
    if len(raw) > MAX_RESPONSE_FILE_BYTES:
        raise ExchangeError(
            path, [Worded(N_("the file is too large for a response file (at most 5 MB)"))]
        )
    data = json_document(raw, path, RESPONSE_FILE)
    format_version_of(data, RESPONSE_VERSION, path)  # a newer app's file: "update the app"
    try:
        return ResponseDocument.model_validate_json(json_text(data, path), strict=True)
    except ValidationError as error:
        raise ExchangeError(path, validation_problems(error.errors()[:MAX_PROBLEMS])) from None


def response_of(
    document: ResponseDocument, q: Questionnaire, path: Path, network: Network | None = None
) -> ResponseRecord:
    """The response a valid document holds (its blank entries left out); ExchangeError when
    the language or country is refused (as on a workbook's cover; not one of ``network``'s
    members, when given) or an answer is refused by the engine or the record."""
    if problems := respondent_problems(document_claims(document), network):
        raise ExchangeError(path, problems)
    problems = [
        answer_at(f"answers[{n}]", a.item_id, problem)
        for n, a in enumerate(document.answers)
        if (problem := answer_problem(q, a.item_id, a.to_answer()))
    ]  # fmt: skip
    try:
        response = ResponseRecord(
            country=document.respondent.country,
            agency=document.respondent.agency,
            respondent=document.respondent.name,
            received=date.today(),
            source=path.name[:SHORT_TEXT_MAX],
            answers=[
                a for a in document.answers
                if a.level is not None or a.not_applicable or a.justification or a.notes
            ],
        )  # fmt: skip
    except ValidationError as error:
        problems += [validation_sentence(e) for e in error.errors()]
    if problems:
        raise ExchangeError(path, problems[:MAX_PROBLEMS])
    return response
