"""Where today's features meet: checked as a user would, read back from a second connection."""

from __future__ import annotations

from gui_helpers import G2, stored
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

pytest_plugins = ("gui_helpers",)


def _participants_page(qtbot, make_window, service):
    assessment_id = service.create(G2, "Test WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("participants")
    page = window.view.current_page()
    qtbot.waitUntil(page.table.isVisible)
    return assessment_id, window, page


def _editor(qtbot):
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return QApplication.focusWidget()


def _typed(qtbot, page, text):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, text)
    return editor


def _names(db_path, assessment_id, registry):
    return [p.name for p in stored(db_path, assessment_id, registry).record.participants]


def test_a_participant_typed_in_the_cell_editor_and_entered_is_saved(
    qtbot, make_window, service, db_path, registry
):
    assessment_id, _window, page = _participants_page(qtbot, make_window, service)
    editor = _typed(qtbot, page, "Ana Lima")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(db_path, assessment_id, registry) == ["Ana Lima"])


def test_a_participant_typed_then_tabbed_to_the_next_cell_is_saved(
    qtbot, make_window, service, db_path, registry
):
    assessment_id, _window, page = _participants_page(qtbot, make_window, service)
    editor = _typed(qtbot, page, "Ana Lima")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, "DNP")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)

    def saved():
        first = stored(db_path, assessment_id, registry).record.participants[0]
        return (first.name, first.organisation) == ("Ana Lima", "DNP")

    qtbot.waitUntil(saved)


def test_a_participant_typed_then_another_page_chosen_is_saved(
    qtbot, make_window, service, db_path, registry
):
    assessment_id, window, page = _participants_page(qtbot, make_window, service)
    _typed(qtbot, page, "Ana Lima")
    window.view.nav.setFocus()  # a click on the section list
    window.view.show_page("profile")
    qtbot.waitUntil(lambda: _names(db_path, assessment_id, registry) == ["Ana Lima"])


def test_a_participant_still_in_the_editor_when_the_window_closes_is_saved(
    qtbot, make_window, service, db_path, registry
):
    assessment_id, window, page = _participants_page(qtbot, make_window, service)
    _typed(qtbot, page, "Ana Lima")
    window.close()
    assert _names(db_path, assessment_id, registry) == ["Ana Lima"]


# ---- presentation mode meets undo, completion and zoom ----------------------------------------


def _area_window(qtbot, make_window, service, completed=False):
    from wen_assess.ui.assessment.pages import AreaPage

    assessment_id = service.create(G2, "Test WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("area:SUP")
    page = window.view.current_page()
    assert isinstance(page, AreaPage)
    first = next(iter(page.items))
    page.focus_item(first)
    return assessment_id, window, page, first


def _unanswered(db_path, assessment_id, registry, item_id):
    answer = stored(db_path, assessment_id, registry).record.answer(item_id)
    return answer is None or (answer.level is None and not answer.not_applicable)


def _present(qtbot, window):
    from gui_helpers import press

    press(qtbot, Qt.Key.Key_F11)
    shown = window.presentation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=2000)
    return shown


def test_an_answer_given_in_presentation_is_undone_after_leaving_it(
    qtbot, make_window, service, db_path, registry
):
    from gui_helpers import press

    assessment_id, window, page, first = _area_window(qtbot, make_window, service)
    shown = _present(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_2)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _unanswered(db_path, assessment_id, registry, first)
    assert not any(r.isChecked() for r in page.items[first].radios.values())


def test_ctrl_z_in_presentation_undoes_the_answer_just_given(
    qtbot, make_window, service, db_path, registry
):
    assessment_id, window, _page, first = _area_window(qtbot, make_window, service)
    shown = _present(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_2)
    qtbot.keyClick(shown, Qt.Key.Key_Right)  # on to the next item, then the mistake is seen
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _unanswered(db_path, assessment_id, registry, first)
    assert shown.item_id == first  # the room sees the item the undo changed
    assert not any(r.isChecked() for r in shown.choices.values())
    assert QApplication.activeWindow() is shown
    qtbot.keyClick(shown, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_path, assessment_id, registry).record.answer(first).level == 2
    assert shown.choices[2].isChecked()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=2000)


def _completed_and_open(make_window, service, registry):
    """An assessment answered at level 1 throughout and completed, opened in a window."""
    assessment_id = service.create(G2, "Done WEN")
    for item in registry.get(G2).items:
        service.set_answer(assessment_id, item.id, level=1)
    service.complete(assessment_id)
    window = make_window()
    window.open_assessment(assessment_id)
    return assessment_id, window


def test_presentation_of_a_completed_assessment_does_not_answer(
    qtbot, make_window, service, db_path, registry
):
    from wen_assess.ui.assessment.pages import AreaPage

    assessment_id, window = _completed_and_open(make_window, service, registry)
    window.view.show_page("area:SUP")
    page = window.view.current_page()
    assert isinstance(page, AreaPage)
    first = next(iter(page.items))
    page.focus_item(first)
    shown = _present(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_3)
    qtbot.mouseClick(shown.choices[2], Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_path, assessment_id, registry).record.answer(first).level == 1
    assert shown.choices[1].isChecked() and "completed" in shown.status.text()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=2000)


def test_presentation_at_150_percent_zoom_is_twice_the_zoomed_text(qtbot, make_window, service):
    from wen_assess.ui import zoom

    try:
        zoom.apply(150)
        _assessment_id, window, _page, _first = _area_window(qtbot, make_window, service)
        shown = _present(qtbot, window)
        assert shown.font().pointSizeF() >= 2 * QApplication.font().pointSizeF() - 0.1
        assert shown.choices[0].isVisible() and shown.hint.isVisible()
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not shown.isVisible(), timeout=2000)
    finally:
        zoom.apply(zoom.NORMAL)


# ---- notes being typed meet undo, page changes and closing ------------------------------------


def _note_item(make_window, service, item_id="G2-GOV-07"):
    assessment_id = service.create(G2, "Undo WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("area:GOV")
    return assessment_id, window, window.view.current_page().items[item_id]


def _typed_in_two_goes(qtbot, item, saved_part, pending_part):
    """Typed, paused until it is saved, then more typed that is not saved yet."""
    from gui_helpers import type_text

    from wen_assess.ui.assessment.saving_text import TEXT_SAVE_DELAY_MS

    item.notes.setFocus()
    type_text(qtbot, item.notes, saved_part)
    qtbot.wait(TEXT_SAVE_DELAY_MS + 100)
    type_text(qtbot, item.notes, pending_part)


def test_closing_with_a_note_half_typed_after_a_merged_save_keeps_all_of_it(
    qtbot, make_window, service, db_path, registry
):
    assessment_id, window, item = _note_item(make_window, service)
    _typed_in_two_goes(qtbot, item, "Minutes 2024", ", annex B")
    window.close()
    assert stored(db_path, assessment_id, registry).record.answer(item.item.id).notes == (
        "Minutes 2024, annex B"
    )


def test_typing_taken_back_with_ctrl_z_then_another_page_leaves_the_saved_note(
    qtbot, make_window, service, db_path, registry
):
    from gui_helpers import press

    assessment_id, window, item = _note_item(make_window, service)
    _typed_in_two_goes(qtbot, item, "Minutes", " typo")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    shown = item.notes.toPlainText()
    window.view.show_page("profile")
    assert stored(db_path, assessment_id, registry).record.answer(item.item.id).notes == shown
    window.view.nav.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.view.show_page("area:GOV")
    saved = stored(db_path, assessment_id, registry).record.answer(item.item.id)
    assert saved.notes == item.notes.toPlainText()


def test_undo_after_reopening_takes_back_only_edits_made_since(
    qtbot, make_window, service, db_path, registry
):
    from gui_helpers import click_radio, press

    assessment_id, window = _completed_and_open(make_window, service, registry)
    controller = window.view.controller
    assert controller.reopen()
    window.view.show_page("area:GOV")
    page = window.view.current_page()
    page.enter()
    item = page.items["G2-GOV-07"]
    click_radio(qtbot, item.radios[3])
    assert stored(db_path, assessment_id, registry).record.answer(item.item.id).level == 3
    window.view.nav.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_path, assessment_id, registry).record.answer(item.item.id).level == 1
    assert item.radios[1].isChecked()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing before reopening
    record = stored(db_path, assessment_id, registry).record
    assert record.status != "completed" and record.answer(item.item.id).level == 1


# ---- digits typed where they are text ---------------------------------------------------------


def test_digits_typed_in_the_plan_cell_editor_are_the_owner_not_an_answer(
    qtbot, make_window, service, db_path, registry
):
    assessment_id = service.create(G2, "Plan WEN")
    service.set_answer(assessment_id, "G2-MEM-04", level=0)
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("area:MEM")
    window.view.current_page().focus_item("G2-MEM-04")  # the item digits would answer
    window.view.show_page("plan")
    table = window.view.current_page().table
    qtbot.waitUntil(table.isVisible)
    table.setFocus()
    table.setCurrentCell(0, 4)
    table.editItem(table.item(0, 4))
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, "Unit 12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    def saved():
        record = stored(db_path, assessment_id, registry).record
        return [a.owner for a in record.actions] == ["Unit 12"]

    qtbot.waitUntil(saved)
    assert stored(db_path, assessment_id, registry).record.answer("G2-MEM-04").level == 0


def test_digits_typed_in_find_search_the_items(qtbot, make_window, service, db_path, registry):
    from gui_helpers import press
    from PySide6.QtCore import QTimer

    from wen_assess.ui.find import FindDialog

    assessment_id = service.create(G2, "Find WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("area:MEM")
    window.view.current_page().focus_item("G2-MEM-01")
    seen = {}

    def use_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FindDialog))
        qtbot.keyClicks(dialog.query, "04")
        seen["query"] = dialog.query.text()
        seen["chosen"] = dialog.chosen()
        dialog.reject()

    QTimer.singleShot(200, use_dialog)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert seen["query"] == "04" and seen["chosen"].endswith("04")
    assert stored(db_path, assessment_id, registry).record.answer("G2-MEM-01") is None


def test_closing_the_window_during_presentation_keeps_the_answer_and_closes_both(
    qtbot, make_window, service, db_path, registry, dialogs
):
    assessment_id, window, _page, first = _area_window(qtbot, make_window, service)
    shown = _present(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_1)
    window.close()  # as a shutdown (SIGTERM) closes every window
    QApplication.processEvents()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert stored(db_path, assessment_id, registry).record.answer(first).level == 1
    assert dialogs.calls == []
