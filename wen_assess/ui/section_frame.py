"""What a window of sections shows around its pages, fitted to its texts at any text size:
the side panel as wide as its longest line, the progress bar as wide as its words, and the save
status with room for its widest time. The wizard and a member's form share it, and both fit it
again when the text size changes (``fit``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QProgressBar, QSplitter

from wen_assess.ui.quiet_line import QuietLine

# The save status's words, in the assessment's controller's context wherever they are shown.
NOT_SAVED = ("AssessmentController", "Not saved")
SAVED = ("AssessmentController", "Saved {time}")


def fit_side_panel(nav: QListWidget, splitter: QSplitter) -> int:
    """The side panel as wide as its longest line, the pages the rest; the width in pixels of
    that line (a longer one later needs the panel fitted again)."""
    metrics = nav.fontMetrics()
    lines = (nav.item(row).text() for row in range(nav.count()))
    widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
    width = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 8
    nav.setMinimumWidth(width)
    nav.setMaximumWidth(width + metrics.averageCharWidth() * 2)
    splitter.setSizes([width, 1 << 20])  # the pages get the rest, not a gap beside the panel
    return widest


def fit_progress(progress: QProgressBar) -> None:
    """The progress bar as wide as its words with three-digit counts ("000 of 000 items")."""
    words = progress.format().replace("%v", "000").replace("%m", "000")
    progress.setMinimumWidth(progress.fontMetrics().horizontalAdvance(words) + 24)


def clock_now() -> str:
    """The time of day as the save status gives it, "14:32:05". Written by hand: strftime
    imports a module at every call, and a save status is set at every click."""
    now = datetime.now()
    return f"{now.hour:02}:{now.minute:02}:{now.second:02}"


def saved_word() -> str:
    """The save status before the first change: "Saved"."""
    return QCoreApplication.translate("AssessmentView", "Saved")


def reserve_save_status(label: QuietLine) -> None:
    """The save status as wide as its widest text at any time of day (digits are not all
    equally wide in every font)."""
    metrics = label.fontMetrics()
    widest = max("0123456789", key=metrics.horizontalAdvance) * 2
    label.reserve(
        (
            saved_word(),
            QCoreApplication.translate(*SAVED).format(time=f"{widest}:{widest}:{widest}"),
            QCoreApplication.translate(*NOT_SAVED),
        )
    )


def fit(nav: QListWidget, splitter: QSplitter, progress: QProgressBar, status: QuietLine) -> int:
    """All three, as at a text size change; the side panel's widest line in pixels."""
    fit_progress(progress)
    reserve_save_status(status)
    return fit_side_panel(nav, splitter)
