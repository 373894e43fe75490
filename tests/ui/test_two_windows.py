"""Two people on one database file: two MainWindows, each with its own service (as two app
instances on a shared office PC), the same assessment open in both.

Each sees the other's saved changes within seconds, the field being typed in is never
overwritten, an edit based on a value changed since is a conflict the user resolves (keep mine
/ take theirs), and either way both values stay in the history. What is checked is read back
from disk through a third service.
"""

from __future__ import annotations

import pytest
from gui_helpers import G2, fresh_service, stored, type_text
from PySide6.QtWidgets import QApplication

from wen_assess.storage.history_text import describe
from wen_assess.ui.assessment.conflict_dialog import ConflictDialog
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.history_view import HistoryDialog

pytest_plugins = ("gui_helpers",)

ITEM = "G2-GOV-01"


@pytest.fixture
def windows(make_window, service, bruno, monkeypatch):  # type: ignore[no-untyped-def]
    """Amina's and Bruno's windows, both on the same assessment's first area; each polls for
    the other's changes every 0.2 s, so a test waits less for them to arrive (the first test
    keeps the app's own interval)."""
    monkeypatch.setattr(AssessmentController, "POLL_MS", 200)
    return open_both(make_window, service, bruno)


@pytest.fixture
def windows_polling_as_the_app_does(make_window, service, bruno):  # type: ignore[no-untyped-def]
    return open_both(make_window, service, bruno)


def open_both(make_window, service, bruno):  # type: ignore[no-untyped-def]
    """Amina's and Bruno's windows, both on the same assessment's first area."""
    service.user = "Amina"
    assessment_id = service.create(G2, "Shared WEN")
    pair = []
    for svc in (service, bruno):
        window = make_window(svc)
        window.open_assessment(assessment_id)
        window.view.jump_to_item(ITEM)
        pair.append(window)
    return assessment_id, pair[0], pair[1]


def item(window, item_id=ITEM):  # type: ignore[no-untyped-def]
    return window.view.current_page().items[item_id]


def test_a_saved_change_shows_in_the_other_window_within_seconds(
    qtbot, windows_polling_as_the_app_does
) -> None:
    windows = windows_polling_as_the_app_does
    _, amina, bruno = windows
    item(amina).choose(2)
    item(amina).flag.click()
    # Bruno's window polls on its own timer: no call from the test.
    qtbot.waitUntil(lambda: item(bruno).chosen() == 2, timeout=5000)
    assert item(bruno).flag.isChecked()
    assert bruno.view.progress.value() == 1
    assert stored_answer(windows, ITEM).level == 2


def stored_answer(windows, item_id):  # type: ignore[no-untyped-def]
    assessment_id, amina, _ = windows
    return stored(amina.service.database.path, assessment_id).record.answer(item_id)


def test_the_note_being_typed_is_not_overwritten_and_keep_mine_saves_it(
    qtbot, windows, answers
) -> None:
    assessment_id, amina, bruno = windows
    bruno_notes = item(bruno).notes
    bruno_notes.setFocus()
    type_text(qtbot, bruno_notes, "Bruno: minutes of 2 March")  # typed, not yet saved
    item(amina).notes_text.set_text("")
    type_text(qtbot, item(amina).notes, "Amina: annual report")
    item(amina).flush()
    bruno.view.controller.poll()  # Amina's note arrives while Bruno types
    assert bruno_notes.toPlainText() == "Bruno: minutes of 2 March"  # left alone
    item(bruno).flush()  # Bruno's pause: his note is saved... on top of a note he never saw
    [conflict] = answers["shown"]
    assert conflict.theirs.notes == "Amina: annual report"
    assert conflict.last.by == "Amina"
    assert stored_answer(windows, ITEM).notes == "Bruno: minutes of 2 March"  # kept mine
    amina.view.controller.poll()
    assert item(amina).notes.toPlainText() == "Bruno: minutes of 2 March"
    with fresh_service(amina.service.database.path) as svc:
        notes = [e.new["notes"] for e in svc.history(assessment_id, ITEM)]
    assert notes == ["Amina: annual report", "Bruno: minutes of 2 March"]  # both kept


def test_take_theirs_keeps_their_value_everywhere_and_mine_in_the_history(
    qtbot, windows, answers
) -> None:
    assessment_id, amina, bruno = windows
    answers["keep_mine"] = False
    bruno.view.controller.stop_polling()  # Bruno has not seen Amina's level yet
    item(amina).choose(1)
    item(bruno).choose(3)
    [conflict] = answers["shown"]
    assert (conflict.theirs.level, conflict.mine) == (1, {"level": 3})
    assert item(bruno).chosen() == 1  # theirs shown
    assert bruno.view.progress.value() == 1
    assert stored_answer(windows, ITEM).level == 1
    assert not bruno.view.controller.undo_stack.canUndo()  # nothing of Bruno's was saved
    with fresh_service(amina.service.database.path) as svc:
        lines = [f"{e.by}: {describe(e)}" for e in svc.history(assessment_id, ITEM)]
    assert lines == ["Amina: – → 1", "Bruno: set aside in a conflict, their value kept: 1 → 3"]
    # Bruno's value is still there to read, in full, in the item's history.
    dialog = HistoryDialog("", bruno.view.controller.history(ITEM), show_items=False)
    assert dialog.details.toPlainText() == "level\n    kept (theirs): 1\n    set aside (mine): 3"


def test_keep_mine_on_a_level_shows_mine_in_both_windows(qtbot, windows, answers) -> None:
    _, amina, bruno = windows
    bruno.view.controller.stop_polling()
    item(amina).choose(1)
    item(bruno).choose(3)
    assert len(answers["shown"]) == 1
    assert stored_answer(windows, ITEM).level == 3
    qtbot.waitUntil(lambda: item(amina).chosen() == 3, timeout=5000)
    assert item(bruno).chosen() == 3
    assert bruno.view.controller.undo_stack.canUndo()  # Bruno's edit, saved, can be undone


def test_an_edit_of_another_field_is_no_conflict(qtbot, windows, answers) -> None:
    _, amina, bruno = windows
    bruno.view.controller.stop_polling()
    item(amina).choose(2)
    item(bruno).flag.click()
    assert answers["shown"] == []
    answer = stored_answer(windows, ITEM)
    assert (answer.level, answer.flagged) == (2, True)


def test_item_and_assessment_history_say_who_changed_what(qtbot, windows, monkeypatch) -> None:
    _, amina, bruno = windows
    item(amina).choose(1)
    qtbot.waitUntil(lambda: item(bruno).chosen() == 1, timeout=5000)
    item(bruno).choose(2)
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    menu = item(amina).context_menu()
    [entry] = [a for a in menu.actions() if a.text().startswith("&History")]
    entry.trigger()
    lines = shown[-1].lines()
    assert lines[0].startswith("Changed by Bruno on ") and lines[0].endswith(": 1 → 2")
    assert lines[1].startswith("Changed by Amina on ") and lines[1].endswith(": – → 1")
    assert shown[-1].table.topLevelItemCount() == 2
    bruno.history_action.trigger()  # Assessment > History… (Ctrl+H)
    whole = shown[-1]
    assert whole.table.headerItem().text(2) == "Item"
    assert [whole.table.topLevelItem(n).text(1) for n in range(3)] == ["Bruno", "Amina", "Amina"]
    assert whole.lines()[-1].endswith(": created")


def test_an_assessment_deleted_elsewhere_closes_with_a_message(
    qtbot, windows, dialogs, bruno
) -> None:
    assessment_id, amina, _ = windows
    bruno.delete(assessment_id)
    qtbot.waitUntil(lambda: amina.view is None, timeout=5000)
    assert dialogs.of("warning")[-1].title == "Assessment deleted"
    assert QApplication.activeModalWidget() is None


def test_a_profile_field_typed_over_someone_elses_change_is_a_conflict(
    qtbot, windows, answers
) -> None:
    assessment_id, amina, bruno = windows
    answers["keep_mine"] = False
    for window in (amina, bruno):
        window.view.show_page("profile")
    bruno.view.controller.stop_polling()
    facilitator = bruno.view.page("profile").facilitator
    facilitator.setFocus()
    type_text(qtbot, facilitator, "Bruno Okello")
    mine = amina.view.page("profile").facilitator
    mine.setFocus()
    type_text(qtbot, mine, "Amina Mwangi")
    amina.view.flush()
    bruno.view.flush()
    [conflict] = answers["shown"]
    assert (conflict.what, conflict.mine) == ("profile", {"facilitator": "Bruno Okello"})
    assert facilitator.text() == "Amina Mwangi"  # took theirs: shown in Bruno's window
    assert stored(amina.service.database.path, assessment_id).record.facilitator == "Amina Mwangi"
    with fresh_service(amina.service.database.path) as svc:
        last = svc.history(assessment_id)[-1]
    assert (last.by, last.what, last.new) == ("Bruno", "discarded", {"facilitator": "Bruno Okello"})


def test_plan_edits_merge_and_the_same_field_is_a_conflict(
    qtbot, windows, answers, service
) -> None:
    _assessment_id, amina, bruno = windows
    for item_id in ("G2-GOV-01", "G2-GOV-02"):
        item(amina, item_id).choose(0)  # two priorities: two plan lines
    qtbot.waitUntil(lambda: item(bruno, "G2-GOV-02").chosen() == 0, timeout=5000)
    for window in (amina, bruno):
        window.view.show_page("plan")
    bruno.view.controller.stop_polling()  # Bruno's plan page shows the plan before Amina's edits
    amina_plan, bruno_plan = amina.view.page("plan"), bruno.view.page("plan")
    amina_plan._save("G2-GOV-01", owner="Kenya Wildlife Service")
    bruno_plan._save("G2-GOV-02", owner="TRAFFIC")  # another line: both kept, no question
    assert answers["shown"] == []
    owners = {a.item_id: a.owner for a in stored_actions(windows)}
    assert owners == {"G2-GOV-01": "Kenya Wildlife Service", "G2-GOV-02": "TRAFFIC"}
    bruno_plan._save("G2-GOV-01", owner="INTERPOL")  # the line Amina changed, unseen
    [conflict] = answers["shown"]
    assert (conflict.what, conflict.theirs, conflict.last.by) == (
        "plan",
        {"owner": "Kenya Wildlife Service"},
        "Amina",
    )
    owners = {a.item_id: a.owner for a in stored_actions(windows)}
    assert owners == {"G2-GOV-01": "INTERPOL", "G2-GOV-02": "TRAFFIC"}  # kept mine


def stored_actions(windows):  # type: ignore[no-untyped-def]
    assessment_id, amina, _ = windows
    return stored(amina.service.database.path, assessment_id).record.actions


def test_item_history_from_the_edit_menu_acts_on_the_item_worked_on(
    qtbot, windows, monkeypatch
) -> None:
    _, amina, _ = windows
    item(amina).choose(3)
    item(amina).radios[3].setFocus()
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    assert amina.item_history_action.shortcut().toString() == "Ctrl+Shift+H"
    amina.item_history_action.trigger()
    assert shown[-1].windowTitle().startswith(f"History of {ITEM}")
    assert shown[-1].lines()[0].endswith(": – → 3")


def test_the_name_is_asked_once_and_can_be_changed_from_the_file_menu(
    make_window, service, registry, dialogs, monkeypatch, db_path
) -> None:
    from wen_assess.ui.main_window import MainWindow
    from wen_assess.ui.user_name import ask_once

    monkeypatch.delenv("WEN_ASSESS_USER")
    window = make_window()
    dialogs.text_answer = ("  Amina   Mwangi ", True)
    ask_once(window, service)  # the first start
    assert [c.kind for c in dialogs.calls] == ["text"]
    assert service.user == "Amina Mwangi"
    ask_once(window, service)  # asked once only
    assert len(dialogs.calls) == 1
    assessment_id = service.create(G2, "Named WEN")
    with fresh_service(db_path, registry) as other:
        MainWindow(other).deleteLater()  # the next start takes the saved name
        assert other.user == "Amina Mwangi"
    dialogs.text_answer = ("A. Mwangi", True)
    [action] = [a for a in window.menuBar().actions()[0].menu().actions() if "name" in a.text()]
    action.trigger()
    service.set_answer(assessment_id, ITEM, level=1)
    assert [e.by for e in service.history(assessment_id)] == ["Amina Mwangi", "A. Mwangi"]
    dialogs.text_answer = ("   ", True)  # an empty name is not taken
    action.trigger()
    assert service.user == "A. Mwangi"


def test_a_name_in_the_environment_too_long_for_the_history_is_asked_for_instead(
    make_window, service, dialogs, monkeypatch
) -> None:
    from wen_assess.ui.user_name import ask_once
    from wen_assess.vocabulary import SHORT_TEXT_MAX

    monkeypatch.setenv("WEN_ASSESS_USER", "W" * (SHORT_TEXT_MAX + 1))
    window = make_window()
    dialogs.text_answer = ("Amina Mwangi", True)
    ask_once(window, service)
    assert [c.kind for c in dialogs.calls] == ["text"]
    assessment_id = service.create(G2, "Named WEN")
    service.set_answer(assessment_id, ITEM, level=1)
    assert {e.by for e in service.history(assessment_id)} == {"Amina Mwangi"}


def test_the_conflict_dialog_shows_both_values_and_who(qtbot) -> None:
    from datetime import datetime

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from wen_assess.records import AnswerRecord, ChangeRecord
    from wen_assess.storage.service import Conflict

    last = ChangeRecord(at=datetime(2026, 3, 2, 12, 0), by="Bruno", what="answer", item_id=ITEM)
    conflict = Conflict(
        ITEM, AnswerRecord(item_id=ITEM, notes="his note"), {"notes": "my note"}, last
    )
    dialog = ConflictDialog(conflict, f"{ITEM} — Formal founding instrument")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(
        t.startswith("Bruno changed G2-GOV-01 — Formal founding instrument on 2 March")
        for t in texts
    )
    assert {"Notes", "his note", "my note"} <= set(texts)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape keeps theirs (mine goes to the history)
    assert dialog.result() == ConflictDialog.DialogCode.Rejected
    dialog.show()
    dialog.keep_mine.click()
    assert dialog.result() == ConflictDialog.DialogCode.Accepted


def test_participants_edited_over_someone_elses_change_is_a_conflict(
    qtbot, windows, answers
) -> None:
    from wen_assess.records import ParticipantRecord

    assessment_id, amina, bruno = windows
    for window in (amina, bruno):
        window.view.show_page("participants")
    bruno.view.controller.stop_polling()
    amina_page, bruno_page = amina.view.page("participants"), bruno.view.page("participants")
    amina_page._append(ParticipantRecord(name="Amina Mwangi", organisation="KWS"))
    amina_page._save()
    bruno_page._append(ParticipantRecord(name="Bruno Okello", organisation="UNODC"))
    bruno_page._save()  # his list did not show Amina's row: saving it would drop hers
    [conflict] = answers["shown"]
    assert conflict.what == "participants"
    assert conflict.their_value("participants")[0]["name"] == "Amina Mwangi"
    names = [p.name for p in stored(amina.service.database.path, assessment_id).record.participants]
    assert names == ["Bruno Okello"]  # kept mine, knowingly
    with fresh_service(amina.service.database.path) as svc:
        kinds = [(e.by, e.what) for e in svc.history(assessment_id)]
    assert kinds[-2:] == [("Amina", "participants"), ("Bruno", "participants")]
    answers["keep_mine"] = False
    bruno_page._append(ParticipantRecord(name="Third person"))
    bruno_page._save()  # based on his own saved list: no conflict
    assert len(answers["shown"]) == 1
