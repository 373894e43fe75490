"""Regenerate the screenshots in docs/screenshots/ from the real app and demo data.

Under Xvfb (a real X11 window, as a user sees it):
    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_screenshots.py
Without a display it falls back to Qt's offscreen platform (same widgets and fonts).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)  # the most common workshop laptop screen


def main(shoot: Callable[[Path], int] | None = None) -> int:
    """Run ``shoot`` (these screenshots by default) on a database in a throwaway data folder."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WEN_ASSESS_DATA_DIR"] = folder  # never the user's own data
        return (shoot or _shoot)(Path(folder) / "screens.sqlite")


def open_window(db: Path):  # type: ignore[no-untyped-def]
    """The app's main window on ``db``, shown at the workshop laptop's size."""
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.fonts import install_fonts
    from wen_assess.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts(app)
    OUT.mkdir(exist_ok=True)
    service = AssessmentService(open_database(db), default_registry())
    window = MainWindow(service)
    window.resize(*SIZE)
    window.show()
    return app, service, window


def save(widget: QWidget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / name}.png")


def _shoot(db: Path) -> int:
    from wen_assess.demo import add_demo_assessments
    from wen_assess.ui.dialogs import NewAssessmentDialog

    app, service, window = open_window(db)
    save(window, "01-library-empty")
    add_demo_assessments(service)
    window.refresh_library()
    save(window, "02-library")

    dialog = NewAssessmentDialog(service.registry.latest(), window)
    dialog.network.setText("SAWEN")
    dialog.region.setText("South Asia")
    dialog.show()
    save(dialog, "03-new-assessment")
    dialog.close()

    sawen = next(s.id for s in service.list_summaries() if s.network_name == "SAWEN")
    hawen = next(s.id for s in service.list_summaries() if "re-assessment" in s.title)
    window.open_assessment(sawen)
    assert window.view is not None
    for number, key in (
        ("04", "profile"),
        ("05", "participants"),
        ("06", "area:GOV"),
        ("07", "review"),
        ("08", "results"),
        ("11", "plan"),
    ):
        window.view.show_page(key)
        save(window, f"{number}-{key.replace(':', '-')}")
    window.view.jump_to_item("G2-FIN-02")
    save(window, "09-jump-from-review")
    _workshop_room(app, window, save)
    window.open_assessment(hawen)
    window.view.show_page("results")
    save(window, "10-results-hawen-2024")
    window.show_library()
    window.compare_assessments(
        [s.id for s in service.list_summaries() if s.network_name == "HAWEN"]
    )
    save(window, "12-compare")
    # Three networks at the workshop laptop's size, picked with the G1 CAR-WEN assessment,
    # which is left out and named (it shares no item with them).
    window.show_library()
    window.resize(1366, 768)
    earliest: dict[str, int] = {}
    for summary in sorted(service.list_summaries(), key=lambda s: str(s.assessment_date)):
        earliest.setdefault(summary.network_name, summary.id)
    window.compare_assessments(
        [earliest[name] for name in ("HAWEN", "ASEAN-WEN", "SAWEN", "CAR-WEN")]
    )
    save(window, "16-compare-networks")
    window.close()
    QTimer.singleShot(0, app.quit)
    return 0


def _workshop_room(app, window, save) -> None:  # type: ignore[no-untyped-def]
    """Focus mark, large text and the presentation view, as the room sees them."""
    from wen_assess.ui import zoom
    from wen_assess.ui.presentation import PresentationView

    view = window.view
    view.show_page("area:SUP")
    page = view.current_page()
    page.focus_item("G2-SUP-02")
    page.items["G2-SUP-02"].set_focus_mark(True)  # offscreen windows never get the focus
    page.scroll.ensureWidgetVisible(page.items["G2-SUP-02"], 0, 12)
    save(window, "13-focus-mark")
    zoom.apply(150)
    page.focus_item("G2-SUP-02")
    save(window, "14-zoomed-150")
    zoom.apply(zoom.NORMAL)
    governance = view.page("area:GOV").area  # an answered item: the room sees the choice
    presentation = PresentationView(view.controller, governance, "G2-GOV-07", window)
    presentation.resize(*SIZE)
    presentation.show()
    save(presentation, "15-presentation")
    presentation.close()


if __name__ == "__main__":
    sys.exit(main())
