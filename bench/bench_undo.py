"""Undo and redo of one answer, end to end: written back to disk, re-scored, and repainted.

Target: one 16 ms frame. Floors measured in the same run (shared with bench_gui.py): a bare
repaint of a window of the same size and a bare SQLite commit with the app's pragmas; an undo
should cost about what the click it undoes costs (the click itself is measured beside it).
Run: python bench/bench_undo.py  (offscreen; no display needed)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report
from bench_gui import FRAME, commit_floors, repaint_floor

STEPS = 40
ITEM = "G2-GOV-03"


def undo_and_redo(db: Path) -> tuple[float, float, float, float, float]:
    from PySide6.QtWidgets import QApplication

    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.app import collect_normally
    from wen_assess.ui.assessment.view import AssessmentView

    app = QApplication.instance() or QApplication([])
    service = AssessmentService(open_database(db), default_registry())
    view = AssessmentView(service, service.create("iccwc-wen-g2", "Benchmark WEN"))
    view.resize(1280, 800)
    view.show()
    collect_normally()  # as the app sets the garbage collector once its window is up
    view.show_page("area:GOV")
    app.processEvents()
    widget = view.page("area:GOV").items[ITEM]
    stack = view.controller.undo_stack
    levels = iter(range(10**9))

    def click() -> None:
        widget.choose(next(levels) % 4)  # 0, 1, 2, 3, 0...: never the level already chosen
        app.processEvents()

    def undo() -> None:
        stack.undo()
        app.processEvents()

    def redo() -> None:
        stack.redo()
        app.processEvents()

    click_time = measure(click, repeat=STEPS)  # also fills the history
    assert stack.count() == STEPS
    undo_time = measure(undo, repeat=STEPS - 1)
    saved = service.get(view.assessment_id).record.answer(ITEM)
    assert saved is not None and saved.level == widget.chosen(), "undo not on disk or screen"
    redo_time = measure(redo, repeat=STEPS - 1)
    view.close()
    return click_time, undo_time, redo_time, repaint_floor(app), commit_floors(db.parent)[0]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        click, undo, redo, frame_floor, commit_floor = undo_and_redo(Path(folder) / "undo.sqlite")
    floor = frame_floor + commit_floor
    report(
        [
            ("one frame at 60 Hz (the target)", FRAME, None),
            ("floor: repaint a bare window of the same size", frame_floor, None),
            ("floor: bare sqlite3 commit, same pragmas", commit_floor, None),
            ("click a level: saved, re-scored, repainted", click, floor),
            ("undo one answer: saved, re-scored, repainted", undo, FRAME),
            ("  the same, vs repaint floor + commit floor", undo, floor),
            ("  the same, vs the click it undoes", undo, click),
            ("redo one answer: saved, re-scored, repainted", redo, FRAME),
        ]
    )


if __name__ == "__main__":
    main()
