"""Reading a test's database directly, whichever kind it is (an SQLite path or a server URL)."""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def is_server(target: Path | str) -> bool:
    return isinstance(target, str) and "://" in target


def sql(target: Path | str, query: str, params: tuple = ()) -> list[tuple]:  # type: ignore[type-arg]
    """Rows of ``query`` (``?`` placeholders) run outside the app, on its own connection."""
    if not is_server(target):
        conn = sqlite3.connect(target)
        try:
            return conn.execute(query, params).fetchall()
        finally:
            conn.close()
    from sqlalchemy import text

    numbered = iter(range(len(params)))
    statement = re.sub(r"\?", lambda _: f":p{next(numbered)}", query)
    with _outside_engine(target).connect() as conn:
        rows = conn.execute(text(statement), {f"p{n}": v for n, v in enumerate(params)})
        return [tuple(row) for row in rows]


@functools.cache
def _outside_engine(url: str):  # type: ignore[no-untyped-def]
    """An engine per server database that keeps no connection (each query opens its own and
    closes it): made once, it spares each query the engine's first-connect set-up (~4 ms)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(url, poolclass=NullPool)


def schema_diff(url: str) -> list:  # type: ignore[type-arg]
    """What Alembic finds different between the database at ``url`` and the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from wen_assess.storage.models import Base

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


@contextmanager
def holding_other_tables(pg_databases) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A server database that holds another application's table, not wen-assess's."""
    from sqlalchemy import create_engine

    url = pg_databases.create(empty=True)
    try:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE invoices (id integer)")
        engine.dispose()
        yield url
    finally:
        pg_databases.release(url)
