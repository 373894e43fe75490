"""What the response-form window edits: one member's `.response.wen.json`, held in memory and
written whole after each change.

It answers the item widget as the assessment's controller does (``answer``, ``set_answer``,
``clear_answer``, ``questionnaire``, ``completed``), so the wizard's item widget shows and edits
a member's answers; there is no database, no undo history and no one else's changes here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AnswerRecord
from wen_assess.responses.filling import AnswerRefused, ResponseForm
from wen_assess.ui import language

# The wizard's words for a change saved and one that was not (its translations).
NOT_SAVED = ("AssessmentController", "Not saved")
SAVED = ("AssessmentController", "Saved {time}")


class FillController(QObject):
    saved = Signal(str)  # "Saved 14:32:05"
    unsaved = Signal(str)  # why the file could not be written; the answers are kept here
    refused = Signal(str)  # a change the engine refused (nothing changed)
    changed = Signal()  # an answer or the name changed (saved or not)

    completed = False  # a member's form is never locked

    def __init__(self, form: ResponseForm, parent: QObject | None = None):
        super().__init__(parent)
        self.form = form
        self.save_problem: str | None = None  # why the last write failed, until one succeeds

    @property
    def questionnaire(self) -> Questionnaire:
        return self.form.questionnaire

    @property
    def path(self) -> Path:
        return self.form.path

    @property
    def language(self) -> str:
        """The form's language, which its questionnaire texts are shown in."""
        return self.form.document.language

    def answer(self, item_id: str) -> AnswerRecord | None:
        """The item's answer as the item widget reads one (no flag, never carried over)."""
        found = self.form.answer(item_id)
        return AnswerRecord(**found.model_dump()) if found is not None else None

    def set_answer(self, item_id: str, seen: dict[str, Any] | None = None, **fields: Any) -> bool:
        """Change one answer and write the file. False (nothing changed) when refused; an
        answer that could not be written is kept and shown, and ``unsaved`` says why."""
        fields.pop("flagged", None)  # a response has no flag (the widget hides it)
        return self._change(lambda: self.form.change(item_id, **fields))

    def clear_answer(self, item_id: str) -> bool:
        return self.set_answer(item_id, level=None, not_applicable=False)

    def set_name(self, name: str) -> bool:
        return self._change(lambda: self.form.set_name(name))

    def _change(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except AnswerRefused as error:
            self.refused.emit(language.core_text(error.args[0]))
            return False
        self.changed.emit()
        self.save()
        return True

    def save(self, path: Path | str | None = None) -> bool:
        """Write the whole file (to ``path``: Save as); True once it is on disk."""
        try:
            self.form.save(path)
        except OSError as error:
            self.save_problem = language.write_problem(error)
            self.unsaved.emit(self.save_problem)
            return False
        self.save_problem = None
        now = f"{datetime.now():%H:%M:%S}"
        self.saved.emit(QCoreApplication.translate(*SAVED).format(time=now))
        return True
