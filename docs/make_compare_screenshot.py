"""Regenerate docs/screenshots/13-compare-networks.png: the comparison of three networks
(HAWEN 2022, ASEAN-WEN, SAWEN) selected together with the CAR-WEN G1 assessment, which is
left out, at the common workshop laptop size 1366x768.

Under Xvfb (a real X11 window, as a user sees it):
    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_compare_screenshot.py
Without a display it falls back to Qt's offscreen platform (same widgets and fonts).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent / "screenshots" / "13-compare-networks.png"
SIZE = (1366, 768)
NETWORKS = ("HAWEN", "ASEAN-WEN", "SAWEN", "CAR-WEN")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WEN_ASSESS_DATA_DIR"] = folder  # never the user's own data
        return _shoot(Path(folder) / "screens.sqlite")


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
    window = MainWindow(service)
    window.resize(*SIZE)
    window.show()
    chosen: dict[str, int] = {}
    for summary in sorted(service.list_summaries(), key=lambda s: str(s.assessment_date)):
        if summary.network_name in NETWORKS:
            chosen.setdefault(summary.network_name, summary.id)  # each network's earliest
    window.refresh_library()
    window.compare_assessments(list(chosen.values()))
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT))
    print(f"wrote {OUT}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
