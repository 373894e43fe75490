"""The name changes are recorded under: asked once (at the first start), editable later.

It defaults to the operating system's user name; a shared office PC's login is often not a
person, so the app asks rather than assumes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from wen_assess.storage.history import USER_VARIABLE, default_user, tidied_user
from wen_assess.storage.service import AssessmentService, ServiceError
from wen_assess.ui import settings
from wen_assess.vocabulary import SHORT_TEXT_MAX


def apply_saved_name(service: AssessmentService) -> None:
    """Record changes under the name chosen earlier, if one was."""
    if name := settings.user_name():
        service.user = _kept(name)  # the settings file may have been edited by hand


def _kept(name: str) -> str:
    """A name typed or read back, as the history keeps it (cut to the length it holds)."""
    return tidied_user(name)[:SHORT_TEXT_MAX]


def _suggested(service: AssessmentService) -> str:
    try:
        return service.user
    except ServiceError:  # WEN_ASSESS_USER too long to keep: nothing to suggest
        return ""


def _named_by_environment() -> bool:
    """Whether WEN_ASSESS_USER names the person with a name the history can keep (a longer
    one is asked for again, as if it were not set)."""
    try:
        return bool(os.environ.get(USER_VARIABLE, "").strip() and default_user())
    except ServiceError:
        return False


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
        _suggested(service),
    )
    name = _kept(name)
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
    elif _named_by_environment():
        return
    elif not ask_name(parent, service):
        settings.save_user_name(service.user)
