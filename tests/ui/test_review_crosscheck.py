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
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _unanswered(db_path, assessment_id, registry, first)
    assert not any(r.isChecked() for r in shown.choices.values())
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=2000)


def test_presentation_of_a_completed_assessment_does_not_answer(
    qtbot, make_window, service, db_path, registry
):
    from wen_assess.ui.assessment.pages import AreaPage

    assessment_id = service.create(G2, "Test WEN")
    for area in registry.get(G2).areas:
        for item in area.items:
            service.set_answer(assessment_id, item.id, level=1)
    service.complete(assessment_id)
    window = make_window()
    window.open_assessment(assessment_id)
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
