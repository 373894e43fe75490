"""A focal point fills in their response form in the app, as they would at their desk: open the
`.response.wen.json` (menu, drop, command line), choose levels and N/A with the mouse and the
keys, type notes and their name, close; the coordinator imports the file as any form."""

from __future__ import annotations

import json
import os
import stat
import textwrap
from pathlib import Path

import pytest
from gui_helpers import activate, app_process, click_radio, focused, type_text
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from response_helpers import member_files, on_disk

from wen_assess.responses.filling import open_form
from wen_assess.responses.workflow import consolidation, import_responses
from wen_assess.ui import language
from wen_assess.ui.assessment.item_widget import NA_ID
from wen_assess.ui.responses import ResponsesDialog
from wen_assess.ui.responses.fill_window import FillWindow

pytest_plugins = ("gui_helpers",)


@pytest.fixture
def made(service, tmp_path):  # type: ignore[no-untyped-def]
    """HAWEN and its blank forms: (assessment id, Kenya's response file)."""
    assessment, (kenya, _) = member_files(service, tmp_path / "forms")
    return assessment, kenya


def open_forms() -> list[FillWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, FillWindow) and w.isVisible()
    ]


def drop(window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(
        QDropEvent(
            QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data,
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        )
    )  # fmt: skip


def test_a_member_fills_in_the_form_and_the_coordinator_imports_it(
    qtbot, make_window, service, made, monkeypatch
):
    assessment, path = made
    main = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    [menu_entry] = [a for a in main.menuBar().actions()[0].menu().actions()
                    if a.text() == "&Fill in a response form…"]  # fmt: skip
    menu_entry.trigger()
    [form] = open_forms()
    activate(qtbot, form)
    assert form.windowTitle() == "Response form — Kenya"
    assert form.progress.text() == "0 of 47 items answered"

    page = form.areas[0]
    click_radio(qtbot, page.items["G2-MEM-01"].radios[2])
    assert on_disk(path)["G2-MEM-01"]["level"] == 2  # written at once
    assert form.saved_label.text().startswith("Saved ")
    type_text(qtbot, page.items["G2-MEM-01"].notes, "Accession rules drafted")
    page.focus_item("G2-MEM-02")
    qtbot.keyClick(focused(), Qt.Key.Key_N)  # the wizard's key for N/A
    assert page.items["G2-MEM-02"].justification.hasFocus()  # "required": asked at once
    type_text(qtbot, focused(), "One agency only")
    page.focus_item("G2-MEM-03")
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    form.name.setFocus()
    type_text(qtbot, form.name, "Zoë Wanjiru")
    form.go(+1)  # leaving the page saves what was typed
    assert form.progress.text() == "3 of 47 items answered"
    form.close()
    assert not open_forms()

    saved = on_disk(path)
    assert saved["who"] == {"country": "Kenya", "agency": "", "name": "Zoë Wanjiru"}
    assert saved["G2-MEM-01"]["notes"] == "Accession rules drafted"
    assert saved["G2-MEM-02"] == {
        "item_id": "G2-MEM-02", "level": None, "not_applicable": True,
        "justification": "One agency only", "notes": "",
    }  # fmt: skip
    assert saved["G2-MEM-03"]["level"] == 1
    [outcome] = import_responses(service, assessment, [path])  # the coordinator's import
    assert str(outcome.message) == "Kenya — Zoë Wanjiru: 3 of 47 items answered"
    views = {v.item_id: v for v in consolidation(service, assessment).views}
    assert views["G2-MEM-01"].median == 2
    assert views["G2-MEM-03"].median == 1
    assert views["G2-MEM-02"].median is None  # N/A is no level


def test_a_half_filled_form_opens_with_its_answers(qtbot, make_window, service, made):
    _, path = made
    half = open_form(path, service.registry)
    half.change("G2-MEM-01", level=3, notes="Written procedure")
    half.change("G2-GOV-02", not_applicable=True)  # no reason given yet
    half.set_name("Jane")
    half.save()
    main = make_window()
    form = main.fill_form(path)
    assert isinstance(form, FillWindow)
    assert form.name.text() == "Jane"
    assert form.progress.text() == "2 of 47 items answered"
    item = form.areas[0].items["G2-MEM-01"]
    assert item.chosen() == 3 and item.notes.toPlainText() == "Written procedure"
    assert not item.flag.isVisible()  # a response has no flag
    form.jump_to_item("G2-GOV-02")
    assert form.areas[1].items["G2-GOV-02"].chosen() == NA_ID
    form.nav.setCurrentRow(form.nav.count() - 1)  # the end: send the file
    send = form.send_page
    assert str(path) in send.location.text()
    assert "2 of 47 items answered" in send.summary.text()
    assert send.open_label.text().startswith("Left open (46)")
    assert send.open_items.item(0).text().startswith("G2-GOV-02")
    assert "say why" in send.open_items.item(0).text()
    assert main.fill_form(path) is form  # opened once: two windows would overwrite each other


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda p: p.write_text("Dear coordinator,", encoding="utf-8"), "not valid JSON"),
        (
            lambda p: p.write_text('{"format": "wen-assess/assessment"}', encoding="utf-8"),
            "not a wen-assess response file",
        ),
        (
            lambda p: p.write_text(p.read_text().replace('"level": null', '"level": 7', 1)),
            "level 7 is not on the scale",
        ),
        (
            lambda p: p.write_text(p.read_text().replace("iccwc-wen-g2", "iccwc-wen-g9")),
            "unknown questionnaire 'iccwc-wen-g9'",
        ),
    ],
    ids=["not-json", "other-format", "off-scale", "unknown-questionnaire"],
)
def test_a_file_that_cannot_be_filled_in_is_refused_naming_it(
    make_window, dialogs, made, damage, said
):
    _, path = made
    damage(path)
    before = path.read_bytes()
    main = make_window()
    assert main.fill_form(path) is None
    [warning] = dialogs.of("warning")
    assert warning.title == "Cannot open the response form"
    assert warning.text.startswith(str(path)) and said in warning.text
    assert not open_forms()
    assert path.read_bytes() == before


def test_a_refusal_is_said_in_the_interface_language(make_window, dialogs, made):
    _, path = made
    path.write_text(path.read_text().replace('"level": null', '"level": 7', 1))
    main = make_window()
    main.set_language("fr")
    main.fill_form(path)
    [warning] = dialogs.of("warning")
    assert warning.title == "Impossible d’ouvrir le formulaire de réponse"
    assert "le niveau 7" in warning.text


def test_an_unwritable_file_keeps_the_answers_and_says_so(qtbot, make_window, dialogs, made):
    _, path = made
    before = path.read_bytes()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)  # read-only, as a file from an e-mail can be
    main = make_window()
    form = main.fill_form(path)
    page = form.areas[0]
    click_radio(qtbot, page.items["G2-MEM-01"].radios[2])
    [warning] = dialogs.of("warning")
    assert "could not be written" in warning.text and "read-only" in warning.text
    assert form.banner.isVisible() and form.saved_label.text() == "Not saved"
    click_radio(qtbot, page.items["G2-MEM-02"].radios[1])
    assert len(dialogs.of("warning")) == 1  # said once; the banner stays
    assert page.items["G2-MEM-01"].chosen() == 2  # kept on screen
    assert path.read_bytes() == before  # the file as it was, never half written

    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    qtbot.mouseClick(form.retry_button, Qt.MouseButton.LeftButton)
    assert not form.banner.isVisible()
    assert on_disk(path)["G2-MEM-01"]["level"] == 2
    assert on_disk(path)["G2-MEM-02"]["level"] == 1
    form.close()


def test_save_as_keeps_the_answers_in_another_file(qtbot, make_window, dialogs, service, made):
    assessment, path = made
    os.chmod(path, stat.S_IRUSR)
    main = make_window()
    form = main.fill_form(path)
    click_radio(qtbot, form.areas[0].items["G2-MEM-01"].radios[3])
    copy = path.with_name("kenya-answers")  # the suffix is added
    dialogs.save_path = str(copy)
    assert form.save_as()
    written = copy.with_name("kenya-answers.response.wen.json")
    assert form.controller.path == written and not form.banner.isVisible()
    click_radio(qtbot, form.areas[0].items["G2-MEM-02"].radios[0])  # goes on in the new file
    form.close()
    [outcome] = import_responses(service, assessment, [written])
    assert outcome.status == "imported"
    levels = {a.item_id: a.level for a in service.responses(assessment)[0].answers}
    assert levels == {"G2-MEM-01": 3, "G2-MEM-02": 0}


def test_a_response_file_dropped_on_the_library_opens_to_be_filled_in(make_window, made):
    _, path = made
    renamed = path.with_name("response-Kenya.response.wen (1).json")  # saved from an e-mail
    path.rename(renamed)
    main = make_window()
    drop(main, renamed)
    [form] = open_forms()
    assert form.controller.path == renamed
    form.close()


def test_a_response_file_dropped_on_an_open_assessment_is_imported(
    qtbot, make_window, service, made, monkeypatch
):
    assessment, path = made
    filled = open_form(path, service.registry)
    filled.change("G2-MEM-01", level=1)
    filled.save()
    main = make_window()
    main.open_assessment(assessment)

    def shown(dialog: ResponsesDialog) -> int:
        qtbot.waitUntil(lambda: bool(service.responses(assessment)))
        return 0

    monkeypatch.setattr(ResponsesDialog, "exec", shown)
    drop(main, path)  # the coordinator's window: imported, not opened for filling
    assert not open_forms()
    [response] = service.responses(assessment)
    assert response.country == "Kenya"


def test_the_command_line_opens_a_response_form(tmp_path, made):
    _, path = made
    driver = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from wen_assess.ui import main_window
        from wen_assess.launcher import gui_main

        original = main_window.MainWindow.open_files

        def open_files(self, paths):
            original(self, paths)
            titles = [w.windowTitle() for w in QApplication.topLevelWidgets()
                      if w.objectName() == "response-form" and w.isVisible()]
            print("|".join(titles), flush=True)
            QApplication.instance().exit(0)

        main_window.MainWindow.open_files = open_files
        sys.exit(gui_main(sys.argv[1:]))
        """
    )
    args = ("--db", str(tmp_path / "member.sqlite"), str(path))
    with app_process(driver, *args, ready="Response form — Kenya") as app:
        assert app.wait(timeout=30) == 0


def test_the_form_speaks_the_interface_language_and_shows_the_forms_texts(make_window, made):
    _, path = made
    main = make_window()
    main.set_language("fr")
    form = main.fill_form(path)
    assert form.windowTitle() == "Formulaire de réponse — Kenya"
    assert language.current() == "fr"
    # An English form: the questionnaire's texts in English, as the workbook shows them.
    assert form.areas[0].title == "MEM · Membership"
    form.close()


def test_closing_with_answers_not_in_the_file_asks_first(qtbot, make_window, dialogs, made):
    _, path = made
    os.chmod(path, stat.S_IRUSR)
    main = make_window()
    form = main.fill_form(path)
    click_radio(qtbot, form.areas[0].items["G2-MEM-01"].radios[1])
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    assert not form.close()  # stays open, the answer still on screen
    [asked] = dialogs.of("question")
    assert "not in the file" in asked.text and "read-only" in asked.text
    assert form.areas[0].items["G2-MEM-01"].chosen() == 1
    dialogs.question_answer = QMessageBox.StandardButton.Save  # Save as… another file
    dialogs.save_path = str(path.with_name("kenya-kept.response.wen.json"))
    assert form.close()
    assert on_disk(Path(dialogs.save_path))["G2-MEM-01"]["level"] == 1


def test_closing_the_main_window_closes_the_form_saving_what_was_typed(qtbot, make_window, made):
    _, path = made
    main = make_window()
    form = main.fill_form(path)
    activate(qtbot, form)
    type_text(qtbot, form.areas[0].items["G2-MEM-01"].notes, "typed, not yet saved")
    main.close()
    assert not open_forms()
    assert on_disk(path)["G2-MEM-01"]["notes"] == "typed, not yet saved"


def test_a_language_switch_rebuilds_the_form_keeping_everything(qtbot, make_window, made):
    _, path = made
    main = make_window()
    form = main.fill_form(path)
    click_radio(qtbot, form.areas[0].items["G2-MEM-01"].radios[2])
    form.nav.setCurrentRow(2)
    main.set_language("fr")
    [again] = open_forms()
    assert again is not form
    assert again.windowTitle() == "Formulaire de réponse — Kenya"
    assert again.nav.currentRow() == 2
    assert again.progress.text() == "1 sur 47 éléments répondus"
    click_radio(qtbot, again.areas[0].items["G2-MEM-02"].radios[3])
    assert again.saved_label.text().startswith("Enregistré")
    assert on_disk(path)["G2-MEM-01"]["level"] == 2
    assert on_disk(path)["G2-MEM-02"]["level"] == 3
    again.close()


def test_a_form_made_with_another_questionnaire_file_says_its_wording_may_differ(
    qtbot, make_window, made
):
    _, path = made
    data = json.loads(path.read_text(encoding="utf-8"))
    made_with = data["questionnaire"]["checksum"]
    data["questionnaire"]["checksum"] = "0" * 64  # the coordinator's file, not this one
    path.write_text(json.dumps(data), encoding="utf-8")
    main = make_window()
    form = main.fill_form(path)
    assert form.note.isVisible()
    assert "wording may differ" in form.note.text()
    click_radio(qtbot, form.areas[0].items["G2-MEM-01"].radios[2])
    form.close()
    assert json.loads(path.read_text())["questionnaire"]["checksum"] == "0" * 64  # kept as sent
    assert made_with != "0" * 64
