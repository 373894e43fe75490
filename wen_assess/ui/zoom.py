"""Text size of the whole interface (Ctrl++ / Ctrl+- / Ctrl+0, Ctrl+wheel), kept between runs.

Zoom scales the application font; every widget without a font of its own follows, and layouts
grow with their text. It stands in for the system's display scaling on a projector.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from wen_assess.ui import settings

STEPS = (80, 90, 100, 110, 125, 150, 175, 200)  # per cent of the normal size
NORMAL = 100
BASE_POINT_SIZE = 10.0  # what fonts.install_fonts sets
# The View menu's words, in the main window's context wherever the menu is.
N_ZOOM_IN = QT_TRANSLATE_NOOP("MainWindow", "Zoom &in")
N_ZOOM_OUT = QT_TRANSLATE_NOOP("MainWindow", "Zoom &out")
N_NORMAL = QT_TRANSLATE_NOOP("MainWindow", "&Normal size")


def current() -> int:
    return settings.zoom() or NORMAL


def apply(percent: int) -> int:
    """Set the interface's text to ``percent`` of normal (clamped to STEPS) and remember it."""
    percent = min(max(percent, STEPS[0]), STEPS[-1])
    app = QApplication.instance()
    if isinstance(app, QApplication):
        font = app.font()
        font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
        app.setFont(font)
    settings.save_zoom(percent)
    return percent


def step(direction: int) -> int:
    """One step larger (+1) or smaller (-1) than now; 0 goes back to normal."""
    now = current()
    if direction == 0:
        return apply(NORMAL)
    if direction > 0:
        return apply(next((s for s in STEPS if s > now), STEPS[-1]))
    return apply(next((s for s in reversed(STEPS) if s < now), STEPS[0]))


def step_in(window: QMainWindow, direction: int) -> int:
    """``step``, said in ``window``'s status bar ("Text size 125 %")."""
    percent = step(direction)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Text size {percent} %").format(percent=percent),
        3000,
    )
    return percent


def add_actions(menu: QMenu, window: QMainWindow) -> None:
    """Zoom in, Zoom out and Normal size, with their keys: the same in every window."""
    for text, direction, keys in (
        # Ctrl+= too: on most keyboards "+" needs Shift, and people press Ctrl and the key.
        (N_ZOOM_IN, +1, (QKeySequence.StandardKey.ZoomIn, "Ctrl+=")),
        (N_ZOOM_OUT, -1, (QKeySequence.StandardKey.ZoomOut,)),
        (N_NORMAL, 0, ("Ctrl+0",)),
    ):
        action = QAction(QCoreApplication.translate("MainWindow", text), menu)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _=False, d=direction: step_in(window, d))
        menu.addAction(action)


def restore() -> int:
    """At start-up: the zoom of the last run."""
    return apply(current()) if current() != NORMAL else NORMAL


class WheelZoom(QObject):
    """Ctrl+wheel over a window zooms instead of scrolling.

    It watches each window itself, where Qt delivers a wheel before handing it to the
    widget under the pointer, not the whole application: an application-wide filter in
    Python runs for every event of every widget, and makes PySide6 build a Python type
    (with all its enums) for each kind of object those events reach (~40 ms at start-up)."""

    def __init__(self, on_zoom, parent: QObject | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._on_zoom = on_zoom

    def watch(self, widget: QWidget) -> None:
        """Zoom on Ctrl+wheel anywhere over ``widget``'s window (call once it is shown)."""
        window = widget.windowHandle()
        if window is not None:
            window.installEventFilter(self)  # installing twice keeps one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every input event of the window passes here: the type test must be the cheapest
        # there is (isinstance; event.type() builds a Python enum, ~1.5 µs each time).
        if isinstance(event, QWheelEvent) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self._on_zoom(1 if delta > 0 else -1)
            return True
        return False
