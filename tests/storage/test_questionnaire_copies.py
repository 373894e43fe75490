"""The database keeps a copy of every questionnaire version its assessments use.

- creating, importing and reassessing store the installed text of the version used, once;
- an upgrade from an older revision fills the copies from what is installed, with a backup;
- once the file is gone, the assessment is read, scored and exported through the copy;
- a copy altered in the file is not used: the version then reads as not installed.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import yaml
from test_migrations import G2, make_previous_revision_database, query

from wen_assess.exchange import export_assessment, import_files
from wen_assess.paths import questionnaires_dir, user_questionnaires_dir
from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService, ServiceError


def copies(db: Path) -> list[tuple]:
    return query(db, "SELECT questionnaire_id, version, checksum FROM questionnaire_copy")


def installed_checksum(version: str = "1.0") -> str:
    return default_registry().get_loaded(G2, version).checksum


def install_version(version: str) -> Path:
    data = yaml.safe_load((questionnaires_dir() / f"{G2}.yaml").read_text(encoding="utf-8"))
    data["version"] = version
    folder = user_questionnaires_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"g2-{version}.yaml"
    path.write_text(
        yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return path


def service_for(db: Path) -> AssessmentService:
    return AssessmentService(open_database(db), default_registry())


def test_creating_an_assessment_keeps_one_copy_of_its_version(tmp_path):
    db = tmp_path / "a.sqlite"
    service = service_for(db)
    first = service.create(G2, "ONE-WEN")
    service.create(G2, "TWO-WEN")
    service.reassess(first)
    service.database.close()
    [(qid, version, checksum)] = copies(db)
    assert (qid, version, checksum) == (G2, "1.0", installed_checksum())
    [(text,)] = query(db, "SELECT text FROM questionnaire_copy")
    installed = (questionnaires_dir() / f"{G2}.yaml").read_bytes()
    assert text.encode("utf-8") == installed
    assert hashlib.sha256(installed).hexdigest() == checksum


def test_an_upgrade_fills_the_copies_from_the_installed_questionnaires(tmp_path):
    db = tmp_path / "old.sqlite"
    make_previous_revision_database(db)
    database = open_database(db)
    assert database.backup_path is not None and database.backup_path.exists()
    database.close()
    assert copies(db) == [(G2, "1.0", installed_checksum())]


def test_an_upgrade_skips_a_version_that_is_not_installed(tmp_path):
    db = tmp_path / "old.sqlite"
    make_previous_revision_database(db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE assessment SET questionnaire_version = '0.1'")
    conn.close()
    open_database(db).close()
    assert copies(db) == []
    # Installed later, it is copied at the next start.
    install_version("0.1")
    service = service_for(db)
    assert service.keep_questionnaire_copies() == 1
    assert service.keep_questionnaire_copies() == 0
    service.database.close()
    assert [c[:2] for c in copies(db)] == [(G2, "0.1")]


def test_an_assessment_outlives_its_questionnaire_file(tmp_path):
    file = install_version("0.9")
    db = tmp_path / "a.sqlite"
    service = service_for(db)
    number = service.create(G2, "LOST-WEN", version="0.9")
    service.set_answer(number, "G2-MEM-01", level=3)
    before = service.result(number)
    service.database.close()
    file.unlink()

    service = service_for(db)
    assert service.registry.installed(G2, "0.9") is None
    assert service.result(number) == before
    record = service.get(number).record
    exported = export_assessment(record, tmp_path / "lost.wen.json", service.registry)
    # The copy is usable by name, but never offered for a new assessment.
    assert (G2, "0.9") not in service.registry.entries
    assert all(q.questionnaire.version != "0.9" for q in service.registry.latest())
    # Its own export reads back through the copy and is recognised as already there.
    [outcome] = import_files(service, [exported])
    assert outcome.status == "duplicate"
    service.database.close()


def test_an_altered_copy_is_not_used(tmp_path):
    file = install_version("0.9")
    db = tmp_path / "a.sqlite"
    service = service_for(db)
    number = service.create(G2, "LOST-WEN", version="0.9")
    service.database.close()
    file.unlink()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE questionnaire_copy SET text = replace(text, 'Membership', 'Members')")
    conn.close()
    service = service_for(db)
    with pytest.raises(ServiceError, match=r"version 0\.9 is not installed"):
        service.result(number)
    service.database.close()
