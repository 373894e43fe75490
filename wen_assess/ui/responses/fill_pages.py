"""The pages of the response-form window: one per area (the wizard's item widgets, showing
the form's language), and the last one, which says what to do with the file."""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.questionnaire import Area, Questionnaire
from wen_assess.questionnaire.language import Wording, in_language
from wen_assess.ui.assessment.item_widget import ItemWidget
from wen_assess.ui.assessment.pages.area import first_open, focus_on, follow_focus
from wen_assess.ui.assessment.pages.base import page_heading
from wen_assess.ui.responses.fill_controller import FillController
from wen_assess.ui.style import ALERT_RED, set_text_colour


class ResponseItemWidget(ItemWidget):
    """The wizard's item, for a member's response: no flag, no review marks, no history."""

    def __init__(self, item, questionnaire: Questionnaire, controller: FillController) -> None:  # type: ignore[no-untyped-def]
        super().__init__(item, questionnaire, controller)  # type: ignore[arg-type]
        self.flag.hide()  # the response format has no flag
        self.clear_button.setToolTip(self.tr("Remove the level or N/A (Delete); notes stay"))

    def wording(self, questionnaire: Questionnaire) -> Wording:
        """In the form's language (English where the questionnaire has no translation)."""
        return in_language(questionnaire, self.controller.language)  # type: ignore[attr-defined]

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        clear = menu.addAction(self.tr("Clear answer"), self.clear)
        clear.setEnabled(self.can_clear())
        return menu


class FillAreaPage(QWidget):
    """One area's items, made when the page is first shown."""

    def __init__(self, controller: FillController, area: Area, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.area = controller, area
        words = in_language(controller.questionnaire, controller.language)
        self.title = f"{area.code} · {words.text(area.name)}"
        self.items: dict[str, ResponseItemWidget] = {}
        self.marked: ResponseItemWidget | None = None
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            page_heading(
                fmt.markup(words.text(area.name)), fmt.markup(words.text(area.description))
            )
        )
        layout.addWidget(self.scroll, 1)

    def build(self) -> None:
        if self.items:
            return
        q = self.controller.questionnaire
        content = QWidget()
        column = QVBoxLayout(content)
        for item in self.area.items:
            widget = ResponseItemWidget(item, q, self.controller)
            self.items[item.id] = widget
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll.setWidget(content)

    def flush(self) -> None:
        for widget in self.items.values():
            widget.flush()

    def focus_item(self, item_id: str | None = None) -> None:
        """The item (else the first not answered, else the first), on its chosen level."""
        self.build()
        item_id = item_id or self.first_open_item() or self.area.items[0].id
        focus_on(self.scroll, self.items[item_id])

    def first_open_item(self) -> str | None:
        return first_open(self.area, self.controller.answer)

    def focus_moved(self, new: QWidget | None) -> None:
        """Mark the item holding the focus (the wizard's frame) and keep it in view."""
        self.marked = follow_focus(self.scroll, self.items, self.marked, new)  # type: ignore[assignment]


class SendPage(QWidget):
    """The end: where the file is, to send it to the coordinator, and what is left open."""

    jump = Signal(str)  # an item to go back to
    save_as_requested = Signal()

    def __init__(self, controller: FillController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.title = self.tr("Send to your coordinator")
        self.words = in_language(controller.questionnaire, controller.language)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.location = QLabel()
        self.location.setTextFormat(Qt.TextFormat.PlainText)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setAccessibleName(self.tr("The file to send"))
        self.not_saved = QLabel()
        self.not_saved.setWordWrap(True)
        self.not_saved.setTextFormat(Qt.TextFormat.PlainText)
        set_text_colour(self.not_saved, ALERT_RED)
        self.not_saved.setText(
            self.tr(
                "The file does not hold your last changes: keep them in another file with "
                "Save as…, and send that one."
            )
        )
        self.folder_button = QPushButton(self.tr("&Open folder"))
        self.folder_button.setToolTip(self.tr("Show the file in its folder, to attach it"))
        self.folder_button.clicked.connect(self.open_folder)
        self.save_as_button = QPushButton(self.tr("Save &as…"))
        self.save_as_button.clicked.connect(self.save_as_requested.emit)
        self.open_label = QLabel()
        self.open_label.setWordWrap(True)
        self.open_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_items = QListWidget()
        self.open_items.setAccessibleName(self.tr("Items left open"))
        self.open_items.itemActivated.connect(
            lambda row: self.jump.emit(row.data(Qt.ItemDataRole.UserRole))
        )
        self.open_label.setBuddy(self.open_items)

        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.save_as_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_heading(fmt.markup(self.tr("Send this file to your coordinator"))))
        layout.addWidget(self.summary)
        layout.addWidget(self.location)
        layout.addWidget(self.not_saved)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.open_label)
        layout.addWidget(self.open_items, 1)

    def refresh(self) -> None:
        progress = self.controller.form.progress()
        self.summary.setText(
            self.tr(
                "{answered} of {total} items answered. Your answers are saved in this file as "
                "you give them: when you have finished, send it to your coordinator (attached "
                "to an e-mail, for example), who imports it into the network's assessment."
            ).format(answered=progress.items_answered, total=progress.items_total)
        )
        self.location.setText(QDir.toNativeSeparators(str(self.controller.path)))
        # The banner above says why; here, what it means for the file to send.
        self.not_saved.setVisible(self.controller.save_problem is not None)
        self.open_items.clear()
        for item_id in progress.missing_justifications:
            self._add(item_id, self.tr("Not applicable: say why it does not apply"))
        for item_id in progress.still_to_assess:
            self._add(item_id, self.tr("not answered"))
        count = self.open_items.count()
        self.open_label.setText(
            self.tr(
                "Left open ({count}): you may leave out items you cannot judge; only the items "
                "you answer are counted. Double-click one to answer it."
            ).format(count=count)
            if count
            else self.tr("Every item is answered.")
        )
        self.open_items.setVisible(bool(count))

    def _add(self, item_id: str, state: str) -> None:
        item = self.controller.questionnaire.item(item_id)
        row = QListWidgetItem(f"{item_id}  {self.words.text(item.title)} — {state}")
        row.setData(Qt.ItemDataRole.UserRole, item_id)
        self.open_items.addItem(row)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.controller.path.parent)))
