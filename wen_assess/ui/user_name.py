"""The name changes are recorded under: asked once (at the first start), editable later.

It defaults to the operating system's user name; a shared office PC's login is often not a
person, so the app asks rather than assumes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from wen_assess.storage.history import USER_VARIABLE
from wen_assess.storage.service import AssessmentService
from wen_assess.ui import settings
from wen_assess.vocabulary import SHORT_TEXT_MAX


def apply_saved_name(service: AssessmentService) -> None:
    """Record changes under the name chosen earlier, if one was."""
    if name := settings.user_name():
        service.user = name


def ask_name(parent: QWidget, service: AssessmentService) -> bool:
    """Ask for the name (suggesting the current one); True when one was chosen."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("UserName", "Your name"),
        QCoreApplication.translate(
            "UserName",
            "Your name, as it is recorded with each change you make\n"
            "(others see it in the history, e.g. “changed by A. Mwangi”):",
        ),
        QLineEdit.EchoMode.Normal,
        service.user,
    )
    name = " ".join(name.split())[:SHORT_TEXT_MAX]
    if not ok or not name:
        return False
    service.user = name
    settings.save_user_name(name)
    return True


def ask_once(parent: QWidget, service: AssessmentService) -> None:
    """At the first start: ask; cancelled, the suggested name is kept and not asked again.

    Not asked when WEN_ASSESS_USER names the person (set up for this computer's account).
    """
    if settings.user_name():
        apply_saved_name(service)
    elif os.environ.get(USER_VARIABLE, "").strip():
        return
    elif not ask_name(parent, service):
        settings.save_user_name(service.user)
