"""Open the assessments database safely: create, upgrade with a backup, or refuse.

Lifecycle on open:
- no file (or an empty one): create every table and stamp the newest migration;
- a file at an older migration: copy it to a backup beside it, then upgrade;
- a file from a newer app: refuse with a clear message and leave it alone;
- a file that is not a healthy SQLite database: refuse, leaving it byte-for-byte untouched.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import sqlite3
import stat
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    String,
    Table,
    create_engine,
    event,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from wen_assess.errors import AppError, shown
from wen_assess.storage import open_cache
from wen_assess.storage.models import Base

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The newest migration. Opening a database already at this revision needs no Alembic import
# (~0.2 s of start-up); tests/test_migrations.py checks it matches the migration scripts.
HEAD_REVISION = "0006"

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000  # a second process saving at the same moment waits, not fails


# Questionnaire id and version -> the values of its scale.
Scales = Mapping[tuple[str, str], Collection[int]]


class DatabaseError(AppError):
    """The database cannot be opened; the message says why and what to do."""


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "wen_assess.storage:migrations")
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (they do not change while it runs)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def script_head_revision() -> str | None:
    """The head according to the migration scripts (slow: imports Alembic)."""
    return _scripts().get_current_head()


def _known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

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
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        # A write transaction takes the write lock before it reads, so a summary or a
        # completion check can never be based on what another process has since changed.
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None  # set when opening upgraded an older file

    def close(self, *, remember_checked: bool = False) -> None:
        """Close every connection. ``remember_checked``: the app is done with a file it
        checked at open and has since changed only through its own checked writes, so the
        next open may skip the full check while its bytes stay exactly these."""
        self.engine.dispose()
        if remember_checked:
            open_cache.remember(self.path, open_cache.fingerprint(self.path))


def open_database(path: Path | str, *, scales: Scales | None = None) -> Database:
    """Open, create or upgrade the database at ``path``; DatabaseError if it cannot be used.

    ``scales`` (questionnaire id and version to its level values) lets the check refuse a
    stored level that is off its questionnaire's scale, which would otherwise fail later in
    scoring. Without it, levels are checked against the widest scale any questionnaire has.
    """
    path = Path(path)
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
                f"{path} is a link to a file that does not exist. Choose another database file."
            ) from None
        return True
    except OSError as error:
        raise DatabaseError(f"{path} cannot be read: {error.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        # Opening a FIFO would hang, and SQLite would write over a device.
        raise DatabaseError(f"{path} is {kind}, not a database file. Choose another file.")
    return st.st_size == 0


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
            f"{path} is read-only: wen-assess saves every change, so it cannot use it. The file "
            "was left unchanged; make it writable, or copy it to a folder you can write to."
        )
    if not _folder_is_writable(folder):
        raise DatabaseError(
            f"{path} is in a read-only folder ({folder}): wen-assess writes its journal beside "
            "the database, so it cannot use it there. The file was left unchanged; copy it to "
            "a folder you can write to."
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
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        reason = "the folder is read-only (choose a folder you can write to)"
    elif getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in text:
        reason = "the disk is full (free some space and try again)"
    elif "unable to open" in text and not _folder_is_writable(folder):
        reason = "the folder is read-only (choose a folder you can write to)"
    elif "disk i/o error" in text or getattr(error, "errno", None) == errno.EFBIG:
        reason = "the disk could not be written (it may be full or removed; free some space)"
    else:
        detail = getattr(error, "strerror", None) or str(getattr(error, "orig", None) or error)
        reason = shown(" ".join(detail.split()), 200)
    return f"cannot create the database {path.name} in {folder}: {reason}. Nothing was created."


def _check_revision(path: Path, scales: Scales | None = None) -> str:
    """The revision of a healthy wen-assess database this app can open; else DatabaseError."""
    current = _check_healthy(path, scales)
    head = HEAD_REVISION
    if current is not None and current != head and current not in _known_revisions():
        raise DatabaseError(
            f"{path} was written by a newer version of wen-assess (schema {current}). "
            "Install the newer version to open it; this version has left the file unchanged."
        )
    if current is None:
        raise DatabaseError(
            f"{path} is an SQLite database, but not one of wen-assess: it was left unchanged."
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
            Base.metadata.create_all(engine)
            _stamp(engine, head)
        elif current != head:
            _upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), backup)


# Cost at open on this machine (2 shared cores, warm cache), G2 assessments of 47 answers with
# 140-character justifications (median of 3-5 runs; see docs/reliability.md):
#   assessments   file      integrity_check  quick_check  row values  levels
#            10    0.2 MB          0.4 ms       0.3 ms       2 ms      0.4 ms
#         1,000   10.6 MB           39 ms        18 ms     165 ms       17 ms
#        10,000  105.7 MB          313 ms       142 ms    1.3 s        106 ms
# integrity_check also compares every index with its table (quick_check does not: a damaged
# index passes it, and the app would then write through that index). Up to 64 MB (about 6,000
# assessments, ~0.2 s) the full check is affordable at every open; above, quick_check.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _check_healthy(path: Path, scales: Scales | None = None) -> str | None:
    """Refuse a file that is not a healthy SQLite database; return its schema revision."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(f"{path} cannot be read: {error.strerror}") from None
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not a wen-assess database (not an SQLite file). It was left unchanged; "
            "choose another file or move this one away."
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
                verdict = _check_levels(conn, scales) or "ok"
            else:
                check = "integrity_check(20)" if full else "quick_check(20)"
                rows = conn.execute(f"PRAGMA {check}").fetchall()
                verdict = "; ".join(str(row[0]) for row in rows)
            if verdict == "ok" and not checked_before:
                revision = _revision(conn)
                if revision == HEAD_REVISION:
                    verdict = (
                        _check_schema(conn)
                        or _check_rows(conn)
                        or _check_levels(conn, scales)
                        or "ok"
                    )
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        verdict = str(error)
    if verdict != "ok":
        detail = shown(" ".join(str(verdict).split()), 200)  # SQLite's report spans lines
        raise DatabaseError(
            f"{path} is damaged ({detail}). It was left unchanged; restore a backup "
            "(wen-assess keeps one beside the file before each upgrade)."
        )
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


_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_TIME = "[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"


def _date_ok(name: str) -> str:
    """A real calendar date in the first 10 characters, which match _DATE (year 1 to 9999).

    date(x) echoes 2025-02-30 as it is; through julianday() it becomes 2025-03-02.
    """
    day = f"substr({name}, 1, 10)"
    return (
        f"substr({name}, 1, 4) > '0000' AND substr({name}, 6, 2) BETWEEN '01' AND '12' "
        f"AND substr({name}, 9, 2) BETWEEN '01' AND '31' "
        f"AND (substr({name}, 9, 2) <= '28' OR date(julianday({day})) = {day})"
    )


def _valid_value(column: Column) -> str:
    """An SQL condition true when the column's value reads back into Python cleanly.

    A damaged or hand-edited file can hold any value of any type: these mirror what
    SQLAlchemy and the records accept, so a bad row is refused when the file is opened
    instead of crashing every command that later reads it.
    """
    name = f'"{column.name}"'
    kind = column.type
    if isinstance(kind, Boolean):
        cond = f"{name} IN (0, 1)"
    elif isinstance(kind, DateTime):
        # Field by field: SQLite's date() and time() on every row cost 0.5 s for 10,000
        # assessments; date() is needed only for the 29th to 31st of a month.
        cond = (
            f"typeof({name}) = 'text' AND ({name} GLOB '{_DATE} {_TIME}' OR {name} GLOB "
            f"'{_DATE} {_TIME}.[0-9][0-9][0-9][0-9][0-9][0-9]') AND {_date_ok(name)} "
            f"AND substr({name}, 12, 2) < '24' AND substr({name}, 15, 2) < '60' "
            f"AND substr({name}, 18, 2) < '60'"
        )
    elif isinstance(kind, Date):
        cond = f"typeof({name}) = 'text' AND {name} GLOB '{_DATE}' AND {_date_ok(name)}"
    elif isinstance(kind, JSON):
        # The only JSON column is a list of texts (member countries).
        cond = (
            f"typeof({name}) = 'text' AND json_valid({name}) AND json_type({name}) = 'array' "
            f"AND NOT EXISTS (SELECT 1 FROM json_each({name}) WHERE type <> 'text')"
        )
    elif isinstance(kind, Integer):
        cond = f"typeof({name}) = 'integer'"
    elif isinstance(kind, Float):
        cond = f"typeof({name}) IN ('integer', 'real')"
    elif isinstance(kind, String):  # Text is a String
        cond = f"typeof({name}) = 'text'"
    else:  # a new column type: make this function learn it (tests/storage fails)
        raise TypeError(f"no value check for {column.table.name}.{column.name}: {kind!r}")
    if column.nullable:
        cond = f"{name} IS NULL OR ({cond})"
    return cond


# Beyond the column types and the tables' own CHECK constraints (an old or hand-made file may
# lack those): every questionnaire scale lies within 0..100 (questionnaire.model.ScaleLevel).
_EXTRA_CHECKS = {
    ("answer", "level"): '"level" IS NULL OR "level" BETWEEN 0 AND 100',
    ("response_answer", "level"): '"level" IS NULL OR "level" BETWEEN 0 AND 100',
}


def _constraint_checks(table: Table) -> list[tuple[str, str]]:
    """The table's CHECK constraints (statuses, working language, level or N/A), as the models
    declare them, so a value the app would refuse to write is refused when the file opens."""
    return [
        (str(c.name).removeprefix(f"ck_{table.name}_"), str(c.sqltext))
        for c in table.constraints
        if isinstance(c, CheckConstraint)
    ]


def _check_rows(conn: sqlite3.Connection) -> str | None:
    """The first row value the app could not read back, as 'table.column (row N)', or None.

    One scan per table. Texts are read whole with the default decoder, which fails on bytes
    that are not UTF-8, the way reading the row later would.
    """
    conn.text_factory = str
    for table in Base.metadata.sorted_tables:
        checks = [(c.name, _valid_value(c)) for c in table.columns]
        checks += [(col, cond) for (tab, col), cond in _EXTRA_CHECKS.items() if tab == table.name]
        checks += _constraint_checks(table)
        cases = " ".join(f"WHEN NOT ({cond}) THEN '{col}'" for col, cond in checks)
        bad = conn.execute(
            f'SELECT rowid, CASE {cases} END AS bad FROM "{table.name}" '
            "WHERE bad IS NOT NULL LIMIT 1"
        ).fetchone()
        if bad:
            return f"the value of {table.name}.{bad[1]} in row {bad[0]} cannot be read"
        texts = [c.name for c in table.columns if isinstance(c.type, String | JSON)]
        if texts:
            bad = _first_non_utf8(conn, table.name, texts)
            if bad:
                return bad
    return None


def check_levels(database: Database, scales: Scales) -> None:
    """The open-time level check on its own, for a caller that opened without ``scales``.

    The app shows its window before reading the questionnaires (start-up time), then runs
    this before anything can write; DatabaseError if a stored level is off its scale.
    """
    conn = _read_only(database.path)
    try:
        problem = _check_levels(conn, scales)
    finally:
        conn.close()
    if problem:
        raise DatabaseError(
            f"{database.path} is damaged ({problem}). It was left unchanged; restore a backup "
            "(wen-assess keeps one beside the file before each upgrade)."
        )


def _check_levels(conn: sqlite3.Connection, scales: Scales | None) -> str | None:
    """The first stored level that is not on its questionnaire's scale, or None."""
    for (questionnaire_id, version), values in (scales or {}).items():
        allowed = ", ".join(str(int(v)) for v in values)
        bad = conn.execute(
            "SELECT a.id, ans.item_id, ans.level FROM answer ans "
            "JOIN assessment a ON a.id = ans.assessment_id "
            "WHERE a.questionnaire_id = ? AND a.questionnaire_version = ? "
            f"AND ans.level IS NOT NULL AND ans.level NOT IN ({allowed}) LIMIT 1",
            (questionnaire_id, version),
        ).fetchone()
        if bad:
            return (
                f"assessment {bad[0]}: the answer to {shown(bad[1], 64)} has level {bad[2]}, "
                f"which is not on the scale of {shown(questionnaire_id, 64)} ({allowed})"
            )
    return None


def _first_non_utf8(conn: sqlite3.Connection, table: str, texts: list[str]) -> str | None:
    # Reading rows one by one costs ~0.3 s for 10,000 assessments. SQLite joins a range of
    # rows' texts into one value instead (a line feed between them, so bytes of two texts can
    # never combine into a valid character), which the sqlite3 module decodes in C and fails
    # on if any byte is not UTF-8. Only then are that range's rows decoded one by one, to
    # name the row.
    joined = " || char(10) || ".join(f"""coalesce(CAST("{t}" AS TEXT), '')""" for t in texts)
    low, high = conn.execute(f'SELECT min(rowid), max(rowid) FROM "{table}"').fetchone()
    if low is None:
        return None
    for start in range(low, high + 1, _TEXT_CHUNK_ROWS):
        bounds = (start, start + _TEXT_CHUNK_ROWS - 1)
        try:
            conn.execute(
                f'SELECT group_concat({joined}, char(10)) FROM "{table}" '
                "WHERE rowid BETWEEN ? AND ?",
                bounds,
            ).fetchone()
            continue
        except sqlite3.OperationalError:
            pass
        blobs = ", ".join(f'CAST("{t}" AS BLOB)' for t in texts)
        query = f'SELECT rowid, {blobs} FROM "{table}" WHERE rowid BETWEEN ? AND ?'
        for row in conn.execute(query, bounds):
            for name, raw in zip(texts, row[1:], strict=True):
                try:
                    if raw is not None:
                        raw.decode("utf-8")
                except UnicodeDecodeError:
                    return f"the text of {table}.{name} in row {row[0]} is not UTF-8"
    return None


_TEXT_CHUNK_ROWS = 20_000  # a few MB of text per query at most


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


def _stamp(engine: Engine, revision: str) -> None:
    from alembic.runtime.migration import MigrationContext

    with engine.begin() as connection:
        MigrationContext.configure(connection).stamp(_scripts(), revision)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        # Batch migrations rebuild tables (DROP + CREATE); with foreign keys on, dropping
        # the parent table would cascade and delete every child row.
        raw = connection.connection.driver_connection  # outside any transaction, as SQLite needs
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(
                        f"the upgrade would leave {len(broken)} broken references; "
                        "the database was not changed (a backup is beside it)"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
