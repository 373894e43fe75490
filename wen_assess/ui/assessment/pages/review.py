"""What is still open before the assessment can be completed, as links to the items."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from wen_assess import formatting as fmt
from wen_assess.ui import language
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages.base import Page, page_heading
from wen_assess.ui.style import SAVED_GREEN


class _LinkList(QLabel):
    """A list of item links; activating one asks the wizard to jump there."""

    jump = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(lambda href: self.jump.emit(href.removeprefix("item:")))


class ReviewPage(Page):
    key = "review"
    jump = Signal(str)

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.title = self.tr("Review")
        self.lists: dict[str, _LinkList] = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        for key, title in (
            ("unanswered", self.tr("Still to assess")),
            ("justification", self.tr("Not applicable without a justification")),
            ("flagged", self.tr("Flagged for review")),
            ("carried", self.tr("Carried over from the baseline — not yet reviewed")),
        ):
            links = _LinkList()
            links.setAccessibleName(title)
            links.jump.connect(self.jump.emit)
            self.lists[key] = links
            layout.addWidget(QLabel(f"<h3 style='margin-bottom:0'>{title}</h3>"))
            layout.addWidget(links)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(
            page_heading(
                self.title, self.tr("What is still open before the assessment can be completed.")
            )
        )
        outer.addWidget(scroll, 1)

    def groups(self) -> dict[str, list[str]]:
        """Each list in questionnaire order, as the group goes through the items."""
        order = {item.id: n for n, item in enumerate(self.controller.questionnaire.items)}
        return {key: sorted(ids, key=order.__getitem__) for key, ids in self._members().items()}

    def _members(self) -> dict[str, list[str]]:
        """Each group's items, in no particular order."""
        c = self.controller
        return {
            "unanswered": c.result.still_to_assess,
            "justification": c.result.missing_justifications,
            "flagged": [a.item_id for a in c.record.answers if a.flagged],
            "carried": [a.item_id for a in c.record.answers if a.carried_over],
        }

    def refresh(self) -> None:
        self.enter()

    def enter(self) -> None:
        words = language.wording(self.controller.questionnaire)
        for key, ids in self.groups().items():
            if not ids:
                self.lists[key].setText(
                    f"<span style='color:{SAVED_GREEN}'>{{}}</span>".format(self.tr("None."))
                )
                continue
            links = [
                f"<a href='item:{item_id}'>{item_id}</a> {fmt.markup(words.item_title(item_id))}"
                for item_id in ids
            ]
            self.lists[key].setText("<br>".join(links))

    def side_status(self) -> str:
        # Carried-over answers count: each must be looked at (changed or confirmed). The
        # groups are counted unsorted: the side panel asks at every click.
        members = self._members()
        open_points = sum(len(members[key]) for key in ("unanswered", "justification", "carried"))
        return "✓" if open_points == 0 else str(open_points)
