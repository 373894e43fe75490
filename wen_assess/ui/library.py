"""The library: every saved assessment in a sortable, filterable table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.storage.service import Summary
from wen_assess.ui import language
from wen_assess.ui.style import band_colour
from wen_assess.vocabulary import STATUS_LABELS

# Column keys, also their English headings (translated in headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("SummaryModel", "Network"),
    QT_TRANSLATE_NOOP("SummaryModel", "Title"),
    QT_TRANSLATE_NOOP("SummaryModel", "Questionnaire"),
    QT_TRANSLATE_NOOP("SummaryModel", "Date"),
    QT_TRANSLATE_NOOP("SummaryModel", "Status"),
    QT_TRANSLATE_NOOP("SummaryModel", "Done"),
    QT_TRANSLATE_NOOP("SummaryModel", "Score"),
    QT_TRANSLATE_NOOP("SummaryModel", "Band"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class SummaryModel(QAbstractTableModel):
    """Read-only rows over the service's summaries, filtered and sorted here in Python.

    A sort-and-filter proxy would call ``data`` from C++ for every comparison and every cell
    it filters: with 10,000 assessments, seconds per sort and per keystroke. Here a sort is one
    ``list.sort`` over keys made once per row, and a filter one pass over each row's texts.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._all: list[Summary] = []
        self._rows: list[Summary] = []  # those shown: filtered, then sorted
        self._needle = ""
        self._sorted_by = (COLUMNS.index("Network"), Qt.SortOrder.AscendingOrder)
        self._texts: dict[int, str] = {}  # id -> the row's texts, casefolded, for the filter
        self._texts_language = ""
        # A band (named in English by the engine) in the interface language; the window sets
        # it, as the library knows no questionnaire.
        self.band_name: Callable[[Summary], str | None] = lambda s: s.overall_band

    def set_rows(self, rows: list[Summary]) -> None:
        self.beginResetModel()
        self._all = rows
        self._texts = {}
        self._rows = self._arranged()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show the rows with ``text`` in any column (as shown, whatever the case)."""
        self.beginResetModel()
        self._needle = text.casefold()
        self._rows = self._arranged()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks: rows move, the selection and current row go with them."""
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in kept]
        self._rows = self._arranged()
        where = {s.id: row for row, s in enumerate(self._rows)}
        self.changePersistentIndexList(kept, [self.index(where[n], i.column()) for n, i in
                                              zip(ids, kept, strict=True)])  # fmt: skip
        self.layoutChanged.emit()

    def _arranged(self) -> list[Summary]:
        rows = self._all
        if self._needle:
            texts = self._row_texts()
            rows = [s for s in rows if self._needle in texts[s.id]]
        column, order = self._sorted_by
        name = COLUMNS[column]
        return sorted(
            rows,
            key=lambda s: self._sort_value(s, name),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _row_texts(self) -> dict[int, str]:
        if self._texts_language != language.current():
            self._texts, self._texts_language = {}, language.current()
        if len(self._texts) != len(self._all):
            self._texts = {
                s.id: "\n".join(self._text(s, name) for name in COLUMNS).casefold()
                for s in self._all
            }
        return self._texts

    def summary(self, row: int) -> Summary:
        return self._rows[row]

    def rows_of(self, assessment_ids: list[int]) -> list[int]:
        """The rows now showing these assessments (those filtered out have none)."""
        wanted = set(assessment_ids)
        return [row for row, s in enumerate(self._rows) if s.id in wanted]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # type: ignore[override]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == SORT_ROLE:
            return self._sort_value(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Done", "Score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Band" and s.overall_band:
            return band_colour(s.overall_band)
        if role == Qt.ItemDataRole.ToolTipRole and s.is_demo:
            return self.tr("Demo assessment (illustrative data)")
        return None

    def _text(self, s: Summary, column: str) -> str:
        return self._band(s) if column == "Band" else _display(s, column)

    def _sort_value(self, s: Summary, column: str) -> object:
        if column == "Done":
            return s.completeness if s.completeness is not None else -1.0
        if column == "Score":
            return s.overall_score if s.overall_score is not None else -1.0
        if column == "Date":  # in date order, however the language writes it
            return s.assessment_date.isoformat() if s.assessment_date else ""
        return self._text(s, column).casefold()

    def _band(self, s: Summary) -> str:
        return fmt.band(self.band_name(s), language=language.current())


def _display(s: Summary, column: str) -> str:
    """One cell's text (only that column's value is worked out: the filter reads them all)."""
    if column == "Network":
        return s.network_name
    if column == "Title":
        return s.title
    if column == "Questionnaire":
        return f"{s.questionnaire_id} v{s.questionnaire_version}"
    if column == "Status":
        return language.core(STATUS_LABELS.get(s.status, s.status))
    lang = language.current()
    if column == "Date":
        return fmt.long_date(s.assessment_date, lang) if s.assessment_date else ""
    if column == "Done":
        return fmt.share(s.completeness, lang)
    return fmt.percent(s.overall_score, language=lang)  # Score


class LibraryWidget(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    reassess_requested = Signal(int)
    import_requested = Signal()
    export_requested = Signal(int)
    report_requested = Signal(int)
    delete_requested = Signal(int)
    compare_requested = Signal(list)  # the selected ids, two or more
    demo_requested = Signal()
    fill_requested = Signal()  # a member's response form, to fill in
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = SummaryModel(self)

        self.filter_edit = QLineEdit(
            placeholderText=self.tr("Filter by network, title, status, band…")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter assessments"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setModel(self.model)  # it filters and sorts its rows itself
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("Network"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the other controls
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the first 200 rows, not Qt's 1,000: a reviewer's 10,000 assessments are
        # shown in a fifth of a second, and a screenful is far fewer rows.
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(COLUMNS.index("Title"), QHeaderView.ResizeMode.Stretch)
        # "activated" covers double-click and Enter; connecting doubleClicked too opened twice.
        self.table.activated.connect(lambda _: self._emit_current(self.open_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, label, slot in (
            ("new", self.tr("&New…"), self.new_requested.emit),
            ("open", self.tr("&Open"), lambda: self._emit_current(self.open_requested)),
            (
                "reassess",
                self.tr("&Re-assess…"),
                lambda: self._emit_current(self.reassess_requested),
            ),
            ("import", self.tr("&Import…"), self.import_requested.emit),
            ("export", self.tr("E&xport…"), lambda: self._emit_current(self.export_requested)),
            (
                "report",
                self.tr("Re&port (PDF)…"),
                lambda: self._emit_current(self.report_requested),
            ),
            ("delete", self.tr("&Delete"), lambda: self._emit_current(self.delete_requested)),
            (
                "compare",
                self.tr("&Compare"),
                lambda: self.compare_requested.emit(self.selected_ids()),
            ),
        ):
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        self.buttons["compare"].setToolTip(
            self.tr("Compare two or more assessments side by side (Ctrl+click to select them)")
        )
        bar.addStretch(1)
        bar.addWidget(self.filter_edit, 1)

        self.empty = _EmptyLibrary(
            self.new_requested.emit,
            self.demo_requested.emit,
            self.import_requested.emit,
            self.fill_requested.emit,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    def set_summaries(self, rows: list[Summary]) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.empty if not rows else self.table)
        self.select_ids(list(selected))

    def _filter(self, text: str) -> None:
        selected = self.selected_ids()
        self.model.set_filter(text)
        self.select_ids(selected)  # those still shown stay selected

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.summary(index.row()).id for index in rows]

    def select_ids(self, assessment_ids: list[int]) -> None:
        """Add these rows to the selection (selectRow would keep only the last of several)."""
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        chosen = QItemSelection()  # one change of the selection, runs of rows as one range
        rows = self.model.rows_of(assessment_ids)
        for first, last in _runs(rows):
            chosen.select(self.model.index(first, 0), self.model.index(last, 0))
        self.table.selectionModel().select(chosen, flags)
        self._update_buttons()

    def select_id(self, assessment_id: int) -> None:
        for row in self.model.rows_of([assessment_id]):
            self.table.selectRow(row)
            self.table.setFocus()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).id if len(rows) == 1 else None

    def _emit_current(self, signal: Signal) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def _update_buttons(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        for key in ("open", "reassess", "export", "report", "delete"):
            self.buttons[key].setEnabled(selected == 1)
        self.buttons["compare"].setEnabled(selected >= 2)
        self.selection_changed.emit()


class _EmptyLibrary(QWidget):
    """What a newcomer sees: how to start, and a way to look at examples first."""

    def __init__(self, on_new, on_demo, on_import, on_fill) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        title = QLabel("<h2>{}</h2>".format(self.tr("No assessments yet")))
        text = QLabel(
            self.tr(
                "Start a self-assessment of your network with <b>New</b>: choose a "
                "questionnaire, fill in the network's profile and go through the areas item by "
                "item. Every answer is saved as you give it.<br><br>"
                "Received a <code>.wen.json</code> file? <b>Import</b> it, or drop it on this "
                "window. To look around first, add the demo assessments of a few example "
                "networks (clearly marked as demos; delete them any time)."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(620)
        buttons = QHBoxLayout()
        for label, slot in (
            (self.tr("Start a new assessment…"), on_new),
            (self.tr("Import a file…"), on_import),
            (self.tr("Add demo assessments"), on_demo),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        # A member sent a form by their coordinator may have nothing else to do here.
        member = QLabel(
            self.tr(
                "Asked by your coordinator to fill in a response form "
                "(<code>.response.wen.json</code>)? Open it here, or drop it on this window."
            )
        )
        member.setWordWrap(True)
        member.setMaximumWidth(620)
        fill = QPushButton(self.tr("Fill in a response form…"))
        fill.clicked.connect(on_fill)
        member_row = QHBoxLayout()
        member_row.addWidget(fill)
        member_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addSpacing(18)
        layout.addWidget(member)
        layout.addLayout(member_row)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
