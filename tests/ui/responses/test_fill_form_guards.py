"""A member's form window never writes over what it did not see: a file another program
changed or moved meanwhile is left alone (the answers stay on screen, Save as keeps them), a
Save as onto a file another window fills in is refused, and one that fails names the file
that failed. Text typed is saved when the session ends; a problem shown before a language
switch reads in the new language."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from gui_helpers import activate, click_radio, type_text
from PySide6.QtCore import Qt
from response_helpers import member_files, on_disk

from wen_assess.responses.filling import FileChangedElsewhere, open_form
from wen_assess.ui import language

pytest_plugins = ("gui_helpers",)


@pytest.fixture
def forms(service, tmp_path):  # type: ignore[no-untyped-def]
    """HAWEN's blank forms for Kenya and Uganda."""
    _, (kenya, uganda) = member_files(service, tmp_path / "forms")
    return kenya, uganda


def level_on_disk(path: Path, item_id: str):  # type: ignore[no-untyped-def]
    return on_disk(path)[item_id]["level"]


def test_a_file_another_program_changed_is_left_alone_and_save_as_keeps_the_answers(
    qtbot, make_window, dialogs, registry, forms
) -> None:
    kenya, _ = forms
    form = make_window().fill_form(kenya)
    click_radio(qtbot, form.areas[0].items["G2-MEM-01"].radios[2])
    elsewhere = open_form(kenya, registry)  # a second copy of the app, or an editor
    elsewhere.change("G2-MEM-02", level=3, notes="written elsewhere")
    elsewhere.save()
    click_radio(qtbot, form.areas[0].items["G2-MEM-03"].radios[1])
    [warning] = dialogs.of("warning")
    assert "another program changed the file" in warning.text
    assert form.banner.isVisible() and form.saved_label.text() == "Not saved"
    assert not form.statusBar().currentMessage().startswith("Saved")  # nothing contradicts it
    assert level_on_disk(kenya, "G2-MEM-02") == 3  # theirs, untouched
    assert level_on_disk(kenya, "G2-MEM-03") is None
    assert form.areas[0].items["G2-MEM-03"].chosen() == 1  # mine, kept on screen
    dialogs.save_path = str(kenya.with_name("kenya-mine.response.wen.json"))
    assert form.save_as()
    mine = kenya.with_name("kenya-mine.response.wen.json")
    assert (level_on_disk(mine, "G2-MEM-01"), level_on_disk(mine, "G2-MEM-03")) == (2, 1)
    assert not form.banner.isVisible()
    form.close()


def test_a_moved_file_is_not_written_again_where_it_was(tmp_path, registry, forms) -> None:
    kenya, _ = forms
    form = open_form(kenya, registry)
    form.change("G2-MEM-01", level=2)
    form.save()
    sent = tmp_path / "sent"
    sent.mkdir()
    kenya.rename(sent / kenya.name)  # the member moved it to send it
    form.change("G2-MEM-02", level=1)
    with pytest.raises(FileChangedElsewhere) as caught:
        form.save()
    assert "moved or deleted" in str(caught.value.strerror)
    assert not kenya.exists()  # not made again where it was
    assert level_on_disk(sent / kenya.name, "G2-MEM-02") is None
    gone = tmp_path / "stick"  # a folder that went (a USB stick taken out)
    gone.mkdir()
    form.save(gone / "k.response.wen.json")
    (gone / "k.response.wen.json").unlink()
    gone.rmdir()
    with pytest.raises(OSError):
        form.save()
    assert not gone.exists()


def test_save_as_onto_a_file_another_window_fills_in_is_refused(
    qtbot, make_window, dialogs, forms
) -> None:
    kenya, uganda = forms
    main = make_window()
    first, second = main.fill_form(kenya), main.fill_form(uganda)
    click_radio(qtbot, second.areas[0].items["G2-MEM-01"].radios[3])
    before = uganda.read_bytes()
    dialogs.save_path = str(uganda)
    assert not first.save_as()
    [warning] = dialogs.of("warning")
    assert str(uganda) in warning.text and "another response-form window" in warning.text
    assert uganda.read_bytes() == before and first.controller.path == kenya
    first.close()
    second.close()


def test_a_failed_save_as_names_the_file_that_failed_and_changes_nothing(
    qtbot, make_window, dialogs, forms, tmp_path
) -> None:
    kenya, _ = forms
    form = make_window().fill_form(kenya)
    click_radio(qtbot, form.areas[0].items["G2-MEM-01"].radios[2])
    locked = tmp_path / "locked.response.wen.json"
    locked.write_text("{}", encoding="utf-8")
    os.chmod(locked, stat.S_IRUSR)
    dialogs.save_path = str(locked)
    assert not form.save_as()
    [warning] = dialogs.of("warning")
    assert warning.text.startswith(f"Your answers could not be written to {locked}: ")
    assert f"keeps filling in {kenya}" in warning.text
    assert not form.banner.isVisible() and form.saved_label.text().startswith("Saved ")
    assert form.controller.save_problem is None and form.controller.path == kenya
    assert form.close()  # nothing to ask: the form's own file holds every answer


def test_text_typed_in_a_form_is_saved_when_the_session_ends(qtbot, make_window, forms) -> None:
    kenya, _ = forms
    main = make_window()
    form = main.fill_form(kenya)
    activate(qtbot, form)
    type_text(qtbot, form.areas[0].items["G2-MEM-01"].notes, "typed just before log-off")
    main.save_pending()  # what the app does on aboutToQuit and the session manager's request
    data = json.loads(kenya.read_text(encoding="utf-8"))
    notes = next(a["notes"] for a in data["answers"] if a["item_id"] == "G2-MEM-01")
    assert notes == "typed just before log-off"
    form.close()


def test_a_save_problem_shown_before_a_language_switch_reads_in_the_new_language(
    qtbot, make_window, dialogs, forms
) -> None:
    kenya, _ = forms
    os.chmod(kenya, stat.S_IRUSR)
    main = make_window()
    form = main.fill_form(kenya)
    click_radio(qtbot, form.areas[0].items["G2-MEM-01"].radios[2])
    assert "read-only" in form.banner_text.text()
    try:
        main.set_language("fr")
        [again] = [w for w in main.findChildren(type(form)) if w.isVisible()]
        assert "lecture seule" in again.banner_text.text()
        assert "read-only" not in again.banner_text.text()
        assert again.controller.save_problem is not None
        assert "lecture seule" in again.controller.save_problem
        os.chmod(kenya, stat.S_IRUSR | stat.S_IWUSR)
        qtbot.mouseClick(again.retry_button, Qt.MouseButton.LeftButton)
        assert not again.banner.isVisible() and level_on_disk(kenya, "G2-MEM-01") == 2
        assert again.close()
    finally:
        language.install("en")
        os.chmod(kenya, stat.S_IRUSR | stat.S_IWUSR)


def test_an_excel_form_dropped_points_to_its_json_or_is_imported_into_the_open_assessment(
    qtbot, make_window, dialogs, service, forms, monkeypatch
) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from wen_assess.ui.responses import ResponsesDialog

    kenya, _ = forms
    workbook = kenya.with_name("response-Kenya.xlsx")
    main = make_window()

    def drop(path: Path) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        main.dropEvent(
            QDropEvent(
                QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data,
                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            )
        )  # fmt: skip

    drop(workbook)  # a member, in the library: told what to do with it
    [told] = dialogs.of("information")
    assert told.title == "Response form in Excel"
    assert "response-Kenya.xlsx is the Excel version" in told.text
    assert ".response.wen.json" in told.text and not dialogs.of("warning")

    # The coordinator's open assessment: the workbook goes to its Member responses.
    assessment = service.list_summaries()[0].id
    main.open_assessment(assessment)
    imported: list[list[Path]] = []
    monkeypatch.setattr(ResponsesDialog, "exec", lambda self: 0)
    monkeypatch.setattr(
        ResponsesDialog, "import_paths", lambda self, paths: imported.append(list(paths))
    )
    drop(workbook)
    qtbot.waitUntil(lambda: bool(imported))
    assert imported == [[workbook]]


def test_the_app_takes_an_excel_form_on_its_command_line(monkeypatch, capsys) -> None:
    from wen_assess import launcher

    started: list[tuple] = []
    monkeypatch.setattr(launcher, "_run_app", lambda db, files=(): started.append((db, files)) or 0)
    assert launcher.gui_main(["response-Kenya.xlsx", "k.response.wen.json"]) == 0
    assert started == [(None, [Path("response-Kenya.xlsx"), Path("k.response.wen.json")])]
    with pytest.raises(SystemExit):
        launcher.gui_main(["report.pdf"])  # anything else is still refused
    assert "unrecognized arguments: report.pdf" in capsys.readouterr().err


def test_a_renamed_form_whose_keys_a_script_sorted_is_still_known(forms, tmp_path) -> None:
    from wen_assess.responses.filling import is_response_file

    kenya, _ = forms
    data = json.loads(kenya.read_text(encoding="utf-8"))
    data["respondent"]["name"] = "x" * 5000  # pushes "format" past the first 4 KB
    data["answers"][0]["notes"] = "y" * 5000
    renamed = tmp_path / "kenya-final.json"
    renamed.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    assert renamed.read_bytes().find(b'"wen-assess/response"') > 4096
    assert is_response_file(renamed)
    mention = tmp_path / "notes.json"  # another file that only names the format, further in
    mention.write_text(
        json.dumps(
            {"format": "wen-assess/assessment", "pad": "x" * 5000, "wen-assess/response": 1}
        ),
        encoding="utf-8",
    )
    assert b'"wen-assess/response"' in mention.read_bytes()[4096:]
    assert not is_response_file(mention)


def test_a_language_switch_keeps_the_item_in_hand_or_the_scroll(qtbot, make_window, forms):
    kenya, _ = forms
    main = make_window()
    form = main.fill_form(kenya)
    activate(qtbot, form)
    form.nav.setCurrentRow(1)  # Governance, 13 items
    page = form.current_page()
    page.focus_item("G2-GOV-10")
    qtbot.waitUntil(lambda: page.marked is page.items["G2-GOV-10"])
    try:
        main.set_language("fr")
        [again] = [w for w in main.findChildren(type(form)) if w.isVisible()]
        activate(qtbot, again)  # the focus set while it was made arrives with the activation
        moved = again.current_page()
        assert again.nav.currentRow() == 1
        qtbot.waitUntil(lambda: moved.marked is moved.items["G2-GOV-10"])
        item = moved.items["G2-GOV-10"]
        top = item.mapTo(moved.scroll.viewport(), item.rect().topLeft()).y()
        assert 0 <= top < moved.scroll.viewport().height()  # in view, not back at the top

        moved.setFocus()  # no item in hand: the page keeps how far down it was
        moved.marked = None
        bar = moved.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        main.set_language("en")
        [third] = [w for w in main.findChildren(type(form)) if w.isVisible()]
        qtbot.waitUntil(lambda: third.current_page().scroll.verticalScrollBar().value() > 0)
        third.close()
    finally:
        language.install("en")


def test_a_deeply_nested_renamed_json_is_no_form_and_no_crash(tmp_path) -> None:
    from wen_assess.responses.filling import is_response_file

    deep = tmp_path / "deep.json"
    deep.write_text('{"pad": "' + "x" * 5000 + '", "wen-assess/response": ' + "[" * 100_000
                    + "]" * 100_000 + "}", encoding="utf-8")  # fmt: skip
    assert not is_response_file(deep)  # left to the import, which says why


def test_save_as_keeps_a_name_that_already_ends_in_json(qtbot, make_window, dialogs, forms):
    kenya, _ = forms
    renamed = kenya.with_name("response-Kenya.response.wen (1).json")
    kenya.rename(renamed)
    form = make_window().fill_form(renamed)
    dialogs.save_path = str(renamed.with_name("kenya v1.2"))
    assert form.save_as()
    assert form.controller.path.name == "kenya v1.2.response.wen.json"
    dialogs.save_path = str(renamed.with_name("final (2).json"))
    assert form.save_as()
    assert form.controller.path.name == "final (2).json"
    form.close()


def test_only_a_response_workbook_is_taken_for_one(make_window, dialogs, tmp_path) -> None:
    main = make_window()
    plan = tmp_path / "SAWEN-action-plan.xlsx"  # the app's own plan, not a form
    plan.write_bytes(b"PK")
    main.open_files([plan])
    assert not dialogs.of("information")
    [refused] = dialogs.of("warning")  # imported as before, and refused with its reason
    assert "SAWEN-action-plan.xlsx" in refused.text


def test_the_form_fits_its_words_again_when_the_text_is_made_larger(
    qtbot, make_window, forms
) -> None:
    """On a projector the text is zoomed: the progress bar and the side panel keep room for
    their words, as the wizard's do (they were fitted only once, at the normal size)."""
    from wen_assess.ui import zoom

    kenya, _ = forms
    form = make_window().fill_form(kenya)
    try:
        for _ in range(4):  # 175 %
            zoom.step_in(form, +1)
        qtbot.wait(0)
        assert zoom.current() == 175
        words = form.progress.fontMetrics().horizontalAdvance(form.progress.text())
        assert form.progress.width() >= words
        assert form.nav.width() >= form.nav.sizeHintForColumn(0)
        assert form.statusBar().currentMessage() == "Text size 175 %"
    finally:
        zoom.apply(zoom.NORMAL)
