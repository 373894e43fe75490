"""The workshop room (issue 11): every page on small screens and zoomed, zoom, presentation
mode, visible focus, find, help, and names a screen reader can announce.

A 150 % display scaling is simulated with the app's own zoom (150 % text): QT_SCALE_FACTOR can
only be set before the QApplication exists, and it is text, not pixels, that makes widgets
grow. Answers are read back through a fresh service on the same database file.
"""

from __future__ import annotations

import pytest
from conftest import add_demo_library
from gui_helpers import focused, fresh_service, owner_item, press
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from wen_assess.ui import language, settings, zoom
from wen_assess.ui.assessment.item_widget import NA_ID
from wen_assess.ui.assessment.pages import AreaPage
from wen_assess.ui.presentation import PresentationView

pytest_plugins = ("gui_helpers",)

CTRL = Qt.KeyboardModifier.ControlModifier
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextBrowser,
)


@pytest.fixture(autouse=True)
def _normal_zoom():
    yield
    zoom.apply(zoom.NORMAL)  # the application font is shared by every test
    language.install("en")  # and so are the translators


@pytest.fixture
def demo_window(make_window, service, demo_library_file):  # type: ignore[no-untyped-def]
    add_demo_library(service, demo_library_file)
    window = make_window()
    sawen = next(s.id for s in service.list_summaries() if s.network_name == "SAWEN")
    window.open_assessment(sawen)
    return window


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _clipped(window: QWidget) -> list[str]:
    """Visible widgets that reach outside the window (scrolled content is clipped on purpose)."""
    inside = window.rect()
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        if any(isinstance(a, QAbstractScrollArea) for a in _ancestors(widget, window)):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(rect):
            problems.append(f"{type(widget).__name__} {widget.accessibleName()!r} at {rect}")
    return problems


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _narrow_columns(table: QTableWidget) -> list[str]:
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    narrow = []
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        if not header.isSectionHidden(column) and header.sectionSize(
            column
        ) < metrics.horizontalAdvance(text):
            narrow.append(text)
    return narrow


@pytest.mark.parametrize("lang", ["en", "fr"])  # French labels run about 30 % longer
@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_every_page_fits_small_screens_at_normal_and_large_text(demo_window, size, percent, lang):
    window = demo_window
    window.set_language(lang)
    window.resize(*size)
    _settle()
    zoom.apply(percent)  # while the window is open, as Ctrl++ does
    _settle()
    view = window.view
    for page in view.pages:
        view.show_page(page.key)
        _settle()
        hint = window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], (page.key, hint)
        assert window.size().width() <= size[0] and window.size().height() <= size[1]
        assert not _clipped(window), (page.key, _clipped(window))
        for table in page.findChildren(QTableWidget):
            assert not _narrow_columns(table), (page.key, _narrow_columns(table))
    window.show_library()
    _settle()
    assert not _clipped(window)


@pytest.mark.parametrize("lang", ["en", "fr", "pt"])
def test_the_whole_plan_row_shows_at_1024_without_scrolling_sideways(demo_window, lang):
    """Owner, due date and status are set in every row: at 1024x768 they are all on screen."""
    window = demo_window
    window.set_language(lang)
    window.resize(1024, 768)
    window.view.show_page("plan")
    _settle()
    table = window.view.current_page().table
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert columns <= table.viewport().width(), (columns, table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("lang", ["en", "fr", "pt"])
def test_the_window_fits_a_laptop_scaled_to_150_percent(demo_window, lang):
    """QT_SCALE_FACTOR=1.5 on a 1366x768 screen leaves 910x512 logical pixels, less the
    taskbar and title bar: the window's smallest size must fit in that, on every page."""
    window = demo_window
    window.set_language(lang)
    for page in window.view.pages:
        window.view.show_page(page.key)
        _settle()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 * 2 // 3 and hint.height() <= 470, (page.key, hint)
    window.show_library()
    _settle()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 * 2 // 3 and hint.height() <= 470, ("library", hint)


def test_more_items_fit_on_a_laptop_screen(demo_window):
    window = demo_window
    window.resize(1366, 768)
    window.view.show_page("area:GOV")
    _settle()
    page = window.view.current_page()
    viewport = page.scroll.viewport().height()
    item = next(iter(page.items.values()))
    assert viewport // item.height() >= 3, (viewport, item.height())


def test_the_plan_action_column_is_readable_resizable_and_remembered(
    demo_window, make_window, service
):
    window = demo_window
    window.resize(1366, 768)
    window.view.show_page("plan")
    _settle()
    page = window.view.current_page()
    action = page.table.horizontalHeader()
    column = 3  # Action
    assert page.table.columnWidth(column) >= page.table.fontMetrics().horizontalAdvance("n") * 30
    assert page.table.item(0, column).toolTip() == page.table.item(0, column).text()
    action.resizeSection(column, 420)
    window.close()
    again = make_window(service)
    again.open_assessment(window.view.assessment_id if window.view else again.library.current_id())
    assert settings.header_state("plan") is not None
    again.view.show_page("plan")
    _settle()
    assert again.view.current_page().table.columnWidth(column) == 420
    again.reset_columns_action.trigger()
    assert settings.header_state("plan") is None


def test_zoom_keys_and_wheel_scale_the_text_and_are_remembered(demo_window, qtbot):
    window = demo_window
    base = QApplication.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert QApplication.font().pointSizeF() > base
    assert settings.zoom() == 110
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    assert settings.zoom() == 125
    # The wheel reaches the window first, as from a mouse, over the page's scrolling area.
    page = window.view.current_page()
    over_page = QPointF(page.mapTo(window, QPoint(40, 40)))
    wheel = QWheelEvent(
        over_page, QPointF(window.mapToGlobal(over_page.toPoint())), QPoint(0, 0),
        QPoint(0, -120), Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(window.windowHandle(), wheel)
    assert settings.zoom() == 110
    # Next start: the same size again.
    QApplication.setFont(QApplication.font().__class__(QApplication.font().family(), 10))
    assert zoom.restore() == 110
    assert QApplication.font().pointSizeF() == pytest.approx(11)
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert settings.zoom() == 100 and QApplication.font().pointSizeF() == pytest.approx(10)


def test_presentation_answers_an_item_and_it_is_saved(demo_window, qtbot, db_path):
    window = demo_window
    view = window.view
    view.show_page("area:SUP")
    page = view.current_page()
    assert isinstance(page, AreaPage)
    first = next(iter(page.items))
    page.focus_item(first)
    press(qtbot, Qt.Key.Key_F11)
    shown = window.presentation
    assert isinstance(shown, PresentationView) and shown.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=2000)
    assert shown.item_id == first
    assert shown.font().pointSizeF() >= 2 * QApplication.font().pointSizeF() - 0.1
    qtbot.keyClick(shown, Qt.Key.Key_2)
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    second = shown.item_id
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    qtbot.keyClick(shown, Qt.Key.Key_PageUp)
    assert shown.item_id == second
    qtbot.keyClick(shown, Qt.Key.Key_3)
    assert shown.choices[3].isChecked()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=2000)
    with fresh_service(db_path) as svc:
        record = svc.get(view.assessment_id).record
    assert record.answer(first).level == 2
    assert record.answer(second).level == 3
    assert page.items[second].radios[3].isChecked()  # the page shows it too
    qtbot.waitUntil(lambda: owner_item(page.items, QApplication.focusWidget()) == second)


def test_focus_is_marked_and_follows_navigation(demo_window, qtbot):
    window = demo_window
    view = window.view
    view.show_page("participants")
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # to the first area
    page = view.current_page()
    assert isinstance(page, AreaPage)
    holder = owner_item(page.items, focused())
    assert holder is not None
    marked = [i for i, w in page.items.items() if w.focus_marked]
    assert marked == [holder]
    # The mark is drawn: the item's frame differs from an unmarked one.
    widget = page.items[holder]
    before = widget.grab().toImage()
    widget.set_focus_mark(False)
    assert widget.grab().toImage() != before
    widget.set_focus_mark(True)
    # Tab on to the next item: the mark moves and the item is scrolled into view.
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        if owner_item(page.items, focused()) != holder:
            break
    moved = owner_item(page.items, focused())
    assert moved != holder
    assert [i for i, w in page.items.items() if w.focus_marked] == [moved]
    top = page.items[moved].mapTo(page.scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < page.scroll.viewport().height()
    # A click in the side panel lands on an item of that page.
    row = [p.key for p in view.pages].index("area:FIN")
    rect = view.nav.visualItemRect(view.nav.item(row))
    qtbot.mouseClick(view.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    fin = view.current_page()
    assert fin.key == "area:FIN" and owner_item(fin.items, focused()) is not None


def test_find_jumps_to_the_item(demo_window, qtbot):
    from wen_assess.ui.find import FindDialog

    window = demo_window
    seen = []

    def use_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FindDialog):  # not open yet: look again shortly
            QTimer.singleShot(20, use_dialog)
            return
        seen.append(dialog)
        qtbot.keyClicks(dialog.query, "seconded staff")  # words of a question, not a title
        if dialog.chosen() is None:
            dialog.reject()  # never leave the test hanging on an open dialog
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    QTimer.singleShot(0, use_dialog)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert seen, "Ctrl+F opened no dialog"
    chosen = seen[0].chosen()
    page = window.view.current_page()
    assert isinstance(page, AreaPage) and chosen in page.items
    assert chosen == "G2-FIN-02"
    qtbot.waitUntil(lambda: owner_item(page.items, QApplication.focusWidget()) == chosen)
    assert window.view.current_page().items[chosen].isVisible()


def test_find_in_the_library_is_its_filter(make_window, qtbot):
    window = make_window()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.library.filter_edit


def test_help_has_a_guide_and_a_shortcut_sheet_read_from_the_actions(demo_window):
    from wen_assess.ui.help import GuideDialog, ShortcutSheet, shortcut_rows

    window = demo_window
    rows = shortcut_rows(window)
    keys = {what: k for _, what, k in rows}
    assert keys["Presentation"] == "F11"
    assert keys["Find item"] == "Ctrl+F"
    assert "Ctrl++" in keys["Zoom in"]
    assert keys["Next section"] == "Ctrl+PgDown"
    # Changing an action's key changes the sheet: it is not a copy.
    window.present_action.setShortcut("Ctrl+Shift+P")
    assert {w: k for _, w, k in shortcut_rows(window)}["Presentation"] == "Ctrl+Shift+P"
    sheet = ShortcutSheet(window)
    assert sheet.table.rowCount() == len(rows)
    guide = GuideDialog(window)
    text = guide.browser.toPlainText()
    assert "Presentation" in text and "Ctrl+F" in text
    sheet.close()
    guide.close()


def test_the_window_is_never_larger_than_the_screen(make_window, qtbot):
    from PySide6.QtCore import QByteArray

    screen = QApplication.primaryScreen().availableGeometry()
    window = make_window()
    window.resize(screen.width() + 800, screen.height() + 600)
    window.move(screen.right() - 10, screen.bottom() - 10)
    window.close()  # saves the geometry
    assert isinstance(settings.window_geometry(), QByteArray)
    again = make_window()
    frame = again.frameGeometry()
    assert frame.width() <= screen.width() and frame.height() <= screen.height()
    assert screen.contains(frame.topLeft())


def test_every_interactive_widget_has_an_accessible_name(demo_window):
    from wen_assess.ui.find import FindDialog
    from wen_assess.ui.help import ShortcutSheet

    window = demo_window
    view = window.view
    roots: list[QWidget] = [window]
    missing: set[str] = set()
    for page in view.pages:
        view.show_page(page.key)
        _settle()
        missing |= _unnamed(window)
    view.show_page("area:GOV")
    page = view.current_page()
    presentation = PresentationView(view.controller, page.area, None, window)
    roots += [
        presentation,
        FindDialog(view.controller.questionnaire, window),
        ShortcutSheet(window),
    ]
    for root in roots[1:]:
        missing |= _unnamed(root)
        root.close()
    window.show_library()
    missing |= _unnamed(window)
    assert not missing, "\n".join(sorted(missing))
    radio = page.items["G2-GOV-01"].radios[2]
    name = QAccessible.queryAccessibleInterface(radio).text(QAccessible.Text.Name)
    assert name.startswith("Level 2 – Developing: ") and len(name) > 30
    assert QAccessible.queryAccessibleInterface(radio).role() == QAccessible.Role.RadioButton
    na = page.items["G2-GOV-01"].radios[NA_ID]
    assert (
        QAccessible.queryAccessibleInterface(na)
        .text(QAccessible.Text.Name)
        .startswith("Not applicable")
    )


def _unnamed(root: QWidget) -> set[str]:
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or type(widget).__name__.startswith("QScrollBar"):
            continue
        if widget.parentWidget() is not None and type(widget.parentWidget()).__name__ in (
            "QAbstractSpinBox",
            "QDateEdit",
            "QDoubleSpinBox",
            "QComboBox",
        ):
            continue  # the line edit inside a spin box or combo box: its owner is announced
        if _qt_internal(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            chain = " < ".join(type(a).__name__ for a in _ancestors(widget, widget.window())[:4])
            found.add(f"{type(widget).__name__} in {chain}: {widget.toolTip()[:40]}")
    return found


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets and announces through them: a table's headers
    and corner button, the menu bar's overflow button, a line edit's clear button, the
    drop-down lists of combo boxes and completers."""
    if widget.objectName().startswith("qt_") or type(widget).__name__ == "QHeaderView":
        return True
    if isinstance(widget.parentWidget(), QLineEdit):
        return True
    return bool(widget.window().windowFlags() & Qt.WindowType.Popup & ~Qt.WindowType.Window)


def test_participant_columns_keep_the_widths_the_user_gave_them(demo_window, make_window, service):
    window = demo_window
    window.view.show_page("participants")
    _settle()
    table = window.view.current_page().table
    window.resize(1300, 760)  # the window resizing the last column is not remembered
    _settle()
    assert settings.header_state("participants") is None
    table.horizontalHeader().resizeSection(0, 260)  # as a drag of the column's edge does
    assessment_id = window.view.assessment_id
    window.close()
    again = make_window(service)
    again.open_assessment(assessment_id)
    again.view.show_page("participants")
    assert again.view.current_page().table.columnWidth(0) == 260
