"""A database that cannot be used safely is refused at open, untouched (issue 10, cases 4, 7).

Every refusal: exit code 1, a short message naming the file and what to do, the file
byte-identical afterwards, and no -wal, -shm or empty database left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import Result
from forked import drop_root_powers, limit_file_size, run_forked
from test_refusals_worded import assert_worded_throughout

from wen_assess.cli import main
from wen_assess.i18n import translator
from wen_assess.messages import of_error
from wen_assess.storage.database import DatabaseError, open_database


def run(capsys, *args: str) -> tuple[int, str]:
    """The real command line, in process: (exit code, stderr)."""
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(30)
    try:
        code = main(list(args))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "unexpected error" not in err, err
    return code, err


def _hung(*_):
    raise AssertionError("the command hung")


def run_without_root_powers(*args: str) -> Result:
    """`wen-assess ARGS` in a process without root's right to ignore file modes (tech notes)."""
    result = run_forked(*args, prepare=drop_root_powers)
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    return result


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder with the sha256 of its bytes: a refusal changes none."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "not a file"
        for p in folder.iterdir()
    }


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "library.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    # Close every connection (the in-process run leaves the engine open) so the WAL is merged.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def db(tmp_path, demo_db) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(demo_db, folder / demo_db.name)
    return folder / demo_db.name


def damage(path: Path, *statements: str) -> None:
    """Edit the file behind the app's back, as a damaged disk or a hand edit would."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints=ON")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA writable_schema=ON")
    for statement in statements:
        conn.execute(statement)
    conn.execute("PRAGMA writable_schema=OFF")
    conn.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()


def assert_refused(capsys, db: Path, *expected: str) -> str:
    before = fingerprint(db.parent)
    for command in (
        ["list"],
        ["show", "1"],
        ["export", "-o", str(db.parent.parent / "x.json"), "1"],
    ):
        code, err = run(capsys, "--db", str(db), *command)
        assert code == 1, (command, err)
        assert str(db) in err
        for text in expected:
            assert text in err, err
        assert len(err.strip().splitlines()) <= 2
        assert max(len(line) for line in err.splitlines()) < 600
        assert fingerprint(db.parent) == before  # byte-identical, nothing beside it
    with pytest.raises(DatabaseError):
        open_database(db)
    assert fingerprint(db.parent) == before
    return err


# ---- damaged row values: any field of any table (case 7) ------------------------------------

ROW_DAMAGE: dict[str, str] = {
    "malformed JSON": "UPDATE assessment SET member_countries = '[\"VN\",' WHERE id = 1",
    "JSON not a list": "UPDATE assessment SET member_countries = '{\"a\": 1}' WHERE id = 1",
    "JSON list of numbers": "UPDATE assessment SET member_countries = '[1, 2]' WHERE id = 1",
    "impossible date": "UPDATE assessment SET assessment_date = '2025-02-30' WHERE id = 1",
    "date of another shape": "UPDATE assessment SET assessment_date = '12/06/2025' WHERE id = 1",
    "year zero": "UPDATE assessment SET assessment_date = '0000-01-01' WHERE id = 1",
    "date as a number": "UPDATE assessment SET assessment_date = 20250101 WHERE id = 1",
    "bad created_at": "UPDATE assessment SET created_at = 'yesterday' WHERE id = 1",
    "hour 25": "UPDATE assessment SET updated_at = '2025-01-01 25:00:00.000000' WHERE id = 1",
    "bad answer time": "UPDATE answer SET updated_at = '2025-13-01 00:00:00' WHERE rowid = 1",
    "level above every scale": "UPDATE answer SET level = 101 WHERE rowid = 1",
    "negative level": "UPDATE answer SET level = -1, not_applicable = 0 WHERE rowid = 1",
    "fractional level": "UPDATE answer SET level = 2.5, not_applicable = 0 WHERE rowid = 1",
    "text level": "UPDATE answer SET level = 'high', not_applicable = 0 WHERE rowid = 1",
    "level and n/a": "UPDATE answer SET level = 2, not_applicable = 1 WHERE rowid = 1",
    "boolean 7": "UPDATE answer SET flagged = 7 WHERE rowid = 1",
    "unknown status": "UPDATE assessment SET status = 'lost' WHERE id = 1",
    "unknown action status": "UPDATE plan_action SET status = 'maybe' WHERE rowid = 1",
    "blob network name": "UPDATE assessment SET network_name = X'41' WHERE id = 1",
    "blob in a text": "UPDATE answer SET justification = X'00ff' WHERE rowid = 1",
    "undecodable title": "UPDATE assessment SET title = CAST(X'41ff42' AS TEXT) WHERE id = 1",
    "undecodable note": "UPDATE answer SET notes = CAST(X'c3' AS TEXT) WHERE rowid = 3",
    "undecodable participant": "UPDATE participant SET name = CAST(X'e282' AS TEXT) WHERE id = 2",
    "undecodable JSON": "UPDATE assessment SET member_countries = CAST(X'5b22ff225d' AS TEXT)",
    "text target": "UPDATE area_target SET target = 'x' WHERE rowid = 1",
    "text position": "UPDATE plan_action SET position = 'first' WHERE rowid = 1",
    # Every CHECK constraint of the tables counts, not only the ones listed by hand.
    "unknown working language": "UPDATE assessment SET language = 'de' WHERE id = 1",
}


@pytest.mark.parametrize("kind", ROW_DAMAGE)
def test_a_damaged_row_value_is_refused_cleanly(capsys, db, kind):
    if kind == "text target":
        damage(db, "INSERT OR IGNORE INTO area_target VALUES (1, 'ZZ', 1.0)")
    damage(db, ROW_DAMAGE[kind])
    assert_refused(capsys, db, "is damaged", "cannot be read" if "undecodable" not in kind else "")


# ---- damaged structure (case 7) --------------------------------------------------------------


@pytest.mark.parametrize(
    "table", ["assessment", "answer", "participant", "plan_action", "area_target"]
)
def test_a_dropped_table_is_refused(capsys, db, table):
    damage(db, f"DROP TABLE {table}")
    assert_refused(capsys, db, "is damaged", f"the table {table} is missing")


def test_a_dropped_column_is_refused(capsys, db):
    damage(db, "ALTER TABLE participant DROP COLUMN role")
    assert_refused(capsys, db, "is damaged", "participant has no column role")


def _index_on_another_column(path: Path, name: str = "ix_plan_action_assessment_id") -> None:
    # The index's definition changed behind SQLite's back: its entries no longer match the
    # rows. The page structure is sound, so quick_check says "ok"; integrity_check does not.
    damage(
        path,
        f"UPDATE sqlite_master SET sql = 'CREATE INDEX {name} ON plan_action (position)' "
        "WHERE name = 'ix_plan_action_assessment_id'",
    )


def test_index_damage_that_passes_quick_check_is_refused(capsys, db):
    _index_on_another_column(db)
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    assert_refused(capsys, db, "is damaged", "missing from index")


def test_a_check_report_that_is_not_utf8_is_shown_not_crashed_on(capsys, db):
    damage(
        db,
        "UPDATE sqlite_master SET name = CAST(X'69788e' AS TEXT), "
        "sql = CAST(X'435245415445' AS TEXT) || ' INDEX ' || CAST(X'69788e' AS TEXT) "
        "|| ' ON plan_action (position)' WHERE name = 'ix_plan_action_assessment_id'",
    )
    assert_refused(capsys, db, "is damaged")


def test_a_check_error_that_is_not_utf8_is_shown_not_crashed_on(capsys, db):
    # A schema entry SQLite cannot parse: it raises an error quoting the entry's bytes, which
    # the sqlite3 module then fails to decode (a UnicodeDecodeError, not a DatabaseError).
    damage(
        db,
        "UPDATE sqlite_master SET name = CAST(X'6978f8' AS TEXT), "
        "sql = CAST(X'435245415445f8' AS TEXT) WHERE name = 'ix_change_assessment_id'",
    )
    assert_refused(capsys, db, "is damaged", "not text")
    with pytest.raises(DatabaseError) as caught:
        open_database(db)
    message = of_error(caught.value)
    assert_worded_throughout(message)  # the app's own words about it are translated too
    french = message.in_language(translator("fr").gettext)
    assert "cite des octets qui ne sont pas du texte" in french


def test_damaged_pages_are_refused(capsys, db):
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200
    db.write_bytes(bytes(data))
    assert_refused(capsys, db, "is damaged")


# ---- creating a database where it cannot be created (case 4) ---------------------------------


def test_a_new_database_in_a_read_only_folder_leaves_nothing(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run_without_root_powers("--db", str(folder / "new.sqlite"), "list")
        assert result.returncode == 1, result.stderr
        assert f"cannot create the database new.sqlite in {folder}" in result.stderr
        assert "the folder is read-only" in result.stderr
        assert len(result.stderr.strip().splitlines()) <= 2
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_new_database_under_a_read_only_folder_leaves_nothing(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run_without_root_powers("--db", str(folder / "sub" / "new.sqlite"), "list")
        assert result.returncode == 1, result.stderr
        assert "cannot create the database" in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_full_disk_while_creating_leaves_nothing(tmp_path):
    # A file-size limit makes every write past 4 kB fail, as a full disk does, without
    # needing a real full disk (and never /dev/full).
    result = run_forked("--db", str(tmp_path / "new.sqlite"), "list", prepare=limit_file_size(4096))
    assert result.returncode == 1, result.stderr
    assert "cannot create the database new.sqlite" in result.stderr
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_really_full_disk_says_so_and_leaves_nothing(tmp_path):
    # A tiny tmpfs is a real full disk; mounting one needs root. Elsewhere a file-size limit
    # stands in for it (the message then says the disk could not be written).
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = (
        os.geteuid() == 0
        and shutil.which("mount")
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(disk)], capture_output=True
        ).returncode
        == 0
    )
    try:
        target = disk / "deeper" / "new.sqlite"
        limit = None if mounted else limit_file_size(4096)
        result = run_forked("--db", str(target), "demo", prepare=limit)
        assert result.returncode == 1, result.stderr
        assert f"cannot create the database new.sqlite in {target.parent}" in result.stderr
        assert ("the disk is full" if mounted else "could not be written") in result.stderr
        assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
        assert list(disk.iterdir()) == []  # not even the folder it made
    finally:
        if mounted:
            subprocess.run(["umount", str(disk)], check=True)


def test_an_empty_file_given_stays_empty_when_creation_fails(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "empty.sqlite").touch()
    folder.chmod(0o555)
    try:
        result = run_without_root_powers("--db", str(folder / "empty.sqlite"), "list")
        assert result.returncode == 1
        assert [p.name for p in folder.iterdir()] == ["empty.sqlite"]
        assert (folder / "empty.sqlite").stat().st_size == 0
    finally:
        folder.chmod(0o755)


# ---- an existing database that cannot be written (case 4) ------------------------------------


def test_an_existing_database_in_a_read_only_folder_is_not_called_damaged(db):
    before = fingerprint(db.parent)
    db.parent.chmod(0o555)
    try:
        result = run_without_root_powers("--db", str(db), "list")
    finally:
        db.parent.chmod(0o755)
    assert result.returncode == 1
    assert "damaged" not in result.stderr
    assert "read-only folder" in result.stderr and str(db) in result.stderr
    assert fingerprint(db.parent) == before


def test_a_read_only_database_file_is_not_called_damaged(db):
    before = fingerprint(db.parent)
    db.chmod(0o444)
    try:
        result = run_without_root_powers("--db", str(db), "list")
    finally:
        db.chmod(0o644)
    assert result.returncode == 1
    assert "damaged" not in result.stderr
    assert "is read-only" in result.stderr
    assert fingerprint(db.parent) == before


# ---- a database path that is not a file --------------------------------------------------------

NOT_FILES: dict[str, Callable[[Path], None]] = {
    "fifo": os.mkfifo,
    "folder": Path.mkdir,
    "socket": lambda p: _socket_file(p),
    "dangling link": lambda p: p.symlink_to(p.with_name("gone.sqlite")),
}


def _socket_file(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))


@pytest.mark.parametrize("kind", NOT_FILES)
def test_a_database_path_that_is_not_a_file_is_refused_without_hanging(capsys, tmp_path, kind):
    path = tmp_path / "library.sqlite"
    with contextlib.suppress(OSError):
        NOT_FILES[kind](path)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, err = run(capsys, "--db", str(path), "list")
    assert code == 1
    assert str(path) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_healthy_database_opens_and_the_check_passes(db):
    database = open_database(db)
    database.close()


# ---- a level off its own questionnaire's scale (case 7) ------------------------------------


def _scales():
    from wen_assess.questionnaire import default_registry

    return {
        key: loaded.questionnaire.scale.values for key, loaded in default_registry().entries.items()
    }


def test_a_level_off_its_questionnaires_scale_is_refused_when_scales_are_given(db):
    damage(db, "UPDATE answer SET level = 7, not_applicable = 0 WHERE rowid = 1")
    before = fingerprint(db.parent)
    with pytest.raises(DatabaseError, match="level 7, which is not on the scale") as caught:
        open_database(db, scales=_scales())
    assert str(db) in str(caught.value)
    assert fingerprint(db.parent) == before


def test_levels_on_the_scale_pass_the_scale_check(db):
    open_database(db, scales=_scales()).close()
