"""The last section: a short note on how the comparison is made."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from wen_assess.compare import Comparison
from wen_assess.report.blocks import paragraph
from wen_assess.report.styles import styles


def method(comparison: Comparison, number: int) -> list[Flowable]:
    s = styles()
    lines = [
        "<b>Scores</b> are calculated by the application's scoring engine, exactly as in each "
        "assessment's own report, and shown with one decimal. An area with no item answered "
        "with a level is “Not scored”, never 0, and has no change.",
        "<b>Change vs baseline</b> = the score minus the baseline assessment's score, in "
        "percentage points. The baseline is the earliest assessment unless another was chosen.",
        "<b>Different questionnaires or versions:</b> every score is recalculated on the items "
        "they share, so that like is compared with like; the compatibility section lists them.",
        "<b>Completeness</b> = items answered (a level, or not applicable) / all items of the "
        "assessment. A partly answered assessment is scored on its answered items only.",
        "<b>Rankings</b> list at most five entries. Areas of concern are the areas that are the "
        "weakest in most assessments (or, if none is, the two lowest on average), lowest mean "
        "score first.",
    ]
    # Short: kept on one page with its heading.
    heading = paragraph(f"{number} How the comparison is made", "h1")
    return [KeepTogether([heading, *(Paragraph(line, s.bullet, bulletText="•") for line in lines)])]
