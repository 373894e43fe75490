"""Values nested deeper than any file the app writes are refused with their place, in an
assessment file and in a member's response file alike: the validator's JSON parser used to
call such valid JSON "Invalid JSON: recursion limit exceeded at line 1 column 821"."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli
from gui_helpers import fresh_service
from response_helpers import member_files

from wen_assess.questionnaire import default_registry

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "hawen-2022.wen.json"


def nested(levels: int) -> object:
    value: object = "deep"
    for _ in range(levels):
        value = [value]
    return value


def test_an_assessment_file_with_values_nested_200_levels_deep_is_refused_with_the_place(
    tmp_path,
):
    doc = json.loads(DEMO.read_text(encoding="utf-8"))
    doc["assessment"]["network"]["extra"] = nested(200)  # an unknown field, ignored otherwise
    path = tmp_path / "deep.wen.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    result = run_cli("--db", str(tmp_path / "a.sqlite"), "import", str(path))
    assert result.returncode == 1
    assert "assessment.network.extra[0][0]" in result.stderr
    assert "values nested more than 32 levels deep" in result.stderr
    assert "Invalid JSON" not in result.stderr

    doc["assessment"]["network"]["extra"] = nested(20)  # deep, but no deeper than allowed
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli("--db", str(tmp_path / "a.sqlite"), "import", str(path)).returncode == 0


def test_a_response_file_with_values_nested_200_levels_deep_is_refused_with_the_place(
    tmp_path,
):
    db = tmp_path / "a.sqlite"
    with fresh_service(db, default_registry()) as service:
        assessment, [response, _] = member_files(service, tmp_path / "forms")
    doc = json.loads(response.read_text(encoding="utf-8"))
    doc["notes_of_mine"] = nested(200)
    response.write_text(json.dumps(doc), encoding="utf-8")
    result = run_cli("--db", str(db), "responses", str(assessment), "import", str(response))
    assert result.returncode == 1
    assert "notes_of_mine[0][0]" in result.stderr and "more than 32 levels deep" in result.stderr
