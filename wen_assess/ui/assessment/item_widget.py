"""One questionnaire item: its question, the levels with their meanings, N/A, notes, flag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from wen_assess import formatting as fmt
from wen_assess.questionnaire import Item, Questionnaire
from wen_assess.records import AnswerRecord
from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.saving_text import SavingText
from wen_assess.ui.flow_layout import FlowLayout
from wen_assess.ui.quiet_line import QuietLine
from wen_assess.ui.style import ACCENT, ALERT_RED
from wen_assess.vocabulary import LONG_TEXT_MAX

if TYPE_CHECKING:
    from wen_assess.questionnaire.language import Wording

# Button id of "Not applicable" (levels use their own values). Not negative: Qt reads -1 as
# "assign an id" and -1 is also what checkedId() returns when nothing is checked.
NA_ID = 1000
HIGHLIGHT_MS = 2500
FOCUS_MARK_WIDTH = 4  # px: the focused item's frame, thick enough to read across a room


class ItemWidget(QFrame):
    def __init__(
        self,
        item: Item,
        questionnaire: Questionnaire,
        controller: AssessmentController,
        parent=None,
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.item = item
        self.controller = controller
        self.setObjectName("item")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        words = self.wording(questionnaire)
        self.item_title = words.text(item.title)
        self.setAccessibleName(f"{item.id} {self.item_title}")
        self.focus_marked = False
        self._inside = QRect()  # within the focus mark: a repaint there does not reach it

        heading = QLabel(
            f"<b>{fmt.markup(self.item_title)}</b> <span style='color:#666'>{item.id}</span>"
        )
        heading.setWordWrap(True)
        self.critical_badge = _badge(self.tr("Critical item"), ALERT_RED) if item.critical else None
        self.carried_badge = _badge(self.tr("Carried over — not yet reviewed"), "#6a4c93")
        top = QHBoxLayout()
        top.addWidget(heading, 1)  # it wraps: give it the room, not a spacer
        if self.critical_badge:
            top.addWidget(self.critical_badge)
        top.addWidget(self.carried_badge)
        self._add_review_buttons(top)

        question = QLabel(words.text(item.question))
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        highest = questionnaire.scale.levels[-1]
        established = QLabel(
            "<span style='color:#555'><i>{}</i> {}</span>".format(
                self.tr("Level {level} ({name}) looks like:").format(
                    level=highest.value, name=fmt.markup(words.text(highest.label))
                ),
                fmt.markup(words.text(item.established)),
            )
        )
        established.setWordWrap(True)
        if item.evidence:
            established.setToolTip(
                self.tr("Evidence, for example: {list}").format(
                    list=language.joined(words.text(e) for e in item.evidence)
                )
            )

        self.group = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        self.meanings: dict[int, str] = {}
        choices = FlowLayout()
        for level in questionnaire.scale.levels:
            self._add_choice(
                choices,
                level.value,
                f"{level.value}  {words.text(level.label)}",
                words.text(level.meaning),
            )
        if questionnaire.scale.not_applicable:
            self._add_choice(
                choices, NA_ID,
                self.tr("N/A") + "  " + words.not_applicable(),
                self.tr("The item does not apply to this network (say why below)."),
            )  # fmt: skip
        self.group.idClicked.connect(self._choice_clicked)
        # One line for the meaning of the level chosen (or focused): compact, yet always read.
        self.meaning = QuietLine()  # a click changes it: repainted, not the page relaid out
        self.meaning.reserve(self.meanings.values())  # the room of the longest: nothing moves

        self.justification = QLineEdit(
            placeholderText=self.tr("Why does this item not apply? (required)")
        )
        self.justification.setAccessibleName(
            self.tr("{item} justification for Not applicable").format(item=item.id)
        )
        self.justification.setMaxLength(LONG_TEXT_MAX)
        self.justification_text = SavingText(
            self.justification,
            lambda text, shown: self.controller.set_answer(
                self.item.id, justification=text, seen={"justification": shown}
            ),
            with_base=True,
        )
        self.notes = QPlainTextEdit(
            placeholderText=self.tr("Notes and evidence: documents, minutes, links…")
        )
        self.notes.setAccessibleName(self.tr("{item} notes and evidence").format(item=item.id))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.notes_text = SavingText(
            self.notes,
            lambda text, shown: self.controller.set_answer(
                self.item.id, notes=text, seen={"notes": shown}
            ),
            max_length=LONG_TEXT_MAX,
            with_base=True,
        )
        self.flag = QCheckBox(self.tr("Flag for review"))
        self.flag.setAccessibleName(self.tr("{item} flag for review").format(item=item.id))
        self.flag.clicked.connect(
            lambda checked: self.controller.set_answer(self.item.id, flagged=checked)
        )

        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(self.flag, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setSpacing(3)  # compact: more items fit on a 768-pixel-high screen
        layout.setContentsMargins(9, 6, 9, 6)
        layout.addLayout(top)
        layout.addWidget(question)
        layout.addWidget(established)
        layout.addLayout(choices)
        layout.addWidget(self.meaning)
        layout.addWidget(self.justification)
        layout.addLayout(bottom)
        self.load()

    def wording(self, questionnaire: Questionnaire) -> Wording:
        """The questionnaire's texts as this item shows them: in the interface language."""
        return language.wording(questionnaire)

    def _add_choice(self, layout: FlowLayout, button_id: int, label: str, meaning: str) -> None:
        radio = QRadioButton(label)
        number, _, name = label.partition("  ")
        spoken = (
            self.tr("Level {level} – {name}").format(level=number, name=name)
            if button_id != NA_ID
            else name
        )
        radio.setAccessibleName(f"{spoken}: {meaning}")
        radio.setAccessibleDescription(f"{self.item.id} {self.item_title}")
        radio.setToolTip(meaning)
        self.group.addButton(radio, button_id)
        self.radios[button_id] = radio
        self.meanings[button_id] = self.tr("{level}: {meaning}").format(
            level=label.replace("  ", " "), meaning=meaning
        )
        layout.addWidget(radio)

    def show_meaning(self, button_id: int | None = None) -> None:
        """Show what a level means: the one given (e.g. focused), else the one chosen."""
        shown = button_id if button_id in self.meanings else self.chosen()
        self.meaning.setText(self.meanings.get(shown, "") if shown is not None else "")
        self.meaning.setVisible(shown is not None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        margin = 2 * FOCUS_MARK_WIDTH  # the mark, its rounded corners and their smoothing
        self._inside = self.rect().adjusted(margin, margin, -margin, -margin)
        super().resizeEvent(event)

    def set_focus_mark(self, marked: bool) -> None:
        self.focus_marked = marked
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.focus_marked and not self._inside.contains(event.rect()):
            # A thick frame (not colour alone) in the theme's highlight colour, which
            # high-contrast themes set too.
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_MARK_WIDTH)
            painter.setPen(pen)
            half = FOCUS_MARK_WIDTH // 2
            painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 4, 4)

    # ---- state ------------------------------------------------------------------------------

    def load(self, keep_typing: bool = False) -> None:
        """Show what is saved (also used to undo a refused change); ``keep_typing`` leaves a
        text the user is in, or has typed and not yet saved, as it is (another's change)."""
        answer = self.controller.answer(self.item.id)
        chosen = choice_of(answer)
        self.group.setExclusive(False)
        for button_id, radio in self.radios.items():
            radio.setChecked(button_id == chosen)
        self.group.setExclusive(True)
        self.justification.setVisible(chosen == NA_ID)
        for saving, text in (
            (self.justification_text, answer.justification if answer else ""),
            (self.notes_text, answer.notes if answer else ""),
        ):
            if not (keep_typing and (saving.pending or saving.widget.hasFocus())):
                saving.set_text(text)
        self.flag.setChecked(bool(answer and answer.flagged))
        self.carried_badge.setVisible(bool(answer and answer.carried_over))
        editable = not self.controller.completed
        for widget in (*self.radios.values(), self.justification, self.notes, self.flag):
            widget.setEnabled(editable)
        self._update_review_buttons()
        self._update_accessible_state(chosen)
        self.show_meaning()

    def chosen(self) -> int | None:
        button_id = self.group.checkedId()
        return button_id if button_id in self.radios else None

    def flush(self) -> None:
        self.justification_text.flush()
        self.notes_text.flush()

    def choose(self, button_id: int) -> None:
        """Pick a level (or N/A) as a click would."""
        if button_id in self.radios and self.radios[button_id].isEnabled():
            self.radios[button_id].setChecked(True)
            self._choice_clicked(button_id)

    def _choice_clicked(self, button_id: int) -> None:
        if button_id == NA_ID:
            ok = self.controller.set_answer(self.item.id, not_applicable=True)
            if ok:
                self.justification.setVisible(True)
                self.justification.setFocus()
        else:
            ok = self.controller.set_answer(self.item.id, level=button_id)
        self.load() if not ok else self._after_save()

    def _after_save(self) -> None:
        answer = self.controller.answer(self.item.id)
        self.carried_badge.setVisible(bool(answer and answer.carried_over))
        self._update_review_buttons()
        self.justification.setVisible(bool(answer and answer.not_applicable))
        self._update_accessible_state(self.chosen())
        self.show_meaning()

    def _update_accessible_state(self, chosen: int | None) -> None:
        state = self.tr("unanswered") if chosen is None else (
            self.tr("not applicable") if chosen == NA_ID
            else self.tr("level {level}").format(level=chosen)
        )  # fmt: skip
        question = self.wording(self.controller.questionnaire).text(self.item.question)
        self.setAccessibleDescription(
            self.tr("{question} Current answer: {state}.").format(question=question, state=state)
        )

    def highlight(self) -> None:
        """Mark the item briefly, so the eye finds it after a jump."""
        self.setStyleSheet(f"QFrame#item {{ border: 2px solid {ACCENT}; border-radius: 4px; }}")
        QTimer.singleShot(HIGHLIGHT_MS, self, lambda: self.setStyleSheet(""))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Digits pick a level and N picks N/A wherever focus is in the item, except in text.
        text = event.text().upper()
        if event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if text.isdigit() and int(text) in self.radios:
                self.choose(int(text))
                self.radios[int(text)].setFocus()
                return
            if text == "N" and NA_ID in self.radios:
                self.choose(NA_ID)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.clear():
                return
        super().keyPressEvent(event)

    # ---- clearing and confirming (undoable through the controller) ------------------------

    def _add_review_buttons(self, row: QHBoxLayout) -> None:
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(
            self.tr("Keep this carried-over answer as it is: mark it reviewed")
        )
        self.confirm_button.setAccessibleName(
            self.tr("{item}: confirm carried-over answer").format(item=self.item.id)
        )
        self.confirm_button.clicked.connect(self.confirm)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(
            self.tr("Remove the level or N/A (Delete); notes and flag stay")
        )
        self.clear_button.setAccessibleName(
            self.tr("{item}: clear answer").format(item=self.item.id)
        )
        self.clear_button.clicked.connect(self.clear)
        for button in (self.confirm_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(button)

    def _update_review_buttons(self) -> None:
        self.confirm_button.setVisible(self.can_confirm())
        self.clear_button.setVisible(self.can_clear())

    def can_confirm(self) -> bool:
        answer = self.controller.answer(self.item.id)
        return bool(answer and answer.carried_over) and not self.controller.completed

    def can_clear(self) -> bool:
        answer = self.controller.answer(self.item.id)
        answered = answer is not None and (answer.level is not None or answer.not_applicable)
        return answered and not self.controller.completed

    def clear(self) -> bool:
        """Back to unanswered, as the Clear button, Delete or the menus do."""
        if not self.can_clear():
            return False
        self.controller.clear_answer(self.item.id)
        self.load()
        return True

    def confirm(self) -> None:
        self.controller.confirm([self.item.id])
        self.load()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().exec(event.globalPos())

    def context_menu(self) -> QMenu:
        """What a right click on the item offers."""
        menu = QMenu(self)
        clear = menu.addAction(self.tr("Clear answer"), self.clear)
        clear.setEnabled(self.can_clear())
        confirm = menu.addAction(self.tr("Confirm carried-over answer"), self.confirm)
        confirm.setEnabled(self.can_confirm())
        menu.addSeparator()
        flag = menu.addAction(self.tr("Flag for review"), lambda: self.flag.click())
        flag.setCheckable(True)
        flag.setChecked(self.flag.isChecked())
        flag.setEnabled(self.flag.isEnabled())
        menu.addAction(self.tr("&History of this item…"), self.show_history)
        return menu

    def show_history(self) -> None:
        """Who changed this item's answer, note, flag or plan entry, newest first."""
        from wen_assess.ui.history_view import HistoryDialog

        self.flush()
        entries = self.controller.history(self.item.id)
        title = self.tr("History of {item} — {title}").format(
            item=self.item.id, title=self.item_title
        )
        HistoryDialog(title, entries, show_items=False, parent=self).exec()


def choice_of(answer: AnswerRecord | None) -> int | None:
    """The button id an answer stands for: its level, NA_ID, or None when unanswered."""
    if answer is None:
        return None
    return NA_ID if answer.not_applicable else answer.level


def _badge(text: str, colour: str) -> QLabel:
    badge = QLabel(text)
    badge.setStyleSheet(
        f"color: white; background: {colour}; border-radius: 3px; padding: 1px 6px; font-size: 9pt;"
    )
    return badge
