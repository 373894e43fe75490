"""A painted line keeps the heights of the texts it showed lately: each is still the height the
text needs, as a text comes back, as more texts come than it keeps, and after a zoom."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wen_assess.ui.quiet_line import QuietLine

pytest_plugins = ("gui_helpers",)

WIDTH = 180
LONG = "2 Developing: Partly in place or documented; applied unevenly across members."


def _needed(line: QuietLine, text: str, width: int = WIDTH) -> int:
    """The height Qt's own measure gives the text, at least one line."""
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    bounds = line.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), flags, text)
    return max(bounds.height(), line.fontMetrics().lineSpacing())


@pytest.fixture
def line(qtbot) -> Iterator[QuietLine]:  # type: ignore[no-untyped-def]
    """A wrapped, centred line (as an area's score line) in a shown window."""
    holder = QWidget()
    qtbot.addWidget(holder)
    shown = QuietLine(holder, centred=True)
    QVBoxLayout(holder).addWidget(shown)
    holder.resize(WIDTH, 200)
    holder.show()
    yield shown  # the window lives as long as the test


def test_a_text_shown_again_has_its_own_height(line):
    for text in ("short", LONG, "short", LONG + " " + LONG, LONG):
        line.setText(text)
        assert line.heightForWidth(WIDTH) == _needed(line, text), text
    assert _needed(line, LONG) > _needed(line, "short")  # the texts differ in height


def test_more_texts_than_it_keeps_are_each_measured(line):
    texts = [f"{n} " + "word " * n for n in range(40)]
    for text in texts + texts[::-1]:
        line.setText(text)
        assert line.heightForWidth(WIDTH) == _needed(line, text), text


def test_a_text_changed_then_zoomed_has_the_height_of_the_new_size(line):
    line.setText(LONG)
    line.setText("short")
    before = line.heightForWidth(WIDTH)
    font = line.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    line.setFont(font)  # as a zoom step does (a FontChange)
    assert line.heightForWidth(WIDTH) == _needed(line, "short") > before
    line.setText(LONG)  # measured at this size, not the size it had when first shown
    assert line.heightForWidth(WIDTH) == _needed(line, LONG)
