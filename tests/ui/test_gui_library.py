"""The library as the user meets it: empty state, demos, filter, sort, delete, import, drop.

The database is always read back through a second service opened afresh on the same file.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from conftest import add_demo_library
from gui_helpers import G2, focused, fresh_service, press, summaries
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import text

from wen_assess.exchange import export_assessment
from wen_assess.ui.library import COLUMNS, ID_ROLE, SORT_ROLE

pytest_plugins = ("gui_helpers",)

LEFT = Qt.MouseButton.LeftButton
TABLES = ("assessment", "answer", "participant", "area_target", "plan_action")


def shown_rows(library, column: str) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = library.model
    col = COLUMNS.index(column)
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def shown_ids(library) -> list[int]:  # type: ignore[no-untyped-def]
    proxy = library.model
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def click_row(qtbot, library, title: str) -> int:  # type: ignore[no-untyped-def]
    row = shown_rows(library, "Title").index(title)
    rect = library.table.visualRect(library.model.index(row, COLUMNS.index("Title")))
    qtbot.mouseClick(library.table.viewport(), LEFT, pos=rect.center())
    return library.model.index(row, 0).data(ID_ROLE)


def click_header(qtbot, library, column: str) -> None:  # type: ignore[no-untyped-def]
    header = library.table.horizontalHeader()
    col = COLUMNS.index(column)
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def snapshot(path: Path, registry) -> dict:  # type: ignore[no-untyped-def]
    """What a rejected import must not change: summaries and every table's rows."""
    with fresh_service(path, registry) as svc:
        with svc.database.engine.connect() as connection:
            rows = {
                table: sorted(map(tuple, connection.execute(text(f"SELECT * FROM {table}"))))
                for table in TABLES
            }
        return {"summaries": svc.list_summaries(), "rows": rows}


def file_bytes(path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    }


# ---- 7. empty state, demos, filter, sort, delete ---------------------------------------------


def test_empty_library_offers_the_demos_and_they_fill_the_table(
    qtbot, make_window, db_path, registry, dialogs
):
    window = make_window()
    library = window.library
    assert library.stack.currentWidget() is library.empty
    assert library.empty.isVisible() and not library.table.isVisible()
    assert not library.buttons["open"].isEnabled() and not library.buttons["delete"].isEnabled()

    demo = next(
        b for b in library.empty.findChildren(QPushButton) if b.text() == "Add demo assessments"
    )
    qtbot.mouseClick(demo, LEFT)

    assert library.stack.currentWidget() is library.table and library.table.isVisible()
    assert library.model.rowCount() == 5
    stored = summaries(db_path, registry)
    assert len(stored) == 5 and all(s.is_demo for s in stored)
    assert sorted(shown_ids(library)) == sorted(s.id for s in stored)
    assert window.statusBar().currentMessage() == "Added 5 demo assessments"
    # The table shows what is stored.
    by_id = {s.id: s for s in stored}
    for row, assessment_id in enumerate(shown_ids(library)):
        assert shown_rows(library, "Title")[row] == by_id[assessment_id].title
        assert shown_rows(library, "Network")[row] == by_id[assessment_id].network_name
    assert dialogs.calls == []


def test_filter_sort_and_delete(
    qtbot, make_window, service, db_path, registry, dialogs, demo_library_file
):
    add_demo_library(service, demo_library_file)
    window = make_window()
    library = window.library
    assert library.model.rowCount() == 5

    # Filter: matches any column, whatever the case.
    qtbot.mouseClick(library.filter_edit, LEFT)
    qtbot.keyClicks(library.filter_edit, "HAWEN")
    assert library.model.rowCount() == 2
    assert shown_rows(library, "Network") == ["HAWEN", "HAWEN"]
    library.filter_edit.clear()
    qtbot.keyClicks(library.filter_edit, "hawen")
    assert library.model.rowCount() == 2
    library.filter_edit.clear()
    assert library.model.rowCount() == 5

    # Sort by Score: a click on the header, another click reverses.
    by_id = {s.id: s for s in summaries(db_path, registry)}
    click_header(qtbot, library, "Score")
    header = library.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMNS.index("Score")
    first_order = header.sortIndicatorOrder()
    keys = [library.model.index(r, COLUMNS.index("Score")).data(SORT_ROLE) for r in range(5)]
    scores = [by_id[i].overall_score for i in shown_ids(library)]
    assert keys == [s if s is not None else -1.0 for s in scores]
    ascending = sorted(keys)
    assert keys == (ascending if first_order == Qt.SortOrder.AscendingOrder else ascending[::-1])
    click_header(qtbot, library, "Score")
    assert header.sortIndicatorOrder() != first_order
    assert [by_id[i].overall_score for i in shown_ids(library)] == scores[::-1]

    # Delete asks first: Cancel keeps it, Yes removes it.
    sawen = next(s for s in by_id.values() if s.network_name == "SAWEN")
    assert click_row(qtbot, library, sawen.title) == sawen.id
    assert library.current_id() == sawen.id and library.buttons["delete"].isEnabled()
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(library.buttons["delete"], LEFT)
    assert len(dialogs.of("question")) == 1
    assert sawen.title in dialogs.of("question")[0].text
    assert len(summaries(db_path, registry)) == 5 and library.model.rowCount() == 5

    dialogs.question_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(library.buttons["delete"], LEFT)
    assert len(dialogs.of("question")) == 2
    left = summaries(db_path, registry)
    assert len(left) == 4 and sawen.id not in {s.id for s in left}
    assert library.model.rowCount() == 4 and sawen.id not in shown_ids(library)
    assert [c.kind for c in dialogs.calls] == ["question", "question"]


def test_a_double_click_opens_the_assessment_once(qtbot, make_window, service):
    assessment_id = service.create(G2, "ONCEWEN")
    window = make_window()
    library = window.library
    opened: list[int] = []
    library.open_requested.connect(opened.append)
    rect = library.table.visualRect(library.model.index(0, COLUMNS.index("Title")))
    qtbot.mouseClick(library.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(library.table.viewport(), LEFT, pos=rect.center())
    assert window.view is not None and window.view.assessment_id == assessment_id
    assert opened == [assessment_id], "doubleClicked and activated both open it"


def test_tab_leaves_the_library_table(qtbot, make_window, service, demo_library_file):
    """Keyboard users reach the buttons and the filter again from the table."""
    add_demo_library(service, demo_library_file)
    window = make_window()
    library = window.library
    library.select_id(shown_ids(library)[0])
    assert focused() is library.table
    for _ in range(len(COLUMNS) * 5 + 5):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is not library.table:
            break
    assert focused() is not library.table, "Tab stays inside the table (tabKeyNavigation)"


# ---- 8. import and drop ----------------------------------------------------------------------


def test_a_bad_file_is_rejected_with_its_problem_and_changes_nothing(
    qtbot, make_window, service, db_path, registry, dialogs, tmp_path, demo_library_file
):
    add_demo_library(service, demo_library_file)
    window = make_window()
    library = window.library

    broken = tmp_path / "broken.wen.json"
    broken.write_text('{"format": "wen-assess/assessment", "format_version": 1,', "utf-8")
    other = tmp_path / "other.sqlite"
    with fresh_service(other, registry) as source:
        source_id = source.create(G2, "UNKNOWNWEN")
        source.set_answer(source_id, "G2-MEM-01", level=2)
        export_assessment(source.get(source_id).record, tmp_path / "good.wen.json", registry)
    data = json.loads((tmp_path / "good.wen.json").read_text("utf-8"))
    data["assessment"]["uuid"] = str(uuid.uuid4())
    data["assessment"]["answers"][0]["item_id"] = "G2-XXX-99"
    unknown = tmp_path / "unknown-item.wen.json"
    unknown.write_text(json.dumps(data), "utf-8")

    for bad, problem in ((broken, "not valid JSON"), (unknown, "G2-XXX-99")):
        before = snapshot(db_path, registry)
        before_bytes = file_bytes(db_path)
        dialogs.calls.clear()
        dialogs.open_paths = [str(bad)]
        qtbot.mouseClick(library.buttons["import"], LEFT)

        assert [c.kind for c in dialogs.calls] == ["open", "warning"]
        warning = dialogs.calls[1].text
        assert bad.name in warning and problem in warning
        assert "0 imported" in warning and "1 rejected" in warning
        if bad is unknown:
            assert "no such item" in warning
        assert file_bytes(db_path) == before_bytes
        assert snapshot(db_path, registry) == before
        assert library.model.rowCount() == 5


def test_an_exported_file_imports_into_another_database(
    qtbot, make_window, service, db_path, registry, dialogs, tmp_path, demo_library_file
):
    add_demo_library(service, demo_library_file)
    window = make_window()
    sawen = next(s for s in service.list_summaries() if s.network_name == "SAWEN")
    click_row(qtbot, window.library, sawen.title)
    exported = tmp_path / "exchange" / "sawen.wen.json"
    exported.parent.mkdir()
    dialogs.save_path = str(exported)
    qtbot.mouseClick(window.library.buttons["export"], LEFT)
    assert exported.is_file()
    assert window.statusBar().currentMessage().startswith("Exported to")
    window.close()

    second_db = tmp_path / "second.sqlite"
    with fresh_service(second_db, registry) as second:
        other = make_window(second)
        assert other.library.stack.currentWidget() is other.library.empty
        dialogs.calls.clear()
        dialogs.open_paths = [str(exported)]
        qtbot.mouseClick(other.library.buttons["import"], LEFT)

        assert [c.kind for c in dialogs.calls] == ["open", "information"]
        assert "1 imported" in dialogs.calls[1].text and "sawen.wen.json" in dialogs.calls[1].text
        assert other.library.model.rowCount() == 1
        assert shown_rows(other.library, "Title") == [sawen.title]
        imported_id = shown_ids(other.library)[0]
        assert other.library.current_id() == imported_id  # selected after the import
        other.close()

    with fresh_service(db_path, registry) as first, fresh_service(second_db, registry) as copy:
        original = first.get(sawen.id).record
        imported = copy.get(imported_id).record
        assert imported.uuid == original.uuid
        assert imported.answers == original.answers
        assert imported.network == original.network and imported.title == original.title

    # Importing the same file again is recognised as a duplicate.
    with fresh_service(second_db, registry) as second:
        again = make_window(second)
        dialogs.calls.clear()
        again.import_paths([exported])
        assert "already present" in dialogs.calls[-1].text
        assert dialogs.calls[-1].kind == "information"
        assert len(second.list_summaries()) == 1
        again.close()


def test_a_file_dropped_on_the_window_is_imported(
    qtbot, make_window, service, db_path, registry, dialogs, tmp_path
):
    source_db = tmp_path / "source.sqlite"
    with fresh_service(source_db, registry) as source:
        source_id = source.create(G2, "DROPWEN", title="Dropped in")
        source.set_answer(source_id, "G2-FIN-03", level=1, notes="Quản lý — à revoir")
        dropped = tmp_path / "dropped.wen.json"
        export_assessment(source.get(source_id).record, dropped, registry)
    window = make_window()
    assert window.acceptDrops()

    def send(event_type, mime: QMimeData):  # type: ignore[no-untyped-def]
        rest = (Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier(0))
        try:  # PySide6 6.12 takes a QPointF (its QPoint constructors are deprecated) ...
            event = event_type(QPointF(200, 200), *rest)
        except TypeError:  # ... earlier versions only a QPoint
            event = event_type(QPoint(200, 200), *rest)
        QApplication.sendEvent(window, event)
        return event.isAccepted()

    web = QMimeData()
    web.setUrls([QUrl("https://example.org/a.wen.json")])
    assert not send(QDragEnterEvent, web)  # not a local file: refused

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    assert send(QDragEnterEvent, mime)
    assert send(QDropEvent, mime)

    assert [c.kind for c in dialogs.calls] == ["information"]
    assert "1 imported" in dialogs.calls[0].text and "dropped.wen.json" in dialogs.calls[0].text
    stored = summaries(db_path, registry)
    assert [s.title for s in stored] == ["Dropped in"]
    assert shown_rows(window.library, "Title") == ["Dropped in"]
    with fresh_service(db_path, registry) as check:
        answer = check.get(stored[0].id).record.answer("G2-FIN-03")
        assert answer.level == 1 and answer.notes == "Quản lý — à revoir"
