"""Back and Next between the sections of a window (the wizard's areas, a member's form), with
their keys Ctrl+PgUp and Ctrl+PgDown: one wording, one behaviour, wherever sections are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget


def section_buttons(owner: QWidget, go: Callable[[int], None]) -> tuple[QPushButton, QPushButton]:
    """(Back, Next), each calling ``go(-1)`` / ``go(+1)``; the keys work anywhere in ``owner``."""
    back = QPushButton(QCoreApplication.translate("AssessmentView", "&Back"))
    forward = QPushButton(QCoreApplication.translate("AssessmentView", "&Next"))
    back.setToolTip(QCoreApplication.translate("AssessmentView", "Previous section (Ctrl+PgUp)"))
    forward.setToolTip(QCoreApplication.translate("AssessmentView", "Next section (Ctrl+PgDown)"))
    back.clicked.connect(lambda: go(-1))
    forward.clicked.connect(lambda: go(+1))
    for keys, step, what in (
        ("Ctrl+PgDown", +1, QCoreApplication.translate("AssessmentView", "Next section")),
        ("Ctrl+PgUp", -1, QCoreApplication.translate("AssessmentView", "Previous section")),
    ):
        shortcut = QShortcut(QKeySequence(keys), owner, lambda step=step: go(step))
        shortcut.setWhatsThis(what)  # the shortcut sheet's wording
    return back, forward
