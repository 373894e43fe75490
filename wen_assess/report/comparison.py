"""The comparison PDF: several assessments side by side, the same network over time, rankings.

Made only from a :class:`wen_assess.compare.Comparison`: it shows the comparison's numbers (which
come from the scoring engine) and never computes a score of its own. It reads like the
improvement report: same fonts, styles, escaping (:func:`wen_assess.report.text.esc`), running
header and "Page x of y" footer.

ReportLab is slow to import, so it is imported only when a comparison is built.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wen_assess.compare import Comparison

__all__ = ["build_comparison_report"]


def build_comparison_report(
    comparison: Comparison, path: str | os.PathLike[str], language: str | None = None
) -> Path:
    """Write the comparison PDF to ``path`` and return the path.

    Written in ``language`` (en, fr, es, pt); by default the working language the compared
    assessments share, else English (:attr:`Comparison.language`).

    The PDF is written to a temporary file in the same folder and renamed into place, so an
    existing file is never left half-written.
    """
    from wen_assess.report.comparison_data import ComparisonData
    from wen_assess.report.comparison_document import write_comparison_document
    from wen_assess.report.comparison_sections import all_sections

    target = Path(path)
    data = ComparisonData(comparison, language or "")
    cover, body = all_sections(data)
    write_comparison_document(target, data, cover, body)  # atomic: see write_pdf
    return target
