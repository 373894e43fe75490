"""One area of the questionnaire: its items, and its score so far."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.questionnaire import Area
from wen_assess.records import AnswerRecord
from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.item_widget import ItemWidget
from wen_assess.ui.assessment.pages.base import Page, page_heading
from wen_assess.ui.quiet_line import QuietLine


class AreaPage(Page):
    def __init__(self, controller: AssessmentController, area: Area, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.area = area
        self.key = f"area:{area.code}"
        q = controller.questionnaire
        words = language.wording(q)
        self.title = f"{area.code} · {words.text(area.name)}"
        # Changes with each click: a painted line, so a new score never relays the page out.
        self.summary = QuietLine(
            colour=None,
            centred=True,
            name=self.tr("{area} progress").format(area=words.text(area.name)),
            on_window=True,
        )
        # The items are made when the page is first needed (entered, searched, focused):
        # opening an assessment does not make the five areas' 47 items at once.
        self._items: dict[str, ItemWidget] | None = None
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(words.text(area.name), words.text(area.description)))
        self.confirm_all_button = QPushButton()
        self.confirm_all_button.setToolTip(
            self.tr("Keep every carried-over answer of this area as it is: mark them reviewed")
        )
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self._button_shown: tuple[int, bool] | None = None  # (carried-over count, completed)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.confirm_all_button)
        layout.addLayout(summary_row)
        layout.addWidget(self.scroll, 1)
        self._update_summary()
        self.marked: ItemWidget | None = None  # the item holding the keyboard focus
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    @property
    def items(self) -> dict[str, ItemWidget]:
        """The area's item widgets, by item id (made on first use)."""
        if self._items is None:
            q, controller = self.controller.questionnaire, self.controller
            self._items = {item.id: ItemWidget(item, q, controller) for item in self.area.items}
            content = QWidget()
            column = QVBoxLayout(content)
            for widget in self._items.values():
                column.addWidget(widget)
            column.addStretch(1)
            self.scroll.setWidget(content)
            # The scroll area asks for new room, which setWidget() does not say itself.
            self.scroll.updateGeometry()
        return self._items

    @property
    def built(self) -> dict[str, ItemWidget]:
        """The item widgets made so far (none before the page is first needed)."""
        return self._items or {}

    @classmethod
    def build(cls, controller: AssessmentController) -> Sequence[Page]:
        """One page per area of the questionnaire, in its order."""
        return tuple(cls(controller, area) for area in controller.questionnaire.areas)

    def _update_summary(self) -> None:
        r = self.controller.result.area(self.area.code)
        lang = language.current()
        band = language.wording(self.controller.questionnaire).band(r.band)
        text = self.tr(
            "{answered} of %n items answered · score {score} · band {band}", "", r.items_total
        ).format(
            answered=r.items_answered,
            score=fmt.percent(r.score, language=lang),
            band=fmt.band(band, language=lang),
        )
        if r.capped:
            text += " " + self.tr("(capped: critical item {items} at a low level)").format(
                items=", ".join(r.capping_items)
            )
        self.summary.setText(text)
        carried = len(self.carried_items())
        button = (carried, self.controller.completed)
        if button == self._button_shown:  # as after most clicks: the button stays as it is
            return
        self._button_shown = button
        self.confirm_all_button.setVisible(bool(carried) and not self.controller.completed)
        self.confirm_all_button.setText(
            self.tr("Confirm all %n carried-over answers in this area", "", carried)
        )

    def carried_items(self) -> list[str]:
        answers = (self.controller.answer(item.id) for item in self.area.items)
        return [a.item_id for a in answers if a is not None and a.carried_over]

    def confirm_all(self) -> None:
        """Keep every carried-over answer of the area as it is (one save, one undo step)."""
        self.flush()
        self.controller.confirm(
            self.carried_items(), self.tr("all in {area}").format(area=self.area.code)
        )
        self.enter()

    def enter(self) -> None:
        for widget in self.items.values():
            widget.load()
        self._update_summary()

    def refresh(self) -> None:
        self._update_summary()  # the item saved has shown its own change already

    def flush(self) -> None:
        for widget in self.built.values():  # a page never made holds nothing typed
            widget.flush()

    def focus_item(self, item_id: str) -> None:
        focus_on(self.scroll, self.items[item_id])

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.marked = follow_focus(self.scroll, self.built, self.marked, new)

    def item_with_focus(self) -> str | None:
        return self.marked.item.id if self.marked is not None else None

    def first_open_item(self) -> str | None:
        return first_open(self.area, self.controller.answer)

    def side_status(self) -> str:
        r = self.controller.result.area(self.area.code)
        return f"{r.items_answered}/{r.items_total}"


def focus_on(scroll: QScrollArea, widget: ItemWidget) -> None:
    """An item brought into view with the focus on its chosen level (else its first)."""
    scroll.ensureWidgetVisible(widget, 0, 40)
    chosen = widget.chosen()
    target = widget.radios.get(chosen if chosen is not None else next(iter(widget.radios)))
    (target or widget).setFocus(Qt.FocusReason.OtherFocusReason)


def first_open(area: Area, answer: Callable[[str], AnswerRecord | None]) -> str | None:
    """The area's first item with neither a level nor N/A, or None."""
    for item in area.items:
        given = answer(item.id)
        if given is None or not given.to_answer().answered:
            return item.id
    return None


def follow_focus(
    scroll: QScrollArea,
    items: Mapping[str, ItemWidget],
    marked: ItemWidget | None,
    new: QWidget | None,
) -> ItemWidget | None:
    """Mark the item of ``items`` that has the focus (``new``) and scroll it into view; a radio
    shows its meaning. The item marked now (``marked`` when the focus is elsewhere: menus,
    dialogs, another page keep the mark)."""
    owner = new
    while owner is not None and not isinstance(owner, ItemWidget):
        owner = owner.parentWidget()
    if owner is None or items.get(owner.item.id) is not owner:
        return marked
    if owner is not marked:
        if marked is not None:
            marked.set_focus_mark(False)
            marked.show_meaning()
        owner.set_focus_mark(True)
    if isinstance(new, QRadioButton):
        owner.show_meaning(owner.group.id(new))
    scroll.ensureWidgetVisible(owner, 0, 12)
    scroll.ensureWidgetVisible(new, 0, 12)  # a tall item: at least the focused part
    return owner
