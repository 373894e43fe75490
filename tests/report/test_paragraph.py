"""Paragraphs broken into lines once per width (wen_assess/report/paragraph.py): the same
lines and heights as ReportLab's own at every width, in every order, and after a split."""

from __future__ import annotations

import ast
import io

from conftest import REPO
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as ReportLabParagraph

from wen_assess.report.paragraph import Paragraph

STYLE = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12)
TEXT = " ".join(f"word{n}" for n in range(120))


def _lines(paragraph) -> list[str]:  # type: ignore[no-untyped-def]
    return [" ".join(str(w) for w in line[1]) for line in paragraph.blPara.lines]


def test_every_width_in_any_order_gives_reportlabs_lines_and_height():
    kept = Paragraph(TEXT, STYLE)
    for width in (300, 120, 300, 300, 450, 120, 120):
        fresh = ReportLabParagraph(TEXT, STYLE)
        assert kept.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert _lines(kept) == _lines(fresh)


def test_a_split_that_drops_the_lines_is_wrapped_anew_and_still_draws():
    paragraph = Paragraph(TEXT, STYLE)
    width, height = paragraph.wrap(200, 1000)
    # No room for two lines: ReportLab gives up the split and drops the lines it broke.
    assert paragraph.split(200, 13) == []
    assert not hasattr(paragraph, "blPara")
    assert paragraph.wrap(200, 1000) == (width, height)
    assert len(paragraph.blPara.lines) * STYLE.leading == height
    canvas = Canvas(io.BytesIO())
    paragraph.drawOn(canvas, 0, 0)  # the lines are there to draw
    first, rest = paragraph.split(200, 60)
    assert first.wrap(200, 60)[1] + rest.wrap(200, 1000)[1] == height


def test_every_pdf_the_app_writes_makes_its_paragraphs_with_the_one_class():
    """A paragraph made with ReportLab's class would break its lines again at every ask.
    Modules may still name that class to recognise any paragraph (isinstance) or to change
    how every paragraph draws (fonts.py): they must not make one, under any name."""
    makers = []
    for path in sorted((REPO / "wen_assess").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {  # what ReportLab's class is called in this module, if it is imported
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab")
            for alias in node.names
            if alias.name == "Paragraph"
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = node.func
            if (isinstance(called, ast.Name) and called.id in names) or (
                isinstance(called, ast.Attribute) and called.attr == "Paragraph"
            ):
                makers.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert makers == []
