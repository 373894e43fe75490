"""Live updates between two real processes: the app running in one, a change saved by another
(the CLI, a script, a second app instance) shows in the app within seconds, with no click."""

from __future__ import annotations

from gui_helpers import G2, app_process, fresh_service

pytest_plugins = ("gui_helpers",)

ITEM = "G2-GOV-02"

DRIVER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wen_assess.ui.app import run
from wen_assess.ui.main_window import MainWindow

db, assessment_id, item_id = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = QApplication(sys.argv[:1])

def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def open_it():
    window().open_assessment(assessment_id)
    window().view.jump_to_item(item_id)
    print("open", flush=True)
    watch.start()

def look():
    item = window().view.current_page().items[item_id]
    if item.chosen() == 2 and item.notes.toPlainText() == "from the other process":
        print("seen", flush=True)
        window().close()

def give_up():
    print("not seen", flush=True)
    window().close()

watch = QTimer(interval=50)
watch.timeout.connect(look)
QTimer.singleShot(100, open_it)
QTimer.singleShot(30_000, give_up)  # never hang the suite
sys.exit(run(Path(db)))
"""


def test_a_change_saved_by_another_process_shows_in_the_running_app(db_path, registry) -> None:
    with fresh_service(db_path, registry) as svc:
        assessment_id = svc.create(G2, "Two offices WEN")
    with app_process(DRIVER, str(db_path), str(assessment_id), ITEM, ready="open") as app:
        assert app.stdout is not None
        with fresh_service(db_path, registry) as svc:
            svc.user = "Other office"
            svc.set_answer(assessment_id, ITEM, level=2, notes="from the other process")
        line = app.stdout.readline()
        code = app.wait(timeout=30)
        errors = app.stderr.read() if app.stderr else ""
    assert line.strip() == "seen", errors
    assert code == 0, errors
