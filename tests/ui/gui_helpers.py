"""Shared pieces of the GUI tests: databases, windows, canned dialogs and user input.

Test modules load the fixtures with ``pytest_plugins = ("gui_helpers",)``. What the tests
check is always read back through a *second* AssessmentService opened afresh on the same file
(:func:`fresh_service`), so nothing is served from the window's memory.

Modal dialogs would block a test forever: the ``dialogs`` fixture replaces the static
QMessageBox / QFileDialog / QInputDialog functions the app calls, records every call and
returns the canned answer the test set.

PYTEST_DONT_REWRITE: the test modules import the helpers before pytest_plugins registers the
fixtures; helper asserts carry their own messages.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from wen_assess.questionnaire import Registry, default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService, Stored, Summary
from wen_assess.ui import language, zoom
from wen_assess.ui.fonts import install_fonts

G2 = "iccwc-wen-g2"


# ---- databases -------------------------------------------------------------------------------


@pytest.fixture(autouse=True, scope="session")
def _app_fonts(qapp: Any) -> None:
    """The app's own fonts, as `wen-assess` installs them: sizes must not follow the machine's."""
    install_fonts(qapp)


@pytest.fixture(autouse=True)
def _english_at_normal_zoom(qapp: Any) -> None:
    """One QApplication serves every test of a process, and its translators, default locale
    and font are global: each GUI test starts in English at 100 %, whatever ran before it
    (a French window is wider, so a size test after one would measure the wrong window).
    The zoom is put back only where a test changed it: each test's data folder is new, so it
    has no zoom saved, and saving one would write a settings file for every test."""
    language.install("en")
    if QApplication.font().pointSizeF() != zoom.BASE_POINT_SIZE:
        zoom.apply(zoom.NORMAL)


@pytest.fixture
def registry() -> Registry:
    # Per test: the registry also reads the (per-test) user questionnaire folder.
    return default_registry()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gui.sqlite"


@pytest.fixture
def service(db_path: Path, registry: Registry) -> Iterator[AssessmentService]:
    """The service the window under test uses."""
    svc = AssessmentService(open_database(db_path), registry)
    yield svc
    svc.database.close()


@pytest.fixture
def bruno(db_path: Path, registry: Registry) -> Iterator[AssessmentService]:
    """A second person, Bruno, saving from another app instance on the same database file."""
    svc = AssessmentService(open_database(db_path), registry)
    svc.user = "Bruno"
    yield svc
    svc.database.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The conflict dialog's answer (True: keep mine), and the conflicts it was shown."""
    from wen_assess.ui.assessment.conflict_dialog import ConflictDialog

    state: dict[str, Any] = {"keep_mine": True, "shown": []}

    def ask(_parent: Any, conflict: Any, _title: str = "") -> bool:
        state["shown"].append(conflict)
        return bool(state["keep_mine"])

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(ask))
    return state


@contextmanager
def app_process(driver: str, *args: str, ready: str) -> Iterator[subprocess.Popen[str]]:
    """The app in a process of its own (offscreen), run by the ``driver`` script with ``args``;
    yields once the driver has printed ``ready`` (its stderr is shown if it never does)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", driver, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.strip() == ready, app.stderr.read() if app.stderr else ""
        yield app


def opened_new(make_window: Callable[[], Any], service: AssessmentService) -> tuple[Any, int]:
    """A window with a new G2 assessment of ROAVIS open in it, and that assessment's id."""
    assessment_id = service.create(G2, "ROAVIS")
    window = make_window()
    window.open_assessment(assessment_id)
    return window, assessment_id


def area_page(window: Any, code: str) -> Any:
    """The area page ``code`` of the window's assessment, shown."""
    from wen_assess.ui.assessment.pages import AreaPage

    window.view.show_page(f"area:{code}")
    page = window.view.current_page()
    assert isinstance(page, AreaPage)
    return page


@contextmanager
def fresh_service(path: Path, registry: Registry | None = None) -> Iterator[AssessmentService]:
    """A second, independent service on the same file: every read comes from disk.

    Only the questionnaires (read-only files) may be shared, to keep the tests fast.
    """
    svc = AssessmentService(open_database(path), registry or default_registry())
    try:
        yield svc
    finally:
        svc.database.close()


def stored(path: Path, assessment_id: int, registry: Registry | None = None) -> Stored:
    with fresh_service(path, registry) as svc:
        return svc.get(assessment_id)


def summaries(path: Path, registry: Registry | None = None) -> list[Summary]:
    with fresh_service(path, registry) as svc:
        return svc.list_summaries()


# ---- dialogs ---------------------------------------------------------------------------------


@dataclass
class DialogCall:
    kind: str  # "warning", "information", "question", "critical", "about", "open", "save", "text"
    title: str
    text: str


@dataclass
class Dialogs:
    """Records every dialog the app opens; the attributes are the canned answers."""

    calls: list[DialogCall] = field(default_factory=list)
    question_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    open_paths: list[str] = field(default_factory=list)
    save_path: str = ""
    text_answer: tuple[str, bool] = ("", False)

    def of(self, kind: str) -> list[DialogCall]:
        return [c for c in self.calls if c.kind == kind]

    def _box(self, kind: str) -> Callable[..., Any]:
        def show(_parent: QWidget | None, title: str, text: str, *_: Any, **__: Any) -> Any:
            self.calls.append(DialogCall(kind, title, text))
            if kind == "question":
                return self.question_answer
            return QMessageBox.StandardButton.Ok

        return show


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    canned = Dialogs()
    for kind in ("warning", "information", "question", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, canned._box(kind))

    def open_names(_parent: QWidget | None, caption: str = "", *_: Any, **__: Any) -> Any:
        canned.calls.append(DialogCall("open", caption, ""))
        return list(canned.open_paths), ""

    def save_name(_parent: QWidget | None, caption: str = "", *_: Any, **__: Any) -> Any:
        canned.calls.append(DialogCall("save", caption, ""))
        return canned.save_path, ""

    def get_text(_parent: QWidget | None, title: str, label: str, *_: Any, **__: Any) -> Any:
        canned.calls.append(DialogCall("text", title, label))
        return canned.text_answer

    from wen_assess.ui import main_window

    def ask_output(_parent: QWidget | None, caption: str, *args: Any) -> Any:
        # The report's and plan's save dialog (with its language choice): the saved path in
        # the language offered, which is the assessment's.
        canned.calls.append(DialogCall("save", caption, ""))
        return canned.save_path, args[-1]

    ask_output.__wrapped__ = main_window.ask_output  # type: ignore[attr-defined]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_names)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(main_window, "ask_output", ask_output)
    return canned


# ---- windows ---------------------------------------------------------------------------------


def activate(qtbot: Any, window: QWidget) -> None:
    """Show the window and make it the active one, so that focus and shortcuts work."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # The activation is among the events already posted: handled now, the window is active
    # without waitUntil's first 10 ms pause (it still waits where it is not).
    QApplication.processEvents()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


@pytest.fixture
def make_window(qtbot: Any, service: AssessmentService, dialogs: Dialogs) -> Iterator[Callable]:
    """Build a shown, active MainWindow (on ``service`` unless another is given).

    Every window is closed at the end of the test, and the test fails if any top-level
    window is still visible then.
    """
    from wen_assess.ui.main_window import MainWindow

    windows: list[QWidget] = []

    def make(svc: AssessmentService | None = None) -> MainWindow:
        window = MainWindow(svc or service)
        qtbot.addWidget(window)
        windows.append(window)
        activate(qtbot, window)
        return window

    yield make
    for window in windows:
        window.close()
    QApplication.processEvents()
    left_open = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not left_open, f"windows left open: {left_open}"


# ---- user input ------------------------------------------------------------------------------


def focused() -> QWidget:
    """The widget with keyboard focus (never None: QTest aborts the process on a None widget)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed where the focus is, as a user would."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type text into a widget; non-ASCII characters one at a time (keyClicks would abort)."""
    run = ""
    for ch in text:
        if ch.isascii():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    if run:
        qtbot.keyClicks(widget, run)


def click_radio(qtbot: Any, radio: QRadioButton) -> None:
    """A mouse click on the radio's indicator (a stretched radio ignores a centred click)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def owner_item(items: dict[str, QWidget], widget: QWidget | None) -> str | None:
    """The id of the item widget that holds ``widget`` (or is it)."""
    if widget is None:
        return None
    return next((i for i, w in items.items() if w is widget or w.isAncestorOf(widget)), None)
