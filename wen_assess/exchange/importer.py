"""Import assessment files: each validated whole, then written in one transaction.

A batch tries every file whatever happens to the others, and hands each outcome back as soon
as the file is done, so a caller can print it at once: a batch killed half-way has said which
files it imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from wen_assess.errors import AppError, log_unexpected, shown
from wen_assess.exchange.errors import ExchangeError, problems_text
from wen_assess.exchange.reader import Matched, read_matched
from wen_assess.i18n import N_
from wen_assess.messages import Joined, Worded, of_error
from wen_assess.storage.models import Assessment
from wen_assess.storage.service import AssessmentService, ServiceError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wen_assess.records import AssessmentRecord

IMPORTED, DUPLICATE, REJECTED, FAILED = "imported", "duplicate", "rejected", "failed"
# What each outcome is called in the lines the user reads (marked for the app's languages).
WORDS = {
    IMPORTED: N_("imported"),
    DUPLICATE: N_("already present"),
    REJECTED: N_("rejected"),
    FAILED: N_("not imported"),
}
SUMMARY = N_("{imported} imported, {present} already present, {rejected} rejected")


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: str  # "imported", "duplicate", "rejected" (the file) or "failed" (the database)
    message: str
    assessment_id: int | None = None

    @property
    def word(self) -> str:
        return WORDS[self.status]

    @property
    def says_word(self) -> bool:
        """Whether the message starts with the outcome's word itself ("not imported: …"), so
        a line shows the message alone rather than the word twice."""
        return self.status == FAILED

    @property
    def refused(self) -> bool:
        return self.status in (REJECTED, FAILED)


def import_files(service: AssessmentService, paths: Iterable[Path | str]) -> list[ImportOutcome]:
    return list(iter_imports(service, paths))


def iter_imports(
    service: AssessmentService, paths: Iterable[Path | str]
) -> Iterator[ImportOutcome]:
    """Each file's outcome as soon as it is known; an error with one file never stops the rest."""
    for path in paths:
        try:
            yield import_file(service, path)
        except AppError as error:
            why = of_error(error)
            why = why if len(why) <= 300 else shown(str(why), 300)
            reason = Worded(N_("not imported: {reason}"), reason=why)
            yield ImportOutcome(str(path), FAILED, reason)
        except Exception as error:  # a bug: this file is not imported, the others still are
            details = log_unexpected(error)
            bug = Worded(N_("not imported: unexpected error ({details})"), details=details)
            yield ImportOutcome(str(path), FAILED, bug)


def summary_line(outcomes: list[ImportOutcome], words: Callable[[str], str] = str) -> str:
    """How many files were imported, already present and rejected; ``words`` translates."""
    counts = {s: sum(o.status == s for o in outcomes) for s in (IMPORTED, DUPLICATE)}
    rejected = sum(o.refused for o in outcomes)
    return words(SUMMARY).format(
        imported=counts[IMPORTED], present=counts[DUPLICATE], rejected=rejected
    )


def same_content(stored: AssessmentRecord, incoming: AssessmentRecord) -> bool:
    # Checksum and times may differ; the stored history also says when it was imported.
    ignore = {"questionnaire", "created_at", "updated_at", "history"}
    return stored.model_dump(exclude=ignore) == incoming.model_dump(exclude=ignore)


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else Worded(N_("at an unknown time"))


def describe_record(record: AssessmentRecord) -> str:
    return f"{shown(record.network.name, 60)} — {shown(record.title or record.questionnaire.id)}"


def import_file(service: AssessmentService, path: Path | str) -> ImportOutcome:
    try:
        matched = read_matched(path, service.registry)
    except ExchangeError as error:
        return ImportOutcome(str(path), REJECTED, problems_text(error.problems))
    record = matched.record
    label = describe_record(record)
    try:
        # The write lock is taken before the uuid is looked up: of several processes importing
        # the same file at once, one imports it and the others find it there.
        with service.transaction() as session:
            if (stored_id := _stored_id(session, record.uuid)) is not None:
                assessment_id = None
            else:
                assessment_id = service.add_record(record, session)
                service.record_change(
                    session, assessment_id, "imported", new={"file": Path(path).name}
                )
    except IntegrityError:  # another writer got there first all the same
        stored_id = service.resolve(record.uuid)
        assessment_id = None
    except ServiceError as error:  # e.g. the database is locked or the disk is full
        reason = Worded(N_("not imported: {label}: {reason}"), label=label, reason=of_error(error))
        return ImportOutcome(str(path), FAILED, reason)
    if assessment_id is None:
        return _already_present(service, str(path), label, stored_id, record)
    message = Worded(N_("{label}{note}"), label=label, note=_matched_note(matched))
    return ImportOutcome(str(path), IMPORTED, message, assessment_id)


def _stored_id(session: Session, uuid: str) -> int | None:
    return session.scalar(select(Assessment.id).where(Assessment.uuid == uuid))


def _matched_note(matched: Matched) -> str:
    q = matched.loaded.questionnaire
    note = Worded(
        N_(" (questionnaire {id} version {version}: {how})"),
        id=shown(q.id),
        version=shown(q.version),
        how=matched.how,
    )
    notes = [Worded(N_("; note: {note}"), note=n) for n in matched.notes]
    return Joined([note, *notes], "")


def _already_present(
    service: AssessmentService, path: str, label: str, stored_id: int, record: AssessmentRecord
) -> ImportOutcome:
    stored = service.get(stored_id).record
    if same_content(stored, record):
        present = Worded(N_("{label}: already in the database as #{id}"), label=label, id=stored_id)
        return ImportOutcome(path, DUPLICATE, present)
    different = Worded(
        N_(
            "{label}: a different version of this assessment is already in the database as "
            "#{id} (stored copy changed {stored}, file {file}); not imported. Delete the "
            "stored one first to replace it."
        ),
        label=label,
        id=stored_id,
        stored=_when(stored.updated_at),
        file=_when(record.updated_at),
    )
    return ImportOutcome(path, DUPLICATE, different)
