"""The main window: the library, and the assessment wizard when one is open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from wen_assess import usecases
from wen_assess.paths import ASSESSMENT_SUFFIX
from wen_assess.storage.service import AssessmentService, ServiceError
from wen_assess.ui import language, settings, zoom
from wen_assess.ui.file_drop import accept_files, dropped_files
from wen_assess.ui.language import write_problem
from wen_assess.ui.library import LibraryWidget
from wen_assess.ui.user_name import apply_saved_name, ask_name
from wen_assess.vocabulary import LANGUAGE_NAMES, LANGUAGES

if TYPE_CHECKING:
    from wen_assess.ui.assessment.item_widget import ItemWidget
    from wen_assess.ui.assessment.view import AssessmentView
    from wen_assess.ui.compare import CompareView


def file_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "WEN assessment files ({patterns});;All files (*)"
    ).format(patterns=f"*{ASSESSMENT_SUFFIX} *.json")


class MainWindow(QMainWindow):
    def __init__(self, service: AssessmentService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        apply_saved_name(service)  # who this person's changes are recorded as
        language.ensure_installed()  # English plural forms ("1 item") too
        self.setAcceptDrops(True)
        self.library = LibraryWidget()
        self.view: AssessmentView | None = None  # the open assessment, if any
        self.comparison_view: CompareView | None = None  # the open comparison, if any
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.setCentralWidget(self.stack)

        self._connect_library()
        self._build_menus()
        self._show_database()
        self._restore_geometry()
        self.wheel_zoom = zoom.WheelZoom(self.zoom, self)
        self.refresh_library()

    def _connect_library(self) -> None:
        lib = self.library
        lib.model.band_name = self._band_name
        lib.new_requested.connect(self.new_assessment)
        lib.open_requested.connect(self.open_assessment)
        lib.reassess_requested.connect(self.reassess)
        lib.import_requested.connect(self.import_dialog)
        lib.export_requested.connect(self.export_dialog)
        lib.report_requested.connect(self.report_dialog)
        lib.delete_requested.connect(self.delete)
        lib.demo_requested.connect(self.add_demos)
        lib.fill_requested.connect(self.fill_dialog)
        lib.compare_requested.connect(self.compare_assessments)
        lib.selection_changed.connect(self._update_actions)

    def _band_name(self, summary) -> str | None:  # type: ignore[no-untyped-def]
        """A library row's band in the interface language (English needs no questionnaire).
        Start-up does not wait for the questionnaires to be read: the rows show the engine's
        (English) names until then, and are refreshed once they are."""
        registry = self.service.registry
        if summary.overall_band is None or language.current() == "en" or not registry.is_loaded:
            return summary.overall_band
        try:
            q = registry.get(summary.questionnaire_id, summary.questionnaire_version)
            return language.wording(q).band(summary.overall_band)
        except KeyError:  # not installed here (UnknownQuestionnaire), or a band it lacks
            return summary.overall_band

    def _show_database(self) -> None:
        database = self.service.database
        title = self.tr("wen-assess — WEN self-assessment")
        if database.location.is_server:  # which shared database: its password hidden
            title = self.tr("wen-assess — {name}").format(name=database.label)
        self.setWindowTitle(title)
        self.statusBar().showMessage(self.tr("Database: {name}").format(name=database.label))

    # ---- interface language ------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the interface to ``code`` now, and for the next start."""
        settings.save_interface_language(code)
        if code != language.current():
            language.install(code)
            self.setLocale(QLocale(code))  # spin boxes and calendars: "2,5", "décembre"
            self.retranslate()

    def retranslate(self) -> None:
        """Build every widget again in the language just installed, keeping what the user has
        open: the assessment (page, item, undo history, scroll), the comparison (baseline,
        scroll), the library's selection, filter and sorting, and typed text (saved first)."""
        from wen_assess.ui.rebuild import rebuild_window

        rebuild_window(self)
        for form in self._response_forms():
            if form.isVisible():
                form.rebuilt()

    def _build_language_menu(self, parent_menu) -> None:  # type: ignore[no-untyped-def]
        menu = parent_menu.addMenu(self.tr("&Language"))
        menu.setToolTipsVisible(True)
        group = QActionGroup(menu)
        for code in LANGUAGES:
            act = QAction(LANGUAGE_NAMES[code], menu)  # each name in its own language
            act.setCheckable(True)
            act.setChecked(code == language.current())
            act.setData(code)
            act.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(act)
            menu.addAction(act)
        menu.addSeparator()
        note = menu.addAction(self.tr("Translation draft, not reviewed by ICCWC"))
        note.setEnabled(False)
        self.language_menu = menu

    # ---- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(menu, text, slot, shortcut=None):  # type: ignore[no-untyped-def]
            act = QAction(text, menu)  # rebuilt with its menu when the language changes
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        action(
            file_menu,
            self.tr("&New assessment…"),
            self.new_assessment,
            QKeySequence.StandardKey.New,
        )
        self.open_action = action(
            file_menu,
            self.tr("&Open"),
            self._on_current(self.open_assessment),
            QKeySequence.StandardKey.Open,
        )
        file_menu.addSeparator()
        action(file_menu, self.tr("&Import…"), self.import_dialog, "Ctrl+I")
        action(file_menu, self.tr("&Fill in a response form…"), self.fill_dialog)
        self.export_action = action(
            file_menu, self.tr("&Export…"), self._on_current(self.export_dialog), "Ctrl+E"
        )
        self.report_action = action(
            file_menu,
            self.tr("Export &report (PDF)…"),
            self._on_current(self.report_dialog),
            "Ctrl+R",
        )
        self.plan_action = action(
            file_menu,
            self.tr("Export action &plan (Excel or CSV)…"),
            self._on_current(self.plan_dialog),
        )
        file_menu.addSeparator()
        action(file_menu, self.tr("Add &demo assessments"), self.add_demos)
        action(file_menu, self.tr("Your &name…"), lambda: ask_name(self, self.service))
        file_menu.addSeparator()
        action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self._build_edit_menu(action)

        assessment_menu = self.menuBar().addMenu(self.tr("&Assessment"))
        self.library_action = action(
            assessment_menu, self.tr("Back to &library"), self.show_library, "Ctrl+L"
        )
        self.reassess_action = action(
            assessment_menu, self.tr("&Re-assess…"), self._on_current(self.reassess)
        )
        self.compare_action = action(
            assessment_menu, self.tr("&Compare selected"), self._compare_selected, "Ctrl+M"
        )
        self.responses_action = action(
            assessment_menu,
            self.tr("Member r&esponses…"),
            lambda: self.responses_dialog(),
            "Ctrl+Shift+R",
        )
        self.delete_action = action(
            assessment_menu,
            self.tr("&Delete…"),
            self._on_current(self.delete),
            QKeySequence.StandardKey.Delete,
        )
        self.history_action = action(
            assessment_menu, self.tr("&History…"), self._on_current(self.show_history), "Ctrl+H"
        )
        self._build_view_menu(action)
        self._build_help_menu(action)
        self._update_actions()

    def _build_view_menu(self, action) -> None:  # type: ignore[no-untyped-def]
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        zoom.add_actions(view_menu, self)
        view_menu.addSeparator()
        self.present_action = action(view_menu, self.tr("&Presentation"), self.present, "F11")
        self.find_action = action(
            view_menu, self.tr("&Find item…"), self.find_item, QKeySequence.StandardKey.Find
        )
        view_menu.addSeparator()
        self.reset_columns_action = action(
            view_menu, self.tr("Reset &column widths"), self.reset_columns
        )
        view_menu.addSeparator()
        self._build_language_menu(view_menu)

    def _build_help_menu(self, action) -> None:  # type: ignore[no-untyped-def]
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        action(
            help_menu,
            self.tr("User &guide"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
        )
        action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/")
        help_menu.addSeparator()
        action(
            help_menu,
            self.tr("&About wen-assess"),
            self.show_about,
        )

    # The help and the dialogs are imported when first opened: start-up does not pay for the
    # Qt classes of windows a session may never show.
    def show_guide(self) -> None:
        from wen_assess.ui.help import GuideDialog

        GuideDialog(self).exec()

    def show_shortcuts(self) -> None:
        from wen_assess.ui.help import ShortcutSheet

        ShortcutSheet(self).exec()

    def show_about(self) -> None:
        from wen_assess.ui.dialogs import show_about

        show_about(self, self.service.registry.latest())

    # ---- view: zoom, presentation, find, columns --------------------------------------

    def zoom(self, direction: int) -> None:
        zoom.step_in(self, direction)

    def _open_view(self) -> AssessmentView | None:
        return (
            self.view if self.view is not None and self.stack.currentWidget() is self.view else None
        )

    def present(self) -> None:
        """Full-screen presentation of the current area page, from the item with the focus."""
        from wen_assess.ui.assessment.pages import AreaPage
        from wen_assess.ui.presentation import PresentationView

        view = self._open_view()
        page = view.current_page() if view is not None else None
        if not isinstance(page, AreaPage):
            self.statusBar().showMessage(
                self.tr("Presentation shows an area page: open one first."), 5000
            )
            return
        assert view is not None
        page.flush()
        self.presentation = PresentationView(
            view.controller, page.area, page.item_with_focus(), self
        )
        # A wrong key in front of the room is undone where it was pressed.
        self.presentation.addActions([self.undo_action, self.redo_action])
        self.presentation.showFullScreen()
        self.wheel_zoom.watch(self.presentation)
        self.presentation.finished.connect(lambda _: self._end_presentation(view, page))

    def _end_presentation(self, view: AssessmentView, page) -> None:  # type: ignore[no-untyped-def]
        item_id = self.presentation.item_id
        self.presentation.deleteLater()
        if self.view is view:
            page.enter()  # shows the answers given in the presentation
            self.activateWindow()
            page.focus_item(item_id)

    def find_item(self) -> None:
        from wen_assess.ui.find import FindDialog

        view = self._open_view()
        if view is None:  # in the library, Find is its filter
            self.library.filter_edit.setFocus()
            self.library.filter_edit.selectAll()
            return
        dialog = FindDialog(view.controller.questionnaire, self)
        if dialog.exec() == FindDialog.DialogCode.Accepted and (item_id := dialog.chosen()):
            self.activateWindow()  # focus comes back from the dialog to the item
            view.jump_to_item(item_id)

    def reset_columns(self) -> None:
        if (view := self._open_view()) is not None:
            view.page("plan").reset_widths()  # type: ignore[attr-defined]

    def _restore_geometry(self) -> None:
        """Where the user left it, but never larger than the screen it is on now."""
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        fit_to_screen(self)

    def _build_edit_menu(self, action) -> None:  # type: ignore[no-untyped-def]
        """Undo/Redo of the open assessment's edits (their texts name the edit), and the
        answer commands that act on the item being worked on."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.aboutToShow.connect(self._edit_menu_opening)
        if not hasattr(self, "undo_group"):  # kept across a language switch
            self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(edit_menu, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(edit_menu, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.clear_action = action(
            edit_menu, self.tr("C&lear answer"), self._on_item(lambda i: i.clear())
        )
        self.confirm_action = action(
            edit_menu, self.tr("&Confirm carried-over answer"), self._on_item(lambda i: i.confirm())
        )
        self.confirm_area_action = action(
            edit_menu, self.tr("Confirm &all carried-over answers in this area"), self._confirm_area
        )
        self.item_history_action = action(
            edit_menu,
            self.tr("Item &history…"),
            self._on_item(lambda i: i.show_history()),
            "Ctrl+Shift+H",
        )

    def _edit_menu_opening(self) -> None:
        """Save a half-typed note (an edit to undo too) and name the item the entries act on."""
        item = None
        if self.view is not None:
            self.view.flush()
            item = self.view.current_item()
        if item is not None:
            self.clear_action.setText(self.tr("C&lear answer of {item}").format(item=item.item.id))
            self.confirm_action.setText(
                self.tr("&Confirm carried-over answer of {item}").format(item=item.item.id)
            )
        else:
            self.clear_action.setText(self.tr("C&lear answer"))
            self.confirm_action.setText(self.tr("&Confirm carried-over answer"))
        if item is not None:
            self.clear_action.setEnabled(item.can_clear())
            self.confirm_action.setEnabled(item.can_confirm())

    def _on_item(self, act: Callable[[ItemWidget], object]) -> Callable[[], None]:
        def slot() -> None:
            item = self.view.current_item() if self.view is not None else None
            if item is None:
                self.statusBar().showMessage(self.tr("Click an item first"), 5000)
            else:
                act(item)

        return slot

    def _confirm_area(self) -> None:
        page = self.view.current_page() if self.view is not None else None
        if page is not None and hasattr(page, "confirm_all"):
            page.confirm_all()
        else:
            self.statusBar().showMessage(self.tr("Open an area of the questionnaire first"), 5000)

    def _current_id(self) -> int | None:
        if self.view is not None and self.stack.currentWidget() is self.view:
            return self.view.assessment_id
        return self.library.current_id()

    def _update_actions(self) -> None:
        current = self._current_id() is not None
        in_library = self.stack.currentWidget() is self.library
        for act in (self.export_action, self.report_action, self.plan_action, self.reassess_action):
            act.setEnabled(current)
        self.history_action.setEnabled(current)
        self.open_action.setEnabled(in_library and current)
        self.delete_action.setEnabled(in_library and current)
        self.library_action.setEnabled(not in_library)
        in_view = self._open_view() is not None
        for act in (
            self.clear_action,
            self.confirm_action,
            self.confirm_area_action,
            self.item_history_action,
        ):
            act.setEnabled(in_view)
        self.find_action.setEnabled(in_library or in_view)
        for act in (self.present_action, self.reset_columns_action, self.responses_action):
            act.setEnabled(in_view)
        self.compare_action.setEnabled(in_library and len(self.library.selected_ids()) >= 2)

    def _on_current(self, act: Callable[[int], object]) -> Callable[[], None]:
        """A menu slot doing ``act`` on the open assessment, or the one selected in the list."""

        def slot() -> None:
            if (current := self._current_id()) is not None:
                act(current)

        return slot

    # ---- library and navigation --------------------------------------------------------

    def refresh_library(self) -> None:
        self.library.set_summaries(self.service.list_summaries())

    def show_library(self) -> None:
        opened = None
        if self.view is not None:
            self.view.flush()
            self.view.controller.store_page()
            self.view.controller.stop_polling()
            opened = self.view.assessment_id
            self.undo_group.removeStack(self.view.controller.undo_stack)
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if self.comparison_view is not None:
            self.stack.removeWidget(self.comparison_view)
            self.comparison_view.deleteLater()
            self.comparison_view = None
        self.refresh_library()
        self.stack.setCurrentWidget(self.library)
        if opened is not None:
            self.library.select_id(opened)
        self._update_actions()

    def open_assessment(self, assessment_id: int) -> None:
        from wen_assess.ui.assessment.view import AssessmentView  # built on first open

        if self.view is not None:
            self.show_library()
        try:
            view = AssessmentView(self.service, assessment_id)
        except ServiceError as error:
            self._error(self.tr("Cannot open the assessment"), language.core_message(error))
            return
        self._show_view(view)
        view.place_focus()  # focus can only be given once the view is shown
        self._update_actions()

    def _show_view(self, view: AssessmentView) -> None:
        view.close_requested.connect(self.show_library)
        view.report_requested.connect(self.report_dialog)
        view.plan_export_requested.connect(self.plan_dialog)
        view.saved.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.view = view
        self.undo_group.addStack(view.controller.undo_stack)
        self.undo_group.setActiveStack(view.controller.undo_stack)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)

    def responses_dialog(self, forms: list[Path] | None = None) -> None:
        """Members' response forms of the open assessment: make, import (``forms`` at once,
        when dropped on the window), consolidate, agree."""
        from wen_assess.ui.responses import ResponsesDialog

        if (view := self._open_view()) is None:
            return
        view.flush()
        try:
            dialog = ResponsesDialog(view.controller, self)
        except ServiceError as error:
            self._error(self.tr("Cannot show the responses"), language.core_message(error))
            return
        if forms:
            QTimer.singleShot(0, lambda: dialog.import_paths(forms))
        dialog.exec()

    def _compare_selected(self) -> None:
        if len(ids := self.library.selected_ids()) >= 2:
            self.compare_assessments(ids)

    def compare_assessments(self, assessment_ids: list[int]) -> None:
        from wen_assess.compare import ComparisonError, compare, load_assessments
        from wen_assess.ui.compare import CompareView
        from wen_assess.ui.compare.engine_words import left_out_label

        try:
            assessments = load_assessments(self.service, assessment_ids)
            comparison = compare(assessments)
        except (ComparisonError, ServiceError) as error:
            message = language.core_message(error)
            self._error(self.tr("Cannot compare"), message[:1].upper() + message[1:] + ".")
            return
        # A mixed selection compares its largest compatible group; the view names the rest (and
        # keeps naming them when another baseline is chosen).
        view = CompareView(assessments, comparison)
        self._show_comparison(view)
        view.place_focus()
        self._update_actions()
        if comparison.left_out:
            left = ", ".join(left_out_label(left) for left in comparison.left_out)
            self.statusBar().showMessage(
                self.tr(
                    "Compared %n assessments; left out {left} (no item in common)",
                    "",
                    len(comparison.entries),
                ).format(left=left),
                15000,
            )

    def _show_comparison(self, view: CompareView) -> None:
        view.close_requested.connect(self.show_library)
        view.saved.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.comparison_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)

    # ---- actions -----------------------------------------------------------------------

    def new_assessment(self) -> None:
        from wen_assess.ui.dialogs import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.service.registry.latest(), self)
        if dialog.exec() != NewAssessmentDialog.DialogCode.Accepted:
            return
        q = dialog.selected().questionnaire
        self._make_and_open(
            self.tr("Cannot create the assessment"),
            lambda: self.service.create(
                q.id,
                dialog.network.text(),
                version=q.version,
                region=dialog.region.text().strip(),
                assessment_date=dialog.assessment_date(),
                language=dialog.working_language(),
            ),
        )

    def reassess(self, assessment_id: int) -> None:
        baseline = self.service.get(assessment_id).record
        title, ok = QInputDialog.getText(
            self,
            self.tr("Re-assess"),
            self.tr(
                "A new assessment of {network} starts from this one's answers, each "
                "marked 'carried over' until someone reviews it.\n\nTitle of the new assessment:"
            ).format(network=baseline.network.name),
            text=self.tr("{network} re-assessment").format(network=baseline.network.name),
        )
        if ok:
            self._make_and_open(
                self.tr("Cannot re-assess"),
                lambda: self.service.reassess(assessment_id, title=title.strip()),
            )

    def _make_and_open(self, refused: str, make: Callable[[], int]) -> None:
        """Open the assessment ``make`` creates, or say why the service refused (``refused``:
        the message's title)."""
        try:
            assessment_id = make()
        except ServiceError as error:
            self._error(refused, language.core_message(error))
            return
        self.open_assessment(assessment_id)

    def delete(self, assessment_id: int) -> None:
        record = self.service.get(assessment_id).record
        answer = QMessageBox.question(
            self,
            self.tr("Delete assessment"),
            self.tr(
                "Delete “{title}” of {network}?\n\n"
                "Its answers, notes and action plan are removed from this computer. "
                "This cannot be undone; export it first to keep a copy."
            ).format(title=record.title, network=record.network.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(assessment_id)
        except ServiceError as error:
            self._error(self.tr("Cannot delete"), language.core_message(error))
        self.refresh_library()

    def add_demos(self) -> None:
        from wen_assess.demo import add_demo_assessments

        try:
            added = add_demo_assessments(self.service)
        except ServiceError as error:
            self._error(self.tr("Cannot add the demo assessments"), language.core_message(error))
            return
        self.refresh_library()
        self.statusBar().showMessage(
            self.tr("Added %n demo assessments", "", len(added))
            if added
            else self.tr("The demo assessments are already there"),
            5000,
        )

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import assessments"), settings.last_folder(), file_filter()
        )
        if paths:
            settings.remember_folder(paths[0])
            self.import_paths([Path(p) for p in paths])

    def fill_dialog(self) -> None:
        """A member's response form (`.response.wen.json`), opened to be filled in."""
        from wen_assess.ui.responses.fill_window import response_file_filter

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Fill in a response form"), settings.last_folder(),
            response_file_filter(),
        )  # fmt: skip
        if path:
            settings.remember_folder(path)
            self.fill_form(Path(path))

    def fill_form(self, path: Path) -> QWidget | None:
        """The window filling in ``path``; None when the file cannot be used (said why)."""
        from wen_assess.ui.responses.fill_window import open_response_form

        return open_response_form(path, self.service.registry, self)

    def open_files(self, paths: list[Path]) -> None:
        """Files dropped on the window or named on the command line: a response form is
        imported into the open assessment (the coordinator's Member responses), else opened
        to be filled in (a member); any other file is imported as an assessment."""
        from wen_assess.responses.filling import is_response_file, is_response_workbook

        workbooks = [p for p in paths if is_response_workbook(p)]  # Excel response forms
        forms = [p for p in paths if is_response_file(p)]
        others = [p for p in paths if p not in forms and p not in workbooks]
        if (forms or workbooks) and self._open_view() is not None:
            self.responses_dialog(forms + workbooks)
        else:
            for path in forms:
                self.fill_form(path)
            if workbooks:  # a member's Excel form, with no assessment to import it into
                QMessageBox.information(
                    self,
                    self.tr("Response form in Excel"),
                    self.tr(
                        "{file} is the Excel version of a response form: fill it in with Excel "
                        "or LibreOffice. To fill it in here, open the .response.wen.json file "
                        "that came with it. A coordinator imports filled forms from an open "
                        "assessment (Assessment › Member responses)."
                    ).format(file=", ".join(p.name for p in workbooks)),
                )
        if others:
            self.import_paths(others)

    def import_paths(self, paths: list[Path]) -> None:
        from wen_assess.exchange import import_files, summary_line

        outcomes = import_files(self.service, paths)
        self.refresh_library()
        imported = [o for o in outcomes if o.status == "imported"]
        if imported and imported[-1].assessment_id is not None:
            self.library.select_id(imported[-1].assessment_id)
        lines = [
            f"{Path(o.path).name}: {language.core_text(o.message)}"
            if o.says_word
            else f"{Path(o.path).name}: {language.core(o.word)} — {language.core_text(o.message)}"
            for o in outcomes
        ]
        rejected = any(o.refused for o in outcomes)
        box = QMessageBox.warning if rejected else QMessageBox.information
        summary = summary_line(outcomes, language.core) + (
            self.tr(" (a file that is not imported changes nothing).") if rejected else "."
        )
        box(self, self.tr("Import"), summary + "\n\n" + "\n".join(lines))

    def show_history(self, assessment_id: int) -> None:
        """Who changed what in the assessment, newest first."""
        from wen_assess.ui.history_view import HistoryDialog

        if self.view is not None:
            self.view.flush()
        try:
            record = self.service.get(assessment_id).record
            entries = self.service.history(assessment_id)
        except ServiceError as error:
            self._error(self.tr("History"), language.core_message(error))
            return
        title = self.tr("History of {network} — {title}").format(
            network=record.network.name, title=record.title
        )
        HistoryDialog(title, entries, parent=self).exec()

    def export_dialog(self, assessment_id: int) -> None:
        from wen_assess.exchange import ExchangeError, export_assessment

        record = self.service.get(assessment_id).record
        suggested = Path(settings.last_folder()) / _file_name(
            record.network.name, record.assessment_date, ASSESSMENT_SUFFIX
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export assessment"), str(suggested), file_filter()
        )
        if not path:
            return
        settings.remember_folder(path)
        if self.view is not None:
            self.view.flush()
        record = self.service.get(assessment_id, with_history=True).record  # it travels too
        try:
            written = export_assessment(record, path, self.service.registry)
        except (ExchangeError, KeyError) as error:
            self._error(self.tr("Export failed"), language.core_message(error))
            return
        self.statusBar().showMessage(
            self.tr("Exported to {path} (checked by reading it back)").format(path=written), 8000
        )

    def report_dialog(self, assessment_id: int) -> None:
        self._write_dialog(assessment_id, _REPORT)

    def write_report(self, assessment_id: int, path: Path) -> Path | None:
        return self._write(assessment_id, path, _REPORT)

    def plan_dialog(self, assessment_id: int) -> None:
        self._write_dialog(assessment_id, _PLAN)

    def write_plan(self, assessment_id: int, path: Path) -> Path | None:
        return self._write(assessment_id, path, _PLAN)

    def _write_dialog(self, assessment_id: int, output: _Output) -> None:
        record = self.service.get(assessment_id).record
        name = _file_name(record.network.name, record.assessment_date, output.suffix)
        path, language = ask_output(
            self,
            self.tr(output.caption),
            str(Path(settings.last_folder()) / name),
            self.tr(output.filter),
            record.language,
        )
        if path:
            settings.remember_folder(path)
            self._write(assessment_id, Path(path), output, language)

    def _write(
        self, assessment_id: int, path: Path, output: _Output, language: str | None = None
    ) -> Path | None:
        if self.view is not None:
            self.view.flush()
        assessment = usecases.load(self.service, assessment_id)
        try:
            self.setCursor(Qt.CursorShape.WaitCursor)
            written = output.write(assessment, path, language)
        except OSError as error:
            self._error(self.tr(output.failure), f"{path}: {write_problem(error)}.")
            return None
        finally:
            self.unsetCursor()
        self.statusBar().showMessage(self._written(output, assessment, written), 8000)
        return written

    def _written(self, output: _Output, assessment: usecases.Assessment, path: Path) -> str:
        # Here, not in _Output: lupdate before Qt 6.12 misses a plural text outside a class.
        if output is _PLAN:
            n = len(assessment.plan)
            return self.tr("Action plan (%n entries) written to {path}", "", n).format(path=path)
        return self.tr("Report written to {path}").format(path=path)

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # ---- window events -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if paths := dropped_files(event):
            self.open_files(paths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # now the window frame's size is known
        self.wheel_zoom.watch(self)  # the window exists now

    def save_pending(self) -> None:
        """Save text typed but not yet saved, and where the user is (before the app ends)."""
        if self.view is not None:
            self.view.flush()
            self.view.controller.store_page()
        for form in self._response_forms():
            form.flush()

    def _response_forms(self) -> list[Any]:
        """The members' form windows this window opened (FillWindow, found by name: importing
        its module here would load it at every close)."""
        return self.findChildren(
            QMainWindow, RESPONSE_FORM_NAME, Qt.FindChildOption.FindDirectChildrenOnly
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        from wen_assess.ui.presentation import PresentationView

        # A full-screen presentation would outlive its window and keep the app running.
        for presentation in self.findChildren(PresentationView):
            presentation.close()
        for form in self._response_forms():
            if not form.close():  # answers the file does not hold, and the member cancelled
                event.ignore()
                return
        self.save_pending()
        settings.save_window_geometry(self.saveGeometry())
        super().closeEvent(event)


RESPONSE_FORM_NAME = "response-form"  # a member's form window's object name


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move the window so that it lies inside its screen's free area."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if window.isMaximized() or window.isFullScreen():
        return
    window.resize(width, height)
    x = min(max(frame.x(), room.x()), room.right() - width - extra_w + 1)
    y = min(max(frame.y(), room.y()), room.bottom() - height - extra_h + 1)
    window.move(x, y)


def ask_output(
    parent: QWidget, caption: str, suggested: str, file_filter: str, language: str
) -> tuple[str, str]:
    """The save dialog of the report and the plan, with the language to write it in (the
    assessment's working language first): (path or "" when cancelled, language)."""
    from wen_assess.ui.dialogs import language_combo

    dialog = QFileDialog(parent, caption, suggested, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    # A native dialog cannot take the extra field; Qt's own one can.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    combo = language_combo(language)
    grid = dialog.layout()
    if isinstance(grid, QGridLayout):
        row = grid.rowCount()
        label = QLabel(QCoreApplication.translate("MainWindow", "&Language:"))
        label.setBuddy(combo)
        grid.addWidget(label, row, 0)
        grid.addWidget(combo, row, 1)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", language
    return dialog.selectedFiles()[0], str(combo.currentData())


def _file_name(network: str, when, suffix: str) -> str:  # type: ignore[no-untyped-def]
    safe = (
        "".join(c if c.isalnum() or c in "-_" else "-" for c in network).strip("-") or "assessment"
    )
    return f"{safe}-{when.isoformat() if when else 'undated'}{suffix}"


@dataclass(frozen=True)
class _Output:
    """A file the user can ask for from the menu: the PDF report or the action plan."""

    caption: str
    suffix: str
    filter: str
    failure: str
    write: Callable[[usecases.Assessment, Path, str | None], Path]


# Captions are marked here and translated where they are shown (MainWindow's tr()).
_REPORT = _Output(
    caption=QT_TRANSLATE_NOOP("MainWindow", "Export report"),
    suffix="-report.pdf",
    filter="PDF (*.pdf)",
    failure=QT_TRANSLATE_NOOP("MainWindow", "Report not written"),
    write=usecases.write_report,
)
_PLAN = _Output(
    caption=QT_TRANSLATE_NOOP("MainWindow", "Export action plan"),
    suffix="-action-plan.xlsx",
    filter=QT_TRANSLATE_NOOP(
        "MainWindow", "Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)"
    ),
    failure=QT_TRANSLATE_NOOP("MainWindow", "Action plan not written"),
    write=usecases.write_plan,
)
