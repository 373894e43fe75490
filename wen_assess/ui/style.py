"""Colours and small visual conventions shared by every screen."""

from __future__ import annotations

from PySide6.QtGui import QColor

from wen_assess.formatting import band_colour as band_hex

ACCENT = "#1f4e79"
TARGET_COLOUR = "#7a7a7a"


def band_colour(band: str | None) -> QColor:
    return QColor(band_hex(band))


__all__ = ["ACCENT", "TARGET_COLOUR", "band_colour", "band_hex"]
