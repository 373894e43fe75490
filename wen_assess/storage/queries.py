"""Reading assessments: the library listing, one assessment, its result, finding one by ref."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wen_assess.scoring import Result, score
from wen_assess.storage import history, kept_answers
from wen_assess.storage.database import Database
from wen_assess.storage.errors import NotFound, ServiceError, worded
from wen_assess.storage.mapping import to_record
from wen_assess.storage.models import Assessment
from wen_assess.storage.questionnaire_copies import StoredCopies

if TYPE_CHECKING:
    from wen_assess.questionnaire import Questionnaire, Registry
    from wen_assess.records import AssessmentRecord, ChangeRecord


class Summary(NamedTuple):
    """One row of the library: everything a listing shows, without loading answers.

    A named tuple: the library builds 10,000 of them, at C speed.
    """

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


# Plain SQL and the driver's rows: the listing is the one read that grows with the library.
_LISTING = (
    f"SELECT {', '.join(Summary._fields)} FROM assessment ORDER BY network_name, assessment_date"
)


def _summaries(rows: list[tuple], native: bool = False) -> list[Summary]:  # type: ignore[type-arg]
    if native:  # PostgreSQL's driver hands back dates, times and booleans as they are
        return [Summary._make(row) for row in rows]
    # SQLite hands back dates as ISO text and booleans as 0/1; one pass, no per-row calls.
    day, moment = date.fromisoformat, datetime.fromisoformat
    return [
        Summary(i, u, t, n, q, v, day(d) if d else None, s, a, tot, o, b, demo == 1,
                moment(up) if up else None)  # type: ignore[arg-type]
        for i, u, t, n, q, v, d, s, a, tot, o, b, demo, up in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class Stored:
    """An assessment as stored: its database number, its record and where the user was."""

    id: int
    record: AssessmentRecord
    last_page: str


class AssessmentQueries:
    """The reading half of the service; nothing here writes."""

    def __init__(self, database: Database, registry: Registry):
        self.database = database
        self.registry = registry
        # A version whose file is gone is read from the database's own copy.
        registry.add_fallback(StoredCopies(database))
        # Pages shown but not yet written (see AssessmentCommands.remember_page).
        self._positions: dict[int, str] = {}
        self._user: str | None = None

    @property
    def user(self) -> str:
        """The name every change is recorded under (the app's setting, the CLI's --user),
        else ``history.default_user()``, looked up at the first change (not at start-up)."""
        if self._user is None:
            self._user = history.default_user()
        return self._user

    @user.setter
    def user(self, name: str) -> None:
        self._user = name

    def list_summaries(self) -> list[Summary]:
        with self.database.engine.connect() as connection:
            rows = connection.exec_driver_sql(_LISTING).fetchall()
            return _summaries(rows, native=connection.dialect.name != "sqlite")

    def count(self) -> int:
        with self.database.sessions() as session:
            return session.scalar(select(func.count(Assessment.id))) or 0

    def uuid_exists(self, uuid: str) -> bool:
        with self.database.sessions() as session:
            return session.scalar(select(Assessment.id).where(Assessment.uuid == uuid)) is not None

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

    def get(self, assessment_id: int, *, with_history: bool = False) -> Stored:
        """The stored assessment; its history only when asked (an export carries it)."""
        with self.database.sessions() as session:
            row = self._row(session, assessment_id)
            page = self._positions.get(row.id, row.last_page)
            record = to_record(row)
            if with_history:
                entries = history.entries(session.connection(), row.id)
                record = record.model_copy(update={"history": entries})
            return Stored(row.id, record, page)

    def history(self, assessment_id: int, item_id: str | None = None) -> list[ChangeRecord]:
        """Who changed what in the assessment (or in one item), oldest first."""
        with self.database.sessions() as session:
            self._row(session, assessment_id)
            return history.entries(session.connection(), assessment_id, item_id)

    def revision(self, assessment_id: int) -> int | None:
        """Grows with every change to the assessment; None once it is deleted. One indexed
        read of the history's newest id: cheap enough to poll every second."""
        with worded(), self.database.engine.connect() as connection:
            exists = connection.scalar(select(Assessment.id).where(Assessment.id == assessment_id))
            return history.revision(connection, assessment_id) if exists else None

    def get_many(self, assessment_ids: list[int]) -> list[Stored]:
        """Several assessments in one query per table, whatever their number: on a server,
        1,000 one by one would cost 5,000 round trips."""
        from sqlalchemy.orm import selectinload

        # Every child the record holds; each response's answers follow by their own selectin.
        children = (
            Assessment.answers,
            Assessment.participants,
            Assessment.targets,
            Assessment.actions,
            Assessment.responses,
        )
        with self.database.sessions() as session:
            rows = session.scalars(
                select(Assessment)
                .where(Assessment.id.in_(assessment_ids))
                .options(*(selectinload(c) for c in children))
            ).all()
            by_id = {row.id: row for row in rows}
            for number in assessment_ids:
                if number not in by_id:
                    raise NotFound.number(number)
            return [
                Stored(n, to_record(by_id[n]), self._positions.get(n, by_id[n].last_page))
                for n in assessment_ids
            ]

    def questionnaire_of(self, record: AssessmentRecord) -> Questionnaire:
        return self._questionnaire(record.questionnaire.id, record.questionnaire.version)

    def result(self, assessment_id: int) -> Result:
        """The assessment's scores, read straight from its answer and target rows."""
        with self.database.sessions() as session:
            row = self._row(session, assessment_id)
            return self._score_row(session, row, self._questionnaire_for_row(row))

    # ---- shared with the commands ------------------------------------------------------

    def _row(self, session: Session, assessment_id: int) -> Assessment:
        row = session.get(Assessment, assessment_id)
        if row is None:
            raise NotFound.number(assessment_id)
        return row

    def _questionnaire(self, questionnaire_id: str, version: str | None) -> Questionnaire:
        try:
            return self.registry.get(questionnaire_id, version)
        except KeyError as error:
            raise ServiceError(str(error.args[0])) from None

    def _questionnaire_for_row(self, row: Assessment) -> Questionnaire:
        return self._questionnaire(row.questionnaire_id, row.questionnaire_version)

    def _score_row(self, session: Session, row: Assessment, q: Questionnaire) -> Result:
        """Score from plain rows, not ORM objects: this runs in every change's transaction."""
        _, answers, targets = kept_answers.read(session, row.id, q.item_ids)
        return score(q, answers, targets)
