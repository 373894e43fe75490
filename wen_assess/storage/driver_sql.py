"""The click's statements, compiled once per database and run as the driver's SQL.

A click runs four small statements. Through ``Connection.execute`` each costs SQLAlchemy
~25-30 µs of its own (the compiled cache's key, parameter objects, the result's set-up),
together about as much as SQLite's commit. Here a Core statement is compiled once for the
connection's dialect and the columns given, and each later run goes through
``Connection.exec_driver_sql`` with the values converted by the statement's own types, as
SQLAlchemy would convert them. The connection, its transaction, its events and the wrapping
of driver errors stay SQLAlchemy's; only the per-run bookkeeping is skipped.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, CursorResult, Dialect
from sqlalchemy.sql import Insert, Select
from sqlalchemy.sql.base import Executable

_Convert = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # Each parameter's name, in the order the driver takes them, with its conversion as its
    # type makes it (None: passed as it is).
    names: tuple[tuple[str, _Convert], ...]
    sent_as: tuple[str, ...]  # the names in the SQL (a named paramstyle may escape some)
    positional: bool
    returns_key: bool  # an INSERT that gives its new key as a row (RETURNING)
    read: tuple[_Convert, ...]  # each selected column's conversion back
    source: Executable  # held, so its id() (the cache's key) is never another's meanwhile

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        converted = [values[n] if c is None else c(values[n]) for n, c in self.names]
        if self.positional:
            return tuple(converted)
        return dict(zip(self.sent_as, converted, strict=True))


# Per dialect (one per database opened; dropped with it), then per statement and column set.
_compiled: weakref.WeakKeyDictionary[Dialect, dict[tuple[int, tuple[str, ...]], _Compiled]]
_compiled = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def execute(connection: Connection, statement: Executable, values: Mapping[str, Any]) -> None:
    """Run an UPDATE or INSERT with ``values`` (the columns set, and the bound names)."""
    compiled = _compiled_for(connection.dialect, statement, values)
    connection.exec_driver_sql(compiled.sql, compiled.parameters(values))


def insert(connection: Connection, statement: Insert, values: Mapping[str, Any]) -> int:
    """Run an INSERT of one row; its new primary key."""
    compiled = _compiled_for(connection.dialect, statement, values)
    result = connection.exec_driver_sql(compiled.sql, compiled.parameters(values))
    return result.scalar_one() if compiled.returns_key else _last_row_id(result)


def first(connection: Connection, statement: Select, values: Mapping[str, Any]) -> tuple | None:
    """The first row of a SELECT, its values converted as its columns' types read them."""
    compiled = _compiled_for(connection.dialect, statement, values)
    row = connection.exec_driver_sql(compiled.sql, compiled.parameters(values)).first()
    if row is None:
        return None
    return tuple(v if read is None else read(v) for read, v in zip(compiled.read, row, strict=True))


def _last_row_id(result: CursorResult) -> int:
    key = result.lastrowid
    assert key is not None, "the driver gave no new row id"
    return key


def _compiled_for(dialect: Dialect, statement: Executable, values: Mapping[str, Any]) -> _Compiled:
    key = (id(statement), tuple(values))
    made = _compiled.get(dialect, {}).get(key)
    if made is None:
        made = _compile(dialect, statement, tuple(values))
        with _lock:
            _compiled.setdefault(dialect, {})[key] = made
    return made


def _compile(dialect: Dialect, statement: Executable, keys: tuple[str, ...]) -> _Compiled:
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))  # type: ignore[attr-defined]
    names = tuple(compiled.positiontup) if compiled.positional else tuple(compiled.binds)
    escaped = getattr(compiled, "escaped_bind_names", None) or {}
    # A statement's bound names are its SET/VALUES columns and its own bindparam()s; a value
    # the statement does not name would be silently dropped, so refuse it here.
    unknown = set(keys) - set(names)
    if unknown:
        raise ValueError(f"not a parameter of the statement: {sorted(unknown)}")
    returning = getattr(compiled, "effective_returning", None) or ()
    selected = statement.selected_columns if isinstance(statement, Select) else ()
    return _Compiled(
        sql=compiled.string,
        names=tuple(
            (n, compiled.binds[n].type.dialect_impl(dialect).bind_processor(dialect)) for n in names
        ),
        sent_as=tuple(escaped.get(n, n) for n in names),
        positional=compiled.positional,
        returns_key=isinstance(statement, Insert) and bool(returning),
        read=tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in selected),
        source=statement,
    )
