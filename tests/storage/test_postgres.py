"""The shared database on PostgreSQL, as a reviewer meets it.

- `--db` and WEN_ASSESS_DB take a server URL; the password may come from the URL, PGPASSWORD
  or a .pgpass file, and is never shown;
- a server that cannot be reached, a wrong password, a missing database: one line, no traceback;
- the same migrations create and upgrade the server's schema; an older server database is
  upgraded only with --upgrade; a newer one, or one holding other tables, is refused;
- two writers on one database take turns, as SQLite's BEGIN IMMEDIATE makes them.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from any_database import holding_other_tables, schema_diff, sql
from cli_runner import run_cli
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from wen_assess.questionnaire import default_registry
from wen_assess.storage import database as database_module
from wen_assess.storage.database import (
    HEAD_REVISION,
    DatabaseError,
    UpgradeNeeded,
    alembic_config,
    open_database,
)
from wen_assess.storage.location import locate
from wen_assess.storage.service import AssessmentService, StorageFailure

G2 = "iccwc-wen-g2"


def password_of(url: str) -> str:
    password = make_url(url).password
    assert password, "the test server's URL carries a password"
    return str(password)


def without_password(url: str) -> str:
    # URL.set(password=None) keeps the password: None there means "unchanged".
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def refused(*args: str, env: dict[str, str] | None = None) -> str:
    """stderr of a command that must fail with one line and no traceback."""
    result = run_cli(*args, env=env)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


# ---- URLs and how they are shown -----------------------------------------------------------


def test_a_url_is_named_with_its_password_hidden():
    location = locate("postgresql://anna:s3cret@db.example.org:5433/wen?sslmode=require")
    assert location.is_server and location.path is None
    assert location.label == "postgresql+psycopg://anna:***@db.example.org:5433/wen?sslmode=require"
    assert locate("postgres://anna@h/wen").label == "postgresql+psycopg://anna@h/wen"
    assert locate("sqlite:////tmp/a.sqlite").path == Path("/tmp/a.sqlite")
    assert locate("a.sqlite").path == Path("a.sqlite")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("mysql://anna:s3cret@h/wen", "are not supported"),
        ("postgresql://anna:s3cret@h", "names no database"),
        ("postgresql://anna:s3cret@h:notaport/wen", "cannot be read"),
    ],
)
def test_a_url_that_cannot_be_used_is_refused_without_its_password(value, expected):
    with pytest.raises(DatabaseError) as caught:
        locate(value)
    assert expected in str(caught.value)
    assert "s3cret" not in str(caught.value)
    message = refused("--db", value, "list")
    assert expected in message and "s3cret" not in message


def test_without_the_driver_the_message_says_how_to_install_it(monkeypatch, pg_url):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    with pytest.raises(DatabaseError) as caught:
        open_database(pg_url)
    assert 'pip install "wen-assess[postgres]"' in str(caught.value)
    assert password_of(pg_url) not in str(caught.value)


# ---- connecting: one line naming the masked URL and the problem ----------------------------


def test_no_server_at_the_address(pg_url):
    url = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    message = refused("--db", url, "list")
    assert "no server answers at 127.0.0.1:1" in message
    assert ":***@127.0.0.1:1/" in message and password_of(pg_url) not in message


def test_a_wrong_password(pg_url):
    wrong = make_url(pg_url).set(password="not-the-password").render_as_string(False)
    message = refused("--db", wrong, "list")
    assert "refused the user name or password" in message
    assert "not-the-password" not in message


def test_a_database_the_server_does_not_have(pg_url):
    missing = make_url(pg_url).set(database="no_such_db").render_as_string(False)
    message = refused("--db", missing, "list")
    assert "the server has no database no_such_db" in message
    assert password_of(pg_url) not in message


def test_the_password_can_come_from_pgpassword(pg_url):
    bare = without_password(pg_url)
    env = {**os.environ, "PGPASSWORD": password_of(pg_url), "PGPASSFILE": os.devnull}
    result = run_cli("--db", bare, "demo", env=env)
    assert result.returncode == 0, result.stderr
    env.pop("PGPASSWORD")
    assert "refused the user name or password" in refused("--db", bare, "list", env=env)


def test_the_password_can_come_from_a_pgpass_file(pg_url, tmp_path):
    # libpq reads the file itself (PGPASSFILE, else ~/.pgpass); it ignores one others can read.
    url = make_url(pg_url)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port}:*:{url.username}:{url.password}\n")
    passfile.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    env["PGPASSFILE"] = str(passfile)
    result = run_cli("--db", without_password(pg_url), "list", env=env)
    assert result.returncode == 0, result.stderr


def test_wen_assess_db_can_name_a_server(pg_url):
    env = {**os.environ, "WEN_ASSESS_DB": pg_url}
    assert run_cli("demo", env=env).returncode == 0
    assert len(sql(pg_url, "SELECT id FROM assessment")) == 5


# ---- the schema: the same migrations on both kinds -----------------------------------------


def test_the_migrations_give_exactly_the_models_schema_on_postgresql(pg_databases):
    url = pg_databases.create(empty=True)
    try:
        command.upgrade(alembic_config(url), "head")
        assert schema_diff(url) == []
        command.downgrade(alembic_config(url), "base")
        command.upgrade(alembic_config(url), "head")
        assert sql(url, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    finally:
        pg_databases.release(url)


def test_an_empty_server_database_gets_the_newest_schema(pg_databases):
    url = pg_databases.create(empty=True)
    try:
        open_database(url).close()
        assert sql(url, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
        assert schema_diff(url) == []
    finally:
        pg_databases.release(url)


def test_an_older_server_database_is_upgraded_only_with_upgrade(pg_databases):
    url = pg_databases.create(empty=True)
    try:
        command.upgrade(alembic_config(url), "0003")
        with pytest.raises(UpgradeNeeded):
            open_database(url)
        message = refused("--db", url, "list")
        assert "is at version 0003" in message and f"needs {HEAD_REVISION}" in message
        assert "--upgrade" in message and password_of(url) not in message
        assert sql(url, "SELECT version_num FROM alembic_version") == [("0003",)]

        result = run_cli("--db", url, "list", "--upgrade")
        assert result.returncode == 0, result.stderr
        assert "upgraded from version 0003" in result.stderr
        assert password_of(url) not in result.stderr
        assert sql(url, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    finally:
        pg_databases.release(url)


@pytest.mark.parametrize("revision", ["0001", "0002", "0003"])
def test_a_server_database_of_each_earlier_version_upgrades_keeping_its_data(
    pg_databases, revision
):
    from test_migrations import UUID, g2_answers

    url = pg_databases.create(empty=True)
    answers = g2_answers()
    try:
        command.upgrade(alembic_config(url), revision)
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO assessment (id, uuid, title, assessment_date, status, "
                    "questionnaire_id, questionnaire_version, network_name, network_region, "
                    "member_countries, facilitator, is_demo, last_page, created_at, "
                    "updated_at, completed_at) VALUES (1, :uuid, 'Baseline 2023', '2023-09-14', "
                    "'completed', :q, '1.0', 'Horn of Africa WEN', 'East Africa', "
                    "'[\"ET\", \"KE\"]', 'F. Ali', false, 'review', '2023-09-14 08:00', "
                    "'2023-09-14 17:30', '2023-09-14 17:30')"
                ),
                {"uuid": UUID, "q": G2},
            )
            conn.execute(
                text(
                    "INSERT INTO answer (assessment_id, item_id, level, not_applicable, "
                    "justification, notes, flagged, carried_over, updated_at) VALUES "
                    "(1, :item, :level, :na, :why, 'note – é', false, false, '2023-09-14 12:00')"
                ),
                [
                    {"item": i, "level": a.level, "na": a.not_applicable, "why": a.justification}
                    for i, a in answers.items()
                ],
            )
        engine.dispose()
        database = open_database(url, upgrade=True)
        try:
            assert database.upgraded_from == revision
            service = AssessmentService(database, default_registry())
            service.refresh_stale_summaries()
            [summary] = service.list_summaries()
            assert (summary.uuid, summary.items_answered) == (UUID, 47)
            record = service.get(summary.id).record
            assert {a.item_id: a.to_answer() for a in record.answers} == answers
            assert record.network.member_countries == ["ET", "KE"]
        finally:
            database.close()
        assert sql(url, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    finally:
        pg_databases.release(url)


def test_a_server_database_of_a_newer_app_is_refused_and_left_alone(pg_url):
    sql_engine = create_engine(pg_url)
    with sql_engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    sql_engine.dispose()
    message = refused("--db", pg_url, "list", "--upgrade")
    assert "newer version of wen-assess" in message
    assert sql(pg_url, "SELECT version_num FROM alembic_version") == [("9999",)]


def test_a_server_database_holding_other_tables_is_refused(pg_databases):
    with holding_other_tables(pg_databases) as url:
        assert "holds other tables" in refused("--db", url, "list")
        assert sql(url, "SELECT to_regclass('assessment')") == [(None,)]


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        ("ALTER TABLE participant DROP COLUMN role", "the table participant has no column role"),
        ("DROP TABLE plan_action", "the table plan_action is missing"),
    ],
    ids=["a column", "a table"],
)
def test_a_server_database_missing_part_of_its_schema_is_refused_as_damaged(
    pg_databases, damage, said
):
    url = pg_databases.create(empty=True)  # dropped afterwards, never handed to another test
    try:
        open_database(url).close()  # the newest schema, then part of it lost
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql(damage)
        engine.dispose()
        with pytest.raises(DatabaseError) as refusal:
            open_database(url)
        assert "is damaged" in str(refusal.value) and said in str(refusal.value)
    finally:
        pg_databases.release(url)


# ---- two writers ---------------------------------------------------------------------------


@contextmanager
def two_writers(url: str) -> Iterator[tuple[AssessmentService, AssessmentService, int, str]]:
    """Two services on their own connections, an assessment, and one of its items."""
    registry = default_registry()
    first = AssessmentService(open_database(url), registry)
    second = AssessmentService(open_database(url), registry)
    try:
        yield first, second, first.create(G2, "SAWEN"), registry.get(G2).items[0].id
    finally:
        first.database.close()
        second.database.close()


def _waits_for_a_lock(url: str, limit: float = 5.0) -> bool:
    """Whether a connection to the database at ``url`` is seen waiting for a lock within
    ``limit`` seconds (the server says so: no need to wait and see that it has not finished)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        waiting = sql(
            url,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'",
        )
        if waiting[0][0]:
            return True
        time.sleep(0.01)
    return False


def test_a_second_writer_waits_for_the_first_then_saves(pg_url):
    with two_writers(pg_url) as (first, second, number, item):
        events: list[str] = []
        holding, done = threading.Event(), threading.Event()

        def hold_the_lock() -> None:
            with first.transaction() as session:
                events.append("first has the lock")
                holding.set()
                done.wait(timeout=5)
                first._row(session, number).title = "changed by the first"
                events.append("first commits")

        holder = threading.Thread(target=hold_the_lock)
        holder.start()
        holding.wait(timeout=5)
        waiter = threading.Thread(
            target=lambda: (second.set_answer(number, item, level=2), events.append("second saved"))
        )
        waiter.start()
        assert _waits_for_a_lock(pg_url), "the second writer must wait for the first"
        assert waiter.is_alive(), "the second writer must wait for the first"
        done.set()
        holder.join(timeout=5)
        waiter.join(timeout=10)
        assert events == ["first has the lock", "first commits", "second saved"]
        stored = AssessmentService(open_database(pg_url), default_registry())
        assert stored.get(number).record.title == "changed by the first"
        assert stored.get(number).record.answer(item).level == 2
        stored.database.close()


def test_a_writer_that_waits_too_long_gets_a_message_and_writes_nothing(pg_url, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    with two_writers(pg_url) as (first, second, number, item):
        with first.transaction(), pytest.raises(StorageFailure) as caught:
            second.set_answer(number, item, level=2)
        assert "another program is holding the database" in str(caught.value)
        assert second.get(number).record.answer(item) is None


# ---- the least privileges the README gives a reviewers' role ---------------------------------


def test_a_reviewer_role_with_the_readme_privileges_can_do_everything_but_upgrade(
    pg_databases, tmp_path
):
    url = make_url(pg_databases.create(empty=True))
    suffix = os.getpid()
    owner, reviewer = f"wen_owner_{suffix}", f"wen_reviewer_{suffix}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    statements = [
        f"CREATE ROLE {owner} LOGIN PASSWORD 'owner-pw'",
        f"CREATE ROLE {reviewer} LOGIN PASSWORD 'reviewer-pw'",
        f"GRANT CONNECT ON DATABASE {url.database} TO {owner}, {reviewer}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT CREATE, USAGE ON SCHEMA public TO {owner}",
        f"GRANT USAGE ON SCHEMA public TO {reviewer}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {reviewer}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {reviewer}",
    ]
    try:
        with admin.connect() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
        as_owner = url.set(username=owner, password="owner-pw").render_as_string(False)
        as_reviewer = url.set(username=reviewer, password="reviewer-pw").render_as_string(False)
        message = refused("--db", as_reviewer, "list")
        assert "has no wen-assess tables yet, and this user may not create them" in message
        assert run_cli("--db", as_owner, "list").returncode == 0  # the owner creates them
        for args in (["demo"], ["list"], ["delete", "1", "--yes"], ["report", "2", "-o", "r.pdf"]):
            result = run_cli("--db", as_reviewer, *args, cwd=tmp_path)
            assert result.returncode == 0, (args, result.stderr)
    finally:
        admin.dispose()
        pg_databases.release(url.render_as_string(False))  # dropped, with what the roles own
        admin = create_engine(pg_databases.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for role in (owner, reviewer):
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()


# ---- the password, wherever it came from, is never shown -------------------------------------


def test_no_message_or_log_line_ever_contains_the_password(
    pg_url, caplog, tmp_path, _isolated_user_data
):
    caplog.set_level(logging.DEBUG)  # SQLAlchemy's, psycopg's and the app's loggers
    password = password_of(pg_url)
    wrong = make_url(pg_url).set(password="Wr0ng-pass")
    runs = [
        run_cli("--db", pg_url, *args, cwd=tmp_path)
        for args in (
            ["demo"],
            ["list"],
            ["show", "1"],
            ["report", "1", "-o", "r.pdf"],
            ["compare", "1", "4", "-o", "c.csv"],
            ["copy", "--to", "laptop.sqlite"],
            ["list", "--upgrade"],
            ["delete", "999", "--yes"],  # a refusal from the service
        )
    ]
    assert all(r.returncode == 0 for r in runs[:-1]), [r.stderr for r in runs]
    runs += [
        run_cli("--db", wrong.render_as_string(False), "list"),
        run_cli("--db", wrong.set(port=1).render_as_string(False), "list"),
        run_cli("--db", wrong.set(database="nowhere").render_as_string(False), "list"),
        run_cli("copy", "--from", str(tmp_path / "laptop.sqlite"), "--to", pg_url),
    ]
    shown_text = [r.stdout + r.stderr for r in runs]
    shown_text += [record.getMessage() for record in caplog.records]
    shown_text += [p.read_text() for p in _isolated_user_data.glob("*.log")]
    for text_ in shown_text:
        assert password not in text_ and "Wr0ng-pass" not in text_, text_
    assert any(":***@" in t for t in shown_text)  # the URL was named, masked


def test_a_connection_the_server_dropped_is_replaced_before_the_next_save(pg_url, pg_databases):
    # A server restarted overnight, or an idle connection cut by a firewall: the app open
    # since yesterday saves the next answer on a new connection, without a message.
    with two_writers(pg_url) as (first, _second, number, item):
        pg_databases.disconnect(pg_url)
        first.set_answer(number, item, level=3)
        assert sql(pg_url, "SELECT level FROM answer") == [(3,)]
