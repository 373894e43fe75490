"""Window-wide shortcuts work wherever the keyboard focus is, and digits answer the item last
worked on even after a click elsewhere, without taking digits from fields being typed in."""

from __future__ import annotations

import pytest
from gui_helpers import G2, click_radio, focused, fresh_service, press, stored
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytest_plugins = ("gui_helpers",)

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _focus_places(view):  # type: ignore[no-untyped-def]
    """(name, page key, how to put the focus there) for every kind of place a user can be."""
    gov = "area:GOV"

    def item(part):  # type: ignore[no-untyped-def]
        return lambda: getattr(view.page(gov).items["G2-GOV-01"], part)

    return [
        ("side panel", gov, lambda: view.nav),
        ("level radio", gov, lambda: view.page(gov).items["G2-GOV-01"].radios[1]),
        ("notes", gov, item("notes")),
        ("flag", gov, item("flag")),
        ("profile name", "profile", lambda: view.page("profile").name),
        ("member countries", "profile", lambda: view.page("profile").members),
        ("profile date", "profile", lambda: view.page("profile").date),
        ("participants table", "participants", lambda: view.page("participants").table),
        ("target box", "results", lambda: view.page("results").targets["GOV"]),
        ("results table", "results", lambda: view.page("results").table),
        ("plan table", "plan", lambda: view.page("plan").table),
        ("plan action being edited", "plan", lambda: _editing(view.page("plan").table, 0, 3)),
        ("plan due date", "plan", lambda: view.page("plan").table.cellWidget(0, 5)),
        ("plan status", "plan", lambda: view.page("plan").table.cellWidget(0, 6)),
        ("participant being edited", "participants", lambda: _new_participant(view)),
    ]


def _editing(table, row, column):  # type: ignore[no-untyped-def]
    """The editor of a table cell being typed in."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    return QApplication.focusWidget()


def _new_participant(view):  # type: ignore[no-untyped-def]
    page = view.page("participants")
    page.add_row()  # opens the new row's first cell for typing
    return QApplication.focusWidget()


def _open(make_window, service, registry):  # type: ignore[no-untyped-def]
    assessment_id = service.create(G2, "Shortcut WEN")
    service.set_answer(assessment_id, "G2-GOV-01", level=1)  # a plan line to focus
    window = make_window()
    window.open_assessment(assessment_id)
    return window, window.view


def _put_focus(qtbot, view, page_key, widget_of):  # type: ignore[no-untyped-def]
    view.show_page(page_key)
    widget = widget_of()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return widget


@pytest.mark.parametrize("place", range(15))
def test_window_shortcuts_work_from_every_focus_place(
    qtbot, make_window, service, registry, dialogs, place
):
    window, view = _open(make_window, service, registry)
    name, page_key, widget_of = _focus_places(view)[place]

    _put_focus(qtbot, view, page_key, widget_of)
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert [c.title for c in dialogs.of("save")] == ["Export assessment"], name
    _put_focus(qtbot, view, page_key, widget_of)
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert [c.title for c in dialogs.of("save")][-1] == "Export report", name

    _put_focus(qtbot, view, page_key, widget_of)
    row = view.nav.currentRow()
    last = row == view.nav.count() - 1
    press(qtbot, Qt.Key.Key_PageUp if last else Qt.Key.Key_PageDown, CTRL)
    assert view.nav.currentRow() == row + (-1 if last else 1), name
    press(qtbot, Qt.Key.Key_PageDown if last else Qt.Key.Key_PageUp, CTRL)
    assert view.nav.currentRow() == row, name

    _put_focus(qtbot, view, page_key, widget_of)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.view is None and window.stack.currentWidget() is window.library, name


def _click_nav(qtbot, view, key):  # type: ignore[no-untyped-def]
    row = [p.key for p in view.pages].index(key)
    rect = view.nav.visualItemRect(view.nav.item(row))
    qtbot.mouseClick(view.nav.viewport(), LEFT, pos=rect.center())


def test_digits_answer_the_item_last_worked_on_after_clicking_the_side_panel(
    qtbot, make_window, service, registry, db_path
):
    _window, view = _open(make_window, service, registry)
    view.show_page("area:GOV")
    page = view.current_page()
    click_radio(qtbot, page.items["G2-GOV-03"].radios[1])
    _click_nav(qtbot, view, "area:GOV")  # the side panel hands the focus back to the item
    item = page.items["G2-GOV-03"]
    assert item.isAncestorOf(focused())  # the one last worked on, with its focus mark

    press(qtbot, Qt.Key.Key_3)
    assert stored(db_path, view.assessment_id, registry).record.answer("G2-GOV-03").level == 3
    assert item.chosen() == 3  # and the screen shows it
    assert item.isAncestorOf(focused())  # the focus stays on that item
    press(qtbot, Qt.Key.Key_N)
    answer = stored(db_path, view.assessment_id, registry).record.answer("G2-GOV-03")
    assert answer.not_applicable and answer.level is None


def test_digits_typed_in_text_fields_and_spin_boxes_stay_there(
    qtbot, make_window, service, registry, db_path
):
    _window, view = _open(make_window, service, registry)
    view.show_page("area:GOV")
    item = view.current_page().items["G2-GOV-02"]
    click_radio(qtbot, item.radios[0])
    item.notes.setFocus()
    qtbot.keyClicks(item.notes, "2024 N 3")
    assert item.notes.toPlainText() == "2024 N 3"
    assert item.chosen() == 0  # no digit answered the item

    view.show_page("results")
    spin = view.page("results").targets["GOV"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert stored(db_path, view.assessment_id, registry).record.targets["GOV"] == 2.0

    with fresh_service(db_path, registry) as svc:
        assert svc.get(view.assessment_id).record.answer("G2-GOV-02").level == 0


def test_digits_do_nothing_outside_the_area_pages(qtbot, make_window, service, registry, db_path):
    _window, view = _open(make_window, service, registry)
    view.show_page("area:GOV")
    click_radio(qtbot, view.current_page().items["G2-GOV-04"].radios[1])
    _click_nav(qtbot, view, "review")
    press(qtbot, Qt.Key.Key_3)
    assert stored(db_path, view.assessment_id, registry).record.answer("G2-GOV-04").level == 1
