"""The library window with a reviewer's 10,000 assessments: shown, sorted by a header, filtered
by a keystroke.

Floor, measured in the same run: a bare QTableView over a minimal model of the same rows and
columns (plain strings, no sorting or filtering): what showing a table this size costs in Qt.
Budget: each step well under a second (before this bench, showing took ~3 s and every filter
keystroke re-read every cell through a sort-and-filter proxy).

Run: python bench/bench_library.py  (offscreen; no display needed)
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from _timing import report

ROWS = 10_000


def summaries():  # type: ignore[no-untyped-def]
    from wen_assess.storage.service import Summary

    bands = ("Emerging", "Developing", "Consolidating", "Mature")
    return [
        Summary(
            n, f"u{n}", f"Self-assessment {n}", f"Network {n % 37:02d}", "iccwc-wen-g2", "1.0",
            date(2020 + n % 6, 1 + n % 12, 1 + n % 28), "in_progress", n % 48, 47,
            float(n % 100), bands[n % 4], False, datetime(2025, 1, 1),
        )
        for n in range(1, ROWS + 1)
    ]  # fmt: skip


def timed(app, action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start


def floor(app, rows) -> float:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    texts = [(s.network_name, s.title, "iccwc-wen-g2 v1.0", str(s.assessment_date),
              s.status, "50 %", f"{s.overall_score} %", s.overall_band) for s in rows]  # fmt: skip

    class Bare(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
            return len(texts)

        def columnCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
            return 8

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            return texts[index.row()][index.column()] if role == 0 else None

    view = QTableView()
    view.resize(1366, 700)
    view.show()
    model = Bare()
    elapsed = timed(app, lambda: view.setModel(model))
    view.close()
    return elapsed


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wen_assess.ui.fonts import install_fonts
    from wen_assess.ui.library import COLUMNS, LibraryWidget

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    rows = summaries()
    bare = floor(app, rows)
    library = LibraryWidget()
    library.resize(1366, 700)
    library.show()
    app.processEvents()
    shown = timed(app, lambda: library.set_summaries(rows))
    by_score = COLUMNS.index("Score")
    sort = timed(app, lambda: library.table.sortByColumn(by_score, Qt.SortOrder.DescendingOrder))
    keystroke = timed(app, lambda: library.filter_edit.setText("n"))
    narrower = timed(app, lambda: library.filter_edit.setText("network 07"))
    cleared = timed(app, lambda: library.filter_edit.clear())
    every = [s.id for s in rows]
    select_all = timed(app, lambda: library.select_ids(every))
    report(
        [
            ("floor: a bare table of the same rows shown", bare, None),
            (f"library: {ROWS:,} assessments shown", shown, bare),
            ("  sorted by a header (Score, descending)", sort, bare),
            ("  filter, first keystroke (matches all)", keystroke, bare),
            ("  filter narrowed ('network 07')", narrower, bare),
            ("  filter cleared", cleared, bare),
            ("  every assessment selected", select_all, bare),
        ]
    )


if __name__ == "__main__":
    main()
