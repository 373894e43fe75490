"""Who changed what, and two people on one database: every change is recorded with its author
in its own transaction, and an edit based on a value someone else has changed since is refused
with a Conflict that says whose value is stored; nothing is lost either way.

Two services on one file stand for two app instances (two windows, or two people on a shared
office PC); what is checked is read back through a third, fresh one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from wen_assess.questionnaire import default_registry
from wen_assess.records import ActionRecord, AnswerRecord, ParticipantRecord
from wen_assess.storage.database import open_database
from wen_assess.storage.history_text import describe
from wen_assess.storage.service import AssessmentService, Conflict, InvalidAnswer, NotReady

G2 = "iccwc-wen-g2"
ITEM = "G2-GOV-01"


@contextmanager
def service_as(path: Path, user: str) -> Iterator[AssessmentService]:
    svc = AssessmentService(open_database(path), default_registry())
    svc.user = user
    try:
        yield svc
    finally:
        svc.database.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "shared.sqlite"


def lines(svc: AssessmentService, assessment_id: int, item_id: str | None = None) -> list[str]:
    return [f"{e.by}: {describe(e)}" for e in svc.history(assessment_id, item_id)]


def test_every_kind_of_change_records_who_made_it_and_what_it_was(path: Path) -> None:
    with service_as(path, "A. Mwangi") as amina:
        aid = amina.create(G2, "HAWEN")
        amina.set_answer(aid, ITEM, level=1)
        amina.set_answer(aid, ITEM, level=2, notes="minutes of 2 March")
        amina.set_answer(aid, ITEM, flagged=True)
        amina.set_answer(aid, "G2-GOV-02", not_applicable=True, justification="no ports")
        amina.update_profile(aid, facilitator="J. Okello", language="fr")
        amina.set_participants(aid, [ParticipantRecord(name="Zoë")])
        amina.set_target(aid, "GOV", 2.5)
        amina.set_actions(aid, [ActionRecord(item_id=ITEM, owner="Kenya Wildlife Service")])
        amina.set_actions(aid, [ActionRecord(item_id=ITEM, owner="KWS", due=date(2026, 6, 30))])
    with service_as(path, "someone else") as fresh:
        assert lines(fresh, aid, ITEM) == [
            "A. Mwangi: – → 1",
            "A. Mwangi: 1 → 2, note edited",
            "A. Mwangi: flagged for review",
            "A. Mwangi: plan entry added",
            "A. Mwangi: plan entry edited (owner, due date)",
        ]
        assert lines(fresh, aid, "G2-GOV-02") == ["A. Mwangi: – → N/A, justification edited"]
        whole = lines(fresh, aid)
        assert whole[0] == "A. Mwangi: created"
        assert "A. Mwangi: working language en → fr, facilitator edited" in whole
        assert "A. Mwangi: participants edited (0 → 1)" in whole
        assert "A. Mwangi: target – → 2.5" in whole
        [level_change] = [e for e in fresh.history(aid, ITEM) if e.new == {"level": 2, "notes":
                          "minutes of 2 March"}]  # fmt: skip
        assert level_change.old == {"level": 1, "notes": ""}


def test_saving_the_same_value_again_records_nothing(path: Path) -> None:
    with service_as(path, "A") as svc:
        aid = svc.create(G2, "SAWEN")
        svc.set_answer(aid, ITEM, level=2)
        before = svc.revision(aid)
        svc.set_answer(aid, ITEM, level=2)
        svc.update_profile(aid, title=svc.get(aid).record.title)
        assert svc.revision(aid) == before
        assert len(svc.history(aid, ITEM)) == 1


def test_a_refused_change_records_nothing(path: Path) -> None:
    with service_as(path, "A") as svc:
        aid = svc.create(G2, "SAWEN")
        before = svc.revision(aid)
        with pytest.raises(NotReady):
            svc.complete(aid)
        with pytest.raises(InvalidAnswer):
            svc.set_answer(aid, ITEM, level=9)
        assert svc.revision(aid) == before


def test_the_revision_grows_with_each_change_from_any_instance(path: Path) -> None:
    with service_as(path, "A") as first, service_as(path, "B") as second:
        aid = first.create(G2, "LATF")
        seen = first.revision(aid)
        second.set_answer(aid, ITEM, level=3)
        assert first.revision(aid) > seen  # the other instance's change is visible at once
        first.delete(aid)
        assert second.revision(aid) is None  # deleted: the other window can say so


def test_an_edit_on_a_value_changed_since_is_refused_and_says_by_whom(path: Path) -> None:
    with service_as(path, "Amina") as amina, service_as(path, "Bruno") as bruno:
        aid = amina.create(G2, "SudWEN")
        amina.set_answer(aid, ITEM, level=1, notes="first draft")
        seen = amina.get(aid).record.answer(ITEM)  # both windows show level 1
        bruno.set_answer(aid, ITEM, level=2, base=seen)
        with pytest.raises(Conflict) as refused:
            amina.set_answer(aid, ITEM, level=3, base=seen)
        conflict = refused.value
        assert conflict.theirs.level == 2
        assert conflict.mine == {"level": 3}
        assert conflict.last.by == "Bruno"
        # A field Bruno did not touch is not a conflict.
        amina.set_answer(aid, ITEM, flagged=True, base=seen)
    with service_as(path, "reader") as fresh:
        answer = fresh.get(aid).record.answer(ITEM)
        assert (answer.level, answer.flagged) == (2, True)  # Amina's 3 was not applied


def test_keep_mine_and_take_theirs_both_leave_both_values_in_the_history(path: Path) -> None:
    with service_as(path, "Amina") as amina, service_as(path, "Bruno") as bruno:
        aid = amina.create(G2, "ASEAN-WEN")
        seen = AnswerRecord(item_id=ITEM)  # both see it unanswered, with no notes
        bruno.set_answer(aid, ITEM, notes="Bruno's note", base=None)
        with pytest.raises(Conflict) as refused:
            amina.set_answer(aid, ITEM, notes="Amina's note", base=seen)
        # Keep mine: the edit again, based on their value now seen.
        amina.set_answer(aid, ITEM, notes="Amina's note", base=refused.value.theirs)
        # The other way round on another item: take theirs, and set mine aside in the history.
        bruno.set_answer(aid, "G2-GOV-02", level=1, base=None)
        with pytest.raises(Conflict) as again:
            amina.set_answer(aid, "G2-GOV-02", level=3, base=None)
        amina.set_aside(aid, "G2-GOV-02", {"level": again.value.theirs.level}, again.value.mine)
    with service_as(path, "reader") as fresh:
        record = fresh.get(aid).record
        assert record.answer(ITEM).notes == "Amina's note"
        assert record.answer("G2-GOV-02").level == 1
        notes = [e.new for e in fresh.history(aid, ITEM)]
        assert notes == [{"notes": "Bruno's note"}, {"notes": "Amina's note"}]
        assert lines(fresh, aid, "G2-GOV-02")[-1] == (
            "Amina: set aside in a conflict, their value kept: 1 → 3"
        )


def test_without_a_base_the_cli_semantics_stay_last_write_wins(path: Path) -> None:
    with service_as(path, "A") as first, service_as(path, "B") as second:
        aid = first.create(G2, "HAWEN")
        second.set_answer(aid, ITEM, level=2)
        first.set_answer(aid, ITEM, level=0)
        assert second.get(aid).record.answer(ITEM).level == 0


def test_the_user_name_defaults_to_the_environment_then_the_login(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEN_ASSESS_USER", "  Coordinator LATF ")
    svc = AssessmentService(open_database(path), default_registry())
    try:
        aid = svc.create(G2, "LATF")
        assert svc.history(aid)[0].by == "Coordinator LATF"
    finally:
        svc.database.close()
    monkeypatch.delenv("WEN_ASSESS_USER")
    from wen_assess.storage.history import default_user

    assert default_user()  # the login name, never empty


def test_profile_and_plan_edits_on_values_changed_since_are_conflicts(path: Path) -> None:
    with service_as(path, "Amina") as amina, service_as(path, "Bruno") as bruno:
        aid = amina.create(G2, "HAWEN")
        title = amina.get(aid).record.title
        bruno.update_profile(aid, facilitator="Bruno", base={"facilitator": ""})
        with pytest.raises(Conflict) as refused:
            amina.update_profile(
                aid, facilitator="Amina", title="New", base={"facilitator": "", "title": title}
            )
        conflict = refused.value
        assert (conflict.what, conflict.item_id) == ("profile", "")
        assert (conflict.theirs, conflict.mine) == (
            {"facilitator": "Bruno"},
            {"facilitator": "Amina"},
        )
        assert conflict.last.by == "Bruno"
        assert amina.get(aid).record.title == title  # nothing of the refused edit was written

        default = ActionRecord(item_id=ITEM)
        amina.change_action(aid, ITEM, {"owner": "KWS"}, default=default)
        bruno.change_action(aid, ITEM, {"owner": "TRAFFIC"}, default=default, base={"owner": "KWS"})
        # Another field of the same entry, seen as it was: no conflict, Bruno's owner kept.
        amina.change_action(
            aid, ITEM, {"status": "done"}, default=default, base={"status": "planned"}
        )
        with pytest.raises(Conflict) as plan:
            amina.change_action(
                aid, ITEM, {"owner": "Secretariat"}, default=default, base={"owner": "KWS"}
            )
        assert (plan.value.what, plan.value.theirs, plan.value.mine) == (
            "plan",
            {"owner": "TRAFFIC"},
            {"owner": "Secretariat"},
        )
        assert plan.value.last.by == "Bruno"
        amina.set_aside(aid, ITEM, plan.value.theirs, plan.value.mine)
    with service_as(path, "reader") as fresh:
        [action] = fresh.get(aid).record.actions
        assert (action.owner, action.status) == ("TRAFFIC", "done")
        assert lines(fresh, aid, ITEM)[-1] == (
            "Amina: set aside in a conflict, their value kept: owner edited"
        )
