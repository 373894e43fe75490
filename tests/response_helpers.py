"""Shared by the response tests: an assessment of HAWEN, its forms, and a focal point who
fills one in with openpyxl as they would in Excel (choosing from the drop-down)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import copy_database_into
from openpyxl import load_workbook

from wen_assess.questionnaire import default_registry
from wen_assess.responses import layout as lay
from wen_assess.responses.forms import members
from wen_assess.responses.workflow import make_forms
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService


# Fixtures, imported by name into the test modules that use them (a conftest.py in a test
# folder would shadow the tests' own `from conftest import ...`).
@pytest.fixture(name="db_path")
def db_path_fixture(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture(name="service")
def service_fixture(db_path: Path) -> Iterator[AssessmentService]:
    database = open_database(db_path)
    yield AssessmentService(database, default_registry())
    database.close()


def made_once(tmp_path_factory, make: Callable[[AssessmentService, Path], object]):  # type: ignore[no-untyped-def]
    """What ``make(service, forms_folder)`` leaves, made once for a module's tests (making and
    filling forms costs ~0.1 s a test): a database file of its own, the forms folder and what
    ``make`` returned. Each test takes its own copy with ``copy_made``."""
    folder = tmp_path_factory.mktemp("made")
    with pytest.MonkeyPatch.context() as patch:  # its own data folder, like every test
        patch.setenv("WEN_ASSESS_DATA_DIR", str(folder / "data"))
        patch.setenv("WEN_ASSESS_USER", "Test user")
        service = AssessmentService(open_database(folder / "library.sqlite"), default_registry())
        try:
            made = make(service, folder / "forms")
        finally:
            service.database.close()
    return folder / "library.sqlite", folder / "forms", made


def copy_made(service: AssessmentService, once, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """``service``'s new, empty database made a copy of ``made_once``'s, and its forms copied
    to the test's own ``forms`` folder (returned): the test may change either."""
    database, forms, _ = once
    copy_database_into(service, database)
    # The copy arrives through the write-ahead log; moved into the file now, so that tests
    # comparing the files byte for byte see only what they themselves cause.
    with service.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(shutil.copytree(forms, tmp_path / "forms"))


def hawen_filled_once(tmp_path_factory, filled: dict[str, dict]):  # type: ignore[no-untyped-def]
    """HAWEN with the forms of ``filled``'s countries, each filled by ``fill(form, **how)``
    (``{country: {"levels": ..., "name": ...}}``), made once for a module (``made_once``)."""

    def make(service, folder):  # type: ignore[no-untyped-def]
        assessment = create_hawen(service)
        forms = forms_for(service, assessment, folder, list(filled))
        for country, how in filled.items():
            fill(forms[country], **how)
        return assessment

    return made_once(tmp_path_factory, make)


def forms_copied(service: AssessmentService, once, tmp_path: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """The test's own copy of ``once`` (``copy_made``): {country: its form}."""
    return by_member(copy_made(service, once, tmp_path).iterdir())


HAWEN = ["Djibouti", "Ethiopia", "Kenya", "Somalia", "South Sudan", "Sudan", "Uganda"]
LEVEL_WORDS = {0: "0 – Not in place", 1: "1 – Initial", 2: "2 – Developing", 3: "3 – Established"}
NOT_APPLICABLE = "Not applicable"


def create_hawen(service, language: str = "en") -> int:
    return service.create(
        "iccwc-wen-g2",
        "HAWEN",
        title="HAWEN self-assessment 2026",
        region="Horn of Africa",
        member_countries=HAWEN,
        language=language,
    )


def forms_for(service, assessment_id: int, folder: Path, countries=HAWEN, agencies=None):
    """{country (or country — agency): workbook path}."""
    return by_member(make_forms(service, assessment_id, folder, members(list(countries), agencies)))


def member_files(service, folder: Path, countries=("Kenya", "Uganda")) -> tuple[int, list[Path]]:
    """HAWEN and its members' blank response files (``.response.wen.json``), by country."""
    assessment = create_hawen(service)
    make_forms(service, assessment, folder, members(list(countries)))
    return assessment, [folder / f"response-{c}.response.wen.json" for c in countries]


def on_disk(path: Path) -> dict:  # type: ignore[type-arg]
    """A response file as the coordinator will receive it: {item: answer}, and the respondent."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"who": data["respondent"], **{a["item_id"]: a for a in data["answers"]}}


def by_member(paths) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """{country (or country — agency): workbook path} of the forms among ``paths``."""
    books = [p for p in paths if p.suffix == ".xlsx"]
    return {p.stem.removeprefix("response-").replace("-", " "): p for p in books}


def row_of(path: Path) -> dict[str, int]:
    """Item id -> its row on the items sheet."""
    book = load_workbook(path, read_only=True)
    sheet = book.worksheets[1]
    rows = {
        row[0].value: row[0].row
        for row in sheet.iter_rows(min_row=lay.HEADER_ROW + 1)
        if row[0].value
    }
    book.close()
    return rows


def fill(
    path: Path,
    levels: dict[str, object],
    *,
    name: str = "Focal Point",
    agency: str | None = None,
    notes: dict[str, str] | None = None,
    out: Path | None = None,
) -> Path:
    """Fill a form as a focal point: name, a level per item (a drop-down text, or what they
    typed), notes; save it (by default over itself)."""
    book = load_workbook(path)
    cover, items = book.worksheets
    cover.cell(row=lay.FIELD_ROWS["respondent"], column=2, value=name)
    if agency is not None:
        cover.cell(row=lay.FIELD_ROWS["agency"], column=2, value=agency)
    rows = {
        items.cell(row=r, column=1).value: r for r in range(lay.HEADER_ROW + 1, items.max_row + 1)
    }
    for item_id, level in levels.items():
        value = LEVEL_WORDS.get(level, level) if isinstance(level, int) else level
        items.cell(row=rows[item_id], column=lay.COLUMN["level"], value=value)
    for item_id, text in (notes or {}).items():
        items.cell(row=rows[item_id], column=lay.COLUMN["notes"], value=text)
    target = out or path
    book.save(target)
    return target
