"""Members' responses: kept with their assessment, one per respondent, each in one transaction.

A response is a member's view, not the network's answer: saving one never changes a score.
The coordinator's agreed level is saved as the assessment's answer (``set_answer``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.messages import refused_at
from wen_assess.scoring import answer_problem
from wen_assess.storage.commands import AssessmentCommands
from wen_assess.storage.errors import InvalidAnswer, ServiceError
from wen_assess.storage.mapping import response_row
from wen_assess.storage.models import Response, ResponseAnswer, utcnow

_ANSWER_FIELDS = ("item_id", "level", "not_applicable", "justification", "notes")

if TYPE_CHECKING:
    from wen_assess.records import ResponseRecord


class DuplicateResponse(ServiceError):
    """This respondent has answered already; saving again needs ``replace=True``."""


class ResponseCommands(AssessmentCommands):
    def responses(self, assessment_id: int) -> list[ResponseRecord]:
        """The responses in the order they came; plain rows, two queries (the consolidation
        window reads 60 x 47 of them when it opens: ORM objects cost ten times more)."""
        from wen_assess.records import ResponseAnswerRecord, ResponseRecord

        with self.database.sessions() as session:
            self._row(session, assessment_id)
            heads = session.execute(
                select(
                    Response.id,
                    Response.country,
                    Response.agency,
                    Response.respondent,
                    Response.received,
                    Response.source,
                )
                .where(Response.assessment_id == assessment_id)
                .order_by(Response.position)
            ).all()
            answers: dict[int, list[ResponseAnswerRecord]] = {head[0]: [] for head in heads}
            for response_id, *fields in session.execute(
                select(
                    ResponseAnswer.response_id,
                    ResponseAnswer.item_id,
                    ResponseAnswer.level,
                    ResponseAnswer.not_applicable,
                    ResponseAnswer.justification,
                    ResponseAnswer.notes,
                )
                .join(Response)
                .where(Response.assessment_id == assessment_id)
                .order_by(ResponseAnswer.response_id, ResponseAnswer.item_id)
            ):
                # Checked when written and when the database is opened: built, not re-validated.
                answers[response_id].append(
                    ResponseAnswerRecord.model_construct(
                        **dict(zip(_ANSWER_FIELDS, fields, strict=True))
                    )
                )
        return [
            ResponseRecord.model_construct(
                country=country, agency=agency, respondent=respondent, received=received,
                source=source, answers=answers[response_id],
            )
            for response_id, country, agency, respondent, received, source in heads
        ]  # fmt: skip

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
                    raise InvalidAnswer(refused_at(shown(answer.item_id, 40), problem))
            earlier = session.scalar(
                select(Response).where(
                    Response.assessment_id == assessment_id,
                    Response.respondent_key == response.key,
                )
            )
            if earlier is not None and not replace:
                raise _duplicate(response, earlier)
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


def _duplicate(response: ResponseRecord, earlier: Response) -> DuplicateResponse:
    who, source = _who(response), shown(earlier.source, 60)
    if earlier.received is None:
        template = N_("{who} has already answered (imported earlier from {source})")
        return DuplicateResponse.worded(template, who=who, source=source)
    template = N_("{who} has already answered (imported {received} from {source})")
    return DuplicateResponse.worded(template, who=who, received=earlier.received, source=source)


def _who(response: ResponseRecord) -> str:
    parts = [response.respondent, response.agency, response.country]
    return shown(", ".join(p for p in parts if p), 120)
