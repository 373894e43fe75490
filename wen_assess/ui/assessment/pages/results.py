"""Results: the scoring engine's result shown as a table and a radar chart, and completion."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.messages import Joined
from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages.base import Page, page_heading, page_table, scroll_page
from wen_assess.ui.radar import RadarChart, Series
from wen_assess.ui.style import ACCENT, TARGET_COLOUR, band_colour

# Column keys, also their English headings (translated where the table is built).
COLUMNS = (
    QT_TRANSLATE_NOOP("ResultsPage", "Area"),
    QT_TRANSLATE_NOOP("ResultsPage", "Mean level"),
    QT_TRANSLATE_NOOP("ResultsPage", "Score"),
    QT_TRANSLATE_NOOP("ResultsPage", "Band"),
    QT_TRANSLATE_NOOP("ResultsPage", "Target"),
    QT_TRANSLATE_NOOP("ResultsPage", "Gap"),
    QT_TRANSLATE_NOOP("ResultsPage", "Answered"),
)


class ResultsPage(Page):
    key = "results"
    report_requested = Signal()

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.title = self.tr("Results")
        q = controller.questionnaire
        words = language.wording(q)
        self.table = page_table(self, COLUMNS, self.tr("Area results"), len(q.areas))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab must reach the buttons below
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.targets: dict[str, QDoubleSpinBox] = {}
        for row, area in enumerate(q.areas):
            spin = QDoubleSpinBox(decimals=1, singleStep=0.5)
            spin.setRange(q.scale.lowest, q.scale.highest)
            spin.setAccessibleName(
                self.tr("Target level for {area}").format(area=words.text(area.name))
            )
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(
                lambda value, code=area.code: self._target_changed(code, value)
            )
            self.targets[area.code] = spin
            self.table.setCellWidget(row, COLUMNS.index("Target"), spin)

        self.overall = QLabel()
        self.overall.setAccessibleName(self.tr("Overall result"))
        self.overall.setTextFormat(Qt.TextFormat.RichText)
        self.overall.setWordWrap(True)
        self.chart = RadarChart()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.complete_button = QPushButton(self.tr("&Mark as completed"))
        self.complete_button.clicked.connect(self._complete)
        self.reopen_button = QPushButton(self.tr("Re&open for editing"))
        self.reopen_button.clicked.connect(self._reopen)
        self.report_button = QPushButton(self.tr("Export &report (PDF)…"))
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
        layout.addWidget(
            page_heading(self.title, self.tr("Computed from the answers saved so far."))
        )
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
        lang, words = language.current(), language.wording(q)
        for row, (area, r) in enumerate(zip(q.areas, result.areas, strict=True)):
            band = fmt.band(words.band(r.band), language=lang)
            if r.capped:
                band += " " + self.tr("(capped)")
            cells = {
                "Area": f"{area.code} · {words.text(area.name)}",
                "Mean level": fmt.level(r.mean_level, lang),
                "Score": fmt.percent(r.score, language=lang),
                "Band": band,
                "Gap": fmt.level(r.gap, lang),
                "Answered": f"{r.items_answered}/{r.items_total}",
            }
            for name, text in cells.items():
                item = QTableWidgetItem(text)
                if name == "Band":
                    item.setForeground(band_colour(r.band))
                    if r.capped:
                        item.setToolTip(
                            self.tr(
                                "Capped at {band}: critical item(s) {items} at level "
                                "{level} or below."
                            ).format(
                                band=words.band(q.rules.critical_cap_band),
                                items=", ".join(r.capping_items),
                                level=q.rules.low_level_max,
                            )
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
        overall = self.tr("Overall: {score} · {band}").format(
            score=f"<b>{fmt.percent(result.overall_score, language=lang)}</b>",
            band=f"<b style='color:{fmt.band_colour(result.overall_band)}'>"
            f"{fmt.band(words.band(result.overall_band), language=lang)}</b>",
        )
        details = self.tr(
            "{weakest} · completeness {share} ({answered} of %n items) · "
            "improvement plan: {p1} P1, {p2} P2, {p3} P3",
            "",
            result.items_total,
        ).format(
            # "Weakest area: FIN", or "Only area scored: GOV" (the core's words, in the language)
            weakest=fmt.weakest_area(weakest, result.areas_scored, at_start=True, language=lang),
            share=fmt.share(result.completeness, lang),
            answered=result.items_answered,
            p1=result.count(1),
            p2=result.count(2),
            p3=result.count(3),
        )
        self.overall.setText(f"<p style='font-size:14pt'>{overall}</p><p>{details}</p>")
        self.chart.set_data(
            tuple(a.code for a in result.areas),
            (
                Series(self.tr("Score"), tuple(a.score for a in result.areas), ACCENT),
                Series(
                    self.tr("Target"),
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
            self.status.setText(
                self.tr("<b>This assessment is completed.</b> Reopen it to change answers.")
            )
        elif c.result.can_complete:
            self.status.setText(
                self.tr("Every item is answered: you can mark the assessment as completed.")
            )
        else:
            self.status.setText(
                self.tr("Not ready to complete: {reasons}.").format(
                    reasons=self._blocking_reasons()
                )
            )

    def _blocking_reasons(self) -> str:
        """The engine's reasons (what blocks completion) in the interface language."""
        return language.core_text(Joined(self.controller.result.blocking_reasons))

    def _target_changed(self, area_code: str, value: float) -> None:
        self.controller.set_target(area_code, value)

    def _complete(self) -> None:
        if not self.controller.result.can_complete:
            # The engine's reasons, as the service would give them in its refusal.
            message = self.tr("The assessment cannot be completed yet: {reasons}.").format(
                reasons=self._blocking_reasons()
            )
            # (A separate statement: lupdate misreads a tr() that follows translate() in one.)
            title = QCoreApplication.translate("AssessmentController", "Not completed")
            QMessageBox.warning(self, title, message)
            return
        self.controller.complete()

    def _reopen(self) -> None:
        self.controller.reopen()

    def side_status(self) -> str:
        return fmt.percent(self.controller.result.overall_score, language=language.current())
