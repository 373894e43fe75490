"""The one API the GUI and the CLI use to read and change assessments.

Every change is its own committed transaction: when a method returns, the change is on
disk (this is the autosave). Each answer's transaction also rewrites the assessment's
listing summary, computed by the scoring engine, so listing never loads answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from wen_assess.errors import AppError
from wen_assess.scoring import Answer, Result, score
from wen_assess.storage.database import Database
from wen_assess.storage.models import (
    AnswerRow,
    AreaTarget,
    Assessment,
    Participant,
    PlanAction,
    new_uuid,
    utcnow,
)

if TYPE_CHECKING:
    from wen_assess.questionnaire import Questionnaire, Registry
    from wen_assess.records import (
        ActionRecord,
        AnswerRecord,
        AssessmentRecord,
        ParticipantRecord,
    )

# The record models (Pydantic) are imported where records are made, not at import time: the
# app lists the library at start-up without them (~80 ms saved).


class ServiceError(AppError):
    """A request the service refuses; the message is meant for the user."""


class NotFound(ServiceError):
    pass


class InvalidAnswer(ServiceError):
    pass


class NotReady(ServiceError):
    """Completing was refused; ``reasons`` lists what is missing."""

    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__("the assessment cannot be completed yet: " + "; ".join(reasons))


class Locked(ServiceError):
    pass


class InvalidInput(ServiceError):
    """A value too long or malformed to keep; nothing was written."""


class StorageFailure(ServiceError):
    """The database could not be written (disk full, file locked or gone)."""


_UNSET: Any = object()
TITLE_MAX = 500  # as AssessmentRecord.title allows


@dataclass(frozen=True)
class Summary:
    """One row of the library: everything a listing shows, without loading answers."""

    id: int
    uuid: str
    title: str
    network_name: str
    questionnaire_id: str
    questionnaire_version: str
    assessment_date: date | None
    status: str
    items_answered: int | None
    items_total: int | None
    overall_score: float | None
    overall_band: str | None
    is_demo: bool
    updated_at: datetime

    @property
    def completeness(self) -> float | None:
        if not self.items_total:
            return None
        return (self.items_answered or 0) / self.items_total


@dataclass(frozen=True)
class Stored:
    """An assessment as stored: its database number, its record and where the user was."""

    id: int
    record: AssessmentRecord
    last_page: str


class AssessmentService:
    def __init__(self, database: Database, registry: Registry):
        self.database = database
        self.registry = registry

    # ---- reading -----------------------------------------------------------------------

    def list_summaries(self) -> list[Summary]:
        columns = [getattr(Assessment, name) for name in Summary.__dataclass_fields__]
        with self.database.sessions() as session:
            rows = session.execute(
                select(*columns).order_by(Assessment.network_name, Assessment.assessment_date)
            ).all()
        return [Summary(*row) for row in rows]

    def resolve(self, ref: str) -> int:
        """An assessment's number, from the number `list` shows, its uuid, or a uuid prefix."""
        ref = ref.strip()
        with self.database.sessions() as session:
            if ref.isdigit() and session.get(Assessment, int(ref)) is not None:
                return int(ref)
            matches = session.scalars(
                select(Assessment.id).where(
                    Assessment.uuid.startswith(ref.lower(), autoescape=True)
                )
            ).all()
        if len(ref) >= 4 and len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFound(f"'{ref}' matches {len(matches)} assessments: give more of the uuid")
        raise NotFound(f"no assessment '{ref}' (see `wen-assess list`)")

    def get(self, assessment_id: int) -> Stored:
        with self.database.sessions() as session:
            row = self._row(session, assessment_id)
            return Stored(row.id, _to_record(row), row.last_page)

    def questionnaire_of(self, record: AssessmentRecord) -> Questionnaire:
        try:
            return self.registry.get(record.questionnaire.id, record.questionnaire.version)
        except KeyError as error:
            raise ServiceError(str(error.args[0])) from None

    def result(self, assessment_id: int) -> Result:
        record = self.get(assessment_id).record
        return score(self.questionnaire_of(record), record.scoring_answers(), record.targets)

    def count(self) -> int:
        with self.database.sessions() as session:
            return session.scalar(select(func.count(Assessment.id))) or 0

    # ---- creating and deleting ---------------------------------------------------------

    def create(
        self,
        questionnaire_id: str,
        network_name: str,
        *,
        version: str | None = None,
        title: str = "",
        assessment_date: date | None = None,
        region: str = "",
        member_countries: list[str] | None = None,
        facilitator: str = "",
        is_demo: bool = False,
    ) -> int:
        try:
            loaded = self.registry.get_loaded(questionnaire_id, version)
        except KeyError as error:
            raise ServiceError(str(error.args[0])) from None
        if not network_name.strip():
            raise ServiceError("the network's name is required")
        q = loaded.questionnaire
        row = Assessment(
            uuid=new_uuid(),
            title=title or f"{network_name.strip()} — {q.title.en}"[:TITLE_MAX],
            assessment_date=assessment_date or date.today(),
            questionnaire_id=q.id,
            questionnaire_version=q.version,
            network_name=network_name.strip(),
            network_region=region,
            member_countries=list(member_countries or []),
            facilitator=facilitator,
            is_demo=is_demo,
        )
        with self.transaction() as session:
            session.add(row)
            session.flush()
            _to_record(row)  # refuse what the record (and so the export) could not hold
            _write_summary(row, q, {}, {})
            return row.id

    def add_record(self, record: AssessmentRecord, session: Session) -> int:
        """Insert a validated record in the caller's transaction (used by import and demo)."""
        q = self.questionnaire_of(record)
        row = Assessment(
            uuid=record.uuid,
            title=record.title,
            assessment_date=record.assessment_date,
            status=record.status,
            questionnaire_id=q.id,
            questionnaire_version=q.version,
            network_name=record.network.name,
            network_region=record.network.region,
            member_countries=list(record.network.member_countries),
            facilitator=record.facilitator,
            baseline_uuid=record.baseline_uuid,
            is_demo=record.is_demo,
            created_at=record.created_at or utcnow(),
            updated_at=record.updated_at or utcnow(),
            completed_at=record.completed_at,
        )
        session.add(row)
        session.flush()
        # Children as bulk inserts: an import writes ~50 rows, and ORM objects cost 5x more.
        for table, rows in (
            (AnswerRow, [a.model_dump() for a in record.answers]),
            (
                Participant,
                [{"position": n, **p.model_dump()} for n, p in enumerate(record.participants)],
            ),
            (AreaTarget, [{"area_code": k, "target": v} for k, v in record.targets.items()]),
            (PlanAction, [{"position": n, **a.model_dump()} for n, a in enumerate(record.actions)]),
        ):
            if rows:
                now = {"updated_at": utcnow()} if table is AnswerRow else {}
                session.execute(
                    insert(table), [{"assessment_id": row.id, **now, **r} for r in rows]
                )
        session.flush()
        session.refresh(row)
        _to_record(row)  # refuse what the record (and so the export) could not hold
        _write_summary(row, q, record.scoring_answers(), record.targets)
        return row.id

    def uuid_exists(self, uuid: str) -> bool:
        with self.database.sessions() as session:
            return session.scalar(select(Assessment.id).where(Assessment.uuid == uuid)) is not None

    def delete(self, assessment_id: int) -> None:
        with self.transaction() as session:
            session.delete(self._row(session, assessment_id))

    def reassess(
        self, baseline_id: int, *, title: str = "", assessment_date: date | None = None
    ) -> int:
        """A new assessment from a baseline: answers copied, marked carried over until touched."""
        from wen_assess import records

        baseline = self.get(baseline_id).record
        try:
            q = self.registry.get(baseline.questionnaire.id)  # the newest installed version
        except KeyError as error:
            raise ServiceError(str(error.args[0])) from None
        known = {item.id for item in q.items}
        when = assessment_date or date.today()
        record = baseline.model_copy(
            update={
                "uuid": new_uuid(),
                "title": title
                or f"{baseline.network.name} — {q.title.en} ({when.year})"[:TITLE_MAX],
                "assessment_date": when,
                "status": "in_progress",
                "questionnaire": records.QuestionnaireRef(id=q.id, version=q.version),
                "answers": [
                    a.model_copy(update={"carried_over": True, "flagged": False})
                    for a in baseline.answers
                    if a.item_id in known
                ],
                "actions": [a for a in baseline.actions if a.item_id in known],
                "baseline_uuid": baseline.uuid,
                "is_demo": baseline.is_demo,
                "created_at": None,
                "updated_at": None,
                "completed_at": None,
            }
        )
        with self.transaction() as session:
            return self.add_record(record, session)

    # ---- answers (the autosave) --------------------------------------------------------

    def set_answer(
        self,
        assessment_id: int,
        item_id: str,
        *,
        level: int | None = _UNSET,
        not_applicable: bool = _UNSET,
        justification: str = _UNSET,
        notes: str = _UNSET,
        flagged: bool = _UNSET,
    ) -> AnswerRecord:
        """Change the given fields of one answer; fields not given keep their value.

        Choosing a level clears Not applicable and vice versa. Any change marks a carried-over
        answer as reviewed.
        """
        with self.transaction() as session:
            row = self._editable_row(session, assessment_id)
            q = self._questionnaire_for_row(row)
            try:
                q.item(item_id)
            except KeyError:
                raise InvalidAnswer(f"{item_id} is not an item of {q.id} v{q.version}") from None
            answer = session.get(AnswerRow, (assessment_id, item_id))
            if answer is None:
                answer = AnswerRow(
                    assessment_id=assessment_id,
                    item_id=item_id,
                    not_applicable=False,
                    justification="",
                    notes="",
                    flagged=False,
                )
                session.add(answer)
            if level is not _UNSET:
                if level is not None and level not in q.scale.values:
                    raise InvalidAnswer(f"level {level} is not on the scale {q.scale.values}")
                answer.level = level
                if level is not None:
                    answer.not_applicable = False
            if not_applicable is not _UNSET:
                if not_applicable and not q.scale.not_applicable:
                    raise InvalidAnswer(f"{q.id} does not allow Not applicable")
                answer.not_applicable = bool(not_applicable)
                if not_applicable:
                    answer.level = None
            if justification is not _UNSET:
                answer.justification = justification
            if notes is not _UNSET:
                answer.notes = notes
            if flagged is not _UNSET:
                answer.flagged = bool(flagged)
            answer.carried_over = False
            answer.updated_at = row.updated_at = utcnow()
            session.flush()
            self._refresh_summary(session, row, q)
            return _answer_record(answer)

    def clear_answer(self, assessment_id: int, item_id: str) -> AnswerRecord:
        """Back to unanswered (no level, not N/A); notes and flag are kept."""
        return self.set_answer(assessment_id, item_id, level=None, not_applicable=False)

    # ---- profile, participants, targets, plan, position --------------------------------

    def update_profile(
        self,
        assessment_id: int,
        *,
        title: str = _UNSET,
        network_name: str = _UNSET,
        region: str = _UNSET,
        member_countries: list[str] = _UNSET,
        assessment_date: date | None = _UNSET,
        facilitator: str = _UNSET,
    ) -> None:
        if network_name is not _UNSET and not network_name.strip():
            raise ServiceError("the network's name cannot be empty")
        with self.transaction() as session:
            row = self._editable_row(session, assessment_id)
            for name, value in (
                ("title", title),
                ("network_name", network_name),
                ("network_region", region),
                ("member_countries", member_countries),
                ("assessment_date", assessment_date),
                ("facilitator", facilitator),
            ):
                if value is not _UNSET:
                    setattr(row, name, list(value) if name == "member_countries" else value)
            row.updated_at = utcnow()
            _to_record(row)  # refuse what the record (and so the export) could not hold

    def set_participants(self, assessment_id: int, participants: list[ParticipantRecord]) -> None:
        with self.transaction() as session:
            row = self._editable_row(session, assessment_id)
            row.participants = [
                Participant(position=n, **p.model_dump()) for n, p in enumerate(participants)
            ]
            row.updated_at = utcnow()
            session.flush()
            _to_record(row)  # refuse what the record (and so the export) could not hold

    def set_target(self, assessment_id: int, area_code: str, target: float | None) -> None:
        """Set an area's target level; None goes back to the questionnaire's default."""
        with self.transaction() as session:
            row = self._editable_row(session, assessment_id)
            q = self._questionnaire_for_row(row)
            if area_code not in {a.code for a in q.areas}:
                raise ServiceError(f"{area_code} is not an area of {q.id}")
            if target is not None and not q.scale.lowest <= target <= q.scale.highest:
                raise ServiceError(
                    f"a target must be between {q.scale.lowest} and {q.scale.highest}"
                )
            session.execute(
                delete(AreaTarget).where(
                    AreaTarget.assessment_id == assessment_id, AreaTarget.area_code == area_code
                )
            )
            if target is not None:
                session.add(
                    AreaTarget(assessment_id=assessment_id, area_code=area_code, target=target)
                )
            row.updated_at = utcnow()

    def set_actions(self, assessment_id: int, actions: list[ActionRecord]) -> None:
        """Replace the action plan's entries (owner, due date, status per item)."""
        with self.transaction() as session:
            row = self._row(session, assessment_id)  # the plan stays editable after completion
            known = {item.id for item in self._questionnaire_for_row(row).items}
            unknown = sorted({a.item_id for a in actions} - known)
            if unknown:
                raise ServiceError(f"unknown items in the action plan: {', '.join(unknown)}")
            row.actions = [PlanAction(position=n, **a.model_dump()) for n, a in enumerate(actions)]
            row.updated_at = utcnow()
            session.flush()
            _to_record(row)  # refuse what the record (and so the export) could not hold

    def set_last_page(self, assessment_id: int, page: str) -> None:
        with self.transaction() as session:
            self._row(session, assessment_id).last_page = page

    # ---- status ------------------------------------------------------------------------

    def complete(self, assessment_id: int) -> None:
        with self.transaction() as session:
            row = self._row(session, assessment_id)
            q = self._questionnaire_for_row(row)
            answers = {
                a.item_id: Answer(a.level, a.not_applicable, a.justification) for a in row.answers
            }
            reasons = score(q, answers).blocking_reasons
            if reasons:
                raise NotReady(reasons)
            row.status = "completed"
            row.completed_at = row.updated_at = utcnow()

    def reopen(self, assessment_id: int) -> None:
        with self.transaction() as session:
            row = self._row(session, assessment_id)
            row.status = "in_progress"
            row.completed_at = None
            row.updated_at = utcnow()

    def refresh_stale_summaries(self) -> int:
        """Recompute summaries marked stale (after an upgrade); returns how many."""
        with self.database.sessions() as session:  # a read first: no write lock when none
            if (
                session.scalar(select(func.count(Assessment.id)).where(Assessment.summary_stale))
                == 0
            ):
                return 0
        with self.transaction() as session:
            rows = session.scalars(select(Assessment).where(Assessment.summary_stale)).all()
            for row in rows:
                try:
                    q = self._questionnaire_for_row(row)
                except ServiceError:
                    continue  # its questionnaire is not installed: stays stale, shows no score
                self._refresh_summary(session, row, q)
            return len(rows)

    # ---- internals ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed transaction; a storage failure becomes a message the user can act on."""
        try:
            with self.database.sessions.begin() as session:
                session.connection(execution_options={"write": True})
                yield session
        except OperationalError as error:
            raise StorageFailure(_storage_message(str(error.orig))) from error
        except ValidationError as error:  # a value the stored record could not hold
            raise InvalidInput(_validation_message(error)) from None

    def _row(self, session: Session, assessment_id: int) -> Assessment:
        row = session.get(Assessment, assessment_id)
        if row is None:
            raise NotFound(f"no assessment number {assessment_id}")
        return row

    def _editable_row(self, session: Session, assessment_id: int) -> Assessment:
        row = self._row(session, assessment_id)
        if row.status == "completed":
            raise Locked("this assessment is completed: reopen it to change its answers")
        return row

    def _questionnaire_for_row(self, row: Assessment) -> Questionnaire:
        try:
            return self.registry.get(row.questionnaire_id, row.questionnaire_version)
        except KeyError as error:
            raise ServiceError(str(error.args[0])) from None

    def _refresh_summary(self, session: Session, row: Assessment, q: Questionnaire) -> None:
        # Plain rows, not ORM objects: this runs in every answer's transaction.
        answers = {
            item_id: Answer(level, not_applicable, justification)
            for item_id, level, not_applicable, justification in session.execute(
                select(
                    AnswerRow.item_id,
                    AnswerRow.level,
                    AnswerRow.not_applicable,
                    AnswerRow.justification,
                ).where(AnswerRow.assessment_id == row.id)
            )
        }
        targets = dict(
            session.execute(
                select(AreaTarget.area_code, AreaTarget.target).where(
                    AreaTarget.assessment_id == row.id
                )
            ).all()
        )
        _write_summary(row, q, answers, targets)


def _validation_message(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "value"
    return f"Not saved: {field}: {first['msg']}"


def _storage_message(detail: str) -> str:
    lowered = detail.lower()
    if "full" in lowered:
        return "Not saved: the disk is full. Free some space; your earlier answers are safe."
    if "locked" in lowered or "busy" in lowered:
        return "Not saved: another program is holding the database. Try again in a moment."
    if "readonly" in lowered or "read-only" in lowered:
        return "Not saved: the database file is read-only."
    return f"Not saved: the database reported a problem ({detail})."


def _write_summary(
    row: Assessment, q: Questionnaire, answers: dict[str, Answer], targets: dict[str, float]
) -> None:
    known = {item.id for item in q.items}
    result = score(
        q,
        {k: v for k, v in answers.items() if k in known},
        targets,
    )
    row.items_total = result.items_total
    row.items_answered = result.items_answered
    row.overall_score = result.overall_score
    row.overall_band = result.overall_band
    row.summary_stale = False


def _answer_record(row: AnswerRow) -> AnswerRecord:
    from wen_assess import records

    return records.AnswerRecord(
        item_id=row.item_id,
        level=row.level,
        not_applicable=row.not_applicable,
        justification=row.justification,
        notes=row.notes,
        flagged=row.flagged,
        carried_over=row.carried_over,
    )


def _to_record(row: Assessment) -> AssessmentRecord:
    from wen_assess import records

    return records.AssessmentRecord(
        uuid=row.uuid,
        title=row.title,
        assessment_date=row.assessment_date,
        status=row.status,  # type: ignore[arg-type]
        questionnaire=records.QuestionnaireRef(
            id=row.questionnaire_id, version=row.questionnaire_version
        ),
        network=records.Network(
            name=row.network_name,
            region=row.network_region,
            member_countries=list(row.member_countries or []),
        ),
        facilitator=row.facilitator,
        participants=[
            records.ParticipantRecord(
                name=p.name, organisation=p.organisation, country=p.country, role=p.role
            )
            for p in row.participants
        ],
        answers=[_answer_record(a) for a in sorted(row.answers, key=lambda a: a.item_id)],
        targets={t.area_code: t.target for t in row.targets},
        actions=[
            records.ActionRecord(
                item_id=a.item_id, text=a.text, owner=a.owner, due=a.due, status=a.status
            )  # type: ignore[arg-type]
            for a in row.actions
        ],
        baseline_uuid=row.baseline_uuid,
        is_demo=row.is_demo,
        created_at=row.created_at,
        updated_at=row.updated_at,
        completed_at=row.completed_at,
    )
