"""Stored assessments are read for a comparison together, one query per table: the compare view
(``compare.load_assessments``) and `wen-assess compare` read each child table once, for five
assessments as for two."""

from __future__ import annotations

from contextlib import contextmanager

from cli_runner import run_cli
from conftest import copy_of_demo_library
from sqlalchemy import event
from sqlalchemy.engine import Engine

from wen_assess.compare import load_assessments
from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

CHILD_TABLES = ("answer", "participant", "area_target", "plan_action", "response")
ONCE_EACH = dict.fromkeys(CHILD_TABLES, 1)


def reads_of_children(selects: list[str]) -> dict[str, int]:
    return {t: sum(f"FROM {t} " in s.replace("\n", " ") for s in selects) for t in CHILD_TABLES}


@contextmanager
def counted_selects():
    """Counts the SELECT statements every engine runs while the block runs."""
    selects: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield selects
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def test_the_compare_view_reads_five_assessments_in_as_many_queries_as_two(
    demo_library_file, tmp_path
):
    path = copy_of_demo_library(demo_library_file, tmp_path / "library.sqlite")
    service = AssessmentService(open_database(path), default_registry())
    ids = [summary.id for summary in service.list_summaries()]
    assert len(ids) == 5

    with counted_selects() as two:
        pairs_of_two = load_assessments(service, ids[:2])
    with counted_selects() as five:
        pairs_of_five = load_assessments(service, ids)

    assert len(five) == len(two)
    assert reads_of_children(five) == ONCE_EACH
    # The same records as reading them one by one, responses included, oldest first.
    one_by_one = [service.get(number).record for number in ids]
    assert sorted(r.uuid for _, r in pairs_of_five) == sorted(r.uuid for r in one_by_one)
    by_uuid = {r.uuid: r for r in one_by_one}
    assert all(record == by_uuid[record.uuid] for _, record in pairs_of_five)
    dates = [r.assessment_date for _, r in pairs_of_two]
    assert dates == sorted(dates)


def test_the_compare_command_reads_five_assessments_in_as_many_queries_as_two(
    demo_library_file, tmp_path
):
    path = copy_of_demo_library(demo_library_file, tmp_path / "library.sqlite")
    ids = [str(n) for n in range(1, 6)]

    def compare(*refs: str, name: str):  # type: ignore[no-untyped-def]
        with counted_selects() as selects:
            result = run_cli("--db", str(path), "compare", *refs, "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        return selects, result

    two, _ = compare(*ids[:2], name="two.csv")
    five, result = compare(*ids, name="five.csv")
    assert "wrote the comparison of" in result.stdout
    # Each ID is resolved on its own (one indexed look-up); the assessments are read together.
    assert reads_of_children(two) == reads_of_children(five) == ONCE_EACH
