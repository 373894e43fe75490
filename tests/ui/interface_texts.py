"""What the user can read in a window: every visible widget's texts, walked as a screen reader
or an eye would meet them. Used by the interface-language tests.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Rich text as read: tags dropped, entities decoded, accelerator ampersands removed."""
    text = html.unescape(_TAG.sub(" ", text)) if "<" in text else text
    return re.sub(r"&(?=\S)", "", text).replace("&&", "&").strip()


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield "header", header
    for row in range(min(model.rowCount(), 60)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield "cell", value


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield from (
        ("tooltip", widget.toolTip()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
    )
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        box = widget.parentWidget()
        standard = isinstance(box, QDialogButtonBox) and box.standardButton(widget) != (
            QDialogButtonBox.StandardButton.NoButton
        )
        # A standard button's text is Qt's own, translated by Qt's catalog.
        yield "Qt standard button" if standard else "button", widget.text()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QComboBox):
        yield "combo", widget.currentText()
    elif isinstance(widget, QProgressBar):
        yield "progress", widget.text()
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield "list item", widget.item(row).text()
    elif isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        yield f"menu {where}", action.text()
        yield f"menu {where} tooltip", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), where + " › " + plain(action.text()))


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(what and where, text as read) for every visible widget of ``window`` and its menus."""
    found: list[tuple[str, str]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QMenu):
            continue  # menus are read through the menu bar, below
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        found += [(f"{where} {kind}", plain(text)) for kind, text in _widget_texts(widget) if text]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append(("menu bar", plain(action.text())))
            if action.menu() is not None:
                found += [
                    (where, plain(text))
                    for where, text in _menu_texts(action.menu(), plain(action.text()))
                    if text
                ]
        if message := window.statusBar().currentMessage():
            found.append(("status bar", message))
    return found
