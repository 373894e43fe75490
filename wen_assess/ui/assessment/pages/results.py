"""Results: the scoring engine's result shown as a table and a radar chart, and completion."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages.base import Page, page_heading, scroll_page
from wen_assess.ui.radar import RadarChart, Series
from wen_assess.ui.style import ACCENT, TARGET_COLOUR, band_colour

COLUMNS = ("Area", "Mean level", "Score", "Band", "Target", "Gap", "Answered")


class ResultsPage(Page):
    key = "results"
    title = "Results"
    report_requested = Signal()

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        q = controller.questionnaire
        self.table = QTableWidget(len(q.areas), len(COLUMNS))
        self.table.setAccessibleName("Area results")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab must reach the buttons below
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.targets: dict[str, QDoubleSpinBox] = {}
        for row, area in enumerate(q.areas):
            spin = QDoubleSpinBox(decimals=1, singleStep=0.5)
            spin.setRange(q.scale.lowest, q.scale.highest)
            spin.setAccessibleName(f"Target level for {area.name.en}")
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(
                lambda value, code=area.code: self._target_changed(code, value)
            )
            self.targets[area.code] = spin
            self.table.setCellWidget(row, COLUMNS.index("Target"), spin)

        self.overall = QLabel()
        self.overall.setAccessibleName("Overall result")
        self.overall.setTextFormat(Qt.TextFormat.RichText)
        self.overall.setWordWrap(True)
        self.chart = RadarChart()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.complete_button = QPushButton("&Mark as completed")
        self.complete_button.clicked.connect(self._complete)
        self.reopen_button = QPushButton("Re&open for editing")
        self.reopen_button.clicked.connect(self._reopen)
        self.report_button = QPushButton("Export &report (PDF)…")
        self.report_button.clicked.connect(self.report_requested.emit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_table()
        left = QVBoxLayout()
        left.addWidget(self.overall)
        left.addWidget(self.table)
        left.addStretch(1)
        # Table and chart side by side where the table fits, the chart below it otherwise.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(left, 3)
        self.body.addWidget(self.chart, 2)
        body = self.body
        # The whole page scrolls when the screen is too small for table and chart together.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_heading("Results", "Computed from the answers saved so far."))
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        scroll_page(self, content)
        self.enter()

    def _fit_table(self) -> None:
        """Every row shown, at the current text size."""
        self.table.resizeRowsToContents()
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        scroll = self.table.horizontalScrollBar()
        self.table.setFixedHeight(
            header.sizeHint().height()
            + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            + 2 * self.table.frameWidth()
            + (scroll.sizeHint().height() if self.table.width() < self._table_width() else 0)
        )

    def _table_width(self) -> int:
        return self.table.horizontalHeader().length() + 2 * self.table.frameWidth()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        wide = self.width() >= self._table_width() * 5 // 3
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        self._fit_table()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_table()

    def refresh(self) -> None:
        self.enter()

    def enter(self) -> None:
        c = self.controller
        result = c.result
        q = c.questionnaire
        for row, (area, r) in enumerate(zip(q.areas, result.areas, strict=True)):
            band = fmt.band(r.band) + (" (capped)" if r.capped else "")
            cells = {
                "Area": f"{area.code} · {area.name.en}",
                "Mean level": fmt.level(r.mean_level),
                "Score": fmt.percent(r.score),
                "Band": band,
                "Gap": fmt.level(r.gap),
                "Answered": f"{r.items_answered}/{r.items_total}",
            }
            for name, text in cells.items():
                item = QTableWidgetItem(text)
                if name == "Band":
                    item.setForeground(band_colour(r.band))
                    if r.capped:
                        item.setToolTip(
                            f"Capped at {q.rules.critical_cap_band}: critical item(s) "
                            f"{', '.join(r.capping_items)} at level "
                            f"{q.rules.low_level_max} or below."
                        )
                if name in ("Mean level", "Score", "Gap", "Answered"):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, COLUMNS.index(name), item)
            spin = self.targets[area.code]
            spin.blockSignals(True)
            spin.setValue(r.target)
            spin.blockSignals(False)
            spin.setEnabled(not c.completed)

        weakest = result.weakest_area
        self.overall.setText(
            f"<p style='font-size:14pt'>Overall: <b>{fmt.percent(result.overall_score)}</b> · "
            f"<b style='color:{fmt.band_colour(result.overall_band)}'>"
            f"{fmt.band(result.overall_band)}</b></p>"
            f"<p>{fmt.weakest_area(weakest, result.areas_scored, at_start=True)} · "
            f"completeness {fmt.share(result.completeness)} "
            f"({result.items_answered} of {result.items_total} items) · improvement plan: "
            f"{result.count(1)} P1, {result.count(2)} P2, {result.count(3)} P3</p>"
        )
        self.chart.set_data(
            tuple(a.code for a in result.areas),
            (
                Series("Score", tuple(a.score for a in result.areas), ACCENT),
                Series(
                    "Target",
                    tuple(a.target_score for a in result.areas),
                    TARGET_COLOUR,
                    dashed=True,
                    filled=False,
                ),
            ),
        )
        self._update_status()

    def _update_status(self) -> None:
        c = self.controller
        completed = c.completed
        self.complete_button.setVisible(not completed)
        self.reopen_button.setVisible(completed)
        if completed:
            self.status.setText("<b>This assessment is completed.</b> Reopen it to change answers.")
        elif c.result.can_complete:
            self.status.setText("Every item is answered: you can mark the assessment as completed.")
        else:
            self.status.setText(
                "Not ready to complete: " + "; ".join(c.result.blocking_reasons) + "."
            )

    def _target_changed(self, area_code: str, value: float) -> None:
        self.controller.set_target(area_code, value)

    def _complete(self) -> None:
        self.controller.complete()

    def _reopen(self) -> None:
        self.controller.reopen()

    def side_status(self) -> str:
        return fmt.percent(self.controller.result.overall_score)
