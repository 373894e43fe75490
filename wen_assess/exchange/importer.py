"""Import assessment files: each validated whole, then written in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.reader import read_assessment_file
from wen_assess.storage.service import AssessmentService, ServiceError


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: str  # "imported", "duplicate", "rejected" (the file) or "failed" (the database)
    message: str
    assessment_id: int | None = None


def import_files(service: AssessmentService, paths: list[Path | str]) -> list[ImportOutcome]:
    return [import_file(service, path) for path in paths]


def import_file(service: AssessmentService, path: Path | str) -> ImportOutcome:
    try:
        record = read_assessment_file(path, service.registry)
    except ExchangeError as error:
        return ImportOutcome(str(path), "rejected", "; ".join(error.problems))
    label = f"{record.network.name} — {record.title or record.questionnaire.id}"
    if service.uuid_exists(record.uuid):
        return ImportOutcome(
            str(path), "duplicate", f"{label}: already in the database (same uuid)"
        )
    try:
        with service.transaction() as session:
            assessment_id = service.add_record(record, session)
    except ServiceError as error:  # e.g. the database is locked or the disk is full
        return ImportOutcome(str(path), "failed", f"{label}: not imported: {error}")
    return ImportOutcome(str(path), "imported", label, assessment_id)
