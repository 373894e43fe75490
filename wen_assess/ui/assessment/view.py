"""The wizard around the pages: side panel to jump anywhere, progress, Back/Next, "Saved"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
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
from wen_assess.ui import language, section_frame
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.item_widget import NA_ID, ItemWidget
from wen_assess.ui.assessment.pages import (
    AreaPage,
    Page,
    PlanPage,
    ResultsPage,
    ReviewPage,
    build_pages,
)
from wen_assess.ui.assessment.undo import Where
from wen_assess.ui.layout_fence import LayoutFence
from wen_assess.ui.quiet_line import QuietLine
from wen_assess.ui.section_buttons import section_buttons
from wen_assess.ui.style import ALERT_RED, SAVED_GREEN, set_text_colour


class AssessmentView(QWidget):
    close_requested = Signal()
    report_requested = Signal(int)
    plan_export_requested = Signal(int)
    saved = Signal(str)

    def __init__(
        self,
        service: AssessmentService,
        assessment_id: int,
        parent: QWidget | None = None,
        controller: AssessmentController | None = None,
    ):
        super().__init__(parent)
        # A view rebuilt in another language takes over the controller, and so the record,
        # the result and the undo history, of the view it replaces.
        if controller is None:
            controller = AssessmentController(service, assessment_id, self)
        else:
            controller.setParent(self)
        self.controller = controller
        self.controller.failed.connect(self._show_failure)
        self.controller.saved.connect(self._show_saved)
        self.controller.changed.connect(self._changed)
        self.controller.shown.connect(self._show_edit)
        self.controller.reloaded.connect(self._show_others_changes)
        self.controller.deleted.connect(self._deleted_elsewhere)
        self.controller.resolve_conflict = self._resolve_conflict

        self.pages = build_pages(self.controller)
        # Saved changes seen (each ``changed``), and how many an area page had seen when it was
        # last entered: an area page entered again with nothing saved since is shown as it is.
        self._changes = 0
        self._entered_at: dict[str, int] = {}
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.splitter = QSplitter()  # the side panel and the pages (filled below)
        self.nav.setAccessibleName(self.tr("Assessment sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setUniformItemSizes(True)  # one line each: a new count re-measures no row
        self._nav_widest = 0  # px: the widest line the side panel was fitted to
        self._nav_texts: list[str] = []  # each row's text as set, not asked of Qt each click
        self._nav_widths: dict[str, int] = {}  # px of a row text (a font change clears it)
        for page in self.pages:
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(page.title))
            self._nav_texts.append(page.title)
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
        self._heading_shown: tuple[str, str, bool] | None = None  # what its text was made of
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)  # a long title wraps rather than widening the window
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Items answered"))
        self.progress.setRange(0, self.controller.result.items_total)
        self.progress.setFormat(self.tr("%v of %m items answered"))
        # A painted line as wide as its widest text: a new time repaints it, moving nothing.
        self.saved_label = QuietLine(
            colour=SAVED_GREEN,
            wrap=False,
            centred=True,
            name=self.tr("Save status"),
            on_window=True,
        )
        self.saved_label.setText(section_frame.saved_word())

        self.library_button = QPushButton(self.tr("◂ &Library"))
        self.library_button.setAccessibleName(self.tr("Back to the library"))
        self.library_button.clicked.connect(self.close_requested.emit)
        self.back_button, self.next_button = section_buttons(self, self.go)
        self._add_answer_shortcuts()

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
        # A page shown, or a line grown on a page, relays out the page, not the whole window.
        right_layout.addWidget(LayoutFence(self.stack), 1)
        right_layout.addLayout(bottom)
        splitter = self.splitter
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
        """Put the keyboard focus where work continues on an area page: the item last worked on
        there, else the first open item (its first item when all are answered)."""
        page = self.current_page()
        if isinstance(page, AreaPage):
            last = self.current_item()
            page.focus_item(
                last.item.id if last else (page.first_open_item() or next(iter(page.items)))
            )

    # ---- the item being answered, wherever the focus is ----------------------------------

    def _add_answer_shortcuts(self) -> None:
        """0-3 and N answer the current item from anywhere in the window (text fields and
        spin boxes keep their digits: they claim typed keys before shortcuts see them)."""
        scale = self.controller.questionnaire.scale
        keys = {str(level.value): level.value for level in scale.levels}
        if scale.not_applicable:
            keys["N"] = NA_ID
        self.answer_shortcuts = []
        for key, button_id in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda b=button_id: self.answer_current(b))
            self.answer_shortcuts.append(shortcut)
        self._last_item: dict[str, str] = {}  # area page key -> item that last had focus
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._note_focus)

    def _note_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        while new is not None and not isinstance(new, ItemWidget):
            new = new.parentWidget()
        page = self.current_page() if self.pages else None
        if new is not None and isinstance(page, AreaPage) and page.items.get(new.item.id) is new:
            self._last_item[page.key] = new.item.id

    def current_item(self) -> ItemWidget | None:
        """The item with the focus, or the one that last had it on this area page."""
        page = self.current_page()
        if not isinstance(page, AreaPage):
            return None
        item_id = self._last_item.get(page.key)
        return page.items.get(item_id) if item_id else None

    def answer_current(self, button_id: int) -> None:
        item = self.current_item()
        if item is None:
            self.saved.emit(
                self.tr("Click an item first: the digit answers the item last worked on")
            )
            return
        had_focus = item.isAncestorOf(QApplication.focusWidget()) or item.hasFocus()
        item.choose(button_id)
        if had_focus and button_id in item.radios and button_id != NA_ID:  # N/A: to its why
            item.radios[button_id].setFocus()

    def _show_edit(self, where: Where) -> None:
        """An undo or redo was saved: show it where it happened, as it now is."""
        page = self.current_page()
        moved = page.key != where.page
        if moved:
            self.show_page(where.page)  # entering the page shows the saved state
        elif isinstance(page, AreaPage) and where.item_id in page.items:
            page.items[where.item_id].load()  # only what changed: undo stays within a frame
        else:
            page.enter()
        page = self.current_page()
        if where.item_id and isinstance(page, AreaPage) and where.item_id in page.items:
            item = page.items[where.item_id]
            if moved or not item.isAncestorOf(QApplication.focusWidget()):
                page.focus_item(where.item_id)  # the eye (and the digits) follow the undo
                item.highlight()

    def _show_others_changes(self, item_ids: set[str], others: bool) -> None:
        """Someone else saved changes: show them where they are on screen, leaving the field
        the user is typing in alone (hidden pages show them when entered)."""
        page = self.current_page()
        if isinstance(page, AreaPage):
            shown = set(page.items) if others else item_ids & set(page.items)
            for item_id in shown:
                page.items[item_id].load(keep_typing=True)
            for item_id in item_ids & set(page.items):
                page.items[item_id].highlight()
        elif others and not page.isAncestorOf(QApplication.focusWidget()):
            page.enter()
        self.saved.emit(self.tr("Changes saved by someone else are shown"))

    def _deleted_elsewhere(self) -> None:
        QMessageBox.warning(
            self,
            self.tr("Assessment deleted"),
            self.tr("This assessment was deleted in another window or by another person."),
        )
        self.close_requested.emit()

    def _resolve_conflict(self, conflict) -> bool:  # type: ignore[no-untyped-def]
        from wen_assess.ui.assessment.conflict_dialog import ConflictDialog

        if conflict.what == "profile":
            subject = self.tr("the network profile")
        elif conflict.what == "participants":
            subject = self.tr("the participants")
        elif conflict.what == "target":
            area = language.wording(self.controller.questionnaire).area(conflict.item_id)
            subject = self.tr("the target of {area}").format(area=f"{conflict.item_id} — {area}")
        else:
            words = language.wording(self.controller.questionnaire)
            subject = f"{conflict.item_id} — {words.item_title(conflict.item_id)}"
            if conflict.what == "plan":
                subject = self.tr("the action plan of {item}").format(item=subject)
        return ConflictDialog.ask(self, conflict, subject)

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
        if not isinstance(page, AreaPage) or self._entered_at.get(page.key) != self._changes:
            page.enter()
            self._entered_at[page.key] = self._changes
        self.stack.setCurrentWidget(page)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.pages) - 1)
        self.controller.remember_page(page.key)
        for shortcut in self.answer_shortcuts:
            shortcut.setEnabled(isinstance(page, AreaPage))
        if isinstance(page, AreaPage):
            page.scroll.verticalScrollBar().setValue(0)
            if not self.nav.hasFocus():
                self.place_focus()

    def _changed(self) -> None:
        """A saved change: the figures around the pages, and the page on screen (a hidden
        page refreshes when it is entered, so a click costs one page's refresh)."""
        self._changes += 1
        self._refresh_progress(self.controller.touched)
        page = self.current_page()
        if page.isVisible():
            page.refresh()

    def _refresh_progress(self, touched: frozenset[str] | None = None) -> None:
        """Only what changed is set: a click repaints a row or two, and the side panel is
        refitted only for a line wider than those it was fitted to. ``touched``: the items
        whose answers alone changed; an area page counts only its own answers, so the other
        areas' rows are not looked at."""
        self.progress.setValue(self.controller.result.items_answered)
        areas = None
        if touched is not None:
            area_of = self.controller.questionnaire.area_of
            areas = {area_of(item_id).code for item_id in touched}
        changed = {}
        shown = self._nav_texts
        for row, page in enumerate(self.pages):
            if areas is not None and isinstance(page, AreaPage) and page.area.code not in areas:
                continue
            text = f"{page.title}   {page.side_status()}".rstrip()
            if shown[row] != text:
                changed[row] = text
        wider = any(self._nav_width(t) > self._nav_widest for t in changed.values())
        # Told by its model, the list lays out and repaints every row for one new text: a
        # line no wider than the panel's needs only its row repainted. (A screen reader
        # learns of each change from the model: then the model tells.)
        quiet = not wider and not QAccessible.isActive()
        model = self.nav.model()
        was_blocked = model.blockSignals(quiet)
        try:
            for row, text in changed.items():
                self.nav.item(row).setText(text)
                shown[row] = text
        finally:
            model.blockSignals(was_blocked)
        if quiet:
            for row in changed:
                self.nav.viewport().update(self.nav.visualItemRect(self.nav.item(row)))
        record = self.controller.record
        self._update_heading(record.network.name, record.title)
        if wider:
            self._fit_nav()

    def _nav_width(self, text: str) -> int:
        """A side panel line's width in pixels (the counts and scores come round again)."""
        width = self._nav_widths.get(text)
        if width is None:
            if len(self._nav_widths) > 512:
                self._nav_widths.clear()
            width = self._nav_widths[text] = self.nav.fontMetrics().horizontalAdvance(text)
        return width

    def _fit_nav(self) -> None:
        """The side panel, the progress bar and the save status fitted to their texts."""
        self._nav_widest = section_frame.fit(
            self.nav, self.splitter, self.progress, self.saved_label
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the texts changed size
            self._nav_widths.clear()
            self._fit_nav()

    def _update_heading(self, network: str, title: str) -> None:
        shown = (network, title, self.controller.completed)
        if shown == self._heading_shown:  # as at most changes (a click): nothing to write
            return
        self._heading_shown = shown
        state = " · <b>{}</b>".format(self.tr("completed")) if self.controller.completed else ""
        # Written only when what it shows changed: a new text relays the window out.
        self.heading.setText(f"<b>{fmt.markup(network)}</b> — {fmt.markup(title)}{state}")

    def _show_saved(self, text: str) -> None:
        if self.saved_label.text() == QCoreApplication.translate(*section_frame.NOT_SAVED):
            set_text_colour(self.saved_label, SAVED_GREEN)
        self.saved_label.setText(text)
        self.saved.emit(text)

    def detach(self) -> None:
        """Stop showing the controller's signals (before a rebuilt view takes it over)."""
        c = self.controller
        c.failed.disconnect(self._show_failure)
        c.saved.disconnect(self._show_saved)
        c.changed.disconnect(self._changed)
        c.shown.disconnect(self._show_edit)

    def _show_failure(self, title: str, message: str) -> None:
        if title == QCoreApplication.translate(*section_frame.NOT_SAVED):
            set_text_colour(self.saved_label, ALERT_RED)
            self.saved_label.setText(title)
        QMessageBox.warning(self, title, message)
        self.current_page().enter()
