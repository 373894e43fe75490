"""Exports pass the published schema with format checking on (issue 10, case 11).

An independent validator with `date-time` (RFC 3339) checking refused `created_at` and
`updated_at` written without a UTC offset. Every demo assessment, and test assessments with
every optional time set, are exported by the real command and validated here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import FormatChecker
from jsonschema.validators import validator_for

from wen_assess.cli import main

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((REPO / "docs" / "assessment-format.schema.json").read_text(encoding="utf-8"))
TIMES = ("created_at", "updated_at", "completed_at")


def validator():
    checker = FormatChecker()
    # Without rfc3339-validator installed, jsonschema skips date-time silently: fail instead.
    assert "date-time" in checker.checkers, "install the test extra (rfc3339-validator)"
    cls = validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    return cls(SCHEMA, format_checker=checker)


def run(capsys, *args: str) -> int:
    code = main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err and "unexpected error" not in err, err
    return code


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("exports")
    db = str(folder / "library.sqlite")
    assert main(["--db", db, "demo"]) == 0
    paths = []
    for number in range(1, 6):
        path = folder / f"{number}.wen.json"
        assert main(["--db", db, "export", "-o", str(path), str(number)]) == 0
        paths.append(path)
    return paths


def test_the_validator_really_checks_date_times():
    check = validator()
    assert list(check.iter_errors(_document_with("2026-11-29T07:10:05.134683Z"))) == []
    [error] = check.iter_errors(_document_with("2026-11-29T07:10:05.134683"))  # no offset
    assert any("date-time" in sub.message for sub in error.context)


def test_every_demo_export_validates_with_formats(demo_exports):
    check = validator()
    for path in demo_exports:
        document = json.loads(path.read_text(encoding="utf-8"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in check.iter_errors(document)]
        assert errors == [], path
        record = document["assessment"]
        for name in TIMES:
            if record.get(name) is not None:
                assert record[name].endswith(("Z", "+00:00")), (name, record[name])


@pytest.mark.parametrize(
    "times",
    [
        {"created_at": "2026-01-02T03:04:05+05:30", "completed_at": "2026-01-03T00:00:00Z"},
        {"created_at": "2026-01-02T03:04:05.123456", "updated_at": "2026-01-02T03:04:05"},
        {"created_at": "1999-12-31T23:59:59-11:00", "status": "completed"},
    ],
)
def test_an_imported_assessment_exports_valid_times(capsys, tmp_path, demo_exports, times):
    document = json.loads(demo_exports[0].read_text(encoding="utf-8"))
    record = document["assessment"]
    record["uuid"] = "0b0e7a9e-58e4-4cf2-9d5b-9a1e3f3c2a11"
    record.update(times)
    source = tmp_path / "in.wen.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    db = str(tmp_path / "t.sqlite")
    assert run(capsys, "--db", db, "import", str(source)) == 0
    out = tmp_path / "out.wen.json"
    assert run(capsys, "--db", db, "export", "-o", str(out), record["uuid"]) == 0

    exported = json.loads(out.read_text(encoding="utf-8"))
    assert list(validator().iter_errors(exported)) == []
    assert exported["assessment"]["created_at"].endswith(("Z", "+00:00"))


def _document_with(created_at: str) -> dict:
    return {
        "format": "wen-assess/assessment",
        "format_version": 1,
        "exported_at": "2026-11-29T07:10:05Z",
        "app_version": "1",
        "assessment": {
            "uuid": "0b0e7a9e-58e4-4cf2-9d5b-9a1e3f3c2a11",
            "questionnaire": {"id": "iccwc-wen-g2"},
            "network": {"name": "X"},
            "answers": [],
            "created_at": created_at,
        },
    }
