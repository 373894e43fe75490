"""Every returned form that is not what was sent is refused whole, with the file, the sheet
and the cell named, and nothing is written: the database stays byte for byte the same."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import response_helpers
from openpyxl import load_workbook
from response_helpers import create_hawen, db_path_fixture, fill, forms_for, service_fixture  # noqa: F401

from wen_assess.responses import layout as lay
from wen_assess.responses.workflow import IMPORTED, REJECTED, import_responses

FIRST = lay.HEADER_ROW + 1  # G2-MEM-01's row
LEVEL = lay.COLUMN["level"]


@pytest.fixture(scope="module")
def filled_once(tmp_path_factory):  # type: ignore[no-untyped-def]
    return response_helpers.hawen_filled_once(
        tmp_path_factory,
        {"Kenya": {"levels": {"G2-MEM-01": 2, "G2-MEM-02": 1}, "name": "Jane Otieno"}},
    )


@pytest.fixture
def setting(service, tmp_path, filled_once):  # type: ignore[no-untyped-def]
    """HAWEN and Kenya's filled form (the test's own copy)."""
    form = response_helpers.forms_copied(service, filled_once, tmp_path)["Kenya"]
    return service, filled_once[2], form


def _files(db_path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    }


def refused(service, assessment, db_path, path) -> str:
    before = _files(db_path)
    [outcome] = import_responses(service, assessment, [path])
    assert outcome.status == REJECTED, outcome.message
    assert service.responses(assessment) == []
    assert _files(db_path) == before
    return outcome.message


def edited(form: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    book = load_workbook(form)
    change(book)
    book.save(out)
    return out


def test_the_good_form_imports(setting, tmp_path):
    service, assessment, form = setting
    [outcome] = import_responses(service, assessment, [form])
    assert outcome.status == IMPORTED


def test_a_formula_in_an_answer_cell(setting, tmp_path, db_path):
    service, assessment, form = setting

    def formula(book):
        book.worksheets[1].cell(row=FIRST, column=LEVEL, value="=1+1")
        book.worksheets[1].cell(row=FIRST + 1, column=lay.COLUMN["notes"], value="=HYPERLINK(1)")

    message = refused(service, assessment, db_path, edited(form, tmp_path / "f.xlsx", formula))
    assert f"sheet 'Items', cell F{FIRST} (G2-MEM-01) holds a formula" in message
    assert f"cell H{FIRST + 1} holds a formula" in message


def test_a_level_typed_as_text(setting, tmp_path, db_path):
    service, assessment, form = setting
    bad = fill(form, {"G2-MEM-03": "2 - Dev", "G2-MEM-04": 5}, out=tmp_path / "typed.xlsx")
    message = refused(service, assessment, db_path, bad)
    assert f"cell F{FIRST + 2} (G2-MEM-03): “2 - Dev” is not a level; choose one of: 0 – Not" in (
        message
    )
    assert f"cell F{FIRST + 3} (G2-MEM-04): “5” is not a level" in message


def test_a_renamed_sheet_and_an_added_sheet(setting, tmp_path, db_path):
    service, assessment, form = setting

    def rename(book):
        book.worksheets[1].title = "My answers"

    message = refused(service, assessment, db_path, edited(form, tmp_path / "r.xlsx", rename))
    assert "the sheet 'Items' is missing" in message
    assert "the sheet 'My answers' is not part of the form" in message
    added = edited(form, tmp_path / "a.xlsx", lambda book: book.create_sheet("Scratch"))
    assert "the sheet 'Scratch' is not part of the form" in refused(
        service, assessment, db_path, added
    )


def test_a_deleted_row_and_an_added_row(setting, tmp_path, db_path):
    service, assessment, form = setting
    deleted = edited(form, tmp_path / "d.xlsx", lambda b: b.worksheets[1].delete_rows(FIRST + 5))
    message = refused(service, assessment, db_path, deleted)
    assert f"cell A{FIRST + 5} should hold the item G2-MEM-06 but holds “G2-MEM-07”" in message

    def add(book):
        book.worksheets[1].append(["G2-XXX-99", "", "", "My own question", "", "3 – Established"])

    message = refused(service, assessment, db_path, edited(form, tmp_path / "x.xlsx", add))
    assert "row 52 is not part of the form" in message and "rows were added" in message


def test_an_edited_locked_cell(setting, tmp_path, db_path):
    service, assessment, form = setting

    def reword(book):
        book.worksheets[1].cell(row=FIRST, column=lay.COLUMN["question"], value="Easier question")

    message = refused(service, assessment, db_path, edited(form, tmp_path / "e.xlsx", reword))
    assert f"sheet 'Items', cell D{FIRST} was changed" in message
    assert "found “Easier question”" in message


def test_an_edited_country(setting, tmp_path, db_path):
    service, assessment, form = setting

    def move(book):
        book.worksheets[0].cell(row=lay.FIELD_ROWS["country"], column=2, value="Uganda")

    message = refused(service, assessment, db_path, edited(form, tmp_path / "c.xlsx", move))
    assert "the country or agency was changed after the form was made" in message


def test_a_form_of_another_assessment(setting, tmp_path, db_path):
    service, assessment, _ = setting
    other = create_hawen(service)
    theirs = forms_for(service, other, tmp_path / "other", ["Kenya"])["Kenya"]
    fill(theirs, {"G2-MEM-01": 3})
    message = refused(service, assessment, db_path, theirs)
    assert "this form belongs to another assessment" in message
    assert "sheet 'Respondent', cell B7" in message
    # Both are "HAWEN — HAWEN self-assessment 2026": their ids tell them apart.
    ours, their_uuid = (service.get(n).record.uuid for n in (assessment, other))
    assert f"id {their_uuid} in sheet" in message and message.endswith(f"(id {ours})")


def test_a_form_of_another_questionnaire_version(setting, tmp_path, db_path):
    service, assessment, form = setting

    def older(book):
        book.worksheets[0].cell(row=lay.FIELD_ROWS["version"], column=2, value="0.9")

    message = refused(service, assessment, db_path, edited(form, tmp_path / "v.xlsx", older))
    assert "the form was made for iccwc-wen-g2 version 0.9" in message
    assert "this assessment uses iccwc-wen-g2 version 1.0" in message


def test_a_file_over_50_mb_is_refused_unopened(setting, tmp_path, db_path):
    service, assessment, _ = setting
    big = tmp_path / "big.xlsx"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no 51 MB actually written
    message = refused(service, assessment, db_path, big)
    assert "the file is 53.5 MB; a response form is at most 50 MB" in message


def test_a_zip_bomb_is_refused_unopened(setting, tmp_path, db_path):
    service, assessment, _ = setting
    bomb = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w") as entry,
    ):
        for _ in range(120):
            entry.write(b"\0" * (1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    message = refused(service, assessment, db_path, bomb)
    assert "the workbook unpacks to 126 MB" in message and "refused unopened" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Country,Level\nKenya,2\n", "not an Excel workbook (.xlsx) nor a response file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "an old-style .xls workbook"),
        (b"PK\x03\x04 broken", "not an Excel workbook (.xlsx): the file is damaged"),
    ],
)
def test_not_a_workbook(setting, tmp_path, db_path, content, expected):
    service, assessment, _ = setting
    path = tmp_path / "answers.xlsx"
    path.write_bytes(content)
    assert expected in refused(service, assessment, db_path, path)


def test_a_zip_that_is_not_a_workbook(setting, tmp_path, db_path):
    service, assessment, _ = setting
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a sheet")
    assert "not an Excel workbook (.xlsx) that can be read" in refused(
        service, assessment, db_path, path
    )


def test_a_form_returned_empty(service, tmp_path, db_path):
    assessment = create_hawen(service)
    form = forms_for(service, assessment, tmp_path / "forms", ["Kenya"])["Kenya"]
    assert "the form has no answer yet" in refused(service, assessment, db_path, form)


def test_a_batch_imports_the_good_and_names_the_bad(setting, tmp_path):
    service, assessment, form = setting
    bad = fill(form, {"G2-MEM-05": "two"}, name="Other", out=tmp_path / "bad.xlsx")
    outcomes = list(import_responses(service, assessment, [bad, form]))
    assert [o.status for o in outcomes] == [REJECTED, IMPORTED]
    assert len(service.responses(assessment)) == 1


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda text: text.replace("{", '{"format": "x", ', 1), "format"),  # a key twice
        (lambda text: text.replace("{", '{"extra": NaN, ', 1), "NaN"),
        (lambda text: text.replace("{", '{"extra": 1' + "0" * 60 + ", ", 1), "61 digits"),
    ],
    ids=["duplicate key", "NaN", "overlong number"],
)
def test_a_response_file_is_read_as_strictly_as_an_assessment_file(
    setting, tmp_path, db_path, change, expected
):
    # The same JSON reading as .wen.json imports (exchange.reader.strict_loads).
    service, assessment, form = setting
    [response_file] = form.parent.glob("*Kenya*.response.wen.json")
    hostile = tmp_path / "hostile.response.wen.json"
    hostile.write_text(change(response_file.read_text(encoding="utf-8")), encoding="utf-8")
    assert expected in refused(service, assessment, db_path, hostile)
