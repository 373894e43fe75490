"""Who changed what: an item's history, or a whole assessment's, newest first.

The lines are told by ``storage.history_text.describe`` (the rule the CLI uses too), in the
words of the interface language; dates through ``formatting.long_date``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wen_assess import formatting as fmt
from wen_assess.records import ChangeRecord
from wen_assess.storage.history_text import describe
from wen_assess.ui import language


def local_time(moment: datetime) -> datetime:
    """A stored (naive UTC) time on this computer's clock."""
    return moment.replace(tzinfo=timezone.utc).astimezone()


def when_text(moment: datetime) -> str:
    """'2 March 2026, 14:32' (the date in the interface language)."""
    local = local_time(moment)
    return f"{fmt.long_date(local.date(), language.current())}, {local:%H:%M}"


class HistoryDialog(QDialog):
    """A table of changes, newest first: when, who, (which item,) what."""

    def __init__(
        self,
        title: str,
        entries: list[ChangeRecord],
        *,
        show_items: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.entries = list(reversed(entries))
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(title)
        headers = [self.tr("When"), self.tr("Who")]
        headers += [self.tr("Item")] if show_items else []
        headers += [self.tr("Change")]
        self.table.setHeaderLabels(headers)
        words, fields = self._words(), field_names()
        for entry in self.entries:
            change = describe(entry, words, fields)
            cells = [when_text(entry.at), entry.by]
            cells += [entry.item_id] if show_items else []
            row = QTreeWidgetItem([*cells, change])
            row.setToolTip(len(cells), change)
            self.table.addTopLevelItem(row)
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The values before and after, in full: a note set aside in a conflict is read here.
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setAccessibleName(self.tr("Values before and after the selected change"))
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table.currentItemChanged.connect(self._show_details)
        self.empty = QLabel(self.tr("No changes recorded yet."))
        self.empty.setVisible(not self.entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 420)
        if self.entries:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.table.setFocus()

    def lines(self) -> list[str]:
        """Each change as a sentence, newest first (what a screen reader reads per row)."""
        words, fields = self._words(), field_names()
        return [
            self.tr("Changed by {who} on {when}: {what}").format(
                who=e.by, when=when_text(e.at), what=describe(e, words, fields)
            )
            for e in self.entries
        ]

    def _show_details(self, current: QTreeWidgetItem | None) -> None:
        row = self.table.indexOfTopLevelItem(current) if current is not None else -1
        self.details.setPlainText(self.details_text(self.entries[row]) if row >= 0 else "")

    def details_text(self, entry: ChangeRecord) -> str:
        """Each value the change touched, before and after, in full."""
        if entry.what == "discarded":
            before, after = self.tr("kept (theirs)"), self.tr("set aside (mine)")
        else:
            before, after = self.tr("before"), self.tr("after")
        old, new = entry.old, entry.new

        def said(which: str, value: Any) -> str:  # "before: 2" ("avant : 2" in French)
            return self.tr("{which}: {value}").format(which=which, value=_shown(value))

        if not (isinstance(old, dict) or isinstance(new, dict)):
            return f"{said(before, old)}\n{said(after, new)}"
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        names = field_names()
        return "\n".join(
            f"{names.get(key, key)}\n    {said(before, old.get(key))}\n"
            f"    {said(after, new.get(key))}"
            for key in dict.fromkeys([*old, *new])
        )

    def _words(self) -> dict[str, str]:
        return {
            "choice": self.tr("{old} → {new}"),
            "not_applicable": self.tr("N/A"),
            "justification": self.tr("justification edited"),
            "notes": self.tr("note edited"),
            "flagged": self.tr("flagged for review"),
            "unflagged": self.tr("flag removed"),
            "reviewed": self.tr("carried-over answer confirmed"),
            "unreviewed": self.tr("marked not yet reviewed"),
            "discarded": self.tr("set aside in a conflict, their value kept: {what}"),
            "profile": self.tr("{fields} edited"),
            "language": self.tr("working language {old} → {new}"),
            "participants": self.tr("participants edited ({old} → {new})"),
            "target": self.tr("target {old} → {new}"),
            "plan_added": self.tr("plan entry added"),
            "plan_removed": self.tr("plan entry removed"),
            "plan": self.tr("plan entry edited ({fields})"),
            "completed": self.tr("marked completed"),
            "reopened": self.tr("reopened"),
            "created": self.tr("created"),
            "created_from": self.tr("created from a baseline assessment"),
            "imported": self.tr("imported from {file}"),
        }


# Marked for lupdate under this dialog's context; translated each time they are shown.
_FIELD_NAMES = {
    "level": QT_TRANSLATE_NOOP("HistoryDialog", "level"),
    "not_applicable": QT_TRANSLATE_NOOP("HistoryDialog", "not applicable"),
    "justification": QT_TRANSLATE_NOOP("HistoryDialog", "justification"),
    "notes": QT_TRANSLATE_NOOP("HistoryDialog", "notes"),
    "flagged": QT_TRANSLATE_NOOP("HistoryDialog", "flag for review"),
    "reviewed": QT_TRANSLATE_NOOP("HistoryDialog", "reviewed"),
    "participants": QT_TRANSLATE_NOOP("HistoryDialog", "participants"),
    "title": QT_TRANSLATE_NOOP("HistoryDialog", "title"),
    "network_name": QT_TRANSLATE_NOOP("HistoryDialog", "network name"),
    "network_region": QT_TRANSLATE_NOOP("HistoryDialog", "region"),
    "region": QT_TRANSLATE_NOOP("HistoryDialog", "region"),
    "member_countries": QT_TRANSLATE_NOOP("HistoryDialog", "member countries"),
    "assessment_date": QT_TRANSLATE_NOOP("HistoryDialog", "assessment date"),
    "facilitator": QT_TRANSLATE_NOOP("HistoryDialog", "facilitator"),
    "language": QT_TRANSLATE_NOOP("HistoryDialog", "working language"),
    "text": QT_TRANSLATE_NOOP("HistoryDialog", "action"),
    "owner": QT_TRANSLATE_NOOP("HistoryDialog", "owner"),
    "due": QT_TRANSLATE_NOOP("HistoryDialog", "due date"),
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "status"),
    "network": QT_TRANSLATE_NOOP("HistoryDialog", "network"),
    "baseline": QT_TRANSLATE_NOOP("HistoryDialog", "baseline"),
    "file": QT_TRANSLATE_NOOP("HistoryDialog", "file"),
    "target": QT_TRANSLATE_NOOP("HistoryDialog", "target level"),
}


def field_names() -> dict[str, str]:
    """What the fields a change touches are called (answer, profile, plan entry, import)."""
    return {
        field: QCoreApplication.translate("HistoryDialog", name)
        for field, name in _FIELD_NAMES.items()
    }


def _shown(value: Any) -> str:
    if value is None or value == "":
        return fmt.NO_VALUE
    if isinstance(value, str):
        return value
    if isinstance(value, bool):  # a flag, "not applicable", "reviewed"
        if value:
            return QCoreApplication.translate("HistoryDialog", "yes")
        return QCoreApplication.translate("HistoryDialog", "no")
    return json.dumps(value, ensure_ascii=False)
