"""A layout that puts its widgets in equal-width columns, as many per row as the width allows.

Used for an item's level choices: one row on a wide screen, two or three rows when narrow or
zoomed, never clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._cell_size: QSize | None = None  # asked for on every layout pass: kept until invalid
        # Qt asks the height for the same width many times per layout pass (a scroll area
        # tries its width with and without a scroll bar); a click relayouts the whole page.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout's contract -----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        cell = self._cell()
        n = len(self._items)
        return QSize(n * cell.width() + max(n - 1, 0) * self._gap, cell.height())

    def minimumSize(self) -> QSize:
        return self._cell()

    # ---- arranging ----------------------------------------------------------------------------

    def invalidate(self) -> None:
        self._cell_size = None  # a text, font or visibility changed
        self._heights.clear()
        super().invalidate()

    def _cell(self) -> QSize:
        if self._cell_size is None:
            hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
            self._cell_size = (
                QSize(max(h.width() for h in hints), max(h.height() for h in hints))
                if hints
                else QSize(0, 0)
            )
        return self._cell_size

    def columns(self, width: int) -> int:
        cell = self._cell().width()
        if cell <= 0:
            return 1
        return max(1, min(len(self._items), (width + self._gap) // (cell + self._gap)))

    def _arrange(self, rect: QRect, move: bool) -> int:
        cell = self._cell()
        visible = [item for item in self._items if not item.isEmpty()]
        columns = self.columns(rect.width())
        for index, item in enumerate(visible):
            row, column = divmod(index, columns)
            if move:
                origin = QPoint(
                    rect.x() + column * (cell.width() + self._gap),
                    rect.y() + row * (cell.height() + self._gap // 3),
                )
                item.setGeometry(QRect(origin, cell))
        rows = -(-len(visible) // columns) if visible else 0
        return rows * cell.height() + max(rows - 1, 0) * (self._gap // 3)
