"""With the interface in French, what an import says (each file's outcome and why a file was
refused) is French, values (file names, cells, the member's text) put in as they are; the CLI
says the same imports in English, as before."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from cli_runner import run_cli
from gui_helpers import G2, fresh_service
from language_helpers import english_left
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from response_helpers import create_hawen, fill, forms_for

from wen_assess.exchange import export_assessment
from wen_assess.ui import language
from wen_assess.ui.responses import ResponsesDialog

pytest_plugins = ("gui_helpers",)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _english_again():  # type: ignore[no-untyped-def]
    yield
    language.install("en")


def switch_to_french(window) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in window.language_menu.actions() if a.data() == "fr")
    action.trigger()
    QApplication.processEvents()


def copy_database(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as old, sqlite3.connect(target) as new:
        old.backup(new)
    return target


def test_a_response_import_speaks_french_and_the_cli_still_speaks_english(
    qtbot, make_window, service, dialogs, db_path, tmp_path
):
    assessment = create_hawen(service)
    forms = forms_for(service, assessment, tmp_path / "forms", ["Kenya", "Uganda"])
    kenya = fill(forms["Kenya"], {"G2-MEM-01": 0, "G2-MEM-04": 1}, name="Jane Otieno")
    bad = fill(forms["Uganda"], {"G2-MEM-02": "2 - Dev"}, name="Okello", out=tmp_path / "bad.xlsx")
    cli_db = copy_database(db_path, tmp_path / "cli.sqlite")

    window = make_window()
    switch_to_french(window)
    window.open_assessment(assessment)
    responses = ResponsesDialog(window.view.controller, window)
    qtbot.addWidget(responses)
    responses.show()
    dialogs.open_paths = [str(kenya), str(bad)]
    qtbot.mouseClick(responses.import_button, LEFT)
    [shown] = dialogs.of("warning")
    again = fill(kenya, {"G2-MEM-01": 3}, name="Jane Otieno", out=tmp_path / "again.xlsx")
    dialogs.question_answer = dialogs.question_answer.No
    responses.import_paths([again])
    [asked] = dialogs.of("question")
    responses.close()

    assert "Kenya — Jane Otieno : 2 sur 47 éléments renseignés" in shown.text
    assert "feuille « Items », cellule F" in shown.text
    assert "« 2 - Dev » n'est pas un niveau ; choisissez parmi :" in shown.text
    # The choices are the form's own, in the language the form was made in (English here).
    assert "Jane Otieno, Kenya a déjà répondu (réponse importée le " in asked.text
    assert "depuis response-Kenya.xlsx)." in asked.text
    assert english_left(asked.text) == []
    assert english_left(re.sub(r"choisissez parmi : .*", "", shown.text)) == []

    result = run_cli(
        "--db", str(cli_db), "responses", str(assessment), "import", str(kenya), str(bad)
    )
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{kenya}: imported: Kenya — Jane Otieno: 2 of 47 items answered"
    )
    assert re.fullmatch(
        rf"{re.escape(str(bad))}: rejected: sheet 'Items', cell F\d+ \(G2-MEM-02\): “2 - Dev” is "
        r"not a level; choose one of: .+",
        result.stderr.strip(),
    )
    assert result.stdout.splitlines()[1] == (
        "1 imported, 0 replaced, 0 already answered (not replaced), 0 already imported, 1 rejected"
    )


def test_an_assessment_file_import_speaks_french_and_the_cli_still_speaks_english(
    qtbot, make_window, service, dialogs, db_path, registry, tmp_path
):
    with fresh_service(tmp_path / "other.sqlite", registry) as source:
        source_id = source.create(G2, "UNKNOWNWEN", title="Atelier 2026")
        source.set_answer(source_id, "G2-MEM-01", level=2)
        good = export_assessment(source.get(source_id).record, tmp_path / "good.wen.json", registry)
    newer = tmp_path / "newer.wen.json"
    data = json.loads(Path(good).read_text("utf-8"))
    newer.write_text(json.dumps({**data, "format_version": 99}), "utf-8")
    broken = tmp_path / "broken.wen.json"
    broken.write_text('{"format": "wen-assess/assessment", "format_version": 1,', "utf-8")
    paths = [Path(good), newer, broken]
    cli_db = copy_database(db_path, tmp_path / "cli.sqlite")

    window = make_window()
    switch_to_french(window)
    dialogs.open_paths = [str(p) for p in paths]
    window.import_paths(paths)
    [shown] = dialogs.of("warning")

    assert "good.wen.json: importé — UNKNOWNWEN — Atelier 2026 (questionnaire" in shown.text
    assert "la version indiquée dans le fichier" in shown.text
    assert (
        "newer.wen.json: rejeté — format_version 99 a été écrit par une version plus récente de "
        "wen-assess ; cette version lit jusqu'à 1." in shown.text
    )
    assert "broken.wen.json: rejeté — JSON non valide (ligne 1, colonne " in shown.text
    assert english_left(shown.text) == []

    result = run_cli("--db", str(cli_db), "import", *map(str, paths))
    assert f"{good}: imported as #1: UNKNOWNWEN — Atelier 2026 (questionnaire " in result.stdout
    assert ": the version named in the file)" in result.stdout
    assert (
        f"{newer}: rejected: format_version 99 was written by a newer wen-assess; this version "
        "reads up to 1. Update the app to import it." in result.stderr
    )
    assert f"{broken}: rejected: not valid JSON (line 1, column " in result.stderr
