"""The network profile: who is assessing, and when."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages.base import Page, page_heading, scroll_page
from wen_assess.ui.assessment.saving_text import SavingText
from wen_assess.ui.date_edit import date_edit, picked, show
from wen_assess.ui.dialogs import language_combo
from wen_assess.vocabulary import SHORT_TEXT_MAX


class ProfilePage(Page):
    key = "profile"

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.title = self.tr("Network profile")
        record = controller.record
        self.name = QLineEdit(record.network.name)
        self.region = QLineEdit(record.network.region)
        self.members = QPlainTextEdit("\n".join(record.network.member_countries))
        self.members.setPlaceholderText(self.tr("One country per line"))
        self.members.setTabChangesFocus(True)
        # Three lines at least, six when there is room: the page fits a 150 %-scaled laptop.
        lines = self.members.fontMetrics().lineSpacing()
        self.members.setMinimumHeight(lines * 3 + 12)
        self.members.setMaximumHeight(lines * 6 + 12)
        self.title_edit = QLineEdit(record.title)
        self.date = date_edit(record.assessment_date)
        self.facilitator = QLineEdit(record.facilitator)
        self.language = language_combo(record.language)
        self.language.currentIndexChanged.connect(
            lambda _: controller.update_profile(language=self.language.currentData())
        )
        for short in (self.name, self.region, self.title_edit, self.facilitator):
            short.setMaxLength(SHORT_TEXT_MAX)

        self._texts = [
            SavingText(self.name, self._save_name, with_base=True),
            SavingText(self.region, partial(_save, controller, "region"), with_base=True),
            SavingText(self.members, self._save_members, with_base=True),
            SavingText(self.title_edit, partial(_save, controller, "title"), with_base=True),
            SavingText(self.facilitator, partial(_save, controller, "facilitator"), with_base=True),
        ]
        self.date.dateChanged.connect(
            lambda d: controller.update_profile(assessment_date=picked(d))
        )

        form = QFormLayout()
        for label, widget in (
            (self.tr("&Network name:"), self.name),
            (self.tr("&Region:"), self.region),
            (self.tr("&Member countries:"), self.members),
            (self.tr("Assessment &title:"), self.title_edit),
            (self.tr("Assessment &date:"), self.date),
            (self.tr("&Facilitator:"), self.facilitator),
            (self.tr("&Working language:"), self.language),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        q = controller.questionnaire
        words = language.wording(q)
        about = QLabel(
            "<p><b>{}</b> {} (v{})</p>".format(
                self.tr("Questionnaire:"), words.text(q.title), q.version
            )
            + f"<p style='color:#555'>{words.text(q.provenance)}</p>"
        )
        about.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_heading(self.title, self.tr("Who is assessing, and when.")))
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addStretch(1)
        # Scrolls rather than forcing a window taller than a small or scaled screen.
        scroll_page(self, content)
        self._set_editable(not controller.completed)

    def _save_name(self, text: str, shown: str) -> None:
        if text.strip():
            _save(self.controller, "network_name", text, shown)
        else:
            self.name.setText(self.controller.record.network.name)
            message = self.tr("The network's name cannot be empty.")
            title = QCoreApplication.translate("AssessmentController", "Not saved")
            self.controller.failed.emit(title, message)

    def _save_members(self, text: str, shown: str) -> None:
        _save(self.controller, "member_countries", _countries(text), _countries(shown))

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.name,
            self.region,
            self.members,
            self.title_edit,
            self.date,
            self.facilitator,
            self.language,
        ):
            widget.setEnabled(editable)

    def enter(self) -> None:
        self._show_saved()
        self._set_editable(not self.controller.completed)

    def _show_saved(self) -> None:
        """The fields as saved (after an undo, say); typing in progress is flushed first."""
        record = self.controller.record
        name, region, members, title, facilitator = self._texts
        for text, value in (
            (name, record.network.name),
            (region, record.network.region),
            (title, record.title),
            (facilitator, record.facilitator),
        ):
            if text.text() != value:
                text.set_text(value)
        if _countries(members.text()) != record.network.member_countries:  # keep blank lines
            members.set_text("\n".join(record.network.member_countries))
        self.date.blockSignals(True)
        show(self.date, record.assessment_date or date.today())
        self.date.blockSignals(False)

    def flush(self) -> None:
        for text in self._texts:
            text.flush()


def _countries(text: str) -> list[str]:
    """Member countries as saved from the text: one a line, blank lines and spaces dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _save(controller: AssessmentController, name: str, value: object, shown: object) -> None:
    """Save one typed field, based on the value it showed when typing began."""
    controller.update_profile(seen={name: shown}, **{name: value})
