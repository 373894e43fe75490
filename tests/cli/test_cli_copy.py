"""`wen-assess copy`: a coordinator's assessments into the shared database, and back.

Copies go between any two databases (each test runs from an SQLite file to each kind, and
back); an assessment already there is never overwritten, its differences are reported; a
failure half-way leaves the target as it was.
"""

from __future__ import annotations

import pytest
from any_database import sql
from cli_runner import demos_added_by_the_command as added_by_the_command
from cli_runner import run_cli
from conftest import copy_of_sqlite

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService, ServiceError

TABLES = ("assessment", "answer", "participant", "area_target", "plan_action", "questionnaire_copy")


def ok(*args: str) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def records(target) -> dict:  # type: ignore[no-untyped-def]
    service = AssessmentService(open_database(target), default_registry())
    try:
        return {s.uuid: service.get(s.id).record for s in service.list_summaries()}
    finally:
        service.database.close()


def contents(target) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {t: sorted(map(repr, sql(target, f"SELECT * FROM {t}"))) for t in TABLES}


@pytest.fixture(scope="module")
def demos_added_by_the_command(tmp_path_factory):  # type: ignore[no-untyped-def]
    """An SQLite file to which `wen-assess demo` added the five demo assessments, once."""
    return added_by_the_command(tmp_path_factory.mktemp("laptop"), "laptop.sqlite")


@pytest.fixture
def laptop(tmp_path, demos_added_by_the_command):  # type: ignore[no-untyped-def]
    """A coordinator's SQLite file with the five demo assessments (a copy for each test)."""
    return copy_of_sqlite(demos_added_by_the_command, tmp_path / "laptop.sqlite")


def test_copy_everything_then_again_copies_nothing_more(laptop, db_target):
    out = ok("copy", "--from", str(laptop), "--to", str(db_target))
    assert out.count("copied: ") == 5 and out.splitlines()[-1] == "5 copied, 0 already there"
    assert records(db_target) == records(laptop)
    assert len(sql(db_target, "SELECT * FROM questionnaire_copy")) >= 2  # G1 and G2 texts
    for uuid in records(laptop):  # numbered anew in the target: the uuid names them in both
        scores = ok("--db", str(laptop), "score", uuid, "--json")
        assert ok("--db", str(db_target), "score", uuid, "--json") == scores

    again = ok("copy", "--from", str(laptop), "--to", str(db_target))
    assert again.count("present: ") == 5
    assert again.splitlines()[-1] == "0 copied, 5 already there"


def test_chosen_assessments_only_and_back_the_other_way(laptop, db_target, tmp_path):
    out = ok("copy", "--from", str(laptop), "--to", str(db_target), "1", "3")
    assert out.splitlines()[-1] == "2 copied, 0 already there"
    assert len(records(db_target)) == 2
    back = tmp_path / "back.sqlite"
    ok("--db", str(db_target), "copy", "--to", str(back))  # --from defaults to --db
    assert records(back) == records(db_target)


def test_a_changed_copy_is_reported_with_its_differences_and_never_overwritten(laptop, db_target):
    ok("copy", "--from", str(laptop), "--to", str(db_target), "3")
    registry = default_registry()
    service = AssessmentService(open_database(db_target), registry)
    [stored] = service.list_summaries()
    item = registry.get(stored.questionnaire_id).items[0].id
    service.set_answer(stored.id, item, level=1)
    service.update_profile(stored.id, title="Reviewed title")
    service.database.close()
    before = contents(db_target)

    out = ok("copy", "--from", str(laptop), "--to", str(db_target), "3")
    assert "with different content (title, answers to " in out and item in out
    assert "not copied, nothing overwritten" in out
    assert out.splitlines()[-1] == (
        "0 copied, 1 already there (1 with different content, not overwritten)"
    )
    assert contents(db_target) == before


def test_a_failure_half_way_writes_nothing(laptop, db_target, monkeypatch):
    real, calls = AssessmentService.add_record, []

    def failing(self, record, session):  # type: ignore[no-untyped-def]
        calls.append(record.uuid)
        if len(calls) == 3:
            raise ServiceError("the disk is full")
        return real(self, record, session)

    monkeypatch.setattr(AssessmentService, "add_record", failing)
    result = run_cli("copy", "--from", str(laptop), "--to", str(db_target))
    assert result.returncode == 1
    assert result.stderr.strip() == "wen-assess: nothing was copied: the disk is full"
    assert sql(db_target, "SELECT count(*) FROM assessment") == [(0,)]


def test_copy_refuses_the_same_database_and_an_unknown_assessment(laptop, tmp_path):
    result = run_cli("copy", "--from", str(laptop), "--to", str(tmp_path / "." / "laptop.sqlite"))
    assert result.returncode == 1 and "name the same database" in result.stderr
    other = tmp_path / "other.sqlite"
    result = run_cli("copy", "--from", str(laptop), "--to", str(other), "99")
    assert result.returncode == 1 and "no assessment '99'" in result.stderr
