"""Defects found in review, pinned at the level the user meets them."""

from __future__ import annotations

import csv
import sys

import pytest
from gui_helpers import G2, fresh_service, stored
from PySide6.QtCore import Qt

from wen_assess.exchange import export_assessment, import_files
from wen_assess.records import AssessmentRecord
from wen_assess.storage.service import ServiceError

pytest_plugins = ("gui_helpers",)


def test_export_plan_button_writes_the_csv(qtbot, make_window, service, dialogs, tmp_path):
    assessment_id = service.create(G2, "Test WEN")
    service.set_answer(assessment_id, "G2-MEM-04", level=0)
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("plan")
    dialogs.save_path = str(tmp_path / "plan.csv")
    window.view.current_page().export_button.click()
    rows = list(csv.reader((tmp_path / "plan.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][:2] == ["P1", "G2-MEM-04"]


def test_an_owner_too_long_is_refused_and_the_assessment_still_opens(
    qtbot, make_window, service, db_path, registry, dialogs
):
    assessment_id = service.create(G2, "Test WEN")
    service.set_answer(assessment_id, "G2-MEM-04", level=0)
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("plan")
    page = window.view.current_page()
    page.table.item(0, 4).setText("x" * 600)  # the Owner cell, as a paste would
    assert [c.title for c in dialogs.of("warning")] == ["Not saved"]
    assert stored(db_path, assessment_id, registry).record.actions == []
    assert page.table.item(0, 4).text() == ""  # the screen shows what is stored


def test_a_participant_too_long_is_refused_with_a_message(
    qtbot, make_window, service, db_path, registry, dialogs
):
    assessment_id = service.create(G2, "Test WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("participants")
    page = window.view.current_page()
    qtbot.waitUntil(page.table.isVisible)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.table.item(0, 0).setText("y" * 600)
    assert "Not saved" in [c.title for c in dialogs.of("warning")]
    assert stored(db_path, assessment_id, registry).record.participants[0].name == ""


def test_reassess_with_a_title_too_long_is_refused_and_adds_nothing(service):
    assessment_id = service.create(G2, "Test WEN")
    with pytest.raises(ServiceError):
        service.reassess(assessment_id, title="t" * 600)
    assert service.count() == 1


def test_default_titles_stay_readable_for_long_network_names(service):
    assessment_id = service.create(G2, "N" * 480)
    again = service.reassess(assessment_id)
    assert len(service.get(again).record.title) <= 500


def test_an_error_escaping_a_click_becomes_a_dialog(qtbot, make_window, dialogs, service):
    from wen_assess.storage.service import NotFound
    from wen_assess.ui.app import _dialog_excepthook

    window = make_window()
    hook = _dialog_excepthook(window)
    hook(NotFound, NotFound("no assessment number 7"), None)
    assert [(c.kind, c.text) for c in dialogs.calls] == [("warning", "no assessment number 7")]
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        hook(RuntimeError, error, error.__traceback__)
    assert dialogs.calls[-1].kind == "critical" and "error.log" in dialogs.calls[-1].text
    assert sys.excepthook is not hook  # the test did not leave it installed


def test_control_characters_are_not_stored(service):
    record = AssessmentRecord(
        uuid="6b1c1f1e-2d3c-4b5a-8f9e-0a1b2c3d4e5f",
        title="HAWEN\x00 2024\x07",
        questionnaire={"id": G2},
        network={"name": "HA\x1bWEN"},
        answers=[{"item_id": "G2-MEM-01", "level": 1, "notes": "line 1\nline 2\ttab"}],
    )
    assert record.title == "HAWEN 2024"
    assert record.network.name == "HAWEN"
    assert record.answers[0].notes == "line 1\nline 2\ttab"


def test_reimporting_a_changed_file_says_a_different_version_is_stored(
    service, db_path, registry, tmp_path
):
    assessment_id = service.create(G2, "Test WEN")
    service.set_answer(assessment_id, "G2-MEM-01", level=1)
    first = export_assessment(service.get(assessment_id).record, tmp_path / "a.wen.json", registry)
    service.set_answer(assessment_id, "G2-MEM-01", level=3)
    with fresh_service(db_path, registry) as other:
        [same] = import_files(other, [export_assessment(
            other.get(assessment_id).record, tmp_path / "b.wen.json", registry)])  # fmt: skip
        [changed] = import_files(other, [first])
    assert same.status == "duplicate" and "already in the database" in same.message
    assert changed.status == "duplicate" and "a different version" in changed.message
    assert service.get(assessment_id).record.answer("G2-MEM-01").level == 3


def test_pasted_notes_are_cut_at_the_limit_and_saved(
    qtbot, make_window, service, db_path, registry, dialogs
):
    from wen_assess.vocabulary import LONG_TEXT_MAX

    assessment_id = service.create(G2, "Test WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("area:MEM")
    item = window.view.current_page().items["G2-MEM-01"]
    item.notes.setPlainText("n" * (LONG_TEXT_MAX + 500))  # a paste
    item.flush()
    assert len(item.notes.toPlainText()) == LONG_TEXT_MAX
    assert "limited to 20,000 characters" in window.statusBar().currentMessage()
    assert dialogs.of("warning") == []
    notes = stored(db_path, assessment_id, registry).record.answer("G2-MEM-01").notes
    assert notes == "n" * LONG_TEXT_MAX
