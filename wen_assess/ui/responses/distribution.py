"""The small distribution bar: how many members said 0, 1, 2, 3 and N/A, side by side."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# One colour per step of the scale, from "not in place" to "established"; N/A in grey.
STEP_COLOURS = ("#c0392b", "#e67e22", "#d4ac0d", "#27ae60", "#1e8449", "#196f3d")
NOT_APPLICABLE_COLOUR = "#95a5a6"
# The model hands the bar its counts under this role; DisplayRole keeps the text for screen
# readers and copying.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1


def colour_of(step: int | None) -> QColor:
    if step is None:
        return QColor(NOT_APPLICABLE_COLOUR)
    return QColor(STEP_COLOURS[min(step, len(STEP_COLOURS) - 1)])


class DistributionDelegate(QStyledItemDelegate):
    """Paints (counts per step, N/A count) as a bar, each segment as wide as its share."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        counts = index.data(COUNTS_ROLE)
        if not counts:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        steps, not_applicable = counts
        total = sum(steps) + not_applicable
        area = option.rect.adjusted(4, 6, -4, -6)
        if total:
            x = area.left()
            segments = [(n, i) for i, n in enumerate(steps)] + [(not_applicable, None)]
            for n, step in segments:
                if not n:
                    continue
                width = round(area.width() * n / total)
                rect = QRect(x, area.top(), max(width, 2), area.height())
                painter.fillRect(rect, colour_of(step))
                if width >= 14:
                    painter.setPen(QColor("white"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
                x += width
        else:
            painter.setPen(option.palette.mid().color())
            painter.drawRect(area)
        painter.restore()
