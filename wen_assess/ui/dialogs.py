"""Small dialogs: start a new assessment, about."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from wen_assess import __version__
from wen_assess.vocabulary import ENGLISH, LANGUAGE_NAMES, LANGUAGES

if TYPE_CHECKING:
    from wen_assess.questionnaire import LoadedQuestionnaire


def language_combo(selected: str = ENGLISH) -> QComboBox:
    """The working languages, each named in itself; the item data is the code (en, fr...)."""
    combo = QComboBox()
    combo.setAccessibleName("Language")
    combo.setToolTip("The report, the action-plan workbook and the comparison are written in it")
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class NewAssessmentDialog(QDialog):
    def __init__(self, questionnaires: list[LoadedQuestionnaire], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("New assessment")
        self.questionnaires = questionnaires
        self.choice = QComboBox()
        self.choice.setAccessibleName("Questionnaire")
        for loaded in questionnaires:
            q = loaded.questionnaire
            self.choice.addItem(f"{q.title.en} (v{q.version}, {len(q.items)} items)")
        # The maturity self-assessment is the common case: preselect it.
        ids = [lq.questionnaire.id for lq in questionnaires]
        if "iccwc-wen-g2" in ids:
            self.choice.setCurrentIndex(ids.index("iccwc-wen-g2"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.choice.currentIndexChanged.connect(self._describe)
        self.network = QLineEdit(placeholderText="e.g. SAWEN")
        self.network.setAccessibleName("Network name")
        self.region = QLineEdit(placeholderText="e.g. South Asia")
        self.region.setAccessibleName("Region")
        self.date = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName("Assessment date")
        self.language = language_combo()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&Questionnaire:", self.choice)
        form.addRow("", self.about)
        form.addRow("&Network name:", self.network)
        form.addRow("&Region:", self.region)
        form.addRow("Assessment &date:", self.date)
        form.addRow("&Working language:", self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._describe()
        self.network.setFocus()

    def _describe(self) -> None:
        q = self.selected().questionnaire
        description = q.description.en if q.description else ""
        self.about.setText(
            f"<span>{html.escape(description)}</span><br>"
            f"<span style='color:#555'><i>{html.escape(q.provenance.en)}</i></span>"
        )

    def selected(self) -> LoadedQuestionnaire:
        return self.questionnaires[self.choice.currentIndex()]

    def assessment_date(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def working_language(self) -> str:
        return str(self.language.currentData())

    def _accept(self) -> None:
        if not self.network.text().strip():
            QMessageBox.information(self, "New assessment", "Please give the network's name.")
            self.network.setFocus()
            return
        self.accept()


def show_about(parent: QWidget, questionnaires: list[LoadedQuestionnaire]) -> None:
    provenance = "".join(
        f"<p><b>{html.escape(lq.questionnaire.title.en)}</b> (v{lq.questionnaire.version}): "
        f"{html.escape(lq.questionnaire.provenance.en)}</p>"
        for lq in questionnaires
    )
    QMessageBox.about(
        parent,
        "About wen-assess",
        f"<h3>wen-assess {__version__}</h3>"
        "<p>Maturity self-assessment for Wildlife Enforcement Networks.</p>"
        f"{provenance}"
        "<p>Fonts shipped with the app: DejaVu (free licence); Noto Sans Arabic, Ethiopic, "
        "Devanagari, Bengali, Thai, Lao, Khmer, Myanmar and Noto Emoji (SIL Open Font "
        "Licence); Droid Sans Fallback (Apache 2.0).</p>",
    )
