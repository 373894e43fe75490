"""Section 4: each area with its facts and its items' answers and notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from wen_assess import formatting as fmt
from wen_assess.records import AnswerRecord
from wen_assess.report.blocks import muted, paragraph, styled_table, warn
from wen_assess.report.data import ReportData
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.sections.items import answer_level, item_markup, levels_range
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    MUTED,
    PRIMARY,
    RULE,
    ZEBRA,
    band_colours,
    hex_of,
    layout_style,
    styles,
    tint,
)
from wen_assess.report.text import esc
from wen_assess.scoring import AreaResult


def _area_facts(data: ReportData, a: AreaResult) -> Table:
    s, _ = styles(), data.t

    def fact(label: str, markup: str) -> list[Flowable]:
        return [Paragraph(esc(label), s.figure_label), Paragraph(markup, s.cell_bold)]

    colour = band_colours(data.questionnaire.bands).get(a.band or "", MUTED)
    cells = [
        fact(_("Score"), esc(data.percent(a.score, at_start=True))),
        fact(
            _("Band"),
            f'<font color="{hex_of(colour)}">{esc(data.band_text(a.band, at_start=True))}</font>',
        ),
        fact(_("Area level"), esc(data.number(a.mean_level))),
        fact(_("Target"), esc(data.number(a.target))),
        fact(_("Gap"), esc(data.number(a.gap))),
        fact(
            _("Answered"),
            _("{answered} of {total}", answered=a.items_answered, total=a.items_total)
            + (
                " " + _("({count} N/A)", count=a.items_not_applicable)
                if a.items_not_applicable
                else ""
            ),
        ),
    ]
    # The band gets the widest column: "En développement" in bold must not break mid-word.
    shares = (0.13, 0.25, 0.15, 0.12, 0.12, 0.23)
    table = Table([cells], colWidths=[CONTENT_WIDTH * share for share in shares], hAlign="LEFT")
    table.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), tint(PRIMARY, 0.06)),
                ("LINEABOVE", (0, 0), (-1, 0), 2, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


# Long notes are cut into several rows of the item table (the item named again on each), so
# that a note running over several pages stays attributed and rows move to a new page whole.
# Each piece is far shorter than a page, so these rows never need splitting inside.
NOTE_ROW_CHARS = 600


NOTE_ROW_LINES = 10


def _pieces(text: str, size: int = NOTE_ROW_CHARS, lines: int = NOTE_ROW_LINES) -> list[str]:
    """``text`` cut at white space into pieces of at most ``size`` characters and ``lines``
    line breaks each."""
    pieces, rest = [], text
    while True:
        window = rest[:size]
        breaks = [k for k, ch in enumerate(window) if ch == "\n"]
        if len(rest) <= size and len(breaks) <= lines:
            pieces.append(rest)
            return pieces
        if len(breaks) > lines:
            cut = breaks[lines]
        else:
            cut = max(window.rfind(" "), breaks[-1] if breaks else -1)
            if cut < size // 2:  # no white space near the limit: cut inside the word
                cut = size
        pieces.append(rest[:cut])
        rest = rest[cut + 1 :] if rest[cut : cut + 1] in (" ", "\n") else rest[cut:]


def _notes_rows(data: ReportData, answer: AnswerRecord | None) -> list[str]:
    """The "notes and evidence" cell of an item, as one markup string per table row."""
    if answer is None:
        return [muted(fmt.NO_VALUE)]
    rows: list[list[str]] = [[]]

    def add_text(prefix: str, text: str) -> None:
        pieces = _pieces(text)
        if len(pieces) > 1 and rows[-1]:
            rows.append([])  # a long text starts on its own row
        rows[-1].append(prefix + esc(pieces[0]))
        rows.extend([esc(piece)] for piece in pieces[1:])

    if answer.not_applicable:
        if answer.justification.strip():
            add_text(data.t("<b>Justification:</b> "), answer.justification)
        else:
            rows[-1].append(warn(data.t("<b>Justification missing</b> (required to complete)")))
    if answer.notes.strip():
        add_text("", answer.notes)
    if answer.flagged:
        rows[-1].append(warn("⚑ " + data.t("Flagged for review")))
    if answer.carried_over:
        rows[-1].append(
            muted("<i>" + data.t("Carried over from the baseline; not yet reviewed.") + "</i>")
        )
    if not rows[-1]:
        return [muted(fmt.NO_VALUE)]
    return ["<br/>".join(row) for row in rows]


def areas(data: ReportData) -> list[Flowable]:
    _ = data.t
    story: list[Flowable] = [
        PageBreak(),
        paragraph(f"{data.numbers['areas']} {_('Results by area')}", "h1"),
    ]
    for n, a in enumerate(data.result.areas, start=1):
        area = data.area(a.code)
        head: list[Flowable] = [
            paragraph(
                f"{data.numbers['areas']}.{n} {esc(data.area_name(a.code))} ({esc(a.code)})", "h2"
            ),
        ]
        if area.description:
            head.append(paragraph(esc(area.description.get(data.language)), "muted"))
        head.append(_area_facts(data, a))
        head.append(Spacer(1, 2 * mm))
        if a.capped:
            items = ", ".join(esc(i) for i in a.capping_items)
            head.append(
                paragraph(
                    warn(
                        _(
                            "The band is capped at <b>{band}</b> because critical item {items} "
                            "is at {levels} (without the cap: {uncapped}). The score itself is "
                            "not changed.",
                            band=esc(data.band_text(a.band)),
                            items=items,
                            levels=levels_range(data, data.questionnaire.rules.low_level_max),
                            uncapped=esc(data.band_text(a.uncapped_band)),
                        )
                    ),
                    "small",
                )
            )
        if a.rule == "minimum":
            head.append(
                paragraph(
                    muted(
                        _(
                            "This area uses the minimum rule: its level is the lowest level among "
                            "its applicable items."
                        )
                    ),
                    "small",
                )
            )
        rows: list[list[Flowable]] = []
        item_style: list[tuple] = []
        for k, item in enumerate(area.items):
            answer = data.answer(item.id)
            notes = _notes_rows(data, answer)
            first = len(rows) + 1  # the header is row 0
            rows.append(
                [
                    paragraph(item_markup(data, item.id), "cell"),
                    paragraph(answer_level(data, answer), "cell"),
                    paragraph(notes[0], "cell"),
                ]
            )
            for more in notes[1:]:
                rows.append(
                    [
                        paragraph(muted(_("{id} (continued)", id=esc(item.id))), "cell"),
                        paragraph("", "cell"),
                        paragraph(more, "cell"),
                    ]
                )
            last = len(rows)
            if k % 2:
                item_style.append(("BACKGROUND", (0, first), (-1, last), ZEBRA))
            item_style.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
            if last > first:
                item_style.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
                item_style.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 1))
        table = styled_table(
            [_("Item"), _("Level chosen"), _("Notes and evidence")],
            rows,
            [52, 28, 90],
            extra=item_style,
            zebra=False,
            rules=False,
            split_in_row=0,
        )
        # Start a new page unless the heading block and the first rows of the table fit.
        story.append(CondPageBreak(85 * mm))
        story.append(KeepTogether(head))
        story.append(table)
        story.append(Spacer(1, 4 * mm))
    return story
