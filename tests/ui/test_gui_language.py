"""The working language in the app: chosen when an assessment is started, changed on the
profile page, and offered (preselected) when the report or the plan is written."""

from __future__ import annotations

from gui_helpers import G2
from openpyxl import load_workbook
from pdf_text import pdf_text
from PySide6.QtWidgets import QComboBox, QFileDialog

from wen_assess.ui import main_window
from wen_assess.ui.dialogs import NewAssessmentDialog

pytest_plugins = ("gui_helpers",)


def choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_a_new_assessment_gets_the_language_chosen_in_the_dialog(make_window, service, monkeypatch):
    def fill_in(dialog: NewAssessmentDialog) -> int:
        assert dialog.language.currentData() == "en"  # English unless the user picks another
        assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
            "English",
            "Français",
            "Español",
            "Português",
        ]
        dialog.network.setText("ROAVIS")
        choose(dialog.language, "es")
        return NewAssessmentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewAssessmentDialog, "exec", fill_in)
    window = make_window()
    window.new_assessment()
    [summary] = service.list_summaries()
    assert service.get(summary.id).record.language == "es"


def test_the_profile_page_changes_the_working_language(make_window, service):
    assessment_id = service.create(G2, "LATF")
    window = make_window()
    window.open_assessment(assessment_id)
    page = window.view.page("profile")
    assert page.language.currentData() == "en"
    choose(page.language, "pt")
    assert service.get(assessment_id).record.language == "pt"


def test_the_report_dialog_offers_the_assessments_language_and_writes_the_one_chosen(
    make_window, service, monkeypatch, tmp_path
):
    assessment_id = service.create(G2, "SudWEN", language="fr")
    offered = []

    def save_as(target, language):  # type: ignore[no-untyped-def]
        def exec_(dialog: QFileDialog) -> int:
            [combo] = [
                c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Language"
            ]
            offered.append(combo.currentData())
            choose(combo, language)
            dialog.selectFile(str(target))
            return QFileDialog.DialogCode.Accepted

        return exec_

    window = make_window()
    # The real save dialog (the `dialogs` fixture stands in for it), answered by its exec().
    monkeypatch.setattr(main_window, "ask_output", main_window.ask_output.__wrapped__)
    monkeypatch.setattr(QFileDialog, "exec", save_as(tmp_path / "report.pdf", "es"))
    window.report_dialog(assessment_id)
    text = pdf_text(tmp_path / "report.pdf")
    assert "Resumen ejecutivo" in text and "Synthèse" not in text

    monkeypatch.setattr(QFileDialog, "exec", save_as(tmp_path / "plan.xlsx", "fr"))
    window.plan_dialog(assessment_id)
    assert load_workbook(tmp_path / "plan.xlsx").active.title == "Plan d'action"
    assert offered == ["fr", "fr"]  # the working language comes first each time
