"""Desktop app: start-up to the window shown, page switches, and a click saved to disk.

Floors, measured in the same run:
- start-up: a script that imports the same libraries (PySide6 widgets, SQLAlchemy ORM,
  Pydantic, PyYAML, platformdirs) and shows an empty QMainWindow. Beside the wall clock, the
  processor time each process reports at its "window shown" line: on a busy machine it is
  the steadier figure;
- page switch and save: one 16 ms frame is the target; the floors of a bare repaint of a
  window of the same size and of a bare SQLite commit (an fsync) are measured beside them.
  Both run in the main window as a user has it (its event filters see every event, and the
  garbage collector is set as the app sets it once its window is up), and the item clicked
  is on the page on screen (its repaint and relayout count).
  Budgets: a page switch under 8 ms (it writes nothing: the page shown is kept in memory
  and written with the next change or on close); a click saved, scored once and repainted
  within 3x (bare commit + bare repaint); start-up within 1.2x its floor, and in French
  (the interface translations loaded) within 0.05 of the English ratio;
- zoom: one step on the largest area page (relayout and repaint of every text) under 100 ms,
  shown beside the bare-repaint floor.
Run: python bench/bench_gui.py  (offscreen; no display needed); ``--in-process`` leaves out
start-up (the window's timings only, in a few seconds).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report

FLOOR_SCRIPT = """
import time
import sqlalchemy.orm, pydantic, yaml, platformdirs
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 780)
window.show()
shown = lambda: print(f"window shown (cpu {time.process_time() * 1000:.1f} ms)", flush=True)
QTimer.singleShot(0, lambda: (shown(), app.quit()))
app.exec()
"""
RUNS = 7
FRAME = 1 / 60
SWITCH_BUDGET = 0.008
ZOOM_BUDGET = 0.100  # a zoom step must feel immediate
LOG_FULL = 1000 * 4096  # bytes: SQLite checkpoints its write-ahead log at 1000 pages


def _start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to its "window shown" line (not to its exit), and the
    processor seconds the process had used by then (its own count, all threads)."""
    start = time.perf_counter()
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if "window shown" in line:
                elapsed = time.perf_counter() - start
                cpu = float(line.split("(cpu ")[1].split(" ms")[0]) / 1000
                break
        else:
            raise SystemExit(f"did not start: exit code {process.wait(timeout=60)}")
        process.wait(timeout=60)
    return elapsed, cpu


def startup(db: Path) -> dict[str, tuple[float, float]]:
    """Median start-up (wall clock, processor time) of the floor, of the app in English and of
    the app in French (its Qt catalogs and Qt's own loaded, as on a French system's first
    start)."""
    import compileall

    import wen_assess

    # An installed copy carries its bytecode (pip compiles it at install, the app folder
    # bundles it); a checkout run with PYTHONDONTWRITEBYTECODE would compile every module at
    # every start instead.
    compileall.compile_dir(Path(wen_assess.__file__).parent, quiet=1)
    env = {**os.environ, "WEN_ASSESS_DB": str(db), "WEN_ASSESS_EXIT_AFTER_START": "1"}
    env["WEN_ASSESS_DATA_DIR"] = str(db.parent)  # no interface language chosen yet
    runs = {
        "floor": ([sys.executable, "-c", FLOOR_SCRIPT], env),
        "english": ([sys.executable, "-m", "wen_assess"], {**env, "LANG": "en_GB.UTF-8"}),
        "french": ([sys.executable, "-m", "wen_assess"], {**env, "LANG": "fr_FR.UTF-8"}),
    }
    for command, run_env in runs.values():
        run_env["LC_ALL"] = ""
        _start(command, run_env)  # the first creates the database; all warm the file cache
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for _ in range(RUNS):  # interleaved, so machine noise hits all alike
        for name, (command, run_env) in runs.items():
            times[name].append(_start(command, run_env))
    return {
        name: (statistics.median(t[0] for t in got), statistics.median(t[1] for t in got))
        for name, got in times.items()
    }


def in_process(db: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from wen_assess.demo import add_demo_assessments
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService
    from wen_assess.ui.app import collect_normally
    from wen_assess.ui.fonts import install_fonts
    from wen_assess.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    service = AssessmentService(open_database(db), default_registry())
    add_demo_assessments(service)
    # In the main window, as a user has it: its filters see every event, and what start-up
    # built is set aside from the garbage collector's passes, as the app does once it is up.
    window = MainWindow(service)
    window.resize(1280, 800)
    window.show()
    collect_normally()
    assessment = service.create("iccwc-wen-g2", "Benchmark WEN")
    window.open_assessment(assessment)
    app.processEvents()
    view = window.view
    assert view is not None
    keys = [page.key for page in view.pages]
    position = iter(range(10**9))

    def switch() -> None:
        view.show_page(keys[next(position) % len(keys)])
        app.processEvents()

    widget = view.page("area:GOV").items["G2-GOV-03"]
    levels = iter(range(10**9))
    first_answers = iter(view.page("area:FIN").items.values())

    def first_answer() -> None:  # an unanswered item answered: its meaning line appears
        next(first_answers).choose(2)
        app.processEvents()

    def click() -> None:
        widget.choose(next(levels) % 4)
        app.processEvents()

    switch_time = measure(switch, repeat=len(keys) * 3)
    # The item clicked is on the page on screen and scrolled into view, as when a user clicks
    # it: its repaint and the page's relayout count (a click on a hidden page, or on an item
    # scrolled out of sight, would measure neither).
    view.show_page("area:FIN")
    app.processEvents()
    first_time = measure(first_answer, repeat=len(view.page("area:FIN").items))
    view.show_page("area:GOV")
    view.page("area:GOV").focus_item(widget.item.id)
    app.processEvents()
    click_time = measure(click, repeat=40)

    def save_alone() -> None:  # the same save, with no window: what the storage part costs
        service.set_answer(assessment, widget.item.id, level=next(levels) % 4)

    save_time = measure(save_alone, repeat=40)
    window_time = _window_part(service, click)
    fill_log(click, db)
    click_full_log = measure(click, repeat=40)
    zoom_time = _zoom_time(app, view)
    window.close()
    commit_floor, commit_floor_full_log = commit_floors(db.parent)
    return {
        "switch": switch_time,
        "first answer": first_time,
        "click": click_time,
        "save": save_time,
        "window part": window_time,
        "click, full log": click_full_log,
        "zoom": zoom_time,
        "repaint floor": repaint_floor(app),
        "commit floor": commit_floor,
        "commit floor, full log": commit_floor_full_log,
    }


def fill_log(commit, db: Path) -> None:  # type: ignore[no-untyped-def]
    """Commit until SQLite's write-ahead log has reached its full size and is written over.

    A session's first commits grow the log (about 200 clicks' worth, until the automatic
    checkpoint at 1000 pages): each then also has the file system record the file's new size,
    which costs about as much again as a small commit. After that, commits write over the log
    in place. Both phases are measured, each against a floor in the same phase."""
    log = db.with_name(db.name + "-wal")
    sizes = []
    for _ in range(5000):
        commit()
        sizes.append(log.stat().st_size)
        if len(sizes) > 40 and sizes[-1] == sizes[-41] and sizes[-1] >= LOG_FULL:
            return
    raise SystemExit("the write-ahead log never reached its full size")


def _window_part(service, click) -> float:  # type: ignore[no-untyped-def]
    """The same click with its save timed out of it: the controller, the view and the
    repaint (each click's time less the time spent in its ``service.set_answer``)."""
    set_answer = service.set_answer
    saving: list[float] = []

    def timed_save(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return set_answer(*args, **kwargs)
        finally:
            saving.append(time.perf_counter() - start)

    service.set_answer = timed_save
    parts = []
    try:
        for _ in range(40):
            saving.clear()
            start = time.perf_counter()
            click()
            parts.append(time.perf_counter() - start - sum(saving))
    finally:
        del service.set_answer  # the method again, not the wrapper
    return statistics.median(parts)


def _zoom_time(app, view) -> float:  # type: ignore[no-untyped-def]
    """Ctrl++ / Ctrl+- on a full area page: every text re-measured, laid out and repainted."""
    from wen_assess.ui import zoom

    view.show_page("area:GOV")  # the largest area (13 items)
    app.processEvents()
    sizes = iter(range(10**9))

    def change() -> None:
        zoom.apply(zoom.STEPS[3 + next(sizes) % 2])  # 110 % and 125 % in turn
        view.repaint()
        app.processEvents()

    elapsed = measure(change, repeat=10)
    zoom.apply(zoom.NORMAL)
    return elapsed


def repaint_floor(app) -> float:  # type: ignore[no-untyped-def]
    """A bare window of the same size, repainted and processed: what a frame costs here."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    window.setCentralWidget(QLabel("floor"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    def repaint() -> None:
        window.repaint()
        app.processEvents()

    time = measure(repaint, repeat=40)
    window.close()
    return time


def commit_floors(folder: Path) -> tuple[float, float]:
    """A bare sqlite3 one-row commit with the app's pragmas (WAL, synchronous=FULL): in a new
    log, and once the log is full size (see ``fill_log``)."""
    path = folder / "floor.sqlite"
    conn = bare_connection(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, level INTEGER)")
    counter = iter(range(10**9))

    def commit() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (level) VALUES (?)", (next(counter) % 4,))
        conn.execute("COMMIT")

    times = both_phases(commit, path)
    conn.close()
    return times


def bare_connection(path: Path) -> sqlite3.Connection:
    """Plain sqlite3 with the app's pragmas: what the floors and replays run on."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def both_phases(commit, db: Path) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """``commit`` timed while the log grows, then once it is full size (``fill_log``)."""
    growing = measure(commit, repeat=40)
    fill_log(commit, db)
    return growing, measure(commit, repeat=40)


def main() -> None:
    in_process_only = "--in-process" in sys.argv  # the window's timings, without start-up
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WEN_ASSESS_DATA_DIR"] = str(Path(folder) / "in-process-data")
        db = Path(folder) / "bench.sqlite"
        if not in_process_only:
            starts = startup(db)
        t = in_process(Path(folder) / "inprocess.sqlite")
    rows = []
    if not in_process_only:
        floor_wall, floor_cpu = starts["floor"]
        rows += [
            ("start-up floor: same imports, empty window", floor_wall, None),
            ("start-up: process start to library shown", starts["english"][0], floor_wall),
            ("  the same in French (Qt catalogs loaded)", starts["french"][0], floor_wall),
            ("  processor time: floor", floor_cpu, None),
            ("  processor time: app in English", starts["english"][1], floor_cpu),
            ("  processor time: app in French", starts["french"][1], floor_cpu),
        ]
    floors = t["repaint floor"] + t["commit floor"]
    floors_full_log = t["repaint floor"] + t["commit floor, full log"]
    rows += [
        ("one frame at 60 Hz (the target for both below)", FRAME, None),
        ("floor: repaint a bare window of the same size", t["repaint floor"], None),
        ("floor: bare sqlite3 commit, same pragmas", t["commit floor"], None),
        ("  the same, once the log is full size", t["commit floor, full log"], None),
        ("switch wizard page (incl. repaint) vs frame", t["switch"], FRAME),
        ("  the same, vs the 8 ms budget", t["switch"], SWITCH_BUDGET),
        ("click a level: saved, re-scored, repainted", t["click"], FRAME),
        ("  the same, vs repaint floor + commit floor", t["click"], floors),
        ("  of which the save and score (no window)", t["save"], t["commit floor"]),
        ("  the window's part alone (its save timed out)", t["window part"], t["repaint floor"]),
        ("  once the log is full size, vs its floors", t["click, full log"], floors_full_log),
        ("first answer of an item (its meaning shown)", t["first answer"], floors),
        ("zoom a full area page (relayout + repaint)", t["zoom"], t["repaint floor"]),
        ("  the same, vs the 100 ms budget", t["zoom"], ZOOM_BUDGET),
    ]
    report(rows)
    if in_process_only:
        return
    # The translations' cost on the start-up ratio (budget: at most 0.05 more than English).
    for kind, index in (("wall clock", 0), ("processor time", 1)):
        english, french = (starts[n][index] / starts["floor"][index] for n in ("english", "french"))
        print(
            f"start-up ratio ({kind}): English {english:.3f}, French {french:.3f} "
            f"({french - english:+.3f})"
        )


if __name__ == "__main__":
    main()
