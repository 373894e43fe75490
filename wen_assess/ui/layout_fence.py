"""A holder that stops a layout change inside from relaying the whole window out.

Qt passes every layout activation up to the window ("ideally only if sizeHint() or
sizePolicy() has changed", says its source, but it does not check): a page shown in a
QStackedWidget, or a line that grew on a page, relays out the heading, the side panel and the
window around them. Held in a fence, the held widget is relaid out within its own room, and the
change goes further up only when the room it asks for (its size hints) changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QWidget


class LayoutFence(QWidget):
    def __init__(self, held: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        held.setParent(self)
        self.held = held
        self.setSizePolicy(held.sizePolicy())
        self._hints = self._asked()

    def _asked(self) -> tuple[QSize, QSize, QSize, QSize]:
        held = self.held
        return held.sizeHint(), held.minimumSizeHint(), held.minimumSize(), held.maximumSize()

    def event(self, event: QEvent) -> bool:
        # The held widget's layout changed: pass it on only if the room it asks for did.
        if event.type() == QEvent.Type.LayoutRequest and (hints := self._asked()) != self._hints:
            self._hints = hints
            self.setSizePolicy(self.held.sizePolicy())
            self.updateGeometry()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.held.setGeometry(self.rect())

    def sizeHint(self) -> QSize:
        return self.held.sizeHint()

    def minimumSizeHint(self) -> QSize:
        held = self.held
        return held.minimumSizeHint().expandedTo(held.minimumSize()).boundedTo(held.maximumSize())

    def heightForWidth(self, width: int) -> int:
        return self.held.heightForWidth(width)
