"""The screen draws every script a user may type with a glyph, from the fonts the app ships."""

import unicodedata

import pytest
from PySide6.QtGui import QRawFont, QTextLayout
from PySide6.QtWidgets import QLabel
from script_samples import SAMPLES

from wen_assess.fonts import font_files
from wen_assess.ui.fonts import install_fonts


@pytest.fixture(scope="module")
def bundled_families(qapp):
    return install_fonts(qapp)


def glyph_runs(label: QLabel):
    """The glyphs Qt lays out for the label's text, in the fonts its fallback picked."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout.glyphRuns()


@pytest.mark.parametrize("script", list(SAMPLES))
def test_a_label_draws_each_script_with_a_bundled_font_and_no_missing_glyph(
    qtbot, bundled_families, script
):
    label = QLabel(SAMPLES[script])
    qtbot.addWidget(label)
    label.show()
    assert not label.grab().isNull()
    runs = glyph_runs(label)
    assert runs
    for run in runs:
        raw = run.rawFont()
        # Glyph 0 is the font's "missing glyph" box.
        assert 0 not in run.glyphIndexes(), f"{script}: a box in {raw.familyName()}"


@pytest.mark.parametrize("script", list(SAMPLES))
def test_the_shipped_fonts_alone_have_every_character(qapp, script):
    """Qt may prefer a system font; on a machine without one the shipped files must do."""
    raw_fonts = [QRawFont(str(path), 12) for path in font_files()]
    assert all(raw.isValid() for raw in raw_fonts)
    for char in SAMPLES[script]:
        if char.isspace() or unicodedata.category(char) in ("Cf", "Mn", "Mc"):
            continue  # joiners and marks are drawn as part of the letter they belong to
        assert any(raw.supportsCharacter(ord(char)) for raw in raw_fonts), f"{script}: {char!r}"


def test_the_app_registers_every_script_font(bundled_families):
    for family in ("DejaVu Sans", "Noto Sans Arabic", "Noto Sans Thai", "Noto Emoji"):
        assert family in bundled_families
