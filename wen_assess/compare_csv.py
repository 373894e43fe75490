"""The comparison as CSV for spreadsheets: one file of area scores, one of item answers.

For ``-o x.csv`` two files are written: ``x.csv`` with one row per assessment and area (score,
band, completeness, change, difference, and the assessment's overall score), and
``x-items.csv`` with one row per assessment and compared (shared) item: level, Not applicable,
justification and notes as typed. Both are UTF-8 with a byte-order mark (so spreadsheet
programs read accents right) and written atomically, like the action plan's CSV.

Every number is the :class:`~wen_assess.compare.Comparison`'s, written as
:mod:`wen_assess.formatting` writes it in every other view (one decimal for scores, whole
percent rounded down for completeness), without the ``%`` sign so that spreadsheets read a
number. A score that is not scored is an empty cell, never 0.

"Change vs baseline (points)" is filled only within one network: against the baseline for the
baseline's network, against the network's earliest compared assessment for another network
("Change measured from" names it). "Difference vs baseline (points)" is filled only for the
assessments of another network than the baseline's: networks differ, they do not change into
each other. The columns stay the same whatever is compared.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, Entry
from wen_assess.files import replacing, spreadsheet_cell
from wen_assess.vocabulary import STATUS_LABELS

AREA_COLUMNS = (
    "No.", "Assessment", "Network", "Date", "Title", "Assessment UUID", "Questionnaire",
    "Questionnaire version", "Status", "Baseline", "Assessment completeness (%)", "Area code",
    "Area", "Score (%)", "Band", "Area completeness (%)", "Change vs baseline (points)",
    "Overall score (%)", "Overall band", "Overall change vs baseline (points)",
    "Change measured from", "Difference vs baseline (points)",
    "Overall difference vs baseline (points)",
)  # fmt: skip

ITEM_COLUMNS = (
    "No.", "Assessment", "Network", "Date", "Assessment UUID", "Area code", "Item", "Item title",
    "Critical", "Level", "Level label", "Not applicable", "Justification", "Notes", "Flagged",
)  # fmt: skip


def items_path(path: Path | str) -> Path:
    """``x.csv`` -> ``x-items.csv``, beside it."""
    path = Path(path)
    return path.with_name(f"{path.stem}-items{path.suffix}")


def number(text: str) -> str:
    """A figure as formatting writes it ("63.3 %", "85 %"), as a bare number ("63.3", "85")."""
    if text in (fmt.NOT_SCORED, fmt.NO_VALUE):
        return ""
    value = text.removesuffix("%").strip()
    return "0.0" if value == "-0.0" else value  # a tiny negative change is no change


def _score(value: float | None) -> str:
    return "" if value is None else number(fmt.percent(value))


def _share(fraction: float | None) -> str:
    return "" if fraction is None else number(fmt.share(fraction))


def area_rows(comparison: Comparison) -> list[list[str]]:
    rows = []
    for index, entry in enumerate(comparison.entries):
        head = [
            str(index + 1),
            entry.label,
            entry.network,
            entry.assessment_date.isoformat() if entry.assessment_date else "",
            entry.title,
            entry.uuid,
            entry.questionnaire.id,
            entry.questionnaire.version,
            STATUS_LABELS.get(entry.record.status, entry.record.status),
            "yes" if index == comparison.baseline else "",
            _share(entry.completeness),
        ]
        overall = [
            _score(comparison.overall[index]),
            fmt.band(entry.result.overall_band),
            _score(comparison.overall_deltas[index]),
        ]
        origin = comparison.change_from[index]
        measured_from = "" if origin is None else comparison.entries[origin].label
        for row in comparison.areas:
            rows.append(
                [
                    *head,
                    row.code,
                    row.name,
                    _score(row.scores[index]),
                    fmt.band(row.bands[index]),
                    _share(row.completeness[index]),
                    _score(row.deltas[index]),
                    *overall,
                    measured_from,
                    _score(row.differences[index]),
                    _score(comparison.overall_differences[index]),
                ]
            )
    return rows


def item_rows(comparison: Comparison) -> list[list[str]]:
    rows = []
    shared = comparison.compatibility.shared_items
    for index, entry in enumerate(comparison.entries):
        rows += _entry_item_rows(index, entry, shared)
    return rows


def _entry_item_rows(index: int, entry: Entry, shared: Sequence[str]) -> Iterable[list[str]]:
    q = entry.questionnaire
    items = {item.id: (area, item) for area in q.areas for item in area.items}
    answers = {a.item_id: a for a in entry.record.answers}
    when = entry.assessment_date.isoformat() if entry.assessment_date else ""
    for item_id in shared:
        area, item = items[item_id]
        answer = answers.get(item_id)
        level = answer.level if answer else None
        yield [
            str(index + 1),
            entry.label,
            entry.network,
            when,
            entry.uuid,
            area.code,
            item_id,
            item.title.en,
            "yes" if item.critical else "",
            "" if level is None else str(level),
            "" if level is None else q.scale.level(level).label.en,
            "yes" if answer and answer.not_applicable else "",
            answer.justification if answer else "",
            answer.notes if answer else "",
            "yes" if answer and answer.flagged else "",
        ]


def write_comparison_csv(comparison: Comparison, path: Path | str) -> tuple[Path, Path]:
    """Write ``path`` (areas) and ``<stem>-items<suffix>`` (items); returns both paths.

    Each file is first written whole to a temporary file beside it; both are renamed into place
    only when both are written, so an existing pair is never left half-written.
    """
    path = Path(path)
    tables = [(AREA_COLUMNS, area_rows(comparison)), (ITEM_COLUMNS, item_rows(comparison))]
    with replacing(path, items_path(path)) as temps:
        for temp, (columns, rows) in zip(temps, tables, strict=True):
            with temp.open("x", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    return path, items_path(path)
