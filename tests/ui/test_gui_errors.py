"""Errors are dialogs a person can act on: never a traceback, and nothing saved is lost."""

from __future__ import annotations

import hashlib
import sqlite3

from gui_helpers import G2, click_radio, fresh_service, stored
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wen_assess.storage.service import AssessmentService, StorageFailure
from wen_assess.ui import app as app_module

pytest_plugins = ("gui_helpers",)


def _sha(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_version_is_refused_with_a_dialog(tmp_path, dialogs, qapp):
    path = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    before = _sha(path)

    assert app_module.run(path) == 1

    [call] = dialogs.of("critical")
    assert call.title == "wen-assess cannot start"
    assert "newer version of wen-assess" in call.text
    assert _sha(path) == before
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_file_that_is_not_a_database_is_refused_with_a_dialog(tmp_path, dialogs, qapp):
    path = tmp_path / "notes.sqlite"
    path.write_text("minutes of the 2024 meeting\n", encoding="utf-8")
    before = _sha(path)

    assert app_module.run(path) == 1

    [call] = dialogs.of("critical")
    assert "not a wen-assess database" in call.text
    assert _sha(path) == before


def test_a_stored_level_off_its_scale_is_refused_once_the_window_is_up(tmp_path, dialogs, qapp):
    """The app opens without reading questionnaires (start-up), then checks levels first."""
    path = tmp_path / "levels.sqlite"
    with fresh_service(path) as service:
        assessment_id = service.create(G2, "Test WEN")
        service.set_answer(assessment_id, "G2-MEM-01", level=2)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE answer SET level = 7")
    conn.commit()
    conn.close()
    before = _sha(path)

    assert app_module.run(path) == 1

    [call] = dialogs.of("critical")
    assert call.title == "wen-assess cannot use this database"
    assert "level 7, which is not on the scale" in call.text
    assert _sha(path) == before
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_full_disk_shows_not_saved_and_keeps_the_earlier_answers(
    qtbot, make_window, service, db_path, registry, dialogs, monkeypatch
):
    assessment_id = service.create(G2, "Test WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("area:MEM")
    item = view.current_page().items["G2-MEM-01"]
    click_radio(qtbot, item.radios[2])
    assert stored(db_path, assessment_id, registry).record.answer("G2-MEM-01").level == 2

    def disk_full(*_args, **_kwargs):
        raise StorageFailure("Not saved: the disk is full. Free some space; your earlier "
                             "answers are safe.")  # fmt: skip

    monkeypatch.setattr(AssessmentService, "set_answer", disk_full)
    click_radio(qtbot, item.radios[3])

    [call] = dialogs.of("warning")
    assert call.title == "Not saved"
    assert "disk is full" in call.text
    assert view.saved_label.text() == "Not saved"
    # The screen goes back to what is stored, and the stored answer is the earlier one.
    assert item.radios[2].isChecked() and not item.radios[3].isChecked()
    monkeypatch.undo()
    assert stored(db_path, assessment_id, registry).record.answer("G2-MEM-01").level == 2


def test_completing_too_early_says_not_completed_not_not_saved(
    qtbot, make_window, service, dialogs
):
    assessment_id = service.create(G2, "Test WEN")
    service.set_answer(assessment_id, "G2-MEM-01", level=1)
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("results")
    page = window.view.current_page()
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)

    [call] = dialogs.of("warning")
    assert call.title == "Not completed"
    assert "46 items still to assess" in call.text
    assert window.view.saved_label.text() != "Not saved"
