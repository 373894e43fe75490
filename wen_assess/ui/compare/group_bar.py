"""The band above the side-by-side table that names the assessment over each group of columns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wen_assess.compare import Comparison
from wen_assess.ui import language
from wen_assess.ui.compare.area_tables import ENTRY_COLUMNS
from wen_assess.ui.compare.engine_words import entry_label
from wen_assess.ui.compare.table import Table, colour_of
from wen_assess.ui.style import INK


class GroupBar(QWidget):
    """Above the side-by-side table: each assessment's name over its four columns."""

    def __init__(self, table: Table, c: Comparison):
        super().__init__()
        self.table = table
        self.labels = [
            (
                entry_label(entry) + (" · " + self.tr("baseline") if i == c.baseline else ""),
                colour_of(i),
            )
            for i, entry in enumerate(c.entries)
        ]
        self.setAccessibleName(self.tr("Assessments in the table's columns"))
        self.setAccessibleDescription(language.joined(label for label, _ in self.labels))
        self.setToolTip("\n".join(f"{entry_label(e)}: {e.title}" for e in c.entries))
        header = table.horizontalHeader()
        header.sectionResized.connect(self.update)
        header.geometriesChanged.connect(self.update)
        table.horizontalScrollBar().valueChanged.connect(self.update)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 12)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        header = self.table.horizontalHeader()
        origin = header.viewport().mapTo(self.window(), QPoint(0, 0)).x()
        origin -= self.mapTo(self.window(), QPoint(0, 0)).x()
        painter = QPainter(self)
        painter.setClipRect(QRect(origin, 0, header.viewport().width(), self.height()))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        per = len(ENTRY_COLUMNS)
        for i, (label, colour) in enumerate(self.labels):
            first, last = 1 + i * per, per + i * per
            left = origin + header.sectionViewportPosition(first)
            right = origin + header.sectionViewportPosition(last) + header.sectionSize(last)
            rect = QRectF(left + 1, 0, right - left - 2, self.height())
            painter.fillRect(rect, QColor("#eef1f5"))
            painter.fillRect(QRectF(rect.left(), 0, rect.width(), 4), QColor(colour))
            painter.setPen(QPen(QColor(INK)))
            text = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(rect.width()) - 8
            )
            painter.drawText(rect.adjusted(4, 4, -4, 0), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
