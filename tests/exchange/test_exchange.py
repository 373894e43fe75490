"""The `.wen.json` exchange file: round trips, every rejection rule, export safety, upgrades.

The rules tested here are those of docs/assessment-format.md. Every rejected file must leave
the database exactly as it was: the same bytes on disk and the same rows in every table.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from wen_assess import __version__
from wen_assess import files as files_module
from wen_assess.exchange import (
    FORMAT_NAME,
    ExchangeError,
    ImportOutcome,
    export_assessment,
    import_files,
    read_assessment_file,
)
from wen_assess.exchange import export as export_module
from wen_assess.exchange import reader as reader_module
from wen_assess.exchange import upgrades as upgrades_module
from wen_assess.exchange.document import AssessmentDocument
from wen_assess.exchange.reader import MAX_FILE_BYTES, parse_assessment
from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord
from wen_assess.storage import database as database_module
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

TABLES = ("assessment", "answer", "participant", "area_target", "plan_action", "alembic_version")


# ---- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def registry():
    return default_registry()


def new_service(path: Path | str, registry) -> AssessmentService:
    return AssessmentService(open_database(path), registry)


@pytest.fixture
def library(new_db, registry):
    """A database holding the five demo assessments (a copy of a library imported once)."""
    service = new_service(new_db("library", demos=True), registry)
    yield service
    service.database.close()


@pytest.fixture
def empty(new_db, registry):
    service = new_service(new_db("empty"), registry)
    yield service
    service.database.close()


def demo_id(service: AssessmentService, network: str, year: int | None = None) -> int:
    matches = [
        s.id
        for s in service.list_summaries()
        if s.network_name == network and (year is None or s.assessment_date.year == year)
    ]
    assert len(matches) == 1, matches
    return matches[0]


@pytest.fixture(scope="module")
def exported_once() -> dict[bool, dict[str, Any]]:
    """ASEAN-WEN 2025 as exported from each kind of demo library (on a server: True), kept
    for the module: every copy of a kind of library exports it identically."""
    return {}


@pytest.fixture
def valid_doc(library, tmp_path, exported_once) -> dict[str, Any]:
    """A complete, valid exported document (ASEAN-WEN 2025, completed) with a fresh uuid."""
    on_server = library.database.path is None
    if on_server not in exported_once:
        record = library.get(demo_id(library, "ASEAN-WEN")).record
        path = export_assessment(record, tmp_path / "source" / "asean.wen.json", library.registry)
        exported_once[on_server] = json.loads(path.read_text(encoding="utf-8"))
    doc = copy.deepcopy(exported_once[on_server])
    doc["assessment"]["uuid"] = str(uuid.uuid4())
    return doc


def write_doc(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def row_counts(service: AssessmentService) -> dict[str, int]:
    with service.database.engine.connect() as connection:
        return {
            table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in TABLES
        }


def snapshot(service: AssessmentService) -> tuple[dict[str, Any], dict[str, int]]:
    """The database's files (main file and write-ahead log) byte for byte, or on a server every
    row of every table, and its row counts."""
    path = service.database.path
    if path is None:
        with service.database.engine.connect() as connection:
            rows = {
                table: sorted(map(repr, connection.exec_driver_sql(f"SELECT * FROM {table}")))
                for table in TABLES
            }
        return rows, row_counts(service)
    files = {
        p.name: p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    }
    return files, row_counts(service)


def import_one(service: AssessmentService, path: Path) -> ImportOutcome:
    outcomes = import_files(service, [path])
    assert len(outcomes) == 1
    assert outcomes[0].path == str(path)
    return outcomes[0]


def assert_rejected(service: AssessmentService, path: Path, *expected: str) -> str:
    before = snapshot(service)
    outcome = import_one(service, path)
    assert outcome.status == "rejected", outcome
    assert outcome.message.strip()
    assert outcome.assessment_id is None
    for text in expected:
        assert text in outcome.message, (text, outcome.message)
    assert snapshot(service) == before
    return outcome.message


# ---- round trip ------------------------------------------------------------------------------


def test_every_demo_round_trips_into_an_empty_database(library, empty, tmp_path):
    summaries = library.list_summaries()
    assert len(summaries) == 5
    for summary in summaries:
        stored = library.get(summary.id)
        path = export_assessment(
            stored.record, tmp_path / f"{summary.id}.wen.json", registry=library.registry
        )
        outcome = import_one(empty, path)
        assert outcome.status == "imported", outcome
        assert outcome.assessment_id is not None
        copied = empty.get(outcome.assessment_id)
        assert copied.record == stored.record
        assert empty.result(outcome.assessment_id) == library.result(summary.id)

    def listed(service):
        return sorted(
            (s.uuid, s.overall_score, s.overall_band, s.items_answered)
            for s in service.list_summaries()
        )

    assert listed(empty) == listed(library)


NOTES = {
    "G2-SUP-01": 'x<y & "z">w',
    "G2-SUP-02": "Quản lý rừng đặc dụng – Cục Kiểm lâm, Việt Nam",
    "G2-SUP-03": "line one\nline two\r\nline three\n\n\ttabbed \\ backslash",
    "G2-SUP-04": "emoji 🐘🦏, RTL مرحبا, CJK 野生动物, NBSP\u00a0and ZWJ\u200d",
}


def test_unicode_and_escaping_survive_exactly(library, empty, tmp_path):
    sawen = demo_id(library, "SAWEN")  # in progress, so its answers can be edited
    for item_id, text in NOTES.items():
        library.set_answer(sawen, item_id, level=1, notes=text, justification=text[::-1])
    library.update_profile(sawen, title='SAWEN « 2025 » <b>&amp;</b> "quoted" Đà Nẵng')
    stored = library.get(sawen).record
    path = export_assessment(stored, tmp_path / "sawen.wen.json", library.registry)

    raw = path.read_text(encoding="utf-8")
    assert "Quản lý rừng đặc dụng" in raw  # written as readable UTF-8, not \u escapes
    in_file = {a["item_id"]: a for a in json.loads(raw)["assessment"]["answers"]}
    for item_id, text in NOTES.items():
        assert in_file[item_id]["notes"] == text
        assert in_file[item_id]["justification"] == text[::-1]

    copied = empty.get(import_one(empty, path).assessment_id).record
    assert copied == stored
    for item_id, text in NOTES.items():
        assert copied.answer(item_id).notes == text
    assert copied.title == 'SAWEN « 2025 » <b>&amp;</b> "quoted" Đà Nẵng'


def test_a_minimal_file_imports_with_defaults(empty, tmp_path):
    the_uuid = str(uuid.uuid4())
    path = write_doc(
        tmp_path / "minimal.wen.json",
        {
            "format": FORMAT_NAME,
            "format_version": 1,
            "assessment": {
                "uuid": the_uuid,
                "questionnaire": {"id": "iccwc-wen-g2"},
                "network": {"name": "MINI-WEN"},
                "answers": [],
            },
        },
    )
    outcome = import_one(empty, path)
    assert outcome.status == "imported", outcome
    record = empty.get(outcome.assessment_id).record
    assert record.uuid == the_uuid
    assert record.questionnaire.id == "iccwc-wen-g2"
    assert record.questionnaire.version == "1.0"  # the installed version is pinned
    assert record.network.name == "MINI-WEN"
    assert record.network.region == ""
    assert record.network.member_countries == []
    assert record.title == ""
    assert record.status == "in_progress"
    assert record.assessment_date is None
    assert record.answers == record.participants == record.actions == []
    assert record.targets == {}
    assert record.baseline_uuid is None
    assert record.is_demo is False
    assert record.completed_at is None
    assert isinstance(record.created_at, datetime)
    [summary] = empty.list_summaries()
    assert (summary.items_answered, summary.items_total) == (0, 47)
    assert summary.overall_score is None and summary.overall_band is None


def test_unknown_fields_are_ignored(valid_doc, library, tmp_path):
    valid_doc["from_a_later_version"] = {"anything": [1, 2]}
    valid_doc["assessment"]["new_field"] = "ignored"
    valid_doc["assessment"]["answers"][0]["confidence"] = "high"
    outcome = import_one(library, write_doc(tmp_path / "extra.wen.json", valid_doc))
    assert outcome.status == "imported", outcome


def test_a_utf8_bom_is_accepted(valid_doc, library, tmp_path):
    path = tmp_path / "bom.wen.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_doc).encode("utf-8"))
    assert import_one(library, path).status == "imported"


def test_timezone_aware_times_are_stored_as_utc(valid_doc, empty, tmp_path):
    valid_doc["assessment"]["created_at"] = "2024-11-20T10:00:00+02:00"
    valid_doc["assessment"]["updated_at"] = "2024-11-20T16:10:00Z"
    outcome = import_one(empty, write_doc(tmp_path / "tz.wen.json", valid_doc))
    record = empty.get(outcome.assessment_id).record
    assert record.created_at == datetime(2024, 11, 20, 8, 0, 0)
    assert record.updated_at == datetime(2024, 11, 20, 16, 10, 0)


# ---- duplicates ------------------------------------------------------------------------------


def test_the_same_uuid_twice_is_a_duplicate(valid_doc, library, tmp_path):
    path = write_doc(tmp_path / "once.wen.json", valid_doc)
    assert import_one(library, path).status == "imported"
    before = snapshot(library)
    again = import_one(library, path)
    assert again.status == "duplicate"
    assert "already in the database" in again.message
    assert again.assessment_id is None
    assert snapshot(library) == before


def test_a_demo_exported_and_imported_back_is_a_duplicate(library, tmp_path):
    asean = demo_id(library, "ASEAN-WEN")
    path = export_assessment(library.get(asean).record, tmp_path / "a.wen.json", library.registry)
    before = snapshot(library)
    assert import_one(library, path).status == "duplicate"
    assert snapshot(library) == before


def test_uuid_spelling_does_not_hide_a_duplicate(valid_doc, library, tmp_path):
    assert import_one(library, write_doc(tmp_path / "a.wen.json", valid_doc)).status == "imported"
    valid_doc["assessment"]["uuid"] = valid_doc["assessment"]["uuid"].upper()
    before = snapshot(library)
    assert import_one(library, write_doc(tmp_path / "b.wen.json", valid_doc)).status == "duplicate"
    assert snapshot(library) == before


def test_each_file_is_imported_on_its_own(valid_doc, library, tmp_path):
    good = write_doc(tmp_path / "good.wen.json", valid_doc)
    bad_doc = copy.deepcopy(valid_doc)
    bad_doc["assessment"]["uuid"] = str(uuid.uuid4())
    bad_doc["assessment"]["answers"][0]["level"] = 9
    bad = write_doc(tmp_path / "bad.wen.json", bad_doc)
    other = copy.deepcopy(valid_doc)
    other["assessment"]["uuid"] = str(uuid.uuid4())
    other_path = write_doc(tmp_path / "other.wen.json", other)
    outcomes = import_files(library, [good, bad, other_path, good])
    assert [o.status for o in outcomes] == ["imported", "rejected", "imported", "duplicate"]
    assert [o.path for o in outcomes] == [str(good), str(bad), str(other_path), str(good)]
    assert library.count() == 7


# ---- rejections ------------------------------------------------------------------------------


def _set(*path_and_value):
    *path, value = path_and_value

    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _drop(*path):
    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


def _answer_twice(doc):
    doc["assessment"]["answers"].append(dict(doc["assessment"]["answers"][3]))


def _unanswer_three(doc):
    del doc["assessment"]["answers"][5:8]


def _unanswer_one(doc):
    del doc["assessment"]["answers"][5]


def _level_and_na(doc):
    doc["assessment"]["answers"][0].update(level=2, not_applicable=True)


def _action_for_unknown_item(doc):
    doc["assessment"]["actions"] = [{"item_id": "G2-NOPE-99", "text": "Do it"}]


REJECTIONS = {
    "unknown questionnaire": (
        _set("assessment", "questionnaire", "id", "no-such-questionnaire"),
        ["questionnaire", "unknown questionnaire 'no-such-questionnaire'"],
    ),
    "unknown questionnaire version": (
        _set("assessment", "questionnaire", "version", "9.9"),
        ["version 9.9 is not installed", "installed: 1.0"],
    ),
    "unknown item id": (
        _set("assessment", "answers", 0, "item_id", "G2-XXX-99"),
        ["answers[0] (G2-XXX-99): no such item in iccwc-wen-g2 v1.0"],
    ),
    "level 4": (
        _set("assessment", "answers", 2, "level", 4),
        ["answers[2]", "level 4 is not on the scale"],
    ),
    "level -1": (
        _set("assessment", "answers", 2, "level", -1),
        ["answers[2]", "level -1 is not on the scale"],
    ),
    "level and not applicable": (
        _level_and_na,
        ["answers[0]", "cannot have a level and be Not applicable"],
    ),
    "malformed date": (
        _set("assessment", "assessment_date", "2024-13-45"),
        ["assessment.assessment_date"],
    ),
    "malformed action due date": (
        _set("assessment", "actions", [{"item_id": "G2-FIN-03", "due": "31/12/2025"}]),
        ["assessment.actions[0].due"],
    ),
    "wrong format name": (
        _set("format", "wen-assess/questionnaire"),
        ["not a wen-assess assessment file", FORMAT_NAME],
    ),
    "format missing": (_drop("format"), ["not a wen-assess assessment file"]),
    "format_version 2 (newer)": (
        _set("format_version", 2),
        ["format_version 2", "newer", "Update the app"],
    ),
    "format_version 0": (_set("format_version", 0), ["format_version 0 is not a valid version"]),
    "format_version '1'": (
        _set("format_version", "1"),
        ["format_version '1' is not a valid version"],
    ),
    "format_version true": (
        _set("format_version", True),
        ["format_version True is not a valid version"],
    ),
    "format_version 1.5": (_set("format_version", 1.5), ["is not a valid version"]),
    "format_version missing": (_drop("format_version"), ["format_version None is not a valid"]),
    "completed with unanswered items": (
        _unanswer_three,
        ["status: marked completed, but 3 items are unanswered"],
    ),
    "completed with one unanswered item": (
        _unanswer_one,
        ["status: marked completed, but 1 item is unanswered"],
    ),
    "unknown target area": (
        _set("assessment", "targets", {"XYZ": 2.0}),
        ["targets.XYZ: no such area in iccwc-wen-g2"],
    ),
    "target outside the scale": (
        _set("assessment", "targets", {"FIN": 3.5}),
        ["targets.FIN: 3.5 is outside the scale (0 to 3)"],
    ),
    "action for an unknown item": (
        _action_for_unknown_item,
        ["actions[0]: no such item G2-NOPE-99"],
    ),
    "answers given twice": (_answer_twice, ["assessment.answers", "answered twice"]),
    "missing network.name": (
        _drop("assessment", "network", "name"),
        ["assessment.network.name: required but missing"],
    ),
    "blank network.name": (_set("assessment", "network", "name", "   "), ["network.name"]),
    "missing answers": (
        _drop("assessment", "answers"),
        ["assessment.answers: required but missing"],
    ),
    "missing uuid": (_drop("assessment", "uuid"), ["assessment.uuid: required but missing"]),
    "uuid not a uuid": (_set("assessment", "uuid", "not-a-uuid"), ["'not-a-uuid' is not a UUID"]),
    "missing questionnaire id": (
        _drop("assessment", "questionnaire", "id"),
        ["assessment.questionnaire.id: required but missing"],
    ),
    "missing assessment": (_drop("assessment"), ["assessment: required but missing"]),
    "unknown status": (_set("assessment", "status", "done"), ["assessment.status"]),
    "note over 20,000 characters": (
        _set("assessment", "answers", 1, "notes", "n" * 20_001),
        ["assessment.answers[1].notes", "20000"],
    ),
    "answers not a list": (_set("assessment", "answers", {"G2-MEM-01": 2}), ["assessment.answers"]),
}


@pytest.mark.parametrize("case", list(REJECTIONS))
def test_a_bad_file_is_rejected_and_changes_nothing(case, valid_doc, library, tmp_path):
    mutate, expected = REJECTIONS[case]
    mutate(valid_doc)
    assert_rejected(library, write_doc(tmp_path / "bad.wen.json", valid_doc), *expected)


def test_every_problem_is_named(valid_doc, library, tmp_path):
    answers = valid_doc["assessment"]["answers"]
    answers[0]["item_id"] = "G2-XXX-01"
    answers[1]["level"] = 7
    valid_doc["assessment"]["targets"] = {"ZZZ": 1}
    message = assert_rejected(library, write_doc(tmp_path / "bad.wen.json", valid_doc))
    assert "G2-XXX-01" in message
    assert "level 7" in message
    assert "targets.ZZZ" in message
    assert "unanswered" in message  # answers[0]'s item is no longer answered; file is completed


def test_a_file_marked_completed_with_an_unjustified_na_is_refused(valid_doc, library, tmp_path):
    """Import applies the rule the app applies before completing: every N/A justified."""
    assert valid_doc["assessment"]["status"] == "completed"
    valid_doc["assessment"]["answers"][4].update(
        level=None, not_applicable=True, justification="  "
    )
    item_id = valid_doc["assessment"]["answers"][4]["item_id"]
    assert_rejected(
        library,
        write_doc(tmp_path / "bad.wen.json", valid_doc),
        f"status: marked completed, but {item_id} is marked Not applicable without a justification",
    )
    valid_doc["assessment"]["status"] = "in_progress"  # a draft may carry it
    assert import_one(library, write_doc(tmp_path / "draft.wen.json", valid_doc)).status == (
        "imported"
    )


RAW_REJECTIONS = {
    "invalid JSON": (
        b'{\n  "format": "wen-assess/assessment",\n  "format_version": 1,\n  oops\n}',
        ["not valid JSON", "line 4, column 3"],
    ),
    "truncated JSON": (
        b'{"format": "wen-assess/assessment", "format_version": 1, "assessment": {"uu',
        ["not valid JSON", "line 1, column"],
    ),
    "empty file": (b"", ["not valid JSON (line 1, column 1"]),
    "only whitespace": (b"  \n\n ", ["not valid JSON (line 3, column 2"]),
    "binary file": (bytes(range(256)) * 8, ["not UTF-8"]),
    "a JSON list": (b"[1, 2, 3]", ["not a wen-assess assessment file"]),
    "a JSON string": (b'"wen-assess/assessment"', ["not a wen-assess assessment file"]),
    "nested too deeply": (b"[" * 100_000 + b"]" * 100_000, ["not valid JSON"]),
}


@pytest.mark.parametrize("case", list(RAW_REJECTIONS))
def test_a_file_that_is_not_an_assessment_is_rejected(case, library, tmp_path):
    content, expected = RAW_REJECTIONS[case]
    path = tmp_path / "bad.wen.json"
    path.write_bytes(content)
    assert_rejected(library, path, *expected)


def test_a_file_over_5_mb_is_rejected_before_it_is_read(valid_doc, library, tmp_path, monkeypatch):
    valid_doc["padding"] = "x" * MAX_FILE_BYTES  # valid JSON otherwise: only the size is wrong
    path = write_doc(tmp_path / "huge.wen.json", valid_doc)
    assert path.stat().st_size > 5 * 1024 * 1024
    read_bytes = Path.read_bytes

    def no_whole_read(self):
        assert self != path, "a file over the limit must not be read whole"
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", no_whole_read)
    assert_rejected(library, path, "MB", "at most 5 MB")


def test_a_file_at_the_size_limit_is_read(valid_doc, library, tmp_path):
    path = tmp_path / "big.wen.json"
    text = json.dumps(valid_doc)
    path.write_text(text + " " * (MAX_FILE_BYTES - len(text.encode("utf-8"))), encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert import_one(library, path).status == "imported"


def test_a_missing_file_or_a_folder_is_rejected(library, tmp_path):
    assert_rejected(library, tmp_path / "nowhere.wen.json", "no such file")
    (tmp_path / "folder.wen.json").mkdir()
    assert_rejected(library, tmp_path / "folder.wen.json", "folder")


def test_na_on_a_questionnaire_without_na_is_rejected(valid_doc, library, tmp_path, registry):
    # The bundled questionnaires both allow N/A; check the rule through the reader's check.
    from wen_assess.exchange.reader import check_against_questionnaire

    q = registry.get("iccwc-wen-g2")
    no_na = q.model_copy(update={"scale": q.scale.model_copy(update={"not_applicable": False})})
    record = AssessmentRecord.model_validate(valid_doc["assessment"])
    answers = list(record.answers)
    answers[0] = answers[0].model_copy(update={"level": None, "not_applicable": True})
    problems = check_against_questionnaire(record.model_copy(update={"answers": answers}), no_na)
    assert problems == [
        f"answers[0] ({answers[0].item_id}): iccwc-wen-g2 does not allow Not applicable"
    ]


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-05:00"], ids=["year-1", "year-9999"]
)
def test_a_time_that_cannot_be_expressed_in_utc_is_rejected_not_raised(
    when, valid_doc, library, tmp_path
):
    # Regression: AssessmentService.add_record converts times to naive UTC with astimezone();
    # for these it raised OverflowError, which import_file did not catch.
    valid_doc["assessment"]["created_at"] = when
    assert_rejected(library, write_doc(tmp_path / "far.wen.json", valid_doc), "created_at")


@pytest.mark.parametrize("level", [True, "2"], ids=["json-true", "json-string"])
def test_a_level_must_be_a_json_integer(level, valid_doc, library, tmp_path):
    # Regression: pydantic's lax mode turned true into 1 and "2" into 2, although the
    # published schema (docs/assessment-format.schema.json) says integer or null.
    valid_doc["assessment"]["answers"][0]["level"] = level
    assert_rejected(library, write_doc(tmp_path / "lax.wen.json", valid_doc), "answers[0].level")


def test_a_locked_database_gives_outcomes_not_an_exception(
    valid_doc, registry, tmp_path, monkeypatch
):
    # Regression: a storage failure (here: another program holds the write lock) used to leave
    # import_files as StorageFailure, so the outcomes of the other files were lost and the
    # command line reported an "unexpected error". Expected: one outcome per file, not imported.
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)  # fail fast: no full wait
    service = new_service(tmp_path / "locked.sqlite", registry)
    first = write_doc(tmp_path / "first.wen.json", valid_doc)
    valid_doc["assessment"]["uuid"] = str(uuid.uuid4())
    second = write_doc(tmp_path / "second.wen.json", valid_doc)
    before = snapshot(service)
    holder = sqlite3.connect(service.database.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        outcomes = import_files(service, [first, second])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [o.path for o in outcomes] == [str(first), str(second)]
    for outcome in outcomes:
        assert outcome.status not in ("imported", "duplicate"), outcome
        assert "another program is holding the database" in outcome.message
    assert snapshot(service) == before
    service.database.close()


def test_the_reader_needs_no_database(valid_doc, registry, tmp_path, monkeypatch):
    monkeypatch.setattr("wen_assess.storage.database.open_database", None)
    record = parse_assessment(json.dumps(valid_doc).encode(), registry, "in-memory.wen.json")
    assert record.uuid == valid_doc["assessment"]["uuid"]
    with pytest.raises(ExchangeError) as raised:
        parse_assessment(b"{}", registry, "in-memory.wen.json")
    assert raised.value.path == "in-memory.wen.json"
    assert str(raised.value).startswith("in-memory.wen.json: ")


# ---- export ----------------------------------------------------------------------------------


def test_export_writes_a_self_describing_json_file(library, tmp_path):
    hawen = demo_id(library, "HAWEN", 2024)
    record = library.get(hawen).record
    path = export_assessment(record, tmp_path / "hawen.wen.json", library.registry)
    assert path == tmp_path / "hawen.wen.json"
    doc = json.loads(path.read_bytes().decode("utf-8"))
    assert doc["format"] == "wen-assess/assessment"
    assert doc["format_version"] == 1 and type(doc["format_version"]) is int
    assert doc["app_version"] == __version__
    loaded = library.registry.get_loaded("iccwc-wen-g2", "1.0")
    assert doc["assessment"]["questionnaire"] == {
        "id": "iccwc-wen-g2",
        "version": "1.0",
        "checksum": loaded.checksum,
    }
    assert len(loaded.checksum) == 64
    exported_at = datetime.fromisoformat(doc["exported_at"].replace("Z", "+00:00"))
    assert exported_at.utcoffset().total_seconds() == 0
    assert doc["assessment"]["uuid"] == record.uuid
    assert (
        doc["assessment"]["baseline_uuid"]
        == library.get(demo_id(library, "HAWEN", 2022)).record.uuid
    )
    assert record.actions  # the demo re-assessment has an action plan
    assert [a["item_id"] for a in doc["assessment"]["actions"]] == [
        a.item_id for a in record.actions
    ]
    AssessmentDocument.model_validate(doc)
    # What the file holds is the stored record, plus the questionnaire's checksum.
    assert read_assessment_file(path, library.registry) == record.model_copy(
        update={
            "questionnaire": record.questionnaire.model_copy(update={"checksum": loaded.checksum})
        }
    )
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_matches_the_published_schema(library, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = REPO / "docs" / "assessment-format.schema.json"
    if not schema_path.exists():
        pytest.skip("schema not generated")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    for summary in library.list_summaries():
        path = export_assessment(
            library.get(summary.id).record, tmp_path / f"{summary.id}.wen.json", library.registry
        )
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


def test_export_creates_missing_folders(library, tmp_path):
    target = tmp_path / "new" / "deeper" / "x.wen.json"
    record = library.get(demo_id(library, "SAWEN")).record
    assert export_assessment(record, target, library.registry) == target
    assert read_assessment_file(target, library.registry).uuid == record.uuid


def test_export_replaces_an_older_file(library, tmp_path):
    target = tmp_path / "x.wen.json"
    target.write_text("old content", encoding="utf-8")
    record = library.get(demo_id(library, "SAWEN")).record
    export_assessment(record, target, library.registry)
    assert read_assessment_file(target, library.registry).uuid == record.uuid
    assert _temp_files(tmp_path) == []


def _temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_export_where_no_file_may_be_created_fails_cleanly(library, tmp_path, monkeypatch):
    # What a read-only folder does for any user (also root): creating the temp file fails.
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_text", refuse)
    with pytest.raises(ExchangeError) as raised:
        export_assessment(
            library.get(demo_id(library, "SAWEN")).record, tmp_path / "x.wen.json", library.registry
        )
    assert "cannot write it (permission denied: the file may be open in another program" in str(
        raised.value
    )
    assert not (tmp_path / "x.wen.json").exists()
    assert _temp_files(tmp_path) == []


def test_export_that_cannot_be_renamed_into_place_leaves_no_temp_file(
    library, tmp_path, monkeypatch
):
    # Works for any user (also root): the rename into place fails as on a read-only target.
    target = tmp_path / "out" / "x.wen.json"
    target.parent.mkdir()
    target.write_text("the previous export", encoding="utf-8")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(files_module.os, "replace", refuse)
    monkeypatch.setattr(files_module, "_pause", lambda _seconds: None)  # retried, not waited
    with pytest.raises(ExchangeError) as raised:
        export_assessment(library.get(demo_id(library, "SAWEN")).record, target, library.registry)
    assert raised.value.path == str(target)
    assert "cannot write it (permission denied: the file may be open in another program" in str(
        raised.value
    )
    assert _temp_files(target.parent) == []
    assert target.read_text(encoding="utf-8") == "the previous export"


def test_export_onto_a_folder_fails_cleanly(library, tmp_path):
    target = tmp_path / "taken.wen.json"
    target.mkdir()
    with pytest.raises(ExchangeError, match="cannot write it"):
        export_assessment(library.get(demo_id(library, "SAWEN")).record, target, library.registry)
    assert target.is_dir() and list(target.iterdir()) == []
    assert _temp_files(tmp_path) == []


def test_export_below_a_file_fails_cleanly(library, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExchangeError, match="cannot write it"):
        export_assessment(
            library.get(demo_id(library, "SAWEN")).record,
            blocker / "x.wen.json",
            library.registry,
        )
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_export_that_does_not_read_back_identically_is_refused(library, tmp_path, monkeypatch):
    record = library.get(demo_id(library, "ASEAN-WEN")).record
    genuine = export_module.read_assessment_file

    def read_back_differently(path, registry):
        return genuine(path, registry).model_copy(update={"title": "something else"})

    monkeypatch.setattr(export_module, "read_assessment_file", read_back_differently)
    with pytest.raises(ExchangeError) as raised:
        export_assessment(record, tmp_path / "x.wen.json", library.registry)
    assert raised.value.problems == [
        "the file written does not read back identically; not exported"
    ]
    assert raised.value.path == str(tmp_path / "x.wen.json")


# ---- upgrades --------------------------------------------------------------------------------


class _DocumentV2(AssessmentDocument):
    """Version 2 of the format, for the test: the same fields, a higher number."""

    format_version: int = 2  # type: ignore[assignment]


@pytest.fixture
def format_v2(monkeypatch, valid_doc):
    """Pretend the app reads format 2 and has one registered step from 1 to 2.

    Requested after `valid_doc`, which is exported by the real, unpatched app. The step of the
    test marks the title, so the test sees it ran, and records what it was given.
    """
    calls: list[dict[str, Any]] = []

    def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(copy.deepcopy(data))
        data = copy.deepcopy(data)
        data["assessment"]["title"] = data["assessment"].get("title", "") + " (upgraded from 1)"
        return data

    monkeypatch.setattr(upgrades_module, "STEPS", {1: v1_to_v2})
    monkeypatch.setattr(upgrades_module, "FORMAT_VERSION", 2)
    monkeypatch.setattr(reader_module, "FORMAT_VERSION", 2)
    monkeypatch.setattr(reader_module, "AssessmentDocument", _DocumentV2)
    return calls


def test_a_v1_file_goes_through_the_upgrade_step(format_v2, valid_doc, library, tmp_path):
    title = valid_doc["assessment"]["title"]
    path = write_doc(tmp_path / "v1.wen.json", valid_doc)
    outcome = import_one(library, path)
    assert outcome.status == "imported", outcome
    assert len(format_v2) == 1 and format_v2[0]["format_version"] == 1
    assert library.get(outcome.assessment_id).record.title == f"{title} (upgraded from 1)"


def test_a_current_file_skips_the_upgrade_steps(format_v2, valid_doc, library, tmp_path):
    valid_doc["format_version"] = 2
    outcome = import_one(library, write_doc(tmp_path / "v2.wen.json", valid_doc))
    assert outcome.status == "imported", outcome
    assert format_v2 == []
    assert library.get(outcome.assessment_id).record.title == valid_doc["assessment"]["title"]


def test_a_newer_file_is_still_refused_after_an_upgrade(format_v2, valid_doc, library, tmp_path):
    valid_doc["format_version"] = 3
    assert_rejected(
        library, write_doc(tmp_path / "v3.wen.json", valid_doc), "reads up to 2", "Update the app"
    )


def test_a_failing_upgrade_step_rejects_the_file(valid_doc, library, tmp_path, monkeypatch):
    # valid_doc is exported before the patches below.
    def broken(data):
        return data["no such key"]

    monkeypatch.setattr(upgrades_module, "STEPS", {1: broken})
    monkeypatch.setattr(upgrades_module, "FORMAT_VERSION", 2)
    monkeypatch.setattr(reader_module, "FORMAT_VERSION", 2)
    monkeypatch.setattr(reader_module, "AssessmentDocument", _DocumentV2)
    assert_rejected(
        library,
        write_doc(tmp_path / "v1.wen.json", valid_doc),
        "cannot upgrade format_version 1",
        "no such key",
    )


def test_upgrade_runs_steps_one_version_at_a_time(monkeypatch):
    seen = []

    def step(n):
        def run(data):
            seen.append((n, data["format_version"]))
            return {**data, f"added_by_{n}": True}

        return run

    monkeypatch.setattr(upgrades_module, "STEPS", {1: step(1), 2: step(2), 3: step(3)})
    monkeypatch.setattr(upgrades_module, "FORMAT_VERSION", 4)
    result = upgrades_module.upgrade({"format_version": 2}, 2)
    assert seen == [(2, 2), (3, 3)]
    assert result == {"format_version": 4, "added_by_2": True, "added_by_3": True}


def test_upgrade_without_a_step_says_so(monkeypatch):
    monkeypatch.setattr(upgrades_module, "STEPS", {})
    monkeypatch.setattr(upgrades_module, "FORMAT_VERSION", 2)
    with pytest.raises(ValueError, match="format_version 1 is not supported"):
        upgrades_module.upgrade({"format_version": 1}, 1)


def test_the_current_version_needs_no_upgrade():
    data = {"format_version": 1, "assessment": {}}
    assert upgrades_module.upgrade(data, 1) is data
    assert upgrades_module.STEPS == {}  # version 1 is the first published format
