"""Colours and small visual conventions shared by every screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from wen_assess.formatting import band_colour as band_hex

ACCENT = "#1f4e79"
TARGET_COLOUR = "#7a7a7a"
HINT_GREY = "#5f5f5f"  # secondary text: meanings, hints
SAVED_GREEN = "#2e7d32"  # saved, nothing missing, comparable
CAUTION_AMBER = "#9a5b00"  # worth a second look: not comparable as it is, left out
INK = "#222222"  # drawn text on charts
ALERT_RED = "#b3261e"  # not saved, critical items


def band_colour(band: str | None) -> QColor:
    return QColor(band_hex(band))


def set_text_colour(widget: QWidget, colour: str) -> None:
    """The colour of a widget's text. The palette, not a style sheet: a style sheet would pin
    the widget's font against the zoom."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)


__all__ = [
    "ACCENT",
    "ALERT_RED",
    "CAUTION_AMBER",
    "HINT_GREY",
    "INK",
    "SAVED_GREEN",
    "TARGET_COLOUR",
    "band_colour",
    "band_hex",
    "set_text_colour",
]
