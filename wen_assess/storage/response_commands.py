"""Members' responses: kept with their assessment, one per respondent, each in one transaction.

A response is a member's view, not the network's answer: saving one never changes a score.
The coordinator's agreed level is saved as the assessment's answer (``set_answer``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from wen_assess.errors import shown
from wen_assess.scoring import answer_problem
from wen_assess.storage.commands import AssessmentCommands
from wen_assess.storage.errors import InvalidAnswer, ServiceError
from wen_assess.storage.mapping import response_record, response_row
from wen_assess.storage.models import Response, utcnow

if TYPE_CHECKING:
    from wen_assess.records import ResponseRecord


class DuplicateResponse(ServiceError):
    """This respondent has answered already; saving again needs ``replace=True``."""


class ResponseCommands(AssessmentCommands):
    def responses(self, assessment_id: int) -> list[ResponseRecord]:
        with self.database.sessions() as session:
            self._row(session, assessment_id)
            rows = session.scalars(
                select(Response)
                .where(Response.assessment_id == assessment_id)
                .order_by(Response.position)
            ).all()
            return [response_record(r) for r in rows]

    def save_response(
        self, assessment_id: int, response: ResponseRecord, *, replace: bool = False
    ) -> bool:
        """Keep a member's response; True if it replaced an earlier one of the same respondent.

        DuplicateResponse when that respondent has answered and ``replace`` is false;
        InvalidAnswer for an answer the questionnaire refuses. Nothing is written then.
        """
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=True)
            q = self._questionnaire_for_row(row)
            for answer in response.answers:
                if problem := answer_problem(q, answer.item_id, answer.to_answer()):
                    raise InvalidAnswer(f"{shown(answer.item_id, 40)}: {problem}")
            earlier = session.scalar(
                select(Response).where(
                    Response.assessment_id == assessment_id,
                    Response.respondent_key == response.key,
                )
            )
            if earlier is not None and not replace:
                raise DuplicateResponse(
                    f"{_who(response)} has already answered (imported "
                    f"{earlier.received or 'earlier'} from {shown(earlier.source, 60)})"
                )
            if earlier is not None:
                position = earlier.position
                session.delete(earlier)
                session.flush()
            else:
                position = (
                    session.scalar(
                        select(func.max(Response.position)).where(
                            Response.assessment_id == assessment_id
                        )
                    )
                    or 0
                ) + 1
            session.add(response_row(response, position, assessment_id))
            row.updated_at = utcnow()
            return earlier is not None

    def delete_response(self, assessment_id: int, key: str) -> None:
        with self.transaction() as session:
            row = self._changing_row(session, assessment_id, editable=True)
            session.execute(
                delete(Response).where(
                    Response.assessment_id == assessment_id, Response.respondent_key == key
                )
            )
            row.updated_at = utcnow()


def _who(response: ResponseRecord) -> str:
    parts = [response.respondent, response.agency, response.country]
    return shown(", ".join(p for p in parts if p), 120)
