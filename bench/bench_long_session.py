"""A long workshop in one window: does anything grow or get lost as the app is used for hours?

One "use" is what a coordinator does for an item: open its area, click a level, type a note,
go back to the profile page. 3,000 uses are made (a long day of workshops); the first 200
(which build the pages) are not counted, and the run reports what the others leave behind:
- the process's memory (resident set) and the objects Python tracks, with the undo history
  kept (as the app keeps it) and, in a second window, cleared after each use: what remains
  then is a leak;
- open files;
- references to None, True and False: a Qt binding that drops them crashes the interpreter
  after a few thousand uses on Python 3.11 (PySide6 6.12.0 did; see pyproject.toml);
- the time of a use in the first 200 (pages being built) and in the last 200 (a slowdown
  is work that grows with use).
Run: python bench/bench_long_session.py  (offscreen; a few tens of seconds)
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USES = 3000
WARM_UP = 200  # uses before counting, and the uses timed at the end


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def references() -> dict[str, int]:
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}


def session(folder: Path, clear_undo: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.fonts import install_fonts
    from wen_assess.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    service = AssessmentService(
        open_database(folder / f"long-{clear_undo}.sqlite"), default_registry()
    )
    window = MainWindow(service)
    window.resize(1280, 800)
    window.show()
    window.open_assessment(service.create("iccwc-wen-g2", "Long workshop WEN"))
    view = window.view
    assert view is not None
    first = view.pages[0].key
    areas = [page for page in view.pages if page.key.startswith("area:")]

    def use(k: int) -> None:
        page = areas[k % len(areas)]
        view.show_page(page.key)
        items = list(page.items.values())
        item = items[k % len(items)]
        item.choose(k % 4)
        item.notes_text.widget.setPlainText(f"note {k}")
        view.show_page(first)  # the note is saved as the page is left
        if clear_undo:
            view.controller.undo_stack.clear()
        app.processEvents()

    def timed(start: int, count: int) -> float:
        began = time.perf_counter()
        for k in range(start, start + count):
            use(k)
        return (time.perf_counter() - began) / count

    early = timed(0, WARM_UP)
    gc.collect()
    memory, objects = resident_mb(), len(gc.get_objects())
    files, refs = len(os.listdir("/proc/self/fd")), references()
    timed(WARM_UP, USES - 2 * WARM_UP)
    late = timed(USES - WARM_UP, WARM_UP)
    gc.collect()
    grown_memory = resident_mb() - memory
    grown_objects = len(gc.get_objects()) - objects
    lost = {name: refs[name] - count for name, count in references().items()}
    kept = "undo history kept" if not clear_undo else "undo history cleared"
    steps = view.controller.undo_stack.count()
    print(f"{USES} uses, {USES - WARM_UP} counted, {kept} ({steps} steps at the end):")
    counted = USES - WARM_UP
    print(f"  memory   {grown_memory:+8.1f} MB   ({grown_memory * 1e6 / counted:+.0f} bytes a use)")
    print(f"  objects  {grown_objects:+8d}      ({grown_objects / counted:+.1f} a use)")
    print(f"  files    {len(os.listdir('/proc/self/fd')) - files:+8d}")
    print(f"  references lost: {lost} (a crash comes when None's count reaches 0)")
    print(f"  a use: {early * 1000:.1f} ms in the first 200, {late * 1000:.1f} ms in the last")
    window.close()
    service.database.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WEN_ASSESS_DATA_DIR"] = str(Path(folder) / "data")
        session(Path(folder), clear_undo=False)
        session(Path(folder), clear_undo=True)


if __name__ == "__main__":
    main()
