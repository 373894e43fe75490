"""Member responses of one open assessment: make the forms, import the filled ones (file dialog
or drag and drop), see per item what the members said, and set the network's agreed level.

The agreed level is saved through the assessment's controller, as a click on the item's page
would be: one committed change, one step to undo, scored by the one engine. The proposal is
only offered ("Use proposal"), never applied by itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess.errors import AppError
from wen_assess.responses import text as words
from wen_assess.responses.consolidation import ItemView
from wen_assess.responses.reader import Target
from wen_assess.responses.workflow import (
    EXISTS,
    REJECTED,
    Consolidation,
    consolidation_of,
    import_responses,
    save_read,
)
from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.file_drop import accept_files, dropped_files
from wen_assess.ui.responses.distribution import DistributionDelegate, colour_of
from wen_assess.ui.responses.model import ITEM, LEVELS, ItemsModel, interface_words

NOT_SET, NOT_APPLICABLE = -1, -2
FORM_SUFFIXES = (".xlsx", ".json")


class ResponsesDialog(QDialog):
    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.service = controller.service
        self.setAcceptDrops(True)
        self.setObjectName("member-responses")
        self.setWindowTitle(self.tr("Member responses — {network}").format(
            network=controller.record.network.name))  # fmt: skip
        q = controller.questionnaire
        self.q = q
        # The questionnaire's texts and the values in the interface language (a switch of
        # language rebuilds the window, and this dialog with it when reopened).
        self.language = language.current()
        checksum = self.service.registry.get_loaded(q.id, q.version).checksum
        self._checksum = checksum
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.forms_button = QPushButton(self.tr("Make &forms…"))
        self.import_button = QPushButton(self.tr("&Import responses…"))
        self.agenda_button = QPushButton(self.tr("Workshop &agenda…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.forms_button.clicked.connect(self.make_forms)
        self.import_button.clicked.connect(self.import_dialog)
        self.agenda_button.clicked.connect(self.show_agenda)
        self.close_button.clicked.connect(self.accept)

        self.model = ItemsModel(q, self.language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Items and what the members said"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(LEVELS, DistributionDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The bar needs room to be read; it takes what the other columns leave, at least this.
        header.setSectionResizeMode(LEVELS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setMinimumWidth(560)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())

        self.item_heading = QLabel()
        self.item_heading.setWordWrap(True)
        self.item_heading.setTextFormat(Qt.TextFormat.RichText)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.said = QTableWidget(0, 3)
        self.said.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Level"), self.tr("Notes")])
        self.said.setAccessibleName(self.tr("Who said what"))
        self.said.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.said.verticalHeader().hide()
        self.said.setWordWrap(True)
        said_header = self.said.horizontalHeader()
        said_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        said_header.resizeSection(0, 140)  # a long name wraps (word wrap) rather than crowd
        said_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        said_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.use_proposal = QPushButton()
        self.use_proposal.setAccessibleName(self.tr("Use the proposal as the agreed level"))
        self.use_proposal.clicked.connect(self._use_proposal)
        self.agreed = QComboBox()
        self.agreed.setAccessibleName(self.tr("Agreed level"))
        agreed_label = QLabel(self.tr("A&greed level:"))
        agreed_label.setBuddy(self.agreed)
        self.agreed.addItem(self.tr("— not agreed yet —"), NOT_SET)
        for level in q.scale.levels:
            self.agreed.addItem(words.level_text(q, level.value, self.language), level.value)
        if q.scale.not_applicable:
            self.agreed.addItem(words.not_applicable_text(q, self.language), NOT_APPLICABLE)
        self.agreed.activated.connect(self._pick_agreed)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addWidget(self.item_heading)
        detail_layout.addWidget(self.question)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.said, 1)
        agree_row = QHBoxLayout()
        agree_row.addWidget(agreed_label)
        agree_row.addWidget(self.agreed, 1)
        detail_layout.addLayout(agree_row)
        detail_layout.addWidget(self.use_proposal)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        detail.setMinimumWidth(300)

        buttons = QHBoxLayout()
        for button in (self.forms_button, self.import_button, self.agenda_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self._use_proposal)
        self.resize(1000, 660)
        self.refresh()

    def _legend(self) -> str:
        """What the bar's colours mean, as coloured squares before each level."""
        steps = [
            (colour_of(n).name(), str(level.value)) for n, level in enumerate(self.q.scale.levels)
        ]
        steps.append((colour_of(None).name(), self.tr("N/A")))
        squares = " ".join(f"<span style='color:{c}'>■</span>&nbsp;{t}" for c, t in steps)
        return self.tr("Bars: how many members gave each level: {squares}").format(squares=squares)

    # ---- reading -----------------------------------------------------------------------

    def target(self) -> Target:
        record = self.controller.record.model_copy(
            update={"responses": self.service.responses(self.controller.assessment_id)}
        )
        return Target(self.q, record, self._checksum)

    def refresh(self) -> None:
        """Re-read the responses and show them; the selected item stays selected."""
        current = self.current_view()
        self.consolidation: Consolidation = consolidation_of(self.target())
        agreed = {a.item_id: a for a in self.controller.record.answers}
        self.model.set_views(self.consolidation.views, agreed)
        responses = self.consolidation.responses
        countries = sorted({r.country for r in responses})
        members = self.controller.record.network.member_countries
        if responses:
            text = self.tr("Responses received: {n}. Countries: {countries}.").format(
                n=len(responses), countries=", ".join(countries)
            )
            if members:
                missing = [c for c in members if c not in countries]
                if missing:
                    text += " " + self.tr("Not yet answered: {countries}.").format(
                        countries=", ".join(missing)
                    )
            disagreements = sum(1 for v in self.consolidation.views if v.disagreement)
            text += " " + self.tr(
                "Items where members disagree by two levels or more (⚠): {n}. ★ critical item."
            ).format(n=disagreements)
        else:
            text = self.tr(
                "No responses yet. Make a form for each member, send them out, then import the "
                "filled forms here (or drop them on this window)."
            )
        self.summary.setText(text)
        row = 0
        if current is not None:
            row = next(
                (n for n, v in enumerate(self.model.views) if v.item_id == current.item_id), 0
            )
        self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, ITEM)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_item()

    def current_view(self) -> ItemView | None:
        index = self.table.currentIndex() if hasattr(self, "model") else None
        if index is None or not index.isValid() or index.row() >= len(self.model.views):
            return None
        return self.model.views[index.row()]

    def _show_item(self) -> None:
        view = self.current_view()
        if view is None:
            return
        item = self.q.item(view.item_id)
        tr = interface_words(self.language)
        marks = []
        if view.critical:
            marks.append(self.tr("critical item"))
        if view.disagreement:
            marks.append(self.tr("members disagree"))
        heading = f"<b>{item.id} · {_escape(item.title.get(self.language))}</b>"
        if marks:
            heading += f" <span style='color:#a04000'>({', '.join(marks)})</span>"
        self.item_heading.setText(heading)
        self.question.setText(item.question.get(self.language))
        self.facts.setText(
            self.tr(
                "Answered by {answered} of {responses}. Levels: {distribution}. "
                "Median {median}, range {range}."
            ).format(
                answered=view.answered,
                responses=view.responses,
                distribution=words.distribution_text(view, tr),
                median=words.median_text(view, self.language),
                range=words.range_text(view),
            )
        )
        said = [s for s in view.said if s.level is not None or s.not_applicable or s.justification
                or s.notes]  # fmt: skip
        self.said.setRowCount(len(said))
        for row, s in enumerate(said):
            notes = "\n".join(t for t in (s.justification, s.notes) if t)
            for column, text in enumerate(
                (s.who, words.said_text(self.q, s.level, s.not_applicable, tr), notes)
            ):
                self.said.setItem(row, column, QTableWidgetItem(text))
        self.said.resizeRowsToContents()
        proposal = words.proposal_text(self.q, view.proposal, tr)
        self.use_proposal.setText(self.tr("Use &proposal: {level}").format(level=proposal))
        self.use_proposal.setEnabled(view.proposal is not None and not self.controller.completed)
        self.agreed.setEnabled(not self.controller.completed)
        self._show_agreed(view.item_id)

    def _show_agreed(self, item_id: str) -> None:
        answer = self.controller.answer(item_id)
        value = NOT_SET
        if answer is not None and answer.not_applicable:
            value = NOT_APPLICABLE
        elif answer is not None and answer.level is not None:
            value = answer.level
        self.agreed.setCurrentIndex(max(self.agreed.findData(value), 0))

    # ---- the agreed level --------------------------------------------------------------

    def _use_proposal(self) -> None:
        view = self.current_view()
        if view is None or view.proposal is None:
            return
        if view.proposal.not_applicable:
            self._save_agreed(view.item_id, NOT_APPLICABLE)
        else:
            self._save_agreed(view.item_id, view.proposal.level)

    def _pick_agreed(self, index: int) -> None:
        view = self.current_view()
        if view is not None:
            self._save_agreed(view.item_id, self.agreed.itemData(index))

    def _save_agreed(self, item_id: str, value: int | None) -> None:
        if value == NOT_SET:
            saved = self.controller.clear_answer(item_id)
        elif value == NOT_APPLICABLE:
            saved = self.controller.set_answer(item_id, not_applicable=True)
        else:
            saved = self.controller.set_answer(item_id, level=value)
        if saved:
            self.model.set_agreed(self.controller.answer(item_id), item_id)
        self._show_agreed(item_id)

    # ---- forms, import, agenda ---------------------------------------------------------

    def make_forms(self) -> None:
        from wen_assess.ui.responses.forms_dialog import MakeFormsDialog

        dialog = MakeFormsDialog(self.controller, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written:
            QMessageBox.information(
                self,
                self.tr("Forms made"),
                self.tr(
                    "%n form(s) written in {folder}: an Excel workbook and a response file per "
                    "member. Send each member theirs.",
                    "",
                    len(dialog.written) // 2,
                ).format(folder=dialog.folder),
            )

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import filled response forms"),
            "",
            self.tr("Response forms (*.xlsx *.json);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        assessment_id = self.controller.assessment_id
        lines, rejected = [], 0
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            outcomes = list(import_responses(self.service, assessment_id, paths))
        except AppError as error:
            self.unsetCursor()
            QMessageBox.warning(self, self.tr("Not imported"), language.core_message(error))
            return
        self.unsetCursor()
        for outcome in outcomes:
            if outcome.status == EXISTS and outcome.response is not None:
                answer = QMessageBox.question(
                    self,
                    self.tr("Replace a response?"),
                    self.tr(
                        "{message}.\n\nReplace the earlier response with the one in {file}?"
                    ).format(
                        message=language.core_text(_refusal(outcome.message)),
                        file=Path(outcome.path).name,
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    outcome = save_read(
                        self.service, assessment_id, outcome.path, outcome.response,
                        replace=True, items=len(self.q.items),
                    )  # fmt: skip
            rejected += outcome.status == REJECTED
            lines.append(
                self.tr("{file}: {status}: {message}").format(
                    file=Path(outcome.path).name,
                    status=self._status_word(outcome.status),
                    message=language.core_text(outcome.message),
                )
            )
        self.refresh()
        show = QMessageBox.warning if rejected else QMessageBox.information
        show(self, self.tr("Responses imported"), "\n\n".join(lines))

    def _status_word(self, status: str) -> str:
        return {
            "imported": self.tr("imported"),
            "replaced": self.tr("replaced"),
            "exists": self.tr("kept the earlier response"),
            "same": self.tr("already imported"),
            "rejected": self.tr("rejected"),
        }[status]

    def show_agenda(self) -> None:
        from wen_assess.ui.responses.agenda_dialog import AgendaDialog

        # Read again: agreed levels set in this window since it opened show as agreed.
        self.consolidation = consolidation_of(self.target())
        AgendaDialog(self.consolidation, self.controller, self).exec()

    # ---- drag and drop -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if paths := dropped_files(event):
            self.import_paths(paths)


def _refusal(message: str) -> str:
    """Why a response was not imported, without the "; not imported" the outcome adds."""
    params = getattr(message, "params", {})
    return params.get("refusal", message.removesuffix("; not imported"))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
