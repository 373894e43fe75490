"""The fonts the app ships, as one list for the PDFs (ReportLab) and the screen (Qt).

DejaVu Sans is the base font: it draws Latin (Vietnamese included), Greek and Cyrillic. The other
files cover the scripts WEN members write in and DejaVu lacks. ReportLab has no font fallback, so
:mod:`wen_assess.report.fonts` picks one of :data:`FALLBACKS` per run of text; Qt falls back by
itself once the same files are registered (:mod:`wen_assess.ui.fonts`). Nothing here imports
ReportLab or Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from wen_assess.paths import fonts_dir


class Face(NamedTuple):
    """A regular face and, where the script has one, its bold face (file names)."""

    name: str  # the ReportLab font name of the regular face
    regular: str
    bold: str | None = None


BASE = Face("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
BASE_ITALIC = ("DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")

# In the order a character's font is looked for after DejaVu Sans: the script fonts first, the
# large CJK font late (it also has Latin-looking symbols the script fonts draw better), emoji last.
FALLBACKS: tuple[Face, ...] = (
    Face("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Face("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    Face("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    Face("NotoSansBengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    Face("NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    Face("NotoSansLao", "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
    Face("NotoSansKhmer", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
    Face("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
    # Chinese (and Japanese, Korean): a TrueType build, since ReportLab cannot embed CFF fonts.
    Face("DroidSansFallback", "DroidSansFallbackFull.ttf"),
    # Monochrome emoji: colour emoji fonts (bitmaps) cannot be embedded in a PDF by ReportLab.
    Face("NotoEmoji", "NotoEmoji-Regular.ttf"),
)


def font_files() -> list[Path]:
    """Every bundled font file, base font first."""
    folder = fonts_dir()
    names = [BASE.regular, BASE.bold, *BASE_ITALIC]
    for face in FALLBACKS:
        names += [face.regular] + ([face.bold] if face.bold else [])
    return [folder / name for name in names if name]
