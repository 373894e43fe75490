"""What every wizard page is: a stable key, a title, and the enter/flush/side-status cycle."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wen_assess.ui import settings
from wen_assess.ui.assessment.controller import AssessmentController


class Page(QWidget):
    """A wizard page: ``key`` is stable (saved to resume), ``title`` is shown in the side panel."""

    key = ""
    title = ""

    def __init__(self, controller: AssessmentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller

    @classmethod
    def build(cls, controller: AssessmentController) -> Sequence[Page]:
        """The pages of this kind that the assessment gets (one, unless a page repeats)."""
        return (cls(controller),)

    def enter(self) -> None:
        """Called each time the page is shown: refresh what depends on other pages."""

    def refresh(self) -> None:
        """After a saved change while the page is shown (the view calls it on the page on
        screen only); pages whose figures follow the answers refresh here (forms being typed
        into are left alone)."""

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


def scroll_page(page: QWidget, content: QWidget) -> None:
    """Make ``content`` the page's body, scrolling down (never sideways) when the window is
    too short for it: a small or scaled screen never forces a window taller than itself."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    QVBoxLayout(page).addWidget(scroll)


def page_table(page: Page, headings: Sequence[str], name: str, rows: int = 0) -> QTableWidget:
    """The page's table: a column per heading (English, translated in the page's context) and
    ``name`` for screen readers."""
    table = QTableWidget(rows, len(headings))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels([page.tr(heading) for heading in headings])
    return table


def restore_widths(header: QHeaderView, key: str) -> bool:
    """Columns the user can widen, at the widths kept from the last run of page ``key``; False
    when none were kept (the page's defaults stay)."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if (state := settings.header_state(key)) is None:
        return False
    header.restoreState(state)
    return True
