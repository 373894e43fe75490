"""Register the bundled fonts with Qt, so text renders the same on every machine.

The files are the ones the PDFs use (:func:`wen_assess.fonts.font_files`): DejaVu Sans is the
application font, and Qt falls back to the script fonts by itself for Arabic, Amharic, Thai,
Lao, Khmer, Burmese, Devanagari, Bengali, Chinese and emoji, even on a machine without them.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from wen_assess.fonts import font_files

FAMILY = "DejaVu Sans"


def install_fonts(app: QApplication, point_size: float = 10) -> list[str]:
    """Register every bundled font and make DejaVu Sans the application font; returns the
    families Qt registered."""
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    app.setFont(font)
    return list(dict.fromkeys(families))
