"""A line of text that repaints itself when it changes, and makes the page lay itself out again
only when the room it needs changes.

A QLabel asks its whole layout chain to be redone on every new text: for a level's meaning under
an item, an area's score line or the "Saved 14:32:05" line, that is the page (and the window)
relaid out and every wrapped text re-measured on each click, most of a click's time. Here a new
text that fits the room already taken costs a repaint of these few lines. ``reserve`` keeps the
room of the largest of the texts a line will show (a level's meanings, "Saved 00:00:00"), so
changing between them never moves anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from wen_assess.ui.style import HINT_GREY, set_text_colour

_UNBOUNDED = 1 << 20
_TEXTS_KEPT = 16  # heights of the latest (text, width) pairs shown


class QuietLine(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        colour: str | None = HINT_GREY,
        wrap: bool = True,
        centred: bool = False,
        name: str = "",
        on_window: bool = False,
    ) -> None:
        """``wrap``: word-wrapped to the width given (else one line, as wide as its text);
        ``centred``: vertically centred in a taller row, as a QLabel is; ``name``: what a
        screen reader calls the line (its text is then the description), else the text;
        ``on_window``: placed straight on the window's background (no panel between)."""
        super().__init__(parent)
        self._text = ""
        self._wrap = wrap
        self._flags = (
            Qt.AlignmentFlag.AlignLeft
            | (Qt.AlignmentFlag.AlignVCenter if centred else Qt.AlignmentFlag.AlignTop)
            | (Qt.TextFlag.TextWordWrap if wrap else Qt.TextFlag(0))
        )
        self._name = name
        if name:
            self.setAccessibleName(name)
        self._reserved: tuple[str, ...] = ()
        self._heights: dict[int, int] = {}  # width -> height of the reserved texts
        # (text, width) -> height of texts shown lately: a score line comes back to a text
        # it showed (a level tried, then put back) without measuring it again.
        self._text_heights: dict[tuple[str, int], int] = {}
        self._widest: int | None = None  # width of the widest text, one line each
        self._line_spacing: int | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(wrap)
        self.setSizePolicy(policy)
        if colour is not None:
            set_text_colour(self, colour)
        # A line on the window's own background fills it itself: a new text then repaints this
        # line alone, not every widget under it up to the window. Not inside a panel: some
        # styles fill a panel with another colour (Windows 11: the base colour).
        self.setAutoFillBackground(on_window)

    def text(self) -> str:
        return self._text

    def reserve(self, texts: Iterable[str]) -> None:
        """Take the room of the largest of ``texts`` whichever text is shown."""
        self._reserved = tuple(texts)
        self._heights.clear()
        self._widest = None
        self.updateGeometry()

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        needed = self._needed()
        self._text = text
        self._widest = None
        if self._name:
            self.setAccessibleDescription(text)
        else:
            self.setAccessibleName(text)  # what a screen reader reads, as for a label
        if self._needed() != needed:
            self.updateGeometry()
        self.update()

    def _needed(self) -> int:
        """The room this line asks of its layout: its height (wrapped) or width (one line)."""
        if self._wrap:
            return self.heightForWidth(self.width())
        return self.sizeHint().width()

    # ---- size --------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return self._wrap

    def heightForWidth(self, width: int) -> int:
        if not self._wrap:
            return -1
        width = max(width, 1)
        if width not in self._heights:
            self._heights[width] = max((self._height(t, width) for t in self._reserved), default=0)
        if self._text in self._reserved:
            return max(self._heights[width], self._one_line())
        key = (self._text, width)
        height = self._text_heights.get(key)
        if height is None:
            if len(self._text_heights) >= _TEXTS_KEPT:
                del self._text_heights[next(iter(self._text_heights))]  # the oldest
            height = self._text_heights[key] = self._height(self._text, width)
        return max(self._heights[width], height, self._one_line())

    def _one_line(self) -> int:
        if self._line_spacing is None:
            self._line_spacing = self.fontMetrics().lineSpacing()
        return self._line_spacing

    def _height(self, text: str, width: int) -> int:
        bounds = QRect(0, 0, width, _UNBOUNDED)
        return self.fontMetrics().boundingRect(bounds, self._flags, text).height()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        if self._widest is None:
            self._widest = max(metrics.horizontalAdvance(t) for t in (self._text, *self._reserved))
        widest = self._widest
        if self._wrap:
            widest = min(widest, 80 * metrics.averageCharWidth())
        return QSize(widest, metrics.lineSpacing())

    def minimumSizeHint(self) -> QSize:
        if not self._wrap:
            return self.sizeHint()  # one line is never cut
        metrics = self.fontMetrics()
        return QSize(10 * metrics.averageCharWidth(), metrics.lineSpacing())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom: every height measured anew
            self._heights.clear()
            self._text_heights.clear()
            self._line_spacing = None
            self._widest = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), self._flags, self._text)
