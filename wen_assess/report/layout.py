"""What to tell the user when ReportLab cannot lay a document out.

A table cell or a kept-together block taller than a page cannot be split: ReportLab raises
LayoutError with a message only a developer can read. The document names the part it was
placing when that happened; the refusal quotes the start of that part's longest text (the one
that made it too tall, not a table's header) and the page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from wen_assess.errors import shown
from wen_assess.files import OutputRefused
from wen_assess.i18n import N_
from wen_assess.messages import Worded

QUOTED_MAX = 60  # characters of the part quoted in the refusal


class LayoutRefused(OutputRefused):
    """The document does not fit on its pages; nothing was written."""


def refusal(part: Flowable | None, page: int) -> LayoutRefused:
    start = longest_text(part) if part is not None else ""
    what = (
        Worded(N_("the part starting “{start}”"), start=shown(start, QUOTED_MAX))
        if start
        else Worded(N_("a part of it"))
    )
    return LayoutRefused(
        0,
        Worded(
            N_(
                "it cannot be laid out: {what} is too large for a page (page {page}); "
                "shorten that text"
            ),
            what=what,
            page=page,
        ),
    )


def longest_text(part: object, depth: int = 0) -> str:
    """The longest text in ``part`` (a paragraph, a table, a kept-together block), spaces
    collapsed, or "" when it holds none."""
    if depth > 8:  # nested tables are shallow; a cycle is not worth following
        return ""
    if isinstance(part, Paragraph):
        return " ".join(part.getPlainText().split())
    if isinstance(part, str):
        return " ".join(part.split())
    return max((longest_text(child, depth + 1) for child in _children(part)), key=len, default="")


def _children(part: object) -> list[object]:
    rows = getattr(part, "_cellvalues", None)  # a Table
    if rows is not None:
        return [cell for row in rows for cell in (row if isinstance(row, list | tuple) else [row])]
    content = getattr(part, "_content", None)  # KeepTogether and other containers
    if isinstance(content, list | tuple):
        return list(content)
    if isinstance(part, list | tuple):
        return list(part)
    return []
