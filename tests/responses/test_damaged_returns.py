"""Returned files that are damaged or odd are refused cleanly, naming the file (and the sheet
and cell where known), nothing of them is written and the rest of the batch is still imported;
the workbook and the response file are checked by the same rules."""

from __future__ import annotations

import io
import json
import re
import warnings
import zipfile
from pathlib import Path

import pytest
import response_helpers
from cli_runner import run_cli
from openpyxl import load_workbook
from response_helpers import (  # noqa: F401
    create_hawen,
    db_path_fixture,
    fill,
    service_fixture,
)

from wen_assess.responses import layout as lay
from wen_assess.responses.forms import members
from wen_assess.responses.workflow import (
    IMPORTED,
    REJECTED,
    FormsRefused,
    import_responses,
    make_forms,
)

LAST = lay.HEADER_ROW + 47  # the items sheet's last row (G2-DEL-10)
ITEMS_PART = "xl/worksheets/sheet2.xml"
COVER_PART = "xl/worksheets/sheet1.xml"


@pytest.fixture(scope="module")
def filled_once(tmp_path_factory):  # type: ignore[no-untyped-def]
    return response_helpers.hawen_filled_once(
        tmp_path_factory,
        {
            "Kenya": {"levels": {"G2-MEM-01": 2, "G2-MEM-02": 1}, "name": "Jane Otieno"},
            "Uganda": {"levels": {"G2-MEM-01": 3}, "name": "Okello"},
        },
    )


@pytest.fixture
def setting(service, tmp_path, filled_once):  # type: ignore[no-untyped-def]
    """HAWEN, and Kenya's and Uganda's filled forms (the test's own copy)."""
    forms = response_helpers.forms_copied(service, filled_once, tmp_path)
    return service, filled_once[2], forms


def rezipped(form: Path, out: Path, edit, part: str = ITEMS_PART) -> Path:  # type: ignore[no-untyped-def]
    """A copy of ``form`` with ``part`` (the items sheet by default) changed by ``edit``."""
    source = zipfile.ZipFile(form)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for entry in source.infolist():
            data = source.read(entry.filename)
            copy.writestr(entry.filename, edit(data) if entry.filename == part else data)
    out.write_bytes(buffer.getvalue())
    return out


def in_last_row(cell: bytes):  # type: ignore[no-untyped-def]
    """An edit that adds ``cell`` (with %d for the row) at the end of the sheet's last row."""
    end = b"</row></sheetData>"
    return lambda xml: xml.replace(end, cell.replace(b"%d", b"%d" % LAST) + end, 1)


def _text_cell(text: bytes) -> bytes:
    return b'<c r="H%d" t="inlineStr"><is><t>' + text + b"</t></is></c>"


def _without_prolog(xml: bytes) -> bytes:
    return re.sub(rb"^<\?xml[^>]*\?>", b"", xml)


BOMB = b'<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa">' + b"".join(
    b'<!ENTITY a%d "%s">' % (n, (b"&a%d;" % (n - 1) if n > 1 else b"&a;") * 10) for n in range(1, 9)
) + b"]>"  # fmt: skip

DAMAGE = {
    "a column past ZZZ": in_last_row(b'<c r="ZZZZ%d"><v>1</v></c>'),
    "a reference that is not a cell": in_last_row(b'<c r="%%%d"><v>1</v></c>'),
    "a reference without a row": in_last_row(b'<c r="Q"><v>1</v></c>'),
    "a number that is not a number": in_last_row(b'<c r="H%d" t="n"><v>abc</v></c>'),
    "NaN as a number": in_last_row(b'<c r="H%d" t="n"><v>NaN</v></c>'),
    "a true/false that is neither": in_last_row(b'<c r="H%d" t="b"><v>maybe</v></c>'),
    "a date that is not a date": in_last_row(b'<c r="H%d" t="d"><v>not-a-date</v></c>'),
    "a style that is not a number": in_last_row(b'<c r="H%d" s="abc"><v>1</v></c>'),
    "a shared string without its table": in_last_row(b'<c r="H%d" t="s"><v>99999</v></c>'),
    "a row numbered abc": lambda xml: xml.replace(b'<row r="5"', b'<row r="abc"', 1),
    "an entity bomb": lambda xml: BOMB + _without_prolog(in_last_row(_text_cell(b"&a8;"))(xml)),
    "an external entity": lambda xml: (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
        + _without_prolog(in_last_row(_text_cell(b"&e;"))(xml))
    ),
}


def _database(db_path: Path) -> dict[str, bytes]:
    files = db_path.parent.iterdir()
    return {p.name: p.read_bytes() for p in files if p.name.startswith(db_path.name)}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_sheet_is_refused_as_damaged_and_nothing_is_written(
    setting, tmp_path, db_path, damage
):
    service, assessment, forms = setting
    bad = rezipped(forms["Kenya"], tmp_path / "damaged.xlsx", DAMAGE[damage])
    before = _database(db_path)
    [outcome] = import_responses(service, assessment, [bad])
    assert outcome.status == REJECTED
    assert outcome.path == str(bad)
    assert outcome.message.startswith("the workbook is damaged (sheet 'Items', near row ")
    assert "unexpected error" not in outcome.message
    assert service.responses(assessment) == [] and _database(db_path) == before


def test_the_batch_goes_on_after_a_damaged_workbook(setting, tmp_path, db_path):
    _, assessment, forms = setting
    bad = rezipped(forms["Kenya"], tmp_path / "bad.xlsx", DAMAGE["a style that is not a number"])
    files = (str(bad), str(forms["Uganda"]))
    result = run_cli("--db", str(db_path), "responses", str(assessment), "import", *files)
    assert result.returncode == 1
    assert f"{bad}: rejected: the workbook is damaged (sheet 'Items', near row {LAST}" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    assert f"{forms['Uganda']}: imported: Uganda — Okello: 1 of 47 items answered" in result.stdout
    assert (
        "1 imported, 0 replaced, 0 already answered (not replaced), 0 already imported, "
        "1 rejected" in result.stdout
    )


def _far(cell: bytes, row: int):  # type: ignore[no-untyped-def]
    new_row = b'<row r="%d"><c r="%s" t="inlineStr"><is><t>x</t></is></c></row>' % (row, cell)
    return lambda xml: xml.replace(b"</sheetData>", new_row + b"</sheetData>", 1)


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (_far(b"XFD1048576", 1048576), "sheet 'Items', row 1048576 is not part of the form"),
        (_far(b"A100000", 100000), "sheet 'Items', row 100000 is not part of the form"),
        (in_last_row(b'<c r="XFD%d" t="inlineStr"><is><t>x</t></is></c>'),
         f"sheet 'Items', cell XFD{LAST} holds “x” outside the answer cells"),
    ],
    ids=["last cell of a sheet", "far row", "far column"],
)  # fmt: skip
def test_a_cell_far_outside_the_form_is_refused_naming_it(setting, tmp_path, edit, said):
    """Reading stops at the first value outside the form: a sheet that claims a million rows
    is refused as soon as its XML reaches that value (bench/bench_responses.py times it)."""
    service, assessment, forms = setting
    far = rezipped(forms["Kenya"], tmp_path / "far.xlsx", edit)
    [outcome] = import_responses(service, assessment, [far])
    assert outcome.status == REJECTED and said in outcome.message


def _dimension(ref: bytes):  # type: ignore[no-untyped-def]
    declared = b'<dimension ref="%s"' % ref
    return lambda xml: re.sub(rb'<dimension ref="[^"]*"', declared, xml, count=1)


def test_a_value_outside_the_declared_dimension_is_never_lost(setting, tmp_path):
    service, assessment, forms = setting
    # An answer below a <dimension> that says the sheet stops at row 22 is read all the same.
    fill(forms["Kenya"], {"G2-DEL-10": 3}, name="Jane Otieno")
    small = rezipped(forms["Kenya"], tmp_path / "small.xlsx", _dimension(b"A1:C22"))
    assert b'<dimension ref="A1:C22"' in zipfile.ZipFile(small).read(ITEMS_PART)
    [outcome] = import_responses(service, assessment, [small])
    assert outcome.status == IMPORTED, outcome.message
    [response] = service.responses(assessment)
    assert {a.item_id: a.level for a in response.answers}["G2-DEL-10"] == 3
    # A text typed below the cover's end, outside its dimension too, is refused where it is.
    below = _far(b"B60", 60)
    small_cover = _dimension(b"A1:C22")
    typed = rezipped(
        forms["Uganda"], tmp_path / "typed.xlsx", lambda xml: below(small_cover(xml)), COVER_PART
    )
    [outcome] = import_responses(service, assessment, [typed])
    assert outcome.status == REJECTED
    assert "sheet 'Respondent', cell B60 holds “x” outside the answer cells" in outcome.message


def test_openpyxl_warnings_stay_quiet(setting, tmp_path):
    service, assessment, forms = setting

    # A <sheet> with no relationship: openpyxl drops it with a UserWarning naming its own file.
    def unlinked(xml: bytes) -> bytes:
        return re.sub(rb'(<sheet name="Items"[^>]*?) r:id="[^"]*"', rb"\1", xml)

    orphan = rezipped(forms["Kenya"], tmp_path / "orphan.xlsx", unlinked, "xl/workbook.xml")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        [outcome] = import_responses(service, assessment, [orphan])
    assert outcome.status == REJECTED and "the sheet 'Items' is missing" in outcome.message
    assert [str(w.message) for w in seen] == []


# ---- one rule for both kinds of returned file -----------------------------------------------


def _json(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["respondent"]["name"] = "Jane Otieno"
    data["answers"][0]["level"] = 2
    change(data)
    out = path.with_name("edited.response.wen.json")
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def _set(place: str, value: object):  # type: ignore[no-untyped-def]
    def change(data: dict) -> None:  # type: ignore[type-arg]
        *parents, last = place.split(".")
        for key in parents:
            data = data[key]
        data[last] = value

    return change


def _cover(key: str, value: str):  # type: ignore[no-untyped-def]
    def change(book) -> None:  # type: ignore[no-untyped-def]
        book.worksheets[0].cell(row=lay.FIELD_ROWS[key], column=2, value=value)

    return change


@pytest.mark.parametrize(
    ("json_change", "book_change", "said"),
    [
        (_set("language", "de"), _cover("language", "de"),
         "'de' is not one of the working languages (en, fr, es, pt)"),
        (_set("questionnaire.version", "0.9"), _cover("version", "0.9"),
         "the form was made for iccwc-wen-g2 version 0.9"),
        (_set("assessment.uuid", "another"), _cover("assessment_id", "another"),
         "this form belongs to another assessment"),
    ],
    ids=["language", "questionnaire version", "assessment"],
)  # fmt: skip
def test_both_kinds_of_file_are_refused_alike(setting, tmp_path, json_change, book_change, said):
    service, assessment, forms = setting
    as_json = _json(forms["Kenya"].with_name("response-Kenya.response.wen.json"), json_change)
    book = load_workbook(forms["Kenya"])
    book_change(book)
    book.save(tmp_path / "edited.xlsx")
    outcomes = list(import_responses(service, assessment, [as_json, tmp_path / "edited.xlsx"]))
    assert [o.status for o in outcomes] == [REJECTED, REJECTED]
    for outcome in outcomes:
        assert said in outcome.message, outcome.message
    assert service.responses(assessment) == []


def test_a_response_file_from_a_country_that_is_not_a_member(setting):
    service, assessment, forms = setting
    blank = forms["Kenya"].with_name("response-Kenya.response.wen.json")
    narnia = _json(blank, _set("respondent.country", "Narnia"))
    [outcome] = import_responses(service, assessment, [narnia])
    assert outcome.status == REJECTED
    assert (
        "respondent.country: “Narnia” is not one of the member countries of HAWEN (Djibouti, "
        "Ethiopia, Kenya" in outcome.message
    )
    assert service.responses(assessment) == []


def test_a_response_file_of_a_newer_app_or_with_half_a_character(setting):
    service, assessment, forms = setting
    blank = forms["Kenya"].with_name("response-Kenya.response.wen.json")
    newer = _json(blank, _set("format_version", 99))
    [outcome] = import_responses(service, assessment, [newer])
    assert (
        "format_version 99 was written by a newer wen-assess; this version reads up to 1. "
        "Update the app" in outcome.message
    )
    half = _json(blank, lambda data: None)
    text = half.read_text(encoding="utf-8").replace('"Jane Otieno"', '"Jane \\ud800"')
    half.write_text(text, encoding="utf-8")
    [outcome] = import_responses(service, assessment, [half])
    assert outcome.status == REJECTED
    assert "a text holds \\ud800, half of a character: not text" in outcome.message


# ---- a name accepted when the forms are made comes back readable -----------------------------


def test_forms_are_not_made_for_a_name_a_returned_form_could_not_bring_back(
    service, tmp_path, db_path
):
    assessment = create_hawen(service)
    for countries, agencies, said in [
        (["C" * 600], [], "holds 600 characters; at most 500 are kept"),
        (["Kenya"], ["A" * 501], "the agency “AAAA"),
        (["Kenya", "Narnia"], [], "Countries: “Narnia” is not one of the member countries"),
    ]:  # fmt: skip
        with pytest.raises(FormsRefused) as refusal:
            make_forms(service, assessment, tmp_path / "out", members(countries, agencies))
        assert said in str(refusal.value)
        assert not (tmp_path / "out").exists()  # nothing written, not even the folder
    out = str(tmp_path / "cli")
    result = run_cli(
        "--db", str(db_path), "forms", str(assessment), "--countries", "C" * 600, "-o", out
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "holds 600 characters; at most 500 are kept" in result.stderr
    assert not (tmp_path / "cli").exists()


def test_a_workbook_naming_a_too_long_country_is_refused_at_its_cell(setting, tmp_path):
    """A form made before the limit was checked: refused with the cell, never a crash."""
    service, assessment, forms = setting
    record = service.get(assessment).record
    country = "C" * 600

    def long_country(book) -> None:  # type: ignore[no-untyped-def]
        cover = book.worksheets[0]
        cover.cell(row=lay.FIELD_ROWS["country"], column=2, value=country)
        code = lay.form_code(record.uuid, country, "")
        cover.cell(row=lay.FIELD_ROWS["code"], column=2, value=code)

    book = load_workbook(forms["Kenya"])
    long_country(book)
    book.save(tmp_path / "c600.xlsx")
    [outcome] = import_responses(service, assessment, [tmp_path / "c600.xlsx"])
    assert outcome.status == REJECTED
    said = "sheet 'Respondent', cell B13 holds 600 characters; at most 500 are kept"
    assert said in outcome.message


def test_a_form_made_for_another_version_is_told_so_even_when_its_cover_is_longer(setting):
    """The cover lists the levels of the questionnaire the form was made for: a form made for
    a version with "Not applicable" (one row more) read against one without it must be told
    it was made for another version, not blamed for a value outside the white cells."""
    from wen_assess.exchange.errors import ExchangeError
    from wen_assess.responses.reader import Target, read_response

    service, assessment, forms = setting
    stored = service.get(assessment).record
    q = service.questionnaire_of(stored)
    assert q.scale.not_applicable  # the form's cover has a "Not applicable" row
    newer = q.model_copy(
        update={"version": "2.0", "scale": q.scale.model_copy(update={"not_applicable": False})}
    )
    with pytest.raises(ExchangeError) as refused:
        read_response(forms["Kenya"], Target(newer, stored, "0" * 64))
    said = str(refused.value)
    assert "the form was made for iccwc-wen-g2 version 1.0" in said, said
    assert "outside the answer cells" not in said
