"""The database tables, as SQLAlchemy 2 typed models.

An assessment is pinned to its questionnaire's id and version; answers are keyed by the
questionnaire's stable item ids, so a later wording change keeps them readable.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime, timezone
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from wen_assess.vocabulary import (
    ACTION_STATUSES,
    ENGLISH,
    ID_MAX,
    IN_PROGRESS,
    LANGUAGES,
    PLANNED,
    STATUSES,
    sql_in,
)

# Stable constraint names, so Alembic's batch mode on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class LevelColumns:
    """An item's level or N/A and their reasons: what an answer and a member's view share."""

    level: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(default=False)
    justification: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    @declared_attr.directive
    def __table_args__(cls) -> tuple[CheckConstraint, ...]:
        # One constraint per table: a constraint object belongs to a single table.
        return (CheckConstraint("NOT (not_applicable AND level IS NOT NULL)", name="level_or_na"),)


class Assessment(Base):
    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint(sql_in("status", STATUSES), name="status"),
        CheckConstraint(sql_in("language", LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(Text, default="")
    assessment_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=IN_PROGRESS)
    questionnaire_id: Mapped[str] = mapped_column(String(ID_MAX))
    questionnaire_version: Mapped[str] = mapped_column(String(ID_MAX))
    network_name: Mapped[str] = mapped_column(Text)
    network_region: Mapped[str] = mapped_column(Text, default="")
    member_countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    facilitator: Mapped[str] = mapped_column(Text, default="")
    baseline_uuid: Mapped[str | None] = mapped_column(String(36))
    is_demo: Mapped[bool] = mapped_column(default=False)
    # Where the user was in the wizard, so reopening resumes on the same page.
    last_page: Mapped[str] = mapped_column(String(ID_MAX), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Summary for listing without loading answers; rewritten in every answer's transaction.
    items_total: Mapped[int | None] = mapped_column(Integer)
    items_answered: Mapped[int | None] = mapped_column(Integer)
    overall_score: Mapped[float | None] = mapped_column(Float)
    overall_band: Mapped[str | None] = mapped_column(String(64))
    summary_stale: Mapped[bool] = mapped_column(default=True)
    # The working language of its report, workbook and comparison PDF.
    language: Mapped[str] = mapped_column(String(8), default=ENGLISH, server_default=ENGLISH)

    answers: Mapped[list[AnswerRow]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Participant.position",
    )
    targets: Mapped[list[AreaTarget]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    actions: Mapped[list[PlanAction]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanAction.position"
    )
    responses: Mapped[list[Response]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Response.position"
    )


class AnswerRow(LevelColumns, Base):
    __tablename__ = "answer"

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(ID_MAX), primary_key=True)
    # After the level columns (sort_order), where the migrations put them.
    flagged: Mapped[bool] = mapped_column(default=False, sort_order=1)
    # Copied from a baseline assessment and not yet looked at by anyone.
    carried_over: Mapped[bool] = mapped_column(default=False, sort_order=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, sort_order=1)

    assessment: Mapped[Assessment] = relationship(back_populates="answers")


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[Assessment] = relationship(back_populates="participants")


class AreaTarget(Base):
    __tablename__ = "area_target"

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True
    )
    area_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    target: Mapped[float] = mapped_column(Float)


class PlanAction(Base):
    """One entry of the improvement plan: who does what by when, for one item."""

    __tablename__ = "plan_action"
    __table_args__ = (CheckConstraint(sql_in("status", ACTION_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    item_id: Mapped[str] = mapped_column(String(ID_MAX))
    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=PLANNED)


class QuestionnaireCopy(Base):
    """The text of a questionnaire version some assessment uses, kept with the assessments.

    An assessment is read through its questionnaire; with this copy it stays openable,
    scorable and exportable even once that version's file is gone from the computer.
    """

    __tablename__ = "questionnaire_copy"

    questionnaire_id: Mapped[str] = mapped_column(String(ID_MAX), primary_key=True)
    version: Mapped[str] = mapped_column(String(ID_MAX), primary_key=True)
    checksum: Mapped[str] = mapped_column(String(64))  # sha256 of the file's bytes
    text: Mapped[str] = mapped_column(Text)  # the YAML file as it was installed


class Response(Base):
    """A member's response form, imported: who answered (one row per respondent)."""

    __tablename__ = "response"
    __table_args__ = (UniqueConstraint("assessment_id", "respondent_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    # records.respondent_key: country, agency and name without case or extra spaces.
    respondent_key: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(Text, default="")
    respondent: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")

    answers: Mapped[list[ResponseAnswer]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="ResponseAnswer.item_id",
    )


class ResponseAnswer(LevelColumns, Base):
    """One respondent's view of one item."""

    __tablename__ = "response_answer"

    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(ID_MAX), primary_key=True)


class Change(Base):
    """One change to an assessment: who made it, when, and the values before and after.

    Written in the change's own transaction (see ``storage/history.py``). Its id also serves
    as the assessment's revision: an open window polls ``max(id)`` to see others' changes,
    and a click reuses the answers it kept while it is unchanged (``kept_answers``). So an id
    is never given twice, not even after the newest rows were deleted with their assessment
    (SQLite's AUTOINCREMENT; PostgreSQL's sequences never reuse one).
    """

    __tablename__ = "change"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(Text, default="")
    what: Mapped[str] = mapped_column(String(ID_MAX))  # see history.WHATS
    item_id: Mapped[str] = mapped_column(String(ID_MAX), default="")  # "" for the assessment
    # JSON texts (not a JSON column: portable, and read back exactly as written).
    old: Mapped[str] = mapped_column(Text, default="null")
    new: Mapped[str] = mapped_column(Text, default="null")
