"""A click changes only what must change: nothing a click changes asks for a new layout.

A QLabel given a new text, or a side panel refitted, relays out the page and the window and
re-measures every wrapped text on it: most of a click's time. These tests watch the layout
requests Qt posts while the user clicks and switches pages, and check that what the user sees
still follows (the new score, the meaning, the saved time) and that no text is cut.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from gui_helpers import area_page, opened_new
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from wen_assess.ui.layout_fence import LayoutFence

pytest_plugins = ("gui_helpers",)


class _LayoutRequests(QObject):
    """Which widgets were asked to lay themselves out again."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[QObject] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen[watched] += 1
        return False


@contextmanager
def layout_requests() -> Iterator[_LayoutRequests]:
    app = QApplication.instance()
    _settle()  # what came before is not counted
    watcher = _LayoutRequests()
    app.installEventFilter(watcher)
    try:
        yield watcher
    finally:
        _settle()
        app.removeEventFilter(watcher)


def _settle() -> None:
    # A layout request handled posts the next one up: events posted while events are processed
    # wait for the next round, so a few rounds follow a chain to its end.
    for _ in range(8):
        QApplication.processEvents()


def test_changing_a_level_repaints_and_relays_nothing_out(qtbot, make_window, service):
    window, _ = opened_new(make_window, service)
    page = area_page(window, "GOV")
    item = page.items["G2-GOV-03"]
    page.focus_item(item.item.id)
    # Each figure in the side panel once at its widest: a line wider than any shown before
    # (the overall score at 100.0 % the first time) may widen the panel, once.
    for level in (1, 3, 0, 2, 1):
        item.choose(level)
    QApplication.processEvents()
    heights = {item.meaning.height()}
    for level in (3, 0, 2, 1, 3):
        with layout_requests() as requests:
            item.choose(level)
        assert not requests.seen, {type(w).__name__: n for w, n in requests.seen.items()}
        # What the user sees still follows the click: the meaning, the area's line, the time.
        assert item.meaning.text() == item.meanings[level]
        result = window.view.controller.result.area("GOV")
        assert page.summary.text().startswith(f"1 of {result.items_total} items answered")
        assert window.view.saved_label.text().startswith("Saved ")
        heights.add(item.meaning.height())
    # The meaning line keeps the room of the longest meaning: nothing below it moves, and
    # no meaning is cut.
    assert len(heights) == 1
    for text in item.meanings.values():
        needed = item.meaning.fontMetrics().boundingRect(
            0, 0, item.meaning.width(), 10**6, 0x1000, text
        )
        assert needed.height() <= item.meaning.height(), text


def test_a_first_answer_relays_out_the_page_not_the_window(qtbot, make_window, service):
    window, _ = opened_new(make_window, service)
    area_page(window, "MEM").items["G2-MEM-01"].choose(3)  # the overall score: a first figure
    page = area_page(window, "FIN")
    for item in page.items.values():
        with layout_requests() as requests:
            item.choose(2)
        outside = [w for w in requests.seen if w is window.view or w is window]
        assert not outside, f"{item.item.id}: the window was relaid out"
        assert item.meaning.isVisible() and item.meaning.text() == item.meanings[2]
    assert window.view.progress.value() == len(page.items) + 1


def test_switching_pages_relays_out_only_the_page_shown(qtbot, make_window, service):
    window, _ = opened_new(make_window, service)
    view = window.view
    keys = [p.key for p in view.pages]
    for key in keys:  # each page laid out once at its size
        view.show_page(key)
        QApplication.processEvents()
    for key in keys:
        with layout_requests() as requests:
            view.show_page(key)
        assert view.current_page().key == key
        assert requests.seen[view] == 0 and requests.seen[window] == 0, key


def test_an_area_page_entered_again_shows_changes_saved_on_another_page(
    qtbot, make_window, service
):
    window, _ = opened_new(make_window, service)
    view = window.view
    gov = area_page(window, "GOV")
    gov.items["G2-GOV-01"].choose(2)
    area_page(window, "FIN")
    # Saved elsewhere while GOV is hidden (an undo of its answer): GOV shows it when entered.
    window.undo_action.trigger()
    assert view.current_page() is gov  # the undo is shown where it happened
    assert gov.items["G2-GOV-01"].chosen() is None
    area_page(window, "FIN")
    window.redo_action.trigger()
    area_page(window, "FIN")
    assert area_page(window, "GOV").items["G2-GOV-01"].chosen() == 2


def test_a_fence_passes_on_a_change_of_room_and_keeps_the_rest_inside(qtbot):
    outer = QWidget()
    qtbot.addWidget(outer)
    label = QLabel("short")
    fence = LayoutFence(label)
    row = QHBoxLayout(outer)
    row.addWidget(fence)
    row.addStretch(1)
    outer.show()
    QApplication.processEvents()
    with layout_requests() as requests:
        label.setText("a much longer text that needs more room: 1111")
    assert requests.seen[outer] == 1  # the room asked for changed: the row makes room
    assert fence.width() >= label.sizeHint().width()
    assert label.width() == fence.width()
    with layout_requests() as requests:
        label.setText("a much longer text that needs more room: 1112")  # the same room
    assert requests.seen[outer] == 0
    assert label.text().endswith("1112")


def test_the_side_panel_on_screen_shows_each_new_figure(qtbot, make_window, service):
    """The side panel's rows are repainted one by one (the list is not told to lay itself out
    again): what is on screen, read from the window's pixels, is the panel as it now is."""
    window, _ = opened_new(make_window, service)
    view = window.view
    page = area_page(window, "GOV")
    results = next(r for r, p in enumerate(view.pages) if p.key == "results")
    shown = set()
    for level in (1, 3, 0, 2):
        page.items["G2-GOV-01"].choose(level)
        _settle()
        shown.add(view.nav.item(results).text())
        origin = view.nav.mapTo(window, view.nav.rect().topLeft())
        on_screen = window.screen().grabWindow(
            window.winId(), origin.x(), origin.y(), view.nav.width(), view.nav.height()
        )
        rendered = view.nav.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert on_screen.toImage().convertToFormat(QImage.Format.Format_RGB32) == rendered
    assert len(shown) == 4  # four levels, four overall scores
