"""The working language in the database: revision 0004 adds it, assessments from before read
as English, and the service creates, edits and re-assesses with it."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from any_database import schema_diff

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import HEAD_REVISION, alembic_config, open_database
from wen_assess.storage.service import AssessmentService, ServiceError

UUID = "5f0c9a52-3c7e-4d8e-9a51-0d7c2b1e6a11"


def test_an_existing_database_upgrades_and_its_assessments_read_as_english(tmp_path):
    path = tmp_path / "assessments.sqlite"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0003")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO assessment (id, uuid, title, status, questionnaire_id, "
            "questionnaire_version, network_name, network_region, member_countries, facilitator, "
            "is_demo, last_page, created_at, updated_at) VALUES (1, ?, 'Baseline', "
            "'in_progress', 'iccwc-wen-g2', '1.0', 'LATF', '', '[]', '', 0, '', "
            "'2023-09-14 08:00:00', '2023-09-14 08:00:00')",
            (UUID,),
        )
    conn.close()

    db = open_database(path)
    try:
        service = AssessmentService(db, default_registry())
        [summary] = service.list_summaries()
        assert service.get(summary.id).record.language == "en"
        service.update_profile(summary.id, language="fr")
        assert service.get(summary.id).record.language == "fr"
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT language FROM assessment").fetchall() == [("fr",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
        with pytest.raises(sqlite3.IntegrityError):  # the database itself refuses a bad one
            conn.execute("UPDATE assessment SET language = 'xx'")
    conn.close()

    assert schema_diff(f"sqlite:///{path}") == []


def test_create_edit_and_reassess_keep_the_working_language(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    try:
        service = AssessmentService(db, default_registry())
        first = service.create("iccwc-wen-g2", "SudWEN", language="es")
        assert service.get(first).record.language == "es"
        again = service.reassess(first)
        assert service.get(again).record.language == "es"  # the baseline's language
        plain = service.create("iccwc-wen-g2", "ASEAN-WEN")
        assert service.get(plain).record.language == "en"
        with pytest.raises(ServiceError, match="working language"):
            service.create("iccwc-wen-g2", "HAWEN", language="de")
        with pytest.raises(ServiceError, match="working language"):
            service.update_profile(first, language="")
        assert service.get(first).record.language == "es"  # nothing lost
    finally:
        db.close()
