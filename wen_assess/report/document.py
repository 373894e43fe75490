"""The page template: A4, running header ("network · date") and footer ("Page x of y"), a DRAFT
mark on every page while the assessment is in progress, and a PDF outline of the sections."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from wen_assess.report.data import ReportData
from wen_assess.report.fonts import BOLD, REGULAR
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    DRAFT_MARK,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    PRIMARY,
    RULE,
    WARNING,
    styles,
)
from wen_assess.report.text import fit

HEADER_Y = PAGE_SIZE[1] - 13 * mm
FOOTER_Y = 11 * mm
RUNNING_SIZE = 7.5


def _width(text: str, font: str = REGULAR, size: float = RUNNING_SIZE) -> float:
    return stringWidth(text, font, size)


class _NumberedCanvas(Canvas):
    """Holds every page until the end so that the footer can say "Page x of y"."""

    def __init__(self, *args, footer_left: str = "", **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._footer_left = footer_left
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, FOOTER_Y + 9, PAGE_SIZE[0] - MARGIN_RIGHT, FOOTER_Y + 9)
        page = f"Page {self._pageNumber} of {total}"
        self.setFont(REGULAR, RUNNING_SIZE)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, FOOTER_Y, page)
        room = CONTENT_WIDTH - _width(page) - 12 * mm
        self.drawString(MARGIN_LEFT, FOOTER_Y, fit(self._footer_left, room, _width))
        self.restoreState()


@dataclass(frozen=True)
class PageSetup:
    """What a document's pages say besides its content (both reports use the same pages)."""

    title: str
    author: str
    subject: str
    header: str  # running header, left
    footer: str  # running footer, left; "Page x of y" is on the right
    draft: bool = False  # "DRAFT" across every page and in the header


class _ReportTemplate(BaseDocTemplate):
    def __init__(self, filename: str, setup: PageSetup) -> None:
        super().__init__(
            filename,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=setup.title,
            author=setup.author,
            subject=setup.subject,
            creator=f"wen-assess {__version__}",
            lang="en",
            # The page preamble selects a font: DejaVu, so that no page refers to Helvetica.
            initialFontName=REGULAR,
        )
        self.setup = setup
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

    # --- page decoration ----------------------------------------------------------------------
    def _draft_mark(self, canvas: Canvas) -> None:
        if not self.setup.draft:
            return
        canvas.saveState()
        canvas.setFillColor(DRAFT_MARK)
        canvas.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
        canvas.rotate(50)
        canvas.setFont(BOLD, 120)
        canvas.drawCentredString(0, -42, "DRAFT")
        canvas.restoreState()

    def _cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._draft_mark(canvas)
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, PAGE_SIZE[1] - 9 * mm, PAGE_SIZE[0], 9 * mm, stroke=0, fill=1)
        if self.setup.draft:
            canvas.setFillColor(WARNING)
            canvas.setFont(BOLD, 9)
            canvas.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, PAGE_SIZE[1] - 16 * mm, "DRAFT")
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._draft_mark(canvas)
        canvas.saveState()
        right = "DRAFT" if self.setup.draft else ""
        right_width = _width(right, BOLD) if right else 0
        left = fit(self.setup.header, CONTENT_WIDTH - right_width - 10 * mm, _width)
        canvas.setFont(REGULAR, RUNNING_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, HEADER_Y, left)
        if right:
            canvas.setFont(BOLD, RUNNING_SIZE)
            canvas.setFillColor(WARNING)
            canvas.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, HEADER_Y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, HEADER_Y - 4, PAGE_SIZE[0] - MARGIN_RIGHT, HEADER_Y - 4)
        canvas.restoreState()

    # --- outline ------------------------------------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Paragraph):
            return
        level = {"h1": 0, "h2": 1}.get(flowable.style.name)
        if level is None:
            return
        self._outline_keys += 1
        key = f"section-{self._outline_keys}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=level > 0)


def write_pdf(path: Path, setup: PageSetup, cover: list[Flowable], body: list[Flowable]) -> None:
    """Lay out the cover and body on the shared pages and write the PDF to ``path``."""
    styles()  # registers the fonts
    doc = _ReportTemplate(str(path), setup)
    footer = f"DRAFT · {setup.footer}" if setup.draft else setup.footer
    story = [*cover, NextPageTemplate("body"), PageBreak(), *body]
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer_left=footer))


def write_document(
    path: Path, data: ReportData, cover: list[Flowable], body: list[Flowable]
) -> None:
    """The improvement report's pages."""
    q = data.questionnaire
    setup = PageSetup(
        title=f"{data.network} — {data.title}",
        author=data.record.facilitator or data.network,
        subject=f"{q.title.en} {q.version}: self-assessment report",
        header=f"{data.network} · {data.date}",
        footer=f"{q.title.en} · version {q.version}",
        draft=data.draft,
    )
    write_pdf(path, setup, cover, body)
