"""The reviewers' comparison view, as the user meets it from the library.

Every number on screen is checked against a Comparison computed here, in-process, from the
assessments read back through a second service opened afresh on the same file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import focused, fresh_service, press
from pdf_text import pdf_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, ComparisonError, compare
from wen_assess.demo import add_demo_assessments
from wen_assess.formatting import MINUS
from wen_assess.ui.compare import CompareView
from wen_assess.ui.compare.area_tables import ENTRY_COLUMNS
from wen_assess.ui.library import COLUMNS, ID_ROLE

pytest_plugins = ("gui_helpers",)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


# ---- helpers ---------------------------------------------------------------------------------


def ids_of(service, predicate) -> list[int]:  # type: ignore[no-untyped-def]
    return [s.id for s in service.list_summaries() if predicate(s)]


def click_rows(qtbot, library, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Click the first row, Ctrl+click the others, as a user selects several."""
    proxy = library.model
    rows = {proxy.index(r, 0).data(ID_ROLE): r for r in range(proxy.rowCount())}
    for n, assessment_id in enumerate(ids):
        rect = library.table.visualRect(proxy.index(rows[assessment_id], COLUMNS.index("Title")))
        modifier = CTRL if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(library.table.viewport(), LEFT, modifier, rect.center())
    assert sorted(library.selected_ids()) == sorted(ids)


def expected(db_path: Path, registry, ids: list[int], baseline_uuid=None) -> Comparison:  # type: ignore[no-untyped-def]
    """The comparison of the stored assessments, oldest first, computed in this process."""
    with fresh_service(db_path, registry) as svc:
        records = sorted((svc.get(i).record for i in ids), key=lambda r: r.assessment_date)
        pairs = [(svc.questionnaire_of(r), r) for r in records]
    return compare(pairs, baseline_uuid=baseline_uuid)


def cell(view: CompareView, row: int, entry: int, column: str) -> str:
    col = 1 + entry * len(ENTRY_COLUMNS) + ENTRY_COLUMNS.index(column)
    return view.table.item(row, col).text()


def table_texts(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


def signed_as_shown(delta: float) -> str:
    return ("+" if delta > 0 else MINUS) + f"{abs(delta):.1f}"


def open_hawen(qtbot, make_window, service):  # type: ignore[no-untyped-def]
    add_demo_assessments(service)
    window = make_window()
    hawen = ids_of(service, lambda s: s.network_name == "HAWEN")
    click_rows(qtbot, window.library, hawen)
    assert window.library.buttons["compare"].isEnabled()
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)
    view = window.comparison_view
    assert view is not None and window.stack.currentWidget() is view and view.isVisible()
    return window, view, hawen


# ---- the comparison as shown -----------------------------------------------------------------


def test_two_hawen_assessments_side_by_side(
    qtbot, make_window, service, db_path, registry, dialogs
):
    _window, view, hawen = open_hawen(qtbot, make_window, service)
    c = expected(db_path, registry, hawen)
    assert dialogs.calls == []

    # Oldest first, the earliest is the baseline, and the compatibility statement comes first.
    assert [e.label for e in c.entries] == ["HAWEN 2022-12-07", "HAWEN 2024-11-20"]
    assert [label for label, _ in view.group_bar.labels] == [
        "HAWEN 2022-12-07 · baseline",
        "HAWEN 2024-11-20",
    ]
    content = view.scroll.widget().layout()
    assert content.itemAt(0).widget() is view.compatibility
    assert view.compatibility.text() == c.compatibility.statement
    assert not view.fewer_areas.isVisible()  # both overalls are of every area
    assert view.baseline_combo.currentText() == "HAWEN 2022-12-07"

    # Every cell is the comparison's number, written by wen_assess.formatting.
    assert view.table.rowCount() == len(c.areas) + 1
    for row, area in enumerate(c.areas):
        assert view.table.item(row, 0).text() == f"{area.code} · {area.name}"
        for i in range(len(c.entries)):
            assert cell(view, row, i, "Score") == fmt.percent(area.scores[i])
            assert cell(view, row, i, "Band") == fmt.band(area.bands[i])
            assert cell(view, row, i, "Done") == fmt.share(area.completeness[i])
        assert cell(view, row, 0, "Change") == "baseline"
        assert cell(view, row, 1, "Change") == signed_as_shown(area.deltas[1])
    overall = len(c.areas)
    assert view.table.item(overall, 0).text() == "Overall"
    for i, entry in enumerate(c.entries):
        assert cell(view, overall, i, "Score") == fmt.percent(c.overall[i])
        assert cell(view, overall, i, "Band") == fmt.band(entry.result.overall_band)
        assert cell(view, overall, i, "Done") == fmt.share(entry.completeness)
    assert cell(view, overall, 1, "Change") == signed_as_shown(c.overall_deltas[1])

    # The signs, as the reviewer reads them: membership rose, finance fell.
    rows = {area.code: row for row, area in enumerate(c.areas)}
    assert cell(view, rows["MEM"], 1, "Change") == "+13.3"
    assert cell(view, rows["FIN"], 1, "Change") == f"{MINUS}4.8"

    # The radar overlays one series per assessment, unscored values left as None.
    assert view.radar.axes == tuple(area.code for area in c.areas)
    assert [s.label for s in view.radar.series] == [e.label for e in c.entries]
    for i, series in enumerate(view.radar.series):
        assert series.values == tuple(area.scores[i] for area in c.areas)
    assert len({s.colour for s in view.radar.series}) == 2

    # HAWEN is assessed twice: its trend, the items that moved with both notes, the follow-up.
    assert list(view.trends) == ["HAWEN"]
    trend, section = c.trends[0], view.trends["HAWEN"]
    assert table_texts(section.areas, 0)[0] == f"{c.areas[0].code} · {c.areas[0].name}"
    for row, (_code, scores) in enumerate(trend.areas):
        assert [section.areas.item(row, k + 1).text() for k in range(2)] == [
            fmt.percent(s) for s in scores
        ]
    rose = [ch for ch in trend.changes if ch.after > ch.before]
    fell = [ch for ch in trend.changes if ch.after < ch.before]
    assert rose and fell
    for table, changes in ((section.rose, rose), (section.fell, fell)):
        assert table is not None and table.rowCount() == len(changes)
        for row, change in enumerate(changes):
            assert table.item(row, 0).text() == f"{change.item_id}\n{change.title}"
            assert table.item(row, 1).text() == f"{change.before} → {change.after}"
            assert table.item(row, 2).text() == (change.before_notes or "–")
            assert table.item(row, 3).text() == (change.after_notes or "–")
    mem02 = table_texts(section.rose, 0).index("G2-MEM-02\nMulti-agency national participation")
    assert (
        section.rose.item(mem02, 3).text()
        == "Customs and police focal points named in five members."
    )
    follow = section.follow_ups
    assert follow is not None and follow.rowCount() == len(trend.follow_ups)
    assert table_texts(follow, 6) == [
        "✓ done" if f.done else "✗ not done" for f in trend.follow_ups
    ]
    assert "✗ not done" in table_texts(follow, 6) and "✓ done" in table_texts(follow, 6)

    # The three ranked lists.
    assert table_texts(view.ranked["improved"], 0) == [r.label for r in c.most_improved]
    assert table_texts(view.ranked["improved"], 1) == [
        signed_as_shown(r.value) for r in c.most_improved
    ]
    assert table_texts(view.ranked["declines"], 1) == [
        signed_as_shown(r.value) for r in c.biggest_declines
    ]
    assert table_texts(view.ranked["concern"], 1) == [
        fmt.percent(r.value) for r in c.areas_of_concern
    ]


def test_changing_the_baseline_recomputes_the_changes(
    qtbot, make_window, service, db_path, registry
):
    _window, view, hawen = open_hawen(qtbot, make_window, service)
    later = expected(db_path, registry, hawen).entries[1]

    view.baseline_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the keyboard picks the 2024 assessment as the baseline
    assert view.baseline_combo.currentText() == "HAWEN 2024-11-20"

    c = expected(db_path, registry, hawen, baseline_uuid=later.uuid)
    assert c.baseline == 1
    for row, area in enumerate(c.areas):
        assert cell(view, row, 0, "Change") == signed_as_shown(area.deltas[0])
        assert cell(view, row, 1, "Change") == "baseline"
        assert cell(view, row, 0, "Score") == fmt.percent(area.scores[0])
    rows = {area.code: row for row, area in enumerate(c.areas)}
    assert cell(view, rows["MEM"], 0, "Change") == f"{MINUS}13.3"
    assert cell(view, rows["FIN"], 0, "Change") == "+4.8"
    assert cell(view, len(c.areas), 0, "Change") == signed_as_shown(c.overall_deltas[0])
    assert view.group_bar.labels[1][0] == "HAWEN 2024-11-20 · baseline"
    assert view.radar.series[1].dashed and not view.radar.series[0].dashed


def test_one_selected_row_keeps_compare_disabled(qtbot, make_window, service):
    add_demo_assessments(service)
    window = make_window()
    library = window.library
    assert not library.buttons["compare"].isEnabled() and not window.compare_action.isEnabled()

    click_rows(qtbot, library, ids_of(service, lambda s: s.network_name == "SAWEN"))
    assert not library.buttons["compare"].isEnabled()
    assert not window.compare_action.isEnabled()
    press(qtbot, Qt.Key.Key_M, CTRL)  # the shortcut does nothing either
    assert window.comparison_view is None and window.stack.currentWidget() is library


def test_the_menu_shortcut_compares_the_selection(qtbot, make_window, service):
    add_demo_assessments(service)
    window = make_window()
    click_rows(qtbot, window.library, ids_of(service, lambda s: s.network_name == "HAWEN"))
    assert window.compare_action.isEnabled()
    assert window.compare_action.shortcut().toString() == "Ctrl+M"
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert window.comparison_view is not None
    assert window.stack.currentWidget() is window.comparison_view
    assert not window.compare_action.isEnabled()  # not from inside the comparison


def test_g1_and_g2_assessments_cannot_be_compared(
    qtbot, make_window, service, db_path, registry, dialogs
):
    add_demo_assessments(service)
    window = make_window()
    carwen = ids_of(service, lambda s: s.network_name == "CAR-WEN")  # G1
    asean = ids_of(service, lambda s: s.network_name == "ASEAN-WEN")  # G2
    with pytest.raises(ComparisonError) as raised:
        expected(db_path, registry, carwen + asean)

    click_rows(qtbot, window.library, carwen + asean)
    assert window.library.buttons["compare"].isEnabled()
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)

    assert [c.kind for c in dialogs.calls] == ["warning"]
    message = str(raised.value)
    assert dialogs.calls[0].text == message[0].upper() + message[1:] + "."
    assert "no item in common" in dialogs.calls[0].text
    assert window.comparison_view is None and window.stack.currentWidget() is window.library
    assert sorted(window.library.selected_ids()) == sorted(carwen + asean)


def test_the_library_button_returns_to_the_library(qtbot, make_window, service):
    window, view, hawen = open_hawen(qtbot, make_window, service)
    assert window.library_action.isEnabled()
    qtbot.mouseClick(view.library_button, LEFT)
    assert window.stack.currentWidget() is window.library and window.library.isVisible()
    assert window.comparison_view is None
    assert sorted(window.library.selected_ids()) == sorted(hawen)  # the selection is kept
    assert window.library.buttons["compare"].isEnabled()
    # And back again with the menu's Ctrl+L.
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)
    assert window.comparison_view is not None
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.stack.currentWidget() is window.library and window.comparison_view is None


# ---- keyboard, accessibility, window size ----------------------------------------------------


def test_tab_reaches_every_control_and_no_table_traps_it(qtbot, make_window, service):
    _window, view, _ = open_hawen(qtbot, make_window, service)
    view.library_button.setFocus()
    seen: list[QWidget] = []
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if widget is view.library_button:
            break
        assert not seen or widget is not seen[-1], f"Tab stays in {widget.accessibleName()}"
        seen.append(widget)
    else:
        pytest.fail("Tab never came back to the library button")
    tables = [view.table, *view.ranked.values()]
    section = view.trends["HAWEN"]
    tables += [section.areas, section.rose, section.fell, section.follow_ups]
    for table in tables:
        assert table in seen, f"{table.accessibleName()} is not reachable with Tab"
        assert not table.tabKeyNavigation()
    for control in (view.baseline_combo, view.pdf_button, view.csv_button):
        assert control in seen
    for widget in [*seen, view.library_button]:
        assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"


def test_a_long_comparison_scrolls_at_1280_by_800(qtbot, make_window, service):
    add_demo_assessments(service)
    window = make_window()
    window.resize(1280, 800)
    g2 = ids_of(service, lambda s: s.questionnaire_id == "iccwc-wen-g2")
    assert len(g2) == 4
    click_rows(qtbot, window.library, g2)
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)
    view = window.comparison_view
    assert view is not None
    QApplication.processEvents()
    scroll = view.scroll
    assert scroll.verticalScrollBar().maximum() > 0  # the page scrolls down
    assert scroll.horizontalScrollBar().maximum() == 0  # but never sideways:
    assert view.table.horizontalScrollBar().maximum() > 0  # the wide table scrolls itself
    assert view.table.width() <= scroll.viewport().width()
    # PgDown scrolls the content from the keyboard.
    press(qtbot, Qt.Key.Key_PageDown)
    assert scroll.verticalScrollBar().value() > 0
    # Sideways scrolling keeps the assessments' names over their columns.
    bar = view.group_bar
    view.table.horizontalScrollBar().setValue(view.table.horizontalScrollBar().maximum())
    header = view.table.horizontalHeader()
    last = view.table.columnCount() - 1
    left_of_last = header.viewport().mapTo(window, QPoint(header.sectionViewportPosition(last), 0))
    x = left_of_last.x() - bar.mapTo(window, QPoint(0, 0)).x()
    assert 0 < x < bar.width(), "the last column is in view, under the bar"
    assert header.sectionViewportPosition(0) < 0, "the table scrolled sideways"


# ---- export ----------------------------------------------------------------------------------


def test_export_pdf_and_csv(qtbot, make_window, service, db_path, registry, dialogs, tmp_path):
    window, view, hawen = open_hawen(qtbot, make_window, service)
    pdf = tmp_path / "out" / "hawen.pdf"
    pdf.parent.mkdir()
    dialogs.save_path = str(pdf)
    qtbot.mouseClick(view.pdf_button, LEFT)
    assert [c.kind for c in dialogs.calls] == ["save"]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Comparison written to {pdf}"

    dialogs.calls.clear()
    csv = tmp_path / "out" / "hawen.csv"
    dialogs.save_path = str(csv)
    qtbot.mouseClick(view.csv_button, LEFT)
    assert [c.kind for c in dialogs.calls] == ["save"]
    text = csv.read_text("utf-8-sig")
    c = expected(db_path, registry, hawen)
    assert len(text.splitlines()) == 1 + len(c.entries) * len(c.areas)
    assert (tmp_path / "out" / "hawen-items.csv").is_file()

    # Cancelled: nothing is written, nothing is said.
    dialogs.calls.clear()
    dialogs.save_path = ""
    qtbot.mouseClick(view.pdf_button, LEFT)
    assert [c.kind for c in dialogs.calls] == ["save"]


def test_the_pdf_dialog_offers_the_shared_language_and_writes_the_one_chosen(
    qtbot, make_window, service, monkeypatch, tmp_path
):
    import json

    from PySide6.QtWidgets import QComboBox, QFileDialog

    from wen_assess.demo import demo_path
    from wen_assess.exchange import import_files
    from wen_assess.ui import main_window

    files = []
    for key in ("hawen-2022", "hawen-2024"):  # both HAWEN assessments work in French
        data = json.loads(demo_path(key).read_text(encoding="utf-8"))
        data["assessment"]["language"] = "fr"
        files.append(tmp_path / f"{key}.wen.json")
        files[-1].write_text(json.dumps(data), encoding="utf-8")
    import_files(service, files)
    hawen = ids_of(service, lambda s: s.network_name == "HAWEN")
    window = make_window()
    click_rows(qtbot, window.library, hawen)
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)
    view = window.comparison_view
    offered = []

    def save_as(dialog: QFileDialog) -> int:
        # The report dialog's own language box, answered as a user would.
        [combo] = [c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Language"]
        offered.append(combo.currentData())
        combo.setCurrentIndex(combo.findData("es"))
        dialog.selectFile(str(tmp_path / "comparison.pdf"))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window, "ask_output", main_window.ask_output.__wrapped__)
    monkeypatch.setattr(QFileDialog, "exec", save_as)
    qtbot.mouseClick(view.pdf_button, LEFT)
    assert offered == ["fr"]  # both assessments work in French
    text = pdf_text(tmp_path / "comparison.pdf")
    assert "Hallazgos principales" in text and "Constats principaux" not in text


# ---- networks that differ, and a mixed selection ---------------------------------------------


def shown_texts(view: CompareView) -> list[str]:
    """Every text the comparison shows: labels, headings, table headers and cells."""
    from PySide6.QtWidgets import QLabel, QTableWidget

    texts = [w.text() for w in view.findChildren(QLabel) if w.isVisibleTo(view)]
    for table in view.findChildren(QTableWidget):
        if not table.isVisibleTo(view):
            continue
        for column in range(table.columnCount()):
            header = table.horizontalHeaderItem(column)
            texts.append(header.text() if header else "")
        texts += [
            table.item(r, k).text()
            for r in range(table.rowCount())
            for k in range(table.columnCount())
            if table.item(r, k)
        ]
    return texts


def test_three_networks_show_differences_never_improvement_or_decline(
    qtbot, make_window, service, db_path, registry, dialogs
):
    add_demo_assessments(service)
    window = make_window()
    names = ("ASEAN-WEN", "SAWEN")
    chosen = ids_of(service, lambda s: s.network_name in names)
    chosen += ids_of(service, lambda s: s.network_name == "HAWEN")[:1]
    click_rows(qtbot, window.library, chosen)
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)
    view = window.comparison_view
    assert view is not None and dialogs.calls == []
    c = expected(db_path, registry, chosen)
    assert c.trends == ()

    texts = " ".join(shown_texts(view)).casefold()
    assert "improv" not in texts and "declin" not in texts
    # SAWEN (in progress) is scored on 3 of its 5 areas: said, as the PDF says it.
    assert view.fewer_areas.isVisible()
    assert view.fewer_areas.text() == (
        "SAWEN 2025-09-23: its overall score is the mean of 3 of its 5 areas, so it is not "
        "directly comparable with an overall score of every area."
    )
    assert list(view.ranked) == ["concern"]
    assert "no change over time" in view.no_change_note.text()
    for i, entry in enumerate(c.entries):
        column = 1 + i * len(ENTRY_COLUMNS) + ENTRY_COLUMNS.index("Change")
        head = view.table.horizontalHeaderItem(column).text()
        if i == c.baseline:
            assert head == "Change" and cell(view, 0, i, "Change") == "baseline"
            continue
        assert entry.network != c.entries[c.baseline].network
        assert head == "Difference"
        area = c.areas[0]
        assert cell(view, 0, i, "Change") == signed_as_shown(area.differences[i])
        assert view.table.item(0, column).foreground().color().name() != fmt.BAND_PALETTE[-1]


def test_a_g1_among_three_g2_is_left_out_and_named(
    qtbot, make_window, service, db_path, registry, dialogs
):
    add_demo_assessments(service)
    window = make_window()
    carwen = ids_of(service, lambda s: s.network_name == "CAR-WEN")  # G1
    g2 = ids_of(service, lambda s: s.network_name in ("ASEAN-WEN", "SAWEN"))
    g2 += ids_of(service, lambda s: s.network_name == "HAWEN")[:1]
    click_rows(qtbot, window.library, carwen + g2)
    qtbot.mouseClick(window.library.buttons["compare"], LEFT)

    assert dialogs.calls == []  # compared, not refused
    view = window.comparison_view
    assert view is not None and window.stack.currentWidget() is view
    assert [e.network for e in view.comparison.entries] == [
        e.network for e in expected(db_path, registry, g2).entries
    ]
    assert view.left_out.isVisibleTo(view)
    assert view.left_out.text().startswith("Left out: CAR-WEN")
    assert "iccwc-wen-g1" in view.left_out.text() and "shares no item" in view.left_out.text()
    assert "left out CAR-WEN" in window.statusBar().currentMessage()
    # Another baseline keeps the three and the note.
    view.baseline_combo.setCurrentIndex(2)
    assert len(view.comparison.entries) == 3 and view.comparison.baseline == 2
    assert view.left_out.isVisibleTo(view) and "CAR-WEN" in view.left_out.text()
