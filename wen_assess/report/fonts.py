"""The report's fonts: DejaVu Sans, shipped with the app, registered with ReportLab once.

This module is the one place fonts are registered for ReportLab. ReportLab's built-in
Helvetica cannot draw Vietnamese letters and has no font fallback, so every style of the report
uses these fonts. The list of files (:data:`FONT_FILES`) is importable without ReportLab so that
the Qt side can register the very same files.
"""

from __future__ import annotations

import threading
from pathlib import Path

from wen_assess.paths import fonts_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

# ReportLab font name -> file name in wen_assess.paths.fonts_dir()
FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def font_paths() -> dict[str, Path]:
    """Font name -> path of the bundled TrueType file."""
    folder = fonts_dir()
    return {name: folder / file for name, file in FONT_FILES.items()}


def register_fonts() -> None:
    """Register the DejaVu family with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        paths = font_paths()
        missing = [str(p) for p in paths.values() if not p.is_file()]
        if missing:
            raise FileNotFoundError(
                "the report fonts are missing from the installation: " + ", ".join(missing)
            )
        for name, path in paths.items():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # So that <b> and <i> inside a Paragraph pick the right face.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
