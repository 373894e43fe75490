"""Undo and redo of the open assessment's edits, each one saved like any other change.

A user edit is saved first (as a click saves it); only then is an :class:`Edit` pushed on the
assessment's ``QUndoStack``, holding the value before and after. Undo and redo write the old or
new value back through the same controller call the click made, so an undo is autosaved,
rescored and shown like any change. Consecutive saves of one text (a note typed in pauses,
a target spun step by step) merge into one entry.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGING = 1  # QUndoCommand id shared by every edit that may merge with the one before it


@dataclass(frozen=True)
class Where:
    """Where an edit shows, so undo can bring it into view: a page, and an item on it."""

    page: str
    item_id: str = ""


class Edit(QUndoCommand):
    """One saved user edit; ``write(value, left)`` saves ``value`` in place of ``left`` (the
    value this edit put there, as the user last saw it) and says whether it was saved. Where
    someone else has changed it since, ``write`` makes that a conflict the user resolves
    rather than writing over their value unasked (see the controller's writes).

    ``describe`` names the edit for the Edit menu ("level of G2-GOV-07") in the interface
    language; it is asked again when the language changes (:meth:`retranslate`). A plain
    string is accepted too (it then stays in the language it was written in).
    """

    def __init__(
        self,
        describe: Callable[[], str] | str,
        key: Hashable,
        write: Callable[[Any, Any], bool],
        before: Any,
        after: Any,
        where: Where,
        shown: Callable[[Where], None],
        *,
        merges: bool = False,
    ) -> None:
        self.describe = describe if callable(describe) else (lambda: describe)
        super().__init__(self.describe())
        self.key = key  # what was changed: edits of the same key may merge
        self.before, self.after = before, after
        self.where = where
        self._write = write
        self._shown = shown
        self._merges = merges
        self._already_saved = True  # pushed after the save: the stack's first redo is a no-op

    def retranslate(self) -> None:
        self.setText(self.describe())

    def id(self) -> int:
        return MERGING if self._merges else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other.key != self.key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)  # typed and deleted again: nothing to undo
        return True

    def redo(self) -> None:
        if self._already_saved:
            self._already_saved = False
            return
        self._put(self.after, self.before)

    def undo(self) -> None:
        self._put(self.before, self.after)

    def _put(self, value: Any, left: Any) -> None:
        if self._write(value, left):
            self._shown(self.where)
        else:  # not saved (the user was told why): the stack must not claim it was
            self.setObsolete(True)
