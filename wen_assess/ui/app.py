"""Start the desktop app: fonts, the database (with dialogs for what can go wrong), the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wen_assess import __version__
from wen_assess.paths import default_database_path
from wen_assess.questionnaire.errors import QuestionnaireError
from wen_assess.ui import zoom

if TYPE_CHECKING:
    from wen_assess.questionnaire.registry import Registry
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.main_window import MainWindow


def run(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    from wen_assess.questionnaire.registry import default_registry
    from wen_assess.storage.database import DatabaseError, open_database
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.fonts import install_fonts
    from wen_assess.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("wen-assess")
    app.setApplicationVersion(__version__)
    install_fonts(app)
    zoom.restore()  # the text size of the last run
    path = db_path or default_database_path()
    try:
        registry = default_registry(lazy=True)
        database = open_database(path)
    except DatabaseError as error:
        QMessageBox.critical(None, "wen-assess cannot start", str(error))
        return 1
    service = AssessmentService(database, registry)
    window = MainWindow(service)
    sys.excepthook = _dialog_excepthook(window)
    window.show()
    # Summaries left stale by an upgrade are recomputed once the window is up.
    QTimer.singleShot(0, lambda: _refresh_stale(service, window))
    if database.backup_path:
        QMessageBox.information(
            window, "Database upgraded",
            f"Your assessments were upgraded to this version's format. A copy of the old "
            f"file is kept at:\n{database.backup_path}",
        )  # fmt: skip
    if os.environ.get("WEN_ASSESS_EXIT_AFTER_START"):
        # Start-up smoke test and benchmark: quit as soon as the window has been shown.
        QTimer.singleShot(0, lambda: (print("wen-assess: window shown", flush=True), app.quit()))
    # Questionnaires are read once the window is up; a broken file of the user's is reported.
    QTimer.singleShot(0, lambda: _report_skipped_questionnaires(window, registry))
    return app.exec()


def _dialog_excepthook(window: QWidget):  # type: ignore[no-untyped-def]
    """Errors that escape a click become dialogs: a refusal shows its message, a bug is logged."""
    from wen_assess.errors import AppError, log_unexpected

    def hook(kind, error, trace) -> None:  # type: ignore[no-untyped-def]
        if isinstance(error, AppError):
            QMessageBox.warning(window, "wen-assess", str(error))
            return
        where = log_unexpected(error.with_traceback(trace))
        QMessageBox.critical(
            window,
            "Unexpected error",
            f"Something went wrong: {error}\n\nYour saved answers are safe; {where}. "
            "Please send that file with a description of what you did.",
        )

    return hook


def _refresh_stale(service: AssessmentService, window: MainWindow) -> None:
    from wen_assess.storage.service import ServiceError

    try:
        if service.refresh_stale_summaries():
            window.refresh_library()
    except ServiceError as error:  # e.g. another program holds the database: try next start
        window.statusBar().showMessage(str(error), 8000)


def _report_skipped_questionnaires(window: QWidget, registry: Registry) -> None:
    try:
        errors = registry.errors
    except QuestionnaireError as error:  # a broken bundled file: the install is damaged
        QMessageBox.critical(window, "Questionnaire damaged", str(error))
        return
    for error in errors:
        QMessageBox.warning(
            window, "Questionnaire skipped",
            f"{error.path} is not a valid questionnaire and was skipped:\n\n"
            + "\n".join(p.render(error.path) for p in error.problems[:10]),
        )  # fmt: skip
