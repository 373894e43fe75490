"""A radar chart of area scores (%) against targets, drawn with QPainter.

Drawn by hand rather than with QtCharts: the chart is simple, and QtCharts would add the
~160 MB PySide6-Addons wheel to every install.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wen_assess import formatting as fmt
from wen_assess.ui import language
from wen_assess.ui.style import INK


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[
        float | None, ...
    ]  # percent per axis; None = not scored (drawn at the centre, dashed)
    colour: str
    dashed: bool = False
    filled: bool = True


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.axes: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.setMinimumSize(280, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Radar chart of area scores against targets"))

    def sizeHint(self) -> QSize:
        return QSize(420, 380)

    def set_data(self, axes: tuple[str, ...], series: tuple[Series, ...]) -> None:
        self.axes = axes
        self.series = series
        code = language.current()

        def whole(value: float) -> str:
            return fmt.percent(value, decimals=0, language=code)

        described = language.joined(
            f"{s.label}: "
            + ", ".join(
                f"{a} {self._not_scored() if v is None else whole(v)}"
                for a, v in zip(axes, s.values, strict=True)
            )
            for s in series
        )
        self.setAccessibleDescription(described)
        self.update()

    @staticmethod
    def _not_scored() -> str:
        return fmt.percent(None, language=language.current())

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.axes) < 3:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        legend_height = 22
        side = min(self.width(), self.height() - legend_height) - 120
        centre = QPointF(self.width() / 2, (self.height() - legend_height) / 2 + 4)
        radius = max(side / 2, 20)

        def point(axis: int, percent: float, clamp: bool = True) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * axis / len(self.axes)
            r = radius * (max(0.0, min(percent, 100.0)) if clamp else percent) / 100
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        grid = QPen(QColor("#d0d0d0"), 1)
        painter.setPen(grid)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 2, 7))
        for ring in fmt.RADAR_RINGS:
            path = QPainterPath(point(0, ring))
            for axis in range(1, len(self.axes)):
                path.lineTo(point(axis, ring))
            path.closeSubpath()
            painter.drawPath(path)
        for axis in range(len(self.axes)):
            painter.drawLine(centre, point(axis, 100))
        painter.setFont(small)
        painter.setPen(QColor("#888888"))
        # The outer ring's label would collide with the top axis name.
        code = language.current()
        for ring in fmt.RADAR_RINGS[:-1]:
            p = point(0, ring)
            painter.drawText(
                QPointF(p.x() + 4, p.y() - 2), fmt.percent(ring, decimals=0, language=code)
            )

        unscored = {
            axis for axis in range(len(self.axes))
            if self.series and self.series[0].values[axis] is None
        }  # fmt: skip
        for axis, name in enumerate(self.axes):
            p = point(axis, 125, clamp=False)
            rect = QRectF(p.x() - 50, p.y() - 16, 100, 32)
            if axis in unscored:
                painter.setFont(small)
                painter.setPen(QColor("#888888"))
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignCenter, f"{name}\n{self._not_scored()}"
                )
            else:
                painter.setFont(self.font())
                painter.setPen(QColor(INK))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self.font())

        for s in self.series:
            colour = QColor(s.colour)
            pen = QPen(colour, 2, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(50 if s.filled else 0)
            painter.setBrush(fill)
            # "Not scored" is never 0: an unscored axis gets no point, and no line crosses it.
            # The shape is filled only when every axis is scored.
            n = len(s.values)
            points = [point(i, v) if v is not None else None for i, v in enumerate(s.values)]
            scored = [p for p in points if p is not None]
            if len(scored) == n:
                path = QPainterPath(scored[0])
                for p in scored[1:]:
                    path.lineTo(p)
                path.closeSubpath()
                painter.drawPath(path)
            else:
                for i in range(n):
                    a, b = points[i], points[(i + 1) % n]
                    if a is not None and b is not None:
                        painter.drawLine(a, b)
            painter.setBrush(colour)
            for p in scored:
                painter.drawEllipse(p, 3, 3)

        x = 10.0
        y = self.height() - legend_height / 2
        for s in self.series:
            colour = QColor(s.colour)
            painter.setPen(
                QPen(colour, 2, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            )
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(QColor(INK))
            painter.drawText(QPointF(x + 28, y + 5), s.label)
            x += 40 + painter.fontMetrics().horizontalAdvance(s.label)
        painter.end()
