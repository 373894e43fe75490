"""Undo keeps working while someone else answers other items of the same assessment: Amina's
window takes in Bruno's saved answers and her own edits can still be undone and redone. An
undo puts back only what her edit changed, and where Bruno has since changed that very
value, the undo is a conflict she resolves (keep mine / take theirs), never a silent
overwrite. Others' changes to the plan, targets or profile still start her undo afresh.
What is checked is read back from disk through a separate service."""

from __future__ import annotations

import pytest
from gui_helpers import G2, fresh_service, stored

from wen_assess.storage.history_text import describe
from wen_assess.ui.assessment.conflict_dialog import ConflictDialog

pytest_plugins = ("gui_helpers",)

MINE, THEIRS = "G2-GOV-01", "G2-GOV-02"


@pytest.fixture
def amina(make_window, service):  # type: ignore[no-untyped-def]
    service.user = "Amina"
    assessment_id = service.create(G2, "Shared WEN")
    window = make_window(service)
    window.open_assessment(assessment_id)
    window.view.jump_to_item(MINE)
    window.view.controller.stop_polling()  # each test says when Bruno's saves arrive
    return assessment_id, window


def item(window, item_id=MINE):  # type: ignore[no-untyped-def]
    return window.view.page("area:GOV").items[item_id]


def on_disk(window, assessment_id, item_id):  # type: ignore[no-untyped-def]
    return stored(window.service.database.path, assessment_id).record.answer(item_id)


def test_undo_and_redo_still_work_after_someone_else_answers_another_item(
    amina, bruno, answers
) -> None:
    assessment_id, window = amina
    item(window).choose(1)
    item(window).choose(2)
    bruno.set_answer(assessment_id, THEIRS, level=3)
    window.view.controller.poll()  # Bruno's answer arrives
    assert item(window, THEIRS).chosen() == 3
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == f"&Undo level of {MINE}"

    window.undo_action.trigger()
    assert item(window).chosen() == 1
    assert (
        on_disk(window, assessment_id, MINE).level,
        on_disk(window, assessment_id, THEIRS).level,
    ) == (1, 3)
    window.undo_action.trigger()
    assert (
        on_disk(window, assessment_id, MINE) is None
        or on_disk(window, assessment_id, MINE).level is None
    )
    assert item(window).chosen() is None
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert on_disk(window, assessment_id, MINE).level == 2
    assert on_disk(window, assessment_id, THEIRS).level == 3  # Bruno's answer never touched
    assert answers["shown"] == []  # nothing of Bruno's was in the way
    assert window.view.progress.value() == 2


def test_undoing_a_note_keeps_the_level_someone_else_set_on_the_same_item(
    qtbot, amina, bruno, answers
) -> None:
    assessment_id, window = amina
    item(window).notes_text.set_text("")
    item(window).notes.setFocus()
    qtbot.keyClicks(item(window).notes, "minutes of 2 March")
    item(window).flush()
    bruno.set_answer(assessment_id, MINE, level=3)
    window.view.controller.poll()
    window.undo_action.trigger()  # Amina's note goes; Bruno's level is another field
    answer = on_disk(window, assessment_id, MINE)
    assert (answer.notes, answer.level) == ("", 3)
    assert answers["shown"] == []
    assert item(window).chosen() == 3 and item(window).notes.toPlainText() == ""


@pytest.mark.parametrize("keep_mine", [True, False])
def test_an_undo_of_a_level_someone_has_changed_since_is_a_conflict(
    amina, bruno, answers, keep_mine
) -> None:
    assessment_id, window = amina
    answers["keep_mine"] = keep_mine
    item(window).choose(1)
    item(window).choose(2)
    bruno.set_answer(assessment_id, MINE, level=3)
    window.view.controller.poll()
    window.undo_action.trigger()  # would put 1 back over Bruno's 3
    [conflict] = answers["shown"]
    assert (conflict.theirs.level, conflict.mine) == (3, {"level": 1})
    assert conflict.last is not None and conflict.last.by == "Bruno"
    expected = 1 if keep_mine else 3
    assert on_disk(window, assessment_id, MINE).level == expected
    assert item(window).chosen() == expected
    # Taking theirs drops that step: the next undo is the edit before it.
    assert window.undo_action.text() == f"&Undo level of {MINE}"
    assert window.undo_action.isEnabled()


def test_others_changing_the_plan_or_a_target_start_the_undo_afresh(amina, bruno) -> None:
    assessment_id, window = amina
    item(window).choose(1)
    bruno.set_target(assessment_id, "GOV", 2.0)
    window.view.controller.poll()
    assert not window.undo_action.isEnabled()  # a target's undo has no check of its own
    assert on_disk(window, assessment_id, MINE).level == 1


# ---- an area's target, changed by two people ------------------------------------------------


def target_spin(window, area="GOV"):  # type: ignore[no-untyped-def]
    window.view.show_page("results")
    return window.view.page("results").targets[area]


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_target_someone_else_changed_since_is_a_conflict_not_an_overwrite(
    amina, bruno, answers, keep_mine
) -> None:
    assessment_id, window = amina
    answers["keep_mine"] = keep_mine
    spin = target_spin(window)
    bruno.set_target(assessment_id, "GOV", 2.0)  # not yet seen in Amina's window
    spin.setValue(2.5)
    [conflict] = answers["shown"]
    assert (conflict.what, conflict.item_id) == ("target", "GOV")
    assert (conflict.their_value("target"), conflict.mine) == (2.0, {"target": 2.5})
    assert conflict.last is not None and conflict.last.by == "Bruno"
    expected = 2.5 if keep_mine else 2.0
    assert stored(window.service.database.path, assessment_id).record.targets == {"GOV": expected}
    assert window.view.controller.result.area("GOV").target == expected
    assert target_spin(window).value() == expected  # the page shows what is stored
    with fresh_service(window.service.database.path) as svc:
        lines = [describe(e) for e in svc.history(assessment_id) if e.item_id == "GOV"]
    assert lines[0] == "target – → 2.0"
    assert lines[1] == ("target 2.0 → 2.5" if keep_mine else
                        "set aside in a conflict, their value kept: target 2.0 → 2.5")  # fmt: skip


def test_undoing_a_target_someone_else_changed_since_asks(amina, bruno, answers) -> None:
    assessment_id, window = amina
    answers["keep_mine"] = False
    target_spin(window).setValue(2.5)
    bruno.set_target(assessment_id, "GOV", 1.5)
    window.undo_action.trigger()  # would put the default back over Bruno's 1.5
    [conflict] = answers["shown"]
    assert (conflict.their_value("target"), conflict.mine) == (1.5, {"target": None})
    assert stored(window.service.database.path, assessment_id).record.targets == {"GOV": 1.5}


def test_the_target_conflict_dialog_names_the_area_and_writes_levels_as_the_language_does(
    qtbot,
) -> None:
    from PySide6.QtWidgets import QLabel

    from wen_assess.storage.service import Conflict
    from wen_assess.ui import language

    conflict = Conflict("GOV", {"target": 2.0}, {"target": 2.5}, None, "target")
    try:
        language.install("fr")
        dialog = ConflictDialog(conflict, "la cible de GOV — Gouvernance")
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
    finally:
        language.install("en")
    assert "Niveau cible" in texts and "2,0" in texts and "2,5" in texts
    assert any("la cible de GOV — Gouvernance" in t for t in texts)


def test_a_level_clicked_after_someone_completed_the_assessment_is_refused_in_french(
    amina, bruno, dialogs
) -> None:
    from wen_assess.ui import language

    assessment_id, window = amina
    for other in window.view.controller.questionnaire.items:
        bruno.set_answer(assessment_id, other.id, level=2)
    bruno.complete(assessment_id)  # Amina's window has not looked yet
    try:
        language.install("fr")
        item(window).choose(3)
    finally:
        language.install("en")
    [refusal] = dialogs.of("warning")
    assert refusal.title == "Non enregistré"
    assert refusal.text == "cette évaluation est terminée : rouvrez-la pour modifier ses réponses"
    assert item(window).chosen() == 2  # what is stored is shown again...
    assert not item(window).radios[3].isEnabled()  # ...and that it is completed
    assert window.view.controller.completed
    assert on_disk(window, assessment_id, MINE).level == 2
