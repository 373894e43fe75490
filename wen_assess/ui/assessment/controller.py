"""The wizard's link to the service: every edit is saved at once, and the view is told.

Pages call these methods; nothing in the UI writes to the database any other way. A change
that moves a score comes back from the service with the new result (scored once, in the
save's transaction); the controller keeps one copy of the record and emits ``changed``.

Every user edit is also one step on ``undo_stack`` (see :mod:`.undo`): its undo and redo go
through the same ``_write_*`` calls as the edit, so they are saved, rescored and shown alike.

Two people (two app instances, or two windows) may have the same assessment open: a timer
polls the assessment's revision and takes in what others saved (``reloaded``), and an answer
edit carries the answer the user saw, so one based on a value someone else has changed since
becomes a conflict the user resolves (``resolve_conflict``), never a silent overwrite. Undo
and redo of an answer carry the value they leave, so they survive others' answers arriving.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from wen_assess.input_problems import validation_problems
from wen_assess.plan import PlanEntry
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import (
    ActionRecord,
    AnswerRecord,
    AssessmentRecord,
    ChangeRecord,
    ParticipantRecord,
)
from wen_assess.scoring import Result
from wen_assess.storage.service import (
    AssessmentService,
    Conflict,
    Locked,
    ServiceError,
    StorageFailure,
)
from wen_assess.ui import language, section_frame
from wen_assess.ui.assessment.undo import Edit, Where
from wen_assess.vocabulary import COMPLETED, IN_PROGRESS

_SHOWN: Any = object()  # "the value this window shows", where None is a value


class AssessmentController(QObject):
    saved = Signal(str)  # a short human text, e.g. "Saved 14:32:05"
    failed = Signal(str, str)  # title and message for the user
    changed = Signal()  # answers, targets or status changed: re-read result / record
    shown = Signal(object)  # an undo or redo was saved: bring its Where into view
    # Someone else saved changes: the items whose answers changed, and whether anything
    # else (profile, participants, targets, plan, status) did.
    reloaded = Signal(object, bool)
    deleted = Signal()  # someone else deleted the assessment

    POLL_MS = 1500  # others' saved changes show within this (one indexed read per tick)

    def __init__(
        self, service: AssessmentService, assessment_id: int, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.assessment_id = assessment_id
        # Read before the record: a change saved in between shows at the next poll.
        self.revision = service.revision(assessment_id)
        stored = service.get(assessment_id)
        self.record: AssessmentRecord = stored.record
        self.last_page = stored.last_page
        self.questionnaire: Questionnaire = service.questionnaire_of(self.record)
        self.result: Result = service.result(assessment_id)
        # This assessment's edits, to undo and redo; a new controller (another assessment
        # opened) starts a new history.
        self.undo_stack = QUndoStack(self)
        # Asked which value to keep when an edit meets someone else's change: True keeps
        # mine. The view sets it to its dialog; without one, theirs is kept (mine is recorded).
        self.resolve_conflict: Callable[[Conflict], bool] = lambda conflict: False
        self._saving = False  # a save (and maybe its conflict dialog) is under way
        # While ``changed`` is emitted: the items whose answers alone that change touched
        # (the view then looks again at only their areas' figures); None: anything may have.
        self.touched: frozenset[str] | None = None
        self.poll_timer = QTimer(self, interval=self.POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()

    # ---- reading -----------------------------------------------------------------------

    @property
    def record(self) -> AssessmentRecord:
        return self._record

    @record.setter
    def record(self, record: AssessmentRecord) -> None:
        # A click looks its answers up some twenty times: by item id, indexed with the very
        # record they belong to (a record copied with other answers gets its own index).
        self._record = record
        self._answers = {a.item_id: a for a in record.answers}

    def answer(self, item_id: str) -> AnswerRecord | None:
        return self._answers.get(item_id)

    def history(self, item_id: str | None = None) -> list[ChangeRecord]:
        """Who changed what (in one item, or the whole assessment), oldest first."""
        try:
            return self.service.history(self.assessment_id, item_id)
        except ServiceError as error:
            self.failed.emit(self.tr("History"), language.core_message(error))
            return []

    @property
    def completed(self) -> bool:
        return self.record.status == COMPLETED

    # ---- writing: each call is one committed transaction, and one step to undo --------

    def set_answer(self, item_id: str, seen: dict[str, Any] | None = None, **fields: Any) -> bool:
        """Save ``fields`` of one answer. ``seen``: values the user saw where they differ from
        the answer held here (a text typed over while someone else's change came in)."""
        before = self._answer_state(item_id)
        if not self._write_answer(item_id, fields, seen):
            return False
        after = self._answer_state(item_id)
        what = _answer_edit_name(fields)
        self._remember(
            Edit(
                lambda: (
                    self.tr("{what} of {item}").format(what=self.tr(what), item=item_id)
                    if what != "clearing"
                    else self.tr("clearing {item}").format(item=item_id)
                ),
                ("answer", what, item_id),
                lambda state, left: self._restore_answer(item_id, state, left),
                before,
                after,
                self._where_item(item_id),
                self.shown.emit,
                merges=what in ("notes", "justification"),
            )
        )
        return True

    def clear_answer(self, item_id: str) -> bool:
        """Back to unanswered (no level, not N/A); notes and flag stay."""
        return self.set_answer(item_id, level=None, not_applicable=False)

    def confirm(self, item_ids: list[str], what: str = "") -> bool:
        """Mark carried-over answers as reviewed, levels unchanged (one transaction)."""
        carried = [i for i in item_ids if (a := self.answer(i)) is not None and a.carried_over]
        if not carried or not self._write_reviewed(carried, True):
            return False
        self._remember(
            Edit(
                lambda: self.tr("confirming {what}").format(what=what or carried[0]),
                ("confirm", *carried),
                lambda reviewed, _left: self._write_reviewed(carried, reviewed),
                False,
                True,
                self._where_item(carried[0]) if len(carried) == 1 else self._where_area(carried),
                self.shown.emit,
            )
        )
        return True

    def update_profile(self, seen: dict[str, Any] | None = None, **fields: Any) -> bool:
        """Save profile fields; ``seen`` as for ``set_answer`` (a field typed over)."""
        before = {name: self._profile_value(name) for name in fields}
        if not self._write_profile(fields, seen):
            return False
        self._remember(
            Edit(
                lambda: ", ".join(self.tr(_PROFILE_LABELS.get(name, name)) for name in fields),
                ("profile", *sorted(fields)),
                self._write_profile,
                before,
                dict(fields),
                Where("profile"),
                self.shown.emit,
                merges=True,
            )
        )
        return True

    def set_participants(
        self, rows: list[dict[str, str]], seen: list[dict[str, str]] | None = None
    ) -> bool:
        """Save the participants; ``seen``: the list as the page showed it before the edit."""
        before = [p.model_dump() for p in self.record.participants]
        if not self._write_participants(rows, seen):
            return False
        self._remember(
            Edit(
                lambda: self.tr("participants"),
                ("participants",),
                self._write_participants,
                before,
                [dict(r) for r in rows],
                Where("participants"),
                self.shown.emit,
            )
        )
        return True

    def set_target(self, area_code: str, target: float | None) -> bool:
        before = self.record.targets.get(area_code)
        if not self._write_target(area_code, target):
            return False
        self._remember(
            Edit(
                lambda: self.tr("target of {area}").format(area=area_code),
                ("target", area_code),
                lambda value, left: self._write_target(area_code, value, left),
                before,
                target,
                Where("results"),
                self.shown.emit,
                merges=True,  # a spin box's steps are one edit
            )
        )
        return True

    def change_plan(self, entries: list[PlanEntry], item_id: str, **change: object) -> bool:
        """Save one plan entry's change (owner, due date, status or text)."""
        before = list(self.record.actions)
        shown = next(e for e in entries if e.item_id == item_id)
        seen = shown.action.model_dump(mode="json", include=set(change))  # or its default

        def save() -> None:
            # Only this entry's changed fields are written: entries (and fields) others
            # saved since the page showed them stay as they are.
            change_action = self.service.change_action
            try:
                actions = change_action(
                    self.assessment_id, item_id, change, default=shown.action, base=seen
                )
            except Conflict as conflict:
                self._resolve(conflict)
                actions = change_action(self.assessment_id, item_id, change, default=shown.action)
            # This entry as now saved; the others as this window shows them, until the next
            # poll brings in others' changes (the page shows what the record holds).
            saved = next(a for a in actions if a.item_id == item_id)
            kept = [a for a in self.record.actions if a.item_id != item_id]
            at = next((n for n, a in enumerate(self.record.actions) if a.item_id == item_id), None)
            kept.insert(len(kept) if at is None else at, saved)
            self.record = self.record.model_copy(update={"actions": kept})

        if not self._save(save):
            return False
        self._remember(
            Edit(
                lambda: self.tr("plan {what} of {item}").format(
                    what=", ".join(self.tr(_PLAN_FIELDS.get(name, name)) for name in change),
                    item=item_id,
                ),
                ("plan", item_id, *sorted(change)),
                lambda actions, _left: self._save(lambda: self._put_actions(actions)),
                before,
                list(self.record.actions),
                Where("plan", item_id),
                self.shown.emit,
                merges=True,
            )
        )
        return True

    def complete(self) -> bool:
        def save() -> None:
            when = self.service.complete(self.assessment_id)
            self._set_status(COMPLETED, when)

        # Completion locks the answers: what came before it is no longer undone from here.
        return self._save(save, refused_title=self.tr("Not completed")) and self._forget_history()

    def reopen(self) -> bool:
        def save() -> None:
            self.service.reopen(self.assessment_id)
            self._set_status(IN_PROGRESS, None)

        return self._save(save) and self._forget_history()

    def remember_page(self, key: str) -> None:
        # UI state: kept in memory, written with the next change or when the view closes.
        self.service.remember_page(self.assessment_id, key)
        self.last_page = key

    def store_page(self) -> None:
        """Write where the user is (when the assessment or the window is closed)."""
        self.service.store_pages()

    # ---- the writes an edit and its undo share ----------------------------------------

    def _write_answer(
        self, item_id: str, fields: dict[str, Any], seen: dict[str, Any] | None = None
    ) -> bool:
        def save() -> None:
            base = self.answer(item_id)  # what the user saw
            if seen:
                base = (base or AnswerRecord(item_id=item_id)).model_copy(update=seen)
            try:
                saved = self.service.set_answer(self.assessment_id, item_id, **fields, base=base)
            except Conflict as conflict:
                self._resolve(conflict)  # keep mine: saved again, based on theirs now seen
                saved = self.service.set_answer(
                    self.assessment_id, item_id, **fields, base=conflict.theirs
                )
            self._put_answer(saved.answer)
            self.result = saved.result

        return self._save(save, touched=frozenset((item_id,)))

    def _resolve(self, conflict: Conflict) -> None:
        """Ask which value stays. Keep mine: returns, for the caller to save mine again. Take
        theirs: mine goes into the history (nothing is lost), theirs is shown, and the edit
        ends unsaved (_TookTheirs)."""
        if self.resolve_conflict(conflict):
            return
        theirs = {name: conflict.their_value(name) for name in conflict.mine}
        self.service.set_aside(self.assessment_id, conflict.item_id, theirs, conflict.mine)
        self.record = self.service.get(self.assessment_id).record
        self.result = self.service.result(self.assessment_id)
        if conflict.what == "answer":
            self.reloaded.emit({conflict.item_id}, False)
        elif conflict.what == "target":  # the results page shows the targets as now saved
            self.shown.emit(Where("results"))
        else:  # the page shows the profile, participants or plan as now saved
            self.shown.emit(Where(conflict.what, conflict.item_id))
        self.changed.emit()
        raise _TookTheirs

    # ---- others' changes ---------------------------------------------------------------

    def poll(self) -> None:
        """Take in what others saved since the last look (cheap when nothing changed)."""
        if self._saving:  # e.g. the conflict dialog is open: the save decides what is shown
            return
        try:
            revision = self.service.revision(self.assessment_id)
            if revision == self.revision:
                return
            if revision is None:
                self.poll_timer.stop()
                self.deleted.emit()
                return
            fresh = self.service.get(self.assessment_id).record
            result = self.service.result(self.assessment_id)
        except (ServiceError, SQLAlchemyError):  # busy or gone a moment: look again next tick
            return
        self.revision = revision
        items = _changed_items(self.record, fresh)
        others = _without_answers(self.record) != _without_answers(fresh)
        if not items and not others:
            return  # only this window's own saves
        self.record, self.result = fresh, result
        if others:
            # A plan, target or status undo would put back values over theirs, unasked: this
            # window's edits start afresh. Answers alone keep them: an answer's undo carries
            # the value it leaves, so one someone has changed since is a conflict to resolve.
            self.undo_stack.clear()
        self.reloaded.emit(items, others)
        self.changed.emit()

    def stop_polling(self) -> None:
        self.poll_timer.stop()

    def _restore_answer(self, item_id: str, state: AnswerRecord, left: AnswerRecord) -> bool:
        """Put back the fields an edit changed (others' changes to the rest stay), based on
        the values that edit left: changed by someone since, they are a conflict to resolve."""
        changed = {
            name: value
            for name, value in state.model_dump(exclude={"item_id", "carried_over"}).items()
            if getattr(left, name) != value
        }
        seen = {name: getattr(left, name) for name in changed}
        if changed and not self._write_answer(item_id, changed, seen):
            return False
        now = self._answer_state(item_id)
        if now.carried_over == state.carried_over:
            return True
        return self._write_reviewed([item_id], not state.carried_over)

    def _write_reviewed(self, item_ids: list[str], reviewed: bool) -> bool:
        def save() -> None:
            self.result = self.service.mark_reviewed(self.assessment_id, item_ids, reviewed)
            for item_id in item_ids:
                if (answer := self.answer(item_id)) is not None:
                    self._put_answer(answer.model_copy(update={"carried_over": not reviewed}))

        return self._save(save, touched=frozenset(item_ids))

    def _write_profile(self, fields: dict[str, Any], seen: dict[str, Any] | None = None) -> bool:
        def save() -> None:
            base = {name: self._profile_value(name) for name in fields} | (seen or {})
            try:
                self.record = self.service.update_profile(self.assessment_id, **fields, base=base)
            except Conflict as conflict:
                self._resolve(conflict)
                self.record = self.service.update_profile(self.assessment_id, **fields)

        return self._save(save)

    def _write_participants(
        self, rows: list[dict[str, str]], seen: list[dict[str, str]] | None = None
    ) -> bool:
        def save() -> None:
            participants = [ParticipantRecord(**row) for row in rows]
            base = seen if seen is not None else [p.model_dump() for p in self.record.participants]
            try:
                self.service.set_participants(self.assessment_id, participants, base)
            except Conflict as conflict:
                self._resolve(conflict)
                self.service.set_participants(self.assessment_id, participants)
            self.record = self.record.model_copy(update={"participants": participants})

        return self._save(save)

    def _write_target(self, area_code: str, target: float | None, seen: Any = _SHOWN) -> bool:
        """``seen``: the target the user saw, when not the one this window holds (an undo)."""

        def save() -> None:
            base = self.record.targets.get(area_code) if seen is _SHOWN else seen
            set_target = self.service.set_target
            try:
                self.result = set_target(self.assessment_id, area_code, target, base=base)
            except Conflict as conflict:
                self._resolve(conflict)  # keep mine: saved again, based on theirs now seen
                base = conflict.their_value("target")
                self.result = set_target(self.assessment_id, area_code, target, base=base)
            targets = {k: v for k, v in self.record.targets.items() if k != area_code}
            if target is not None:
                targets[area_code] = target
            self.record = self.record.model_copy(update={"targets": targets})

        return self._save(save)

    def _put_actions(self, actions: list[ActionRecord]) -> None:
        self.service.set_actions(self.assessment_id, actions)
        self.record = self.record.model_copy(update={"actions": actions})

    # ---- internals ---------------------------------------------------------------------

    def _answer_state(self, item_id: str) -> AnswerRecord:
        return self.answer(item_id) or AnswerRecord(item_id=item_id)

    def _put_answer(self, answer: AnswerRecord) -> None:
        answers = {**self._answers, answer.item_id: answer}
        in_order = sorted(answers.values(), key=_item_id)
        self.record = self.record.model_copy(update={"answers": in_order})

    def _profile_value(self, name: str) -> Any:
        network = self.record.network
        from_network = {"network_name": "name", "region": "region"}
        if name in from_network:
            return getattr(network, from_network[name])
        if name == "member_countries":
            return list(network.member_countries)
        return getattr(self.record, name)

    def _where_item(self, item_id: str) -> Where:
        return Where(f"area:{self.questionnaire.area_of(item_id).code}", item_id)

    def _where_area(self, item_ids: list[str]) -> Where:
        return Where(self._where_item(item_ids[0]).page)

    def _remember(self, edit: Edit) -> None:
        if edit.before != edit.after:  # e.g. the flag clicked to what it was: nothing to undo
            self.undo_stack.push(edit)

    def _forget_history(self) -> bool:
        self.undo_stack.clear()
        return True

    def _save(  # type: ignore[no-untyped-def]
        self, action, refused_title: str = "", touched: frozenset[str] | None = None
    ) -> bool:
        not_saved = self.tr("Not saved")
        self._saving = True
        completed_meanwhile = False
        try:
            action()
        except _TookTheirs:  # resolved by keeping their value: nothing of mine was saved
            return False
        except StorageFailure as error:
            self.failed.emit(not_saved, language.core_message(error))
            return False
        except ServiceError as error:
            self.failed.emit(refused_title or not_saved, language.core_message(error))
            completed_meanwhile = isinstance(error, Locked)
            return False
        except ValidationError as error:  # e.g. text longer than a record can hold
            first = validation_problems(error.errors())[0]
            self.failed.emit(not_saved, language.core_text(first))
            return False
        except OSError as error:  # disk full, file vanished: tell the user, keep the app alive
            self.failed.emit(
                not_saved,
                self.tr("Could not save: {reason}").format(reason=error.strerror or error),
            )
            return False
        finally:
            self._saving = False
            if completed_meanwhile:  # by someone else: show it completed, as it now is
                self.poll()
        self.saved.emit(self.tr("Saved {time}").format(time=section_frame.clock_now()))
        self.touched = touched
        try:
            self.changed.emit()
        finally:
            self.touched = None
        return True

    def _set_status(self, status: str, completed_at: datetime | None) -> None:
        self.record = self.record.model_copy(
            update={"status": status, "completed_at": completed_at}
        )


_PROFILE_LABELS = {
    "network_name": QT_TRANSLATE_NOOP("AssessmentController", "network name"),
    "region": QT_TRANSLATE_NOOP("AssessmentController", "region"),
    "member_countries": QT_TRANSLATE_NOOP("AssessmentController", "member countries"),
    "title": QT_TRANSLATE_NOOP("AssessmentController", "title"),
    "assessment_date": QT_TRANSLATE_NOOP("AssessmentController", "assessment date"),
    "facilitator": QT_TRANSLATE_NOOP("AssessmentController", "facilitator"),
    "language": QT_TRANSLATE_NOOP("AssessmentController", "language"),
}
_PLAN_FIELDS = {
    "text": QT_TRANSLATE_NOOP("AssessmentController", "text"),
    "owner": QT_TRANSLATE_NOOP("AssessmentController", "owner"),
    "due": QT_TRANSLATE_NOOP("AssessmentController", "due"),
    "status": QT_TRANSLATE_NOOP("AssessmentController", "status"),
}
# What _answer_edit_name returns, for the Edit menu's "Undo level of G2-GOV-07".
_ANSWER_EDITS = (
    QT_TRANSLATE_NOOP("AssessmentController", "level"),
    QT_TRANSLATE_NOOP("AssessmentController", "N/A"),
    QT_TRANSLATE_NOOP("AssessmentController", "notes"),
    QT_TRANSLATE_NOOP("AssessmentController", "justification"),
    QT_TRANSLATE_NOOP("AssessmentController", "flag"),
)


def _item_id(answer: AnswerRecord) -> str:
    return answer.item_id


def _answer_edit_name(fields: dict[str, Any]) -> str:
    """What an answer edit is called in the Edit menu ("Undo level of G2-GOV-07")."""
    if fields.get("not_applicable"):
        return "N/A"
    if "level" in fields:
        return "level" if fields["level"] is not None else "clearing"
    return next(iter(fields), "answer").replace("flagged", "flag")


class _TookTheirs(Exception):
    """A conflict resolved by keeping the other person's value: the edit is not saved."""


def _changed_items(old: AssessmentRecord, new: AssessmentRecord) -> set[str]:
    before = {a.item_id: a for a in old.answers}
    after = {a.item_id: a for a in new.answers}
    return {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}


def _without_answers(record: AssessmentRecord) -> AssessmentRecord:
    return record.model_copy(update={"answers": [], "updated_at": None})
