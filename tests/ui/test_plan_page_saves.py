"""What an edit on the action plan page saves: the entry edited, over the entries saved before;
untouched defaults are never pinned, so they keep following the priorities and the date."""

from __future__ import annotations

from datetime import date

from gui_helpers import G2, stored

from wen_assess.records import ActionRecord
from wen_assess.ui.assessment.pages.plan import COLUMNS

pytest_plugins = ("gui_helpers",)


def test_an_edit_saves_the_changed_entry_and_earlier_saved_ones_only(
    qtbot, make_window, service, db_path, registry
):
    assessment_id = service.create(G2, "Test WEN", assessment_date=date(2025, 1, 31))
    for item_id, level in (("G2-MEM-04", 0), ("G2-MEM-01", 1), ("G2-GOV-05", 2)):
        service.set_answer(assessment_id, item_id, level=level)  # P1, P2, P3
    service.set_actions(assessment_id, [ActionRecord(item_id="G2-MEM-01", owner="Secretariat")])
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("plan")
    page = window.view.current_page()
    row = [e.item_id for e in page.entries].index("G2-GOV-05")

    page.table.item(row, COLUMNS.index("Owner")).setText("Chair")
    status = page.table.cellWidget(row, COLUMNS.index("Status"))
    status.setCurrentIndex(status.findData("done"))

    actions = stored(db_path, assessment_id, registry).record.actions
    # G2-MEM-04's untouched default is not pinned: it keeps following priority and date
    assert [a.item_id for a in actions] == ["G2-MEM-01", "G2-GOV-05"]
    assert actions[1].owner == "Chair" and actions[1].status == "done"
    assert actions[1].due == date(2027, 1, 31)  # the default it was edited from
    assert actions[0].owner == "Secretariat"
