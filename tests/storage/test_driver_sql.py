"""The click's statements run as the driver's SQL (``storage/driver_sql.py``) write and read
exactly what SQLAlchemy's own execution would: the same stored values, the same new keys, the
same typed rows. Each test runs on a SQLite file and on a PostgreSQL database."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from wen_assess.questionnaire import default_registry
from wen_assess.storage import driver_sql, history, kept_answers
from wen_assess.storage.database import open_database
from wen_assess.storage.models import Change
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"
_CHANGE = Change.__table__


def _entry(assessment_id: int, at: datetime, what: str) -> dict:
    return {
        "assessment_id": assessment_id,
        "changed_at": at,
        "changed_by": "Amina",
        "what": what,
        "item_id": "G2-GOV-01",
        "old": "null",
        "new": '{"level": 2}',
    }


@pytest.mark.parametrize(
    "at",
    [datetime(2026, 11, 30, 9, 15, 0), datetime(2026, 11, 30, 9, 15, 0, 120034)],
    ids=["whole-second", "microseconds"],
)
def test_a_row_inserted_as_driver_sql_is_stored_as_sqlalchemy_stores_it(db_target, at) -> None:
    database = open_database(db_target)
    try:
        a = AssessmentService(database, default_registry()).create(G2, "HAWEN")
        with database.engine.begin() as connection:
            by_driver = driver_sql.insert(connection, history._INSERT, _entry(a, at, "driver"))
            by_core = connection.execute(history._INSERT, _entry(a, at, "core"))
            by_core_key = by_core.inserted_primary_key[0]
        assert by_core_key == by_driver + 1  # the key given back is the row's own
        with database.engine.connect() as connection:
            typed = connection.execute(
                select(_CHANGE.c.id, _CHANGE.c.changed_at, _CHANGE.c.what)
                .where(_CHANGE.c.what.in_(["driver", "core"]))
                .order_by(_CHANGE.c.id)
            ).all()
            # As stored, not as read back: a text date must be spelled the same way too.
            stored = (
                connection.exec_driver_sql(
                    "SELECT CAST(changed_at AS VARCHAR(40)) FROM change "
                    "WHERE what IN ('driver', 'core') ORDER BY id"
                )
                .scalars()
                .all()
            )
    finally:
        database.close()
    assert [tuple(row) for row in typed] == [
        (by_driver, at, "driver"),
        (by_core_key, at, "core"),
    ]
    assert stored[0] == stored[1]


def test_a_row_read_as_driver_sql_is_typed_as_sqlalchemy_types_it(db_target) -> None:
    database = open_database(db_target)
    try:
        service = AssessmentService(database, default_registry())
        a = service.create(G2, "HAWEN")
        service.set_answer(a, "G2-GOV-01", level=2)
        params = {"assessment": a}
        with database.engine.connect() as connection:
            mine = driver_sql.first(connection, kept_answers.HEAD, params)
            theirs = connection.execute(kept_answers.HEAD, params).first()
            missing = driver_sql.first(connection, kept_answers.HEAD, {"assessment": a + 99})
    finally:
        database.close()
    assert mine == tuple(theirs)
    assert isinstance(mine[-1], datetime)  # the stamp compares with the time a click keeps
    assert missing is None


def test_a_value_the_statement_does_not_take_is_refused_not_dropped(db_target) -> None:
    database = open_database(db_target)
    try:
        a = AssessmentService(database, default_registry()).create(G2, "HAWEN")
        entry = {**_entry(a, datetime(2026, 11, 30), "driver"), "colour": "red"}
        with database.engine.begin() as connection, pytest.raises(ValueError, match="colour"):
            driver_sql.insert(connection, history._INSERT, entry)
    finally:
        database.close()
