"""Autosave as the user meets it: every click is on disk at once, notes after a pause or on
leaving, and a window closed halfway resumes where it was.

Every check reads the database through a second service opened afresh on the same file.
"""

from __future__ import annotations

import re

from gui_helpers import (
    G2,
    click_radio,
    focused,
    fresh_service,
    owner_item,
    press,
    stored,
    type_text,
)
from PySide6.QtCore import Qt

from wen_assess.ui.assessment.item_widget import NA_ID
from wen_assess.ui.assessment.saving_text import TEXT_SAVE_DELAY_MS

pytest_plugins = ("gui_helpers",)

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
NOTE = "Évaluation à mi-parcours 2025; Quản lý"
SAVED = re.compile(r"Saved \d\d:\d\d:\d\d")


def click_nav(qtbot, view, key: str) -> None:  # type: ignore[no-untyped-def]
    """Click a section in the side panel."""
    row = [p.key for p in view.pages].index(key)
    rect = view.nav.visualItemRect(view.nav.item(row))
    qtbot.mouseClick(view.nav.viewport(), LEFT, pos=rect.center())
    assert view.current_page().key == key


def open_from_library_by_double_click(qtbot, window, assessment_id: int):  # type: ignore[no-untyped-def]
    table = window.library.table
    proxy = window.library.model
    row = next(
        r for r in range(proxy.rowCount()) if window.library.model.summary(r).id == assessment_id
    )
    centre = table.visualRect(proxy.index(row, 1)).center()
    # A real double click starts with a click (QTest's mouseDClick alone sends no first click).
    qtbot.mouseClick(table.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=centre)
    assert window.view is not None and window.view.assessment_id == assessment_id
    return window.view


# ---- 2. by mouse: saved on every click -------------------------------------------------------


def test_every_level_clicked_is_on_disk_at_once(
    qtbot, make_window, service, db_path, registry, dialogs
):
    assessment_id = service.create(G2, "MOUSEWEN")
    window = make_window()
    view = open_from_library_by_double_click(qtbot, window, assessment_id)
    saves: list[str] = []
    view.saved.connect(saves.append)
    q = view.controller.questionnaire

    qtbot.mouseClick(view.next_button, LEFT)
    qtbot.mouseClick(view.next_button, LEFT)
    clicks = 0
    for area in q.areas:
        if view.current_page().key != f"area:{area.code}":
            click_nav(qtbot, view, f"area:{area.code}")
        page = view.current_page()
        for n, item in enumerate(area.items):
            level = (n + clicks) % 4
            radio = page.items[item.id].radios[level]
            page.scroll.ensureWidgetVisible(radio)
            click_radio(qtbot, radio)
            clicks += 1

            assert radio.isChecked()
            assert len(saves) == clicks, f"{item.id}: no save reported"
            assert SAVED.fullmatch(view.saved_label.text()), view.saved_label.text()
            answer = stored(db_path, assessment_id, registry).record.answer(item.id)
            assert answer is not None and answer.level == level, item.id
            assert view.progress.value() == clicks
    assert clicks == len(q.items)
    assert window.statusBar().currentMessage() == view.saved_label.text()
    assert dialogs.calls == []


def test_not_applicable_by_mouse_is_saved_with_its_justification(
    qtbot, make_window, service, db_path, registry, dialogs
):
    assessment_id = service.create(G2, "NAWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    click_nav(qtbot, view, "area:SUP")
    page = view.current_page()
    widget = page.items["G2-SUP-05"]
    assert not widget.justification.isVisible()

    click_radio(qtbot, widget.radios[NA_ID])

    assert dialogs.calls == [], f"clicking N/A was refused: {dialogs.calls}"
    assert widget.radios[NA_ID].isChecked()
    answer = stored(db_path, assessment_id, registry).record.answer("G2-SUP-05")
    assert answer is not None and answer.not_applicable and answer.level is None
    assert widget.justification.isVisible() and focused() is widget.justification
    assert "not applicable" in widget.accessibleDescription()

    qtbot.keyClicks(widget.justification, "Covered by the secretariat")
    click_radio(qtbot, page.items["G2-SUP-06"].radios[1])  # leaving the field saves it
    answer = stored(db_path, assessment_id, registry).record.answer("G2-SUP-05")
    assert answer.justification == "Covered by the secretariat" and answer.not_applicable
    view.show_page("review")
    assert "G2-SUP-05" not in view.current_page().lists["justification"].text()


# ---- 3. notes --------------------------------------------------------------------------------


def test_notes_are_saved_after_a_pause_on_flush_and_on_close(
    qtbot, make_window, service, db_path, registry, dialogs
):
    assessment_id = service.create(G2, "NOTEWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("area:MEM")
    page = view.current_page()

    def saved_notes(item_id: str) -> str | None:
        answer = stored(db_path, assessment_id, registry).record.answer(item_id)
        return None if answer is None else answer.notes

    # Typing pauses: saved shortly after, without leaving the field.
    first = page.items["G2-MEM-01"]
    qtbot.mouseClick(first.notes.viewport(), LEFT)
    assert focused() is first.notes
    type_text(qtbot, first.notes, NOTE)
    assert first.notes.toPlainText() == NOTE
    assert saved_notes("G2-MEM-01") is None  # not yet: the save waits for a pause
    qtbot.waitUntil(lambda: saved_notes("G2-MEM-01") == NOTE, timeout=TEXT_SAVE_DELAY_MS + 2000)
    answer = stored(db_path, assessment_id, registry).record.answer("G2-MEM-01")
    assert answer.level is None and not answer.not_applicable  # the digits and N were text
    assert focused() is first.notes
    assert SAVED.fullmatch(view.saved_label.text())

    # Saved at once on flush() (what leaving a page, exporting or closing does).
    second = page.items["G2-MEM-02"]
    second.notes.setFocus()
    type_text(qtbot, second.notes, "Mạng lưới — réunion n°2")
    view.flush()
    assert saved_notes("G2-MEM-02") == "Mạng lưới — réunion n°2"

    # Saved at once when focus leaves the field.
    third = page.items["G2-MEM-03"]
    third.notes.setFocus()
    type_text(qtbot, third.notes, "Œuvre commune")
    press(qtbot, Qt.Key.Key_Tab)
    assert saved_notes("G2-MEM-03") == "Œuvre commune"

    # Saved at once when the window is closed.
    fourth = page.items["G2-MEM-04"]
    fourth.notes.setFocus()
    type_text(qtbot, fourth.notes, "Quản lý rừng đặc dụng, çà et là")
    window.close()
    assert saved_notes("G2-MEM-04") == "Quản lý rừng đặc dụng, çà et là"
    assert saved_notes("G2-MEM-01") == NOTE
    assert dialogs.calls == []


def test_a_justification_is_saved_on_close(qtbot, make_window, service, db_path, registry):
    assessment_id = service.create(G2, "JUSTWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("area:DEL")
    page = view.current_page()
    widget = page.items["G2-DEL-01"]
    assert owner_item(page.items, focused()) == "G2-DEL-01"
    press(qtbot, Qt.Key.Key_N)
    assert focused() is widget.justification
    type_text(qtbot, widget.justification, "Không áp dụng: à revoir")
    window.close()
    answer = stored(db_path, assessment_id, registry).record.answer("G2-DEL-01")
    assert answer.not_applicable and answer.justification == "Không áp dụng: à revoir"


# ---- 4. resume -------------------------------------------------------------------------------


def test_a_window_closed_halfway_resumes_where_it_was(
    qtbot, make_window, service, db_path, registry, dialogs
):
    assessment_id = service.create(G2, "RESUMEWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    click_nav(qtbot, view, "area:MEM")
    mem = view.current_page()
    mem_levels = {"G2-MEM-01": 3, "G2-MEM-02": 0, "G2-MEM-03": 2}
    for item_id, level in mem_levels.items():
        click_radio(qtbot, mem.items[item_id].radios[level])
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    gov = view.current_page()
    assert gov.key == "area:GOV"
    press(qtbot, Qt.Key.Key_1)  # focus starts in the first open item: G2-GOV-01
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert owner_item(gov.items, focused()) == "G2-GOV-02"
    press(qtbot, Qt.Key.Key_2)
    gov.items["G2-GOV-03"].notes.setFocus()
    type_text(qtbot, gov.items["G2-GOV-03"].notes, NOTE)

    window.close()  # at once: the note was never saved by its timer
    assert not window.isVisible()

    with fresh_service(db_path, registry) as second:
        assert second.get(assessment_id).last_page == "area:GOV"
        again = make_window(second)
        # Open it from the library with the keyboard: select the row, press Enter.
        again.library.select_id(assessment_id)
        press(qtbot, Qt.Key.Key_Return)
        resumed = again.view
        assert resumed is not None and resumed.assessment_id == assessment_id
        page = resumed.current_page()
        assert page.key == "area:GOV"
        assert resumed.nav.currentRow() == [p.key for p in resumed.pages].index("area:GOV")
        assert page.items["G2-GOV-01"].radios[1].isChecked()
        assert page.items["G2-GOV-02"].radios[2].isChecked()
        assert page.items["G2-GOV-03"].notes.toPlainText() == NOTE
        assert not any(r.isChecked() for r in page.items["G2-GOV-03"].radios.values())
        assert resumed.progress.value() == 5
        resumed.show_page("area:MEM")
        for item_id, level in mem_levels.items():
            assert resumed.current_page().items[item_id].radios[level].isChecked()
        again.close()
    assert dialogs.calls == []


def test_resuming_on_an_area_page_puts_the_focus_in_its_first_open_item(
    qtbot, make_window, service, db_path
):
    """As when the page is entered with Ctrl+PgDown: a digit typed at once answers the item."""
    assessment_id = service.create(G2, "FOCUSWEN")
    service.set_answer(assessment_id, "G2-GOV-01", level=2)
    service.set_last_page(assessment_id, "area:GOV")
    window = make_window()
    window.library.select_id(assessment_id)
    press(qtbot, Qt.Key.Key_Return)
    page = window.view.current_page()
    assert page.key == "area:GOV"
    assert owner_item(page.items, focused()) == "G2-GOV-02", f"focus is on {focused()!r}"
    press(qtbot, Qt.Key.Key_3)
    assert stored(db_path, assessment_id).record.answer("G2-GOV-02").level == 3
