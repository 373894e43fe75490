"""The comparison's page template: the improvement report's pages (A4, running header, "Page x
of y" footer, PDF outline), with a header naming the compared assessments."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from wen_assess import __version__
from wen_assess.compare import Comparison, Entry
from wen_assess.report.document import HEADER_Y, RUNNING_SIZE, _NumberedCanvas, _width
from wen_assess.report.fonts import REGULAR
from wen_assess.report.sections import _short_date
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    PRIMARY,
    RULE,
    styles,
)
from wen_assess.report.text import fit


def networks_text(comparison: Comparison) -> str:
    """The compared networks, each once, in the order given: "HAWEN", "ASEAN-WEN · SAWEN"."""
    names: list[str] = []
    for entry in comparison.entries:
        if entry.network.casefold() not in (n.casefold() for n in names):
            names.append(entry.network)
    return " · ".join(names)


def questionnaires_text(comparison: Comparison) -> str:
    """The footer's questionnaire line, as the improvement report writes it for one."""
    distinct = comparison.compatibility.questionnaires
    if len(distinct) == 1:
        q = comparison.entries[0].questionnaire
        return f"{q.title.en} · version {q.version}"
    return "Questionnaires " + ", ".join(f"{qid} v{version}" for qid, version in distinct)


def when_text(entry: Entry) -> str:
    """An assessment's date as the comparison writes it: "7 Dec 2022", or "date not set"."""
    return _short_date(entry.assessment_date) or "date not set"


class _ComparisonTemplate(BaseDocTemplate):
    def __init__(self, filename: str, comparison: Comparison) -> None:
        networks = networks_text(comparison)
        super().__init__(
            filename,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"Comparison of self-assessments — {networks}",
            author=networks,
            subject=f"Comparison of {len(comparison.entries)} self-assessments",
            creator=f"wen-assess {__version__}",
            lang="en",
            initialFontName=REGULAR,  # so that no page refers to Helvetica
        )
        self.header = "Comparison · " + ", ".join(
            f"{e.network} {when_text(e)}" for e in comparison.entries
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )
        self._outline_keys = 0

    def _cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, PAGE_SIZE[1] - 9 * mm, PAGE_SIZE[0], 9 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, RUNNING_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, HEADER_Y, fit(self.header, CONTENT_WIDTH, _width))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, HEADER_Y - 4, PAGE_SIZE[0] - MARGIN_RIGHT, HEADER_Y - 4)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """The PDF outline: one entry per section (h1) and sub-section (h2)."""
        if not isinstance(flowable, Paragraph):
            return
        level = {"h1": 0, "h2": 1}.get(flowable.style.name)
        if level is None:
            return
        self._outline_keys += 1
        key = f"section-{self._outline_keys}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=level > 0)


def write_comparison_document(
    path: Path, comparison: Comparison, cover: list[Flowable], body: list[Flowable]
) -> None:
    """Lay out the cover and body and write the PDF to ``path``."""
    styles()  # registers the fonts
    doc = _ComparisonTemplate(str(path), comparison)
    story = [*cover, NextPageTemplate("body"), PageBreak(), *body]
    footer_left = questionnaires_text(comparison)
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer_left=footer_left))
