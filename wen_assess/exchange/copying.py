"""Copy assessments from one database to another (a coordinator's file into the shared server).

Each assessment travels as the record an export writes and an import reads (``storage.mapping``
both ways), so a copy holds exactly what a `.wen.json` round trip would. The identity rule is
the import's: the same uuid is the same assessment. One already in the target is never
overwritten; where its content differs, the outcome says what differs. The questionnaire
copies the assessments need travel with them. Everything is written in one transaction on
the target: a failure leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from wen_assess.errors import shown
from wen_assess.exchange.importer import describe_record, same_content
from wen_assess.storage.mapping import to_record
from wen_assess.storage.models import Assessment, QuestionnaireCopy
from wen_assess.storage.service import AssessmentService

COPIED, PRESENT, DIFFERENT = "copied", "present", "different"


@dataclass(frozen=True)
class CopyOutcome:
    source_id: int
    status: str  # COPIED, PRESENT (same content) or DIFFERENT (present, content differs)
    message: str
    target_id: int


def copy_assessments(
    source: AssessmentService, target: AssessmentService, ids: Sequence[int] | None = None
) -> list[CopyOutcome]:
    """Copy the assessments ``ids`` (all when None) from ``source`` into ``target``."""
    chosen = list(ids) if ids is not None else [s.id for s in source.list_summaries()]
    records = {number: source.get(number).record for number in chosen}
    outcomes = []
    with target.transaction() as session:  # the write lock first: no one adds them meanwhile
        for number, record in records.items():
            label = describe_record(record)
            stored = session.scalar(select(Assessment.id).where(Assessment.uuid == record.uuid))
            if stored is None:
                _keep_questionnaire(source, session, record)
                new_id = target.add_record(record, session)
                copied = f"#{number} {label} as #{new_id}"
                outcomes.append(CopyOutcome(number, COPIED, copied, new_id))
                continue
            outcomes.append(
                _present(number, label, stored, record, to_record(session.get(Assessment, stored)))
            )
    return outcomes


def _present(number: int, label: str, stored_id: int, record, stored) -> CopyOutcome:  # type: ignore[no-untyped-def]
    if same_content(stored, record):
        return CopyOutcome(
            number, PRESENT, f"#{number} {label}: already there as #{stored_id}", stored_id
        )
    what = ", ".join(differences(stored, record))
    return CopyOutcome(
        number,
        DIFFERENT,
        f"#{number} {label}: already there as #{stored_id} with different content ({what}); "
        "not copied, nothing overwritten",
        stored_id,
    )


def differences(stored, incoming) -> list[str]:  # type: ignore[no-untyped-def]
    """What differs between two copies of one assessment, in words (answers by item id)."""
    ignore = {"questionnaire", "created_at", "updated_at", "answers"}
    mine, theirs = stored.model_dump(exclude=ignore), incoming.model_dump(exclude=ignore)
    found = [name.replace("_", " ") for name in mine if mine[name] != theirs.get(name)]
    if stored.questionnaire.version != incoming.questionnaire.version:
        found.append("questionnaire version")
    answers = {a.item_id: a for a in stored.answers}
    other = {a.item_id: a for a in incoming.answers}
    items = sorted(i for i in answers.keys() | other.keys() if answers.get(i) != other.get(i))
    if items:
        shown_items = ", ".join(shown(i, 32) for i in items[:5])
        more = f" and {len(items) - 5} more" if len(items) > 5 else ""
        found.append(f"answers to {shown_items}{more}")
    return found or ["times"]


def _keep_questionnaire(source: AssessmentService, session, record) -> None:  # type: ignore[no-untyped-def]
    """The source's stored copy of the record's questionnaire, if the target lacks one."""
    key = (record.questionnaire.id, record.questionnaire.version)
    if session.get(QuestionnaireCopy, key) is not None:
        return
    with source.database.sessions() as reading:
        copy = reading.get(QuestionnaireCopy, key)
        if copy is not None:
            session.add(
                QuestionnaireCopy(
                    questionnaire_id=copy.questionnaire_id,
                    version=copy.version,
                    checksum=copy.checksum,
                    text=copy.text,
                )
            )
            session.flush()


def summary_line(outcomes: list[CopyOutcome]) -> str:
    copied = sum(o.status == COPIED for o in outcomes)
    present = sum(o.status != COPIED for o in outcomes)
    different = sum(o.status == DIFFERENT for o in outcomes)
    line = f"{copied} copied, {present} already there"
    return line + (f" ({different} with different content, not overwritten)" if different else "")
