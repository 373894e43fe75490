"""What a click reads of its assessment, kept between clicks.

Each saved answer rescores the whole assessment, so it needs every answer and every target.
Reading them all again on each click was most of the click's SQL. The service keeps what
the last click left instead, and a click uses it only while the assessment's stamp is still
the one kept: its uuid, its revision (the history's newest id, never given twice: see
``models.Change``) and the time of its last change. Every writer, in this process or
another, adds a history row or moves that time (or both) in the transaction that changes an
answer or a target, so whatever someone else saved is read anew. The stamp is read in the
click's own write transaction, after the write lock is taken, so nothing can change between
the check and the write.
"""

from __future__ import annotations

import threading
from collections.abc import Set
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import Session

from wen_assess.scoring import Answer
from wen_assess.storage.models import AnswerRow, AreaTarget, Assessment, Change

_ANSWER = AnswerRow.__table__
_ASSESSMENT = Assessment.__table__
_TARGET = AreaTarget.__table__
_CHANGE = Change.__table__

# A new answer before its first change: the fields a change reads and writes, in this order.
NEW_ANSWER: dict[str, Any] = {
    "level": None,
    "not_applicable": False,
    "justification": "",
    "notes": "",
    "flagged": False,
    "carried_over": False,
}
KEEP_AT_MOST = 8  # assessments a session writes to in turn; a reviewer's script may do more

# The assessment's status, questionnaire and stamp: one row, or none when it is gone.
HEAD = select(
    _ASSESSMENT.c.status,
    _ASSESSMENT.c.questionnaire_id,
    _ASSESSMENT.c.questionnaire_version,
    _ASSESSMENT.c.uuid,
    select(func.max(_CHANGE.c.id))
    .where(_CHANGE.c.assessment_id == _ASSESSMENT.c.id)
    .scalar_subquery(),
    _ASSESSMENT.c.updated_at,
).where(_ASSESSMENT.c.id == bindparam("assessment"))
_ANSWERS_OF = select(_ANSWER.c.item_id, *(_ANSWER.c[name] for name in NEW_ANSWER)).where(
    _ANSWER.c.assessment_id == bindparam("assessment")
)
_TARGETS_OF = select(_TARGET.c.area_code, _TARGET.c.target).where(
    _TARGET.c.assessment_id == bindparam("assessment")
)

Stamp = tuple[str, int | None, datetime]


@dataclass(frozen=True)
class Kept:
    """One assessment's answers and targets as stored at ``stamp``."""

    stamp: Stamp
    answers: dict[str, tuple[Any, ...]]  # item id -> the fields of NEW_ANSWER, in its order
    scored: dict[str, Answer]  # what scoring reads of the same answers
    targets: dict[str, float]

    def with_answer(self, item_id: str, fields: tuple[Any, ...]) -> Kept:
        """The same with one answer as now written (the mappings are copied, not changed:
        a click that fails leaves what was kept as it was); its stamp is set once committed."""
        return Kept(
            self.stamp,
            {**self.answers, item_id: fields},
            {**self.scored, item_id: _answer(fields)},
            self.targets,
        )


def read(
    connection: Connection | Session, assessment_id: int, known: Set[str]
) -> tuple[dict[str, tuple[Any, ...]], dict[str, Answer], dict[str, float]]:
    """The assessment's answers (every field), what scoring reads of those to ``known``
    items (a questionnaire's), and its targets, read in the caller's transaction (a Session
    writes what it holds first)."""
    answers = {
        row[0]: tuple(row[1:])
        for row in connection.execute(_ANSWERS_OF, {"assessment": assessment_id})
    }
    scored = {item_id: _answer(fields) for item_id, fields in answers.items() if item_id in known}
    targets = dict(connection.execute(_TARGETS_OF, {"assessment": assessment_id}).all())
    return answers, scored, targets


_CARRIED_OVER = list(NEW_ANSWER).index("carried_over")


def _answer(fields: tuple[Any, ...]) -> Answer:
    """What scoring reads of an answer's stored fields (in NEW_ANSWER's order)."""
    level, not_applicable, justification = fields[:3]
    return Answer(level, not_applicable, justification or "", bool(fields[_CARRIED_OVER]))


class KeptAnswers:
    """The service's memory of what its last clicks stored, a few assessments at most."""

    def __init__(self) -> None:
        self._kept: dict[int, Kept] = {}
        self._lock = threading.Lock()  # a script may save from several threads at once

    def get(
        self, connection: Connection, assessment_id: int, stamp: Stamp, known: Set[str]
    ) -> Kept:
        """What is stored now: the kept copy if its stamp is current, else read anew."""
        with self._lock:
            kept = self._kept.get(assessment_id)
        if kept is None or kept.stamp != stamp:
            kept = Kept(stamp, *read(connection, assessment_id, known))
        return kept

    def put(self, assessment_id: int, kept: Kept) -> None:
        """Keep ``kept`` after its transaction committed."""
        with self._lock:
            self._kept.pop(assessment_id, None)
            if len(self._kept) >= KEEP_AT_MOST:
                del self._kept[next(iter(self._kept))]  # the one written to longest ago
            self._kept[assessment_id] = kept

    def forget(self, assessment_id: int) -> None:
        with self._lock:
            self._kept.pop(assessment_id, None)
