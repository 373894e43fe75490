"""The check at open is not repeated for a file whose exact bytes already passed it, and a
file changed in any byte since (or with changes still in its write-ahead log) is checked again:
a damaged file is still refused."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from wen_assess.storage import sqlite
from wen_assess.storage.database import DatabaseError, open_database
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"


@pytest.fixture
def row_checks(monkeypatch) -> list[Path]:
    """The files whose every row value was checked at open, in order."""
    checked: list[Path] = []
    real = sqlite.check_rows

    def counting(conn):  # type: ignore[no-untyped-def]
        checked.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        return real(conn)

    monkeypatch.setattr(sqlite, "check_rows", counting)
    return checked


def made_and_closed(path: Path, registry, remember: bool = True) -> None:  # type: ignore[no-untyped-def]
    db = open_database(path)
    service = AssessmentService(db, registry)
    a = service.create(G2, "Cache WEN")
    service.set_answer(a, "G2-MEM-01", level=2, notes="checked once")
    db.close(remember_checked=remember)


@pytest.fixture
def registry():  # type: ignore[no-untyped-def]
    from wen_assess.questionnaire import default_registry

    return default_registry()


def test_a_file_closed_by_the_app_opens_without_a_second_check(tmp_path, registry, row_checks):
    path = tmp_path / "a.sqlite"
    made_and_closed(path, registry)
    for _ in range(2):
        db = open_database(path)
        assert AssessmentService(db, registry).list_summaries()[0].network_name == "Cache WEN"
        db.close()
    assert row_checks == []


def test_a_file_checked_once_is_not_checked_again_while_unchanged(tmp_path, registry, row_checks):
    path = tmp_path / "a.sqlite"
    made_and_closed(path, registry, remember=False)  # as a command line run leaves it
    open_database(path).close()
    open_database(path).close()
    assert row_checks == [path.resolve()]


def test_a_byte_changed_behind_the_apps_back_is_checked_and_refused(tmp_path, registry):
    path = tmp_path / "a.sqlite"
    made_and_closed(path, registry)
    stat = path.stat()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints=ON")
    conn.execute("UPDATE answer SET level = 'high' WHERE item_id = 'G2-MEM-01'")
    conn.close()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same time
    assert path.stat().st_size == stat.st_size
    with pytest.raises(DatabaseError, match=r"answer\.level"):
        open_database(path)


def test_changes_waiting_in_the_write_ahead_log_are_checked(tmp_path, registry, row_checks):
    path = tmp_path / "a.sqlite"
    made_and_closed(path, registry)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")  # keep the change in the -wal file
    writer.execute("UPDATE assessment SET network_name = 'Changed WEN'")
    try:
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        open_database(path).close()
    finally:
        writer.close()
    assert row_checks == [path.resolve()]
