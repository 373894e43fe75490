"""The assessment wizard as a user drives it: keyboard only, review links, completion.

Everything the tests check is read back from the database through a second service opened
afresh on the same file (gui_helpers.fresh_service), never from the window's memory.
"""

from __future__ import annotations

from pathlib import Path

from gui_helpers import G2, click_radio, focused, fresh_service, owner_item, press, stored
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from wen_assess import formatting as fmt
from wen_assess.scoring import score
from wen_assess.ui.assessment import item_widget
from wen_assess.ui.assessment.item_widget import NA_ID
from wen_assess.ui.assessment.pages import AreaPage
from wen_assess.ui.assessment.pages.results import COLUMNS
from wen_assess.ui.dialogs import NewAssessmentDialog

pytest_plugins = ("gui_helpers",)

DIGIT_KEYS = {
    "0": Qt.Key.Key_0,
    "1": Qt.Key.Key_1,
    "2": Qt.Key.Key_2,
    "3": Qt.Key.Key_3,
}
CTRL = Qt.KeyboardModifier.ControlModifier

# One character per item of G2, in questionnaire order: a level, or "n" for Not applicable.
LEVELS = {
    "MEM": "3221102332",
    "GOV": "2223331012122",
    "FIN": "2212301",  # G2-FIN-03 is critical and at level 1: the FIN band is capped
    "SUP": "2233n12",  # G2-SUP-05 Not applicable
    "DEL": "3332221110",
}
JUSTIFICATION = "No regional support office exists; covered by the secretariat"


def expected_levels(q) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        item.id: code
        for area in q.areas
        for item, code in zip(area.items, LEVELS[area.code], strict=True)
    }


def new_assessment_through_dialog(qtbot, monkeypatch, window, network: str) -> None:  # type: ignore[no-untyped-def]
    """New…: the dialog is filled in by keyboard and accepted with Enter (its Start button)."""

    def run(dialog: NewAssessmentDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.selected().questionnaire.id == G2  # preselected
        qtbot.keyClicks(dialog.network, network)
        qtbot.keyClicks(dialog.region, "Test region")
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Start"
        qtbot.keyClick(dialog.region, Qt.Key.Key_Return)  # Enter presses the default: Start
        assert not dialog.isVisible()
        return dialog.result()

    monkeypatch.setattr(NewAssessmentDialog, "exec", run)
    window.library.buttons["new"].click()


def tab_to_item(qtbot, page: AreaPage, item_id: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(8):
        if owner_item(page.items, focused()) == item_id:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {item_id}; focus is on {focused()!r}")


def answer_page_by_keyboard(qtbot, view, code: str) -> None:  # type: ignore[no-untyped-def]
    page = view.current_page()
    assert page.key == f"area:{code}"
    ids = list(page.items)
    for n, (item_id, level) in enumerate(zip(ids, LEVELS[code], strict=True)):
        tab_to_item(qtbot, page, item_id)
        widget = page.items[item_id]
        if level == "n":
            press(qtbot, Qt.Key.Key_N)
            assert widget.radios[NA_ID].isChecked()
            assert widget.justification.isVisible()
            assert focused() is widget.justification
            qtbot.keyClicks(widget.justification, JUSTIFICATION)
        else:
            press(qtbot, DIGIT_KEYS[level])
            assert widget.radios[int(level)].isChecked()
        if n + 1 < len(ids):
            tab_to_item(qtbot, page, ids[n + 1])
    # The page's summary line follows the answers.
    assert page.summary.text().startswith(f"{len(ids)} of {len(ids)} items answered")


def results_table(page) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    rows = []
    for row in range(page.table.rowCount()):
        rows.append(
            {
                name: page.table.item(row, column).text()
                for column, name in enumerate(COLUMNS)
                if name != "Target"
            }
        )
    return rows


def expected_table(q, result) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    return [
        {
            "Area": f"{area.code} · {area.name.en}",
            "Mean level": fmt.level(r.mean_level),
            "Score": fmt.percent(r.score),
            "Band": fmt.band(r.band) + (" (capped)" if r.capped else ""),
            "Gap": "–" if r.gap is None else f"{r.gap:.2f}",
            "Answered": f"{r.items_answered}/{r.items_total}",
        }
        for area, r in zip(q.areas, result.areas, strict=True)
    ]


# ---- 1. a whole assessment by keyboard -------------------------------------------------------


def test_a_whole_g2_assessment_by_keyboard_only(
    qtbot, monkeypatch, make_window, dialogs, db_path, registry
):
    window = make_window()
    new_assessment_through_dialog(qtbot, monkeypatch, window, "KEYWEN")
    view = window.view
    assert view is not None and window.stack.currentWidget() is view
    assessment_id = view.assessment_id
    q = view.controller.questionnaire
    assert view.current_page().key == "profile"

    # Profile, participants, then every area page: Ctrl+PgDown moves on.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert view.current_page().key == "participants"
    for area in q.areas:
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        # Entering an area page puts the focus in its first open item.
        assert owner_item(view.current_page().items, focused()) == area.items[0].id
        answer_page_by_keyboard(qtbot, view, area.code)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert view.current_page().key == "review"
    assert view.current_page().lists["unanswered"].text().endswith("None.</span>")
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    results = view.current_page()
    assert results.key == "results"
    assert results.complete_button.isVisible()
    assert results.status.text().startswith("Every item is answered")

    # The one click of the test: Tab cannot reach this button (see the test below).
    qtbot.mouseClick(results.complete_button, Qt.MouseButton.LeftButton)

    assert dialogs.calls == []
    record = stored(db_path, assessment_id, registry).record
    assert record.status == "completed"
    assert record.network.name == "KEYWEN" and record.network.region == "Test region"
    answers = {a.item_id: a for a in record.answers}
    assert set(answers) == {item.id for item in q.items}
    for item_id, code in expected_levels(q).items():
        answer = answers[item_id]
        if code == "n":
            assert answer.not_applicable and answer.level is None, item_id
            assert answer.justification == JUSTIFICATION
        else:
            assert answer.level == int(code) and not answer.not_applicable, item_id
        assert answer.notes == "" and not answer.flagged and not answer.carried_over

    # The results page shows exactly the scoring engine's numbers for what is stored.
    result = score(q, record.scoring_answers(), record.targets)
    assert results_table(results) == expected_table(q, result)
    mem = results_table(results)[0]
    assert mem["Score"] == "63.3 %" and mem["Mean level"] == "1.90"  # 19 / 10 levels, by hand
    assert results_table(results)[2]["Band"].endswith("(capped)")  # FIN-03 at level 1
    assert fmt.percent(result.overall_score) in results.overall.text()
    assert fmt.band(result.overall_band) in results.overall.text()
    assert "This assessment is completed" in results.status.text()
    assert not results.complete_button.isVisible() and results.reopen_button.isVisible()
    assert "completed" in view.heading.text()


def test_the_results_buttons_can_be_reached_with_tab(qtbot, make_window, service):
    """A keyboard user must be able to Tab to the targets and to "Mark as completed"."""
    assessment_id = service.create(G2, "TABWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("results")
    results = view.current_page()
    reached = []
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(focused())
        if focused() is results.complete_button:
            break
    assert results.targets["FIN"] in reached
    assert focused() is results.complete_button, (
        "Tab stays inside the results table (tabKeyNavigation) and never reaches the buttons"
    )


def test_entering_an_area_focuses_the_first_level_of_the_first_open_item(
    qtbot, make_window, service
):
    assessment_id = service.create(G2, "FOCUSWEN")
    service.set_answer(assessment_id, "G2-FIN-01", level=2)
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("area:FIN")
    page = view.current_page()
    assert page.first_open_item() == "G2-FIN-02"
    # Unanswered: focus on its first level (focus_item's fallback), not on "N/A".
    assert focused() is page.items["G2-FIN-02"].radios[0]
    page.focus_item("G2-FIN-01")  # answered: focus on the chosen level
    assert focused() is page.items["G2-FIN-01"].radios[2]


def test_an_item_reports_its_current_answer(qtbot, make_window, service, dialogs):
    """chosen() and the accessible description say unanswered / level n / not applicable."""
    assessment_id = service.create(G2, "STATEWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("area:DEL")
    widget = view.current_page().items["G2-DEL-02"]
    assert widget.chosen() is None
    assert widget.accessibleDescription().endswith("Current answer: unanswered.")
    widget.choose(1)
    assert widget.chosen() == 1
    assert widget.accessibleDescription().endswith("Current answer: level 1.")
    widget.choose(NA_ID)
    assert widget.chosen() == NA_ID
    assert widget.accessibleDescription().endswith("Current answer: not applicable.")
    assert dialogs.calls == []


# ---- 5. review links -------------------------------------------------------------------------


def test_review_links_jump_to_the_item_and_focus_it(qtbot, monkeypatch, make_window, service):
    monkeypatch.setattr(item_widget, "HIGHLIGHT_MS", 50)  # the jump's highlight, shortened
    assessment_id = service.create(G2, "LINKWEN")
    for item_id in ("G2-MEM-01", "G2-FIN-01", "G2-FIN-02"):
        service.set_answer(assessment_id, item_id, level=2)
    service.set_answer(assessment_id, "G2-SUP-05", not_applicable=True)
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("review")
    review = view.current_page()
    unanswered = review.lists["unanswered"]
    assert "item:G2-FIN-03" in unanswered.text()
    assert "item:G2-FIN-01" not in unanswered.text()
    assert "item:G2-SUP-05" in review.lists["justification"].text()

    unanswered.linkActivated.emit("item:G2-FIN-03")

    page = view.current_page()
    assert page.key == "area:FIN"
    assert view.nav.currentRow() == [p.key for p in view.pages].index("area:FIN")
    assert owner_item(page.items, focused()) == "G2-FIN-03"
    target = page.items["G2-FIN-03"]
    assert target.styleSheet()  # highlighted for a moment, so the eye finds it
    qtbot.waitUntil(lambda: target.styleSheet() == "", timeout=2000)
    # ... and the user can answer it at once.
    press(qtbot, Qt.Key.Key_3)
    assert stored(Path(service.database.path), assessment_id).record.answer("G2-FIN-03").level == 3

    # A link in the "N/A without justification" list lands in that item too.
    view.show_page("review")
    view.current_page().lists["justification"].linkActivated.emit("item:G2-SUP-05")
    page = view.current_page()
    assert page.key == "area:SUP"
    assert owner_item(page.items, focused()) == "G2-SUP-05"
    assert page.items["G2-SUP-05"].justification.isVisible()
    qtbot.waitUntil(lambda: page.items["G2-SUP-05"].styleSheet() == "", timeout=2000)


def test_leaving_right_after_a_review_jump_raises_no_error(
    qtbot, monkeypatch, make_window, service
):
    """Jump from Review, then back to the library before the item's highlight has faded."""
    monkeypatch.setattr(item_widget, "HIGHLIGHT_MS", 50)
    assessment_id = service.create(G2, "JUMPWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("review")
    view.current_page().lists["unanswered"].linkActivated.emit("item:G2-DEL-02")
    assert view.current_page().key == "area:DEL"
    qtbot.mouseClick(view.library_button, Qt.MouseButton.LeftButton)  # the view is deleted
    assert window.view is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(200)  # the highlight's timer fires: it must not touch the deleted item


# ---- 6. completion refused -------------------------------------------------------------------


def test_completing_is_refused_with_the_reasons(qtbot, make_window, dialogs, service, db_path):
    assessment_id = service.create(G2, "OPENWEN")
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("area:SUP")
    page = view.current_page()
    click_radio(qtbot, page.items["G2-SUP-01"].radios[2])
    page.items["G2-SUP-05"].setFocus()
    press(qtbot, Qt.Key.Key_N)  # N/A, and no justification typed
    assert focused() is page.items["G2-SUP-05"].justification
    view.show_page("results")
    results = view.current_page()
    total = view.controller.result.items_total

    status = results.status.text()
    assert status.startswith("Not ready to complete")
    assert f"{total - 2} items still to assess" in status
    assert "G2-SUP-05 is marked Not applicable without a justification" in status

    qtbot.mouseClick(results.complete_button, Qt.MouseButton.LeftButton)

    assert len(dialogs.calls) == 1
    refusal = dialogs.calls[0]
    assert refusal.kind == "warning"
    assert f"{total - 2} items still to assess" in refusal.text
    assert "G2-SUP-05" in refusal.text
    assert stored(db_path, assessment_id).record.status == "in_progress"
    assert results.complete_button.isVisible() and not results.reopen_button.isVisible()
    assert "completed" not in view.heading.text()


# ---- 9. carried-over answers -----------------------------------------------------------------


def test_carried_over_badge_clears_when_the_answer_is_reviewed(
    qtbot, make_window, service, db_path, dialogs
):
    from wen_assess.demo import add_demo_assessments

    add_demo_assessments(service)
    baseline = next(s for s in service.list_summaries() if s.title.endswith("re-assessment 2024"))
    new_id = service.reassess(baseline.id, title="HAWEN re-assessment 2026")
    before = {a.item_id: a for a in stored(db_path, new_id).record.answers}
    assert before and all(a.carried_over for a in before.values())

    window = make_window()
    window.open_assessment(new_id)
    view = window.view
    view.show_page("area:MEM")
    page = view.current_page()
    for item_id, widget in page.items.items():
        assert widget.carried_badge.isVisible(), item_id
    view.show_page("review")
    carried_list = view.current_page().lists["carried"].text()
    assert "item:G2-MEM-01" in carried_list and "item:G2-MEM-02" in carried_list
    view.show_page("area:MEM")

    same = page.items["G2-MEM-01"]  # confirm the carried level
    other = page.items["G2-MEM-02"]  # change it
    new_level = 3 if before["G2-MEM-02"].level != 3 else 0
    click_radio(qtbot, same.radios[before["G2-MEM-01"].level])
    click_radio(qtbot, other.radios[new_level])

    assert not same.carried_badge.isVisible() and not other.carried_badge.isVisible()
    assert page.items["G2-MEM-03"].carried_badge.isVisible()
    after = {a.item_id: a for a in stored(db_path, new_id).record.answers}
    assert not after["G2-MEM-01"].carried_over and after["G2-MEM-01"].level == (
        before["G2-MEM-01"].level
    )
    assert not after["G2-MEM-02"].carried_over and after["G2-MEM-02"].level == new_level
    assert after["G2-MEM-03"].carried_over
    assert sum(a.carried_over for a in after.values()) == len(before) - 2
    view.show_page("review")
    carried_list = view.current_page().lists["carried"].text()
    assert "item:G2-MEM-01" not in carried_list and "item:G2-MEM-03" in carried_list
    assert dialogs.calls == []


# ---- 10. completed assessments are read-only -------------------------------------------------


def test_a_completed_assessment_opens_read_only_and_reopens(
    qtbot, make_window, service, db_path, dialogs
):
    from wen_assess.demo import add_demo_assessments

    add_demo_assessments(service)
    done = next(s for s in service.list_summaries() if s.network_name == "ASEAN-WEN")
    assert done.status == "completed"
    before = stored(db_path, done.id).record

    window = make_window()
    window.open_assessment(done.id)
    view = window.view
    profile = view.page("profile")
    view.show_page("profile")
    assert not profile.name.isEnabled() and not profile.title_edit.isEnabled()
    view.show_page("area:MEM")
    page = view.current_page()
    widget = page.items["G2-MEM-01"]
    for each in page.items.values():
        assert not any(r.isEnabled() for r in each.radios.values())
        assert not each.notes.isEnabled() and not each.flag.isEnabled()
    # A digit pressed in the item changes nothing either.
    widget.setFocus()
    qtbot.waitUntil(lambda: focused() is widget)
    press(qtbot, Qt.Key.Key_0)
    assert widget.radios[before.answer("G2-MEM-01").level].isChecked()
    assert stored(db_path, done.id).record == before

    view.show_page("results")
    results = view.current_page()
    assert not results.complete_button.isVisible() and results.reopen_button.isVisible()
    assert not any(spin.isEnabled() for spin in results.targets.values())
    qtbot.mouseClick(results.reopen_button, Qt.MouseButton.LeftButton)
    assert stored(db_path, done.id).record.status == "in_progress"
    assert results.complete_button.isVisible() and not results.reopen_button.isVisible()
    assert all(spin.isEnabled() for spin in results.targets.values())

    view.show_page("profile")
    assert profile.name.isEnabled() and profile.title_edit.isEnabled()
    view.show_page("area:MEM")
    assert all(r.isEnabled() for r in widget.radios.values())
    click_radio(qtbot, widget.radios[0])
    assert stored(db_path, done.id).record.answer("G2-MEM-01").level == 0
    assert dialogs.calls == []


# ---- 11. targets -----------------------------------------------------------------------------


def test_a_target_typed_on_results_updates_the_gap_and_is_stored(
    qtbot, make_window, service, db_path, dialogs
):
    assessment_id = service.create(G2, "GAPWEN")
    for item_id, level in (("G2-FIN-01", 1), ("G2-FIN-02", 2), ("G2-FIN-04", 2)):
        service.set_answer(assessment_id, item_id, level=level)
    window = make_window()
    window.open_assessment(assessment_id)
    view = window.view
    view.show_page("results")
    results = view.current_page()
    row = [a.code for a in view.controller.questionnaire.areas].index("FIN")
    gap_column = COLUMNS.index("Gap")
    assert results.table.item(row, gap_column).text() == "1.33"  # default target 3, mean 5/3

    spin = results.targets["FIN"]
    spin.setFocus()
    qtbot.waitUntil(lambda: focused() is spin.lineEdit() or focused() is spin)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), f"2{spin.locale().decimalPoint()}5")
    press(qtbot, Qt.Key.Key_Return)

    assert results.table.item(row, gap_column).text() == "0.83"  # 2.5 - 5/3
    record = stored(db_path, assessment_id).record
    assert record.targets == {"FIN": 2.5}
    q = view.controller.questionnaire
    expected = score(q, record.scoring_answers(), record.targets)
    assert results_table(results) == expected_table(q, expected)

    # The arrow keys step by half a level and save too.
    mem = results.targets["MEM"]
    mem.setFocus()
    qtbot.waitUntil(lambda: focused() is mem.lineEdit() or focused() is mem)
    press(qtbot, Qt.Key.Key_Down)
    assert stored(db_path, assessment_id).record.targets == {"FIN": 2.5, "MEM": 2.5}
    assert results.table.item(0, gap_column).text() == "–"  # MEM not scored: no gap

    # Opened again later, the targets are those stored.
    window.close()
    with fresh_service(db_path) as second:
        again = make_window(second)
        again.open_assessment(assessment_id)
        again.view.show_page("results")
        targets = again.view.current_page().targets
        assert targets["FIN"].value() == 2.5 and targets["MEM"].value() == 2.5
        assert targets["GOV"].value() == 3.0
        again.close()
    assert dialogs.calls == []
