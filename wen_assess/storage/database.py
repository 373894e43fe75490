"""Open the assessments database safely: create, upgrade with a backup, or refuse.

Lifecycle on open:
- no file (or an empty one): create every table and stamp the newest migration;
- a file at an older migration: copy it to a backup beside it, then upgrade;
- a file from a newer app: refuse with a clear message and leave it alone;
- a file that is not a healthy SQLite database: refuse, leaving it byte-for-byte untouched.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from wen_assess.errors import AppError
from wen_assess.storage.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration. Opening a database already at this revision needs no Alembic import
# (~0.2 s of start-up); tests/test_migrations.py checks it matches the migration scripts.
HEAD_REVISION = "0002"

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000  # a second process saving at the same moment waits, not fails


class DatabaseError(AppError):
    """The database cannot be opened; the message says why and what to do."""


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "wen_assess.storage:migrations")
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def script_head_revision() -> str | None:
    """The head according to the migration scripts (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


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

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str) -> Database:
    path = Path(path)
    fresh = not path.exists() or path.stat().st_size == 0
    side_files = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = {side for side in side_files if side.exists()}
    try:
        current = None if fresh else _check_revision(path)
    except DatabaseError:
        for side in side_files:  # a refused file is left exactly as it was found
            if side not in existed:
                side.unlink(missing_ok=True)
        raise
    return _open_checked(path, fresh, current)


def _check_revision(path: Path) -> str:
    """The revision of a healthy wen-assess database this app can open; else DatabaseError."""
    current = _check_healthy(path)
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

    path.parent.mkdir(parents=True, exist_ok=True)
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


def _check_healthy(path: Path) -> str | None:
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
    revision = None
    try:
        conn = _read_only(path)
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict == "ok":
                revision = _revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        verdict = str(error)
    if verdict != "ok":
        detail = " ".join(str(verdict).split())[:200]  # SQLite's report spans lines
        raise DatabaseError(
            f"{path} is damaged ({detail}). It was left unchanged; restore a backup "
            "(wen-assess keeps one beside the file before each upgrade)."
        )
    return revision


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
    from alembic.script import ScriptDirectory

    with engine.begin() as connection:
        MigrationContext.configure(connection).stamp(
            ScriptDirectory.from_config(alembic_config()), revision
        )


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
