"""Re-assessment review made explicit: Confirm keeps a carried-over level and marks it reviewed,
Confirm all does a whole area at once (one undo step), the side panel counts carried-over
answers as still to review, and review lists follow the questionnaire's order."""

from __future__ import annotations

from gui_helpers import G2, press, stored
from PySide6.QtCore import Qt

pytest_plugins = ("gui_helpers",)

CTRL = Qt.KeyboardModifier.ControlModifier
GOV = ("G2-GOV-01", "G2-GOV-02", "G2-GOV-10")
OTHER = "G2-MEM-01"


def _reassessment(service):  # type: ignore[no-untyped-def]
    baseline = service.create(G2, "Review WEN")
    for n, item_id in enumerate((*GOV, OTHER)):
        service.set_answer(baseline, item_id, level=n % 4, notes=f"note {n}")
    return service.reassess(baseline, title="Review WEN again")


def _open_on_gov(make_window, service):  # type: ignore[no-untyped-def]
    """A re-assessment with carried-over answers, open on the Governance page."""
    aid = _reassessment(service)
    window = make_window()
    window.open_assessment(aid)
    window.view.show_page("area:GOV")
    return window, window.view, aid


def _carried(db_path, aid, registry) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.item_id for a in stored(db_path, aid, registry).record.answers if a.carried_over]


def test_confirm_keeps_the_level_and_marks_it_reviewed(
    qtbot, make_window, service, db_path, registry
):
    window, view, aid = _open_on_gov(make_window, service)
    item = view.current_page().items["G2-GOV-02"]
    assert item.confirm_button.isVisible() and item.carried_badge.isVisible()
    review_row = [p.key for p in view.pages].index("review")
    unanswered = view.controller.result.items_total - 4
    assert view.nav.item(review_row).text().endswith(str(unanswered + 4))  # 4 carried count

    qtbot.mouseClick(item.confirm_button, Qt.MouseButton.LeftButton)
    answer = stored(db_path, aid, registry).record.answer("G2-GOV-02")
    assert not answer.carried_over and answer.level == 1 and answer.notes == "note 1"
    assert not item.confirm_button.isVisible() and not item.carried_badge.isVisible()
    assert view.nav.item(review_row).text().endswith(str(unanswered + 3))
    assert window.undo_action.text().replace("&", "") == "Undo confirming G2-GOV-02"

    view.nav.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo: carried over again, level untouched
    assert "G2-GOV-02" in _carried(db_path, aid, registry)
    assert item.confirm_button.isVisible()


def test_the_results_page_says_carried_over_answers_keep_it_from_completing(
    qtbot, make_window, service
):
    _window, view, _aid = _open_on_gov(make_window, service)
    view.show_page("results")
    status = view.current_page().status.text()
    assert "4 answers carried over from the baseline are not yet reviewed" in status, status
    view.show_page("area:GOV")
    qtbot.mouseClick(view.current_page().confirm_all_button, Qt.MouseButton.LeftButton)
    view.show_page("results")
    status = view.current_page().status.text()
    assert "1 answer carried over from the baseline is not yet reviewed" in status, status


def test_confirm_all_in_an_area_is_one_save_and_one_undo(
    qtbot, make_window, service, db_path, registry
):
    window, view, aid = _open_on_gov(make_window, service)
    page = view.current_page()
    assert page.confirm_all_button.isVisible()
    assert page.confirm_all_button.text() == "Confirm all 3 carried-over answers in this area"
    qtbot.mouseClick(page.confirm_all_button, Qt.MouseButton.LeftButton)
    assert _carried(db_path, aid, registry) == [OTHER]  # the other area is untouched
    levels = {a.item_id: a.level for a in stored(db_path, aid, registry).record.answers}
    assert [levels[i] for i in GOV] == [0, 1, 2]
    assert not page.confirm_all_button.isVisible()
    assert window.undo_action.text().replace("&", "") == "Undo confirming all in GOV"
    window.undo_action.trigger()
    assert _carried(db_path, aid, registry) == sorted([*GOV, OTHER])

    view.show_page("area:MEM")
    view.current_page().focus_item(OTHER)
    window.confirm_action.trigger()  # the Edit menu's Confirm acts on the current item
    assert OTHER not in _carried(db_path, aid, registry)


def test_review_lists_follow_the_questionnaire_order(qtbot, make_window, service, registry):
    aid = service.create(G2, "Order WEN")
    # Flag items in an order that differs from both the questionnaire's and the ids' order.
    flagged = ["G2-GOV-10", "G2-MEM-01", "G2-GOV-02"]
    for item_id in flagged:
        service.set_answer(aid, item_id, flagged=True)
    window = make_window()
    window.open_assessment(aid)
    review = window.view.page("review")
    window.view.show_page("review")
    q = window.view.controller.questionnaire
    order = [item.id for item in q.items]
    assert review.groups()["flagged"] == sorted(flagged, key=order.index)
    shown = review.lists["flagged"].text()
    positions = [shown.index(f"item:{i}") for i in review.groups()["flagged"]]
    assert positions == sorted(positions)
    assert review.groups()["unanswered"] == [i for i in order if i in review.groups()["unanswered"]]


def test_undoing_a_change_to_a_carried_over_answer_makes_it_carried_over_again(
    qtbot, make_window, service, db_path, registry
):
    window, view, aid = _open_on_gov(make_window, service)
    item = view.current_page().items["G2-GOV-10"]
    item.choose(0)
    answer = stored(db_path, aid, registry).record.answer("G2-GOV-10")
    assert answer.level == 0 and not answer.carried_over
    window.undo_action.trigger()
    answer = stored(db_path, aid, registry).record.answer("G2-GOV-10")
    assert answer.level == 2 and answer.carried_over and answer.notes == "note 2"
    assert item.carried_badge.isVisible() and item.chosen() == 2
