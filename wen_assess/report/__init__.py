"""The PDF improvement report of an assessment.

The report is made only from ``(questionnaire, record, result)``, where ``result`` is
``wen_assess.scoring.score(questionnaire, record.scoring_answers(), record.targets)``: it shows
the scoring engine's numbers and never computes its own.

ReportLab is slow to import, so it is imported only when a report is built: importing this
package is cheap.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wen_assess.questionnaire.model import Questionnaire
    from wen_assess.records import AssessmentRecord
    from wen_assess.scoring import Result

__all__ = ["build_report"]


def build_report(
    questionnaire: Questionnaire,
    record: AssessmentRecord,
    result: Result,
    path: str | os.PathLike[str],
    *,
    baseline: tuple[Questionnaire, AssessmentRecord] | None = None,
    language: str | None = None,
) -> Path:
    """Write the report of ``record`` to ``path`` and return the path.

    ``baseline`` is the assessment a re-assessment was started from (``record.baseline_uuid``),
    when available: the report then shows the progress since it. A re-assessment without it
    says in one line that the progress cannot be shown.

    The report is written in ``language`` (en, fr, es, pt), by default the assessment's working
    language.

    The PDF is written to a temporary file in the same folder and renamed into place, so an
    existing report is never left half-written.
    """
    from wen_assess.report.data import ReportData
    from wen_assess.report.document import write_document
    from wen_assess.report.sections import all_sections

    target = Path(path)
    data = ReportData(questionnaire, record, result, baseline, language=language or "")
    cover, body = all_sections(data)
    write_document(target, data, cover, body)  # atomic: see write_pdf
    return target
