"""Find (Ctrl+F): type part of an item's id, title or question, pick it, land on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess.questionnaire import Questionnaire
from wen_assess.ui import language


class FindDialog(QDialog):
    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find an item"))
        self.query = QLineEdit(
            placeholderText=self.tr("Words from an item's title or question, or its id")
        )
        self.query.setAccessibleName(self.tr("Find text"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching items"))
        self.results.setWordWrap(True)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of matching items"))
        words = language.wording(questionnaire)
        for area in questionnaire.areas:
            for item in area.items:
                title, question = words.text(item.title), words.text(item.question)
                entry = QListWidgetItem(f"{item.id}  {title}\n{question}")
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                # The English words find the item too, whatever the interface language.
                haystack = f"{item.id} {title} {question} {item.title.en} {item.question.en}"
                haystack = haystack.casefold()
                entry.setData(Qt.ItemDataRole.UserRole + 1, haystack)
                self.results.addItem(entry)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Go to item"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.results.itemActivated.connect(lambda _: self.accept())
        self.query.textChanged.connect(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("n") * 70, 420)
        self.filter("")

    def filter(self, text: str) -> None:
        words = text.casefold().split()
        shown = 0
        for row in range(self.results.count()):
            entry = self.results.item(row)
            haystack = entry.data(Qt.ItemDataRole.UserRole + 1)
            hidden = not all(word in haystack for word in words)
            entry.setHidden(hidden)
            if not hidden:
                if shown == 0:
                    self.results.setCurrentItem(entry)
                shown += 1
        self.count.setText(
            self.tr("No item matches.") if shown == 0 else self.tr("%n items", "", shown)
        )

    def chosen(self) -> str | None:
        entry = self.results.currentItem()
        if entry is None or entry.isHidden():
            return None
        return entry.data(Qt.ItemDataRole.UserRole)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up/Down in the text field move in the list, so the keyboard never leaves the field.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.query.hasFocus():
            self.results.setFocus()
            self.results.keyPressEvent(event)
            self.query.setFocus()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
