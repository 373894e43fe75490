"""The reviewers' comparison view: two or more assessments side by side, over time.

A page of the main window's stack, like the assessment view. It only shows the
`wen_assess.compare.Comparison` it is given (and the one `compare()` returns when the user
picks another baseline): it computes no score. Every number is written by
`wen_assess.formatting`, except the signed changes in points, written by `signed()` here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, Entry, Ranked, Trend, compare
from wen_assess.errors import AppError
from wen_assess.files import write_problem
from wen_assess.plan import STATUS_LABELS
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord
from wen_assess.storage.service import AssessmentService
from wen_assess.ui import settings
from wen_assess.ui.radar import RadarChart, Series
from wen_assess.ui.style import band_colour

# One colour per assessment, in the table's group bar, the legend and the radar alike. Distinct
# from one another and readable on white (ColorBrewer "Dark2", led by the app's accent).
SERIES_COLOURS = (
    "#1f4e79", "#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e", "#a6761d", "#666666",
)  # fmt: skip
ENTRY_COLUMNS = ("Score", "Band", "Done", "Change")  # per assessment in the side-by-side table
RISE, FALL, MUTED = fmt.BAND_PALETTE[-1], fmt.BAND_PALETTE[0], "#666666"
MINUS = "\N{MINUS SIGN}"
ROW_PADDING, MIN_ROW_HEIGHT = 6, 26
RADAR_BESIDE_WIDTH = 520  # what the radar gets beside the rankings in a 1280-pixel window
Assessments = Sequence[tuple[Questionnaire, AssessmentRecord]]


def signed(delta: float | None) -> str:
    """A change in points: '+12.3', '−4.0', '±0.0'; '–' when either side is not scored."""
    if delta is None:
        return "–"
    text = f"{abs(delta):.1f}"
    if text == "0.0":
        return "±0.0"
    return ("+" if delta > 0 else MINUS) + text


def load_assessments(
    service: AssessmentService, ids: Sequence[int]
) -> list[tuple[Questionnaire, AssessmentRecord]]:
    """The stored assessments with their questionnaires, oldest first (undated last)."""
    pairs = []
    for assessment_id in ids:
        record = service.get(assessment_id).record
        pairs.append((service.questionnaire_of(record), record))
    pairs.sort(key=lambda p: (p[1].assessment_date or date.max, p[1].network.name.casefold()))
    return pairs


def colour_of(index: int) -> str:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


class CompareView(QWidget):
    close_requested = Signal()
    saved = Signal(str)  # what was written, for the status bar

    def __init__(
        self,
        assessments: Assessments,
        comparison: Comparison | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.assessments = list(assessments)
        self.comparison = comparison or compare(self.assessments)
        entries = self.comparison.entries

        self.library_button = QPushButton("◂ &Library")
        self.library_button.setAccessibleName("Back to the library")
        self.library_button.clicked.connect(self.close_requested.emit)
        self.heading = QLabel(
            f"<b style='font-size:13pt'>Comparison of {len(entries)} assessments</b>"
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.baseline_combo = QComboBox()
        self.baseline_combo.setAccessibleName("Baseline assessment")
        self.baseline_combo.setToolTip(
            "Changes in the table are measured against this assessment (the earliest by default)"
        )
        for entry in entries:
            self.baseline_combo.addItem(entry.label, entry.uuid)
            self.baseline_combo.setItemData(
                self.baseline_combo.count() - 1, entry.title, Qt.ItemDataRole.ToolTipRole
            )
        self.baseline_combo.setCurrentIndex(self.comparison.baseline)
        self.baseline_combo.currentIndexChanged.connect(self._baseline_changed)
        baseline_label = QLabel("&Baseline:")
        baseline_label.setBuddy(self.baseline_combo)

        top = QHBoxLayout()
        top.addWidget(self.library_button)
        top.addWidget(self.heading, 1)
        top.addWidget(baseline_label)
        top.addWidget(self.baseline_combo)
        self.pdf_button = QPushButton("Export &PDF…")
        self.pdf_button.setAccessibleName("Export the comparison as PDF")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton("Export &CSV…")
        self.csv_button.setAccessibleName("Export the comparison as CSV")
        self.csv_button.setToolTip("Two files: area scores, and the answers to the compared items")
        self.csv_button.clicked.connect(self.export_csv)
        top.addSpacing(12)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)

        self.scroll = QScrollArea()
        self.scroll.setAccessibleName("Comparison")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._build()

    # ---- building ------------------------------------------------------------------------

    def _baseline_changed(self, index: int) -> None:
        if index < 0 or index == self.comparison.baseline:
            return
        self.comparison = compare(
            self.assessments, baseline_uuid=self.baseline_combo.itemData(index)
        )
        position = self.scroll.verticalScrollBar().value()
        self._build()
        self.scroll.verticalScrollBar().setValue(position)

    def _build(self) -> None:
        """(Re)build the scrolled content from the current comparison."""
        c = self.comparison
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 12, 12)

        self.compatibility = QLabel(c.compatibility.statement)
        self.compatibility.setAccessibleName("Compatibility")
        self.compatibility.setWordWrap(True)
        self.compatibility.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        border = "#2e7d32" if c.compatibility.same_questionnaire else "#9a5b00"
        self.compatibility.setStyleSheet(
            f"QLabel {{ background:#f4f6f8; border-left:4px solid {border}; padding:6px 8px; }}"
        )
        layout.addWidget(self.compatibility)
        self.legend = QLabel(_legend_html(c))
        self.legend.setAccessibleName("Assessments compared")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

        layout.addWidget(_section("Area scores side by side"))
        note = QLabel(
            f"Change: points against the baseline, {escape(c.entries[c.baseline].label)}. "
            "Done: share of the area's items answered."
        )
        note.setStyleSheet(f"color:{MUTED}")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = _side_by_side(c)
        self.group_bar = _GroupBar(self.table, c)
        block = QWidget()
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.setSpacing(0)
        block_layout.addWidget(self.group_bar)
        block_layout.addWidget(self.table)
        layout.addWidget(block, 0, Qt.AlignmentFlag.AlignLeft)

        self.radar = RadarChart()
        self.radar.setAccessibleName("Radar chart of area scores, one line per assessment")
        self.radar.setMinimumSize(460, 440)
        self.radar.set_data(
            tuple(row.code for row in c.areas),
            tuple(
                Series(
                    entry.label,
                    tuple(row.scores[i] for row in c.areas),
                    colour_of(i),
                    dashed=i == c.baseline,
                    filled=len(c.entries) <= 2,
                )
                for i, entry in enumerate(c.entries)
            ),
        )
        rankings = QVBoxLayout()
        self.ranked: dict[str, QWidget] = {}
        for key, title, values, is_change in (
            ("improved", "Most improved", c.most_improved, True),
            ("declines", "Biggest declines", c.biggest_declines, True),
            ("concern", "Areas of concern", c.areas_of_concern, False),
        ):
            rankings.addWidget(_section(title, level=4))
            widget = _ranked(title, values, is_change)
            self.ranked[key] = widget
            rankings.addWidget(widget)
        rankings.addStretch(1)
        lists = [w for w in self.ranked.values() if isinstance(w, _Table)]
        for column in (0, 1):  # the three lists line up
            width = max((t.columnWidth(column) for t in lists), default=0)
            for table in lists:
                table.setColumnWidth(column, width)
        # The radar draws its legend on one line: beside the rankings while it fits there,
        # above them (the page's full width) with more assessments.
        metrics = self.radar.fontMetrics()
        legend = sum(40 + metrics.horizontalAdvance(entry.label) for entry in c.entries)
        middle = QHBoxLayout() if legend <= RADAR_BESIDE_WIDTH else QVBoxLayout()
        radar_box = QVBoxLayout()
        radar_box.addWidget(_section("Area scores overlaid"))
        radar_box.addWidget(self.radar, 1)
        middle.addLayout(radar_box, 5)
        middle.addSpacing(16)
        middle.addLayout(rankings, 6)
        layout.addLayout(middle)

        layout.addWidget(_section("Networks over time"))
        self.trends: dict[str, TrendSection] = {}
        if not c.trends:
            none = QLabel(
                "No network is assessed more than once in this selection: there is no trend to "
                "show. Select two assessments of the same network to see what changed."
            )
            none.setWordWrap(True)
            none.setStyleSheet(f"color:{MUTED}")
            layout.addWidget(none)
        for trend in c.trends:
            section = TrendSection(c, trend)
            self.trends[trend.network] = section
            layout.addWidget(section)
        layout.addStretch(1)

        old = self.scroll.takeWidget()
        self.scroll.setWidget(content)
        if old is not None:
            old.deleteLater()

    # ---- export --------------------------------------------------------------------------

    def _ask_path(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        suggested = Path(settings.last_folder()) / (_file_stem(self.comparison) + suffix)
        path, _ = QFileDialog.getSaveFileName(self, caption, str(suggested), file_filter)
        if not path:
            return None
        settings.remember_folder(path)
        return Path(path)

    def export_pdf(self) -> Path | None:
        from wen_assess.report.comparison import build_comparison_report

        path = self._ask_path("Export comparison (PDF)", ".pdf", "PDF (*.pdf)")
        if path is None:
            return None
        try:
            self.setCursor(Qt.CursorShape.WaitCursor)
            written = build_comparison_report(self.comparison, path)
        except (OSError, AppError) as error:
            self._failed("Comparison not written", path, error)
            return None
        finally:
            self.unsetCursor()
        self.saved.emit(f"Comparison written to {written}")
        return written

    def export_csv(self) -> tuple[Path, Path] | None:
        from wen_assess.compare_csv import write_comparison_csv

        path = self._ask_path("Export comparison (CSV)", ".csv", "CSV (*.csv)")
        if path is None:
            return None
        try:
            written = write_comparison_csv(self.comparison, path)
        except (OSError, AppError) as error:
            self._failed("Comparison not written", path, error)
            return None
        self.saved.emit(f"Comparison written to {written[0]} and {written[1].name}")
        return written

    def _failed(self, title: str, path: Path, error: Exception) -> None:
        reason = write_problem(error) if isinstance(error, OSError) else error
        QMessageBox.warning(self, title, f"{path}: {reason}")

    # ---- for the main window ---------------------------------------------------------------

    def place_focus(self) -> None:
        """Keyboard focus on the content, so that PgDown and the arrows scroll it."""
        self.scroll.setFocus()


# ---- sections ------------------------------------------------------------------------------


class TrendSection(QWidget):
    """One network assessed more than once: area scores by date, item changes, follow-up."""

    def __init__(self, c: Comparison, trend: Trend, parent: QWidget | None = None):
        super().__init__(parent)
        entries = [c.entries[i] for i in trend.entries]
        names = {row.code: row.name for row in c.areas}
        when = " → ".join(_date(e) for e in entries)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(_section(f"{trend.network}: {when}", level=4))

        dates = [_date(e) for e in entries]
        self.areas = _Table(
            f"{trend.network}: area scores over time",
            ("Area", *dates, "Change"),
        )
        self.areas.horizontalHeaderItem(len(dates) + 1).setToolTip(
            f"Points from {dates[0]} to {dates[-1]}"
        )
        self.areas.setRowCount(len(trend.areas))
        for row, (code, scores) in enumerate(trend.areas):
            self.areas.set(row, 0, f"{code} · {names.get(code, code)}")
            for column, value in enumerate(scores, start=1):
                self.areas.set(row, column, fmt.percent(value), number=True, muted=value is None)
            change = Trend.change(scores)
            self.areas.set(row, len(scores) + 1, signed(change), number=True, colour=_tone(change))
        self.areas.fit_columns()
        layout.addWidget(self.areas, 0, Qt.AlignmentFlag.AlignLeft)

        scale = entries[0].questionnaire.scale
        labels = {level.value: level.label.en for level in scale.levels}
        rose = [ch for ch in trend.changes if ch.delta > 0]
        fell = [ch for ch in trend.changes if ch.delta < 0]
        self.rose = self.fell = None
        for attribute, changes, what in (("rose", rose, "rose"), ("fell", fell, "fell")):
            layout.addWidget(
                _caption(
                    f"Items whose level {what} ({len(changes)}), with the notes of both assessments"
                )
            )
            if not changes:
                layout.addWidget(_none())
                continue
            table = _Table(
                f"{trend.network}: items whose level {what}",
                ("Item", "Level", f"Notes {dates[0]}", f"Notes {dates[-1]}"),
                wrap=True,
                stretch=(2, 3),
            )
            table.setRowCount(len(changes))
            for row, ch in enumerate(changes):
                table.set(row, 0, f"{ch.item_id}\n{ch.title}")
                level = table.set(
                    row,
                    1,
                    f"{ch.before} → {ch.after}",
                    number=True,
                    colour=_tone(ch.delta),
                )
                level.setToolTip(f"{labels.get(ch.before, '–')} → {labels.get(ch.after, '–')}")
                table.set(row, 2, ch.before_notes or "–", muted=not ch.before_notes)
                table.set(row, 3, ch.after_notes or "–", muted=not ch.after_notes)
            table.setColumnWidth(0, 260)
            table.setColumnWidth(1, 70)
            setattr(self, attribute, table)
            layout.addWidget(table)

        layout.addWidget(_caption("Actions of the earlier plan, and whether they were done"))
        self.follow_ups: _Table | None = None
        if not trend.follow_ups:
            layout.addWidget(_none("The earlier assessment has no action plan."))
            return
        self.follow_ups = _Table(
            f"{trend.network}: follow-up of the earlier plan",
            ("Item", "Action", "Owner", "Planned", "Later plan", "Level", "Outcome"),
            wrap=True,
            stretch=(1,),
        )
        table = self.follow_ups
        table.setRowCount(len(trend.follow_ups))
        for row, f in enumerate(trend.follow_ups):
            table.set(row, 0, f.item_id)
            table.set(row, 1, f.text or "(no text)", muted=not f.text)
            table.set(row, 2, f.owner or "–")
            table.set(row, 3, STATUS_LABELS.get(f.planned_status, f.planned_status))
            later = "not listed" if f.later_status is None else STATUS_LABELS.get(f.later_status)
            table.set(row, 4, later or "–", muted=f.later_status is None)
            table.set(row, 5, f"{_level(f.level_before)} → {_level(f.level_after)}", number=True)
            outcome = table.set(
                row, 6, "✓ done" if f.done else "✗ not done", colour=RISE if f.done else FALL
            )
            outcome.setToolTip(
                "Done: marked done in either plan, or the item's level rose."
                if f.done
                else "Not marked done, and the item's level did not rise."
            )
        for column, width in ((0, 100), (2, 150), (3, 90), (4, 90), (5, 70), (6, 95)):
            table.setColumnWidth(column, width)
        layout.addWidget(table)


def _side_by_side(c: Comparison) -> _Table:
    """Rows: the areas and the overall result; per assessment: score, band, done, change."""
    columns = ["Area"]
    for _entry in c.entries:
        columns.extend(ENTRY_COLUMNS)
    table = _Table("Area scores side by side", tuple(columns))
    table.setRowCount(len(c.areas) + 1)
    for row, area in enumerate(c.areas):
        table.set(row, 0, f"{area.code} · {area.name}")
        for i in range(len(c.entries)):
            _entry_cells(
                table,
                row,
                i,
                c,
                area.scores[i],
                area.bands[i],
                area.completeness[i],
                area.deltas[i],
            )
    overall = len(c.areas)
    table.set(overall, 0, "Overall", bold=True)
    for i, entry in enumerate(c.entries):
        _entry_cells(
            table,
            overall,
            i,
            c,
            c.overall[i],
            entry.result.overall_band,
            entry.completeness,
            c.overall_deltas[i],
            bold=True,
        )
    for i, entry in enumerate(c.entries):
        for k, name in enumerate(ENTRY_COLUMNS):
            header = table.horizontalHeaderItem(1 + i * len(ENTRY_COLUMNS) + k)
            header.setToolTip(f"{entry.label}: {name.lower()}")
            header.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.label} {name}")
    table.fit_columns(minimum=62, fixed_width=False)
    # Wider than the window with many assessments: the table scrolls sideways, not the page.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    table.setMaximumWidth(table.sizeHint().width())
    return table


def _entry_cells(
    table: _Table,
    row: int,
    i: int,
    c: Comparison,
    score: float | None,
    band: str | None,
    done: float | None,
    delta: float | None,
    bold: bool = False,
) -> None:
    first = 1 + i * len(ENTRY_COLUMNS)
    table.set(row, first, fmt.percent(score), number=True, bold=bold, muted=score is None)
    table.set(
        row,
        first + 1,
        "–" if score is None else fmt.band(band),
        bold=bold,
        colour=None if score is None else band_colour(band).name(),
        muted=score is None,
    )
    table.set(row, first + 2, fmt.share(done), number=True, bold=bold)
    if i == c.baseline:
        table.set(row, first + 3, "baseline", number=True, muted=True)
    else:
        table.set(row, first + 3, signed(delta), number=True, bold=bold, colour=_tone(delta))


def _ranked(title: str, values: Sequence[Ranked], is_change: bool) -> QWidget:
    if not values:
        return _none()
    table = _Table(
        title,
        ("Area", "Change" if is_change else "Mean score", "Details"),
        wrap=True,
        stretch=(2,),
    )
    table.setRowCount(len(values))
    for row, ranked in enumerate(values):
        table.set(row, 0, ranked.label)
        if is_change:
            table.set(row, 1, signed(ranked.value), number=True, colour=_tone(ranked.value))
        else:
            table.set(row, 1, fmt.percent(ranked.value), number=True)
        table.set(row, 2, ranked.detail)
    for column in (0, 1):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, table.columnWidth(column) + 12)
    return table


def _legend_html(c: Comparison) -> str:
    lines = []
    for i, entry in enumerate(c.entries):
        q = entry.questionnaire
        baseline = " · <b>baseline</b>" if i == c.baseline else ""
        lines.append(
            f"<span style='color:{colour_of(i)}; font-size:14pt'>■</span> "
            f"<b>{escape(entry.label)}</b> — {escape(entry.title)} "
            f"<span style='color:{MUTED}'>({escape(q.id)} v{escape(q.version)}, "
            f"{fmt.share(entry.completeness)} answered)</span>{baseline}"
        )
    return "<br>".join(lines)


class _GroupBar(QWidget):
    """Above the side-by-side table: each assessment's name over its four columns."""

    def __init__(self, table: _Table, c: Comparison):
        super().__init__()
        self.table = table
        self.labels = [
            (entry.label + (" · baseline" if i == c.baseline else ""), colour_of(i))
            for i, entry in enumerate(c.entries)
        ]
        self.setAccessibleName("Assessments in the table's columns")
        self.setAccessibleDescription("; ".join(label for label, _ in self.labels))
        self.setToolTip("\n".join(f"{e.label}: {e.title}" for e in c.entries))
        header = table.horizontalHeader()
        header.sectionResized.connect(self.update)
        header.geometriesChanged.connect(self.update)
        table.horizontalScrollBar().valueChanged.connect(self.update)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 12)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        header = self.table.horizontalHeader()
        origin = header.viewport().mapTo(self.window(), QPoint(0, 0)).x()
        origin -= self.mapTo(self.window(), QPoint(0, 0)).x()
        painter = QPainter(self)
        painter.setClipRect(QRect(origin, 0, header.viewport().width(), self.height()))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        per = len(ENTRY_COLUMNS)
        for i, (label, colour) in enumerate(self.labels):
            first, last = 1 + i * per, per + i * per
            left = origin + header.sectionViewportPosition(first)
            right = origin + header.sectionViewportPosition(last) + header.sectionSize(last)
            rect = QRectF(left + 1, 0, right - left - 2, self.height())
            painter.fillRect(rect, QColor("#eef1f5"))
            painter.fillRect(QRectF(rect.left(), 0, rect.width(), 4), QColor(colour))
            painter.setPen(QPen(QColor("#222222")))
            text = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(rect.width()) - 8
            )
            painter.drawText(rect.adjusted(4, 4, -4, 0), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class _Table(QTableWidget):
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


def _section(text: str, level: int = 3) -> QLabel:
    label = QLabel(f"<h{level} style='margin:8px 0 2px 0'>{escape(text)}</h{level}>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _caption(text: str) -> QLabel:
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def _none(text: str = "None.") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"color:{MUTED}")
    return label


def _tone(delta: float | None) -> str | None:
    if delta is None or abs(delta) < 0.05:
        return None
    return RISE if delta > 0 else FALL


def _file_stem(c: Comparison) -> str:
    """E.g. 'HAWEN-comparison-2022-12-07-to-2024-11-20'."""
    networks = list(dict.fromkeys(e.network for e in c.entries))
    name = "-".join(networks) if len(networks) <= 3 else f"{len(networks)}-networks"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name).strip("-")
    dates = sorted(e.assessment_date for e in c.entries if e.assessment_date)
    span = f"-{dates[0].isoformat()}-to-{dates[-1].isoformat()}" if dates else ""
    return f"{safe or 'assessments'}-comparison{span}"


def _date(entry: Entry) -> str:
    return entry.assessment_date.isoformat() if entry.assessment_date else "undated"


def _level(value: int | None) -> str:
    return "–" if value is None else str(value)
