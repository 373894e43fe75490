"""A member's `.response.wen.json` filled in without Qt: opened with the import's checks, one
answer changed at a time, written whole, and read by the coordinator's import as any form."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
import response_helpers
from response_helpers import create_hawen, db_path_fixture, service_fixture  # noqa: F401

from wen_assess.exchange.errors import ExchangeError
from wen_assess.responses.filling import AnswerRefused, is_response_file, open_form
from wen_assess.responses.forms import members
from wen_assess.responses.workflow import consolidation, import_responses, make_forms

KENYA = "response-Kenya.response.wen.json"


@pytest.fixture(scope="module")
def made_blank(tmp_path_factory):  # type: ignore[no-untyped-def]
    def make(service, folder):  # type: ignore[no-untyped-def]
        assessment = create_hawen(service)
        make_forms(service, assessment, folder, members(["Kenya", "Uganda"]))
        return assessment

    return response_helpers.made_once(tmp_path_factory, make)


@pytest.fixture
def made(service, tmp_path, made_blank):  # type: ignore[no-untyped-def]
    """HAWEN's blank response files (the test's own copy): (assessment id, Kenya's file)."""
    return made_blank[2], response_helpers.copy_made(service, made_blank, tmp_path) / KENYA


def test_a_blank_form_opens_and_is_written_back_byte_for_byte(service, made):
    _, path = made
    written = path.read_bytes()
    form = open_form(path, service.registry)
    assert form.document.respondent.country == "Kenya"
    assert form.progress().items_answered == 0
    assert form.progress().items_total == 47
    assert not form.other_text
    form.save()
    assert path.read_bytes() == written  # the response format, exactly as the forms write it


def test_the_answers_written_are_imported_and_consolidated(service, made):
    assessment, path = made
    form = open_form(path, service.registry)
    form.change("G2-MEM-01", level=2)
    form.change("G2-MEM-01", notes="Accession rules drafted in 2025")
    form.change("G2-MEM-02", not_applicable=True)
    form.change("G2-MEM-02", justification="Only one agency in Kenya's case")
    form.change("G2-MEM-03", level=1)
    form.change("G2-MEM-03", not_applicable=True)  # N/A replaces the level, as a click does
    form.change("G2-GOV-01", level=3)
    form.change("G2-GOV-01", level=None, not_applicable=False)  # cleared again
    form.set_name("Zoë Wanjiru")
    form.save()

    [outcome] = import_responses(service, assessment, [path])
    assert outcome.status == "imported", outcome.message
    assert str(outcome.message) == "Kenya — Zoë Wanjiru: 3 of 47 items answered"
    [response] = service.responses(assessment)
    said = {a.item_id: a for a in response.answers}
    assert said["G2-MEM-01"].level == 2
    assert said["G2-MEM-01"].notes == "Accession rules drafted in 2025"
    assert said["G2-MEM-02"].not_applicable
    assert said["G2-MEM-02"].justification == "Only one agency in Kenya's case"
    assert said["G2-MEM-03"].not_applicable and said["G2-MEM-03"].level is None
    assert "G2-GOV-01" not in said
    views = {v.item_id: v for v in consolidation(service, assessment).views}
    assert views["G2-MEM-01"].median == 2


def test_a_change_the_engine_refuses_changes_nothing(service, made):
    _, path = made
    form = open_form(path, service.registry)
    before = form.text()
    with pytest.raises(AnswerRefused, match="level 7 is not on the scale"):
        form.change("G2-MEM-01", level=7)
    with pytest.raises(AnswerRefused, match="no such item"):
        form.change("G2-XXX-99", level=1)
    with pytest.raises(AnswerRefused):
        form.set_name("x" * 1000)
    assert form.text() == before


def _edited(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _level(data) -> None:  # type: ignore[no-untyped-def]
    data["answers"][0]["level"] = 7


def _questionnaire(data) -> None:  # type: ignore[no-untyped-def]
    data["questionnaire"]["id"] = "iccwc-wen-g9"


def _version(data) -> None:  # type: ignore[no-untyped-def]
    data["questionnaire"]["version"] = "9.0"


def _twice(data) -> None:  # type: ignore[no-untyped-def]
    data["answers"][1] = {**data["answers"][0], "level": 1}


def _country(data) -> None:  # type: ignore[no-untyped-def]
    data["respondent"]["country"] = "  "


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda p: p.write_text("Dear coordinator,", encoding="utf-8"), "not valid JSON"),
        (lambda p: p.write_bytes(b"\xff\xfe{}"), "not a response file (not UTF-8 text)"),
        (
            lambda p: p.write_text('{"format": "wen-assess/assessment"}', encoding="utf-8"),
            'not a wen-assess response file (its "format" is not "wen-assess/response")',
        ),
        (lambda p: _edited(p, _level), "answers[0] (G2-MEM-01): level 7 is not on the scale"),
        (
            lambda p: _edited(p, _questionnaire),
            "unknown questionnaire 'iccwc-wen-g9'",
        ),
        (
            lambda p: _edited(p, _version),
            "questionnaire 'iccwc-wen-g2' version 9.0 is not installed (installed: 1.0)",
        ),
        (lambda p: _edited(p, _country), "respondent.country: the country is missing"),
        (lambda p: _edited(p, _twice), "item G2-MEM-01 is answered twice"),
        (
            lambda p: p.write_bytes(b'{"format": "wen-assess/response", "pad": "'
                                    + b"x" * (6 * 1024 * 1024) + b'"}'),
            "the file is too large for a response file (at most 5 MB)",
        ),
        (
            lambda p: p.write_text(p.read_text().replace("{", '{"format": 1, ', 1)),
            'the key "format" appears twice in one object',
        ),
    ],
    ids=["not-json", "not-text", "other-format", "off-scale", "unknown-questionnaire",
         "unknown-version", "no-country", "item-twice", "too-large", "duplicate-key"],
)  # fmt: skip
def test_a_damaged_or_foreign_file_is_refused_naming_it(service, made, damage, problem):
    _, path = made
    damage(path)
    before = path.read_bytes()
    with pytest.raises(ExchangeError) as refused:
        open_form(path, service.registry)
    assert str(refused.value).startswith(f"{path}: ")
    assert problem in str(refused.value)
    assert path.read_bytes() == before


def test_a_version_not_installed_is_said_plainly(service, made):
    _, path = made
    _edited(path, _version)
    with pytest.raises(ExchangeError) as refused:
        open_form(path, service.registry)
    assert "9.0" in str(refused.value) and "1.0" in str(refused.value)  # asked for, installed


def test_a_read_only_file_keeps_the_answers_to_write_again(service, made):
    _, path = made
    form = open_form(path, service.registry)
    before = path.read_bytes()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    form.change("G2-MEM-01", level=3)
    with pytest.raises(OSError, match="read-only"):
        form.save()
    assert path.read_bytes() == before
    assert form.answer("G2-MEM-01").level == 3  # kept, to write again
    other = path.with_name("kenya-copy.response.wen.json")
    form.save(other)  # Save as: the form now lives there
    assert form.path == other
    assert open_form(other, service.registry).answer("G2-MEM-01").level == 3


def test_a_response_file_is_known_by_its_name_or_by_its_format(made, tmp_path):
    _, path = made
    renamed = path.with_name("response-Kenya.response.wen (1).json")  # a mail program's copy
    renamed.write_bytes(path.read_bytes())
    assessment_file = tmp_path / "HAWEN.wen.json"
    assessment_file.write_text('{"format": "wen-assess/assessment"}', encoding="utf-8")
    workbook = path.with_suffix("").with_suffix(".xlsx")
    assert is_response_file(path) and is_response_file(renamed)
    assert not is_response_file(assessment_file)
    assert not is_response_file(workbook)
    assert not is_response_file(tmp_path / "gone.json")  # the import says it is missing
