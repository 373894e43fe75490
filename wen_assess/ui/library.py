"""The library: every saved assessment in a sortable, filterable table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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
    """Read-only rows over the service's summaries; the table only shows them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[Summary] = []
        # A band (named in English by the engine) in the interface language; the window sets
        # it, as the library knows no questionnaire.
        self.band_name: Callable[[Summary], str | None] = lambda s: s.overall_band

    def set_rows(self, rows: list[Summary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def summary(self, row: int) -> Summary:
        return self._rows[row]

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
            return self._band(s) if column == "Band" else _display(s, column)
        if role == SORT_ROLE:
            return self._band(s).casefold() if column == "Band" else _sort_key(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Done", "Score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "Band" and s.overall_band:
            return band_colour(s.overall_band)
        if role == Qt.ItemDataRole.ToolTipRole and s.is_demo:
            return self.tr("Demo assessment (illustrative data)")
        return None

    def _band(self, s: Summary) -> str:
        return fmt.band(self.band_name(s), language=language.current())


def _display(s: Summary, column: str) -> str:
    lang = language.current()
    return {
        "Network": s.network_name,
        "Title": s.title,
        "Questionnaire": f"{s.questionnaire_id} v{s.questionnaire_version}",
        "Date": fmt.long_date(s.assessment_date, lang) if s.assessment_date else "",
        "Status": language.core(STATUS_LABELS.get(s.status, s.status)),
        "Done": fmt.share(s.completeness, lang),
        "Score": fmt.percent(s.overall_score, language=lang),
    }[column]


def _sort_key(s: Summary, column: str) -> object:
    if column == "Done":
        return s.completeness if s.completeness is not None else -1.0
    if column == "Score":
        return s.overall_score if s.overall_score is not None else -1.0
    if column == "Date":  # in date order, however the language writes it
        return s.assessment_date.isoformat() if s.assessment_date else ""
    return _display(s, column).casefold()


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
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # match any column

        self.filter_edit = QLineEdit(
            placeholderText=self.tr("Filter by network, title, status, band…")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter assessments"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setModel(self.proxy)
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

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, ID_ROLE) for index in rows]

    def select_ids(self, assessment_ids: list[int]) -> None:
        """Add these rows to the selection (selectRow would keep only the last of several)."""
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.index(proxy_row, 0).data(ID_ROLE) in assessment_ids:
                self.table.selectionModel().select(self.proxy.index(proxy_row, 0), flags)
        self._update_buttons()

    def select_id(self, assessment_id: int) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.index(proxy_row, 0).data(ID_ROLE) == assessment_id:
                self.table.selectRow(proxy_row)
                self.table.setFocus()
                return

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _emit_current(self, signal: Signal) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def _update_buttons(self) -> None:
        one = self.current_id() is not None
        for key in ("open", "reassess", "export", "report", "delete"):
            self.buttons[key].setEnabled(one)
        self.buttons["compare"].setEnabled(len(self.selected_ids()) >= 2)
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
