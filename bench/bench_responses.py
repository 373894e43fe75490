"""Members' responses: import 60 filled forms, and open the consolidation of 60 x 47 answers.

Setup (not timed): one HAWEN G2 assessment, 60 forms (one per country and agency), each filled
in with openpyxl on every item, as focal points would.
Measured, median of a few rounds, each into a fresh copy of the database:
- importing the 60 forms (`responses.workflow.import_responses`: each read whole, checked
  cell by cell against what the form must hold, kept in its own transaction). Goal: < 5 s.
  Floor, same run, same files: opening each workbook with openpyxl (read-only) and reading
  every cell, plus one INSERT per file in its own commit with plain sqlite3 (WAL, FULL).
- opening the "Member responses" window on 60 responses (offscreen Qt): consolidation, the
  table with its distribution bars, the first item's detail. Goal: < 200 ms.
  Floor, same run: a bare dialog with a 47 x 7 table of plain texts, shown.
- refusing one form with a value typed in the sheet's very last cell (XFD1048576): reading
  stops there instead of walking a million rows of sixteen thousand cells. Goal: < 3x the
  floor, reading (and importing) the same form without that cell, same run.
Run: python bench/bench_responses.py
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from openpyxl import load_workbook
from response_helpers import HAWEN, LEVEL_WORDS, create_hawen, fill, forms_for

from wen_assess.questionnaire import default_registry
from wen_assess.responses.workflow import import_responses
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

FORMS = 60
ROUNDS = 3
AGENCIES = [f"Agency {n}" for n in range(1, 10)]  # 7 countries x 9 agencies, first 60


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def setup(folder: Path) -> tuple[Path, int, list[Path]]:
    registry = default_registry()
    service = AssessmentService(open_database(folder / "base.sqlite"), registry)
    assessment = create_hawen(service)
    forms = forms_for(service, assessment, folder / "forms", HAWEN, AGENCIES)
    items = [item.id for item in service.questionnaire_of(service.get(assessment).record).items]
    paths = list(forms.values())[:FORMS]
    rng = random.Random(16)
    for n, path in enumerate(paths):
        fill(path, {i: LEVEL_WORDS[rng.choice([0, 1, 2, 2, 3])] for i in items}, name=f"FP {n}")
    service.database.close()
    return folder / "base.sqlite", assessment, paths


def floor_import(folder: Path, paths: list[Path], n: int) -> Callable[[], None]:
    conn = sqlite3.connect(folder / f"floor-{n}.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE response (id INTEGER PRIMARY KEY, source TEXT)")
    conn.commit()

    def run() -> None:
        for path in paths:
            book = load_workbook(path, read_only=True)
            for sheet in book.worksheets:
                for row in sheet.iter_rows(values_only=True):
                    for _ in row:
                        pass
            book.close()
            conn.execute("INSERT INTO response (source) VALUES (?)", (path.name,))
            conn.commit()
        conn.close()

    return run


def app_import(base: Path, assessment: int, paths: list[Path], n: int) -> Callable[[], None]:
    copy = base.with_name(f"import-{n}.sqlite")
    shutil.copy(base, copy)
    service = AssessmentService(open_database(copy), default_registry())

    def run() -> None:
        outcomes = list(import_responses(service, assessment, paths))
        bad = [o for o in outcomes if o.status != "imported"]
        assert not bad, bad[:2]
        service.database.close()

    return run


def with_far_cell(form: Path, out: Path) -> Path:
    """``form`` with "x" typed in XFD1048576 of its items sheet, as a member could."""
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    source = zipfile.ZipFile(form)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</sheetData>", far + b"</sheetData>", 1)
            copy.writestr(entry.filename, data)
    return out


def far_cell_times(base: Path, assessment: int, form: Path) -> tuple[float, float]:
    far = with_far_cell(form, form.with_name("far.xlsx"))
    copy = base.with_name("far.sqlite")
    shutil.copy(base, copy)
    service = AssessmentService(open_database(copy), default_registry())

    def one(path: Path, refused: bool) -> Callable[[], None]:
        def run() -> None:
            [outcome] = import_responses(service, assessment, [path], replace=True)
            assert outcome.refused == refused, outcome.message

        return run

    good = statistics.median(timed(one(form, refused=False)) for _ in range(ROUNDS))
    refused = statistics.median(timed(one(far, refused=True)) for _ in range(ROUNDS))
    service.database.close()
    return good, refused


def gui_times(database: Path, assessment: int) -> tuple[float, float]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout

    from wen_assess.ui.assessment.controller import AssessmentController
    from wen_assess.ui.responses import ResponsesDialog

    app = QApplication.instance() or QApplication([])
    service = AssessmentService(open_database(database), default_registry())
    controller = AssessmentController(service, assessment)

    def floor() -> None:
        dialog = QDialog()
        model = QStandardItemModel(47, 7)
        for row in range(47):
            for column in range(7):
                model.setItem(row, column, QStandardItem(f"{row}:{column}"))
        table = QTableView()
        table.setModel(model)
        QVBoxLayout(dialog).addWidget(table)
        dialog.resize(1000, 660)
        dialog.show()
        app.processEvents()
        dialog.close()

    def window() -> None:
        dialog = ResponsesDialog(controller)
        dialog.show()
        app.processEvents()
        assert dialog.model.rowCount() == 47 and len(dialog.consolidation.responses) == FORMS
        dialog.close()

    window()  # first use: imports and fonts
    floor_s = statistics.median(timed(floor) for _ in range(7))
    window_s = statistics.median(timed(window) for _ in range(7))
    service.database.close()
    return floor_s, window_s


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, assessment, paths = setup(folder)
        floor_s = statistics.median(timed(floor_import(folder, paths, n)) for n in range(ROUNDS))
        import_s = statistics.median(
            timed(app_import(base, assessment, paths, n)) for n in range(ROUNDS)
        )
        one_floor, far_s = far_cell_times(base, assessment, paths[0])
        filled = base.with_name("import-0.sqlite")
        gui_floor, gui_s = gui_times(filled, assessment)
    print(f"{'measurement':<58} {'median':>10} {'vs floor':>9}")
    rows = [
        (f"floor: openpyxl reads {FORMS} forms + {FORMS} commits", floor_s, None),
        (f"import {FORMS} filled forms (goal < 5 s)", import_s, floor_s),
        ("floor: import one filled form", one_floor, None),
        ("refuse one form with a value in XFD1048576 (goal < 3x)", far_s, one_floor),
        ("floor: bare dialog with a 47 x 7 table, shown", gui_floor, None),
        (f"responses window, {FORMS} x 47 answers (goal < 200 ms)", gui_s, gui_floor),
    ]
    for name, seconds, floor in rows:
        ratio = f"{seconds / floor:8.1f}x" if floor else ""
        print(f"{name:<58} {seconds * 1000:8.0f}ms {ratio:>9}")
    assert import_s < 5, f"importing {FORMS} forms took {import_s:.1f} s"
    assert far_s < 3 * one_floor, f"refusing the far cell took {far_s * 1000:.0f} ms"
    assert gui_s < 0.2, f"the responses window took {gui_s * 1000:.0f} ms"


if __name__ == "__main__":
    main()
