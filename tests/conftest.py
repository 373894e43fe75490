"""Shared test set-up: headless Qt, a throwaway data folder and database for every test, and
the shortcuts that make the suite fast without changing what it checks: bytecode kept between
processes, questionnaires parsed once, no fsync in in-process databases, a new SQLite file's
tables written from statements recorded once, the demo library imported once per test process
(an SQLite file and a PostgreSQL template) then copied, garbage collected less often once
everything is imported, and under -n one PostgreSQL server for all the workers, started while
they start.

Where the suite's time goes: ``PYTHONPATH=bench python -m pytest -n auto -p suite_timing``."""

import os
import shutil
import sys
import tempfile
from pathlib import Path

# Before anything imports PySide6: with no display Qt would abort with a misleading message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# With PYTHONDONTWRITEBYTECODE set (CI sets it, to keep the clone clean), every test process
# and every `python -m wen_assess` a test starts would compile the package and rewrite the
# test modules' asserts anew: seconds per worker. Keep the bytecode, outside the working tree.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
    sys.dont_write_bytecode = False
    sys.pycache_prefix = os.environ.setdefault(
        "PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "wen-assess-test-bytecode")
    )

import pytest

REPO = Path(__file__).resolve().parent.parent


def pytest_collection_finish(session: pytest.Session) -> None:
    """Collect garbage less often, as the app does once its window is up (ui/app.py).

    By now each test process has imported Qt, SQLAlchemy, ReportLab and every test module:
    hundreds of thousands of objects that live as long as the process, which the collector
    would walk again on each full pass only to free nothing. They are set aside for good
    (``gc.freeze``), and the youngest generation is collected after 50,000 allocations
    instead of 700: about a tenth of the suite's processor time, spent finding no garbage.
    Cyclic garbage is still freed, a little later; nothing a test checks depends on when."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    """Never read or write the user's real data folder or database."""
    data = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("WEN_ASSESS_DATA_DIR", str(data))
    monkeypatch.setenv("WEN_ASSESS_DB", str(data / "test.sqlite"))
    # Changes are recorded under this name; the app does not ask for one (ui/user_name.py).
    monkeypatch.setenv("WEN_ASSESS_USER", "Test user")
    return data


@pytest.fixture(autouse=True, scope="session")
def _questionnaires_parsed_once():
    """Each questionnaire file's bytes are parsed and validated once per test process.

    Hundreds of tests read the same bundled files (~30 ms each time), and many write the same
    user questionnaire into their own folder. The cache is keyed by the file's exact bytes: a
    parsed questionnaire does not hold the path it came from (only a refusal names it), and
    the models are frozen, so a test gets exactly what parsing would give it; a file that fails
    to parse is parsed (and refused, naming its own path) every time.
    """
    from wen_assess.questionnaire import loader

    parse = loader.parse_questionnaire
    parsed: dict[bytes, object] = {}

    def parse_once(raw: bytes, path: Path | str = "<questionnaire>"):  # type: ignore[no-untyped-def]
        if raw not in parsed:
            parsed[raw] = parse(raw, path)
        return parsed[raw]

    loader.parse_questionnaire = parse_once
    yield
    loader.parse_questionnaire = parse


@pytest.fixture(autouse=True, scope="session")
def _no_fsync_in_test_databases():
    """The app's connections commit with synchronous=FULL, which adds an fsync per change:
    the power-cut durability no test can observe, at several milliseconds per commit on a
    busy disk. In-process tests turn it off after the app's own pragmas; real app processes
    (tests/cli/test_cli_smoke.py, the kill tests) keep it, and
    tests/storage/test_storage_service.py checks that the app itself asks for FULL."""
    from sqlalchemy import event

    from wen_assess.storage import sqlite as database

    make_engine = database.make_engine

    def without_fsync(path):  # type: ignore[no-untyped-def]
        engine = make_engine(path)

        @event.listens_for(engine, "connect")
        def _synchronous_off(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.execute("PRAGMA synchronous=OFF")

        return engine

    without_fsync.__wrapped__ = make_engine  # type: ignore[attr-defined]
    database.make_engine = without_fsync
    yield
    database.make_engine = make_engine


@pytest.fixture(autouse=True, scope="session")
def _new_sqlite_schema_written_once():
    """A new SQLite database gets its tables from the statements the app's ``create_schema``
    ran for the first new database of the test process, run again in the same transaction.

    ``create_schema`` (SQLAlchemy's create_all, then the Alembic stamp) compiles every table's
    DDL and asks SQLite whether each table exists, every time: ~7 ms of a new database's ~10,
    for the hundreds of tests that start from a new file. The statements are the same each
    time (a fresh database, the same models and revision) and the file they leave is the same
    byte for byte; a creation that fails (read-only folder, full disk) fails on the same
    statements. The reads (PRAGMA, SELECT) are not run again: on a new file their answers
    are known."""
    from sqlalchemy import event

    from wen_assess.storage import sqlite as database

    create = database.create_schema
    written: list[tuple[str, object]] = []

    def create_once(connection) -> None:  # type: ignore[no-untyped-def]
        if written:
            for statement, parameters in written:
                connection.exec_driver_sql(statement, parameters).close()
            return
        ran: list[tuple[str, object]] = []

        def note(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
            ran.append((statement, parameters))

        event.listen(connection, "before_cursor_execute", note)
        try:
            create(connection)
        finally:
            event.remove(connection, "before_cursor_execute", note)
        reads = ("PRAGMA", "SELECT")
        kept = [(s, p) for s, p in ran if not s.lstrip().upper().startswith(reads)]
        # Only what is the same for every new database may be replayed: the tables, and the
        # revision stamped without parameters. Anything else (a value bound at creation, a
        # row that depends on the time) and every database is made by create_schema itself.
        if all(_same_for_every_database(s, p) for s, p in kept):
            written.extend(kept)

    create_once.__wrapped__ = create  # type: ignore[attr-defined]
    database.create_schema = create_once
    yield
    database.create_schema = create


def _same_for_every_database(statement: str, parameters: object) -> bool:
    words = statement.split()
    if words[:1] == ["CREATE"]:
        return not parameters
    return words[:3] == ["INSERT", "INTO", "alembic_version"] and not parameters


@pytest.fixture(scope="session")
def demo_library_file(tmp_path_factory) -> Path:
    """A database holding the five demo assessments, imported once per test process through
    the normal import (``add_demo_assessments``); use ``copy_of_demo_library`` for a copy."""
    from wen_assess.demo import add_demo_assessments
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService

    folder = tmp_path_factory.mktemp("demo-library")
    with pytest.MonkeyPatch.context() as patch:  # its own data folder, like every test
        patch.setenv("WEN_ASSESS_DATA_DIR", str(folder / "data"))
        patch.setenv("WEN_ASSESS_USER", "Test user")  # the name every test's changes carry
        database = open_database(folder / "library.sqlite")
        add_demo_assessments(AssessmentService(database, default_registry()))
        database.close()  # the last connection merges the write-ahead log into the file
    return database.path


def add_demo_library(service, demo_library_file: Path) -> None:  # type: ignore[no-untyped-def]
    """The five demo assessments in ``service``'s new, empty SQLite database, as
    ``add_demo_assessments`` leaves them (a copy of the demo library imported once)."""
    copy_database_into(service, demo_library_file)


def copy_database_into(service, source: Path) -> None:  # type: ignore[no-untyped-def]
    """Make ``service``'s new, empty SQLite database a copy of the database file ``source``
    (built once for many tests): SQLite's backup API through the service's own engine, a few
    milliseconds; the engine's other connections read the copy from their next query on."""
    import sqlite3

    assert not service.list_summaries(), "only an empty database is replaced by a copy"
    target = service.database.engine.raw_connection()
    try:
        origin = sqlite3.connect(source)
        try:
            origin.backup(target.driver_connection)
        finally:
            origin.close()
    finally:
        target.close()


def copy_of_sqlite(source: Path, path: Path) -> Path:
    """A copy of the SQLite database ``source`` at ``path``, made with SQLite's backup API:
    complete even while what was last written to ``source`` is still in its write-ahead log."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(path)) as copy:
        origin.backup(copy)
    return path


def copy_of_demo_library(demo_library_file: Path, path: Path) -> Path:
    """A fresh copy of the demo library at ``path`` (a file copy: ~1 ms, not ~150 ms)."""
    assert not path.with_name(path.name + "-wal").exists()
    shutil.copyfile(demo_library_file, path)
    return path


# ---- both databases: SQLite files and a throwaway PostgreSQL server (tests/pg_server.py) ----


_SERVER_FOR_WORKERS = pytest.StashKey["pg_server.ServerForWorkers"]()


def pytest_configure(config: pytest.Config) -> None:
    """With -n, the controller starts one PostgreSQL server for every worker, in the background
    while they start (unless CI gave one, or PostgreSQL is not installed)."""
    from pg_server import URL_VARIABLE, ServerForWorkers, binaries

    distributed = getattr(config.option, "dist", "no") != "no" and getattr(config.option, "tx", [])
    if (
        not distributed
        or config.getoption("collectonly")
        or "PYTEST_XDIST_WORKER" in os.environ
        or URL_VARIABLE in os.environ
        or binaries() is None
    ):
        return
    server = ServerForWorkers()
    server.begin()
    config.stash[_SERVER_FOR_WORKERS] = server


def pytest_unconfigure(config: pytest.Config) -> None:
    server = config.stash.get(_SERVER_FOR_WORKERS, None)
    if server is not None:
        server.end()


@pytest.fixture(scope="session")
def pg_databases():
    """Fresh databases on the server CI started, on the one the controller of this xdist run
    started (``pytest_configure``), or on one started for this test process."""
    from pg_server import (
        READY_VARIABLE,
        URL_VARIABLE,
        Databases,
        binaries,
        started_server,
        wait_until_ready,
    )

    admin_url = os.environ.get(URL_VARIABLE)
    if admin_url:
        wait_until_ready()
        databases = Databases(admin_url)
        yield databases
        # The controller's server is removed after the run: nothing of it to drop.
        databases.close(drop=READY_VARIABLE not in os.environ)
        return
    if binaries() is None:
        pytest.skip(f"no PostgreSQL server: install the postgresql package or set {URL_VARIABLE}")
    with started_server() as admin_url:
        databases = Databases(admin_url)
        yield databases
        databases.close(drop=False)  # the server and its folder are removed next


@pytest.fixture
def pg_url(pg_databases):
    """A fresh PostgreSQL database at the newest revision: its URL, password included."""
    url = pg_databases.create()
    yield url
    pg_databases.release(url)


@pytest.fixture(scope="session")
def demo_library_server(pg_databases, tmp_path_factory) -> str:
    """The five demo assessments on the PostgreSQL server, imported once per test process
    through the normal import: a name to give ``pg_databases.create(like=…)`` for a copy."""
    from wen_assess.demo import add_demo_assessments
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService

    def fill(url: str) -> None:
        with pytest.MonkeyPatch.context() as patch:  # its own data folder, like every test
            patch.setenv("WEN_ASSESS_DATA_DIR", str(tmp_path_factory.mktemp("demo-server-data")))
            patch.setenv("WEN_ASSESS_USER", "Test user")
            database = open_database(url)
            try:
                add_demo_assessments(AssessmentService(database, default_registry()))
            finally:
                database.close()

    return pg_databases.template_of(fill)


@pytest.fixture(params=["sqlite", "postgres"])
def new_db(request, tmp_path):
    """Makes databases of one kind (each test runs with both): ``new_db(name)`` is a new
    SQLite file's path, or a fresh PostgreSQL database's URL; ``new_db(name, demos=True)``
    one that already holds the five demo assessments (a copy of ``demo_library_file`` or of
    ``demo_library_server``)."""
    made: list[str] = []

    def make(name: str = "db", *, demos: bool = False) -> Path | str:
        if request.param == "sqlite":
            path = tmp_path / f"{name}.sqlite"
            if demos:
                copy_of_demo_library(request.getfixturevalue("demo_library_file"), path)
            return path
        databases = request.getfixturevalue("pg_databases")
        like = request.getfixturevalue("demo_library_server") if demos else None
        made.append(databases.create(like=like))
        return made[-1]

    yield make
    for url in made:
        request.getfixturevalue("pg_databases").release(url)


@pytest.fixture
def db_target(new_db):
    """One database of each kind: a new SQLite file's path, or a fresh PostgreSQL URL."""
    return new_db()
