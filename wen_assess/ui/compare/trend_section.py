"""One network assessed more than once: area scores by date, item changes, follow-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, Entry, Trend
from wen_assess.plan import STATUS_LABELS
from wen_assess.questionnaire.language import Wording
from wen_assess.ui import language
from wen_assess.ui.compare.area_tables import area_name
from wen_assess.ui.compare.table import FALL, RISE, Table, caption, none_label, section, tone


class TrendSection(QWidget):
    """One network assessed more than once: area scores by date, item changes, follow-up."""

    def __init__(self, c: Comparison, trend: Trend, parent: QWidget | None = None):
        super().__init__(parent)
        entries = [c.entries[i] for i in trend.entries]
        names = {row.code: area_name(c, row.code, row.name) for row in c.areas}
        lang = language.current()
        when = " → ".join(date_label(e) for e in entries)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(section(f"{trend.network}: {when}", level=4))

        dates = [date_label(e) for e in entries]
        self.areas = Table(
            self.tr("{network}: area scores over time").format(network=trend.network),
            (self.tr("Area"), *dates, self.tr("Change")),
        )
        self.areas.horizontalHeaderItem(len(dates) + 1).setToolTip(
            self.tr("Points from {start} to {end}").format(start=dates[0], end=dates[-1])
        )
        self.areas.setRowCount(len(trend.areas))
        for row, (code, scores) in enumerate(trend.areas):
            self.areas.set(row, 0, f"{code} · {names.get(code, code)}")
            for column, value in enumerate(scores, start=1):
                self.areas.set(
                    row, column, fmt.percent(value, language=lang), number=True, muted=value is None
                )
            change = Trend.change(scores)
            self.areas.set(
                row,
                len(scores) + 1,
                fmt.change(change, unit=False, language=lang),
                number=True,
                colour=tone(change),
            )
        self.areas.fit_columns()
        layout.addWidget(self.areas, 0, Qt.AlignmentFlag.AlignLeft)

        words = language.wording(entries[0].questionnaire)
        labels = {
            level.value: words.text(level.label) for level in words.questionnaire.scale.levels
        }
        rose = [ch for ch in trend.changes if ch.delta > 0]
        fell = [ch for ch in trend.changes if ch.delta < 0]
        self.rose = self.fell = None
        for attribute, changes, heading, name in (
            (
                "rose",
                rose,
                self.tr(
                    "Items whose level rose (%n), with the notes of both assessments", "", len(rose)
                ),
                self.tr("{network}: items whose level rose"),
            ),
            (
                "fell",
                fell,
                self.tr(
                    "Items whose level fell (%n), with the notes of both assessments", "", len(fell)
                ),
                self.tr("{network}: items whose level fell"),
            ),
        ):
            layout.addWidget(caption(heading))
            if not changes:
                layout.addWidget(none_label())
                continue
            notes = self.tr("Notes {date}")
            table = Table(
                name.format(network=trend.network),
                (
                    self.tr("Item"),
                    self.tr("Level"),
                    notes.format(date=dates[0]),
                    notes.format(date=dates[-1]),
                ),
                wrap=True,
                stretch=(2, 3),
            )
            table.setRowCount(len(changes))
            for row, ch in enumerate(changes):
                table.set(row, 0, f"{ch.item_id}\n{_item_title(words, ch.item_id, ch.title)}")
                level = table.set(
                    row,
                    1,
                    f"{ch.before} → {ch.after}",
                    number=True,
                    colour=tone(ch.delta),
                )
                level.setToolTip(
                    f"{labels.get(ch.before, fmt.NO_VALUE)} → {labels.get(ch.after, fmt.NO_VALUE)}"
                )
                table.set(row, 2, ch.before_notes or fmt.NO_VALUE, muted=not ch.before_notes)
                table.set(row, 3, ch.after_notes or fmt.NO_VALUE, muted=not ch.after_notes)
            table.setColumnWidth(0, 260)
            table.setColumnWidth(1, 70)
            setattr(self, attribute, table)
            layout.addWidget(table)

        layout.addWidget(
            caption(self.tr("Actions of the earlier plan, and whether they were done"))
        )
        self.follow_ups: Table | None = None
        if not trend.follow_ups:
            layout.addWidget(none_label(self.tr("The earlier assessment has no action plan.")))
            return
        self.follow_ups = Table(
            self.tr("{network}: follow-up of the earlier plan").format(network=trend.network),
            (
                self.tr("Item"),
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Planned"),
                self.tr("Later plan"),
                self.tr("Level"),
                self.tr("Outcome"),
            ),
            wrap=True,
            stretch=(1,),
        )
        table = self.follow_ups
        table.setRowCount(len(trend.follow_ups))
        for row, f in enumerate(trend.follow_ups):
            table.set(row, 0, f.item_id)
            table.set(row, 1, f.text or self.tr("(no text)"), muted=not f.text)
            table.set(row, 2, f.owner or fmt.NO_VALUE)
            table.set(row, 3, language.core(STATUS_LABELS.get(f.planned_status, f.planned_status)))
            later = (
                self.tr("not listed")
                if f.later_status is None
                else language.core(STATUS_LABELS.get(f.later_status, f.later_status))
            )
            table.set(row, 4, later or fmt.NO_VALUE, muted=f.later_status is None)
            levels = (fmt.answered_level(v) for v in (f.level_before, f.level_after))
            table.set(row, 5, " → ".join(levels), number=True)
            outcome = table.set(
                row,
                6,
                "✓ " + self.tr("done") if f.done else "✗ " + self.tr("not done"),
                colour=RISE if f.done else FALL,
            )
            outcome.setToolTip(
                self.tr("Done: marked done in either plan, or the item's level rose.")
                if f.done
                else self.tr("Not marked done, and the item's level did not rise.")
            )
        for column, width in ((0, 100), (2, 150), (3, 90), (4, 90), (5, 70), (6, 95)):
            table.setColumnWidth(column, width)
        layout.addWidget(table)


def _item_title(words: Wording, item_id: str, english: str) -> str:
    known = any(item.id == item_id for item in words.questionnaire.items)
    return words.item_title(item_id) if known else english


def date_label(entry: Entry) -> str:
    if entry.assessment_date:
        return entry.assessment_date.isoformat()
    return QCoreApplication.translate("TrendSection", "undated")
