"""The last section: a short note on how the comparison is made."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from wen_assess.report.blocks import paragraph
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import styles
from wen_assess.report.text import esc


def method(data: ComparisonData, number: int) -> list[Flowable]:
    s, _ = styles(), data.t
    lines = [
        _(
            "<b>Scores</b> are calculated by the application's scoring engine, exactly as in "
            "each assessment's own report, and shown with one decimal. An area with no item "
            "answered with a level is “Not scored”, never 0, and has no change."
        ),
        _(
            "<b>Change</b> = the score minus the score of the same network's earlier "
            "assessment, in percentage points: the baseline for the baseline's network (the "
            "earliest assessment unless another was chosen), the network's earliest for any "
            "other network. Only a change says that a network moved."
        ),
        _(
            "<b>Difference vs baseline</b> = another network's score minus the baseline's score. "
            "Networks differ in size, mandate and history: a difference is not a change over "
            "time."
        ),
        _(
            "<b>Different questionnaires or versions:</b> every score is recalculated on the "
            "items they share, so that like is compared with like; the compatibility section "
            "lists them."
        ),
        _(
            "<b>Completeness</b> = items answered (a level, or not applicable) / all items of "
            "the assessment. A partly answered assessment is scored on its answered items only."
        ),
        _(
            "<b>Rankings</b> list at most five entries; the rankings of changes are counted "
            "within each network assessed more than once. Areas of concern are the areas that "
            "are the weakest in most assessments (or, if none is, the two lowest on average), "
            "lowest mean score first. An assessment with only one area scored has no weakest "
            "area."
        ),
    ]
    # Short: kept on one page with its heading.
    heading = paragraph(f"{number} {esc(_('How the comparison is made'))}", "h1")
    return [KeepTogether([heading, *(Paragraph(line, s.bullet, bulletText="•") for line in lines)])]
