"""Finding one's way in a PDF: the outline (bookmarks), the clickable table of contents, and the
page numbers both point to.

The headings are found in the story before it is laid out (every ``h1`` and ``h2`` paragraph,
also inside ``KeepTogether``), so the contents can be printed in one pass: its lines and links
are drawn where it stands, and the page numbers, known only once every page is laid out, are
written when the held pages are saved (see ``document._NumberedCanvas``). Sections need do
nothing but use the heading styles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from wen_assess.report.fonts import BOLD, REGULAR, draw_text, text_width
from wen_assess.report.styles import INK, RULE
from wen_assess.report.text import fit

OUTLINE_LEVELS = {"h1": 0, "h2": 1}
# Contents lines of a section and of a subsection: font, size, line height.
_LINES = {0: (BOLD, 10.0, 17.0), 1: (REGULAR, 9.0, 13.5)}


@dataclass(frozen=True)
class Heading:
    level: int  # 0 = section, 1 = subsection
    text: str  # as printed, without markup
    key: str  # the bookmark's name


def heading_text(flowable: Flowable) -> str | None:
    """The text of a section or subsection heading as printed; None for any other flowable."""
    if not isinstance(flowable, Paragraph) or flowable.style.name not in OUTLINE_LEVELS:
        return None
    # Once laid out, a shaped paragraph's text holds glyphs (Thai, Arabic forms), not the text
    # typed: keep the text read from the story before layout.
    if not hasattr(flowable, "_heading_text"):
        flowable._heading_text = " ".join(flowable.getPlainText().split())
    return flowable._heading_text


def find_headings(story: Iterable[Flowable]) -> list[Heading]:
    """Every section and subsection heading of ``story``, in reading order.

    Levels never jump by more than one (a PDF outline cannot), so a subsection before any
    section is listed as a section.
    """
    found: list[Heading] = []
    previous = -1

    def walk(flowables: Iterable[Flowable]) -> None:
        nonlocal previous
        for flowable in flowables:
            content = getattr(flowable, "_content", None)
            if isinstance(content, list):
                walk(content)
                continue
            text = heading_text(flowable)
            if text is None:
                continue
            level = min(OUTLINE_LEVELS[flowable.style.name], previous + 1)
            previous = level
            found.append(Heading(level, text, f"heading-{len(found) + 1}"))

    walk(story)
    return found


class Contents(Flowable):
    """The table of contents: one line per heading, each a link to it, with its page number
    (written by the canvas once the pages are known); splits across pages if it must."""

    INDENT = 7 * mm
    NUMBER_ROOM = 14 * mm

    def __init__(self, headings: list[Heading]) -> None:
        super().__init__()
        self.headings = headings

    def _line_height(self, heading: Heading) -> float:
        return _LINES[min(heading.level, 1)][2]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(self._line_height(h) for h in self.headings)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used, count = 0.0, 0
        for heading in self.headings:
            if used + self._line_height(heading) > available_height:
                break
            used += self._line_height(heading)
            count += 1
        if count == 0 or count == len(self.headings):
            return []
        return [Contents(self.headings[:count]), Contents(self.headings[count:])]

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for heading in self.headings:
            font, size, height = _LINES[min(heading.level, 1)]
            y -= height
            indent = self.INDENT * min(heading.level, 1)
            baseline = y + (height - size) / 2 + 1
            room = self.width - indent - self.NUMBER_ROOM
            text = fit(heading.text, room, lambda t, f=font, s=size: text_width(t, f, s))
            canvas.setFont(font, size)
            canvas.setFillColor(INK)
            # A heading may hold a network's name: any script, drawn as a Paragraph draws it.
            draw_text(canvas, indent, baseline, text, font, size)
            end = indent + text_width(text, font, size) + 4
            if end < self.width - self.NUMBER_ROOM + 4:  # a dotted leader to the page number
                canvas.saveState()
                canvas.setStrokeColor(RULE)
                canvas.setDash(1, 2.5)
                canvas.line(end, baseline, self.width - self.NUMBER_ROOM + 6, baseline)
                canvas.restoreState()
            canvas.linkRect("", heading.key, (indent, y, self.width, y + height), thickness=0)
            x_abs, y_abs = canvas.absolutePosition(self.width, baseline)
            canvas.page_number_later(heading.key, x_abs, y_abs, font, size)  # type: ignore[attr-defined]
