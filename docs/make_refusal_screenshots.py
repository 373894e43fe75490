"""Refusals and typed dates in French, at the workshop laptop's size (docs/screenshots/fr-06..09):
an assessment file refused by its schema and by the engine, a member's response file refused,
the action plan with a due date in the French short format, and its calendar.

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_refusal_screenshots.py
Without a display it falls back to Qt's offscreen platform (same widgets and fonts).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import main, open_window, save  # sets the Qt platform first
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDateEdit, QMessageBox


def _shooting_boxes(names: list[str]) -> None:
    """Each warning the app shows is grabbed under the next of ``names``, then closed."""

    def warning(parent, title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          parent)  # fmt: skip
        QTimer.singleShot(300, lambda: (save(box, names.pop(0)), box.accept()))
        return box.exec()

    QMessageBox.warning = warning  # type: ignore[method-assign]


def _refused_assessment_files(folder: Path) -> list[Path]:
    demo = Path(__file__).resolve().parents[1] / "resources" / "demo" / "hawen-2024.wen.json"
    data = json.loads(demo.read_text(encoding="utf-8"))
    data["assessment"]["uuid"] = "0d3c2b1a-7f6e-4d5c-9b8a-112233445599"
    data["assessment"]["answers"][0]["level"] = "2"
    data["assessment"]["answers"][1]["level"] = 7
    data["assessment"]["status"] = "done"
    typed = folder / "hawen-atelier.wen.json"
    typed.write_text(json.dumps(data), encoding="utf-8")
    comma = folder / "copie-abimee.wen.json"
    comma.write_text('{"format": "wen-assess/assessment" "format_version": 1}', encoding="utf-8")
    return [typed, comma]


def _shoot(db: Path) -> int:
    from wen_assess.demo import add_demo_assessments
    from wen_assess.responses.forms import members
    from wen_assess.responses.workflow import make_forms
    from wen_assess.ui.responses import ResponsesDialog

    _app, service, window = open_window(db)
    add_demo_assessments(service)
    window.refresh_library()
    window.set_language("fr")  # as View › Language does
    folder = db.parent
    _shooting_boxes(["fr-06-refused-assessment-file", "fr-07-refused-response-file"])
    window.import_paths(_refused_assessment_files(folder))

    sawen = next(s.id for s in service.list_summaries() if s.network_name == "SAWEN")
    make_forms(service, sawen, folder / "forms", members(["Nepal"]))
    [response] = (folder / "forms").glob("*.response.wen.json")
    document = json.loads(response.read_text(encoding="utf-8"))
    document["answers"][0]["level"] = 9
    document["respondent"]["agency"] = 5
    response.write_text(json.dumps(document), encoding="utf-8")
    window.open_assessment(sawen)
    responses = ResponsesDialog(window.view.controller, window)
    responses.import_paths([response])
    responses.close()

    window.view.show_page("plan")
    page = window.view.current_page()
    entry = page.entries[0]
    page._save(entry.item_id, due=date(2026, 3, 31))  # as the date editor saves a typed date
    page.enter()
    save(window, "fr-08-plan-due-date")
    table = window.view.current_page().table
    cells = (table.cellWidget(0, column) for column in range(table.columnCount()))
    editor = next(w for w in cells if isinstance(w, QDateEdit))  # the first row's due date
    calendar = editor.calendarWidget()  # what the editor's popup shows
    calendar.setSelectedDate(editor.date())  # as the popup opens on it
    calendar.resize(320, 220)
    save(calendar, "fr-09-due-date-calendar")
    window.set_language("en")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(_shoot))
