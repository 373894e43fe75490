"""An SQLite file as the database: create, upgrade with a backup, or refuse.

Lifecycle on open:
- no file (or an empty one): create every table and stamp the newest migration;
- a file at an older migration: copy it to a backup beside it, then upgrade;
- a file from a newer app: refuse with a clear message and leave it alone;
- a file that is not a healthy SQLite database: refuse, leaving it byte-for-byte untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.input_files import SQLITE_SIGNATURE
from wen_assess.messages import Worded
from wen_assess.storage import database as common
from wen_assess.storage import open_cache
from wen_assess.storage.database import (
    HEAD_REVISION,
    Database,
    DatabaseError,
    Scales,
    create_schema,
    damaged,
    level_problem,
    newer_than_app,
    run_upgrade,
)
from wen_assess.storage.location import Location
from wen_assess.storage.models import Base
from wen_assess.storage.sqlite_rows import check_rows


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"timeout": common.BUSY_TIMEOUT_MS / 1000}
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        # We issue BEGIN ourselves (below): pysqlite's own would come only at the first write,
        # after the reads a change is based on.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: an answer the user saw saved survives a power cut, not only a crash (~0.3 ms).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={common.BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        # A write transaction takes the write lock before it reads, so a summary or a
        # completion check can never be based on what another process has since changed.
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_file(location: Location, *, scales: Scales | None = None) -> Database:
    """Open, create or upgrade the SQLite file at ``location``; DatabaseError if unusable."""
    path = location.path
    assert path is not None
    side_files = [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]
    existed = {side for side in side_files if side.exists()}
    try:
        fresh = _is_fresh(path)
        if not fresh:
            _check_writable(path)
        current = None if fresh else _check_revision(path, scales)
    except DatabaseError:
        _remove_new(side_files, existed)  # a refused file is left exactly as it was found
        raise
    if fresh:
        return _create(path, existed)
    return _open_checked(path, fresh, current)


SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _remove_new(side_files: list[Path], existed: set[Path]) -> None:
    for side in side_files:
        if side not in existed:
            side.unlink(missing_ok=True)


def _is_fresh(path: Path) -> bool:
    """True for no file or an empty one; DatabaseError for anything that is not a file."""
    try:
        st = path.stat()  # follows a link: a link to a database is fine
    except FileNotFoundError:
        if path.is_symlink():
            raise DatabaseError(
                Worded(
                    N_(
                        "{path} is a link to a file that does not exist. Choose another "
                        "database file."
                    ),
                    path=str(path),
                )
            ) from None
        return True
    except OSError as error:
        raise DatabaseError(_unreadable(path, error)) from None
    if not stat.S_ISREG(st.st_mode):
        kind = N_("a folder") if stat.S_ISDIR(st.st_mode) else N_("not a regular file")
        # Opening a FIFO would hang, and SQLite would write over a device.
        raise DatabaseError(
            Worded(
                N_("{path} is {kind}, not a database file. Choose another file."),
                path=str(path),
                kind=Worded(kind),
            )
        )
    return st.st_size == 0


def _unreadable(path: Path, error: OSError) -> Worded:
    return Worded(N_("{path} cannot be read: {reason}"), path=str(path), reason=error.strerror)


def _folder_is_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _check_writable(path: Path) -> None:
    """The app saves every answer: an existing database it cannot write is refused up front.

    SQLite in WAL mode also writes -wal/-shm files beside the database, so the folder must be
    writable too. Without this check, SQLite fails later with "unable to open database file",
    which reads as if the file were damaged.
    """
    folder = path.resolve().parent
    if not os.access(path, os.W_OK):
        raise DatabaseError(
            Worded(
                N_(
                    "{path} is read-only: wen-assess saves every change, so it cannot use it. "
                    "The file was left unchanged; make it writable, or copy it to a folder you "
                    "can write to."
                ),
                path=str(path),
            )
        )
    if not _folder_is_writable(folder):
        raise DatabaseError(
            Worded(
                N_(
                    "{path} is in a read-only folder ({folder}): wen-assess writes its journal "
                    "beside the database, so it cannot use it there. The file was left "
                    "unchanged; copy it to a folder you can write to."
                ),
                path=str(path),
                folder=str(folder),
            )
        )


def _create(path: Path, existed: set[Path]) -> Database:
    """A new database, or nothing at all: a failed creation leaves no file behind."""
    had_file = path.exists()  # an empty file the user gave us stays (empty) if we fail
    folder = path.resolve().parent
    new_folders = [f for f in (folder, *folder.parents) if not f.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _remove_folders(new_folders)
        raise DatabaseError(_cannot_create(path, folder, error)) from None
    if not _folder_is_writable(folder):
        raise DatabaseError(_cannot_create(path, folder, PermissionError(errno.EACCES, "")))
    try:
        return _open_checked(path, True, None)
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        _remove_new([path.with_name(path.name + s) for s in SIDE_SUFFIXES], existed)
        if not had_file:
            path.unlink(missing_ok=True)
            _remove_folders(new_folders)
        else:
            with contextlib.suppress(OSError), path.open("r+b") as handle:
                handle.truncate(0)
        raise DatabaseError(_cannot_create(path, folder, error)) from None


def _remove_folders(folders: list[Path]) -> None:
    for folder in folders:  # deepest first; only the empty folders this call created
        with contextlib.suppress(OSError):
            folder.rmdir()


def _cannot_create(path: Path, folder: Path, error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).lower()
    read_only = N_("the folder is read-only (choose a folder you can write to)")
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        reason = Worded(read_only)
    elif getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in text:
        reason = Worded(N_("the disk is full (free some space and try again)"))
    elif "unable to open" in text and not _folder_is_writable(folder):
        reason = Worded(read_only)
    elif "disk i/o error" in text or getattr(error, "errno", None) == errno.EFBIG:
        reason = Worded(
            N_("the disk could not be written (it may be full or removed; free some space)")
        )
    else:
        detail = getattr(error, "strerror", None) or str(getattr(error, "orig", None) or error)
        reason = shown(" ".join(detail.split()), 200)
    return Worded(
        N_("cannot create the database {name} in {folder}: {reason}. Nothing was created."),
        name=path.name,
        folder=str(folder),
        reason=reason,
    )


def _check_revision(path: Path, scales: Scales | None = None) -> str:
    """The revision of a healthy wen-assess database this app can open; else DatabaseError."""
    current = _check_healthy(path, scales)
    if current is not None and (refusal := newer_than_app(str(path), current)):
        raise refusal
    if current is None:
        raise DatabaseError(
            Worded(
                N_(
                    "{path} is an SQLite database, but not one of wen-assess: it was left "
                    "unchanged."
                ),
                path=str(path),
            )
        )
    return current


def _open_checked(path: Path, fresh: bool, current: str | None) -> Database:
    head = HEAD_REVISION

    backup = None
    if current is not None and current != head:
        backup = _backup(path, current)
    engine = make_engine(path)
    try:
        if fresh:
            with engine.begin() as connection:
                create_schema(connection)
        elif current != head:
            _upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    upgraded = current if current not in (None, head) else None
    return Database(Location(path=path), engine, sessions, backup, upgraded)


# Cost at open on this machine (2 shared cores, warm cache), G2 assessments of 47 answers with
# 140-character justifications (median of 3-5 runs; see docs/reliability.md):
#   assessments   file      integrity_check  quick_check  row values  levels
#            10    0.2 MB          0.4 ms       0.3 ms       2 ms      0.4 ms
#         1,000   10.6 MB           39 ms        18 ms     165 ms       17 ms
#        10,000  105.7 MB          313 ms       142 ms    1.3 s        106 ms
# integrity_check also compares every index with its table (quick_check does not: a damaged
# index passes it, and the app would then write through that index). Up to 64 MB (about 6,000
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _check_healthy(path: Path, scales: Scales | None = None) -> str | None:
    """Refuse a file that is not a healthy SQLite database; return its schema revision."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_SIGNATURE))
    except OSError as error:
        raise DatabaseError(_unreadable(path, error)) from None
    if header != SQLITE_SIGNATURE:
        raise DatabaseError(
            Worded(
                N_(
                    "{path} is not a wen-assess database (not an SQLite file). It was left "
                    "unchanged; choose another file or move this one away."
                ),
                path=str(path),
            )
        )
    full = path.stat().st_size <= FULL_CHECK_MAX_BYTES
    token = open_cache.fingerprint(path)
    checked_before = open_cache.already_checked(path, token)
    revision = None
    try:
        conn = _read_only(path)
        # SQLite's report quotes damaged bytes, which need not be UTF-8.
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            if checked_before:  # these very bytes passed: only the questionnaires may differ
                revision = _revision(conn)
                verdict = level_problem(conn.execute, scales) or "ok"
            else:
                check = "integrity_check(20)" if full else "quick_check(20)"
                rows = conn.execute(f"PRAGMA {check}").fetchall()
                verdict = "; ".join(str(row[0]) for row in rows)
            if verdict == "ok" and not checked_before:
                revision = _revision(conn)
                if revision == HEAD_REVISION:
                    verdict = (
                        _check_schema(conn)
                        or check_rows(conn)
                        or level_problem(conn.execute, scales)
                        or "ok"
                    )
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        verdict = str(error)
    except UnicodeDecodeError:  # an error whose words quote damaged bytes cannot be decoded
        verdict = Worded(N_("SQLite's report on it quotes bytes that are not text"))
    if verdict != "ok":
        raise DatabaseError(damaged(str(path), verdict))
    if revision == HEAD_REVISION and not checked_before:
        open_cache.remember(path, token)
    return revision


def _check_schema(conn: sqlite3.Connection) -> str | None:
    """What is missing from the tables the app reads and writes, or None."""
    for table in Base.metadata.sorted_tables:
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
        if not columns:
            return f"the table {table.name} is missing"
        missing = sorted(c.name for c in table.columns if c.name not in columns)
        if missing:
            return f"the table {table.name} has no column {', '.join(missing)}"
    return None


def level_problem_in(path: Path | None, scales: Scales) -> str | None:
    """The level check (database.level_problem) on a read-only connection to the file."""
    assert path is not None
    conn = _read_only(path)
    try:
        return level_problem(conn.execute, scales)
    finally:
        conn.close()


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the database file itself.

    Not ``immutable``: that would skip locking, and another program may be writing. Opening a
    WAL database read-only may create -wal/-shm files; ``open_database`` removes the ones it
    created when it refuses the file.
    """
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _revision(conn: sqlite3.Connection) -> str | None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _backup(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")
    # The SQLite backup API copies a consistent snapshot, including pages still in the WAL.
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(backup)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    shutil.copymode(path, backup)
    return backup


def _upgrade(engine: Engine) -> None:
    with engine.connect() as connection:
        # Batch migrations rebuild tables (DROP + CREATE); with foreign keys on, dropping
        # the parent table would cascade and delete every child row.
        raw = connection.connection.driver_connection  # outside any transaction, as SQLite needs
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                run_upgrade(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(
                        f"the upgrade would leave {len(broken)} broken references; "
                        "the database was not changed (a backup is beside it)"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
