"""A shared PostgreSQL server as the database: connect, create, check, upgrade on request.

Unlike a coordinator's file, a server database is used by other people at the same time:
- an empty database gets every table, stamped at the newest revision;
- one at an older revision is upgraded only when the user confirms (``upgrade``), since the
  others' older apps cannot read it afterwards; without it, :class:`UpgradeNeeded`;
- one from a newer app, or one holding other tables, is refused and left alone.

Writes are serialised the way SQLite's ``BEGIN IMMEDIATE`` serialises them: a write
transaction first takes one database-wide advisory lock (``pg_advisory_xact_lock``, released
at commit or rollback), then reads what it changes. Row locks (``SELECT … FOR UPDATE``) cannot
lock a row that does not exist yet (the import's "is this uuid already here?"), and
``SERIALIZABLE`` would need every command to be safe to re-run after a serialisation failure;
one lock around changes that each take a few milliseconds costs a team of reviewers nothing.
Readers never wait for it.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.messages import Worded
from wen_assess.storage import database as common
from wen_assess.storage.database import (
    HEAD_REVISION,
    Database,
    DatabaseError,
    Scales,
    UpgradeNeeded,
    create_schema,
    damaged,
    level_problem,
    newer_than_app,
    run_upgrade,
)
from wen_assess.storage.location import Location
from wen_assess.storage.models import Base

# The one advisory lock every write takes: "wen-asse" in ASCII, an arbitrary fixed number
# that another application sharing the server is unlikely to use.
WRITE_LOCK_KEY = 0x77656E2D61737365
CONNECT_TIMEOUT_S = 10

_LOCK = text("SELECT set_config('lock_timeout', :timeout, true), pg_advisory_xact_lock(:key)")


def driver_missing(label: str) -> DatabaseError:
    return DatabaseError(
        Worded(
            N_(
                "{label} is a PostgreSQL database, but the PostgreSQL driver is not installed: "
                "install it with {command}"
            ),
            label=label,
            command='pip install "wen-assess[postgres]"',
        )
    )


def make_engine(location: Location) -> Engine:
    try:
        import psycopg  # noqa: F401  (SQLAlchemy imports it only at the first connection)
    except ImportError:
        raise driver_missing(location.label) from None
    engine = create_engine(
        location.url,  # type: ignore[arg-type]
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "wen-assess"},
        pool_pre_ping=True,  # a server restarted overnight: reconnect, not fail the next save
    )

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get("write", False):
            take_write_lock(connection)

    return engine


def take_write_lock(connection: Connection) -> None:
    """Wait (at most BUSY_TIMEOUT_MS) until no one else is writing; held until commit."""
    timeout = f"{int(common.BUSY_TIMEOUT_MS)}ms"
    connection.execute(_LOCK, {"timeout": timeout, "key": WRITE_LOCK_KEY})


def open_server(location: Location, *, scales: Scales | None = None, upgrade: bool = False):
    """The Database on the server ``location`` names; DatabaseError or UpgradeNeeded if not."""
    engine = make_engine(location)
    try:
        upgraded_from = _prepare(engine, location, scales, upgrade)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseError(connection_problem(location, error)) from None
    except SQLAlchemyError as error:
        engine.dispose()
        detail = shown(location.redact(str(error)), 200)
        raise DatabaseError(cannot_open(location, detail)) from None
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(location, engine, sessions, None, upgraded_from)


def _prepare(engine: Engine, location: Location, scales: Scales | None, upgrade: bool):
    """Create, check or upgrade the schema; the revision an upgrade started from, or None."""
    label = location.label
    with engine.connect() as connection:
        current = _revision(connection)
        tables = current is None and _has_tables(connection)
        connection.rollback()  # end the reads' transaction: a change below begins its own
        if current is None:
            if tables:
                raise DatabaseError(
                    Worded(
                        N_(
                            "{label} holds other tables, not those of wen-assess: it was left "
                            "unchanged. Give wen-assess a database of its own."
                        ),
                        label=label,
                    )
                )
            try:
                with connection.begin():
                    take_write_lock(connection)  # two first starts at once: one creates
                    if _revision(connection) is None:
                        create_schema(connection)
            except DBAPIError as error:
                if "permission denied" not in str(error.orig).lower():
                    raise
                raise DatabaseError(
                    Worded(
                        N_(
                            "{label} has no wen-assess tables yet, and this user may not create "
                            "them: open it once as the database's owner (see the README)"
                        ),
                        label=label,
                    )
                ) from None
            return None
        if refusal := newer_than_app(label, current):
            raise refusal
        if current != HEAD_REVISION:
            if not upgrade:
                raise UpgradeNeeded(label, current)
            with connection.begin():
                take_write_lock(connection)
                if _revision(connection) != HEAD_REVISION:
                    run_upgrade(connection)  # one transaction: all of it, or nothing
            return current
        problem = _schema_problem(connection) or level_problem(
            lambda sql, params: connection.execute(text(sql), params), scales
        )
        connection.rollback()
        if problem:
            raise DatabaseError(damaged(label, problem, backups=False))
    return None


def _revision(connection: Connection) -> str | None:
    if connection.scalar(text("SELECT to_regclass('alembic_version')")) is None:
        return None
    return connection.scalar(text("SELECT version_num FROM alembic_version"))


def _has_tables(connection: Connection) -> bool:
    return bool(
        connection.scalar(
            text(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        )
    )


def _schema_problem(connection: Connection) -> str | None:
    """What is missing from the tables the app reads and writes, or None."""
    rows = connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )
    ).all()
    present: dict[str, set[str]] = {}
    for table, column in rows:
        present.setdefault(table, set()).add(column)
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            return Worded(N_("the table {table} is missing"), table=table.name)
        missing = sorted(c.name for c in table.columns if c.name not in present[table.name])
        if missing:
            return Worded(
                N_("the table {table} has no column {columns}"),
                table=table.name,
                columns=", ".join(missing),
            )
    return None


def connection_problem(location: Location, error: DBAPIError) -> str:
    """One line naming the database (password hidden) and what went wrong."""
    detail = location.redact(str(error.orig) if error.orig is not None else str(error))
    lowered = detail.lower()
    url = location.url
    where = f"{url.host or 'localhost'}:{url.port or 5432}" if url is not None else ""
    if "connection refused" in lowered or "no such file or directory" in lowered:
        problem = Worded(
            N_("no server answers at {where} (is it running, and is the address right?)"),
            where=where,
        )
    elif "password authentication failed" in lowered or "no password supplied" in lowered:
        problem = Worded(
            N_(
                "the server refused the user name or password (check the URL, PGPASSWORD or "
                "your .pgpass file)"
            )
        )
    elif "does not exist" in lowered and "database" in lowered:
        problem = Worded(
            N_("the server has no database {name}"), name=(url.database or "") if url else ""
        )
    elif "does not exist" in lowered and "role" in lowered:
        problem = Worded(
            N_("the server has no user {name}"), name=(url.username or "") if url else ""
        )
    elif "timeout" in lowered:
        problem = Worded(N_("the server at {where} did not answer in time"), where=where)
    elif "could not translate host name" in lowered or "failed to resolve" in lowered:
        problem = Worded(
            N_("the server name {host} is not known"), host=(url.host or "") if url else ""
        )
    elif "permission denied" in lowered:
        problem = Worded(N_("the user may not do this here (ask for the privileges in the README)"))
    else:
        problem = shown(" ".join(detail.split()), 200)  # the server's own words
    return cannot_open(location, problem)


def cannot_open(location: Location, problem: str) -> Worded:
    return Worded(
        N_("cannot open the database {label}: {problem}"), label=location.label, problem=problem
    )
