"""What a click keeps to go faster still shows what is saved, and what it repaints alone is
what a full repaint would show.

The controller looks answers up by item id in an index kept with its record, the side panel
keeps its rows' texts (and looks again only at the rows an answer can change), the lines on the
window's own background fill it themselves (Qt repaints them alone), and an item repainted
inside its focus mark does not draw the mark again.
"""

from __future__ import annotations

import pytest
from gui_helpers import G2, area_page, opened_new
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QWidget

from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService
from wen_assess.ui import zoom

pytest_plugins = ("gui_helpers",)


def _settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def _side_panel_agrees(view) -> None:  # type: ignore[no-untyped-def]
    """Every row as its page says it now, both as Qt holds it and as the view kept it."""
    for row, page in enumerate(view.pages):
        expected = f"{page.title}   {page.side_status()}".rstrip()
        assert view.nav.item(row).text() == expected, page.key
        assert view._nav_texts[row] == expected, page.key


def _answers_agree(controller) -> None:  # type: ignore[no-untyped-def]
    for item in controller.questionnaire.items:
        assert controller.answer(item.id) == controller.record.answer(item.id), item.id


def _on_screen(window, widget: QWidget) -> QImage:  # type: ignore[no-untyped-def]
    origin = widget.mapTo(window, widget.rect().topLeft())
    shot = window.screen().grabWindow(
        window.winId(), origin.x(), origin.y(), widget.width(), widget.height()
    )
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_answers_looked_up_by_id_are_those_of_the_record_held(
    qtbot, make_window, service, db_path, registry
):
    window, assessment_id = opened_new(make_window, service)
    controller = window.view.controller
    gov = area_page(window, "GOV")
    gov.items["G2-GOV-01"].choose(2)
    gov.items["G2-GOV-02"].choose(3)
    _answers_agree(controller)
    gov.items["G2-GOV-01"].clear()
    assert controller.answer("G2-GOV-01").level is None
    _answers_agree(controller)
    window.undo_action.trigger()  # the clearing undone: level 2 again
    assert controller.answer("G2-GOV-01").level == 2
    _answers_agree(controller)
    # Someone else's answer arrives: the record is read again, and the index with it.
    other = AssessmentService(open_database(db_path), registry)
    try:
        other.set_answer(assessment_id, "G2-FIN-01", level=1)
        other.set_answer(assessment_id, "G2-GOV-02", level=0)
    finally:
        other.database.close()
    controller.poll()
    assert controller.answer("G2-FIN-01").level == 1
    assert controller.answer("G2-GOV-02").level == 0
    _answers_agree(controller)


def test_the_side_panel_rows_follow_clicks_undo_others_and_zoom(
    qtbot, make_window, service, db_path, registry
):
    window, assessment_id = opened_new(make_window, service)
    view = window.view
    gov = area_page(window, "GOV")
    for level in (1, 3, 0, 2):
        gov.items["G2-GOV-01"].choose(level)
        _side_panel_agrees(view)
    gov.items["G2-GOV-02"].choose(1000)  # N/A without a justification: the review counts it
    _side_panel_agrees(view)
    window.undo_action.trigger()
    _side_panel_agrees(view)
    area_page(window, "FIN").items["G2-FIN-02"].choose(3)  # another area's row
    _side_panel_agrees(view)
    other = AssessmentService(open_database(db_path), registry)
    try:  # someone else answers in an area this window did not touch
        other.set_answer(assessment_id, "G2-DEL-01", level=2)
    finally:
        other.database.close()
    view.controller.poll()
    _side_panel_agrees(view)
    zoom.apply(150)  # a new text size: the widths kept are measured again
    _settle()
    gov = area_page(window, "GOV")
    gov.items["G2-GOV-03"].choose(2)
    _side_panel_agrees(view)
    assert view._nav_widest >= max(
        view.nav.fontMetrics().horizontalAdvance(view.nav.item(r).text())
        for r in range(view.nav.count())
    )


@pytest.mark.parametrize("contrast", [False, True], ids=["default", "high-contrast"])
def test_what_a_click_repaints_is_what_a_full_repaint_shows(qtbot, make_window, service, contrast):
    """The window on screen after clicks (each a partial repaint: the buttons, the meaning,
    the area's line) equals the item and the line drawn anew, focus mark included, also in a
    palette whose buttons and window differ."""
    assessment_id = service.create(G2, "ROAVIS")
    window = make_window()
    if contrast:
        palette = QPalette(window.palette())
        for role, colour in (
            (QPalette.ColorRole.Window, "black"),
            (QPalette.ColorRole.WindowText, "white"),
            (QPalette.ColorRole.Button, "#303030"),
            (QPalette.ColorRole.ButtonText, "yellow"),
            (QPalette.ColorRole.Highlight, "cyan"),
        ):
            palette.setColor(role, QColor(colour))
        window.setPalette(palette)
    window.open_assessment(assessment_id)
    page = area_page(window, "GOV")
    item = page.items["G2-GOV-03"]
    page.focus_item(item.item.id)  # the focus mark drawn around it
    _settle()
    assert item.focus_marked  # a click inside repaints the buttons, never the mark away
    # A repaint of a corner alone (as a tooltip or a menu leaving it) redraws the mark there.
    item.update(QRect(0, 0, 12, 12))
    _settle()
    drawn = item.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert _on_screen(window, item) == drawn
    # (N/A is left out: it puts the focus in its justification, whose cursor blinks.)
    for level in (1, 3, 0, 2):
        item.choose(level)
        _settle()
        for widget in (item, page.summary, *item.radios.values(), item.meaning):
            drawn = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            assert _on_screen(window, widget) == drawn, (level, type(widget).__name__)


class _PanelsFilled(QProxyStyle):
    """Panels drawn as Windows 11 draws them: filled with the base colour."""

    def drawPrimitive(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]
        if element == QStyle.PrimitiveElement.PE_Frame:
            painter.fillRect(option.rect, option.palette.base())
        super().drawPrimitive(element, option, painter, widget)


@pytest.fixture
def panels_filled(qapp):  # type: ignore[no-untyped-def]
    before = qapp.style().name()
    qapp.setStyle(_PanelsFilled(QStyleFactory.create(before)))
    yield
    qapp.setStyle(QStyleFactory.create(before))


def test_what_a_click_repaints_in_an_item_keeps_the_panel_colour_of_the_style(
    qtbot, make_window, service, panels_filled
):
    """The level buttons and the meaning line show the item's panel through them, whatever
    colour the style gives it (only the lines on the window's own background fill theirs)."""
    window, _ = opened_new(make_window, service)
    page = area_page(window, "GOV")
    item = page.items["G2-GOV-03"]
    page.focus_item(item.item.id)
    base = item.palette().color(QPalette.ColorRole.Base)
    assert base != item.palette().color(QPalette.ColorRole.Window)
    for level in (1, 3):
        item.choose(level)
        _settle()
        drawn = item.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert _on_screen(window, item) == drawn, level  # the panel and all in it, anew
        shown = _on_screen(window, item.meaning)
        assert shown.pixelColor(shown.width() - 1, 0) == base  # the panel, past the text
        radio = _on_screen(window, item.radios[level])
        assert radio.pixelColor(radio.width() - 1, 0) == base


def test_the_heading_follows_a_new_title_though_clicks_leave_it_as_it_is(
    qtbot, make_window, service
):
    window, _ = opened_new(make_window, service)
    view = window.view
    before = view.heading.text()
    area_page(window, "GOV").items["G2-GOV-01"].choose(2)
    assert view.heading.text() == before
    assert view.controller.update_profile(title="Second round", network_name="AFR <WEN>")
    assert "Second round" in view.heading.text()
    assert "AFR &lt;WEN&gt;" in view.heading.text()  # markup escaped, as before
    window.undo_action.trigger()
    assert view.heading.text() == before
