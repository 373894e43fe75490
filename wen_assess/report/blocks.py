"""Small building blocks shared by the report's and the comparison's sections: paragraphs,
table cells, tables that split well, headings kept with what follows, dates as printed."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Table

from wen_assess import formatting as fmt
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    MUTED,
    PRIMARY,
    RULE,
    WARNING,
    hex_of,
    layout_style,
    styles,
    table_style,
)
from wen_assess.report.text import esc

MUTED_HEX = hex_of(MUTED)
WARNING_HEX = hex_of(WARNING)

# --- small builders ---------------------------------------------------------------------------


def paragraph(markup: str, style_name: str = "body") -> Paragraph:
    return Paragraph(markup, getattr(styles(), style_name))


def table_cell(text: object, style_name: str = "cell") -> Paragraph:
    """A table cell holding user text, escaped."""
    return Paragraph(esc(text), getattr(styles(), style_name))


def muted(markup: str) -> str:
    return f'<font color="{MUTED_HEX}">{markup}</font>'


def warn(markup: str) -> str:
    return f'<font color="{WARNING_HEX}">{markup}</font>'


# --- changes, in both reports ----------------------------------------------------------------

UP_HEX = fmt.BAND_PALETTE[-1]  # a rise: the top band's green
DOWN_HEX = fmt.BAND_PALETTE[0]  # a fall: the lowest band's red


def delta_markup(delta: float | None, language: str) -> str:
    """A change in points, green when it rose and red when it fell; the dash, muted."""
    text = esc(fmt.change(delta, language=language))
    if delta is None:
        return muted(text)
    if text.startswith("±"):
        return text
    return f'<font color="{UP_HEX if delta > 0 else DOWN_HEX}">{text}</font>'


def level_change_markup(before: int | None, after: int | None) -> str:
    """An answer's level then and now, with a coloured arrow when it rose or fell."""
    text = f"<b>{esc(fmt.level_change(before, after))}</b>"
    if before is None or after is None or before == after:
        return text
    arrow = (
        f'<font color="{UP_HEX}">▲</font>'
        if after > before
        else f'<font color="{DOWN_HEX}">▼</font>'
    )
    return f"{text} {arrow}"


# A row taller than the space left on the page is split inside only if at least this many points
# of it fit (otherwise the whole row moves on): ordinary rows never split, and a long text never
# leaves a sliver at the foot of a page.
MIN_ROW_SLICE = 200


def styled_table(
    header: Sequence[str],
    rows: list[list[Flowable]],
    widths_mm: Sequence[float],
    extra: list[tuple] | None = None,
    *,
    zebra: bool = True,
    rules: bool = True,
    split_in_row: int = MIN_ROW_SLICE,
    markup_head: bool = False,
    right: Sequence[int] = (),
) -> Table:
    """A data table of both PDFs: the head row repeated on each page, the widths scaled to the
    page, very tall rows split inside.

    Column heads are plain text (escaped here), or with ``markup_head`` the report's own markup
    (any user text in them escaped by the caller); the heads of number columns (``right``)
    align with their numbers.
    """
    scale = CONTENT_WIDTH / (sum(widths_mm) * mm)
    s = styles()
    head_right = ParagraphStyle("header_cell_right", parent=s.header_cell, alignment=TA_RIGHT)
    head = [
        Paragraph(h if markup_head else esc(h), head_right if k in right else s.header_cell)
        for k, h in enumerate(header)
    ]
    table = LongTable(
        [head, *rows],
        colWidths=[w * mm * scale for w in widths_mm],
        repeatRows=1,
        splitInRow=split_in_row,
        hAlign="LEFT",
    )
    style = table_style(zebra=zebra, rules=rules)
    for command in extra or []:
        style.add(*command)
    table.setStyle(style)
    return table


_ROOM = {"h1": 70 * mm, "h2": 45 * mm, "h3": 30 * mm}


def heading_block(markup: str, level: str, room: float | None = None) -> list[Flowable]:
    """A heading that starts a new page unless there is room for it and what follows."""
    return [CondPageBreak(room or _ROOM[level]), paragraph(markup, level)]


def cover_table(meta: Sequence[tuple[str, str]]) -> Table:
    """The cover's label/value lines (values are markup, already escaped)."""
    rows = [
        [paragraph(muted(label), "cover_meta"), paragraph(value, "cover_meta")]
        for label, value in meta
    ]
    table = Table(rows, colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm], hAlign="LEFT")
    table.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, PRIMARY),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table
