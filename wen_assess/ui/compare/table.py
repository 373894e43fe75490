"""The comparison view's building blocks: a read-only table as tall as its rows, headings,
and the colours of the assessments and of a rise or a fall."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from wen_assess import formatting as fmt

# One colour per assessment, in the table's group bar, the legend and the radar alike. Distinct
# from one another and readable on white (ColorBrewer "Dark2", led by the app's accent).
SERIES_COLOURS = (
    "#1f4e79", "#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e", "#a6761d", "#666666",
)  # fmt: skip
RISE, FALL, MUTED = fmt.BAND_PALETTE[-1], fmt.BAND_PALETTE[0], "#666666"
ROW_PADDING, MIN_ROW_HEIGHT = 6, 26


def colour_of(index: int) -> str:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def tone(delta: float | None) -> str | None:
    """The colour of a change: green for a rise, red for a fall, none for no change."""
    if delta is None or abs(delta) < 0.05:
        return None
    return RISE if delta > 0 else FALL


class Table(QTableWidget):
    """A read-only table as tall as its rows (the page scrolls, not the table).

    Wrapped text makes the row heights depend on the column widths: they are fitted again
    whenever the columns are resized.
    """

    def __init__(
        self,
        name: str,
        columns: Sequence[str],
        wrap: bool = False,
        stretch: Sequence[int] = (),
    ):
        super().__init__(0, len(columns))
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(list(columns))
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, never traps
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_height)
        header.sectionResized.connect(lambda *_: self._refit.start())

    def set(
        self,
        row: int,
        column: int,
        text: str,
        number: bool = False,
        bold: bool = False,
        colour: str | None = None,
        muted: bool = False,
    ) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        # Wrapped rows are read from their first line; single lines sit in the middle.
        vertical = Qt.AlignmentFlag.AlignTop if self.wordWrap() else Qt.AlignmentFlag.AlignVCenter
        horizontal = Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft
        item.setTextAlignment(horizontal | vertical)
        header = self.horizontalHeaderItem(column)
        if number and header is not None:
            header.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        if muted:
            item.setForeground(QColor(MUTED))
        elif colour is not None:
            item.setForeground(QColor(colour))
        self.setItem(row, column, item)
        self._refit.start()
        return item

    def fit_columns(self, minimum: int = 0, fixed_width: bool = True) -> None:
        """Columns as wide as their contents; the table as wide as its columns."""
        self.resizeColumnsToContents()
        for column in range(self.columnCount()):
            if self.columnWidth(column) < minimum:
                self.setColumnWidth(column, minimum)
        if fixed_width:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.setFixedWidth(self.sizeHint().width())
        self.fit_height()

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        for row in range(self.rowCount()):  # some air between the rows, as in the library
            self.setRowHeight(row, max(self.rowHeight(row) + ROW_PADDING, MIN_ROW_HEIGHT))
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        header = self.horizontalHeader().sizeHint().height()
        scrolls = (
            self.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and self.horizontalHeader().length() > self.width() - 2 * self.frameWidth()
        )
        bar = self.horizontalScrollBar().sizeHint().height() if scrolls else 0
        self.setFixedHeight(header + rows + bar + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._refit.start()

    def sizeHint(self) -> QSize:
        return QSize(self.horizontalHeader().length() + 2 * self.frameWidth(), self.height())


def section(text: str, level: int = 3) -> QLabel:
    label = QLabel(f"<h{level} style='margin:8px 0 2px 0'>{fmt.markup(text)}</h{level}>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def caption(text: str) -> QLabel:
    label = QLabel(f"<b>{fmt.markup(text)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def none_label(text: str | None = None) -> QLabel:
    label = QLabel(text if text is not None else QCoreApplication.translate("CompareView", "None."))
    label.setStyleSheet(f"color:{MUTED}")
    return label
