"""What a click's save is made of, each part against the one-row commit floor, in both phases
of SQLite's write-ahead log (see ``bench_gui.fill_log``): while a session's first commits
grow it, and once it is full size and written over.

Rows, each measured in the same run on the same disk:
- floor: a bare sqlite3 one-row INSERT + commit with the app's pragmas (WAL, FULL);
- the click's own statements (the head SELECT, the answer UPDATE, the summary UPDATE, the
  history INSERT), captured from ``service.set_answer`` and replayed with bare sqlite3 on a
  copy of the same database: SQLite's own cost of what a click writes (five pages);
- the same through SQLAlchemy as the service runs them (a connection from the pool, a
  ``BEGIN IMMEDIATE`` transaction, ``exec_driver_sql``): the least SQLAlchemy adds;
- ``service.set_answer``: the whole save (answer check, scoring, record, history).
Run: python bench/bench_click_parts.py
"""

from __future__ import annotations

import itertools
import shutil
import sys
import tempfile
from pathlib import Path

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).parent))
from _timing import report
from bench_gui import bare_connection, both_phases, commit_floors

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"
ITEM = "G2-GOV-03"


def captured_clicks(service: AssessmentService, assessment: int) -> list[list[tuple]]:
    """The statements (SQL, parameters) of two clicks on one item, levels 1 and 2."""
    clicks: list[list[tuple]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if not statement.startswith(("BEGIN", "COMMIT")):
            clicks[-1].append((statement, parameters))

    service.set_answer(assessment, ITEM, level=0)  # answered already: later clicks update it
    engine = service.database.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        for level in (1, 2):
            clicks.append([])
            service.set_answer(assessment, ITEM, level=level)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return clicks


def replayed(path: Path, clicks: list[list[tuple]]) -> tuple[float, float]:
    conn = bare_connection(path)
    turn = itertools.count()

    def click() -> None:
        conn.execute("BEGIN IMMEDIATE")
        for statement, parameters in clicks[next(turn) % 2]:
            conn.execute(statement, parameters).fetchall()
        conn.execute("COMMIT")

    times = both_phases(click, path)
    conn.close()
    return times


def through_sqlalchemy(path: Path, clicks: list[list[tuple]]) -> tuple[float, float]:
    database = open_database(path)
    engine = database.engine
    turn = itertools.count()

    def click() -> None:
        with engine.connect() as connection, connection.execution_options(write=True).begin():
            for statement, parameters in clicks[next(turn) % 2]:
                result = connection.exec_driver_sql(statement, parameters)
                if result.returns_rows:
                    result.all()

    times = both_phases(click, path)
    database.close()
    return times


def whole_save(path: Path, assessment: int) -> tuple[float, float]:
    database = open_database(path)
    service = AssessmentService(database, default_registry())
    levels = itertools.count()

    def click() -> None:
        service.set_answer(assessment, ITEM, level=next(levels) % 4)

    times = both_phases(click, path)
    database.close()
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "click.sqlite"
        database = open_database(source)
        service = AssessmentService(database, default_registry())
        assessment = service.create(G2, "Benchmark WEN")
        clicks = captured_clicks(service, assessment)
        database.close()  # the log merged into the file: each copy starts with none

        def copy(label: str) -> Path:
            path = folder / f"{label}.sqlite"
            shutil.copyfile(source, path)
            return path

        floors = commit_floors(folder)
        parts = {
            "the click's statements, bare sqlite3": replayed(copy("bare"), clicks),
            "  the same through SQLAlchemy (driver SQL)": through_sqlalchemy(copy("sa"), clicks),
            "service.set_answer (check, score, history)": whole_save(copy("save"), assessment),
        }
    for phase, label in enumerate(("while the log grows", "once the log is full size")):
        print(f"\n{label}")
        rows: list[tuple[str, float, float | None]] = [
            ("floor: bare sqlite3 one-row commit, same pragmas", floors[phase], None)
        ]
        rows += [(name, times[phase], floors[phase]) for name, times in parts.items()]
        report(rows)


if __name__ == "__main__":
    main()
