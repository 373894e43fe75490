"""Grey word-wrapped text that repaints itself when it changes, and makes the page lay itself
out again only when its height changes.

A QLabel asks its whole layout chain to be redone on every new text: for a level's meaning
under an item, that is every item of the page relaid out on each click (most of a click's
time). Here a new text of the same height costs a repaint of these few lines.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_UNBOUNDED = 1 << 20


class QuietLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#5f5f5f"))
        self.setPalette(palette)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        height = self.heightForWidth(self.width())
        self._text = text
        self.setAccessibleName(text)  # what a screen reader reads, as for a label
        if self.heightForWidth(self.width()) != height:
            self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 1), _UNBOUNDED), _FLAGS, self._text
        )
        return max(lines.height(), self.fontMetrics().lineSpacing())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(min(metrics.horizontalAdvance(self._text), 80 * metrics.averageCharWidth()),
                     metrics.lineSpacing())  # fmt: skip

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(10 * metrics.averageCharWidth(), metrics.lineSpacing())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), _FLAGS, self._text)
