"""The wizard's pages. Each shows saved state when entered and saves through the controller.

The wizard is declared: :func:`build_pages` lists the pages in order (profile, participants,
one page per area, review, results), built from the questionnaire.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.questionnaire import Area
from wen_assess.records import ParticipantRecord
from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.item_widget import ItemWidget
from wen_assess.ui.assessment.saving_text import SavingText

SHORT_TEXT_MAX = 500  # as the records allow (wen_assess.records.ShortText)


class Page(QWidget):
    """A wizard page: ``key`` is stable (saved to resume), ``title`` is shown in the side panel."""

    key = ""
    title = ""

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller

    def enter(self) -> None:
        """Called each time the page is shown: refresh what depends on other pages."""

    def flush(self) -> None:
        """Save anything typed but not yet saved (before leaving or closing)."""

    def side_status(self) -> str:
        return ""


def page_heading(text: str, sub: str = "") -> QLabel:
    label = QLabel(
        f"<h2 style='margin:0'>{text}</h2>" + (f"<p style='color:#555'>{sub}</p>" if sub else "")
    )
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class ProfilePage(Page):
    key = "profile"
    title = "Network profile"

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        record = controller.record
        self.name = QLineEdit(record.network.name)
        self.region = QLineEdit(record.network.region)
        self.members = QPlainTextEdit("\n".join(record.network.member_countries))
        self.members.setPlaceholderText("One country per line")
        self.members.setTabChangesFocus(True)
        self.members.setFixedHeight(120)
        self.title_edit = QLineEdit(record.title)
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        when = record.assessment_date or date.today()
        self.date.setDate(QDate(when.year, when.month, when.day))
        self.facilitator = QLineEdit(record.facilitator)
        for short in (self.name, self.region, self.title_edit, self.facilitator):
            short.setMaxLength(SHORT_TEXT_MAX)

        self._texts = [
            SavingText(self.name, self._save_name),
            SavingText(self.region, lambda text: controller.update_profile(region=text)),
            SavingText(self.members, self._save_members),
            SavingText(self.title_edit, lambda text: controller.update_profile(title=text)),
            SavingText(self.facilitator, lambda text: controller.update_profile(facilitator=text)),
        ]
        self.date.dateChanged.connect(
            lambda d: controller.update_profile(assessment_date=date(d.year(), d.month(), d.day()))
        )

        form = QFormLayout()
        for label, widget in (
            ("&Network name:", self.name),
            ("&Region:", self.region),
            ("&Member countries:", self.members),
            ("Assessment &title:", self.title_edit),
            ("Assessment &date:", self.date),
            ("&Facilitator:", self.facilitator),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        q = controller.questionnaire
        about = QLabel(
            f"<p><b>Questionnaire:</b> {q.title.en} (v{q.version})</p>"
            f"<p style='color:#555'>{q.provenance.en}</p>"
        )
        about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading("Network profile", "Who is assessing, and when."))
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addStretch(1)
        self._set_editable(not controller.completed)

    def _save_name(self, text: str) -> None:
        if text.strip():
            self.controller.update_profile(network_name=text)
        else:
            self.name.setText(self.controller.record.network.name)
            self.controller.failed.emit("Not saved", "The network's name cannot be empty.")

    def _save_members(self, text: str) -> None:
        members = [line.strip() for line in text.splitlines() if line.strip()]
        self.controller.update_profile(member_countries=members)

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.name,
            self.region,
            self.members,
            self.title_edit,
            self.date,
            self.facilitator,
        ):
            widget.setEnabled(editable)

    def enter(self) -> None:
        self._set_editable(not self.controller.completed)

    def flush(self) -> None:
        for text in self._texts:
            text.flush()


class ParticipantsPage(Page):
    key = "participants"
    title = "Participants"
    FIELDS = ("name", "organisation", "country", "role")
    HEADERS = ("Name", "Organisation / agency", "Country", "Role")

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.table = QTableWidget(0, len(self.FIELDS))
        self.table.setAccessibleName("Participants")
        self.table.setHorizontalHeaderLabels(self.HEADERS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(True)
        self.add_button = QPushButton("&Add participant")
        self.remove_button = QPushButton("&Remove selected")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self._loading = False
        for participant in controller.record.participants:
            self._append(participant)
        self.table.itemChanged.connect(self._save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            page_heading(
                "Participants",
                "Who took part: the chair and secretariat, national focal points of wildlife/"
                "CITES authorities, customs, police and prosecution, and observers.",
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.enter()

    def _append(self, participant: ParticipantRecord) -> None:
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(self.FIELDS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(participant, field)))
        self._loading = False

    def add_row(self) -> None:
        self._append(ParticipantRecord())
        row = self.table.rowCount() - 1
        self.table.setFocus()
        # With every edit trigger on, making the new cell current opens its editor.
        self.table.setCurrentCell(row, 0)
        self._save()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._save()

    def participants(self) -> list[dict[str, str]]:
        return [
            {
                field: (self.table.item(row, column).text() if self.table.item(row, column) else "")
                for column, field in enumerate(self.FIELDS)
            }
            for row in range(self.table.rowCount())
        ]

    def _save(self, *_: object) -> None:
        if not self._loading:
            self.controller.set_participants(self.participants())

    def enter(self) -> None:
        editable = not self.controller.completed
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    def side_status(self) -> str:
        return str(len(self.controller.record.participants))


class AreaPage(Page):
    def __init__(self, controller: AssessmentController, area: Area, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.area = area
        self.key = f"area:{area.code}"
        self.title = f"{area.code} · {area.name.en}"
        q = controller.questionnaire
        self.summary = QLabel()
        self.summary.setAccessibleName(f"{area.name.en} progress")
        self.items = {item.id: ItemWidget(item, q, controller) for item in area.items}

        content = QWidget()
        column = QVBoxLayout(content)
        for widget in self.items.values():
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        description = area.description.en if area.description else ""
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(f"{area.name.en}", description))
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        controller.changed.connect(self._update_summary)
        self._update_summary()

    def _update_summary(self) -> None:
        r = self.controller.result.area(self.area.code)
        text = (
            f"{r.items_answered} of {r.items_total} items answered · score {fmt.percent(r.score)}"
            f" · band {fmt.band(r.band)}"
        )
        if r.capped:
            text += f" (capped: critical item {', '.join(r.capping_items)} at a low level)"
        self.summary.setText(text)

    def enter(self) -> None:
        for widget in self.items.values():
            widget.load()

    def flush(self) -> None:
        for widget in self.items.values():
            widget.flush()

    def focus_item(self, item_id: str) -> None:
        widget = self.items[item_id]
        self.scroll.ensureWidgetVisible(widget, 0, 40)
        chosen = widget.chosen()
        target = widget.radios.get(chosen if chosen is not None else next(iter(widget.radios)))
        (target or widget).setFocus(Qt.FocusReason.OtherFocusReason)

    def first_open_item(self) -> str | None:
        for item_id in self.items:
            answer = self.controller.answer(item_id)
            if answer is None or (answer.level is None and not answer.not_applicable):
                return item_id
        return None

    def side_status(self) -> str:
        r = self.controller.result.area(self.area.code)
        return f"{r.items_answered}/{r.items_total}"


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
    title = "Review"
    jump = Signal(str)

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.lists: dict[str, _LinkList] = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        for key, title in (
            ("unanswered", "Still to assess"),
            ("justification", "Not applicable without a justification"),
            ("flagged", "Flagged for review"),
            ("carried", "Carried over from the baseline — not yet reviewed"),
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
            page_heading("Review", "What is still open before the assessment can be completed.")
        )
        outer.addWidget(scroll, 1)
        controller.changed.connect(lambda: self.enter() if self.isVisible() else None)

    def groups(self) -> dict[str, list[str]]:
        c = self.controller
        return {
            "unanswered": list(c.result.still_to_assess),
            "justification": list(c.result.missing_justifications),
            "flagged": [a.item_id for a in c.record.answers if a.flagged],
            "carried": [a.item_id for a in c.record.answers if a.carried_over],
        }

    def enter(self) -> None:
        q = self.controller.questionnaire
        for key, ids in self.groups().items():
            if not ids:
                self.lists[key].setText("<span style='color:#2e7d32'>None.</span>")
                continue
            links = [
                f"<a href='item:{item_id}'>{item_id}</a> {fmt.markup(q.item(item_id).title.en)}"
                for item_id in ids
            ]
            self.lists[key].setText("<br>".join(links))

    def side_status(self) -> str:
        open_points = sum(
            len(v) for k, v in self.groups().items() if k in ("unanswered", "justification")
        )
        return "✓" if open_points == 0 else str(open_points)
