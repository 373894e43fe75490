"""Presentation mode (F11): the current area's items one at a time, full screen, in large type.

For the projector in a workshop: the room reads the question and what each level means, the
coordinator answers with 0-3 / N (or a click), moves with the arrow keys or PgUp/PgDn, and
leaves with Esc or F11. Answers go through the assessment's controller, saved as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.questionnaire import Area
from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.item_widget import NA_ID, choice_of
from wen_assess.ui.assessment.undo import Where

SCALE = 2.0  # type size against the interface's
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp)


class PresentationView(QDialog):
    def __init__(
        self,
        controller: AssessmentController,
        area: Area,
        item_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.area = area
        self.item_ids = [item.id for item in area.items]
        self.index = self.item_ids.index(item_id) if item_id in self.item_ids else 0
        self.words = language.wording(controller.questionnaire)
        self.setWindowTitle(
            self.tr("Presentation — {area}").format(area=self.words.text(area.name))
        )
        self.setAccessibleName(self.tr("Presentation view"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self.where = _label(wrap=False)
        self.where.setAccessibleName(self.tr("Area and position"))
        self.title = _label()
        self.title.setAccessibleName(self.tr("Item"))
        self.question = _label()
        self.question.setAccessibleName(self.tr("Question"))
        self.established = _label()
        self.group = QButtonGroup(self)
        self.choices: dict[int, QRadioButton] = {}
        scale = controller.questionnaire.scale
        words = self.words
        options = [
            (lv.value, f"{lv.value}  {words.text(lv.label)}", words.text(lv.meaning))
            for lv in scale.levels
        ]
        if scale.not_applicable:
            options.append((NA_ID, f"N  {words.not_applicable()}", self.tr("Does not apply.")))
        # Level names in one column, their meanings beside them, wrapping on a narrow projector.
        choices = QGridLayout()
        choices.setColumnStretch(1, 1)
        choices.setVerticalSpacing(10)
        for row, (button_id, label, meaning) in enumerate(options):
            radio = QRadioButton(label)
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the view
            radio.setAccessibleName(f"{label.replace('  ', ' ')}: {meaning}")
            self.group.addButton(radio, button_id)
            self.choices[button_id] = radio
            choices.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            explanation = _label()
            explanation.setText(meaning)
            explanation.setBuddy(radio)
            choices.addWidget(explanation, row, 1, Qt.AlignmentFlag.AlignTop)
        self.group.idClicked.connect(self.answer)
        self.hint = _label()
        self.hint.setText(
            self.tr(
                "0–3 or N answers · ← → or PgUp/PgDn: other items · Esc or F11: back to the page"
            )
        )
        self.hint.setEnabled(False)  # drawn grey, in the same large type
        self.status = _label(wrap=False)
        self.status.setAccessibleName(self.tr("Answer status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.where)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.established)
        layout.addSpacing(12)
        layout.addLayout(choices)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        controller.shown.connect(self._show_undone)
        self.show_item()

    @property
    def item_id(self) -> str:
        return self.item_ids[self.index]

    def show_item(self) -> None:
        q = self.controller.questionnaire
        item = q.item(self.item_id)
        highest = q.scale.levels[-1]
        words = self.words
        where = self.tr("{code} · {area} — item {position} of %n", "", len(self.item_ids))
        self.where.setText(
            where.format(
                code=self.area.code, area=words.text(self.area.name), position=self.index + 1
            )
            + (" · " + self.tr("critical item") if item.critical else "")
        )
        self.title.setText(
            f"<b>{fmt.markup(words.text(item.title))}</b> <span style='color:#666'>{item.id}</span>"
        )
        self.question.setText(words.text(item.question))
        looks_like = QCoreApplication.translate("ItemWidget", "Level {level} ({name}) looks like:")
        looks_like = looks_like.format(
            level=highest.value, name=fmt.markup(words.text(highest.label))
        )
        self.established.setText(f"<i>{looks_like}</i> {fmt.markup(words.text(item.established))}")
        chosen = choice_of(self.controller.answer(item.id))
        self.group.setExclusive(False)
        for button_id, radio in self.choices.items():
            radio.setChecked(button_id == chosen)
            bold = radio.font()
            bold.setBold(button_id == chosen)  # the answer reads from the back of the room
            radio.setFont(bold)
            radio.setEnabled(not self.controller.completed)
        self.group.setExclusive(True)
        self.status.setText(_status(chosen, self.controller.completed))

    def answer(self, button_id: int) -> None:
        if self.controller.completed:
            return
        if button_id == NA_ID:
            self.controller.set_answer(self.item_id, not_applicable=True)
        else:
            self.controller.set_answer(self.item_id, level=button_id)
        self.show_item()  # shows what was stored (a refused change is undone)

    def _show_undone(self, where: Where) -> None:
        """An undo or redo (Ctrl+Z / Ctrl+Y work here too): show the item it changed."""
        if where.item_id in self.item_ids:
            self.index = self.item_ids.index(where.item_id)
        self.show_item()

    def move(self, step: int) -> None:  # type: ignore[override]
        self.index = min(max(self.index + step, 0), len(self.item_ids) - 1)
        self.show_item()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().upper()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.accept()
        elif key in NEXT_KEYS:
            self.move(+1)
        elif key in PREVIOUS_KEYS:
            self.move(-1)
        elif text.isdigit() and int(text) in self.choices:
            self.answer(int(text))
        elif text == "N" and NA_ID in self.choices:
            self.answer(NA_ID)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.accept()
        super().closeEvent(event)


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    return label


def _status(chosen: int | None, completed: bool) -> str:
    if completed:
        return QCoreApplication.translate(
            "PresentationView", "This assessment is completed: reopen it to change answers."
        )
    if chosen is None:
        return QCoreApplication.translate("PresentationView", "Not answered yet.")
    if chosen == NA_ID:
        return QCoreApplication.translate(
            "PresentationView",
            "Not applicable — write why in the item's justification after the session.",
        )
    return QCoreApplication.translate("PresentationView", "Answered: level {level}. Saved.").format(
        level=chosen
    )
