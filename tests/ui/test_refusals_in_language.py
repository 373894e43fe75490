"""Why a file is refused reads in the interface language down to its last part: the JSON
parser's detail, Pydantic's field messages, the engine's reason inside a refused level and a
questionnaire file's problems; the CLI's English is what the parsers always wrote. Dates are
typed in the interface language's short format and stored as ISO dates."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run_cli
from gui_helpers import G2, fresh_service, stored
from language_helpers import english_left
from pydantic import ValidationError
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDateEdit
from response_helpers import create_hawen, forms_for

from wen_assess.exchange import export_assessment
from wen_assess.exchange.document import AssessmentDocument
from wen_assess.i18n import N_, translator
from wen_assess.input_problems import Technical, json_syntax, validation_sentence
from wen_assess.messages import Worded
from wen_assess.questionnaire.errors import QuestionnaireError
from wen_assess.questionnaire.loader import parse_questionnaire
from wen_assess.questionnaire.model import Questionnaire
from wen_assess.responses.response_file import ResponseDocument
from wen_assess.ui import date_edit, language, zoom
from wen_assess.ui.responses import ResponsesDialog

pytest_plugins = ("gui_helpers",)
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "hawen-2024.wen.json"


@pytest.fixture(autouse=True)
def _english_again():  # type: ignore[no-untyped-def]
    size = zoom.current()
    yield
    language.install("en")
    zoom.apply(size)


def worded(text: str, code: str) -> str:
    assert isinstance(text, Worded), text
    return text.in_language(translator(code).gettext)


# ---- every kind of finding the parsers report -----------------------------------------------


def _demo() -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def _assessment_errors() -> list[dict[str, Any]]:
    doc = _demo()
    a = doc["assessment"]
    del a["uuid"]  # missing
    a["status"] = "done"  # literal_error
    a["assessment_date"] = "2024-13-45"  # date_parsing
    a["created_at"] = "yesterday"  # datetime_parsing
    a["answers"][0]["level"] = "2"  # int_type
    a["answers"][1]["notes"] = 5  # string_type
    a["answers"][2]["notes"] = "n" * 20_001  # string_too_long
    a["answers"][3]["flagged"] = "yes"  # bool_type
    a["answers"][4]["level"] = 1.5  # int_type from a float
    a["targets"] = {"MEM": "x"}  # float_type
    a["participants"] = {"a": 1}  # list_type
    a["network"] = []  # model_type
    a["actions"] = [{"item_id": "", "due": 5}]  # string_too_short, date_type
    a["baseline_uuid"] = "not-a-uuid"  # value_error (ours)
    errors = _errors(AssessmentDocument, doc)
    doc = _demo()
    doc["assessment"]["answers"][1] = dict(doc["assessment"]["answers"][0])  # answered twice
    return errors + _errors(AssessmentDocument, doc)


def _response_errors(path: Path) -> list[dict[str, Any]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["surprise"] = 1  # extra_forbidden
    doc["answers"] = [{"item_id": "G2-MEM-01", "level": 2, "not_applicable": True}]  # ours
    return _errors(ResponseDocument, doc)


def _questionnaire_errors() -> list[dict[str, Any]]:
    level = {"value": -1, "label": {"en": "a"}, "meaning": {"en": "m"}}
    data = {"id": "bad id!", "version": "", "title": {"en": "T"}, "provenance": {"en": "P"},
            "scale": {"levels": [level]}, "bands": [], "areas": [],
            "rules": {"low_level_max": "x"}, "format_version": 2}  # fmt: skip
    try:
        Questionnaire.model_validate(data, context={"defer_cross_checks": True})
    except ValidationError as error:
        return error.errors()
    raise AssertionError("the questionnaire was accepted")


def _errors(model: Any, doc: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        model.model_validate_json(json.dumps(doc), strict=True)
    except ValidationError as error:
        return error.errors()
    raise AssertionError("the document was accepted")


def test_each_pydantic_finding_keeps_its_english_and_is_worded_in_each_language(service, tmp_path):
    assessment = create_hawen(service)
    forms_for(service, assessment, tmp_path, ["Kenya"])
    [response] = tmp_path.glob("*.response.wen.json")
    errors = _assessment_errors() + _response_errors(response) + _questionnaire_errors()
    kinds = {e["type"] for e in errors}
    # The kinds the schemas raise in strict mode from a file: every one is worded as ours.
    assert kinds >= {
        "missing", "extra_forbidden", "literal_error", "string_type", "string_too_long",
        "string_too_short", "string_pattern_mismatch", "int_type", "float_type", "bool_type",
        "list_type", "model_type", "date_type", "date_parsing", "datetime_parsing",
        "greater_than_equal", "too_short", "value_error",
    }  # fmt: skip
    for error in errors:
        sentence = validation_sentence(error)
        assert not isinstance(sentence, Technical), error
        assert sentence == error["msg"].removeprefix("Value error, ")  # the CLI's English
        for code in ("fr", "es", "pt"):
            assert english_left(worded(sentence, code), code) == [], (error, code)
    french: dict[str, str] = {}
    for error in errors:  # the first of each kind: the assessment file's
        french.setdefault(error["type"], worded(validation_sentence(error), "fr"))
    assert french["missing"] == "champ obligatoire manquant"
    assert french["literal_error"] == "doit valoir 'in_progress' ou 'completed'"
    assert (
        french["date_parsing"]
        == "doit être une date au format AAAA-MM-JJ (le mois doit être entre 1 et 12)"
    )


@pytest.mark.parametrize(
    "text",
    ['{"a" 1}', '{"a": 1 "b": 2}', "{a: 1}", "[1,]", '"abc', '"a\x01"', '"\\q"', '"\\u12"',
     "1 2", "", '{"a": 1,}'],
)  # fmt: skip
def test_each_json_syntax_error_keeps_its_english_and_is_worded_in_each_language(text):
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    error = caught.value
    problem = json_syntax(error)
    assert problem == f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
    assert not isinstance(problem.params["reason"], Technical)
    for code in ("fr", "es", "pt"):
        assert english_left(worded(problem, code), code) == []
        assert error.msg not in worded(problem, code)


def test_a_kind_not_mapped_is_still_said_in_the_users_language_with_its_detail():
    error = {"type": "new_kind", "loc": ("a",), "msg": "Something new happened", "input": 1}
    sentence = validation_sentence(error)
    assert sentence == "Something new happened"
    assert worded(sentence, "fr") == (
        "un problème que l'application ne sait pas encore dire en français (Something new happened)"
    )


def test_a_questionnaire_files_problems_read_in_the_interface_language():
    raw = b"id: g2\nversion: '1'\ntitel: x\nareas: []\nscale:\n  levels: []\n"
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(raw, "mine.yaml")
    english = str(caught.value)
    assert "mine.yaml:3: titel: unknown field (check its spelling)" in english
    language.install("fr")
    french = "\n".join(language.core_text(p.render("mine.yaml")) for p in caught.value.problems)
    assert "mine.yaml:3: titel: champ inconnu (vérifiez l'orthographe)" in french
    assert "title: ce champ est obligatoire mais absent" in french
    assert english_left(french) == []
    assert language.core_message(caught.value) == french

    # libyaml's words, as before in English; the usual slips worded as ours in French, any
    # other kept as a detail after a French sentence.
    for raw, english, french in (
        (b"a: b: c\n", "mapping values are not allowed in this context", "n'est pas admis"),
        (b"a: {b: 1\n", "did not find expected ',' or '}'", "ne sait pas encore dire en fr"),
    ):
        with pytest.raises(QuestionnaireError) as caught:
            parse_questionnaire(raw, "broken.yaml")
        assert str(caught.value).startswith("broken.yaml:") and english in str(caught.value)
        shown = language.core_message(caught.value)
        assert "YAML non valide, colonne" in shown and french in shown
        assert english_left(shown.replace(english, "")) == []


def test_the_start_up_dialogs_read_in_the_interface_language(dialogs, qtbot, tmp_path):
    """What the app says once its window is up: a questionnaire file of the user's that was
    skipped, and where an unexpected error's details went."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from wen_assess.ui.app import _dialog_excepthook, _report_skipped_questionnaires

    raw = b"id: g2\nversion: '1'\ntitel: x\nareas: []\nscale:\n  levels: []\n"
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(raw, "mine.yaml")
    window = QWidget()
    qtbot.addWidget(window)
    language.install("fr")
    _report_skipped_questionnaires(window, SimpleNamespace(errors=[caught.value]))
    skipped = dialogs.calls[-1]
    assert skipped.kind == "warning" and "titel: champ inconnu" in skipped.text
    assert english_left(skipped.text) == []
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        _dialog_excepthook(window)(RuntimeError, error, error.__traceback__)
    unexpected = dialogs.calls[-1]
    assert unexpected.kind == "critical" and "error.log" in unexpected.text
    assert english_left(unexpected.text.replace("boom", "")) == []


# ---- what a user sees -----------------------------------------------------------------------


def switch_to(window, code: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in window.language_menu.actions() if a.data() == code)
    action.trigger()
    QApplication.processEvents()


def test_an_assessment_file_refused_by_its_schema_and_by_the_engine_reads_in_french(
    qtbot, make_window, dialogs, db_path, registry, tmp_path
):
    with fresh_service(tmp_path / "other.sqlite", registry) as source:
        source_id = source.create(G2, "UNKNOWNWEN", title="Atelier 2026")
        source.set_answer(source_id, "G2-MEM-01", level=2)
        good = Path(export_assessment(source.get(source_id).record, tmp_path / "g.wen.json",
                                      registry))  # fmt: skip
    data = json.loads(good.read_text("utf-8"))
    typed = json.loads(json.dumps(data))
    typed["assessment"]["answers"][0]["level"] = "2"
    typed["assessment"]["status"] = "done"
    off_scale = json.loads(json.dumps(data))
    off_scale["assessment"]["answers"][0]["level"] = 7
    unknown = json.loads(json.dumps(data))
    unknown["assessment"]["questionnaire"]["id"] = "iccwc-wen-g9"
    files = {"typed.wen.json": typed, "off-scale.wen.json": off_scale, "g9.wen.json": unknown}
    paths = []
    for name, content in files.items():
        paths.append(tmp_path / name)
        paths[-1].write_text(json.dumps(content), "utf-8")
    paths.append(tmp_path / "comma.wen.json")
    paths[-1].write_text('{"format": "wen-assess/assessment" "format_version": 1}', "utf-8")
    paths.append(tmp_path / "huge.wen.json")  # a level of 5,000 digits: "5 000" in French
    huge_level = '"level": ' + "9" * 5000
    paths[-1].write_text(json.dumps(data).replace('"level": 2', huge_level, 1), "utf-8")

    window = make_window()
    switch_to(window, "fr")
    window.import_paths(paths)
    [shown] = dialogs.of("warning")
    assert "answers[0].level : doit être un nombre entier" in shown.text
    assert "status : doit valoir 'in_progress' ou 'completed'" in shown.text
    assert "(G2-MEM-01) : le niveau 7 n'est pas sur l'échelle [0, 1, 2, 3]" in shown.text
    assert "JSON non valide (ligne 1, colonne 36 : il manque une virgule « , »)" in shown.text
    assert "rejeté — questionnaire inconnu « iccwc-wen-g9 »" in shown.text  # said once
    assert "un nombre de 5\u202f000 chiffres ; aucune valeur" in shown.text
    assert english_left(shown.text) == []

    result = run_cli("--db", str(tmp_path / "cli.sqlite"), "import", *map(str, paths))
    assert "answers[0].level: Input should be a valid integer" in result.stderr
    assert "status: Input should be 'in_progress' or 'completed'" in result.stderr
    assert "(G2-MEM-01): level 7 is not on the scale [0, 1, 2, 3]" in result.stderr
    assert "not valid JSON (line 1, column 36: Expecting ',' delimiter)" in result.stderr
    assert "rejected: unknown questionnaire 'iccwc-wen-g9'" in result.stderr
    assert "rejected: a number of 5,000 digits; no value" in result.stderr


def test_a_response_file_refused_reads_in_spanish(qtbot, make_window, service, dialogs, tmp_path):
    assessment = create_hawen(service)
    forms_for(service, assessment, tmp_path, ["Kenya", "Uganda"])
    kenya, uganda = sorted(tmp_path.glob("*.response.wen.json"))
    document = json.loads(kenya.read_text("utf-8"))
    document["answers"][0].update(level=9)
    kenya.write_text(json.dumps(document), "utf-8")
    document = json.loads(uganda.read_text("utf-8"))
    document["respondent"]["agency"] = 5
    uganda.write_text(json.dumps(document), "utf-8")

    window = make_window()
    switch_to(window, "es")
    window.open_assessment(assessment)
    responses = ResponsesDialog(window.view.controller, window)
    qtbot.addWidget(responses)
    responses.import_paths([kenya, uganda])
    [shown] = dialogs.of("warning")
    responses.close()
    assert "answers[0] (G2-MEM-01): el nivel 9 no está en la escala [0, 1, 2, 3]" in shown.text
    assert "respondent.agency: debe ser un texto entre comillas" in shown.text
    assert english_left(shown.text, "es") == []


# ---- dates typed in the interface language ----------------------------------------------------


def _open_plan(window, service):  # type: ignore[no-untyped-def]
    assessment = create_hawen(service)
    service.set_answer(assessment, "G2-MEM-01", level=0)
    window.open_assessment(assessment)
    window.view.show_page("plan")
    return assessment, window.view.current_page()


def _due_editor(page) -> QDateEdit:  # type: ignore[no-untyped-def]
    table = page.table
    cells = (table.cellWidget(0, c) for c in range(table.columnCount()))
    return next(w for w in cells if isinstance(w, QDateEdit))


@pytest.mark.parametrize(
    ("code", "typed"), [("fr", "15/03/2027"), ("es", "15/3/2027"), ("pt", "15/03/2027")]
)
def test_a_due_date_is_typed_in_the_interface_languages_format_and_stored_as_a_date(
    qtbot, make_window, service, db_path, code, typed
):
    window = make_window()
    switch_to(window, code)
    assessment, page = _open_plan(window, service)
    window.show()
    qtbot.waitExposed(window)
    editor = _due_editor(page)
    assert editor.displayFormat() == date_edit.date_format()
    assert editor.calendarWidget().locale().language() == QLocale(code).language()
    # Each field typed as a user does after clicking it; the editor may be made again after
    # each save, so it is looked up again.
    for index, digits in enumerate(typed.split("/")):
        editor = _due_editor(window.view.current_page())
        editor.setFocus()
        editor.setSelectedSection(editor.sectionAt(index))
        qtbot.keyClicks(editor, digits)
        QApplication.processEvents()
    [action] = [a for a in stored(db_path, assessment).record.actions if a.due]
    assert action.due == date(2027, 3, 15)  # stored as a date, written ISO in files
    assert _due_editor(window.view.current_page()).text() == typed


def test_each_language_has_its_own_date_order():
    formats = {}
    for code in ("en", "fr", "es", "pt"):
        language.install(code)
        formats[code] = date_edit.date_format()
        assert QLocale().language() != QLocale.Language.C
    assert formats["fr"] == "dd/MM/yyyy"
    assert formats["en"] == "dd/MM/yyyy"  # day first, as the app's English writes dates
    assert all(re.search(r"(?<!y)yyyy(?!y)", f) for f in formats.values())


# ---- what the sweep of every dialog found still English, one test per kind ------------------


def test_a_file_that_cannot_be_written_is_said_in_french(
    qtbot, make_window, service, dialogs, tmp_path
):
    assessment = create_hawen(service)
    read_only = tmp_path / "report.pdf"
    read_only.write_bytes(b"%PDF-1.4 kept\n")
    read_only.chmod(0o444)
    window = make_window()
    switch_to(window, "fr")
    assert window.write_report(assessment, read_only) is None
    dialogs.save_path = str(tmp_path)  # a folder, where a file was expected
    window.export_dialog(assessment)
    report, export = dialogs.of("warning")
    assert "le fichier est en lecture seule ; il n'a pas été modifié" in report.text
    assert "impossible de l'écrire (c'est un dossier, pas un fichier ordinaire" in export.text
    for shown in (report, export):
        assert english_left(shown.text) == []
    assert read_only.read_bytes() == b"%PDF-1.4 kept\n"


def test_where_the_details_of_a_bug_went_is_said_in_french(
    qtbot, make_window, dialogs, monkeypatch, tmp_path
):
    from wen_assess.exchange import importer

    def bug(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(importer, "import_file", bug)
    window = make_window()
    switch_to(window, "fr")
    path = tmp_path / "a.wen.json"
    path.write_text("{}", "utf-8")
    window.import_paths([path])
    [shown] = dialogs.of("warning")
    assert "les détails ont été écrits dans " in shown.text
    assert english_left(shown.text) == []


def test_the_shortcut_sheet_names_keys_as_the_interface_language_does(qtbot, make_window):
    from wen_assess.ui.help import shortcut_rows

    window = make_window()
    switch_to(window, "fr")
    keys = [k for _, _, k in shortcut_rows(window)]
    assert "Tab / Maj+Tab" in keys and "0 – 3" in keys
    assert not [k for k in keys if "Shift" in k or "Ctrl+Shift" in k]


def test_why_an_assessment_cannot_be_completed_reads_in_french_on_screen_and_from_the_service(
    qtbot, make_window, dialogs, service
):
    """The engine words its reasons once: the results page, its refusal dialog and the
    service's refusal show them in the interface language, each with French's plural."""
    from wen_assess.storage.service import NotReady

    assessment = service.create(G2, "OPENWEN")
    total = len(service.questionnaire_of(service.get(assessment).record).items)
    for item in ("G2-SUP-01", "G2-SUP-02"):
        service.set_answer(assessment, item, level=2)
    service.set_answer(assessment, "G2-SUP-05", not_applicable=True)
    window = make_window()
    switch_to(window, "fr")
    window.open_assessment(assessment)
    window.view.show_page("results")
    results = window.view.current_page()
    status = results.status.text()
    assert f"{total - 3} éléments restent à évaluer" in status, status
    assert "G2-SUP-05 est marqué « Sans objet » sans justification" in status
    assert english_left(status) == []
    results.complete_button.click()
    [refusal] = dialogs.of("warning")
    assert f"{total - 3} éléments restent à évaluer ; G2-SUP-05 est marqué" in refusal.text

    with pytest.raises(NotReady) as caught:
        service.complete(assessment)
    assert f"{total - 3} items still to assess; G2-SUP-05 is marked Not applicable" in str(
        caught.value
    )  # the CLI's English, as before
    french = language.core_message(caught.value)
    assert french.startswith("l'évaluation ne peut pas encore être terminée"), french
    assert f"{total - 3} éléments restent à évaluer ; G2-SUP-05 est marqué « Sans" in french
    assert english_left(french) == []


def test_a_value_a_record_cannot_hold_is_refused_in_french(service):
    from wen_assess.storage.service import ServiceError

    assessment = create_hawen(service)
    with pytest.raises(ServiceError) as caught:
        service.set_answer(assessment, "G2-MEM-01", level=1, notes="x" * 20_001)
    assert str(caught.value).endswith("notes: String should have at most 20000 characters")
    language.install("fr")
    french = language.core_message(caught.value)
    assert french.endswith("notes : le texte doit avoir au plus 20000 caractères"), french
    assert english_left(french) == []


def test_a_refusal_when_opening_the_responses_is_said_in_french(
    qtbot, make_window, service, dialogs, monkeypatch
):
    from wen_assess.storage.service import ServiceError
    from wen_assess.ui import responses

    def refused(*_: object) -> None:
        raise ServiceError.worded(N_("Not saved: the database file is read-only."))

    assessment = create_hawen(service)
    window = make_window()
    switch_to(window, "fr")
    window.open_assessment(assessment)
    monkeypatch.setattr(responses, "ResponsesDialog", refused)
    window.responses_dialog()
    [shown] = dialogs.of("warning")
    assert shown.text == translator("fr").gettext("Not saved: the database file is read-only.")
    assert english_left(shown.text) == []


def test_a_file_that_is_not_a_database_is_refused_at_start_in_french(tmp_path, dialogs, qapp):
    from wen_assess.ui import app as app_module
    from wen_assess.ui import settings

    path = tmp_path / "notes.sqlite"
    path.write_text("minutes of the 2024 meeting\n", encoding="utf-8")
    settings.save_interface_language("fr")  # as chosen in an earlier run
    try:
        assert app_module.run(path) == 1
    finally:
        settings.save_interface_language("en")
    [call] = dialogs.of("critical")
    assert f"{path} n'est pas une base de données wen-assess (pas un fichier SQLite)" in call.text
    assert english_left(call.text) == []
    assert path.read_text(encoding="utf-8") == "minutes of the 2024 meeting\n"


def test_numbers_in_messages_are_grouped_as_french_groups_them(
    qtbot, make_window, service, db_path, registry
):
    """A count in a message reads as a count: 20 000 in French, never "20,000", which a
    French reader takes for twenty."""
    from wen_assess.vocabulary import LONG_TEXT_MAX

    assessment_id = service.create(G2, "Atelier WEN")
    window = make_window()
    switch_to(window, "fr")
    window.open_assessment(assessment_id)
    window.view.show_page("area:MEM")
    item = window.view.current_page().items["G2-MEM-01"]
    item.notes.setPlainText("n" * (LONG_TEXT_MAX + 500))  # a paste
    item.flush()
    message = window.statusBar().currentMessage()
    assert "Les notes sont limitées à 20\u202f000 caractères" in message, message
    notes = stored(db_path, assessment_id, registry).record.answer("G2-MEM-01").notes
    assert len(notes) == LONG_TEXT_MAX
