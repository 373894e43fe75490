"""The schema's history: models and migrations agree, and opening a file does the right thing.

- an empty database upgraded to head has exactly the tables and columns the models describe;
- a database at the previous revision is backed up, upgraded, and keeps every answer;
- a database from a newer wen-assess is refused and left byte-for-byte as it was;
- a missing file is created at the newest revision.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from any_database import schema_diff

from wen_assess.questionnaire import default_registry
from wen_assess.scoring import Answer, score
from wen_assess.storage import database
from wen_assess.storage.database import (
    HEAD_REVISION,
    DatabaseError,
    alembic_config,
    open_database,
)
from wen_assess.storage.models import Base
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"
PREVIOUS = "0001"
UUID = "5f0c9a52-3c7e-4d8e-9a51-0d7c2b1e6a11"

# The columns of revision 0001, so data written then can be compared after the upgrade.
ASSESSMENT_0001 = (
    "id, uuid, title, assessment_date, status, questionnaire_id, questionnaire_version, "
    "network_name, network_region, member_countries, facilitator, baseline_uuid, is_demo, "
    "last_page, created_at, updated_at, completed_at"
)
CHILD_TABLES = ("answer", "participant", "area_target", "plan_action")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def revision_of(path: Path) -> str:
    return query(path, "SELECT version_num FROM alembic_version")[0][0]


def dump(path: Path) -> dict[str, list[tuple]]:
    """The data a user has in a file at revision 0001 (or later), table by table."""
    data = {"assessment": sorted(query(path, f"SELECT {ASSESSMENT_0001} FROM assessment"))}
    for table in CHILD_TABLES:
        data[table] = sorted(query(path, f"SELECT * FROM {table}"), key=repr)
    return data


def g2_answers() -> dict[str, Answer]:
    """Every G2 item answered: levels 0-3 in turn, two items Not applicable (justified)."""
    q = default_registry().get(G2)
    answers = {item.id: Answer(level=n % 4) for n, item in enumerate(q.items)}
    answers[q.items[3].id] = Answer(not_applicable=True, justification="no sea ports")
    answers[q.items[20].id] = Answer(not_applicable=True, justification="no donors")
    return answers


def make_previous_revision_database(path: Path) -> dict[str, Answer]:
    """A file as wen-assess at revision 0001 wrote it: one assessment with all its answers."""
    command.upgrade(alembic_config(f"sqlite:///{path}"), PREVIOUS)
    assert revision_of(path) == PREVIOUS
    answers = g2_answers()
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                f"INSERT INTO assessment ({ASSESSMENT_0001}) VALUES "
                "(1, ?, 'Baseline 2023', '2023-09-14', 'completed', ?, '1.0', "
                "'Horn of Africa WEN', 'East Africa', '[\"ET\", \"KE\", \"SO\"]', 'F. Ali', "
                "NULL, 0, 'review', '2023-09-14 08:00:00.000000', "
                "'2023-09-14 17:30:00.000000', '2023-09-14 17:30:00.000000')",
                (UUID, G2),
            )
            conn.executemany(
                "INSERT INTO answer (assessment_id, item_id, level, not_applicable, "
                "justification, notes, flagged, carried_over, updated_at) "
                "VALUES (1, ?, ?, ?, ?, ?, 0, 0, '2023-09-14 12:00:00.000000')",
                [
                    (item, a.level, int(a.not_applicable), a.justification, f"note on {item} – é")
                    for item, a in answers.items()
                ],
            )
            conn.execute(
                "INSERT INTO participant (assessment_id, position, name, organisation, country, "
                "role) VALUES (1, 0, 'Fatuma Ali', 'KWS', 'KE', 'Chair')"
            )
            conn.execute(
                "INSERT INTO area_target (assessment_id, area_code, target) VALUES (1, 'FIN', 2.5)"
            )
            conn.execute(
                "INSERT INTO plan_action (assessment_id, position, item_id, text, owner, due, "
                "status) VALUES (1, 0, 'G2-FIN-01', 'find a donor', 'Secretariat', "
                "'2024-06-30', 'planned')"
            )
    finally:
        conn.close()
    return answers


# ---- (1) models and migrations agree -------------------------------------------------------------


def test_the_head_the_app_opens_at_is_the_newest_migration_script():
    # open_database compares with a constant (to avoid importing Alembic at start-up).
    assert database.script_head_revision() == HEAD_REVISION


def test_migrating_an_empty_database_to_head_gives_exactly_the_models_schema(tmp_path):
    path = tmp_path / "migrated.sqlite"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "head")
    assert revision_of(path) == HEAD_REVISION

    assert schema_diff(f"sqlite:///{path}") == []


def test_migrations_go_down_to_base_and_up_again(tmp_path):
    config = alembic_config(f"sqlite:///{tmp_path / 'roundtrip.sqlite'}")
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    assert query(tmp_path / "roundtrip.sqlite", "SELECT version_num FROM alembic_version") == []
    command.upgrade(config, "head")
    assert revision_of(tmp_path / "roundtrip.sqlite") == HEAD_REVISION


def test_a_fresh_database_has_the_same_tables_and_columns_as_a_migrated_one(tmp_path):
    migrated = tmp_path / "migrated.sqlite"
    command.upgrade(alembic_config(f"sqlite:///{migrated}"), "head")
    open_database(tmp_path / "fresh.sqlite").close()

    def columns(path: Path) -> dict[str, list[tuple]]:
        tables = [r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: [r[1:4] + r[5:] for r in query(path, f"PRAGMA table_info('{t}')")]  # no defaults
            for t in sorted(tables)
        }

    assert columns(tmp_path / "fresh.sqlite") == columns(migrated)


# ---- (2) the previous revision is backed up and upgraded, keeping its data -----------------------


def test_a_database_at_the_previous_revision_is_backed_up_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "assessments.sqlite"
    answers = make_previous_revision_database(path)
    before = dump(path)
    assert len(before["answer"]) == 47

    db = open_database(path)
    try:
        # A backup beside the file, holding the data exactly as it was, at the old revision.
        assert db.backup_path is not None
        assert db.backup_path.parent == path.parent
        assert db.backup_path.exists()
        assert PREVIOUS in db.backup_path.name
        assert revision_of(db.backup_path) == PREVIOUS
        assert dump(db.backup_path) == before
        assert query(db.backup_path, "PRAGMA integrity_check") == [("ok",)]

        # The file itself is at head and still holds every row.
        assert revision_of(path) == HEAD_REVISION
        assert dump(path) == before

        service = AssessmentService(db, default_registry())
        assert service.refresh_stale_summaries() == 1
    finally:
        db.close()

    db = open_database(path)  # reopening: at head now, so no second backup
    try:
        assert db.backup_path is None
        service = AssessmentService(db, default_registry())
        expected = score(service.registry.get(G2), answers, {"FIN": 2.5})
        [summary] = service.list_summaries()
        assert summary.uuid == UUID
        assert summary.status == "completed"
        assert summary.items_total == 47
        assert summary.items_answered == 47
        assert summary.overall_score == expected.overall_score
        assert summary.overall_band == expected.overall_band
        record = service.get(summary.id).record
        assert {a.item_id: a.to_answer() for a in record.answers} == answers
        assert [p.name for p in record.participants] == ["Fatuma Ali"]
        assert record.targets == {"FIN": 2.5}
        assert [a.text for a in record.actions] == ["find a donor"]
    finally:
        db.close()
    assert len(list(tmp_path.glob("assessments.backup-*.sqlite"))) == 1


def test_summaries_of_upgraded_rows_are_stale_until_refreshed(tmp_path):
    path = tmp_path / "assessments.sqlite"
    make_previous_revision_database(path)
    db = open_database(path)
    try:
        assert query(path, "SELECT summary_stale, overall_score FROM assessment") == [(1, None)]
        service = AssessmentService(db, default_registry())
        service.refresh_stale_summaries()
        assert query(path, "SELECT summary_stale FROM assessment") == [(0,)]
        assert service.refresh_stale_summaries() == 0
    finally:
        db.close()


# ---- (3) a newer database is refused and left alone ----------------------------------------------


def make_newer_revision_database(path: Path) -> None:
    db = open_database(path)
    try:
        service = AssessmentService(db, default_registry())
        a = service.create(G2, "WEN from the future")
        service.set_answer(a, "G2-MEM-01", level=3, notes="kept")
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    finally:
        conn.close()
    assert not Path(f"{path}-wal").exists()


def test_a_database_from_a_newer_version_is_refused_and_left_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "assessments.sqlite"
    make_newer_revision_database(path)
    digest, size, mtime = sha256(path), path.stat().st_size, path.stat().st_mtime_ns

    with pytest.raises(DatabaseError) as refused:
        open_database(path)

    message = str(refused.value)
    assert "newer version" in message
    assert "9999_from_a_newer_app" in message
    assert "Traceback" not in message
    assert sha256(path) == digest
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (size, mtime)
    assert revision_of(path) == "9999_from_a_newer_app"
    assert not list(tmp_path.glob("*backup*"))


def test_refusing_a_newer_database_leaves_no_files_beside_it(tmp_path):
    path = tmp_path / "assessments.sqlite"
    make_newer_revision_database(path)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert sorted(os.listdir(tmp_path)) == ["assessments.sqlite"]


# ---- (4) a fresh file is created at head ---------------------------------------------------------


def test_a_missing_file_is_created_at_head_in_a_new_folder(tmp_path):
    path = tmp_path / "new folder" / "assessments.sqlite"
    db = open_database(path)
    try:
        assert db.backup_path is None
        assert path.exists()
        assert revision_of(path) == HEAD_REVISION
        tables = {r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type='table'")}
        # sqlite_sequence: SQLite's own, where AUTOINCREMENT keeps the largest history id.
        assert tables == set(Base.metadata.tables) | {"alembic_version", "sqlite_sequence"}
        assert query(path, "PRAGMA journal_mode") == [("wal",)]
        service = AssessmentService(db, default_registry())
        assert service.list_summaries() == []
        service.create(G2, "WEN")
    finally:
        db.close()
    assert not list(path.parent.glob("*backup*"))
    db = open_database(path)
    try:
        assert db.backup_path is None
        assert AssessmentService(db, default_registry()).count() == 1
    finally:
        db.close()


def test_an_empty_file_is_treated_as_a_new_database(tmp_path):
    path = tmp_path / "assessments.sqlite"
    path.touch()
    db = open_database(path)
    try:
        assert revision_of(path) == HEAD_REVISION
        assert db.backup_path is None
    finally:
        db.close()
