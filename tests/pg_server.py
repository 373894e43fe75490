"""A throwaway PostgreSQL server for the tests, and a fresh database per test.

CI (`.ci/run`) starts one and sets WEN_ASSESS_TEST_PG_URL (a URL with a password, to an
administrative database such as ``postgres``). Without it, the tests start their own server
when PostgreSQL's binaries are installed, so `pytest` alone covers PostgreSQL too; with
neither, the PostgreSQL cases are skipped with a reason.

Each test gets a database emptied by the test before it (DELETE) or, the first time, a
copy of a migrated template (``CREATE DATABASE … TEMPLATE``), never by running the migrations
again. A filled database several tests start from (the demo library) is kept as its rows
(``COPY … TO STDOUT``) and loaded into an emptied one: far cheaper than a database copy, which
costs a few hundred milliseconds on a busy disk.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any

URL_VARIABLE = "WEN_ASSESS_TEST_PG_URL"
_numbers = count(1)


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them out of PATH), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A server on the loopback interface, in a temporary folder of its own. Its admin URL
    (with a password) is known before it starts."""

    def __init__(self) -> None:
        bin_dir = binaries()
        assert bin_dir is not None
        self._bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="wen-pg-"))
        password = secrets.token_hex(12)
        (self.folder / "pw").write_text(password)
        self._as_postgres: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root: the server runs as the postgres user
            shutil.chown(self.folder, "postgres")
            shutil.chown(self.folder / "pw", "postgres")
            self._as_postgres = ["runuser", "-u", "postgres", "--"]
        self._port = _free_port()
        self._data = self.folder / "data"
        self._started = False
        self.url = f"postgresql+psycopg://postgres:{password}@127.0.0.1:{self._port}/postgres"

    def _run(self, *command: str) -> None:
        subprocess.run(
            [*self._as_postgres, *command], check=True, capture_output=True, cwd=self.folder
        )

    def start(self) -> None:
        self._run(
            str(self._bin / "initdb"), "-D", str(self._data), "-U", "postgres",
            "--pwfile", str(self.folder / "pw"), "--auth-local=trust", "--auth-host=scram-sha-256",
            "--no-sync", "-E", "UTF8", "--locale=C",
        )  # fmt: skip
        # A throwaway server: durability off, which makes each test's CREATE DATABASE cheap.
        options = (
            f"-p {self._port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(str(self._bin / "pg_ctl"), "-D", str(self._data), "-o", options,
                  "-l", str(self.folder / "log"), "-w", "start")  # fmt: skip
        self._started = True

    def stop(self) -> None:
        """Stop the server (if it started) and remove its folder."""
        try:
            if self._started:
                self._run(str(self._bin / "pg_ctl"), "-D", str(self._data), "-m", "immediate",
                          "-w", "stop")  # fmt: skip
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def started_server() -> Iterator[str]:
    """Start a server on the loopback interface; yield its admin URL; stop and remove it."""
    server = Server()
    try:
        server.start()
        yield server.url
    finally:
        server.stop()


# ---- one server for the workers of a pytest-xdist run ------------------------------------------
READY_VARIABLE = "WEN_ASSESS_TEST_PG_READY"


class ServerForWorkers:
    """One server for every worker of a run, started by pytest-xdist's controller in the
    background while the workers start (each would otherwise start its own, ~1 s before its
    first PostgreSQL test). The workers inherit its URL and the path of a file that says, once
    the start is over, "ok" or why it failed; ``wait_until_ready`` reads it."""

    def __init__(self) -> None:
        self.server = Server()
        self._ready = self.server.folder / "ready"
        self._thread = threading.Thread(target=self._start, name="postgresql", daemon=True)

    def _start(self) -> None:
        try:
            self.server.start()
            outcome = "ok"
        except subprocess.CalledProcessError as error:
            outcome = f"{' '.join(error.cmd)} failed: {error.stderr.decode(errors='replace')}"
        except OSError as error:
            outcome = str(error)
        said = self._ready.with_name("ready.tmp")
        said.write_text(outcome, encoding="utf-8")
        os.replace(said, self._ready)  # whole or absent, for a worker reading it

    def begin(self) -> None:
        os.environ[URL_VARIABLE] = self.server.url
        os.environ[READY_VARIABLE] = str(self._ready)
        self._thread.start()

    def end(self) -> None:
        self._thread.join()
        os.environ.pop(URL_VARIABLE, None)
        os.environ.pop(READY_VARIABLE, None)
        self.server.stop()


def wait_until_ready(timeout: float = 120.0) -> None:
    """In a worker of a run whose controller starts the server: return once it accepts
    connections; raise, saying why, if it could not start."""
    said = os.environ.get(READY_VARIABLE)
    if said is None:
        return
    deadline = time.monotonic() + timeout
    while not os.path.exists(said):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the PostgreSQL server for the tests did not start in {timeout} s")
        time.sleep(0.02)
    outcome = Path(said).read_text(encoding="utf-8")
    if outcome != "ok":
        raise RuntimeError(f"the PostgreSQL server for the tests did not start: {outcome}")


class Databases:
    """Fresh databases on one server, each at the newest revision.

    A database a test has finished with is emptied (its rows deleted) and handed to the next
    test; the first ones are copies of a migrated template (``CREATE DATABASE … TEMPLATE``).
    A test that changes the schema itself asks for ``create(empty=True)``, which is dropped.
    """

    def __init__(self, admin_url: str):
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url)
        self.template = f"wen_template_{os.getpid()}"
        self._admin = self._connect(self.admin_url.database)
        self._free: list[str] = []
        # Our own connection to each database of ours, kept from test to test: loading and
        # emptying one then costs no new connection (~5 ms of authentication each).
        self._kept: dict[str, Any] = {}
        self._made: list[str] = []
        # Filled databases kept as rows: name -> ([(table, COPY data)], [(sequence, value)]).
        self._snapshots: dict[str, tuple[list[tuple[str, bytes]], list[tuple[str, int]]]] = {}
        self._admin.execute(f"DROP DATABASE IF EXISTS {self.template}")
        self._admin.execute(f"CREATE DATABASE {self.template}")
        from wen_assess.storage.database import HEAD_REVISION, open_database
        from wen_assess.storage.models import Base

        self._head = HEAD_REVISION

        open_database(self.url(self.template)).close()
        self._tables = [t.name for t in Base.metadata.sorted_tables]  # parents before children
        self._empty = self._emptying_statements()

    def _emptying_statements(self) -> str:
        """What empties a database as ``TRUNCATE … RESTART IDENTITY`` would: every row deleted
        (children first) and each sequence set back to its start. For tables of a few rows
        this costs the server a few milliseconds; TRUNCATE gives each table new files (~40 ms
        of server time per test, invisible in the test's own timings)."""
        with self._connect(self.template) as connection:
            sequences = connection.execute(
                "SELECT sequencename, start_value FROM pg_sequences "
                "WHERE schemaname = current_schema()"
            ).fetchall()
        deletes = [f"DELETE FROM {table}" for table in reversed(self._tables)]
        restarts = [f"SELECT setval('{name}', {start}, false)" for name, start in sequences]
        return "; ".join([*deletes, *restarts])

    def _connect(self, name: str | None):  # type: ignore[no-untyped-def]
        import psycopg

        url = self.admin_url
        return psycopg.connect(
            host=url.host, port=url.port, user=url.username, password=url.password,
            dbname=name, autocommit=True,
        )  # fmt: skip

    def url(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, empty: bool = False, like: str | None = None) -> str:
        """A database at the newest revision (or ``empty``, or a copy of the database
        ``like`` names, made by ``template_of``): its URL, with the password."""
        if like in self._snapshots:
            url = self.create()
            self._load(url, *self._snapshots[like])
            return url
        if self._free and not empty and like is None:
            return self.url(self._free.pop())
        name = f"wen_test_{os.getpid()}_{next(_numbers)}"
        template = "template0" if empty else (like or self.template)
        self._admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        if not empty:
            self._made.append(name)  # emptied when released, it serves any later test
        return self.url(name)

    def template_of(self, fill: Callable[[str], object]) -> str:
        """A name for what ``fill(url)`` puts in a fresh database, to give ``create(like=…)``:
        its rows and sequence values, copied into each database made like it."""
        url = self.create()
        fill(url)
        tables: list[tuple[str, bytes]] = []
        with self._connect(_name_of(url)) as connection:
            for table in self._tables:
                with connection.cursor().copy(f"COPY {table} TO STDOUT (FORMAT binary)") as copy:
                    tables.append((table, b"".join(bytes(block) for block in copy)))
            sequences = connection.execute(
                "SELECT sequencename, last_value FROM pg_sequences "
                "WHERE schemaname = current_schema() AND last_value IS NOT NULL"
            ).fetchall()
        name = f"wen_filled_{os.getpid()}_{next(_numbers)}"
        self._snapshots[name] = (tables, sequences)
        self.release(url)
        return name

    def _load(self, url: str, tables: list[tuple[str, bytes]], sequences: list) -> None:  # type: ignore[type-arg]
        connection = self._kept_connection(_name_of(url))
        for table, data in tables:
            with connection.cursor().copy(f"COPY {table} FROM STDIN (FORMAT binary)") as copy:
                copy.write(data)
        for sequence, value in sequences:
            connection.execute("SELECT setval(%s, %s)", (sequence, value))

    def _kept_connection(self, name: str):  # type: ignore[no-untyped-def]
        """Our connection to the database ``name``, opened again if it was lost. Never
        prepares a statement: a test may change a table that a plan would depend on."""
        connection = self._kept.get(name)
        if connection is None or connection.closed or connection.broken:
            connection = self._kept[name] = self._connect(name)
            connection.prepare_threshold = None
            connection.execute("SET lock_timeout = '2s'")
        return connection

    def _forget(self, name: str) -> None:
        connection = self._kept.pop(name, None)
        if connection is not None:
            connection.close()

    def release(self, url: str) -> None:
        """Done with: emptied for the next test, or dropped if it was not one of ours."""
        name = _name_of(url)
        self.disconnect(url)
        if name in self._made:
            try:
                connection = self._kept_connection(name)
                connection.execute(self._empty)
                version = connection.execute("SELECT version_num FROM alembic_version")
                if version.fetchall() == [(self._head,)]:
                    self._free.append(name)
                    return
            except Exception:  # the test changed its schema: drop it
                pass
            self._made.remove(name)
        self._forget(name)
        self._admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def disconnect(self, url: str) -> None:
        """Close every connection to the database at ``url``, as a server restart would
        (but our own, which no test uses)."""
        ours = [c.info.backend_pid for c in self._kept.values() if not c.closed]
        self._admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid() AND pid <> ALL(%s)",
            (_name_of(url), ours),
        )

    def close(self, *, drop: bool = True) -> None:
        """Drop this run's databases (not needed on a server about to be removed) and
        disconnect."""
        for name in list(self._kept):
            self._forget(name)
        if drop:
            for name in [*self._made, self.template]:
                self._admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._admin.close()


def _name_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    assert name is not None
    return name
