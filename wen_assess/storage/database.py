"""Open the assessments database: an SQLite file, or a shared PostgreSQL server.

What both have in common lives here: the schema revision the app needs, the Alembic
migrations that create and upgrade either kind, the check of stored levels, and the
:class:`Database` every other module holds. The lifecycle of each kind is in its own module:
``storage.sqlite`` (a file: created, checked, upgraded automatically with a backup beside it)
and ``storage.postgres`` (a server others use too: upgraded only when the user confirms).
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.messages import Worded
from wen_assess.storage.location import DatabaseError, Location, locate

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

__all__ = [
    "BUSY_TIMEOUT_MS",
    "HEAD_REVISION",
    "Database",
    "DatabaseError",
    "UpgradeNeeded",
    "alembic_config",
    "check_levels",
    "open_database",
    "script_head_revision",
]

# The newest migration. Opening a database already at this revision needs no Alembic import
# (~0.2 s of start-up); tests/test_migrations.py checks it matches the migration scripts.
HEAD_REVISION = "0007"

# A second writer waits this long for the first one (SQLite's busy timeout, PostgreSQL's
# lock_timeout), then gives up with a message rather than failing at once.
BUSY_TIMEOUT_MS = 10_000

# Questionnaire id and version -> the values of its scale.
Scales = Mapping[tuple[str, str], Collection[int]]


class UpgradeNeeded(DatabaseError):
    """A server database at an older revision: upgrading it needs the user's consent."""

    def __init__(self, label: str, current: str):
        self.label, self.current, self.head = label, current, HEAD_REVISION
        super().__init__(
            Worded(
                N_(
                    "the database {label} is at version {current}; this version of wen-assess "
                    "needs {head}. Other people may use it: once everyone has this version, run "
                    "the command again with --upgrade to upgrade it."
                ),
                label=label,
                current=current,
                head=HEAD_REVISION,
            )
        )


@dataclass
class Database:
    location: Location
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None  # set when opening upgraded an older SQLite file
    upgraded_from: str | None = None  # the revision an upgrade at open started from

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None on a server."""
        return self.location.path

    @property
    def label(self) -> str:
        """The database as shown to people (a server's password hidden)."""
        return self.location.label

    def close(self, *, remember_checked: bool = False) -> None:
        """Close every connection. ``remember_checked``: the app is done with a file it
        checked at open and has since changed only through its own checked writes, so the
        next open may skip the full check while its bytes stay exactly these."""
        self.engine.dispose()
        if remember_checked and self.path is not None:
            from wen_assess.storage import open_cache

            open_cache.remember(self.path, open_cache.fingerprint(self.path))


def open_database(
    target: Path | str | Location, *, scales: Scales | None = None, upgrade: bool = False
) -> Database:
    """Open, create or upgrade the database ``target`` names; DatabaseError if it cannot be used.

    ``scales`` (questionnaire id and version to its level values) lets the check refuse a
    stored level that is off its questionnaire's scale, which would otherwise fail later in
    scoring. An SQLite file is always upgraded (after a backup); a server database only with
    ``upgrade`` (else UpgradeNeeded).
    """
    location = locate(target)
    if location.is_server:
        from wen_assess.storage import postgres

        return postgres.open_server(location, scales=scales, upgrade=upgrade)
    from wen_assess.storage import sqlite

    return sqlite.open_file(location, scales=scales)


def check_levels(database: Database, scales: Scales) -> None:
    """The open-time level check on its own, for a caller that opened without ``scales``.

    The app shows its window before reading the questionnaires (start-up time), then runs
    this before anything can write; DatabaseError if a stored level is off its scale.
    """
    if database.location.is_server:
        from sqlalchemy import text

        with database.engine.connect() as conn:
            problem = level_problem(lambda sql, params: conn.execute(text(sql), params), scales)
    else:
        from wen_assess.storage import sqlite

        problem = sqlite.level_problem_in(database.location.path, scales)
    if problem:
        raise DatabaseError(
            damaged(database.label, problem, backups=not database.location.is_server)
        )


def damaged(label: str, problem: str, *, backups: bool = True) -> str:
    """The message for a database that cannot be used: ``problem`` is SQLite's or the level
    check's own report (quoted, on one line), or the app's words (a Worded, translated)."""
    advice = (
        N_("restore a backup (wen-assess keeps one beside the file before each upgrade)")
        if backups
        else N_("ask whoever looks after the server to restore a backup")
    )
    detail = problem if isinstance(problem, Worded) else shown(" ".join(problem.split()), 200)
    return Worded(
        N_("{label} is damaged ({detail}). It was left unchanged; {advice}."),
        label=label,
        detail=detail,
        advice=Worded(advice),
    )


def level_problem(execute: Any, scales: Scales | None) -> str | None:
    """The first stored level that is not on its questionnaire's scale, or None.

    ``execute(sql, params)`` runs the query on either kind of connection (named parameters).
    """
    for (questionnaire_id, version), values in (scales or {}).items():
        allowed = ", ".join(str(int(v)) for v in values)
        bad = execute(
            "SELECT a.id, ans.item_id, ans.level FROM answer ans "
            "JOIN assessment a ON a.id = ans.assessment_id "
            "WHERE a.questionnaire_id = :qid AND a.questionnaire_version = :version "
            f"AND ans.level IS NOT NULL AND ans.level NOT IN ({allowed}) LIMIT 1",
            {"qid": questionnaire_id, "version": version},
        ).fetchone()
        if bad:
            return Worded(
                N_(
                    "assessment {number}: the answer to {item} has level {level}, which is not "
                    "on the scale of {questionnaire} ({allowed})"
                ),
                number=bad[0],
                item=shown(bad[1], 64),
                level=bad[2],
                questionnaire=shown(questionnaire_id, 64),
                allowed=allowed,
            )
    return None


# ---- migrations, shared by both kinds ------------------------------------------------------


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "wen_assess.storage:migrations")
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


@functools.cache
def scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (they do not change while it runs)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def script_head_revision() -> str | None:
    """The head according to the migration scripts (slow: imports Alembic)."""
    return scripts().get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in scripts().walk_revisions()}


def newer_than_app(label: str, current: str) -> DatabaseError | None:
    """The refusal for a database a newer app has upgraded, or None."""
    if current == HEAD_REVISION or current in known_revisions():
        return None
    return DatabaseError(
        Worded(
            N_(
                "{label} was written by a newer version of wen-assess (schema {current}). "
                "Install the newer version to open it; this version has left it unchanged."
            ),
            label=label,
            current=current,
        )
    )


def create_schema(connection: Connection) -> None:
    """Every table, stamped at the newest revision, in the caller's transaction."""
    from alembic.runtime.migration import MigrationContext

    from wen_assess.storage.models import Base

    Base.metadata.create_all(connection)
    MigrationContext.configure(connection).stamp(scripts(), HEAD_REVISION)


def run_upgrade(connection: Connection) -> None:
    """Alembic's upgrade to the newest revision, in the caller's transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
