"""Mistakes are cheap: clear an answer, and undo/redo every edit, each undo saved like any change.

After every step the database is read through a second service opened afresh on the same file,
and the screen is checked to show the same thing.
"""

from __future__ import annotations

from datetime import date

from gui_helpers import G2, click_radio, focused, press, stored, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from wen_assess.ui.assessment import saving_text
from wen_assess.ui.assessment.item_widget import NA_ID
from wen_assess.vocabulary import COMPLETED

pytest_plugins = ("gui_helpers",)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ITEM = "G2-GOV-07"


def _open(make_window, service, page="area:GOV"):  # type: ignore[no-untyped-def]
    assessment_id = service.create(G2, "Undo WEN")
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page(page)
    return window, window.view, assessment_id


def _answer(db_path, assessment_id, registry, item_id=ITEM):  # type: ignore[no-untyped-def]
    return stored(db_path, assessment_id, registry).record.answer(item_id)


def _menu_text(action) -> str:  # type: ignore[no-untyped-def]
    return action.text().replace("&", "")


def _undo(qtbot, window):  # type: ignore[no-untyped-def]
    """Ctrl+Z from where the focus is, if not in a text field; the menu otherwise."""
    window.view.nav.setFocus()  # not in a text field, whose own Ctrl+Z undoes typing
    press(qtbot, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, window, keys="Ctrl+Y"):  # type: ignore[no-untyped-def]
    window.view.nav.setFocus()
    if keys == "Ctrl+Y":
        press(qtbot, Qt.Key.Key_Y, CTRL)
    else:
        press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)


# ---- answers -----------------------------------------------------------------------------------


def test_levels_clear_and_na_undo_and_redo_step_by_step(
    qtbot, make_window, service, db_path, registry
):
    window, view, aid = _open(make_window, service)
    item = view.current_page().items[ITEM]
    assert not window.undo_action.isEnabled()

    click_radio(qtbot, item.radios[1])
    click_radio(qtbot, item.radios[3])
    assert _answer(db_path, aid, registry).level == 3
    assert _menu_text(window.undo_action) == f"Undo level of {ITEM}"

    item.setFocus()
    press(qtbot, Qt.Key.Key_Delete)  # clear
    assert _answer(db_path, aid, registry).level is None
    assert item.chosen() is None
    assert _menu_text(window.undo_action) == f"Undo clearing {ITEM}"

    item.choose(NA_ID)
    answer = _answer(db_path, aid, registry)
    assert answer.not_applicable and answer.level is None
    assert _menu_text(window.undo_action) == f"Undo N/A of {ITEM}"

    # Back through the history, each step on disk and on screen.
    expected = [None, 3, 1, None]  # after undoing N/A, the clear, the 3, the 1
    for level in expected:
        _undo(qtbot, window)
        answer = _answer(db_path, aid, registry)
        assert not answer or not answer.not_applicable
        assert (answer.level if answer else None) == level
        assert item.chosen() == level
        assert view.controller.record.answer(ITEM) is None or (
            view.controller.record.answer(ITEM).level == level
        )
    assert not window.undo_action.isEnabled()
    assert view.progress.value() == 0  # the progress bar follows the undo

    _redo(qtbot, window)
    assert _answer(db_path, aid, registry).level == 1 and item.chosen() == 1
    _redo(qtbot, window, "Ctrl+Shift+Z")
    assert _answer(db_path, aid, registry).level == 3 and item.chosen() == 3
    assert _menu_text(window.redo_action) == f"Redo clearing {ITEM}"
    assert view.progress.value() == 1


def test_clear_by_button_context_menu_and_edit_menu(qtbot, make_window, service, db_path, registry):
    window, view, aid = _open(make_window, service)
    item = view.current_page().items[ITEM]
    assert item.clear_button.isHidden()  # nothing to clear yet
    click_radio(qtbot, item.radios[2])
    assert item.clear_button.isVisible()
    qtbot.mouseClick(item.clear_button, Qt.MouseButton.LeftButton)
    assert _answer(db_path, aid, registry).level is None and item.chosen() is None
    assert item.clear_button.isHidden()

    click_radio(qtbot, item.radios[2])
    menu = item.context_menu()  # what a right click opens
    [clear] = [a for a in menu.actions() if a.text() == "Clear answer"]
    assert clear.isEnabled()
    clear.trigger()
    assert _answer(db_path, aid, registry).level is None and item.chosen() is None

    click_radio(qtbot, item.radios[1])
    view.nav.setFocus()  # the Edit menu acts on the item last worked on
    window.clear_action.trigger()
    assert _answer(db_path, aid, registry).level is None and item.chosen() is None
    # Notes and flag are not part of the answer's level: clearing keeps them.


def _notes_saved(db_path, aid, registry) -> str | None:  # type: ignore[no-untyped-def]
    answer = _answer(db_path, aid, registry)
    return answer.notes if answer is not None else None


def test_note_keystrokes_merge_into_one_undo_and_flag_undoes(
    qtbot, make_window, service, db_path, registry, monkeypatch
):
    # The pause before a note is saved, shortened: what is checked here is that two saves of
    # one note are one undo step, whatever the pause (test_gui_autosave keeps the app's own).
    pause_ms = 100
    monkeypatch.setattr(saving_text, "TEXT_SAVE_DELAY_MS", pause_ms)
    window, view, aid = _open(make_window, service)
    item = view.current_page().items[ITEM]
    item.notes.setFocus()
    type_text(qtbot, item.notes, "Minutes 2024")
    qtbot.waitUntil(lambda: _notes_saved(db_path, aid, registry) == "Minutes 2024")
    type_text(qtbot, item.notes, ", annex B")
    qtbot.waitUntil(lambda: _notes_saved(db_path, aid, registry) == "Minutes 2024, annex B")
    assert _answer(db_path, aid, registry).notes == "Minutes 2024, annex B"
    assert view.controller.undo_stack.count() == 1  # two saves of one note: one edit
    assert _menu_text(window.undo_action) == f"Undo notes of {ITEM}"

    qtbot.mouseClick(item.flag, Qt.MouseButton.LeftButton)
    assert _answer(db_path, aid, registry).flagged
    _undo(qtbot, window)
    assert not _answer(db_path, aid, registry).flagged and not item.flag.isChecked()
    _undo(qtbot, window)
    assert _answer(db_path, aid, registry).notes == "" and item.notes.toPlainText() == ""
    _redo(qtbot, window)
    assert _answer(db_path, aid, registry).notes == "Minutes 2024, annex B"
    assert item.notes.toPlainText() == "Minutes 2024, annex B"


def test_a_half_typed_note_is_saved_before_the_menu_undoes_it(
    qtbot, make_window, service, db_path, registry
):
    window, view, aid = _open(make_window, service)
    item = view.current_page().items[ITEM]
    click_radio(qtbot, item.radios[2])
    item.notes.setFocus()
    type_text(qtbot, item.notes, "typo")
    edit_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    edit_menu.aboutToShow.emit()  # opening the Edit menu saves what is typed
    assert _menu_text(window.undo_action) == f"Undo notes of {ITEM}"
    window.undo_action.trigger()
    answer = _answer(db_path, aid, registry)
    assert answer.notes == "" and answer.level == 2


# ---- profile, participants, targets, plan --------------------------------------------------


def test_profile_participants_target_and_plan_edits_undo(
    qtbot, make_window, service, db_path, registry
):
    window, view, aid = _open(make_window, service, page="profile")
    profile = view.page("profile")
    profile.region.setFocus()
    type_text(qtbot, profile.region, "South-East Asia")
    view.nav.setFocus()  # leaving the field saves it
    assert stored(db_path, aid, registry).record.network.region == "South-East Asia"
    assert _menu_text(window.undo_action) == "Undo region"
    _undo(qtbot, window)
    assert stored(db_path, aid, registry).record.network.region == ""
    assert profile.region.text() == ""
    profile.date.setDate(date(2025, 3, 4))
    _undo(qtbot, window)
    assert stored(db_path, aid, registry).record.assessment_date != date(2025, 3, 4)

    view.show_page("participants")
    participants = view.page("participants")
    qtbot.mouseClick(participants.add_button, Qt.MouseButton.LeftButton)
    participants.table.item(0, 0).setText("Chair")
    assert [p.name for p in stored(db_path, aid, registry).record.participants] == ["Chair"]
    assert _menu_text(window.undo_action) == "Undo participants"
    _undo(qtbot, window)
    assert [p.name for p in stored(db_path, aid, registry).record.participants] == [""]
    _undo(qtbot, window)
    assert stored(db_path, aid, registry).record.participants == []
    assert participants.table.rowCount() == 0
    _redo(qtbot, window)
    assert participants.table.rowCount() == 1

    view.show_page("results")
    spin = view.page("results").targets["GOV"]
    spin.setValue(2.5)
    spin.setValue(3.0)  # two steps of one box: one edit
    assert stored(db_path, aid, registry).record.targets["GOV"] == 3.0
    assert _menu_text(window.undo_action) == "Undo target of GOV"
    _undo(qtbot, window)
    assert "GOV" not in stored(db_path, aid, registry).record.targets
    assert spin.value() == view.controller.result.area("GOV").target

    view.show_page("area:GOV")
    click_radio(qtbot, view.current_page().items[ITEM].radios[1])  # a plan line
    view.show_page("plan")
    plan = view.page("plan")
    row = [e.item_id for e in plan.entries].index(ITEM)
    plan.table.item(row, 4).setText("Secretariat")  # owner
    assert stored(db_path, aid, registry).record.actions[0].owner == "Secretariat"
    assert _menu_text(window.undo_action) == f"Undo plan owner of {ITEM}"
    _undo(qtbot, window)
    assert stored(db_path, aid, registry).record.actions == []
    assert plan.table.item(row, 4).text() == ""
    assert view.current_page().key == "plan"


def test_the_history_belongs_to_the_open_assessment(qtbot, make_window, service):
    window, view, _ = _open(make_window, service)
    click_radio(qtbot, view.current_page().items[ITEM].radios[2])
    assert window.undo_action.isEnabled()
    other = service.create(G2, "Other WEN")
    window.open_assessment(other)
    assert not window.undo_action.isEnabled()
    window.show_library()
    assert not window.undo_action.isEnabled()


def test_undo_shows_the_item_where_it_happened(qtbot, make_window, service, db_path, registry):
    window, view, aid = _open(make_window, service)
    click_radio(qtbot, view.current_page().items[ITEM].radios[2])
    view.show_page("results")
    _undo(qtbot, window)
    assert view.current_page().key == "area:GOV"
    assert focused() is view.current_page().items[ITEM].radios[0] or (
        view.current_page().items[ITEM].isAncestorOf(focused())
    )
    assert _answer(db_path, aid, registry).level is None


def test_ctrl_z_in_a_text_field_takes_back_typing_first_then_the_last_edit(
    qtbot, make_window, service, db_path, registry
):
    _window, view, aid = _open(make_window, service)
    item = view.current_page().items[ITEM]
    click_radio(qtbot, item.radios[2])
    item.notes.setFocus()  # nothing typed here yet: Ctrl+Z undoes the level
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _answer(db_path, aid, registry).level is None and item.chosen() is None

    item.notes.setFocus()
    type_text(qtbot, item.notes, "abc")
    press(qtbot, Qt.Key.Key_Z, CTRL)  # typing in progress: the field's own undo
    assert item.notes.toPlainText() == ""
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert item.notes.toPlainText() == "abc"


def test_the_edit_menu_names_the_item_it_acts_on(qtbot, make_window, service):
    window, view, _ = _open(make_window, service)
    item = view.current_page().items[ITEM]
    click_radio(qtbot, item.radios[2])
    edit_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    edit_menu.aboutToShow.emit()
    assert _menu_text(window.clear_action) == f"Clear answer of {ITEM}"
    assert window.clear_action.isEnabled()
    assert not window.confirm_action.isEnabled()  # not carried over


def test_completing_closes_the_history_of_answers(qtbot, make_window, service, db_path, registry):
    aid = service.create(G2, "Complete WEN")
    for item in registry.get(G2).items:
        service.set_answer(aid, item.id, level=2)
    window = make_window()
    window.open_assessment(aid)
    view = window.view
    view.show_page("area:GOV")
    click_radio(qtbot, view.current_page().items[ITEM].radios[3])
    assert window.undo_action.isEnabled()
    view.show_page("results")
    qtbot.mouseClick(view.page("results").complete_button, Qt.MouseButton.LeftButton)
    assert stored(db_path, aid, registry).record.status == COMPLETED
    assert not window.undo_action.isEnabled()  # a completed assessment's answers are locked
