"""Start the desktop app: fonts, the database (with dialogs for what can go wrong), the window."""

from __future__ import annotations

import html
import os
import signal
import socket
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wen_assess import __version__
from wen_assess.paths import default_database
from wen_assess.questionnaire.errors import QuestionnaireError
from wen_assess.ui import language, zoom

if TYPE_CHECKING:
    from wen_assess.questionnaire.registry import Registry
    from wen_assess.storage.database import UpgradeNeeded
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.main_window import MainWindow


def run(
    db_path: Path | str | None = None,
    argv: list[str] | None = None,
    files: Sequence[Path] = (),
) -> int:
    """The app; ``files`` (the command line's) opened once the window is up, as a drop."""
    interface = language.startup_language()
    from wen_assess.questionnaire.registry import default_registry
    from wen_assess.storage.database import DatabaseError
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.fonts import install_fonts
    from wen_assess.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("wen-assess")
    app.setApplicationVersion(__version__)
    language.install(interface)
    install_fonts(app)
    zoom.restore()  # the text size of the last run
    path = db_path or default_database()
    try:
        registry = default_registry(lazy=True)
        # Opened without the questionnaires' scales: reading them would delay the window.
        # Their level check runs first thing once the window is up, before anything writes.
        database = _open_or_upgrade(path)
        if database is None:
            return 1
    except (DatabaseError, QuestionnaireError) as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "wen-assess cannot start"),
            language.core_message(error),
        )
        return 1
    service = AssessmentService(database, registry)
    window = MainWindow(service)
    sys.excepthook = _dialog_excepthook(window)
    window.show()
    if os.environ.get("WEN_ASSESS_EXIT_AFTER_START"):
        # Start-up smoke test and benchmark: quit as soon as the window has been shown.
        # The processor time spent so far goes with it: a benchmark's steadier figure on a
        # busy machine than the wall clock.
        QTimer.singleShot(0, lambda: (_say_shown(), app.quit()))
    QTimer.singleShot(0, collect_normally)
    # Once the window is up: the level check, then summaries left stale by an upgrade.
    QTimer.singleShot(0, lambda: _check_levels_or_quit(app, window, service, registry))
    if not os.environ.get("WEN_ASSESS_EXIT_AFTER_START"):
        from wen_assess.ui.user_name import ask_once

        QTimer.singleShot(0, lambda: ask_once(window, service))  # whose changes these are
    if database.backup_path:
        QMessageBox.information(
            window, QCoreApplication.translate("App", "Database upgraded"),
            QCoreApplication.translate(
                "App",
                "Your assessments were upgraded to this version's format. A copy of the old "
                "file is kept at:\n{path}",
            ).format(path=database.backup_path),
        )  # fmt: skip
    # Questionnaires are read once the window is up; a broken file of the user's is reported.
    QTimer.singleShot(0, lambda: _report_skipped_questionnaires(window, registry))
    if files:  # after the checks above, which run first
        QTimer.singleShot(0, lambda: window.open_files(list(files)))
    app.commitDataRequest.connect(lambda _manager: window.save_pending())  # session ends
    app.aboutToQuit.connect(window.save_pending)
    with _closing_on_termination(app):
        code = app.exec()
    # Checked at open, changed since only by this app: the next start may skip the check.
    service.database.close(remember_checked=code == 0)
    return code


def _say_shown() -> None:
    import time

    print(f"wen-assess: window shown (cpu {time.process_time() * 1000:.1f} ms)", flush=True)


def collect_normally() -> None:
    """The launcher paused the garbage collector for start-up: what start-up built lives as
    long as the app, so it is frozen out of every later collection (no pause of a full pass
    over it while someone clicks), and collection resumes for what comes next."""
    import gc

    gc.freeze()
    gc.enable()


def _open_or_upgrade(path: Path | str):  # type: ignore[no-untyped-def]  # -> Database | None
    """The database; a shared one made by an older version is upgraded only if the user says
    so (others may still use the older app). None when they decline."""
    from wen_assess.storage.database import UpgradeNeeded, open_database

    try:
        return open_database(path)
    except UpgradeNeeded as needed:
        if not UpgradeDialog.confirm(needed):
            return None
        return open_database(path, upgrade=True)


class UpgradeDialog(QMessageBox):
    """Asks before upgrading a shared database (small: two sentences and two buttons)."""

    def __init__(self, needed: UpgradeNeeded):
        super().__init__()
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Upgrade the shared database?"))
        sentence = self.tr(
            "The database {name} is at version {current}; this version of wen-assess "
            "needs version {head}."
        )
        # The server's address on a line of its own, not split across the sentence's lines.
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            html.escape(sentence).format(
                name=f"<br><b>{html.escape(needed.label)}</b><br>",
                current=html.escape(needed.current),
                head=html.escape(needed.head),
            )
        )
        self.setInformativeText(
            self.tr(
                "Other people use it too: after the upgrade, older versions of wen-assess "
                "cannot open it. Upgrade it only once everyone has this version."
            )
        )
        upgrade = self.addButton(self.tr("Upgrade"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(upgrade)  # type: ignore[arg-type]
        self._upgrade = upgrade

    @classmethod
    def confirm(cls, needed) -> bool:  # type: ignore[no-untyped-def]
        dialog = cls(needed)
        dialog.exec()
        return dialog.clickedButton() is dialog._upgrade


@contextmanager
def _closing_on_termination(app: QApplication) -> Iterator[None]:
    """SIGTERM (shutdown, a session ending) and SIGHUP close the windows as Quit would, so
    text typed but not yet saved is saved. Python runs a signal handler only when the
    interpreter next gets control, which Qt's event loop never gives it: the signal's
    wakeup byte on a socket pair wakes the loop, whose notifier runs Python."""
    wanted = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    receiver, sender = socket.socketpair()
    for end in (receiver, sender):
        end.setblocking(False)
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: receiver.recv(64))  # Python handlers run here

    def close(*_: object) -> None:
        app.closeAllWindows()  # each window saves what is pending as it closes
        app.quit()

    previous_fd = signal.set_wakeup_fd(sender.fileno())
    previous = {number: signal.signal(number, close) for number in wanted}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        receiver.close()
        sender.close()


def _dialog_excepthook(window: QWidget):  # type: ignore[no-untyped-def]
    """Errors that escape a click become dialogs: a refusal shows its message, a bug is logged."""
    from wen_assess.errors import AppError, log_unexpected

    def hook(kind, error, trace) -> None:  # type: ignore[no-untyped-def]
        if isinstance(error, AppError):
            QMessageBox.warning(window, "wen-assess", language.core_message(error))
            return
        where = log_unexpected(error.with_traceback(trace))
        QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App",
                "Something went wrong: {error}\n\nYour saved answers are safe; {where}. "
                "Please send that file with a description of what you did.",
            ).format(error=error, where=language.core_text(where)),
        )

    return hook


def _check_levels_or_quit(
    app: QApplication, window: MainWindow, service: AssessmentService, registry: Registry
) -> None:
    """A stored level off its questionnaire's scale: refuse the file before anything writes."""
    from wen_assess.storage.database import DatabaseError, check_levels

    try:
        check_levels(service.database, registry.scales())
    except (DatabaseError, QuestionnaireError) as error:
        window.hide()
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "wen-assess cannot use this database"),
            language.core_message(error),
        )
        service.database.close()
        app.exit(1)
        return
    _refresh_stale(service, window)


def _refresh_stale(service: AssessmentService, window: MainWindow) -> None:
    from wen_assess.storage.service import ServiceError

    try:
        if service.refresh_stale_summaries():
            window.refresh_library()
        service.keep_questionnaire_copies()
    except ServiceError as error:  # e.g. another program holds the database: try next start
        window.statusBar().showMessage(language.core_message(error), 8000)


def _report_skipped_questionnaires(window: QWidget, registry: Registry) -> None:
    try:
        errors = registry.errors
        if language.current() != "en" and hasattr(window, "refresh_library"):
            window.refresh_library()  # the band names, now that the questionnaires are read
    except QuestionnaireError as error:  # a broken bundled file: the install is damaged
        QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "Questionnaire damaged"),
            language.core_message(error),
        )
        return
    for error in errors:
        QMessageBox.warning(
            window, QCoreApplication.translate("App", "Questionnaire skipped"),
            QCoreApplication.translate(
                "App", "{path} is not a valid questionnaire and was skipped:"
            ).format(path=error.path)
            + "\n\n"
            + "\n".join(language.core_text(p.render(error.path)) for p in error.problems[:10]),
        )  # fmt: skip
