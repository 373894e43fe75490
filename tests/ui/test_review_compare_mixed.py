"""Three assessments of one network beside another network, as the comparison screen shows it."""

from __future__ import annotations

from datetime import date

from gui_helpers import press
from PySide6.QtCore import Qt
from test_gui_compare import LEFT, cell, click_rows, expected, ids_of, signed_as_shown

from wen_assess.demo import add_demo_assessments
from wen_assess.ui.compare.area_tables import ENTRY_COLUMNS

pytest_plugins = ("gui_helpers",)


def test_two_reassessments_and_another_network_change_within_differ_between(
    qtbot, make_window, service, db_path, registry
):
    add_demo_assessments(service)
    hawen = ids_of(service, lambda s: s.network_name == "HAWEN")
    latest = service.reassess(max(hawen), assessment_date=date(2025, 11, 1))
    service.set_answer(latest, "G2-FIN-03", level=3)
    chosen = [*hawen, latest, *ids_of(service, lambda s: s.network_name == "ASEAN-WEN")]
    window = make_window()
    click_rows(qtbot, window.library, chosen)
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)
    view = window.comparison_view
    assert view is not None

    def check(c):
        """A change only within a network (from the baseline, or from that network's earliest
        assessment), a difference for another network's first one; the trend stays HAWEN's."""
        for i, entry in enumerate(c.entries):
            column = 1 + i * len(ENTRY_COLUMNS) + ENTRY_COLUMNS.index("Change")
            head = view.table.horizontalHeaderItem(column).text()
            if i == c.baseline:
                assert cell(view, 0, i, "Change") == "baseline"
            elif c.change_from[i] is not None:
                assert head == "Change", (i, head)
                assert c.entries[c.change_from[i]].network == entry.network
                assert cell(view, 0, i, "Change") == signed_as_shown(c.areas[0].deltas[i])
            else:
                assert head == "Difference", (i, head)
                assert cell(view, 0, i, "Change") == signed_as_shown(c.areas[0].differences[i])
        assert list(view.trends) == ["HAWEN"]

    c = expected(db_path, registry, chosen)
    check(c)
    assert [e.network for e in c.entries].count("HAWEN") == 3
    assert [e.network for e in c.entries].index("ASEAN-WEN") == 2  # between two HAWEN

    # The other network as the baseline: every HAWEN column is a difference, the trend stays.
    view.baseline_combo.setFocus()
    asean = next(i for i, e in enumerate(c.entries) if e.network == "ASEAN-WEN")
    while view.baseline_combo.currentIndex() != asean:
        press(qtbot, Qt.Key.Key_Down)
    other = expected(db_path, registry, chosen, baseline_uuid=c.entries[asean].uuid)
    check(other)
    assert [other.change_from[i] is None for i in range(4)] == [True, False, False, False]
