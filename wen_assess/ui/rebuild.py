"""A language switch rebuilds the main window's widgets, so every text is made again by tr().

Rebuilding (rather than retranslating widget by widget) means a widget anyone adds only needs
its strings in ``tr()``: nothing else to keep in step. What the user has open is carried over:
the library's filter, sorting and selection; the open assessment with its controller (record,
result, undo history), page, item with the focus and scroll position, typed text saved first;
the comparison with its baseline and scroll position.

Another page of the window's stack takes part by defining ``rebuilt() -> QWidget``: a new copy
of itself, built now (so in the new language), showing the same state; it replaces the old one
where it stood.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from wen_assess.ui.library import LibraryWidget

if TYPE_CHECKING:
    from wen_assess.ui.main_window import MainWindow


def rebuild_window(window: MainWindow) -> None:
    _retranslate_history(window)  # before the Edit menu reads it again
    _rebuild_menus(window)
    _rebuild_library(window)
    if window.view is not None:
        _rebuild_assessment(window)
    if window.comparison_view is not None:
        _rebuild_comparison(window)
    _rebuild_other_pages(window)
    window._show_database()
    window._update_actions()


def _lay_out_now() -> None:
    """Run the pending layouts, so scroll positions and focus can be placed at once."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _retranslate_history(window: MainWindow) -> None:
    """The undo history's names ("Undo level of G2-GOV-07") in the new language."""
    from wen_assess.ui.assessment.undo import Edit

    for stack in window.undo_group.stacks():
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, Edit):
                command.retranslate()


def _rebuild_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    bar.clear()
    for menu in menus:
        menu.deleteLater()  # with its actions, which are its children
    window._build_menus()


def _rebuild_library(window: MainWindow) -> None:
    old = window.library
    shown = window.stack.currentWidget() is old
    header = old.table.horizontalHeader()
    sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    selected, text = old.selected_ids(), old.filter_edit.text()
    window.library = LibraryWidget()
    window._connect_library()
    window.stack.insertWidget(window.stack.indexOf(old), window.library)
    window.stack.removeWidget(old)
    old.deleteLater()
    window.library.filter_edit.setText(text)
    window.library.table.sortByColumn(*sort)
    window.refresh_library()
    window.library.select_ids(selected)
    if shown:
        window.stack.setCurrentWidget(window.library)


def _rebuild_assessment(window: MainWindow) -> None:
    from wen_assess.ui.assessment.pages import AreaPage
    from wen_assess.ui.assessment.view import AssessmentView

    old = window.view
    assert old is not None
    old.flush()  # typed text is saved (and undoable) before its field goes
    page = old.current_page()
    item = old.current_item()
    scrolled = _scroll_value(page)
    last_items = dict(old._last_item)
    old.detach()
    controller = old.controller
    controller.remember_page(page.key)
    view = AssessmentView(window.service, old.assessment_id, controller=controller)
    _replace(window, old, view, window._show_view)
    view._last_item.update(last_items)
    new_page = view.current_page()
    if isinstance(new_page, AreaPage) and item is not None and item.item.id in new_page.items:
        new_page.focus_item(item.item.id)
    _set_scroll_value(new_page, scrolled)


def _rebuild_comparison(window: MainWindow) -> None:
    from wen_assess.ui.compare import CompareView

    old = window.comparison_view
    assert old is not None
    position = old.scroll.verticalScrollBar().value()
    view = CompareView(old.assessments, old.comparison)
    _replace(window, old, view, window._show_comparison)
    view.scroll.verticalScrollBar().setValue(position)
    view.place_focus()


def _rebuild_other_pages(window: MainWindow) -> None:
    known = {window.library, window.view, window.comparison_view}
    for index in range(window.stack.count()):
        old = window.stack.widget(index)
        if old in known or not callable(getattr(old, "rebuilt", None)):
            continue
        new = old.rebuilt()
        shown = window.stack.currentWidget() is old
        window.stack.insertWidget(index, new)
        window.stack.removeWidget(old)
        old.deleteLater()
        if shown:
            window.stack.setCurrentWidget(new)


def _replace(window: MainWindow, old: QWidget, new: QWidget, show) -> None:  # type: ignore[no-untyped-def]
    """Put ``new`` in the window's stack instead of ``old`` (shown if ``old`` was), laid out."""
    shown = window.stack.currentWidget() is old
    window.stack.removeWidget(old)
    old.deleteLater()
    show(new)
    if not shown:
        window.stack.setCurrentWidget(window.library)
    _lay_out_now()


def _scroll_value(page) -> int | None:  # type: ignore[no-untyped-def]
    scroll = page.findChild(QScrollArea)
    return scroll.verticalScrollBar().value() if scroll is not None else None


def _set_scroll_value(page, value: int | None) -> None:  # type: ignore[no-untyped-def]
    scroll = page.findChild(QScrollArea)
    if scroll is not None and value is not None:
        scroll.verticalScrollBar().setValue(value)
