"""The page template: A4, running header ("network · date") and footer ("Page x of y"), a DRAFT
mark on every page while the assessment is in progress, a PDF outline of the sections (shown when
the file opens) and a clickable table of contents after the cover. Both PDFs (the report and
the comparison) are laid out here, so both get the same navigation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LayoutError,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from wen_assess import __version__
from wen_assess.files import replacing
from wen_assess.i18n import translator
from wen_assess.report.data import ReportData
from wen_assess.report.fonts import BOLD, REGULAR, draw_text, text_width
from wen_assess.report.layout import refusal
from wen_assess.report.navigation import Contents, Heading, find_headings, heading_text
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    DRAFT_MARK,
    INK,
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
from wen_assess.report.watermark import draw_mark

HEADER_Y = PAGE_SIZE[1] - 13 * mm
FOOTER_Y = 11 * mm
RUNNING_SIZE = 7.5


def _width(text: str, font: str = REGULAR, size: float = RUNNING_SIZE) -> float:
    return text_width(text, font, size)


class _NumberedCanvas(Canvas):
    """Holds every page until the end so that the footer can say "Page x of y".

    Bookmarks and the contents' page numbers wait with their page: a bookmark made while the
    pages are held would point at page 1 (the file has no page yet), and a page number in the
    contents is known only once the whole document is laid out.
    """

    def __init__(
        self, *args, footer_left: str = "", page_of: str = "Page {page} of {total}", **kwargs
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._footer_left = footer_left
        self._page_of_text = page_of  # "Page {page} of {total}" in the document's language
        self._pages: list[dict] = []
        self._page_of: dict[str, int] = {}  # bookmark -> page number, shared by all pages
        self._marks: list[tuple[str, dict]] = []  # this page's bookmarks
        self._numbers: list[tuple[str, float, float, str, float]] = []  # this page's numbers
        self.showOutline()  # open with the bookmarks shown (PageMode /UseOutlines)

    def bookmarkPage(self, key: str, **where: object) -> None:  # type: ignore[override]
        self._marks.append((key, where))
        self._page_of[key] = self._pageNumber

    def page_number_later(self, key: str, x: float, y: float, font: str, size: float) -> None:
        """Write the page of bookmark ``key`` right-aligned at (x, y) on this page, once known."""
        self._numbers.append((key, x, y, font, size))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self._marks, self._numbers = [], []

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            for key, where in self._marks:
                Canvas.bookmarkPage(self, key, **where)
            self._page_numbers()
            self._footer(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _page_numbers(self) -> None:
        self.saveState()
        self.setFillColor(INK)
        for key, x, y, font, size in self._numbers:
            self.setFont(font, size)
            self.drawRightString(x, y, str(self._page_of.get(key, "")))
        self.restoreState()

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, FOOTER_Y + 9, PAGE_SIZE[0] - MARGIN_RIGHT, FOOTER_Y + 9)
        page = self._page_of_text.format(page=self._pageNumber, total=total)
        self.setFont(REGULAR, RUNNING_SIZE)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, FOOTER_Y, page)
        room = CONTENT_WIDTH - _width(page) - 12 * mm
        left = fit(self._footer_left, room, _width)
        draw_text(self, MARGIN_LEFT, FOOTER_Y, left, REGULAR, RUNNING_SIZE)
        self.restoreState()


@dataclass(frozen=True)
class PageSetup:
    """What a document's pages say besides its content (both reports use the same pages)."""

    title: str
    author: str
    subject: str
    header: str  # running header, left; shortened with "…" when the line is too long
    footer: str  # running footer, left; "Page x of y" is on the right
    header_keep: str = ""  # after the header, never shortened (the date)
    draft: bool = False  # "DRAFT" across every page and in the header
    language: str = "en"  # the document's language (its words and the PDF's /Lang)


class _ReportTemplate(BaseDocTemplate):
    def __init__(self, filename: BinaryIO, setup: PageSetup, headings: list[Heading]) -> None:
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
            lang=setup.language,
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
        self._headings = headings
        self._drawn = 0  # headings bookmarked so far (they are drawn in order)
        self.placing: Flowable | None = None  # what a LayoutError was about, for the refusal

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        # The innermost part: a block that splits puts its parts back on the list first.
        self.placing = flowables[0] if flowables else None
        super().handle_flowable(flowables)

    # --- page decoration ----------------------------------------------------------------------
    def _draft_mark(self, canvas: Canvas) -> None:
        if not self.setup.draft:
            return
        canvas.saveState()
        canvas.setStrokeColor(DRAFT_MARK)
        draw_mark(canvas, _draft_word(self.setup), (PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2), 88)
        canvas.restoreState()

    def _cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._draft_mark(canvas)
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, PAGE_SIZE[1] - 9 * mm, PAGE_SIZE[0], 9 * mm, stroke=0, fill=1)
        if self.setup.draft:
            canvas.setFillColor(WARNING)
            canvas.setFont(BOLD, 9)
            canvas.drawRightString(
                PAGE_SIZE[0] - MARGIN_RIGHT, PAGE_SIZE[1] - 16 * mm, _draft_word(self.setup)
            )
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._draft_mark(canvas)
        canvas.saveState()
        right = _draft_word(self.setup) if self.setup.draft else ""
        right_width = _width(right, BOLD) if right else 0
        keep = self.setup.header_keep
        room = CONTENT_WIDTH - right_width - 10 * mm - _width(keep)
        left = fit(self.setup.header, room, _width) + keep
        canvas.setFont(REGULAR, RUNNING_SIZE)
        canvas.setFillColor(MUTED)
        # The header holds the network's name: any script, drawn like a Paragraph's text.
        draw_text(canvas, MARGIN_LEFT, HEADER_Y, left, REGULAR, RUNNING_SIZE)
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
        text = heading_text(flowable)
        if not text or self._drawn == len(self._headings):
            return
        heading = self._headings[self._drawn]
        # The next heading of the story, or the first part of it if it was split over two pages
        # (then the rest is not bookmarked again); a heading-styled title that is not in the
        # story, such as "Contents", matches none.
        if not heading.text.startswith(text):
            return
        self._drawn += 1
        # The frame's position is now below the heading and its space after.
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height + 4
        self.canv.bookmarkPage(heading.key, fit="XYZ", top=top)
        self.canv.addOutlineEntry(heading.text, heading.key, level=heading.level, closed=False)


def write_pdf(path: Path, setup: PageSetup, cover: list[Flowable], body: list[Flowable]) -> None:
    """Lay out the cover and body on the shared pages and write the PDF to ``path``.

    Every PDF the app makes is written here: to a temporary file renamed into place
    (files.replacing), so an existing file is never left half-written. A part too large for a
    page is a LayoutRefused (an OSError worded for the user), with nothing written.
    """
    # Our own handle: ReportLab leaves the file it opens open when a write fails (a full disk),
    # and Windows cannot remove an open temporary file.
    with replacing(path) as (temp,), open(temp, "wb") as handle:
        _lay_out(handle, setup, cover, body)


def _lay_out(
    handle: BinaryIO, setup: PageSetup, cover: list[Flowable], body: list[Flowable]
) -> None:
    s = styles()  # registers the fonts
    tr = translator(setup.language)
    headings = find_headings(body)
    doc = _ReportTemplate(handle, setup, headings)
    footer = f"{_draft_word(setup)} · {setup.footer}" if setup.draft else setup.footer
    contents: list[Flowable] = []
    if headings:
        contents = [
            Paragraph(tr.gettext("Contents"), s.h1),
            Contents(headings),
            PageBreak(),
        ]
    story = [*cover, NextPageTemplate("body"), PageBreak(), *contents, *body]
    page_of = tr.gettext("Page {page} of {total}")
    try:
        doc.build(story, canvasmaker=partial(_NumberedCanvas, footer_left=footer, page_of=page_of))
    except LayoutError:
        raise refusal(doc.placing, doc.page) from None


def _draft_word(setup: PageSetup) -> str:
    return translator(setup.language).gettext("DRAFT")


def write_document(
    path: Path, data: ReportData, cover: list[Flowable], body: list[Flowable]
) -> None:
    """The improvement report's pages."""
    q, title = data.questionnaire, data.questionnaire.title.get(data.language)
    setup = PageSetup(
        title=f"{data.network} — {data.title}",
        author=data.record.facilitator or data.network,
        subject=data.t(
            "{questionnaire} {version}: self-assessment report",
            questionnaire=title,
            version=q.version,
        ),
        header=data.network,
        header_keep=f" · {data.date}",
        footer=data.t(
            "{questionnaire} · version {version}", questionnaire=title, version=q.version
        ),
        draft=data.draft,
        language=data.language,
    )
    write_pdf(path, setup, cover, body)
