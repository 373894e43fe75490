"""Make the response forms: which countries (the network's members by default), optional
agencies, and the folder to write them to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from wen_assess.responses.forms import members
from wen_assess.responses.workflow import FormsRefused, make_forms
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.language import core_message, write_problem


class MakeFormsDialog(QDialog):
    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.written: list[Path] = []
        self.folder = ""
        self.setWindowTitle(self.tr("Make response forms"))
        record = controller.record
        self.countries = QLineEdit(", ".join(record.network.member_countries))
        self.countries.setAccessibleName(self.tr("Member countries, separated by commas"))
        self.agencies = QLineEdit()
        self.agencies.setPlaceholderText(self.tr("optional, e.g. Wildlife authority, Customs"))
        self.agencies.setAccessibleName(self.tr("Agencies, separated by commas (optional)"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder for the forms"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "One Excel form per country (or per country and agency), in the assessment's "
                "language, plus the same as a response file for members who use wen-assess."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("&Countries:"), self.countries)
        form.addRow(self.tr("A&gencies:"), self.agencies)
        form.addRow(self.tr("&Folder:"), folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make forms"))
        buttons.accepted.connect(self._make)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the forms"))
        if folder:
            self.folder_edit.setText(folder)

    def _make(self) -> None:
        chosen = members(self.countries.text().split(","), self.agencies.text().split(","))
        folder = self.folder_edit.text().strip()
        if not chosen:
            QMessageBox.warning(
                self, self.tr("No forms made"), self.tr("Name at least one country.")
            )
            return
        if not folder:
            QMessageBox.warning(self, self.tr("No forms made"), self.tr("Choose a folder."))
            return
        try:
            self.written = make_forms(
                self.controller.service, self.controller.assessment_id, folder, chosen
            )
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("No forms made"),
                self.tr("Cannot write in {folder}: {problem}.").format(
                    folder=folder, problem=write_problem(error)
                ),
            )
            return
        except FormsRefused as error:  # a name the returned form could not bring back
            QMessageBox.warning(self, self.tr("No forms made"), core_message(error))
            return
        self.folder = folder
        self.accept()
