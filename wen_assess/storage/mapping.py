"""Rows to records and back: the one place that knows both shapes.

Children (answers, participants, actions) carry the record's field names, so Pydantic reads
them straight from the rows (``from_attributes``); only the assessment itself is reshaped
(its questionnaire and network are nested in the record, flat in the table). The record
models are imported on first use: the library lists at start-up without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wen_assess.storage.models import Assessment, Response, ResponseAnswer, utcnow

if TYPE_CHECKING:
    from wen_assess.records import AssessmentRecord, ResponseRecord


def to_record(row: Assessment) -> AssessmentRecord:
    """The row as a record; raises ValidationError for what a record (and a file) cannot hold."""
    from wen_assess import records

    return records.AssessmentRecord(
        uuid=row.uuid,
        title=row.title,
        assessment_date=row.assessment_date,
        status=row.status,  # type: ignore[arg-type]
        language=row.language or "en",  # type: ignore[arg-type]
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
            records.ParticipantRecord.model_validate(p, from_attributes=True)
            for p in row.participants
        ],
        answers=[
            records.AnswerRecord.model_validate(a, from_attributes=True)
            for a in sorted(row.answers, key=lambda a: a.item_id)
        ],
        targets={t.area_code: t.target for t in row.targets},
        actions=[records.ActionRecord.model_validate(a, from_attributes=True) for a in row.actions],
        responses=[response_record(r) for r in row.responses],
        baseline_uuid=row.baseline_uuid,
        is_demo=row.is_demo,
        created_at=row.created_at,
        updated_at=row.updated_at,
        completed_at=row.completed_at,
    )


def assessment_row(record: AssessmentRecord, questionnaire_version: str) -> Assessment:
    """The assessment's own row (children are inserted apart, see ``child_rows``).

    ``questionnaire_version`` is the installed version the record resolved to (a file may
    name none).
    """
    return Assessment(
        uuid=record.uuid,
        title=record.title,
        assessment_date=record.assessment_date,
        status=record.status,
        language=record.language,
        questionnaire_id=record.questionnaire.id,
        questionnaire_version=questionnaire_version,
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


def child_rows(record: AssessmentRecord) -> dict[str, list[dict[str, Any]]]:
    """Table name -> rows as plain dicts, for bulk inserts (5x cheaper than ORM objects)."""
    now = utcnow()
    return {
        "answer": [{**a.model_dump(), "updated_at": now} for a in record.answers],
        "participant": [
            {"position": n, **p.model_dump()} for n, p in enumerate(record.participants)
        ],
        "area_target": [{"area_code": k, "target": v} for k, v in record.targets.items()],
        "plan_action": [{"position": n, **a.model_dump()} for n, a in enumerate(record.actions)],
    }


def response_record(row: Response) -> ResponseRecord:
    from wen_assess.records import ResponseAnswerRecord, ResponseRecord

    return ResponseRecord(
        country=row.country,
        agency=row.agency,
        respondent=row.respondent,
        received=row.received,
        source=row.source,
        answers=[ResponseAnswerRecord.model_validate(a, from_attributes=True) for a in row.answers],
    )


def response_row(record: ResponseRecord, position: int, assessment_id: int) -> Response:
    return Response(
        assessment_id=assessment_id,
        position=position,
        respondent_key=record.key,
        country=record.country,
        agency=record.agency,
        respondent=record.respondent,
        received=record.received,
        source=record.source,
        answers=[ResponseAnswer(**a.model_dump()) for a in record.answers],
    )
