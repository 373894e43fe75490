"""Changing assessments: each method is one committed transaction (this is the autosave).

Every change that can move a score (an answer, a target) rescores inside its transaction,
rewrites the listing summary, and returns the new :class:`Result`, so no caller scores again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from wen_assess.errors import shown
from wen_assess.i18n import N_, check_language
from wen_assess.messages import Worded, refused_at
from wen_assess.scoring import Answer, Result, answer_problem, score, target_problem
from wen_assess.storage import driver_sql, history, kept_answers
from wen_assess.storage.errors import (
    Conflict,
    InvalidAnswer,
    Locked,
    NotFound,
    NotReady,
    ServiceError,
    worded,
)
from wen_assess.storage.kept_answers import NEW_ANSWER, KeptAnswers
from wen_assess.storage.mapping import (
    assessment_row,
    child_rows,
    response_row,
    to_record,
)
from wen_assess.storage.models import (
    AnswerRow,
    AreaTarget,
    Assessment,
    Participant,
    PlanAction,
    QuestionnaireCopy,
    new_uuid,
    utcnow,
)
from wen_assess.storage.queries import AssessmentQueries
from wen_assess.storage.questionnaire_copies import keep_copy
from wen_assess.vocabulary import COMPLETED, IN_PROGRESS, SHORT_TEXT_MAX

if TYPE_CHECKING:
    from wen_assess.questionnaire import Questionnaire, Registry
    from wen_assess.records import (
        ActionRecord,
        AnswerRecord,
        AssessmentRecord,
        ParticipantRecord,
    )
    from wen_assess.storage.database import Database

_UNSET: Any = object()
_CHILD_TABLES = {
    "answer": AnswerRow,
    "participant": Participant,
    "area_target": AreaTarget,
    "plan_action": PlanAction,
}


# The click's statements, built once: SQLAlchemy compiles each once and reuses it.
_ANSWER = AnswerRow.__table__
_ASSESSMENT = Assessment.__table__
_INSERT_ANSWER = insert(_ANSWER)
_UPDATE_ANSWER = update(_ANSWER).where(
    _ANSWER.c.assessment_id == bindparam("assessment"),
    _ANSWER.c.item_id == bindparam("item"),
)
# The columns set are the keys given at execution (SQLAlchemy compiles once per key set).
_UPDATE_ASSESSMENT = update(_ASSESSMENT).where(_ASSESSMENT.c.id == bindparam("assessment"))


@dataclass(frozen=True)
class Saved:
    """A saved answer and the assessment's result with it: a click scores once."""

    answer: AnswerRecord
    result: Result


class AssessmentCommands(AssessmentQueries):
    """The writing half of the service."""

    def __init__(self, database: Database, registry: Registry):
        super().__init__(database, registry)
        self._kept = KeptAnswers()  # what the last clicks stored: see kept_answers

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
        language: str = "en",
    ) -> int:
        try:
            loaded = self.registry.get_loaded(questionnaire_id, version)
        except KeyError as error:
            raise ServiceError(str(error.args[0])) from None
        if not network_name.strip():
            raise ServiceError(Worded(N_("the network's name is required")))
        _check_language(language)
        q = loaded.questionnaire
        row = Assessment(
            uuid=new_uuid(),
            title=title or f"{network_name.strip()} — {q.title.en}"[:SHORT_TEXT_MAX],
            assessment_date=assessment_date or date.today(),
            questionnaire_id=q.id,
            questionnaire_version=q.version,
            network_name=network_name.strip(),
            network_region=region,
            member_countries=list(member_countries or []),
            facilitator=facilitator,
            is_demo=is_demo,
            language=language,
            # A new assessment has none of these yet: said here, reading it back below asks
            # the database nothing (each would otherwise be a query).
            answers=[],
            participants=[],
            targets=[],
            actions=[],
            responses=[],
        )
        with self.transaction() as session:
            session.add(row)
            _as_record(session, row)
            self._refresh_summary(session, row, q)
            keep_copy(session, self.registry, q.id, q.version)
            self.record_change(session, row.id, "created", new={"network": row.network_name})
            return row.id

    def add_record(self, record: AssessmentRecord, session: Session) -> int:
        """Insert a validated record in the caller's transaction (used by import and demo)."""
        q = self.questionnaire_of(record)
        row = assessment_row(record, q.version)
        session.add(row)
        session.flush()
        history.record_many(session.connection(), row.id, record.history)
        for table, rows in child_rows(record).items():
            if rows:
                session.execute(
                    insert(_CHILD_TABLES[table]), [{"assessment_id": row.id, **r} for r in rows]
                )
        session.add_all(response_row(r, n, row.id) for n, r in enumerate(record.responses))
        session.flush()
        session.refresh(row)  # the children were inserted apart: read them back
        _as_record(session, row)
        self._refresh_summary(session, row, q)
        keep_copy(session, self.registry, q.id, q.version)
        return row.id

    def delete(self, assessment_id: int) -> None:
        with self.transaction() as session:
            session.delete(self._row(session, assessment_id))
        self._positions.pop(assessment_id, None)
        self._kept.forget(assessment_id)

    def reassess(
        self, baseline_id: int, *, title: str = "", assessment_date: date | None = None
    ) -> int:
        """A new assessment from a baseline: answers copied, marked carried over until touched."""
        from wen_assess import records

        baseline = self.get(baseline_id).record
        q = self._questionnaire(baseline.questionnaire.id, None)  # the newest installed version
        known = q.item_ids
        when = assessment_date or date.today()
        record = baseline.model_copy(
            update={
                "uuid": new_uuid(),
                "title": title
                or f"{baseline.network.name} — {q.title.en} ({when.year})"[:SHORT_TEXT_MAX],
                "assessment_date": when,
                "status": IN_PROGRESS,
                "questionnaire": records.QuestionnaireRef(id=q.id, version=q.version),
                "answers": [
                    a.model_copy(update={"carried_over": True, "flagged": False})
                    for a in baseline.answers
                    if a.item_id in known
                ],
                "actions": [a for a in baseline.actions if a.item_id in known],
                "responses": [],  # members answer each assessment anew
                "baseline_uuid": baseline.uuid,
                "is_demo": baseline.is_demo,
                "created_at": None,
                "updated_at": None,
                "completed_at": None,
            }
        )
        with self.transaction() as session:
            new_id = self.add_record(record, session)
            self.record_change(session, new_id, "created", new={"baseline": baseline.uuid})
            return new_id

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
        base: AnswerRecord | None = _UNSET,
    ) -> Saved:
        """Change the given fields of one answer; fields not given keep their value.

        Choosing a level clears Not applicable and vice versa. Any change marks a carried-over
        answer as reviewed. Returns the saved answer and the assessment's new result.

        ``base`` is the answer the user saw (None: unanswered). When given, and someone else
        has since changed a field this edit sets, nothing is written: Conflict says whose
        value is stored. Without it (the CLI, scripts) the edit applies as it is.

        This is the click's path, so it is written in Core SQL on one connection, each
        statement run as the driver's SQL (``driver_sql``): the ORM's identity map and unit of
        work, or SQLAlchemy's per-statement bookkeeping, cost more than the commit itself.
        """
        from wen_assess.records import AnswerRecord

        with self._writing() as connection:
            head = driver_sql.first(connection, kept_answers.HEAD, {"assessment": assessment_id})
            if head is None:
                raise NotFound.number(assessment_id)
            status, questionnaire_id, version, *stamp = head
            if status == COMPLETED:
                raise Locked()
            q = self._questionnaire(questionnaire_id, version)
            kept = self._kept.get(connection, assessment_id, tuple(stamp), q.item_ids)
            old = kept.answers.get(item_id)
            fields = dict(NEW_ANSWER) if old is None else dict(zip(NEW_ANSWER, old, strict=True))
            before = {name: fields[name] for name in history.ANSWER_FIELDS}
            reviewed = fields["carried_over"]
            given = {
                "level": level,
                "not_applicable": not_applicable,
                "justification": justification,
                "notes": notes,
                "flagged": flagged,
            }
            if base is not _UNSET:
                self._check_base(connection, assessment_id, item_id, before, base, given)
            if level is not _UNSET:
                fields["level"] = level
                if level is not None:
                    fields["not_applicable"] = False
            if not_applicable is not _UNSET:
                fields["not_applicable"] = bool(not_applicable)
                if not_applicable:
                    fields["level"] = None
            answer = Answer(fields["level"], fields["not_applicable"], fields["justification"])
            problem = answer_problem(q, item_id, answer)
            if problem is not None:  # refused before anything is written
                raise InvalidAnswer(refused_at(item_id, problem))
            for name, value in (
                ("justification", justification),
                ("notes", notes),
                ("flagged", flagged),
            ):
                if value is not _UNSET:
                    fields[name] = bool(value) if name == "flagged" else value
            fields["carried_over"] = False
            # Refuse what the record (and so the export) could not hold, before writing.
            record = AnswerRecord.model_validate({**fields, "item_id": item_id})
            now = utcnow()
            if old is None:
                key = {"assessment_id": assessment_id, "item_id": item_id}
                driver_sql.execute(connection, _INSERT_ANSWER, {**fields, **key, "updated_at": now})
            else:
                key = {"assessment": assessment_id, "item": item_id}
                driver_sql.execute(connection, _UPDATE_ANSWER, {**fields, **key, "updated_at": now})
            kept = kept.with_answer(item_id, tuple(fields.values()))
            uuid, revision, _ = stamp
            result = score(q, kept.scored, kept.targets)
            # The assessment row is updated before the history row is added: on PostgreSQL
            # that row lock keeps the revision (the history's newest id) in commit order.
            self._write_summary(connection, assessment_id, result, now)
            after = {name: fields[name] for name in history.ANSWER_FIELDS}
            if change := history.answer_change(before, after):
                revision = self.record_change(connection, assessment_id, "answer", item_id, *change)
            elif reviewed:
                reviewed_now = {"reviewed": True}
                revision = self.record_change(
                    connection, assessment_id, "reviewed", item_id, None, reviewed_now
                )
        self._kept.put(assessment_id, replace(kept, stamp=(uuid, revision, now)))
        return Saved(record, result)

    def set_aside(self, assessment_id: int, item_id: str, theirs: dict, mine: dict) -> None:
        """Record an edit dropped in a conflict (their value kept), so it is never lost."""
        with self.transaction() as session:
            self._row(session, assessment_id)
            self.record_change(session, assessment_id, "discarded", item_id, theirs, mine)

    def clear_answer(self, assessment_id: int, item_id: str) -> Saved:
        """Back to unanswered (no level, not N/A); notes and flag are kept."""
        return self.set_answer(assessment_id, item_id, level=None, not_applicable=False)

    def mark_reviewed(
        self, assessment_id: int, item_ids: list[str], reviewed: bool = True
    ) -> Result:
        """Confirm carried-over answers as reviewed (or, to undo that, as not yet reviewed),
        levels, notes and flags unchanged; all of them in one transaction. Returns the new
        result: what blocks completion changed."""
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=True)
            row.updated_at = utcnow()
            session.execute(
                update(AnswerRow)
                .where(AnswerRow.assessment_id == assessment_id, AnswerRow.item_id.in_(item_ids))
                .values(carried_over=not reviewed, updated_at=row.updated_at)
            )
            for item_id in item_ids:
                self.record_change(
                    session, row.id, "reviewed", item_id, None, {"reviewed": reviewed}
                )
            return self._score_row(session, row, self._questionnaire_for_row(row))

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
        language: str = _UNSET,
        base: dict[str, Any] = _UNSET,
    ) -> AssessmentRecord:
        """Change the given profile fields; returns the record as now stored.

        ``base``: the values the user saw, by argument name; a field someone else has changed
        since is refused with Conflict, nothing written (see ``set_answer``).
        """
        if network_name is not _UNSET and not network_name.strip():
            raise ServiceError(Worded(N_("the network's name cannot be empty")))
        if language is not _UNSET:
            _check_language(language)
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=True)
            old, new = {}, {}
            given = [
                (name, value)
                for name, value in (
                    ("title", title),
                    ("network_name", network_name),
                    ("network_region", region),
                    ("member_countries", member_countries),
                    ("assessment_date", assessment_date),
                    ("facilitator", facilitator),
                    ("language", language),
                )
                if value is not _UNSET
            ]
            if base is not _UNSET:
                self._check_profile_base(session, row, dict(given), base)
            for name, value in given:
                if getattr(row, name) != value:
                    old[name], new[name] = getattr(row, name), value
                setattr(row, name, list(value) if name == "member_countries" else value)
            row.updated_at = utcnow()
            if new:
                self.record_change(session, row.id, "profile", "", old, new)
            return _as_record(session, row)

    def set_participants(
        self,
        assessment_id: int,
        participants: list[ParticipantRecord],
        base: list[dict[str, str]] | None = None,
    ) -> None:
        """Replace the participants; ``base``: the list the user saw (Conflict if changed)."""
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=True)
            old = [_participant(p) for p in row.participants]
            new = [p.model_dump() for p in participants]
            if base is not None and old != base:
                last = history.last_entry(session.connection(), row.id, "", "participants")
                theirs, mine = {"participants": old}, {"participants": new}
                raise Conflict("", theirs, mine, last, what="participants")
            if old != new:
                self.record_change(session, row.id, "participants", "", old, new)
            row.participants = [
                Participant(position=n, **p.model_dump()) for n, p in enumerate(participants)
            ]
            row.updated_at = utcnow()
            _as_record(session, row)

    def set_target(
        self,
        assessment_id: int,
        area_code: str,
        target: float | None,
        *,
        base: float | None = _UNSET,
    ) -> Result:
        """Set an area's target level (None: the questionnaire's default); the new result.

        ``base``: the target the user saw (None: the default). When someone else has since
        set another, nothing is written: Conflict says whose value is stored.
        """
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=True)
            q = self._questionnaire_for_row(row)
            if target is not None and (problem := target_problem(q, area_code, target)):
                raise ServiceError(
                    Worded(N_("target of {area}: {problem}"), area=area_code, problem=problem)
                )
            if target is None and area_code not in q.area_codes:
                raise ServiceError(
                    Worded(
                        N_("{area} is not an area of {questionnaire}"),
                        area=area_code,
                        questionnaire=q.id,
                    )
                )
            old = session.scalar(
                select(AreaTarget.target).where(
                    AreaTarget.assessment_id == assessment_id, AreaTarget.area_code == area_code
                )
            )
            if base is not _UNSET and old != base:
                last = history.last_entry(session.connection(), row.id, area_code, "target")
                raise Conflict(area_code, {"target": old}, {"target": target}, last, "target")
            if old != target:
                self.record_change(session, row.id, "target", area_code, old, target)
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
            session.flush()
            return self._refresh_summary(session, row, q)

    def set_actions(self, assessment_id: int, actions: list[ActionRecord]) -> None:
        """Replace the action plan's entries (owner, due date, status per item)."""
        with self.transaction() as session:
            # The plan stays editable after completion.
            row = self._changing_row(session, assessment_id, editable=False)
            known = self._questionnaire_for_row(row).item_ids
            unknown = sorted({a.item_id for a in actions} - known)
            if unknown:
                raise ServiceError(_unknown_in_plan(unknown))
            self._record_plan(session, row, actions)
            row.actions = [PlanAction(position=n, **a.model_dump()) for n, a in enumerate(actions)]
            row.updated_at = utcnow()
            _as_record(session, row)

    def change_action(
        self,
        assessment_id: int,
        item_id: str,
        change: dict[str, Any],
        *,
        default: ActionRecord,
        base: dict[str, Any] | None = None,
    ) -> list[ActionRecord]:
        """Change fields of one item's plan entry (made from ``default`` if none is saved),
        leaving every other entry as stored; returns the plan's entries as now stored.

        ``base``: the entry's values the user saw (JSON form: a due date as text); when the
        stored entry has since been changed by someone else, nothing is written: Conflict.
        """
        from wen_assess.records import ActionRecord

        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=False)
            if item_id not in {item.id for item in self._questionnaire_for_row(row).items}:
                raise ServiceError(_unknown_in_plan([item_id]))
            stored = next((a for a in row.actions if a.item_id == item_id), None)
            old = _action(stored) if stored is not None else None
            if old is not None and base and any(old[n] != v for n, v in base.items()):
                last = history.last_entry(session.connection(), row.id, item_id, "plan", base)
                theirs = {n: old[n] for n in base}
                mine = {n: ActionRecord(item_id=item_id, **{**old, **change}).model_dump(
                    mode="json")[n] for n in base}  # fmt: skip
                raise Conflict(item_id, theirs, mine, last, what="plan")
            start = old or default.model_dump(mode="json", exclude={"item_id"})
            action = ActionRecord.model_validate({**start, **change, "item_id": item_id})
            new = action.model_dump(mode="json", exclude={"item_id"})
            if new != old:
                self.record_change(session, row.id, "plan", item_id, old, new)
            if stored is None:
                position = max((a.position for a in row.actions), default=-1) + 1
                row.actions.append(PlanAction(position=position, **action.model_dump()))
            else:
                for name, value in action.model_dump(exclude={"item_id"}).items():
                    setattr(stored, name, value)
            row.updated_at = utcnow()
            session.flush()
            return to_record(row).actions

    def remember_page(self, assessment_id: int, page: str) -> None:
        """Where the user is, kept in memory: written with the next change or ``store_pages``.

        A page switch is UI state; an fsync'd transaction per switch cost 10-30 ms.
        """
        self._positions[assessment_id] = page

    def store_pages(self) -> None:
        """Write the remembered pages (call when an assessment or the app is closed)."""
        for assessment_id, page in list(self._positions.items()):
            try:
                self.set_last_page(assessment_id, page)
            except ServiceError:  # deleted elsewhere, or the disk is gone: it is only UI state
                self._positions.pop(assessment_id, None)

    def set_last_page(self, assessment_id: int, page: str) -> None:
        """Write where the user is, now."""
        with self.transaction() as session:
            self._row(session, assessment_id).last_page = page
        self._positions.pop(assessment_id, None)

    # ---- status ------------------------------------------------------------------------

    def complete(self, assessment_id: int) -> datetime:
        """Mark completed if the engine allows it (NotReady says why not); when it was."""
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=False)
            result = self._score_row(session, row, self._questionnaire_for_row(row))
            if result.blocking_reasons:  # the engine's rule, as the import applies it
                raise NotReady(result.blocking_reasons)
            row.status = COMPLETED
            row.completed_at = row.updated_at = utcnow()
            self.record_change(session, row.id, "status", "", IN_PROGRESS, COMPLETED)
            return row.completed_at

    def reopen(self, assessment_id: int) -> None:
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=False)
            if row.status != IN_PROGRESS:
                self.record_change(session, row.id, "status", "", row.status, IN_PROGRESS)
            row.status = IN_PROGRESS
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

    def keep_questionnaire_copies(self) -> int:
        """Store the copy of each version in use that the database lacks and that is installed.

        The upgrade to revision 0003 copies what is installed then; a version installed only
        later (or a file fixed since) is copied at the next start. Returns how many.
        """
        with self.database.sessions() as session:  # a read first: no write lock when none
            missing = session.execute(
                select(Assessment.questionnaire_id, Assessment.questionnaire_version)
                .distinct()
                .outerjoin(
                    QuestionnaireCopy,
                    (QuestionnaireCopy.questionnaire_id == Assessment.questionnaire_id)
                    & (QuestionnaireCopy.version == Assessment.questionnaire_version),
                )
                .where(QuestionnaireCopy.version.is_(None))
            ).all()
        installed = [key for key in missing if self.registry.installed(*key) is not None]
        if not installed:
            return 0
        with self.transaction() as session:
            for questionnaire_id, version in installed:
                keep_copy(session, self.registry, questionnaire_id, version)
        return len(installed)

    # ---- internals ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed transaction; a storage failure becomes a message the user can act on."""
        with worded(), self.database.sessions.begin() as session:
            session.connection(execution_options={"write": True})
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """``transaction`` without the ORM: one committed transaction on a bare connection."""
        with (
            worded(),
            self.database.engine.connect() as connection,
            connection.execution_options(write=True).begin(),
        ):
            yield connection

    def _write_summary(
        self, connection: Connection, assessment_id: int, result: Result, now: datetime
    ) -> None:
        """The listing's summary and the change's time; the page the user is on goes with it."""
        values = {
            "assessment": assessment_id,
            "updated_at": now,
            "items_total": result.items_total,
            "items_answered": result.items_answered,
            "overall_score": result.overall_score,
            "overall_band": result.overall_band,
            "summary_stale": False,
        }
        if (page := self._positions.get(assessment_id)) is not None:
            values["last_page"] = page
        driver_sql.execute(connection, _UPDATE_ASSESSMENT, values)

    def _changing_row(self, session: Session, assessment_id: int, *, editable: bool) -> Assessment:
        """The row a change is made to; the page the user is on is written with it."""
        row = self._row(session, assessment_id)
        if editable and row.status == COMPLETED:
            raise Locked()
        if (page := self._positions.get(assessment_id)) is not None:
            row.last_page = page
        return row

    def record_change(
        self,
        session: Session | Connection,
        assessment_id: int,
        what: str,
        item_id: str = "",
        old: Any = None,
        new: Any = None,
    ) -> int:
        """Who made this change, in its transaction (a Session, or the click's bare
        connection); the new revision."""
        connection = session if isinstance(session, Connection) else session.connection()
        return history.record(connection, assessment_id, self.user, what, item_id, old, new)

    def _record_plan(self, session: Session, row: Assessment, actions: list[ActionRecord]) -> None:
        """One history entry per item whose plan entry was added, edited or removed."""
        old = {a.item_id: _action(a) for a in row.actions}
        new = {a.item_id: a.model_dump(mode="json", exclude={"item_id"}) for a in actions}
        for item_id in sorted(old.keys() | new.keys()):
            if old.get(item_id) != new.get(item_id):
                self.record_change(
                    session, row.id, "plan", item_id, old.get(item_id), new.get(item_id)
                )

    def _check_profile_base(
        self, session: Session, row: Assessment, given: dict[str, Any], base: dict[str, Any]
    ) -> None:
        """Refuse profile fields someone else changed since the user saw them."""
        argument = {"network_region": "region"}
        theirs = {
            argument.get(n, n): getattr(row, n)
            for n in given
            if argument.get(n, n) in base and getattr(row, n) != base[argument.get(n, n)]
        }
        if theirs:
            mine = {argument.get(n, n): v for n, v in given.items() if argument.get(n, n) in theirs}
            last = history.last_entry(session.connection(), row.id, "", "profile", theirs)
            raise Conflict("", theirs, mine, last, what="profile")

    def _check_base(
        self,
        connection: Connection,
        assessment_id: int,
        item_id: str,
        stored: dict[str, Any],
        base: AnswerRecord | None,
        given: dict[str, Any],
    ) -> None:
        """Refuse an edit whose fields someone else changed since the user saw them."""
        seen = _answer_values(base)
        names = {n for n, v in given.items() if v is not _UNSET}
        if names & {"level", "not_applicable"}:
            names |= {"level", "not_applicable"}
        if any(stored[n] != seen[n] for n in names):
            from wen_assess.records import AnswerRecord

            theirs = AnswerRecord(item_id=item_id, **stored)
            mine = {n: v for n, v in given.items() if v is not _UNSET}
            last = history.last_entry(connection, assessment_id, item_id, "answer", names)
            raise Conflict(item_id, theirs, mine, last)

    def _refresh_summary(self, session: Session, row: Assessment, q: Questionnaire) -> Result:
        result = self._score_row(session, row, q)
        row.items_total = result.items_total
        row.items_answered = result.items_answered
        row.overall_score = result.overall_score
        row.overall_band = result.overall_band
        row.summary_stale = False
        return result


def _as_record(session: Session, row: Assessment) -> AssessmentRecord:
    """The row as written so far, as a record: what a record (and so an export) could not
    hold is refused here (ValidationError), and the caller's transaction rolls back."""
    session.flush()
    return to_record(row)


def _check_language(language: str) -> None:
    """i18n's check, refused as a ServiceError like every other change."""
    try:
        check_language(language)
    except ValueError as error:
        raise ServiceError(str(error)) from None


def _answer_values(answer: Any) -> dict[str, Any]:
    """An answer's fields a change can touch (a row, a record, or None: unanswered)."""
    if answer is None:
        return {"level": None, "not_applicable": False, "justification": "", "notes": "",
                "flagged": False}  # fmt: skip
    return {name: getattr(answer, name) for name in history.ANSWER_FIELDS}


def _participant(row: Participant) -> dict[str, str]:
    return {n: getattr(row, n) for n in ("name", "organisation", "country", "role")}


def _action(row: PlanAction) -> dict[str, Any]:
    due = row.due.isoformat() if row.due else None
    return {"text": row.text, "owner": row.owner, "due": due, "status": row.status}


def _unknown_in_plan(item_ids: list[str]) -> Worded:
    return Worded(
        N_("unknown items in the action plan: {items}"),
        items=", ".join(shown(i, 40) for i in item_ids),
    )
