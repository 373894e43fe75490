"""The wizard around the pages: side panel to jump anywhere, progress, Back/Next, "Saved"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.storage.service import AssessmentService
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages import (
    AreaPage,
    Page,
    PlanPage,
    ResultsPage,
    ReviewPage,
    build_pages,
)


class AssessmentView(QWidget):
    close_requested = Signal()
    report_requested = Signal(int)
    plan_export_requested = Signal(int)
    saved = Signal(str)

    def __init__(
        self, service: AssessmentService, assessment_id: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.controller = AssessmentController(service, assessment_id, self)
        self.controller.failed.connect(self._show_failure)
        self.controller.saved.connect(self._show_saved)
        self.controller.changed.connect(self._refresh_progress)

        self.pages = build_pages(self.controller)
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setAccessibleName("Assessment sections")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page in self.pages:
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(page.title))
            if isinstance(page, ReviewPage):
                page.jump.connect(self.jump_to_item)
            if isinstance(page, ResultsPage):
                page.report_requested.connect(
                    lambda: self.report_requested.emit(self.assessment_id)
                )
            if isinstance(page, PlanPage):
                page.export_requested.connect(
                    lambda: self.plan_export_requested.emit(self.assessment_id)
                )
        self.nav.currentRowChanged.connect(self._show_page)
        # A click (or Enter) in the side panel carries on in the page; arrow keys stay in the list.
        self.nav.itemClicked.connect(lambda _: self.place_focus())
        self.nav.itemActivated.connect(lambda _: self.place_focus())

        record = self.controller.record
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)  # a long title wraps rather than widening the window
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Items answered")
        self.progress.setRange(0, self.controller.result.items_total)
        self.progress.setFormat("%v of %m items answered")
        self.saved_label = QLabel("Saved")
        self.saved_label.setAccessibleName("Save status")
        _set_colour(self.saved_label, "#2e7d32")

        self.library_button = QPushButton("◂ &Library")
        self.library_button.setAccessibleName("Back to the library")
        self.library_button.clicked.connect(self.close_requested.emit)
        self.back_button = QPushButton("&Back")
        self.next_button = QPushButton("&Next")
        self.back_button.setToolTip("Previous section (Ctrl+PgUp)")
        self.next_button.setToolTip("Next section (Ctrl+PgDown)")
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(+1))
        for keys, step, what in (
            ("Ctrl+PgDown", +1, "Next section"),
            ("Ctrl+PgUp", -1, "Previous section"),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, lambda step=step: self.go(step))
            shortcut.setWhatsThis(what)  # the shortcut sheet's wording

        top = QHBoxLayout()
        top.addWidget(self.library_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.progress)
        top.addWidget(self.saved_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_heading(record.network.name, record.title)
        self._refresh_progress()

        keys = [p.key for p in self.pages]
        start = keys.index(self.controller.last_page) if self.controller.last_page in keys else 0
        self.nav.setCurrentRow(start)

    @property
    def assessment_id(self) -> int:
        return self.controller.assessment_id

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def page(self, key: str) -> Page:
        return next(p for p in self.pages if p.key == key)

    def go(self, step: int) -> None:
        row = self.nav.currentRow() + step
        if 0 <= row < len(self.pages):
            self.nav.setCurrentRow(row)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow([p.key for p in self.pages].index(key))

    def jump_to_item(self, item_id: str) -> None:
        area = self.controller.questionnaire.area_of(item_id)
        self.show_page(f"area:{area.code}")
        page = self.current_page()
        assert isinstance(page, AreaPage)
        page.focus_item(item_id)
        page.items[item_id].highlight()

    def place_focus(self) -> None:
        """Put the keyboard focus where work continues: the first open item of an area page
        (its first item when all are answered)."""
        page = self.current_page()
        if isinstance(page, AreaPage):
            page.focus_item(page.first_open_item() or next(iter(page.items)))

    def flush(self) -> None:
        """Save whatever is typed but not yet saved (before leaving or closing)."""
        for page in self.pages:
            page.flush()

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        previous = self.stack.currentWidget()
        if isinstance(previous, Page):
            previous.flush()
        page = self.pages[row]
        page.enter()
        self.stack.setCurrentWidget(page)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.pages) - 1)
        self.controller.remember_page(page.key)
        if isinstance(page, AreaPage):
            page.scroll.verticalScrollBar().setValue(0)
            if not self.nav.hasFocus():
                self.place_focus()

    def _refresh_progress(self) -> None:
        self.progress.setValue(self.controller.result.items_answered)
        for row, page in enumerate(self.pages):
            status = page.side_status()
            self.nav.item(row).setText(f"{page.title}   {status}".rstrip())
        record = self.controller.record
        self._update_heading(record.network.name, record.title)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The side panel as wide as its longest line and the progress bar as wide as its
        text, at whatever text size."""
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(width)
        self.nav.setMaximumWidth(width + self.fontMetrics().averageCharWidth() * 8)
        self.progress.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("000 of 000 items answered") + 24
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the texts changed size
            self._fit_nav()

    def _update_heading(self, network: str, title: str) -> None:
        state = " · <b>completed</b>" if self.controller.completed else ""
        self.heading.setText(f"<b>{fmt.markup(network)}</b> — {fmt.markup(title)}{state}")

    def _show_saved(self, text: str) -> None:
        if self.saved_label.text() == "Not saved":
            _set_colour(self.saved_label, "#2e7d32")
        self.saved_label.setText(text)
        self.saved.emit(text)

    def _show_failure(self, title: str, message: str) -> None:
        if title == "Not saved":
            _set_colour(self.saved_label, "#b3261e")
            self.saved_label.setText("Not saved")
        QMessageBox.warning(self, title, message)
        self.current_page().enter()


def _set_colour(label: QLabel, colour: str) -> None:
    # The palette, not a style sheet: a style sheet would pin the label's font against zoom.
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
