"""The action plan: defaults from the priorities, saved entries win, CSV and file round trips."""

import csv
from datetime import date

import pytest
from cli_runner import run_cli

from wen_assess.exchange import export_assessment, read_assessment_file
from wen_assess.plan import CSV_COLUMNS, plan_entries, write_plan_csv
from wen_assess.questionnaire import default_registry
from wen_assess.records import ActionRecord, AnswerRecord, AssessmentRecord
from wen_assess.scoring import score
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService, ServiceError

REGISTRY = default_registry()
Q = REGISTRY.get("iccwc-wen-g2")


def _record(**extra) -> AssessmentRecord:
    answers = [
        AnswerRecord(item_id="G2-MEM-04", level=0),  # critical, low: P1
        AnswerRecord(item_id="G2-MEM-01", level=1),  # P2
        AnswerRecord(item_id="G2-GOV-05", level=2),  # P3
        AnswerRecord(item_id="G2-GOV-06", level=3),  # no action
        AnswerRecord(item_id="G2-FIN-01", not_applicable=True, justification="none"),
    ]
    return AssessmentRecord(
        uuid="0b8a4c2e-1f3d-4c5b-9a7e-6d2f1e0c9b8a",
        questionnaire={"id": Q.id, "version": Q.version},
        network={"name": "Test WEN"},
        assessment_date=date(2025, 1, 31),
        answers=answers,
        **extra,
    )


def test_defaults_follow_the_priorities():
    record = _record()
    entries = plan_entries(record, score(Q, record.scoring_answers()))
    assert [(e.item_id, e.priority_label) for e in entries] == [
        ("G2-MEM-04", "P1"),
        ("G2-MEM-01", "P2"),
        ("G2-GOV-05", "P3"),
    ]
    p1, p2, p3 = (e.action for e in entries)
    # 6, 12 and 24 months after 31 January 2025 (the day clamps to the month's end)
    assert (p1.due, p2.due, p3.due) == (date(2025, 7, 31), date(2026, 1, 31), date(2027, 1, 31))
    assert all(a.status == "planned" and a.owner == "" for a in (p1, p2, p3))
    assert "task force" in p1.text
    assert not any(e.saved for e in entries)


def test_saved_entries_win_and_finished_work_stays_listed():
    saved = [
        ActionRecord(item_id="G2-MEM-01", owner="Secretariat", status="in_progress"),
        ActionRecord(item_id="G2-GOV-06", text="Rotation rule adopted", status="done"),
    ]
    record = _record(actions=saved)
    entries = plan_entries(record, score(Q, record.scoring_answers()))
    by_item = {e.item_id: e for e in entries}
    assert by_item["G2-MEM-01"].action.owner == "Secretariat"
    assert by_item["G2-MEM-01"].saved
    # G2-GOV-06 is at the top level now, but its finished action is not dropped
    assert by_item["G2-GOV-06"].priority is None
    assert by_item["G2-GOV-06"].action.status == "done"


def test_an_owner_too_long_to_keep_is_refused_when_changed(tmp_path):
    service = AssessmentService(open_database(tmp_path / "a.sqlite"), REGISTRY)
    assessment_id = service.create(Q.id, "Test WEN", assessment_date=date(2025, 1, 31))
    service.set_answer(assessment_id, "G2-MEM-04", level=0)
    entry = plan_entries(service.get(assessment_id).record, service.result(assessment_id))[0]
    with pytest.raises(ServiceError):
        service.change_action(
            assessment_id, "G2-MEM-04", {"owner": "x" * 600}, default=entry.action
        )
    assert service.get(assessment_id).record.actions == []


def test_csv_reads_back_in_a_spreadsheet_encoding(tmp_path):
    owner = 'Ministère de l\'Environnement — Quản lý rừng, "AT&T"'
    record = _record(actions=[ActionRecord(item_id="G2-MEM-04", owner=owner)])
    entries = plan_entries(record, score(Q, record.scoring_answers()))
    path = write_plan_csv(Q, entries, tmp_path / "plan.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert first["Priority"] == "P1"
    assert first["Item"] == "G2-MEM-04"
    assert first["Current level"] == "0 Not in place"
    assert first["Next level"] == "1 Initial"
    assert first["Owner"] == owner
    assert first["Due"] == ""  # saved without a due date: none is invented
    assert first["Status"] == "Planned"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_plan_round_trips_through_database_and_file(tmp_path):
    service = AssessmentService(open_database(tmp_path / "a.sqlite"), REGISTRY)
    assessment_id = service.create(Q.id, "Test WEN", assessment_date=date(2025, 1, 31))
    service.set_answer(assessment_id, "G2-MEM-04", level=1)
    record = service.get(assessment_id).record
    entries = plan_entries(record, service.result(assessment_id))
    # As the plan page saves an edit (through the controller's change_plan).
    service.change_action(
        assessment_id, "G2-MEM-04", {"owner": "Kenya", "status": "done"}, default=entries[0].action
    )

    fresh = AssessmentService(open_database(tmp_path / "a.sqlite"), REGISTRY)
    stored = fresh.get(assessment_id).record
    assert [(a.item_id, a.owner, a.status) for a in stored.actions] == [
        ("G2-MEM-04", "Kenya", "done")
    ]

    path = export_assessment(stored, tmp_path / "a.wen.json", REGISTRY)
    assert read_assessment_file(path, REGISTRY).actions == stored.actions


def test_actions_command_writes_the_csv(tmp_path):
    db = tmp_path / "cli.sqlite"
    assert run_cli("--db", str(db), "demo").returncode == 0  # in-process: tests/cli_runner.py
    out = tmp_path / "plan.csv"
    result = run_cli("--db", str(db), "actions", "1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Priority" and len(rows) > 1


@pytest.mark.parametrize("bad", ["G2-XXX-01"])
def test_unknown_items_are_refused_in_the_plan(tmp_path, bad):
    from wen_assess.storage.service import ServiceError

    service = AssessmentService(open_database(tmp_path / "a.sqlite"), REGISTRY)
    assessment_id = service.create(Q.id, "Test WEN")
    with pytest.raises(ServiceError, match=bad):
        service.set_actions(assessment_id, [ActionRecord(item_id=bad)])
    assert service.get(assessment_id).record.actions == []


def test_the_plan_as_an_excel_workbook(tmp_path):
    from openpyxl import load_workbook

    from wen_assess.plan import write_plan

    owner = '=HYPERLINK("x")'  # typed by a user: must stay text, not become a formula
    record = _record(actions=[ActionRecord(item_id="G2-MEM-04", owner=owner, due=date(2025, 9, 1))])
    entries = plan_entries(record, score(Q, record.scoring_answers()))
    path = write_plan(Q, entries, tmp_path / "plan.xlsx")
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows.index(CSV_COLUMNS)  # below the title block
    first = dict(zip(CSV_COLUMNS, rows[header + 1], strict=True))
    assert first["Priority"] == "P1" and first["Item"] == "G2-MEM-04"
    assert first["Due"].date() == date(2025, 9, 1)  # a real date cell
    assert first["Owner"] == owner  # exactly as typed, stored as text
    owner_cell = sheet.cell(row=header + 2, column=CSV_COLUMNS.index("Owner") + 1)
    assert owner_cell.data_type == "s"
    assert len(rows) == header + 1 + len(entries)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


def test_a_file_open_elsewhere_gives_an_actionable_message():
    import errno

    from wen_assess.files import write_problem

    assert "open in another program" in write_problem(PermissionError(13, "Permission denied"))
    assert write_problem(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert write_problem(FileNotFoundError(2, "No such file")) == "the folder does not exist"


def test_the_use_cases_score_and_plan_as_the_service_does(tmp_path):
    """GUI and CLI write the plan through wen_assess.usecases: the same entries, one scoring."""
    from wen_assess import usecases

    service = AssessmentService(open_database(tmp_path / "a.sqlite"), REGISTRY)
    assessment_id = service.create(Q.id, "Test WEN", assessment_date=date(2025, 3, 31))
    for n, item in enumerate(Q.items[:20]):
        service.set_answer(assessment_id, item.id, level=n % 4)
    assessment = usecases.load(service, assessment_id)
    assert assessment.result == service.result(assessment_id)
    assert assessment.plan == plan_entries(assessment.record, assessment.result)
    written = usecases.write_plan(assessment, tmp_path / "plan.csv")
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1 + len(assessment.plan)
    with pytest.raises(ValueError, match=r"must end in \.pdf or \.csv"):
        usecases.write_comparison(None, tmp_path / "comparison.txt")  # type: ignore[arg-type]
    service.database.close()


def test_an_action_serving_two_planned_items_is_marked_on_both_and_only_there():
    answers = [
        AnswerRecord(item_id="G2-MEM-02", level=1),  # P2: shares G2-MEM-A2 with G2-MEM-03
        AnswerRecord(item_id="G2-MEM-03", level=2),  # P3
        AnswerRecord(item_id="G2-GOV-06", level=0),  # P2: shares G2-GOV-A4 with G2-GOV-08 ...
        AnswerRecord(item_id="G2-GOV-08", level=3),  # ... which needs no further step
        AnswerRecord(item_id="G2-DEL-04", level=1),  # its own action
    ]
    record = _record(actions=[ActionRecord(item_id="G2-GOV-08", text="Done")])
    record = record.model_copy(update={"answers": answers})
    entries = {e.item_id: e for e in plan_entries(record, score(Q, record.scoring_answers()))}
    assert entries["G2-MEM-02"].shared_with == ("G2-MEM-03",)
    assert entries["G2-MEM-03"].shared_with == ("G2-MEM-02",)
    # G2-GOV-08 is at the top level: listed for its agreed action, but no work is left to share.
    assert entries["G2-GOV-06"].shared_with == ()
    assert entries["G2-GOV-08"].priority is None and entries["G2-GOV-08"].shared_with == ()
    assert entries["G2-DEL-04"].shared_with == ()


def test_an_item_without_a_recommended_action_gets_the_same_next_step_everywhere(tmp_path):
    from openpyxl import load_workbook

    from wen_assess.plan import recommended_action, write_plan

    # A questionnaire whose areas list no action: the plan falls back to the next level.
    bare = Q.model_copy(update={"areas": [a.model_copy(update={"actions": []}) for a in Q.areas]})
    record = _record()
    entries = plan_entries(record, score(bare, record.scoring_answers()))
    first = entries[0]
    expected = "Work towards level 1 (" + bare.scale.level(1).label.en + "): "
    # What the plan page shows as the action, and what the workbook recommends, agree.
    assert first.action.text.startswith(expected)
    assert first.action.text == recommended_action(bare, first)
    sheet = load_workbook(write_plan(bare, entries, tmp_path / "p.xlsx", record)).active
    header = [c.value for c in sheet[5]]
    assert sheet.cell(6, header.index("Recommended action") + 1).value == first.action.text


def test_a_french_workbook_writes_the_assessment_date_in_french(tmp_path):
    from openpyxl import load_workbook

    from wen_assess.plan import write_plan

    record = _record(language="fr")
    entries = plan_entries(record, score(Q, record.scoring_answers()))
    sheet = load_workbook(write_plan(Q, entries, tmp_path / "p.xlsx", record)).active
    assert "évalué le 31 janvier 2025" in sheet["A2"].value
    assert "2025-01-31" not in sheet["A2"].value
    assert sheet["A1"].value == "Plan d'action — Test WEN"
