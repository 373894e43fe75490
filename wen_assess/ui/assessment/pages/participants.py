"""Who took part, as an editable table saved on every change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess.records import ParticipantRecord
from wen_assess.ui import settings
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages.base import Page, page_heading, page_table, restore_widths


class ParticipantsPage(Page):
    key = "participants"
    FIELDS = ("name", "organisation", "country", "role")
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantsPage", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsPage", "Organisation / agency"),
        QT_TRANSLATE_NOOP("ParticipantsPage", "Country"),
        QT_TRANSLATE_NOOP("ParticipantsPage", "Role"),
    )
    LETTERS = (24, 30, 16, 16)

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.title = self.tr("Participants")
        self.table = page_table(self, self.HEADERS, self.tr("Participants"))
        # Widths the user can drag, kept between runs; the last column takes what is left.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("n")
        for column, letters in enumerate(self.LETTERS):
            self.table.setColumnWidth(column, letters * em)
        restore_widths(header, self.key)
        self._fit_headings()
        header.sectionResized.connect(self._remember_widths)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(True)
        self.add_button = QPushButton(self.tr("&Add participant"))
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self._loading = False
        for participant in controller.record.participants:
            self._append(participant)
        self.table.itemChanged.connect(self._save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_heading(
                self.title,
                self.tr(
                    "Who took part: the chair and secretariat, national focal points of "
                    "wildlife/CITES authorities, customs, police and prosecution, and observers."
                ),
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.enter()

    def _fit_headings(self) -> None:
        """No column narrower than its heading (longer in some languages, larger when zoomed)."""
        header = self.table.horizontalHeader()
        em = header.fontMetrics().horizontalAdvance("n")
        self._fitting = True  # not the user's widths: not remembered
        for column, name in enumerate(self.HEADERS):
            least = header.fontMetrics().horizontalAdvance(self.tr(name)) + 2 * em
            if self.table.columnWidth(column) < least:
                self.table.setColumnWidth(column, least)
        self._fitting = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom
            self._fit_headings()

    def _remember_widths(self, column: int, _old: int, _new: int) -> None:
        # The last column follows the window; only the user's drags are worth keeping.
        if column < len(self.FIELDS) - 1 and not getattr(self, "_fitting", False):
            header = self.table.horizontalHeader()
            settings.save_header_state(self.key, header.saveState())

    def _append(self, participant: ParticipantRecord) -> None:
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(self.FIELDS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(participant, field)))
        self._loading = False

    def add_row(self) -> None:
        self._append(ParticipantRecord())
        row = self.table.rowCount() - 1
        self.table.setFocus()
        # With every edit trigger on, making the new cell current opens its editor.
        self.table.setCurrentCell(row, 0)
        self._save()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._save()

    def participants(self) -> list[dict[str, str]]:
        return [
            {
                field: (self.table.item(row, column).text() if self.table.item(row, column) else "")
                for column, field in enumerate(self.FIELDS)
            }
            for row in range(self.table.rowCount())
        ]

    def _save(self, *_: object) -> None:
        if not self._loading:
            rows = self.participants()
            # Based on the list as shown: someone else's change since is a conflict.
            if self.controller.set_participants(rows, seen=self.shown):
                self.shown = rows

    def enter(self) -> None:
        saved = [p.model_dump() for p in self.controller.record.participants]
        if self.participants() != saved:  # e.g. after an undo: show what is saved
            self.table.setRowCount(0)
            for participant in self.controller.record.participants:
                self._append(participant)
        self.shown = saved
        editable = not self.controller.completed
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    def side_status(self) -> str:
        return str(len(self.controller.record.participants))
