"""Register the bundled fonts with Qt, so text renders the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from wen_assess.paths import fonts_dir

FAMILY = "DejaVu Sans"


def install_fonts(app: QApplication, point_size: float = 10) -> None:
    for path in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    app.setFont(font)
