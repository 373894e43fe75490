"""A coordinator makes the forms, focal points fill them in, the coordinator imports them and
sees per item what the members said (issue 16)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import response_helpers
from openpyxl import load_workbook
from response_helpers import HAWEN, create_hawen, db_path_fixture, fill, forms_for, service_fixture  # noqa: F401

from wen_assess.responses import layout as lay
from wen_assess.responses.workflow import (
    EXISTS,
    IMPORTED,
    REPLACED,
    consolidation,
    import_responses,
    save_read,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def every_members_form_once(tmp_path_factory):  # type: ignore[no-untyped-def]
    """HAWEN and a blank form for each of its seven members, made once for the module."""
    return response_helpers.made_once(tmp_path_factory, _every_members_form)


def _every_members_form(service, folder):  # type: ignore[no-untyped-def]
    assessment = create_hawen(service)
    assert sorted(forms_for(service, assessment, folder)) == sorted(HAWEN)
    return assessment


@pytest.fixture
def every_members_form(service, tmp_path, every_members_form_once):  # type: ignore[no-untyped-def]
    """The test's own copy: (assessment id, {country: blank form})."""
    forms = response_helpers.by_member(
        response_helpers.copy_made(service, every_members_form_once, tmp_path).iterdir()
    )
    return every_members_form_once[2], forms


def test_one_protected_printable_form_per_member(service, every_members_form):
    assessment, forms = every_members_form
    assert sorted(forms) == sorted(HAWEN)
    book = load_workbook(forms["Kenya"])
    cover, items = book.worksheets
    assert book.sheetnames == ["Respondent", "Items"]
    assert book.security.lockStructure  # no sheet added, removed or renamed
    assert cover.protection.sheet and items.protection.sheet
    field = {key: cover.cell(row=row, column=2) for key, row in lay.FIELD_ROWS.items()}
    assert field["country"].value == "Kenya" and field["country"].protection.locked
    assert field["network"].value == "HAWEN"
    assert field["assessment_id"].value == service.get(assessment).record.uuid
    assert field["questionnaire"].value == "iccwc-wen-g2" and field["version"].value == "1.0"
    assert not field["respondent"].protection.locked and not field["agency"].protection.locked
    header = [c.value for c in items[lay.HEADER_ROW]]
    assert header[:4] == ["Item", "Area", "Title", "Question"] and "Your level" in header
    first = lay.HEADER_ROW + 1
    assert items.cell(row=first, column=1).value == "G2-MEM-01"
    assert items.max_row == lay.HEADER_ROW + 47
    assert items.cell(row=first, column=1).protection.locked
    for key in lay.ANSWER_KEYS:
        assert not items.cell(row=first, column=lay.COLUMN[key]).protection.locked
    [choice] = items.data_validations.dataValidation
    assert choice.type == "list" and "Respondent" in choice.formula1
    listed = [cover.cell(row=lay.FIRST_CHOICE_ROW + n, column=2).value for n in range(5)]
    assert listed == ["0 – Not in place", "1 – Initial", "2 – Developing", "3 – Established",
                      "Not applicable"]  # fmt: skip
    assert items.page_setup.orientation == "landscape" and items.page_setup.fitToWidth == 1
    assert items.print_title_rows == f"${lay.HEADER_ROW}:${lay.HEADER_ROW}"
    # The response file for members who use the app names the same assessment and items.
    document = json.loads(forms["Kenya"].with_name("response-Kenya.response.wen.json").read_text())
    assert document["respondent"]["country"] == "Kenya"
    assert len(document["answers"]) == 47


def test_a_french_assessment_gets_french_forms(service, tmp_path):
    assessment = create_hawen(service, language="fr")
    form = forms_for(service, assessment, tmp_path, ["Djibouti"])["Djibouti"]
    book = load_workbook(form)
    assert book.sheetnames == ["Répondant", "Éléments"]
    items = book.worksheets[1]
    assert items.cell(row=lay.HEADER_ROW, column=lay.COLUMN["level"]).value == "Votre niveau"
    question = items.cell(row=lay.HEADER_ROW + 1, column=lay.COLUMN["question"]).value
    assert question.startswith("Tous les pays")  # the questionnaire's own French wording
    fill(form, {"G2-MEM-01": "2 – En développement", "G2-MEM-02": "Sans objet"})
    [outcome] = import_responses(service, assessment, [form])
    assert outcome.status == IMPORTED, outcome.message
    [response] = service.responses(assessment)
    assert [(a.item_id, a.level, a.not_applicable) for a in response.answers] == [
        ("G2-MEM-01", 2, False), ("G2-MEM-02", None, True)
    ]  # fmt: skip


def test_filled_forms_are_imported_and_consolidated(service, every_members_form):
    assessment, forms = every_members_form
    # Hand-made: G2-GOV-07 gets 0, 1, 3, 3 and N/A; G2-FIN-03 gets 1, 2 (even count).
    views_given = {
        "Kenya": {"G2-GOV-07": 0, "G2-FIN-03": 1},
        "Uganda": {"G2-GOV-07": 1, "G2-FIN-03": 2},
        "Ethiopia": {"G2-GOV-07": 3},
        "Djibouti": {"G2-GOV-07": 3},
        "Sudan": {"G2-GOV-07": "Not applicable"},
    }
    for country, levels in views_given.items():
        fill(forms[country], levels, name=f"Focal point of {country}",
             notes={"G2-GOV-07": f"{country}'s view"})  # fmt: skip
    outcomes = list(import_responses(service, assessment, [forms[c] for c in views_given]))
    assert [o.status for o in outcomes] == [IMPORTED] * 5
    c = consolidation(service, assessment)
    view = {v.item_id: v for v in c.views}
    gov = view["G2-GOV-07"]
    assert dict(gov.counts) == {0: 1, 1: 1, 2: 0, 3: 2} and gov.not_applicable == 1
    assert gov.answered == 5 and gov.responses == 5
    assert gov.median == 2.0  # 0, 1, 3, 3 -> mean of 1 and 3
    assert (gov.low, gov.high, gov.spread) == (0, 3, 3) and gov.disagreement
    assert gov.proposal.level == 1  # the lower of the two middle levels
    assert {s.country: s.notes for s in gov.said}["Kenya"] == "Kenya's view"
    fin = view["G2-FIN-03"]
    assert fin.median == 1.5 and fin.spread == 1 and not fin.disagreement
    assert fin.proposal.level == 1
    assert view["G2-MEM-01"].answered == 0 and view["G2-MEM-01"].proposal is None
    # The agenda: G2-GOV-07 (members disagree, critical), G2-FIN-03 (few answers, critical).
    on_agenda = {e.view.item_id: e.reasons for e in c.agenda}
    assert on_agenda["G2-GOV-07"] == ("disagreement", "critical")
    assert on_agenda["G2-FIN-03"] == ("few_responses", "critical")
    # Nothing was applied silently: the assessment itself has no answer yet.
    assert service.get(assessment).record.answers == []
    assert service.result(assessment).items_answered == 0


def test_the_same_respondent_replaces_only_when_confirmed(service, tmp_path):
    assessment = create_hawen(service)
    form = forms_for(service, assessment, tmp_path, ["Kenya"])["Kenya"]
    first = fill(form, {"G2-MEM-01": 1}, name="Jane Otieno", out=tmp_path / "first.xlsx")
    again = fill(form, {"G2-MEM-01": 3}, name=" jane  OTIENO ", out=tmp_path / "again.xlsx")
    other = fill(form, {"G2-MEM-01": 2}, name="Peter Mwangi", out=tmp_path / "other.xlsx")
    assert [o.status for o in import_responses(service, assessment, [first, other])] == [
        IMPORTED, IMPORTED
    ]  # fmt: skip
    [outcome] = import_responses(service, assessment, [again])
    assert outcome.status == EXISTS and "has already answered" in outcome.message
    assert [r.answers[0].level for r in service.responses(assessment)] == [1, 2]
    # The app asks, then saves what it read.
    confirmed = save_read(
        service, assessment, outcome.path, outcome.response, replace=True, items=47
    )
    assert confirmed.status == REPLACED
    assert [r.answers[0].level for r in service.responses(assessment)] == [3, 2]


def test_agreed_level_is_the_answer_the_engine_scores(service, tmp_path):
    assessment = create_hawen(service)
    form = forms_for(service, assessment, tmp_path, ["Kenya"])["Kenya"]
    import_responses_list = list(
        import_responses(service, assessment, [fill(form, {"G2-MEM-01": 2})])
    )
    assert import_responses_list[0].status == IMPORTED
    proposal = consolidation(service, assessment).views[0].proposal
    service.set_answer(assessment, "G2-MEM-01", level=proposal.level)
    result = service.result(assessment)
    assert result.items_answered == 1 and result.areas[0].mean_level == 2
    assert consolidation(service, assessment).agenda == [] or all(
        e.agreed for e in consolidation(service, assessment).agenda if e.view.item_id == "G2-MEM-01"
    )


def test_a_response_file_is_imported_like_a_form(service, tmp_path):
    assessment = create_hawen(service)
    forms_for(service, assessment, tmp_path, ["Somalia"])
    path = tmp_path / "response-Somalia.response.wen.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["respondent"]["name"] = "A. Farah"
    document["answers"][0].update(level=2, justification="Minutes of 2025")
    path.write_text(json.dumps(document), encoding="utf-8")
    [outcome] = import_responses(service, assessment, [path])
    assert outcome.status == IMPORTED, outcome.message
    [response] = service.responses(assessment)
    assert response.respondent == "A. Farah" and response.answers[0].justification


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_form_saved_again_by_libreoffice_imports(service, tmp_path):
    assessment = create_hawen(service)
    form = forms_for(service, assessment, tmp_path / "forms", ["Uganda"])["Uganda"]
    fill(form, {"G2-MEM-01": 3, "G2-GOV-07": "Not applicable"}, name="Okello",
         notes={"G2-MEM-01": "Line one\nline two"})  # fmt: skip
    out = tmp_path / "lo"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(form)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    [outcome] = import_responses(service, assessment, [out / form.name])
    assert outcome.status == IMPORTED, outcome.message
    [response] = service.responses(assessment)
    assert response.respondent == "Okello"
    got = {a.item_id: (a.level, a.not_applicable, a.notes) for a in response.answers}
    assert got == {"G2-MEM-01": (3, False, "Line one\nline two"), "G2-GOV-07": (None, True, "")}
