"""What a user can ask for, one call each, for the GUI and the CLI alike.

An assessment is scored, reported, planned and compared here and only here: the windows and
the commands ask these functions and show what comes back. Heavy libraries (ReportLab,
openpyxl) are imported when their output is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from wen_assess.scoring import Result, score

if TYPE_CHECKING:
    from wen_assess.compare import Comparison
    from wen_assess.plan import PlanEntry
    from wen_assess.questionnaire import Questionnaire, Registry
    from wen_assess.records import AssessmentRecord
    from wen_assess.storage.service import AssessmentService

COMPARISON_KINDS = (".pdf", ".csv")


@dataclass(frozen=True)
class Assessment:
    """An assessment with its questionnaire: from the database or read from a file."""

    questionnaire: Questionnaire
    record: AssessmentRecord
    # Finds another assessment by uuid where this one came from (its database); None for a
    # file read on its own, whose baseline is then not available.
    find: Callable[[str], Assessment | None] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def baseline(self) -> Assessment | None:
        """The assessment this one was started from (a re-assessment), when it is available."""
        uuid = self.record.baseline_uuid
        if uuid is None or self.find is None:
            return None
        return self.find(uuid)

    @cached_property
    def result(self) -> Result:
        return result_of(self.questionnaire, self.record)

    @cached_property
    def plan(self) -> list[PlanEntry]:
        from wen_assess.plan import plan_entries

        return plan_entries(self.record, self.result)


def result_of(questionnaire: Questionnaire, record: AssessmentRecord) -> Result:
    """The one way an assessment's record is scored: its answers against its targets."""
    return score(questionnaire, record.scoring_answers(), record.targets)


def load(service: AssessmentService, assessment_id: int) -> Assessment:
    record = service.get(assessment_id).record
    return Assessment(service.questionnaire_of(record), record, partial(_find, service))


def load_many(service: AssessmentService, assessment_ids: list[int]) -> list[Assessment]:
    """Like ``load`` for each, read in a few queries (a comparison of many)."""
    return [
        Assessment(service.questionnaire_of(s.record), s.record, partial(_find, service))
        for s in service.get_many(assessment_ids)
    ]


def _find(service: AssessmentService, uuid: str) -> Assessment | None:
    """The stored assessment with this uuid, or None when the library does not hold it (or
    its questionnaire is not installed)."""
    from wen_assess.storage.service import ServiceError

    if not service.uuid_exists(uuid):
        return None
    try:
        return load(service, service.resolve(uuid))
    except ServiceError:
        return None


def read_file(path: Path | str, registry: Registry) -> Assessment:
    """An assessment file, checked whole (ExchangeError otherwise); nothing is imported."""
    from wen_assess.exchange import read_assessment_file

    record = read_assessment_file(path, registry)
    return Assessment(registry.get(record.questionnaire.id, record.questionnaire.version), record)


def write_report(assessment: Assessment, path: Path | str, language: str | None = None) -> Path:
    """The PDF improvement report (OSError when it cannot be written); a re-assessment's
    report compares it with its baseline when that is available. Written in ``language``,
    by default the assessment's working language."""
    from wen_assess.report import build_report

    baseline = assessment.baseline
    return build_report(
        assessment.questionnaire,
        assessment.record,
        assessment.result,
        path,
        baseline=(baseline.questionnaire, baseline.record) if baseline else None,
        language=language,
    )


def write_plan(assessment: Assessment, path: Path | str, language: str | None = None) -> Path:
    """The action plan as an Excel workbook (.xlsx) or CSV, by the name's suffix. The workbook
    is in ``language`` (by default the assessment's); the CSV's headers and codes stay English."""
    from wen_assess.plan import write_plan as write

    return write(
        assessment.questionnaire,
        assessment.plan,
        path,
        assessment.record,
        language,
        still_to_assess=assessment.result.still_to_assess,  # scored once, with the plan
    )


def write_comparison(
    comparison: Comparison, path: Path | str, language: str | None = None
) -> list[Path]:
    """A comparison as a PDF, or as CSV files (``path`` by area, ``<stem>-items.csv`` by item).
    The PDF is in ``language``, by default the assessments' shared working language, else
    English; the CSV keeps English headers and codes.

    ValueError for another kind of file; OSError when it cannot be written.
    """
    path = Path(path)
    kind = path.suffix.lower()
    if kind == ".pdf":
        from wen_assess.report.comparison import build_comparison_report

        return [build_comparison_report(comparison, path, language)]
    if kind == ".csv":
        from wen_assess.compare_csv import write_comparison_csv

        return list(write_comparison_csv(comparison, path))
    raise ValueError(f"{path}: the output must end in .pdf or .csv")
