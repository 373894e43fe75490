"""Small dialogs: start a new assessment, about."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
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
from wen_assess.ui import language as ui_language
from wen_assess.ui.date_edit import date_edit, picked
from wen_assess.vocabulary import ENGLISH, LANGUAGE_NAMES, LANGUAGES

if TYPE_CHECKING:
    from wen_assess.questionnaire import LoadedQuestionnaire


def language_combo(selected: str = ENGLISH) -> QComboBox:
    """The working languages, each named in itself; the item data is the code (en, fr...)."""
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate("LanguageCombo", "Language"))
    combo.setToolTip(
        QCoreApplication.translate(
            "LanguageCombo",
            "The report, the action-plan workbook and the comparison are written in it",
        )
    )
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class NewAssessmentDialog(QDialog):
    def __init__(self, questionnaires: list[LoadedQuestionnaire], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.questionnaires = questionnaires
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Questionnaire"))
        for loaded in questionnaires:
            q = loaded.questionnaire
            self.choice.addItem(
                self.tr("{title} (v{version}, %n items)", "", len(q.items)).format(
                    title=ui_language.wording(q).text(q.title), version=q.version
                )
            )
        # The maturity self-assessment is the common case: preselect it.
        ids = [lq.questionnaire.id for lq in questionnaires]
        if "iccwc-wen-g2" in ids:
            self.choice.setCurrentIndex(ids.index("iccwc-wen-g2"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.choice.currentIndexChanged.connect(self._describe)
        self.network = QLineEdit(placeholderText=self.tr("e.g. SAWEN"))
        self.network.setAccessibleName(self.tr("Network name"))
        self.region = QLineEdit(placeholderText=self.tr("e.g. South Asia"))
        self.region.setAccessibleName(self.tr("Region"))
        self.date = date_edit()
        self.date.setAccessibleName(self.tr("Assessment date"))
        # A new assessment is written, by default, in the language the interface is in.
        self.language = language_combo(ui_language.current())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Questionnaire:"), self.choice)
        form.addRow("", self.about)
        form.addRow(self.tr("&Network name:"), self.network)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("Assessment &date:"), self.date)
        form.addRow(self.tr("&Working language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._describe()
        self.network.setFocus()

    def _describe(self) -> None:
        q = self.selected().questionnaire
        words = ui_language.wording(q)
        self.about.setText(
            f"<span>{html.escape(words.text(q.description))}</span><br>"
            f"<span style='color:#555'><i>{html.escape(words.text(q.provenance))}</i></span>"
        )

    def selected(self) -> LoadedQuestionnaire:
        return self.questionnaires[self.choice.currentIndex()]

    def assessment_date(self) -> date:
        return picked(self.date.date())

    def working_language(self) -> str:
        return str(self.language.currentData())

    def _accept(self) -> None:
        if not self.network.text().strip():
            QMessageBox.information(
                self, self.tr("New assessment"), self.tr("Please give the network's name.")
            )
            self.network.setFocus()
            return
        self.accept()


def show_about(parent: QWidget, questionnaires: list[LoadedQuestionnaire]) -> None:
    provenance = ""
    for lq in questionnaires:
        words = ui_language.wording(lq.questionnaire)
        provenance += (
            f"<p><b>{html.escape(words.text(lq.questionnaire.title))}</b> "
            f"(v{lq.questionnaire.version}): "
            f"{html.escape(words.text(lq.questionnaire.provenance))}</p>"
        )
    draft = ""
    if ui_language.current() != ENGLISH:
        draft = "<p><i>{}</i></p>".format(
            QCoreApplication.translate("About", "Translation draft, not reviewed by ICCWC")
        )
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About wen-assess"),
        f"<h3>wen-assess {__version__}</h3>"
        + "<p>{}</p>".format(
            QCoreApplication.translate(
                "About", "Maturity self-assessment for Wildlife Enforcement Networks."
            )
        )
        + draft
        + provenance
        + "<p>{}</p>".format(
            QCoreApplication.translate(
                "About",
                "Fonts shipped with the app: DejaVu (free licence); Noto Sans Arabic, Ethiopic, "
                "Devanagari, Bengali, Thai, Lao, Khmer, Myanmar and Noto Emoji (SIL Open Font "
                "Licence); Droid Sans Fallback (Apache 2.0).",
            )
        ),
    )
