"""The reviewers' comparison view: two or more assessments side by side, over time.

A page of the main window's stack, like the assessment view. It only shows the
`wen_assess.compare.Comparison` it is given (and the one `compare()` returns when the user
picks another baseline): it computes no score, and every value is written by
`wen_assess.formatting`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.compare import OVERALL_OF_FEWER, Comparison, compare
from wen_assess.errors import AppError
from wen_assess.messages import Worded
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord
from wen_assess.ui import language, settings
from wen_assess.ui.compare.area_tables import ranked_table, side_by_side_table
from wen_assess.ui.compare.engine_words import (
    entry_label,
    left_out_label,
    left_out_reason,
    statement,
)
from wen_assess.ui.compare.group_bar import GroupBar
from wen_assess.ui.compare.table import MUTED, Table, colour_of, section
from wen_assess.ui.compare.trend_section import TrendSection
from wen_assess.ui.language import write_problem
from wen_assess.ui.radar import RadarChart, Series
from wen_assess.ui.style import CAUTION_AMBER, SAVED_GREEN

RADAR_BESIDE_WIDTH = 520  # what the radar gets beside the rankings in a 1280-pixel window
Assessments = Sequence[tuple[Questionnaire, AssessmentRecord]]


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

        self.library_button = QPushButton(self.tr("◂ &Library"))
        self.library_button.setAccessibleName(self.tr("Back to the library"))
        self.library_button.clicked.connect(self.close_requested.emit)
        self.heading = QLabel(
            "<b style='font-size:13pt'>{}</b>".format(
                self.tr("Comparison of %n assessments", "", len(entries))
            )
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.baseline_combo = QComboBox()
        self.baseline_combo.setAccessibleName(self.tr("Baseline assessment"))
        self.baseline_combo.setToolTip(
            self.tr(
                "Changes within its network and differences of other networks are measured "
                "against this assessment (the earliest by default)"
            )
        )
        for entry in entries:
            self.baseline_combo.addItem(entry_label(entry), entry.uuid)
            self.baseline_combo.setItemData(
                self.baseline_combo.count() - 1, entry.title, Qt.ItemDataRole.ToolTipRole
            )
        self.baseline_combo.setCurrentIndex(self.comparison.baseline)
        self.baseline_combo.currentIndexChanged.connect(self._baseline_changed)
        baseline_label = QLabel(self.tr("&Baseline:"))
        baseline_label.setBuddy(self.baseline_combo)

        top = QHBoxLayout()
        top.addWidget(self.library_button)
        top.addWidget(self.heading, 1)
        top.addWidget(baseline_label)
        top.addWidget(self.baseline_combo)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the comparison as PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the comparison as CSV"))
        self.csv_button.setToolTip(
            self.tr("Two files: area scores, and the answers to the compared items")
        )
        self.csv_button.clicked.connect(self.export_csv)
        top.addSpacing(12)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)

        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Comparison"))
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

        border = SAVED_GREEN if c.compatibility.same_questionnaire else CAUTION_AMBER
        self.compatibility = _note(statement(c), self.tr("Compatibility"), border, "#f4f6f8")
        self.left_out = _note(_left_out_text(c), self.tr("Assessments left out"))
        self.fewer_areas = _note(_fewer_areas_text(c), self.tr("Overall scores of only some areas"))
        for note, shown in (
            (self.compatibility, True),
            (self.left_out, bool(c.left_out)),
            (self.fewer_areas, bool(c.overall_of_fewer_areas)),
        ):
            layout.addWidget(note)  # in the layout before shown: else a window of its own
            note.setVisible(shown)
        self.legend = QLabel(_legend_html(c))
        self.legend.setAccessibleName(self.tr("Assessments compared"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

        layout.addWidget(section(self.tr("Area scores side by side")))
        note = QLabel(_change_note(c))
        note.setStyleSheet(f"color:{MUTED}")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = side_by_side_table(c)
        self.group_bar = GroupBar(self.table, c)
        block = QWidget()
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.setSpacing(0)
        block_layout.addWidget(self.group_bar)
        block_layout.addWidget(self.table)
        layout.addWidget(block, 0, Qt.AlignmentFlag.AlignLeft)

        self.radar = RadarChart()
        self.radar.setAccessibleName(self.tr("Radar chart of area scores, one line per assessment"))
        self.radar.setMinimumSize(460, 440)
        self.radar.set_data(
            tuple(row.code for row in c.areas),
            tuple(
                Series(
                    entry_label(entry),
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
        lists = [("concern", self.tr("Areas of concern"), c.areas_of_concern, False)]
        if c.trends:  # improvement and decline exist only within one network over time
            lists[:0] = [
                ("improved", self.tr("Most improved within a network"), c.most_improved, True),
                (
                    "declines",
                    self.tr("Biggest declines within a network"),
                    c.biggest_declines,
                    True,
                ),
            ]
        else:
            self.no_change_note = QLabel(
                self.tr(
                    "No network is assessed more than once here, so there is no change over "
                    "time to rank: the networks differ (see the Difference columns)."
                )
            )
            self.no_change_note.setWordWrap(True)
            self.no_change_note.setStyleSheet(f"color:{MUTED}")
            rankings.addWidget(self.no_change_note)
        for key, title, values, is_change in lists:
            rankings.addWidget(section(title, level=4))
            widget = ranked_table(title, values, is_change, c.entries)
            self.ranked[key] = widget
            rankings.addWidget(widget)
        rankings.addStretch(1)
        lists = [w for w in self.ranked.values() if isinstance(w, Table)]
        for column in (0, 1):  # the three lists line up
            width = max((t.columnWidth(column) for t in lists), default=0)
            for table in lists:
                table.setColumnWidth(column, width)
        # The radar draws its legend on one line: beside the rankings while it fits there,
        # above them (the page's full width) with more assessments.
        metrics = self.radar.fontMetrics()
        legend = sum(40 + metrics.horizontalAdvance(entry_label(entry)) for entry in c.entries)
        middle = QHBoxLayout() if legend <= RADAR_BESIDE_WIDTH else QVBoxLayout()
        radar_box = QVBoxLayout()
        radar_box.addWidget(section(self.tr("Area scores overlaid")))
        radar_box.addWidget(self.radar, 1)
        middle.addLayout(radar_box, 5)
        middle.addSpacing(16)
        middle.addLayout(rankings, 6)
        layout.addLayout(middle)

        layout.addWidget(section(self.tr("Networks over time")))
        self.trends: dict[str, TrendSection] = {}
        if not c.trends:
            none = QLabel(
                self.tr(
                    "No network is assessed more than once in this selection: there is no "
                    "trend to show. Select two assessments of the same network to see what "
                    "changed."
                )
            )
            none.setWordWrap(True)
            none.setStyleSheet(f"color:{MUTED}")
            layout.addWidget(none)
        for trend in c.trends:
            trend_view = TrendSection(c, trend)
            self.trends[trend.network] = trend_view
            layout.addWidget(trend_view)
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
        from wen_assess.ui import main_window

        # The report dialog's save dialog, with its language box (the assessments' shared
        # working language first, else English).
        suggested = Path(settings.last_folder()) / (_file_stem(self.comparison) + ".pdf")
        chosen, language = main_window.ask_output(
            self,
            self.tr("Export comparison (PDF)"),
            str(suggested),
            "PDF (*.pdf)",
            self.comparison.language,
        )
        if not chosen:
            return None
        settings.remember_folder(chosen)
        path = Path(chosen)
        try:
            self.setCursor(Qt.CursorShape.WaitCursor)
            written = build_comparison_report(self.comparison, path, language)
        except (OSError, AppError) as error:
            self._failed(self.tr("Comparison not written"), path, error)
            return None
        finally:
            self.unsetCursor()
        self.saved.emit(self.tr("Comparison written to {path}").format(path=written))
        return written

    def export_csv(self) -> tuple[Path, Path] | None:
        from wen_assess.compare_csv import write_comparison_csv

        path = self._ask_path(self.tr("Export comparison (CSV)"), ".csv", "CSV (*.csv)")
        if path is None:
            return None
        try:
            written = write_comparison_csv(self.comparison, path)
        except (OSError, AppError) as error:
            self._failed(self.tr("Comparison not written"), path, error)
            return None
        self.saved.emit(
            self.tr("Comparison written to {path} and {other}").format(
                path=written[0], other=written[1].name
            )
        )
        return written

    def _failed(self, title: str, path: Path, error: Exception) -> None:
        reason = (
            write_problem(error) if isinstance(error, OSError) else language.core_message(error)
        )
        QMessageBox.warning(self, title, f"{path}: {reason}")

    # ---- for the main window ---------------------------------------------------------------

    def place_focus(self) -> None:
        """Keyboard focus on the content, so that PgDown and the arrows scroll it."""
        self.scroll.setFocus()


def _legend_html(c: Comparison) -> str:
    lines = []
    for i, entry in enumerate(c.entries):
        q = entry.questionnaire
        baseline = (
            " · <b>{}</b>".format(QCoreApplication.translate("CompareView", "baseline"))
            if i == c.baseline
            else ""
        )
        answered = QCoreApplication.translate("CompareView", "{share} answered").format(
            share=fmt.share(entry.completeness, language.current())
        )
        lines.append(
            f"<span style='color:{colour_of(i)}; font-size:14pt'>■</span> "
            f"<b>{fmt.markup(entry_label(entry))}</b> — {fmt.markup(entry.title)} "
            f"<span style='color:{MUTED}'>({fmt.markup(q.id)} v{fmt.markup(q.version)}, "
            f"{answered})</span>{baseline}"
        )
    return "<br>".join(lines)


def _change_note(c: Comparison) -> str:
    """What the last column of each assessment means; "difference" only when networks differ."""
    base = fmt.markup(entry_label(c.entries[c.baseline]))
    done = QCoreApplication.translate("CompareView", "Done: share of the area's items answered.")
    if len(c.networks) == 1:
        return QCoreApplication.translate(
            "CompareView", "Change: points against the baseline, {base}. {done}"
        ).format(base=base, done=done)
    return QCoreApplication.translate(
        "CompareView",
        "Change: points within one network, against the baseline ({base}) for its network, "
        "against the earliest assessment for another network. Difference: another network's "
        "points against the baseline; networks differ, so this is not a change over time. "
        "{done}",
    ).format(base=base, done=done)


def _left_out_text(c: Comparison) -> str:
    return "\n".join(
        QCoreApplication.translate("CompareView", "Left out: {label} ({title}), {reason}.").format(
            label=left_out_label(left),
            title=left.title.strip() or QCoreApplication.translate("CompareView", "untitled"),
            reason=left_out_reason(left),
        )
        for left in c.left_out
    )


def _fewer_areas_text(c: Comparison) -> str:
    """The PDF's caution, in the interface language: an overall of only some areas."""
    return "\n".join(
        language.core_text(
            Worded(
                OVERALL_OF_FEWER,
                assessment=entry_label(e),
                scored=e.result.areas_scored,
                total=len(e.result.areas),
            )
        )
        for e in c.overall_of_fewer_areas
    )


def _file_stem(c: Comparison) -> str:
    """E.g. 'HAWEN-comparison-2022-12-07-to-2024-11-20'."""
    networks = list(dict.fromkeys(e.network for e in c.entries))
    name = "-".join(networks) if len(networks) <= 3 else f"{len(networks)}-networks"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name).strip("-")
    dates = sorted(e.assessment_date for e in c.entries if e.assessment_date)
    span = f"-{dates[0].isoformat()}-to-{dates[-1].isoformat()}" if dates else ""
    return f"{safe or 'assessments'}-comparison{span}"


def _note(text: str, name: str, border: str = CAUTION_AMBER, background: str = "#fff4e0") -> QLabel:
    """A note above the tables: a tinted box with a coloured bar on its left, its text
    wrapped and selectable."""
    note = QLabel(text)
    note.setAccessibleName(name)
    note.setWordWrap(True)
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    note.setStyleSheet(
        f"QLabel {{ background:{background}; border-left:4px solid {border}; padding:6px 8px; }}"
    )
    return note
