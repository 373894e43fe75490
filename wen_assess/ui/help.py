"""Help: the user guide bundled with the app (offline) and the keyboard-shortcut sheet.

The sheet is read from the window's own actions and shortcuts when it opens, so it always
says what the keys really do; only the keys an item handles itself are listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wen_assess.paths import resources_dir
from wen_assess.ui import language

# Keys an item on an area page handles in its keyPressEvent (no QAction stands for them),
# each named as Qt names keys in the interface language ("Maj+Tab" in French).
ITEM_KEYS = (
    (("0", "3"), QT_TRANSLATE_NOOP("ShortcutSheet", "Answer the focused item with that level")),
    (("N",), QT_TRANSLATE_NOOP("ShortcutSheet", "Mark the focused item not applicable")),
    (("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("ShortcutSheet", "Next / previous control")),
)


def guide_path(code: str | None = None):  # type: ignore[no-untyped-def]
    """The guide in the interface language (guide.fr.html...), the English one otherwise."""
    folder = resources_dir() / "help"
    translated = folder / f"guide.{code or language.current()}.html"
    return translated if translated.is_file() else folder / "guide.html"


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every menu action and window shortcut that has a key."""
    rows: list[tuple[str, str, str]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        where = menu_action.text().replace("&", "")
        for action in menu.actions():
            keys = _keys(action.shortcuts())
            if keys and not action.isSeparator():
                rows.append((where, action.text().replace("&", "").rstrip("…"), keys))
    for shortcut in window.findChildren(QShortcut):
        if keys := _keys([shortcut.key()]):
            rows.append(
                (
                    QCoreApplication.translate("ShortcutSheet", "Assessment"),
                    shortcut.whatsThis() or "",
                    keys,
                )
            )
    area_page = QCoreApplication.translate("ShortcutSheet", "Area page")
    rows.extend(
        (area_page, QCoreApplication.translate("ShortcutSheet", what), _item_keys(keys))
        for keys, what in ITEM_KEYS
    )
    return rows


def _item_keys(keys: tuple[str, ...]) -> str:
    names = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
    return " – ".join(names) if keys[0].isdigit() else " / ".join(names)  # a range, or choices


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


class ShortcutSheet(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels((self.tr("Where"), self.tr("What"), self.tr("Keys")))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        _finish(self, self.table)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("wen-assess user guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        _finish(self, self.browser)


def _finish(dialog: QDialog, body: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    screen = dialog.screen().availableGeometry()
    em = dialog.fontMetrics().horizontalAdvance("n")
    dialog.resize(min(em * 90, screen.width() - 40), min(em * 70, screen.height() - 80))


__all__ = ["GuideDialog", "ShortcutSheet", "shortcut_rows"]
