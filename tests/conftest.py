"""Shared test set-up: headless Qt, and a throwaway data folder and database for every test."""

import os

# Before anything imports PySide6: with no display Qt would abort with a misleading message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    """Never read or write the user's real data folder or database."""
    data = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("WEN_ASSESS_DATA_DIR", str(data))
    monkeypatch.setenv("WEN_ASSESS_DB", str(data / "test.sqlite"))
    return data


# ---- both databases: SQLite files and a throwaway PostgreSQL server (tests/pg_server.py) ----


@pytest.fixture(scope="session")
def pg_databases():
    """Fresh databases on the server CI started, or on one started for this test run."""
    from pg_server import URL_VARIABLE, Databases, binaries, started_server

    admin_url = os.environ.get(URL_VARIABLE)
    if admin_url:
        databases = Databases(admin_url)
        yield databases
        databases.close()
        return
    if binaries() is None:
        pytest.skip(f"no PostgreSQL server: install the postgresql package or set {URL_VARIABLE}")
    with started_server() as admin_url:
        databases = Databases(admin_url)
        yield databases
        databases.close()


@pytest.fixture
def pg_url(pg_databases):
    """A fresh PostgreSQL database at the newest revision: its URL, password included."""
    url = pg_databases.create()
    yield url
    pg_databases.release(url)


@pytest.fixture(params=["sqlite", "postgres"])
def new_db(request, tmp_path):
    """Makes databases of one kind (each test runs with both): ``new_db(name)`` is a new
    SQLite file's path, or a fresh PostgreSQL database's URL."""
    made: list[str] = []

    def make(name: str = "db") -> Path | str:
        if request.param == "sqlite":
            return tmp_path / f"{name}.sqlite"
        made.append(request.getfixturevalue("pg_databases").create())
        return made[-1]

    yield make
    for url in made:
        request.getfixturevalue("pg_databases").release(url)


@pytest.fixture
def db_target(new_db):
    """One database of each kind: a new SQLite file's path, or a fresh PostgreSQL URL."""
    return new_db()
