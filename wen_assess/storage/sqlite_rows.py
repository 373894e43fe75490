"""The row-value check of an SQLite file at open: every stored value reads back cleanly.

SQLite stores any value in any column; a damaged or hand-edited file can hold a date that is
not a date or text that is not UTF-8. These checks mirror what SQLAlchemy and the records
accept, so such a row is refused when the file is opened instead of crashing every command
that later reads it. A PostgreSQL server enforces the column types itself.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
)

from wen_assess.storage.models import Base

_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_TIME = "[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
_MICROSECONDS = "[0-9][0-9][0-9][0-9][0-9][0-9]"


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


def _dated(name: str, *shapes: str) -> str:
    """Text in one of the GLOB ``shapes`` that starts with a real calendar date."""
    globs = " OR ".join(f"{name} GLOB '{shape}'" for shape in shapes)
    return f"typeof({name}) = 'text' AND ({globs}) AND {_date_ok(name)}"


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
            _dated(name, f"{_DATE} {_TIME}", f"{_DATE} {_TIME}.{_MICROSECONDS}")
            + f" AND substr({name}, 12, 2) < '24' AND substr({name}, 15, 2) < '60' "
            f"AND substr({name}, 18, 2) < '60'"
        )
    elif isinstance(kind, Date):
        cond = _dated(name, _DATE)
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
_EXTRA_CHECKS = {("answer", "level"): '"level" IS NULL OR "level" BETWEEN 0 AND 100'}


def _constraint_checks(table: Table) -> list[tuple[str, str]]:
    """The table's CHECK constraints (statuses, working language, level or N/A), as the models
    declare them, so a value the app would refuse to write is refused when the file opens."""
    return [
        (str(c.name).removeprefix(f"ck_{table.name}_"), str(c.sqltext))
        for c in table.constraints
        if isinstance(c, CheckConstraint)
    ]


def check_rows(conn: sqlite3.Connection) -> str | None:
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
