"""The items of the consolidation as a table model: one row per item, read from ItemViews."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from wen_assess.i18n import Translator, translator
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AnswerRecord
from wen_assess.responses import text as words
from wen_assess.responses.consolidation import ItemView
from wen_assess.ui.responses.distribution import COUNTS_ROLE

ITEM, ANSWERED, LEVELS, MEDIAN, RANGE, PROPOSAL, AGREED = range(7)
COLUMNS = 7


def interface_words(language: str) -> Translator:
    """The translator ``responses.text`` writes with, for this window in ``language``: the
    outputs' catalogs, whose words the item pages share ("S.O." for N/A in French)."""
    return translator(language)


class ItemsModel(QAbstractTableModel):
    def __init__(self, q: Questionnaire, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self.q, self.language = q, language
        self.views: list[ItemView] = []
        self.agreed: dict[str, AnswerRecord] = {}
        self._texts: list[list[str]] = []

    def set_views(self, views: list[ItemView], agreed: dict[str, AnswerRecord]) -> None:
        self.beginResetModel()
        self.views, self.agreed = views, agreed
        # Written once: the view asks for each cell's text many times (column widths).
        self._texts = [[self._text(v, column) for column in range(AGREED)] for v in views]
        self.endResetModel()

    def set_agreed(self, answer: AnswerRecord | None, item_id: str) -> None:
        if answer is None:
            self.agreed.pop(item_id, None)
        else:
            self.agreed[item_id] = answer
        for row, view in enumerate(self.views):
            if view.item_id == item_id:
                self.dataChanged.emit(self.index(row, AGREED), self.index(row, AGREED))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Item"),
            self.tr("Answered"),
            self.tr("Levels"),
            self.tr("Median"),
            self.tr("Range"),
            self.tr("Proposal"),
            self.tr("Agreed"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self.views[index.row()]
        column = index.column()
        if role == COUNTS_ROLE and column == LEVELS:
            return ([n for _, n in view.counts], view.not_applicable)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LEVELS:
                return words.distribution_text(view, interface_words(self.language))
            if column == ITEM:
                return self.q.item(view.item_id).question.get(self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (ITEM, LEVELS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(view, column) if column == AGREED else self._texts[index.row()][column]

    def _text(self, view: ItemView, column: int) -> str:
        tr = interface_words(self.language)
        if column == ITEM:
            mark = " ⚠" if view.disagreement else ""
            critical = " ★" if view.critical else ""
            return f"{view.item_id}{critical}{mark}"
        if column == ANSWERED:
            return f"{view.answered}/{view.responses}"
        if column == LEVELS:
            return words.distribution_text(view, tr)
        if column == MEDIAN:
            return words.median_text(view, self.language)
        if column == RANGE:
            return words.range_text(view)
        if column == PROPOSAL:
            return words.proposal_text(self.q, view.proposal, tr)
        answer = self.agreed.get(view.item_id)
        if answer is None or (answer.level is None and not answer.not_applicable):
            return "–"
        return words.said_text(self.q, answer.level, answer.not_applicable, tr)
