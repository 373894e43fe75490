"""A click scores with the answers and targets the service kept from its last click, read again
whenever anyone else has changed the assessment since (see ``storage/kept_answers.py``).

What a user sees must never depend on it: each test has a second service (another window or
another person on the same database) change the assessment between two clicks of the first,
then checks the first's result and the listing's summary against a fresh read. Each runs on a
SQLite file and on a PostgreSQL database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from wen_assess.exchange.export import export_assessment
from wen_assess.exchange.importer import import_file
from wen_assess.questionnaire import default_registry
from wen_assess.storage import history
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService, InvalidAnswer, Locked

G2 = "iccwc-wen-g2"


@contextmanager
def two_people(target: Path | str) -> Iterator[tuple[AssessmentService, AssessmentService]]:
    first, second = open_database(target), open_database(target)
    try:
        yield (
            AssessmentService(first, default_registry()),
            AssessmentService(second, default_registry()),
        )
    finally:
        first.close()
        second.close()


def agrees_with_a_fresh_read(target: Path | str, assessment_id: int, result) -> None:  # type: ignore[no-untyped-def]
    """The click's result, and the summary it wrote, are what the stored answers give."""
    database = open_database(target)
    try:
        fresh = AssessmentService(database, default_registry())
        assert result == fresh.result(assessment_id)
        [summary] = [s for s in fresh.list_summaries() if s.id == assessment_id]
        assert (summary.items_answered, summary.overall_score, summary.overall_band) == (
            result.items_answered,
            result.overall_score,
            result.overall_band,
        )
    finally:
        database.close()


def test_an_answer_saved_by_someone_else_counts_in_my_next_click(db_target) -> None:
    with two_people(db_target) as (me, other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=1)
        other.set_answer(a, "G2-GOV-02", level=3)
        other.set_answer(a, "G2-MEM-01", not_applicable=True, justification="no members yet")
        result = me.set_answer(a, "G2-GOV-03", level=2).result
    assert result.items_answered == 4
    assert result.area("GOV").mean_level == 2.0  # (1 + 3 + 2) / 3
    agrees_with_a_fresh_read(db_target, a, result)


def test_an_answer_someone_else_cleared_is_not_scored_by_my_next_click(db_target) -> None:
    with two_people(db_target) as (me, other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=3)
        me.set_answer(a, "G2-GOV-02", level=3)
        other.clear_answer(a, "G2-GOV-01")
        result = me.set_answer(a, "G2-GOV-02", level=1).result
    assert result.items_answered == 1
    assert result.area("GOV").mean_level == 1.0
    agrees_with_a_fresh_read(db_target, a, result)


def test_a_target_someone_else_set_is_in_my_next_click(db_target) -> None:
    with two_people(db_target) as (me, other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=1)
        other.set_target(a, "GOV", 2.5)
        result = me.set_answer(a, "G2-GOV-02", level=2).result
    assert result.area("GOV").target == 2.5
    assert result.area("GOV").gap == 1.0
    agrees_with_a_fresh_read(db_target, a, result)


def test_carried_over_answers_confirmed_by_someone_else_are_not_confirmed_again(
    db_target,
) -> None:
    """Another window confirming a carried-over answer changes the answer the click starts
    from: my next change of it records a change of level, not a review."""
    with two_people(db_target) as (me, other):
        baseline = me.create(G2, "HAWEN")
        me.set_answer(baseline, "G2-GOV-01", level=1)
        a = me.reassess(baseline)
        me.set_answer(a, "G2-GOV-02", level=2)  # my click keeps G2-GOV-01 as carried over
        other.mark_reviewed(a, ["G2-GOV-01"])
        me.set_answer(a, "G2-GOV-01", notes="checked in March")
        answers = {x.item_id: x for x in me.get(a).record.answers}
        kinds = [e.what for e in me.history(a, "G2-GOV-01")]
    assert answers["G2-GOV-01"].carried_over is False
    assert answers["G2-GOV-01"].notes == "checked in March"
    assert kinds.count("reviewed") == 1  # only theirs: mine was a change of its notes


def test_an_assessment_deleted_and_imported_again_is_read_anew(db_target, tmp_path) -> None:
    """The same assessment (same uuid) brought back from its file by someone else, with an
    answer changed before they exported it: my next click scores that answer."""
    with two_people(db_target) as (me, other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=1)
        other.set_answer(a, "G2-GOV-01", level=3)
        exported = export_assessment(other.get(a).record, tmp_path / "a.wen.json", other.registry)
        other.delete(a)
        again = import_file(other, exported).assessment_id
        assert again is not None
        result = me.set_answer(again, "G2-GOV-02", level=3).result
    assert result.area("GOV").mean_level == 3.0
    agrees_with_a_fresh_read(db_target, again, result)


def test_a_click_that_failed_leaves_nothing_of_itself_for_the_next(db_target, monkeypatch) -> None:
    """The answer written by a click whose transaction was rolled back (here its history row
    could not be written) is neither stored nor scored by the next click."""
    with two_people(db_target) as (me, _other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=2)
        real_record = history.record

        def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise OSError("disk gone")

        monkeypatch.setattr(history, "record", failing)
        with pytest.raises(OSError):
            me.set_answer(a, "G2-GOV-02", level=3)
        monkeypatch.setattr(history, "record", real_record)
        result = me.set_answer(a, "G2-GOV-03", level=0).result
    assert result.items_answered == 2
    assert result.area("GOV").mean_level == 1.0  # (2 + 0) / 2: G2-GOV-02 was never saved
    agrees_with_a_fresh_read(db_target, a, result)


def test_refused_clicks_leave_the_kept_answers_right(db_target) -> None:
    with two_people(db_target) as (me, other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=2)
        with pytest.raises(InvalidAnswer):
            me.set_answer(a, "G2-GOV-02", level=7)
        result = me.set_answer(a, "G2-GOV-02", level=1).result
        assert result.area("GOV").mean_level == 1.5
        for item in other.registry.get(G2).items:
            other.set_answer(a, item.id, level=2)
        other.complete(a)
        with pytest.raises(Locked):
            me.set_answer(a, "G2-GOV-02", level=3)
        completed = other.result(a)
    assert completed.items_answered == completed.items_total
    agrees_with_a_fresh_read(db_target, a, completed)


def test_a_click_with_nothing_changed_since_reads_no_answers_again(db_target) -> None:
    """What the kept answers are for: a click after my own reads the assessment's head only,
    not its answers and targets again; after someone else's change it reads them once."""
    with two_people(db_target) as (me, other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=1)
        reads: list[str] = []

        def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            if re.search(r"\bFROM (answer|area_target)\b", statement):
                reads.append(statement)

        event.listen(me.database.engine, "before_cursor_execute", count)
        me.set_answer(a, "G2-GOV-02", level=2)
        mine = len(reads)
        other.set_answer(a, "G2-GOV-03", level=3)
        reads.clear()
        result = me.set_answer(a, "G2-GOV-04", level=3).result
        after_theirs = len(reads)
        event.remove(me.database.engine, "before_cursor_execute", count)
    assert mine == 0
    assert after_theirs == 2  # the answers and the targets
    assert result.items_answered == 4


def test_an_assessment_brought_back_from_an_edited_file_is_read_anew(db_target, tmp_path) -> None:
    """Deleted, its file edited outside the app (its times left as they were), and imported
    again by someone else: it comes back with the same uuid and time of last change, and on
    SQLite perhaps the same number. Its history's ids are new ones, never those the deleted
    rows had, so my next click reads the edited answer."""
    with two_people(db_target) as (me, other):
        elsewhere = other.create(G2, "SAWEN")
        a = me.create(G2, "HAWEN")
        other.set_answer(elsewhere, "G2-GOV-01", level=2)
        me.set_answer(a, "G2-GOV-01", level=1)
        exported = export_assessment(other.get(a).record, tmp_path / "a.wen.json", other.registry)
        other.delete(a)
        document = json.loads(exported.read_text(encoding="utf-8"))
        [answer] = document["assessment"]["answers"]
        answer["level"] = 3
        exported.write_text(json.dumps(document), encoding="utf-8")
        again = import_file(other, exported).assessment_id
        assert again is not None
        result = me.set_answer(again, "G2-GOV-02", level=1).result
    assert result.area("GOV").mean_level == 2.0  # (3 + 1) / 2: the edited level counts
    agrees_with_a_fresh_read(db_target, again, result)


def test_history_ids_are_never_given_twice(db_target) -> None:
    """The revision a window or a click has seen is never seen again for other content."""
    with two_people(db_target) as (me, _other):
        a = me.create(G2, "HAWEN")
        me.set_answer(a, "G2-GOV-01", level=1)
        seen = me.revision(a)
        me.delete(a)
        b = me.create(G2, "HAWEN")
        assert me.revision(b) > seen
