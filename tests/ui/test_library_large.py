"""The library with many assessments, as a reviewer's shared database has them: sorting by a
header and filtering keep the rows the user selected, and the filter matches what each column
shows (the band in the interface language, the date as written)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from wen_assess.storage.service import Summary
from wen_assess.ui import language
from wen_assess.ui.library import COLUMNS, ID_ROLE, LibraryWidget

BANDS = ("Emerging", "Developing", "Consolidating", "Mature")


def summaries(count: int) -> list[Summary]:
    return [
        Summary(
            n,
            f"u{n}",
            f"Self-assessment {n}",
            f"Network {n % 37:02d}",
            "iccwc-wen-g2",
            "1.0",
            date(2020 + n % 6, 1 + n % 12, 1 + n % 28),
            "in_progress",
            n % 48,
            47,
            float(n % 100),
            BANDS[n % 4],
            False,
            datetime(2025, 1, 1),
        )
        for n in range(1, count + 1)
    ]


def shown_ids(library: LibraryWidget) -> list[int]:
    model = library.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_sorting_and_filtering_keep_the_selection(qtbot) -> None:
    library = LibraryWidget()
    qtbot.addWidget(library)
    library.set_summaries(summaries(2000))
    library.select_ids([7, 1500])
    assert sorted(library.selected_ids()) == [7, 1500]

    library.table.sortByColumn(COLUMNS.index("Score"), Qt.SortOrder.DescendingOrder)
    scores = [library.model.summary(r).overall_score for r in range(2000)]
    assert scores == sorted(scores, reverse=True)
    assert sorted(library.selected_ids()) == [7, 1500]  # the same assessments, moved

    library.filter_edit.setText("network 07")  # whatever the case
    assert {library.model.summary(r).network_name for r in range(library.model.rowCount())} == {
        "Network 07"
    }
    assert library.selected_ids() == [7]  # 1500 is hidden, 7 still selected
    scores = [library.model.summary(r).overall_score for r in range(library.model.rowCount())]
    assert scores == sorted(scores, reverse=True)  # still in the chosen order
    library.filter_edit.clear()
    assert library.model.rowCount() == 2000

    library.select_ids([s.id for s in summaries(2000)])  # all of them, as Ctrl+A
    assert len(library.selected_ids()) == 2000 and library.current_id() is None
    assert library.buttons["compare"].isEnabled() and not library.buttons["open"].isEnabled()


def test_the_filter_matches_the_band_and_the_date_as_shown_in_french(qtbot) -> None:
    library = LibraryWidget()
    qtbot.addWidget(library)
    library.model.band_name = lambda s: {"Developing": "Développement"}.get(s.overall_band or "")
    try:
        language.install("fr")
        library.set_summaries(summaries(40))
        library.filter_edit.setText("DÉVELOPPEMENT")
        assert library.model.rowCount() == 10
        library.filter_edit.setText("mars 2022")  # a date as French writes it
        shown = [library.model.summary(r).assessment_date for r in range(library.model.rowCount())]
        assert len(shown) == 4 and all((d.year, d.month) == (2022, 3) for d in shown)
    finally:
        language.install("en")
