"""The action plan: each improvement item with its owner, due date and status, editable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess.plan import STATUS_LABELS, PlanEntry, default_action, plan_entries
from wen_assess.ui import language, settings
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages.base import Page, page_heading, page_table, restore_widths
from wen_assess.ui.date_edit import date_edit, picked

# Column keys, also their English headings (translated where the table is built).
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanPage", "Priority"),
    QT_TRANSLATE_NOOP("PlanPage", "Item"),
    QT_TRANSLATE_NOOP("PlanPage", "Level"),
    QT_TRANSLATE_NOOP("PlanPage", "Action"),
    QT_TRANSLATE_NOOP("PlanPage", "Owner"),
    QT_TRANSLATE_NOOP("PlanPage", "Due"),
    QT_TRANSLATE_NOOP("PlanPage", "Status"),
)
EDITABLE_TEXT = {"Action": "text", "Owner": "owner"}
DEFAULT_LETTERS = {
    "Priority": 7, "Item": 20, "Level": 12, "Action": 30, "Owner": 12, "Due": 15, "Status": 14,
}  # fmt: skip
ACTION_LEAST = 16  # letters: the action wraps, and its tooltip holds the whole text
READABLE = {"Priority": 7, "Item": 13, "Level": 11, "Owner": 10, "Due": 13, "Status": 12}


class PlanPage(Page):
    key = "plan"
    export_requested = Signal()

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.title = self.tr("Action plan")
        self.entries: list[PlanEntry] = []
        self.table = page_table(self, COLUMNS, self.tr("Action plan"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self._loading = True
        # Every column can be widened by the user and keeps its width between runs; the
        # action text gets what is left, and wraps.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(
            header.fontMetrics().horizontalAdvance(self.tr("Priority")) + 16
        )
        header.sectionResized.connect(self._remember_widths)
        self._default_widths()
        self._user_widths = restore_widths(header, self.key)
        self.table.itemChanged.connect(self._text_changed)
        self._loading = False
        self.export_button = QPushButton(self.tr("E&xport plan (Excel or CSV)…"))
        self.export_button.clicked.connect(self.export_requested.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_heading(
                self.title,
                self.tr(
                    "One line per improvement item, most urgent first (P1 critical items at a "
                    "low level, P2 other low items, P3 items one step from the top). Give each "
                    "an owner, a due date and a status; defaults follow the priority. Saved as "
                    "you edit; the plan travels in exported files and the report."
                ),
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def enter(self) -> None:
        c = self.controller
        self.entries = plan_entries(c.record, c.result)
        words = language.wording(c.questionnaire)
        self._loading = True
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            p = entry.priority
            fixed = {
                "Priority": entry.priority_label,
                "Item": f"{entry.item_id}\n{words.item_title(entry.item_id)}",
                "Level": f"{p.level} → {p.next_level} {words.level(p.next_level)}" if p else "",
            }
            for name, text in fixed.items():
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, COLUMNS.index(name), cell)
            for name, field in EDITABLE_TEXT.items():
                text = getattr(entry.action, field)
                if name == "Action" and p and text == default_action(c.record, p).text:
                    # The questionnaire's own action, not yet edited: in the interface language.
                    text = " ".join(words.action(a.id) for a in p.actions)
                cell = QTableWidgetItem(text)
                cell.setToolTip(cell.text())  # the whole text, however narrow the column
                self.table.setItem(row, COLUMNS.index(name), cell)
            self.table.setCellWidget(row, COLUMNS.index("Due"), self._due_editor(entry))
            self.table.setCellWidget(row, COLUMNS.index("Status"), self._status_editor(entry))
        self.table.resizeRowsToContents()
        self._loading = False

    def _default_widths(self) -> None:
        """Widths in letters, so they follow the zoom; Action gets the room left over (at least
        ACTION_LEAST letters, so Status still fits at 1024x768; a narrower screen or larger
        text scrolls sideways rather than squeeze it further)."""
        em = self.table.fontMetrics().horizontalAdvance("n")
        action = ACTION_LEAST * em
        others = {n: w * em for n, w in DEFAULT_LETTERS.items() if n != "Action"}
        # The table's own width: a hidden page's viewport is only resized once shown.
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        room = self.table.contentsRect().width() - scroll_bar - 2
        header = self.table.horizontalHeader()
        # The level column wraps between words, never inside a level's name ("développement").
        words = language.wording(self.controller.questionnaire)
        level_words = [w for v in words.questionnaire.scale.values for w in words.level(v).split()]
        longest_word = max(self.table.fontMetrics().horizontalAdvance(w) for w in level_words)
        least = {}
        for name in others:
            heading = header.fontMetrics().horizontalAdvance(self.tr(name)) + 2 * em
            least[name] = max(heading, READABLE[name] * em)
        least["Level"] = max(least["Level"], longest_word + 2 * em)
        wanted = {name: max(least[name], others[name]) for name in others}
        # Short of room, the other columns give up what they have above their least width,
        # alike, never below it (the table scrolls sideways past that).
        spare = sum(wanted[n] - least[n] for n in others)
        give = min(1.0, max(room - action - sum(least.values()), 0) / spare) if spare else 1.0
        for name in others:
            width = least[name] + int((wanted[name] - least[name]) * give)
            self.table.setColumnWidth(COLUMNS.index(name), width)
        used = sum(self.table.columnWidth(COLUMNS.index(n)) for n in others)
        self.table.setColumnWidth(COLUMNS.index("Action"), max(action, room - used))

    def reset_widths(self) -> None:
        """Back to the default widths (View menu), forgetting the user's."""
        self._loading = True
        self._default_widths()
        self._loading = False
        self._user_widths = False
        settings.forget_header_state(self.key)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._follow_defaults()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom
            self._follow_defaults()

    def _follow_defaults(self) -> None:
        """Until the user sets widths, the columns follow the window and the text size."""
        if not self._user_widths:
            self._loading = True
            self._default_widths()
            self._loading = False
            self.table.resizeRowsToContents()

    def _remember_widths(self) -> None:
        if not self._loading:
            self._user_widths = True
            settings.save_header_state(self.key, self.table.horizontalHeader().saveState())
            self.table.resizeRowsToContents()

    def _due_editor(self, entry: PlanEntry) -> QDateEdit:
        editor = date_edit(entry.action.due)
        editor.setAccessibleName(self.tr("Due date for {item}").format(item=entry.item_id))
        editor.dateChanged.connect(
            lambda d, item_id=entry.item_id: self._save(item_id, due=picked(d))
        )
        return editor

    def _status_editor(self, entry: PlanEntry) -> QComboBox:
        editor = QComboBox()
        editor.setAccessibleName(self.tr("Status of {item}").format(item=entry.item_id))
        for value, label in STATUS_LABELS.items():
            editor.addItem(language.core(label), value)
        editor.setCurrentIndex(list(STATUS_LABELS).index(entry.action.status))
        editor.currentIndexChanged.connect(
            lambda index, item_id=entry.item_id: self._save(
                item_id, status=list(STATUS_LABELS)[index]
            )
        )
        return editor

    def _text_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        name = COLUMNS[cell.column()]
        if name in EDITABLE_TEXT:
            self._save(self.entries[cell.row()].item_id, **{EDITABLE_TEXT[name]: cell.text()})

    def _save(self, item_id: str, **change: object) -> None:
        if self.controller.change_plan(self.entries, item_id, **change):
            self.entries = plan_entries(self.controller.record, self.controller.result)
        else:
            self.enter()  # show what is stored again

    def side_status(self) -> str:
        return str(len(self.controller.result.priorities))
