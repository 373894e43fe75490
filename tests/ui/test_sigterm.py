"""A note typed just before the app is terminated (a shutdown, a session ending) is kept.

The real app runs in its own process, offscreen: a small driver script opens an assessment and
types into a note, then the test sends SIGTERM well before the typing pause would have saved it,
and reads the database back afterwards.
"""

from __future__ import annotations

import os
import signal

import pytest
from gui_helpers import G2, app_process, fresh_service, stored

pytest_plugins = ("gui_helpers",)

ITEM = "G2-GOV-02"
NOTE = "Minutes of the 2024 meeting, annex"

DRIVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from wen_assess.ui.app import run
from wen_assess.ui.main_window import MainWindow

db, assessment_id, item_id, note = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

def type_a_note():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    window.open_assessment(assessment_id)
    window.view.jump_to_item(item_id)
    notes = window.view.current_page().items[item_id].notes
    notes.setFocus()
    QTest.keyClicks(notes, note)
    print("typed", flush=True)  # the test terminates the app now, before the pause elapses

app = QApplication(sys.argv[:1])  # before the timer: run() uses this application
QTimer.singleShot(100, type_a_note)
sys.exit(run(Path(db)))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_note_typed_just_before_termination_is_saved(db_path, registry, number):
    with fresh_service(db_path, registry) as svc:
        assessment_id = svc.create(G2, "Termination WEN")
    args = [str(db_path), str(assessment_id), ITEM, NOTE]
    with app_process(DRIVER, *args, ready="typed") as app:
        app.send_signal(number)  # within milliseconds: the 600 ms typing pause has not elapsed
        code = app.wait(timeout=30)
        errors = app.stderr.read() if app.stderr else ""
    assert code == 0, errors
    answer = stored(db_path, assessment_id, registry).record.answer(ITEM)
    assert answer is not None and answer.notes == NOTE
