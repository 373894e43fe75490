"""Someone else changed what you were editing: keep mine, or take theirs.

Either way nothing is lost: their change is in the history, and so is mine (saved, or set
aside when theirs is kept).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wen_assess.formatting import NO_VALUE, number
from wen_assess.storage.service import Conflict
from wen_assess.ui import language
from wen_assess.ui.history_view import field_names, when_text


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflict, subject: str, parent: QWidget | None = None):
        """``subject``: what was changed, e.g. "G2-GOV-01 — Formal founding instrument"."""
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Changed by someone else"))
        last = conflict.last
        if last is not None:
            intro = self.tr(
                "{who} changed {subject} on {when}, after you last saw it. Which value do you keep?"
            ).format(who=last.by or self.tr("someone"), subject=subject, when=when_text(last.at))
        else:
            intro = self.tr(
                "Someone else changed {subject} after you last saw it. Which value do you keep?"
            ).format(subject=subject)
        explanation = QLabel(intro)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(_bold(self.tr("Theirs (saved)")), 0, 1)
        grid.addWidget(_bold(self.tr("Mine")), 0, 2)
        names = field_names()
        for row, name in enumerate(conflict.mine, start=1):
            label = names.get(name, name)
            label = label[:1].upper() + label[1:]
            grid.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignTop)
            theirs = self._value(conflict.their_value(name))
            theirs.setAccessibleName(self.tr("{field}, theirs").format(field=label))
            grid.addWidget(theirs, row, 1, Qt.AlignmentFlag.AlignTop)
            mine = self._value(conflict.mine[name])
            mine.setAccessibleName(self.tr("{field}, mine").format(field=label))
            grid.addWidget(mine, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        note = QLabel(self.tr("Nothing is lost either way: both values stay in the history."))
        note.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("&Keep mine"))
        self.take_theirs = QPushButton(self.tr("&Take theirs"))
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)  # Escape too: theirs stays, mine is recorded
        self.take_theirs.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def ask(parent: QWidget | None, conflict: Conflict, subject: str) -> bool:
        """True: keep mine (saved over theirs); False: take theirs."""
        return ConflictDialog(conflict, subject, parent).exec() == QDialog.DialogCode.Accepted

    def _value(self, value: Any) -> QLabel:
        if isinstance(value, list):  # member countries, or participants (one a line)
            lines = [", ".join(filter(None, v.values())) if isinstance(v, dict) else str(v)
                     for v in value]  # fmt: skip
            text = ("\n" if any(isinstance(v, dict) for v in value) else ", ").join(lines)
        elif isinstance(value, bool):
            text = self.tr("yes") if value else self.tr("no")
        elif value is None or value == "":
            text = NO_VALUE
        elif isinstance(value, float):  # a target level, written as the results page writes it
            text = number(value, 1, language.current())
        else:
            text = str(value)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
