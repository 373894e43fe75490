"""A member fills in their response form (`.response.wen.json`): who it is for, the items area
by area as in the wizard, each change written to the file at once, and at the end where the
file is, to send it to the coordinator.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.exchange.errors import ExchangeError
from wen_assess.questionnaire import Registry
from wen_assess.responses.filling import ResponseForm, open_form
from wen_assess.responses.response_file import RESPONSE_SUFFIX
from wen_assess.ui import language, section_frame, settings, zoom
from wen_assess.ui.assessment.saving_text import SavingText
from wen_assess.ui.main_window import RESPONSE_FORM_NAME, fit_to_screen
from wen_assess.ui.quiet_line import QuietLine
from wen_assess.ui.responses.fill_controller import FillController
from wen_assess.ui.responses.fill_pages import FillAreaPage, SendPage
from wen_assess.ui.section_buttons import section_buttons
from wen_assess.ui.style import ALERT_RED, SAVED_GREEN, set_text_colour
from wen_assess.vocabulary import SHORT_TEXT_MAX


def response_file_filter() -> str:
    return QCoreApplication.translate(
        "FillWindow", "Response forms ({patterns});;All files (*)"
    ).format(patterns=f"*{RESPONSE_SUFFIX}")


def _window_filling(path: Path, besides: QWidget | None = None) -> FillWindow | None:
    """The open form window (other than ``besides``) writing ``path``, or the same file under
    another name (a link, another spelling of the folder)."""
    for window in QApplication.topLevelWidgets():
        if (
            isinstance(window, FillWindow)
            and window is not besides
            and window.isVisible()
            and _same_file(window.controller.path, path)
        ):
            return window
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return a.resolve() == b.resolve()


def open_response_form(path: Path, registry: Registry, parent: QWidget | None) -> FillWindow | None:
    """The window filling in ``path``, shown; None after saying why the file cannot be used
    (nothing is written to it)."""
    if (window := _window_filling(path)) is not None:
        # Already open: a second window would overwrite the first one's answers.
        window.showNormal()
        window.activateWindow()
        return window
    try:
        form = open_form(path, registry)
    except ExchangeError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FillWindow", "Cannot open the response form"),
            language.core_message(error),
        )
        return None
    window = FillWindow(form, parent)
    window.show()
    window.place_focus()
    return window


class FillWindow(QMainWindow):
    def __init__(
        self,
        form: ResponseForm,
        parent: QWidget | None = None,
        controller: FillController | None = None,
    ):
        """``controller``: the one of the window this one replaces (a language switch)."""
        super().__init__(parent)
        self.setObjectName(RESPONSE_FORM_NAME)  # how the main window finds its forms
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.Window)
        self.controller = controller or FillController(form)
        self.controller.setParent(self)
        self._replaced = False  # by itself in another language: closed without asking
        for signal, slot in self._controller_links():
            signal.connect(slot)
        who = form.document.respondent
        member = f"{who.country} — {who.agency}" if who.agency else who.country
        self.setWindowTitle(self.tr("Response form — {member}").format(member=member))
        self.banner = self._failure_banner()
        self.note = QLabel(  # the installed questionnaire's text differs from the form's
            self.tr(
                "The questionnaire installed here is not the very file the form was made "
                "with: its wording may differ a little from your coordinator's."
            )
        )
        self.note.setWordWrap(True)
        self.note.setVisible(form.other_text)
        self.back_button, self.next_button = section_buttons(self, self.go)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        pages = self._pages(form)  # before the menus, which reach the last page
        self._build_menus()
        bottom = QHBoxLayout()
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self._header(form, member))
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(pages, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.wheel_zoom = zoom.WheelZoom(lambda direction: zoom.step_in(self, direction), self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        self._refresh_progress()
        self._fit()
        if self.controller.save_problem is not None:  # said already, by the window replaced
            self._show_unsaved(self.controller.save_problem, tell=False)
        self.nav.setCurrentRow(0)
        self.resize(1200, 780)
        fit_to_screen(self)

    def _header(self, form: ResponseForm, member: str) -> QVBoxLayout:
        """Whose response this is, its progress and save state, and the respondent's name."""
        document = form.document
        heading = QLabel(
            "<b>{}</b> — {}<br>{}".format(
                fmt.markup(document.assessment.network),
                fmt.markup(document.assessment.title),
                self.tr("Response of <b>{member}</b>").format(member=fmt.markup(member)),
            )
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.name = QLineEdit(document.respondent.name)
        self.name.setMaxLength(SHORT_TEXT_MAX)
        self.name.setPlaceholderText(self.tr("the focal point who answers"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 36)
        name_label = QLabel(self.tr("&Your name:"))
        name_label.setBuddy(self.name)
        self.name_text = SavingText(self.name, self.controller.set_name)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Items answered"))
        total = len(form.questionnaire.items)
        self.progress.setRange(0, total)
        self.progress.setFormat(self.tr("%v of %m items answered"))
        self.saved_label = QuietLine(
            colour=SAVED_GREEN,
            wrap=False,
            centred=True,
            name=self.tr("Save status"),
            on_window=True,
        )
        self.saved_label.setText(section_frame.saved_word())
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.progress)
        top.addWidget(self.saved_label)
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.name)
        name_row.addStretch(1)
        header = QVBoxLayout()
        header.addLayout(top)
        header.addLayout(name_row)
        return header

    def _pages(self, form: ResponseForm) -> QSplitter:
        """The areas and the last page, with the side panel to move between them."""
        self.areas = [FillAreaPage(self.controller, a) for a in form.questionnaire.areas]
        self.send_page = SendPage(self.controller)
        self.send_page.jump.connect(self.jump_to_item)
        self.send_page.save_as_requested.connect(self.save_as)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Areas of the form"))
        self.stack = QStackedWidget()
        for page in (*self.areas, self.send_page):
            self.stack.addWidget(page)
            self.nav.addItem(page.title)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.itemClicked.connect(lambda _: self.place_focus())
        self.nav.itemActivated.connect(lambda _: self.place_focus())
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        return splitter

    def _fit(self) -> None:
        section_frame.fit(self.nav, self.splitter, self.progress, self.saved_label)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the texts changed size
            self._fit()

    def _failure_banner(self) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        set_text_colour(self.banner_text, ALERT_RED)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.clicked.connect(lambda: self.controller.save())
        save_as = QPushButton(self.tr("Save &as…"))
        save_as.clicked.connect(self.save_as)
        row = QHBoxLayout(banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.retry_button)
        row.addWidget(save_as)
        banner.hide()
        return banner

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        save_as = file_menu.addAction(self.tr("Save &as…"), self.save_as)
        save_as.setShortcut(QKeySequence.StandardKey.SaveAs)
        file_menu.addAction(self.tr("&Open folder"), self.send_page.open_folder)
        file_menu.addSeparator()
        close = file_menu.addAction(self.tr("&Close"), self.close)
        close.setShortcut(QKeySequence.StandardKey.Close)
        zoom.add_actions(self.menuBar().addMenu(self.tr("&View")), self)

    # ---- pages -------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def go(self, step: int) -> None:
        row = self.nav.currentRow() + step
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)
            self.place_focus()

    def _show_page(self, row: int) -> None:
        self.flush()
        page = self.stack.widget(row)
        if isinstance(page, FillAreaPage):
            page.build()
        else:
            self.send_page.refresh()
        self.stack.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.nav.count() - 1)

    def place_focus(self) -> None:
        page = self.current_page()
        if isinstance(page, FillAreaPage):
            page.focus_item(page.marked.item.id if page.marked is not None else None)
        else:
            self.send_page.folder_button.setFocus()

    def jump_to_item(self, item_id: str) -> None:
        area = self.controller.questionnaire.area_of(item_id)
        page = next(p for p in self.areas if p.area.code == area.code)
        self.nav.setCurrentRow(self.areas.index(page))
        page.focus_item(item_id)
        page.items[item_id].highlight()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.current_page()
        if isinstance(page, FillAreaPage):
            page.focus_moved(new)

    # ---- saving ------------------------------------------------------------------------

    def flush(self) -> None:
        """Save what is typed but not yet saved."""
        self.name_text.flush()
        for page in self.areas:
            page.flush()

    def _refresh_progress(self) -> None:
        self.progress.setValue(self.controller.form.progress().items_answered)

    def _show_saved(self, text: str) -> None:
        set_text_colour(self.saved_label, SAVED_GREEN)
        self.saved_label.setText(text)
        self.banner.hide()
        self.statusBar().showMessage(text, 4000)
        if self.current_page() is self.send_page:
            self.send_page.refresh()

    def _show_unsaved(self, problem: str, tell: bool = True) -> None:
        first = tell and not self.banner.isVisible()
        set_text_colour(self.saved_label, ALERT_RED)
        self.saved_label.setText(QCoreApplication.translate(*section_frame.NOT_SAVED))
        self.statusBar().clearMessage()  # an earlier "Saved 14:32:05" would contradict it
        message = self.tr(
            "Your answers could not be written to {path}: {problem}. They are kept in this "
            "window: try again, or use Save as… to keep them in another file."
        ).format(path=self.controller.path, problem=problem)
        self.banner_text.setText(message)
        self.banner.show()
        if self.current_page() is self.send_page:
            self.send_page.refresh()
        if first:  # said once; the banner stays until a write succeeds
            QMessageBox.warning(self, QCoreApplication.translate(*section_frame.NOT_SAVED), message)

    def _show_refused(self, message: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate(*section_frame.NOT_SAVED), message)

    def save_as(self) -> bool:
        """Write the answers to another file, which the window then keeps filling in."""
        self.flush()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the response form as"), str(self.controller.path),
            response_file_filter(),
        )  # fmt: skip
        if not path:
            return False
        if not path.lower().endswith(".json"):  # the name says what it is ("… (1).json" does)
            path += RESPONSE_SUFFIX
        settings.remember_folder(path)
        if _window_filling(Path(path), besides=self) is not None:
            # Two windows writing one file would each put back their own answers in turn.
            self._show_save_as_failed(
                path, self.tr("another response-form window has this file open: close it first")
            )
            return False
        return self.controller.save(Path(path))

    def _show_save_as_failed(self, path: str, problem: str) -> None:
        QMessageBox.warning(
            self,
            QCoreApplication.translate(*section_frame.NOT_SAVED),
            self.tr(
                "Your answers could not be written to {path}: {problem}. Nothing else changed: "
                "the window keeps filling in {current}."
            ).format(path=path, problem=problem, current=self.controller.path),
        )

    def _controller_links(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        """What this window shows of its controller (connected, and let go on a rebuild)."""
        c = self.controller
        return [
            (c.saved, self._show_saved),
            (c.unsaved, self._show_unsaved),
            (c.save_as_failed, self._show_save_as_failed),
            (c.refused, self._show_refused),
            (c.changed, self._refresh_progress),
        ]

    def rebuilt(self) -> FillWindow:
        """This window made again in the interface language just installed: the same answers,
        file and save state, on the same page and place."""
        self.flush()
        row = self.nav.currentRow()
        page = self.current_page()
        place = None  # the item holding the focus, and how far the page was scrolled
        if isinstance(page, FillAreaPage) and page.items:
            marked = page.marked.item.id if page.marked is not None else None
            place = (marked, page.scroll.verticalScrollBar().value())
        for signal, slot in self._controller_links():  # the controller goes to the new window
            signal.disconnect(slot)
        clone = FillWindow(self.controller.form, self.parentWidget(), self.controller)
        clone.setGeometry(self.geometry())
        clone.show()
        clone.nav.setCurrentRow(row)
        if place is not None:
            marked, scrolled = place
            again = clone.current_page()
            assert isinstance(again, FillAreaPage)
            if marked is not None:  # the item in hand, in view (texts wrap anew)
                again.focus_item(marked)
            else:  # as far down as it was, once laid out in the new language
                bar = again.scroll.verticalScrollBar()
                QTimer.singleShot(0, bar, lambda: bar.setValue(scrolled))
        self._replaced = True
        self.close()
        return clone

    # ---- window events -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.wheel_zoom.watch(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if (
            not self._replaced
            and self.controller.save_problem is not None
            and not self._leave_unsaved()
        ):
            event.ignore()
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        super().closeEvent(event)

    def _leave_unsaved(self) -> bool:
        """Asked on closing with answers the file does not hold: True to close anyway."""
        button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate(*section_frame.NOT_SAVED),
            self.tr(
                "Your last answers are not in the file: {problem}. Save them in another file "
                "before closing?"
            ).format(problem=self.controller.save_problem),
            button.Save | button.Discard | button.Cancel,
            button.Save,
        )
        if answer == button.Save:
            return self.save_as()
        return answer == button.Discard
