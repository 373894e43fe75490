"""Import assessment files: each validated whole, then written in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.reader import read_assessment_file
from wen_assess.storage.service import AssessmentService, ServiceError

if TYPE_CHECKING:
    from wen_assess.records import AssessmentRecord


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: str  # "imported", "duplicate", "rejected" (the file) or "failed" (the database)
    message: str
    assessment_id: int | None = None


def import_files(service: AssessmentService, paths: list[Path | str]) -> list[ImportOutcome]:
    return [import_file(service, path) for path in paths]


def _same_content(stored: AssessmentRecord, incoming: AssessmentRecord) -> bool:
    ignore = {"questionnaire", "created_at", "updated_at"}  # checksum and times may differ
    return stored.model_dump(exclude=ignore) == incoming.model_dump(exclude=ignore)


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else "at an unknown time"


def import_file(service: AssessmentService, path: Path | str) -> ImportOutcome:
    try:
        record = read_assessment_file(path, service.registry)
    except ExchangeError as error:
        return ImportOutcome(str(path), "rejected", "; ".join(error.problems))
    label = f"{record.network.name} — {record.title or record.questionnaire.id}"
    if service.uuid_exists(record.uuid):
        stored = service.get(service.resolve(record.uuid)).record
        if _same_content(stored, record):
            return ImportOutcome(str(path), "duplicate", f"{label}: already in the database")
        return ImportOutcome(
            str(path),
            "duplicate",
            f"{label}: a different version of this assessment is already in the database "
            f"(stored copy changed {_when(stored.updated_at)}, file {_when(record.updated_at)}); "
            "not imported. Delete the stored one first to replace it.",
        )
    try:
        with service.transaction() as session:
            assessment_id = service.add_record(record, session)
    except ServiceError as error:  # e.g. the database is locked or the disk is full
        return ImportOutcome(str(path), "failed", f"{label}: not imported: {error}")
    return ImportOutcome(str(path), "imported", label, assessment_id)
