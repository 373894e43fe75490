"""Screenshots of the Edit menu (Undo naming the edit) and the Confirm controls of a
re-assessment, at the 1366x768 of most workshop laptops.

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_undo_screenshots.py

A real X11 display is needed for the menu: it is a window of its own, grabbed from the screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_screenshots
from make_screenshots import OUT
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMenu


def main() -> int:
    return make_screenshots.main(_shoot)  # same throwaway data folder and output folder


def _shoot(db: Path) -> int:
    from wen_assess.demo import add_demo_assessments
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.fonts import install_fonts
    from wen_assess.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts(app)
    service = AssessmentService(open_database(db), default_registry())
    add_demo_assessments(service)
    sawen = next(s.id for s in service.list_summaries() if s.network_name == "SAWEN")
    again = service.reassess(sawen, title="SAWEN re-assessment 2026")
    window = MainWindow(service)
    window.setGeometry(0, 0, 1366, 768)  # no window manager under Xvfb: no title bar
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    window.open_assessment(again)
    assert window.view is not None
    window.view.show_page("area:GOV")
    page = window.view.current_page()
    item = page.items["G2-GOV-02"]
    item.choose(3)  # an edit to undo; G2-GOV-01 and others stay carried over
    page.focus_item("G2-GOV-01")
    settle()
    window.grab().save(str(OUT / "17-confirm-controls.png"))

    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    bar = window.menuBar()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft() + QPoint(0, 0)))
    settle()
    screen = app.primaryScreen().grabWindow(0)
    screen.copy(window.frameGeometry()).save(str(OUT / "18-edit-menu.png"))
    menu.close()
    window.close()
    QTimer.singleShot(0, app.quit)
    print(f"wrote {OUT}/17-confirm-controls.png and 18-edit-menu.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
