"""ReportLab's Paragraph, its lines broken once per width.

A table asks each cell's paragraph for its size two or three times at the same width (to
measure its rows, to split it across pages, to draw it), and each time ReportLab broke the
lines anew: two thirds of all line breaking in a long report (bench_report). The lines depend
only on the width, so the last answer is given again while its lines are still the
paragraph's own (a split with no room left drops them, and the next wrap breaks them anew).

Nothing else may change between two wraps: the app never changes a paragraph's text, style or
bullet once made (ReportLab's own split makes new paragraphs). Every PDF the app writes makes
its paragraphs with this class (tests/report/test_paragraph.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph as _ReportLabParagraph


class Paragraph(_ReportLabParagraph):
    _last_wrap: tuple[float, Any, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = getattr(self, "blPara", None)
        last = self._last_wrap
        if last is not None and last[0] == availWidth and last[1] is lines:
            return last[2]
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, getattr(self, "blPara", None), size)
        return size
