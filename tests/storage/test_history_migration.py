"""Revision 0005 adds the history table: a 0004 database is backed up and upgraded keeping
every value, starts with an empty history, records changes from then on, and can go back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from any_database import schema_diff

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import alembic_config, open_database
from wen_assess.storage.service import AssessmentService

UUID = "0b9e2f3c-5a41-4f0e-8f7d-2d1c3b4a5e6f"
TABLES = ("assessment", "answer", "participant", "area_target", "plan_action")


def rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


def make_0004_database(path: Path) -> None:
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0004")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO assessment (id, uuid, title, assessment_date, status, questionnaire_id, "
            "questionnaire_version, network_name, network_region, member_countries, facilitator, "
            "is_demo, last_page, created_at, updated_at, summary_stale, language) VALUES "
            "(1, ?, 'Baseline', '2025-05-06', 'in_progress', 'iccwc-wen-g2', '1.0', 'SAWEN', "
            "'South Asia', '[\"NP\", \"BT\"]', 'R. Thapa', 0, 'area:GOV', "
            "'2025-05-06 08:00:00.000000', '2025-05-06 09:00:00.000000', 1, 'fr')",
            (UUID,),
        )
        conn.execute(
            "INSERT INTO answer (assessment_id, item_id, level, not_applicable, justification, "
            "notes, flagged, carried_over, updated_at) VALUES (1, 'G2-GOV-01', 2, 0, '', "
            "'minutes – ß', 1, 0, '2025-05-06 09:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO participant (assessment_id, position, name, organisation, country, role) "
            "VALUES (1, 0, 'R. Thapa', 'DNPWC', 'NP', 'Chair')"
        )
        conn.execute(
            "INSERT INTO plan_action (assessment_id, position, item_id, text, owner, due, status) "
            "VALUES (1, 0, 'G2-GOV-01', 'meet twice a year', 'Secretariat', '2026-01-31', "
            "'planned')"
        )
    conn.close()


def test_a_0004_database_upgrades_keeping_everything_and_then_records_changes(tmp_path):
    path = tmp_path / "sawen.sqlite"
    make_0004_database(path)
    before = rows(path)
    db = open_database(path)
    try:
        assert db.backup_path is not None and db.backup_path.exists()
        svc = AssessmentService(db, default_registry())
        assert svc.history(1) == []  # nothing was recorded before this revision
        record = svc.get(1).record
        assert record.answer("G2-GOV-01").notes == "minutes – ß"
        assert record.language == "fr"
        svc.user = "R. Thapa"
        svc.set_answer(1, "G2-GOV-01", level=3)
        [change] = svc.history(1)
        assert (change.by, change.old, change.new) == ("R. Thapa", {"level": 2}, {"level": 3})
    finally:
        db.close()
    after = rows(path)
    changed_answer = next(r for r in after["answer"] if r[1] == "G2-GOV-01")
    assert changed_answer[2] == 3
    for table in ("participant", "plan_action", "area_target"):
        assert after[table] == before[table]

    assert schema_diff(f"sqlite:///{path}") == []


def test_downgrading_0005_drops_the_history_and_keeps_the_assessments(tmp_path):
    path = tmp_path / "sawen.sqlite"
    make_0004_database(path)
    before = rows(path)
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0005")
    command.downgrade(alembic_config(f"sqlite:///{path}"), "0004")
    assert rows(path) == before
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert "change" not in tables
