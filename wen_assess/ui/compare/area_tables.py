"""The tables of area scores: side by side per assessment, and the ranked lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, Entry, Ranked
from wen_assess.ui import language
from wen_assess.ui.compare.engine_words import detail, entry_label, ranked_label
from wen_assess.ui.compare.table import Table, none_label, tone
from wen_assess.ui.style import band_colour

# Per assessment in the side-by-side table. The last is headed "Difference" over an assessment
# of another network than the baseline's: networks differ, only a network changes.
ENTRY_COLUMNS = (
    QT_TRANSLATE_NOOP("CompareTables", "Score"),
    QT_TRANSLATE_NOOP("CompareTables", "Band"),
    QT_TRANSLATE_NOOP("CompareTables", "Done"),
    QT_TRANSLATE_NOOP("CompareTables", "Change"),
)
DIFFERENCE = QT_TRANSLATE_NOOP("CompareTables", "Difference")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareTables", text)


def area_name(c: Comparison, code: str, english: str) -> str:
    """An area's name in the interface language (the comparison names it in English)."""
    q = c.entries[0].questionnaire
    return language.wording(q).area(code) if any(a.code == code for a in q.areas) else english


def last_column_name(c: Comparison, i: int) -> str:
    return DIFFERENCE if c.change_from[i] is None and c.is_other_network(i) else "Change"


def side_by_side_table(c: Comparison) -> Table:
    """Rows: the areas and the overall result; per assessment: score, band, done, and the change
    within its network or, for another network than the baseline's, the difference."""
    columns = [QCoreApplication.translate("CompareTables", "Area")]
    for i in range(len(c.entries)):
        columns.extend(_tr(name) for name in (*ENTRY_COLUMNS[:-1], last_column_name(c, i)))
    table = Table(
        QCoreApplication.translate("CompareTables", "Area scores side by side"), tuple(columns)
    )
    table.setRowCount(len(c.areas) + 1)
    for row, area in enumerate(c.areas):
        table.set(row, 0, f"{area.code} · {area_name(c, area.code, area.name)}")
        for i in range(len(c.entries)):
            _entry_cells(
                table,
                row,
                i,
                c,
                area.scores[i],
                area.bands[i],
                area.completeness[i],
                area.deltas[i],
                area.differences[i],
            )
    overall = len(c.areas)
    table.set(overall, 0, QCoreApplication.translate("CompareTables", "Overall"), bold=True)
    for i, entry in enumerate(c.entries):
        _entry_cells(
            table,
            overall,
            i,
            c,
            c.overall[i],
            entry.result.overall_band,
            entry.completeness,
            c.overall_deltas[i],
            c.overall_differences[i],
            bold=True,
        )
    for i, entry in enumerate(c.entries):
        for k, name in enumerate((*ENTRY_COLUMNS[:-1], last_column_name(c, i))):
            header = table.horizontalHeaderItem(1 + i * len(ENTRY_COLUMNS) + k)
            header.setToolTip(f"{entry_label(entry)}: {_tr(name).lower()}")
            header.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry_label(entry)} {_tr(name)}")
    table.fit_columns(minimum=62, fixed_width=False)
    # Wider than the window with many assessments: the table scrolls sideways, not the page.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    table.setMaximumWidth(table.sizeHint().width())
    return table


def _entry_cells(
    table: Table,
    row: int,
    i: int,
    c: Comparison,
    score: float | None,
    band: str | None,
    done: float | None,
    delta: float | None,
    difference: float | None,
    bold: bool = False,
) -> None:
    first = 1 + i * len(ENTRY_COLUMNS)
    lang = language.current()
    words = language.wording(c.entries[i].questionnaire)
    table.set(
        row, first, fmt.percent(score, language=lang), number=True, bold=bold, muted=score is None
    )
    table.set(
        row,
        first + 1,
        fmt.NO_VALUE if score is None else fmt.band(words.band(band), language=lang),
        bold=bold,
        colour=None if score is None else band_colour(band).name(),
        muted=score is None,
    )
    table.set(row, first + 2, fmt.share(done, lang), number=True, bold=bold)
    if i == c.baseline:
        table.set(
            row,
            first + 3,
            QCoreApplication.translate("CompareTables", "baseline"),
            number=True,
            muted=True,
        )
    else:  # a difference between networks is plain: no green or red
        between = last_column_name(c, i) == DIFFERENCE
        value = difference if between else delta
        text = fmt.change(value, unit=False, language=lang)
        table.set(
            row, first + 3, text, number=True, bold=bold, colour=None if between else tone(delta)
        )


def ranked_table(
    title: str, values: Sequence[Ranked], is_change: bool, entries: Sequence[Entry]
) -> QWidget:
    if not values:
        return none_label()
    lang = language.current()
    table = Table(
        title,
        (
            QCoreApplication.translate("CompareTables", "Area"),
            QCoreApplication.translate("CompareTables", "Change")
            if is_change
            else QCoreApplication.translate("CompareTables", "Mean score"),
            QCoreApplication.translate("CompareTables", "Details"),
        ),
        wrap=True,
        stretch=(2,),
    )
    table.setRowCount(len(values))
    for row, ranked in enumerate(values):
        table.set(row, 0, ranked_label(ranked, entries))
        if is_change:
            table.set(
                row,
                1,
                fmt.change(ranked.value, unit=False, language=lang),
                number=True,
                colour=tone(ranked.value),
            )
        else:
            table.set(row, 1, fmt.percent(ranked.value, language=lang), number=True)
        table.set(row, 2, detail(ranked, entries))
    for column in (0, 1):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, table.columnWidth(column) + 12)
    return table
