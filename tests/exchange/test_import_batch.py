"""A batch import hands back each file's outcome as it goes, and one file never stops the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from wen_assess.demo import add_demo_assessments
from wen_assess.exchange import export_assessment, importer, iter_imports
from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService


@pytest.fixture
def files(tmp_path) -> tuple[AssessmentService, list[Path]]:
    """An empty database, and three valid files for it."""
    registry = default_registry()
    source = AssessmentService(open_database(tmp_path / "demos.sqlite"), registry)
    add_demo_assessments(source)
    paths = []
    for n, summary in enumerate(source.list_summaries()[:3]):
        record = source.get(summary.id).record
        paths.append(export_assessment(record, tmp_path / f"{n}.wen.json", registry))
    source.database.close()
    service = AssessmentService(open_database(tmp_path / "target.sqlite"), registry)
    yield service, paths
    service.database.close()


def test_outcomes_come_one_by_one_as_files_are_done(files):
    service, paths = files
    outcomes = iter_imports(service, paths)
    first = next(outcomes)
    assert first.status == "imported" and service.count() == 1  # before the second is read
    assert [o.status for o in outcomes] == ["imported", "imported"]


def test_a_bug_with_one_file_is_reported_and_the_others_still_import(files, monkeypatch):
    service, paths = files
    real = importer.read_matched

    def failing(path, registry):  # type: ignore[no-untyped-def]
        if Path(path) == paths[1]:
            raise RuntimeError("a bug")
        return real(path, registry)

    monkeypatch.setattr(importer, "read_matched", failing)
    outcomes = list(iter_imports(service, paths))
    assert [o.status for o in outcomes] == ["imported", "failed", "imported"]
    assert outcomes[1].word == "not imported"
    assert outcomes[1].message.startswith("not imported: unexpected error (the details were")
    assert service.count() == 2


def test_a_uuid_stored_by_another_program_at_the_last_moment_is_already_present(files, monkeypatch):
    service, paths = files
    [first] = iter_imports(service, paths[:1])
    # As if another program had stored it after this one looked: the insert itself collides.
    monkeypatch.setattr(importer, "_stored_id", lambda session, uuid: None)
    before = service.count()
    [again] = iter_imports(service, paths[:1])
    assert again.status == "duplicate", again
    assert f"already in the database as #{first.assessment_id}" in again.message
    assert service.count() == before
