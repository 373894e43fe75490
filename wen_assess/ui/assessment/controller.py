"""The wizard's link to the service: every edit is saved at once, and the view is told.

Pages call these methods; nothing in the UI writes to the database any other way. A change
that moves a score comes back from the service with the new result (scored once, in the
save's transaction); the controller keeps one copy of the record and emits ``changed``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal

from wen_assess.plan import PlanEntry, with_change
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AnswerRecord, AssessmentRecord, ParticipantRecord
from wen_assess.scoring import Result
from wen_assess.storage.service import AssessmentService, ServiceError, StorageFailure
from wen_assess.vocabulary import COMPLETED, IN_PROGRESS


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
        self.result: Result = service.result(assessment_id)

    # ---- reading -----------------------------------------------------------------------

    def answer(self, item_id: str) -> AnswerRecord | None:
        return self.record.answer(item_id)

    @property
    def completed(self) -> bool:
        return self.record.status == COMPLETED

    # ---- writing: each call is one committed transaction -------------------------------

    def set_answer(self, item_id: str, **fields: Any) -> bool:
        def save() -> None:
            saved = self.service.set_answer(self.assessment_id, item_id, **fields)
            others = [a for a in self.record.answers if a.item_id != item_id]
            answers = sorted([*others, saved.answer], key=lambda a: a.item_id)
            self.record = self.record.model_copy(update={"answers": answers})
            self.result = saved.result

        return self._save(save)

    def update_profile(self, **fields: Any) -> bool:
        def save() -> None:
            self.record = self.service.update_profile(self.assessment_id, **fields)

        return self._save(save)

    def set_participants(self, rows: list[dict[str, str]]) -> bool:
        def save() -> None:
            participants = [ParticipantRecord(**row) for row in rows]
            self.service.set_participants(self.assessment_id, participants)
            self.record = self.record.model_copy(update={"participants": participants})

        return self._save(save)

    def set_target(self, area_code: str, target: float | None) -> bool:
        def save() -> None:
            self.result = self.service.set_target(self.assessment_id, area_code, target)
            targets = {k: v for k, v in self.record.targets.items() if k != area_code}
            if target is not None:
                targets[area_code] = target
            self.record = self.record.model_copy(update={"targets": targets})

        return self._save(save)

    def change_plan(self, entries: list[PlanEntry], item_id: str, **change: object) -> bool:
        """Save one plan entry's change (owner, due date, status or text)."""

        def save() -> None:
            actions = with_change(entries, item_id, **change)
            self.service.set_actions(self.assessment_id, actions)
            self.record = self.record.model_copy(update={"actions": actions})

        return self._save(save)

    def complete(self) -> bool:
        def save() -> None:
            when = self.service.complete(self.assessment_id)
            self._set_status(COMPLETED, when)

        return self._save(save, refused_title="Not completed")

    def reopen(self) -> bool:
        def save() -> None:
            self.service.reopen(self.assessment_id)
            self._set_status(IN_PROGRESS, None)

        return self._save(save)

    def remember_page(self, key: str) -> None:
        # UI state: kept in memory, written with the next change or when the view closes.
        self.service.remember_page(self.assessment_id, key)
        self.last_page = key

    def store_page(self) -> None:
        """Write where the user is (when the assessment or the window is closed)."""
        self.service.store_pages()

    # ---- internals ---------------------------------------------------------------------

    def _save(self, action, refused_title: str = "Not saved") -> bool:  # type: ignore[no-untyped-def]
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
        self.saved.emit(f"Saved {datetime.now():%H:%M:%S}")
        self.changed.emit()
        return True

    def _set_status(self, status: str, completed_at: datetime | None) -> None:
        self.record = self.record.model_copy(
            update={"status": status, "completed_at": completed_at}
        )
