"""Responses travel with the assessment: in the report (a section and an annex) and in the
`.wen.json` file (an optional list, read as strictly as the rest)."""

from __future__ import annotations

import json

import pytest
import response_helpers
from pdf_text import pdf_text
from response_helpers import create_hawen, db_path_fixture, fill, forms_for, service_fixture  # noqa: F401

from wen_assess import usecases
from wen_assess.exchange import ExchangeError, export_assessment, import_files
from wen_assess.exchange.reader import read_assessment_file
from wen_assess.questionnaire import default_registry
from wen_assess.responses.workflow import import_responses
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService


@pytest.fixture(scope="module")
def answered_once(tmp_path_factory):  # type: ignore[no-untyped-def]
    def make(service, folder):  # type: ignore[no-untyped-def]
        assessment = create_hawen(service)
        forms = forms_for(service, assessment, folder, ["Kenya", "Uganda", "Sudan"])
        fill(forms["Kenya"], {"G2-GOV-07": 0, "G2-MEM-01": 2}, name="Jane Otieno", agency="KWS")
        fill(forms["Uganda"], {"G2-GOV-07": 3, "G2-MEM-01": 2}, name="Okello")
        assert all(o.status == "imported" for o in import_responses(
            service, assessment, [forms["Kenya"], forms["Uganda"]]))  # fmt: skip
        service.set_answer(assessment, "G2-GOV-07", level=1)
        return assessment

    return response_helpers.made_once(tmp_path_factory, make)


@pytest.fixture
def answered(service, tmp_path, answered_once):  # type: ignore[no-untyped-def]
    """HAWEN with Kenya's and Uganda's responses imported (the test's own copy)."""
    response_helpers.copy_made(service, answered_once, tmp_path)
    return answered_once[2]


def test_the_report_has_the_responses_section_and_the_respondents_annex(
    service, answered, tmp_path
):
    path = usecases.write_report(usecases.load(service, answered), tmp_path / "report.pdf")
    text = pdf_text(path)
    assert "Member responses" in text
    assert "2 of 7 member countries returned a response form (28 %); 2 forms in all." in text
    assert "Items where members disagreed (1)" in text
    assert "G2-GOV-07" in text and "1 – Initial" in text  # the agreed level
    assert "Annex — Respondents" in text and "Jane Otieno" in text and "KWS" in text
    french = usecases.write_report(
        usecases.load(service, answered), tmp_path / "fr.pdf", language="fr"
    )
    assert "Réponses des membres" in pdf_text(french)


def test_a_report_without_responses_has_no_such_section(service, tmp_path):
    assessment = create_hawen(service)
    path = usecases.write_report(usecases.load(service, assessment), tmp_path / "r.pdf")
    assert "Member responses" not in pdf_text(path)


def test_the_file_carries_the_responses_to_another_database(service, answered, tmp_path):
    record = service.get(answered).record
    path = export_assessment(record, tmp_path / "hawen.wen.json", service.registry)
    document = json.loads(path.read_text(encoding="utf-8"))
    kenya, _ = document["assessment"]["responses"]
    assert (kenya["country"], kenya["agency"], kenya["respondent"]) == (
        "Kenya",
        "KWS",
        "Jane Otieno",
    )
    other_db = open_database(tmp_path / "other.sqlite")
    try:
        other = AssessmentService(other_db, default_registry())
        [outcome] = import_files(other, [path])
        assert outcome.status == "imported", outcome.message
        assert other.responses(outcome.assessment_id) == record.responses
    finally:
        other_db.close()


def test_the_file_reader_is_strict_about_responses(service, answered, tmp_path):
    path = export_assessment(
        service.get(answered).record, tmp_path / "a.wen.json", service.registry
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    document["assessment"]["responses"][0]["answers"][0]["level"] = "2"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"responses\[0\]\.answers\[0\]\.level"):
        read_assessment_file(path, service.registry)
    document["assessment"]["responses"][0]["answers"][0]["level"] = 7
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"responses\[0\]\.answers\[0\] \(G2-GOV-07\): level 7"):
        read_assessment_file(path, service.registry)
    del document["assessment"]["responses"]  # optional: older files have none
    document["assessment"]["uuid"] = "4d3c2b1a-0000-4000-8000-000000000001"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert read_assessment_file(path, service.registry).responses == []


def test_a_reassessment_starts_without_the_responses(service, answered):
    again = service.reassess(answered)
    assert service.responses(again) == []
    assert len(service.responses(answered)) == 2
