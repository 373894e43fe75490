"""What the response-form window edits: one member's `.response.wen.json`, held in memory and
written whole after each change.

It answers the item widget as the assessment's controller does (``answer``, ``set_answer``,
``clear_answer``, ``questionnaire``, ``completed``), so the wizard's item widget shows and edits
a member's answers; there is no database, no undo history and no one else's changes here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from wen_assess.files import write_problem
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AnswerRecord
from wen_assess.responses.filling import AnswerRefused, ResponseForm
from wen_assess.ui import language, section_frame


class FillController(QObject):
    saved = Signal(str)  # "Saved 14:32:05"
    unsaved = Signal(str)  # why the file could not be written; the answers are kept here
    save_as_failed = Signal(str, str)  # the file "Save as" could not write, and why
    refused = Signal(str)  # a change the engine refused (nothing changed)
    changed = Signal()  # an answer or the name changed (saved or not)

    completed = False  # a member's form is never locked

    def __init__(self, form: ResponseForm, parent: QObject | None = None):
        super().__init__(parent)
        self.form = form
        # Why the last write of the form's file failed, until one succeeds: kept as worded,
        # so it is said in whatever language the interface is in when shown.
        self._problem: str | None = None

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

    @property
    def save_problem(self) -> str | None:
        """Why the form's file could not be written, in the interface language; None when it
        holds every answer."""
        return None if self._problem is None else language.core_text(self._problem)

    def save(self, path: Path | str | None = None) -> bool:
        """Write the whole file (to ``path``: Save as); True once it is on disk.

        A Save as that fails says so about the file chosen (``save_as_failed``), and leaves
        the form's own file, and whether it is up to date, as they were."""
        try:
            self.form.save(path)
        except OSError as error:
            if path is not None:
                self.save_as_failed.emit(str(path), language.write_problem(error))
                return False
            problem = write_problem(error)  # kept worded: said in the language when shown
            self._problem = problem
            self.unsaved.emit(language.core_text(problem))
            return False
        self._problem = None
        saved = QCoreApplication.translate(*section_frame.SAVED)
        self.saved.emit(saved.format(time=section_frame.clock_now()))
        return True
