"""The report's look: page geometry, colours (one restrained colour per band), text styles and
table styles. Every style uses the bundled DejaVu fonts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from wen_assess.formatting import band_palette
from wen_assess.questionnaire.model import Band
from wen_assess.report.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
BODY_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1E2A36")  # body text
MUTED = colors.HexColor("#5F6B77")  # secondary text
PRIMARY = colors.HexColor("#1F4E5F")  # headings, header rows
PRIMARY_LIGHT = colors.HexColor("#E6EEF1")
RULE = colors.HexColor("#C9D2D9")
ZEBRA = colors.HexColor("#F6F8F9")
TARGET = colors.HexColor("#3A3F44")
NOT_SCORED = colors.HexColor("#9AA3AB")
WARNING = colors.HexColor("#9C3D2E")
DRAFT_MARK = colors.Color(0.7, 0.15, 0.12, alpha=0.08)


def band_colours(bands: Sequence[Band]) -> dict[str, colors.Color]:
    """Band name -> colour: the same palette as the screens (wen_assess.formatting)."""
    palette = band_palette([band.name.en for band in bands])
    return {name: colors.HexColor(hex_colour) for name, hex_colour in palette.items()}


def tint(colour: colors.Color, amount: float) -> colors.Color:
    """``colour`` mixed with white: 0 = white, 1 = the colour."""
    return colors.Color(
        1 - (1 - colour.red) * amount,
        1 - (1 - colour.green) * amount,
        1 - (1 - colour.blue) * amount,
    )


def hex_of(colour: colors.Color) -> str:
    return "#" + colour.hexval()[2:]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_network: ParagraphStyle
    cover_network_long: ParagraphStyle
    cover_title: ParagraphStyle
    cover_meta: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    bullet: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=5,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    def bold(
        name: str, size: float, leading: float, colour: object, *, before: float = 0, after: float
    ) -> ParagraphStyle:
        """A heading or a cover line: bold text, sized, coloured and spaced."""
        style = derive(name, fontName=BOLD, fontSize=size, leading=leading, textColor=colour)
        style.spaceBefore, style.spaceAfter = before, after
        return style

    cell = derive("cell", fontSize=8.3, leading=10.8, spaceAfter=0)
    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=11.5),
        muted=derive("muted", fontSize=8.5, leading=11.5, textColor=MUTED),
        note=derive(
            "note",
            fontSize=8.5,
            leading=11.5,
            textColor=INK,
            backColor=PRIMARY_LIGHT,
            borderPadding=(5, 6, 5, 6),
            spaceBefore=4,
            spaceAfter=10,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED, fontName=ITALIC),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        header_cell=ParagraphStyle(
            "header_cell", parent=cell, fontName=BOLD, textColor=colors.white
        ),
        h1=bold("h1", 16, 20, PRIMARY, before=16, after=10),
        h2=bold("h2", 12.5, 16, PRIMARY, before=12, after=6),
        h3=bold("h3", 10.5, 14, INK, before=8, after=4),
        cover_kicker=bold("cover_kicker", 10, 14, MUTED, after=14),
        cover_network=bold("cover_network", 26, 31, PRIMARY, after=10),
        cover_network_long=bold("cover_network_long", 19, 23, PRIMARY, after=8),
        cover_title=derive("cover_title", fontSize=15, leading=20, textColor=INK, spaceAfter=6),
        cover_meta=derive("cover_meta", fontSize=10, leading=14, textColor=INK, spaceAfter=0),
        figure=derive(
            "figure", fontName=BOLD, fontSize=20, leading=24, alignment=TA_LEFT, spaceAfter=0
        ),
        figure_label=derive("figure_label", fontSize=8, leading=10, textColor=MUTED, spaceAfter=0),
        bullet=derive("bullet", leftIndent=14, bulletIndent=2, spaceAfter=4),
    )


# Cells hold Paragraphs with their own fonts, but a Table still selects a font for plain cells:
# DejaVu, so that no page refers to Helvetica.
_CELL_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, 8.3)


def layout_style(commands: list[tuple]) -> TableStyle:
    """A style for a layout table (cards, key figures): the cell font plus ``commands``."""
    return TableStyle([_CELL_FONT, *commands])


def table_style(*, header_rows: int = 1, zebra: bool = True, rules: bool = True) -> TableStyle:
    """Tables with a dark header row, thin rules and light zebra striping."""
    commands: list[tuple] = [
        _CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if rules:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE))
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), PRIMARY),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)
