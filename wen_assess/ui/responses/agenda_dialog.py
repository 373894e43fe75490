"""The workshop agenda on screen, and saved as a PDF to print."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wen_assess.responses import text as words
from wen_assess.responses.agenda import CRITICAL, DISAGREEMENT, FEW_RESPONSES
from wen_assess.responses.workflow import Consolidation, write_agenda
from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.language import write_problem
from wen_assess.ui.responses.model import interface_words


class AgendaDialog(QDialog):
    def __init__(
        self, c: Consolidation, controller: AssessmentController, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.c, self.controller = c, controller
        self.language = language.current()  # of the questionnaire's texts and the values
        self.setWindowTitle(self.tr("Workshop agenda — {network}").format(
            network=c.target.record.network.name))  # fmt: skip
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Workshop agenda"))
        self.text.setHtml(self.agenda_html())
        save = QPushButton(self.tr("&Save as PDF…"))
        save.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(900, 640)

    def agenda_html(self) -> str:
        c, q = self.c, self.c.target.questionnaire
        tr = interface_words(self.language)
        parts = [
            "<h2>"
            + escape(self.tr("%n item(s) to discuss", "", len(c.agenda)))
            + "</h2><p>"
            + escape(
                self.tr(
                    "By area, in questionnaire order. An item is here when members disagree "
                    "by two levels or more, when fewer than half of the responses answer it, "
                    "or when it is a critical item the responses do not settle."
                )
            )
            + "</p>"
        ]
        if not c.responses:
            parts.append("<p>" + escape(self.tr("No responses imported yet.")) + "</p>")
        for area in q.areas:
            entries = [e for e in c.agenda if e.view.area_code == area.code]
            if not entries:
                continue
            name = escape(area.name.get(self.language))
            parts.append(f"<h3>{escape(area.code)} — {name}</h3><ol>")
            for entry in entries:
                view, item = entry.view, q.item(entry.view.item_id)
                reasons = ", ".join(self.reason(r) for r in entry.reasons)
                status = self.tr("agreed") if entry.agreed else self.tr("to agree")
                facts = self.tr(
                    "{reasons}. Levels {distribution}; median {median}, range {range}; "
                    "proposal {proposal}; {status}."
                ).format(
                    reasons=reasons[:1].upper() + reasons[1:],
                    distribution=words.distribution_text(view, tr),
                    median=words.median_text(view, self.language),
                    range=words.range_text(view),
                    proposal=words.proposal_text(q, view.proposal, tr),
                    status=status,
                )
                parts.append(
                    f"<li><b>{escape(item.id)} · {escape(item.title.get(self.language))}</b><br>"
                    f"{escape(facts)}</li>"
                )
            parts.append("</ol>")
        return "".join(parts)

    def reason(self, reason: str) -> str:
        return {
            DISAGREEMENT: self.tr("members disagree"),
            FEW_RESPONSES: self.tr("few responses"),
            CRITICAL: self.tr("critical item"),
        }[reason]

    def save_pdf(self) -> None:
        record = self.c.target.record
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the workshop agenda"),
            f"agenda-{record.network.name}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            written = write_agenda(self.controller.service, self.controller.assessment_id, path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Agenda not saved"),
                self.tr("Cannot write {file}: {problem}.").format(
                    file=Path(path).name, problem=write_problem(error)
                ),
            )
            return
        QMessageBox.information(
            self, self.tr("Agenda saved"), self.tr("Saved to {file}.").format(file=written)
        )
