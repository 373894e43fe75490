"""The "Member responses" window, used as a coordinator would in the workshop: import the
filled forms (file dialog, and drag and drop), read what members said, take the proposal or
pick the agreed level (saved as the assessment's answer), see the agenda and save it."""

from __future__ import annotations

import zipfile

import pytest
from gui_helpers import fresh_service
from pdf_text import pdf_text
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QDropEvent
from PySide6.QtWidgets import QApplication
from response_helpers import fill, forms_copied, hawen_filled_once

from wen_assess.ui.responses import ResponsesDialog
from wen_assess.ui.responses.agenda_dialog import AgendaDialog
from wen_assess.ui.responses.model import AGREED, ANSWERED, ITEM, MEDIAN, PROPOSAL, RANGE

pytest_plugins = ("gui_helpers",)


@pytest.fixture(scope="module")
def filled_once(tmp_path_factory):  # type: ignore[no-untyped-def]
    """HAWEN and three members' filled forms, made once for the module."""

    return hawen_filled_once(
        tmp_path_factory,
        {
            "Kenya": {
                "levels": {"G2-MEM-01": 0, "G2-MEM-04": 1},
                "name": "Jane Otieno",
                "notes": {"G2-MEM-01": "No accession procedure yet"},
            },
            "Uganda": {"levels": {"G2-MEM-01": 3, "G2-MEM-04": 2}, "name": "Okello"},
            "Sudan": {"levels": {"G2-MEM-01": 2, "G2-MEM-04": "Not applicable"}, "name": "Ahmed"},
        },
    )


@pytest.fixture
def filled(service, tmp_path, filled_once):  # type: ignore[no-untyped-def]
    """The test's own copy of ``filled_once``: the assessment's id, {country: form}."""
    return filled_once[2], forms_copied(service, filled_once, tmp_path)


@pytest.fixture
def dialog(qtbot, make_window, filled):  # type: ignore[no-untyped-def]
    assessment, _ = filled
    window = make_window()
    window.open_assessment(assessment)
    window.resize(1366, 768)
    responses = ResponsesDialog(window.view.controller, window)
    qtbot.addWidget(responses)
    responses.show()
    qtbot.waitExposed(responses)
    yield responses
    responses.close()


def cell(dialog, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return dialog.model.index(row, column).data()


def test_import_consolidate_and_agree(dialog, filled, dialogs, db_path, qtbot):
    assessment, forms = filled
    assert "No responses yet" in dialog.summary.text()
    dialogs.open_paths = [str(forms[c]) for c in ("Kenya", "Uganda", "Sudan")]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [shown] = dialogs.of("information")
    assert "response-Kenya.xlsx: imported: Kenya — Jane Otieno: 2 of 47 items answered" in (
        shown.text
    )
    assert "Responses received: 3. Countries: Kenya, Sudan, Uganda." in dialog.summary.text()
    assert "disagree by two levels or more (⚠): 1." in dialog.summary.text()
    assert "Not yet answered: Djibouti, Ethiopia, Somalia, South Sudan." in dialog.summary.text()
    # G2-MEM-01: 0, 3, 2 -> median 2, range 0–3, members disagree.
    assert cell(dialog, 0, ITEM) == "G2-MEM-01 ⚠"
    assert cell(dialog, 0, ANSWERED) == "3/3"
    assert (cell(dialog, 0, MEDIAN), cell(dialog, 0, RANGE)) == ("2", "0–3")
    assert cell(dialog, 0, PROPOSAL) == "2 – Developing"
    assert cell(dialog, 0, AGREED) == "–"
    assert "Jane Otieno" in dialog.said.item(0, 0).text()
    assert dialog.said.item(0, 2).text() == "No accession procedure yet"
    # G2-MEM-04 (critical): 1, 2 and N/A -> median 1.5, proposal the lower middle level.
    assert (cell(dialog, 3, ITEM), cell(dialog, 3, MEDIAN)) == ("G2-MEM-04 ★", "1.5")
    assert cell(dialog, 3, PROPOSAL) == "1 – Initial"
    # Nothing applied by itself; "Use proposal" saves the median as the assessment's answer.
    with fresh_service(db_path) as other:
        assert other.get(assessment).record.answers == []
    dialog.select_row(0)
    assert dialog.use_proposal.text() == "Use &proposal: 2 – Developing"
    qtbot.mouseClick(dialog.use_proposal, Qt.MouseButton.LeftButton)
    assert cell(dialog, 0, AGREED) == "2 – Developing"
    # Or the coordinator picks another level from the list (keyboard: the combo's items).
    dialog.select_row(3)
    dialog.agreed.setFocus()
    dialog.agreed.setCurrentIndex(dialog.agreed.findData(0))
    dialog.agreed.activated.emit(dialog.agreed.currentIndex())
    with fresh_service(db_path) as other:
        answers = {a.item_id: a.level for a in other.get(assessment).record.answers}
        assert answers == {"G2-MEM-01": 2, "G2-MEM-04": 0}
        assert other.result(assessment).items_answered == 2
    # One step to undo, as a click on the item's page.
    assert dialog.controller.undo_stack.count() == 2


def test_a_second_response_asks_before_replacing(dialog, filled, dialogs, tmp_path):
    _, forms = filled
    dialog.import_paths([forms["Kenya"]])
    again = fill(forms["Kenya"], {"G2-MEM-01": 3}, name="Jane Otieno", out=tmp_path / "k2.xlsx")
    dialogs.question_answer = dialogs.question_answer.No
    dialog.import_paths([again])
    [asked] = dialogs.of("question")
    assert "Jane Otieno, Kenya has already answered" in asked.text
    assert cell(dialog, 0, MEDIAN) == "0"  # the first response is kept
    dialogs.question_answer = dialogs.question_answer.Yes
    dialog.import_paths([again])
    assert cell(dialog, 0, MEDIAN) == "3"
    assert "replaced" in dialogs.of("information")[-1].text


def drop_files(dialog, paths) -> None:  # type: ignore[no-untyped-def]
    """Drop ``paths`` on the window, as from the file manager."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    drop = QDropEvent(
        QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    dialog.dropEvent(drop)


def test_dropped_files_are_imported_and_the_bad_one_named(dialog, filled, dialogs, tmp_path):
    _, forms = filled
    bad = fill(forms["Sudan"], {"G2-MEM-02": "2 - Dev"}, name="Ahmed", out=tmp_path / "bad.xlsx")
    drop_files(dialog, [forms["Kenya"], bad])
    [warning] = dialogs.of("warning")
    assert "bad.xlsx: rejected: sheet 'Items', cell F" in warning.text
    assert "“2 - Dev” is not a level" in warning.text
    assert "Responses received: 1. Countries: Kenya." in dialog.summary.text()


def test_agenda_shown_and_saved_as_pdf(dialog, filled, dialogs, tmp_path, qtbot):
    _, forms = filled
    dialog.import_paths(list(forms.values()))
    dialog.select_row(0)
    dialog.use_proposal.click()  # agreed in this window: the agenda shows it so
    shown = []
    QTimer.singleShot(0, lambda: shown.append(QApplication.activeModalWidget()) or shown[0].close())
    dialog.agenda_button.click()
    assert "proposal 2 – Developing; agreed." in shown[0].text.toPlainText()
    agenda = AgendaDialog(dialog.consolidation, dialog.controller, dialog)
    qtbot.addWidget(agenda)
    text = agenda.text.toPlainText()
    assert "G2-MEM-01" in text and "Members disagree" in text
    assert "G2-MEM-04" in text and "critical item" in text
    dialogs.save_path = str(tmp_path / "agenda.pdf")
    agenda.save_pdf()
    pdf = pdf_text(tmp_path / "agenda.pdf")
    assert "Workshop agenda" in pdf and "Okello" in pdf
    agenda.close()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_fits_small_screens_and_every_control_has_a_name(dialog, filled, size):
    _, forms = filled
    dialog.import_paths(list(forms.values()))
    dialog.resize(size[0] - 40, size[1] - 80)
    QApplication.processEvents()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1] - 80
    for widget in (dialog.table, dialog.said, dialog.agreed, dialog.use_proposal):
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name, widget
    # Keyboard: the items table takes focus and arrows move through the items.
    dialog.table.setFocus()
    assert dialog.table.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_the_assessment_menu_opens_the_responses_of_the_open_assessment(qtbot, make_window, filled):
    assessment, _ = filled
    window = make_window()
    assert not window.responses_action.isEnabled()  # in the library: no assessment open
    window.open_assessment(assessment)
    assert window.responses_action.isEnabled()
    assert window.responses_action.shortcut().toString() == "Ctrl+Shift+R"
    seen = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.close()

    QTimer.singleShot(0, close_it)
    window.responses_action.trigger()
    [dialog] = seen
    assert isinstance(dialog, ResponsesDialog)
    assert dialog.windowTitle() == "Member responses — HAWEN"


def test_make_forms_from_the_window(dialog, dialogs, tmp_path, qtbot):
    from wen_assess.ui.responses.forms_dialog import MakeFormsDialog

    forms = MakeFormsDialog(dialog.controller, dialog)
    qtbot.addWidget(forms)
    assert forms.countries.text().startswith("Djibouti, Ethiopia, Kenya")
    forms.countries.setText("Kenya, Uganda")
    forms.agencies.setText("Customs")
    forms.folder_edit.setText(str(tmp_path / "out"))
    forms._make()
    assert forms.result() == forms.DialogCode.Accepted
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "response-Kenya-Customs.response.wen.json", "response-Kenya-Customs.xlsx",
        "response-Uganda-Customs.response.wen.json", "response-Uganda-Customs.xlsx",
    ]  # fmt: skip
    empty = MakeFormsDialog(dialog.controller, dialog)
    qtbot.addWidget(empty)
    empty.countries.setText(" , ")
    empty._make()
    assert dialogs.of("warning")[-1].text == "Name at least one country."


def test_a_damaged_workbook_is_named_and_the_others_imported(dialog, filled, dialogs, tmp_path):
    _, forms = filled
    source = zipfile.ZipFile(forms["Sudan"])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(damaged, "w") as copy:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "xl/worksheets/sheet2.xml":  # the items sheet
                data = data.replace(b'<row r="6"', b'<row r="six"', 1)
            copy.writestr(entry.filename, data)
    drop_files(dialog, [damaged, forms["Kenya"]])
    [warning] = dialogs.of("warning")
    assert "damaged.xlsx: rejected: the workbook is damaged (sheet 'Items', near row 6" in (
        warning.text
    )
    assert "unexpected error" not in warning.text
    assert "Responses received: 1. Countries: Kenya." in dialog.summary.text()


def test_forms_are_not_made_for_a_country_name_over_the_limit(dialog, dialogs, tmp_path):
    from wen_assess.ui.responses.forms_dialog import MakeFormsDialog

    forms = MakeFormsDialog(dialog.controller, dialog)
    forms.countries.setText("C" * 600)
    forms.folder_edit.setText(str(tmp_path / "out"))
    forms._make()
    [warning] = dialogs.of("warning")
    assert warning.title == "No forms made"
    assert "holds 600 characters; at most 500 are kept" in warning.text
    assert forms.result() != forms.DialogCode.Accepted and not (tmp_path / "out").exists()
    forms.countries.setText("Kenya, Narnia")
    forms._make()
    assert "Countries: “Narnia” is not one of the member countries of HAWEN" in (
        dialogs.of("warning")[-1].text
    )
    forms.close()
