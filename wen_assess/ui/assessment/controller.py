"""The wizard's link to the service: every edit is saved at once, and the view is told.

Pages call these methods; nothing in the UI writes to the database any other way. After each
save the controller re-scores with the one scoring engine and emits ``changed``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal

from wen_assess.plan import PlanEntry, with_change
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AnswerRecord, AssessmentRecord, ParticipantRecord
from wen_assess.scoring import Result, score
from wen_assess.storage.service import AssessmentService, ServiceError, StorageFailure


class AssessmentController(QObject):
    saved = Signal(str)  # a short human text, e.g. "Saved 14:32:05"
    failed = Signal(str, str)  # title and message for the user
    changed = Signal()  # answers, targets or status changed: re-read result / record

    def __init__(
        self, service: AssessmentService, assessment_id: int, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.assessment_id = assessment_id
        stored = service.get(assessment_id)
        self.record: AssessmentRecord = stored.record
        self.last_page = stored.last_page
        self.questionnaire: Questionnaire = service.questionnaire_of(self.record)
        self._answers = {a.item_id: a for a in self.record.answers}
        self.result: Result = self._score()

    # ---- reading -----------------------------------------------------------------------

    def answer(self, item_id: str) -> AnswerRecord | None:
        return self._answers.get(item_id)

    @property
    def completed(self) -> bool:
        return self.record.status == "completed"

    # ---- writing: each call is one committed transaction -------------------------------

    def set_answer(self, item_id: str, **fields: Any) -> bool:
        def save() -> None:
            self._answers[item_id] = self.service.set_answer(self.assessment_id, item_id, **fields)
            self._sync_answers()

        return self._save(save, rescore=True)

    def update_profile(self, **fields: Any) -> bool:
        def save() -> None:
            self.service.update_profile(self.assessment_id, **fields)
            self.record = self.service.get(self.assessment_id).record

        return self._save(save)

    def set_participants(self, rows: list[dict[str, str]]) -> bool:
        def save() -> None:
            participants = [ParticipantRecord(**row) for row in rows]
            self.service.set_participants(self.assessment_id, participants)
            self.record = self.record.model_copy(update={"participants": participants})

        return self._save(save)

    def set_target(self, area_code: str, target: float | None) -> bool:
        def save() -> None:
            self.service.set_target(self.assessment_id, area_code, target)
            self.record = self.service.get(self.assessment_id).record

        return self._save(save, rescore=True)

    def change_plan(self, entries: list[PlanEntry], item_id: str, **change: object) -> bool:
        """Save one plan entry's change (owner, due date, status or text)."""

        def save() -> None:
            actions = with_change(entries, item_id, **change)
            self.service.set_actions(self.assessment_id, actions)
            self.record = self.record.model_copy(update={"actions": actions})

        return self._save(save)

    def complete(self) -> bool:
        def save() -> None:
            self.service.complete(self.assessment_id)
            self.record = self.service.get(self.assessment_id).record

        return self._save(save, rescore=True, refused_title="Not completed")

    def reopen(self) -> bool:
        def save() -> None:
            self.service.reopen(self.assessment_id)
            self.record = self.service.get(self.assessment_id).record

        return self._save(save, rescore=True)

    def remember_page(self, key: str) -> None:
        # Position is UI state: a failure here must not interrupt the user.
        try:
            self.service.set_last_page(self.assessment_id, key)
            self.last_page = key
        except ServiceError:
            pass

    # ---- internals ---------------------------------------------------------------------

    def _save(self, action, rescore: bool = False, refused_title: str = "Not saved") -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except StorageFailure as error:
            self.failed.emit("Not saved", str(error))
            return False
        except ServiceError as error:
            self.failed.emit(refused_title, str(error))
            return False
        except ValidationError as error:  # e.g. text longer than a record can hold
            first = error.errors()[0]
            self.failed.emit("Not saved", f"{first['msg']} ({first['type']}).")
            return False
        except OSError as error:  # disk full, file vanished: tell the user, keep the app alive
            self.failed.emit("Not saved", f"Could not save: {error.strerror or error}")
            return False
        if rescore:
            self.result = self._score()
        self.saved.emit(f"Saved {datetime.now():%H:%M:%S}")
        self.changed.emit()
        return True

    def _sync_answers(self) -> None:
        self.record = self.record.model_copy(
            update={"answers": sorted(self._answers.values(), key=lambda a: a.item_id)}
        )

    def _score(self) -> Result:
        return score(self.questionnaire, self.record.scoring_answers(), self.record.targets)
