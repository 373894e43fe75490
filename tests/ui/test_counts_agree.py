"""Counts of answered items read as French writes them, from none to all: "0 sur 47 éléments
répondus", "1 sur 13 éléments répondus", never "1 éléments"."""

from __future__ import annotations

import pytest
from gui_helpers import G2

from wen_assess.ui import language

pytest_plugins = ("gui_helpers",)


@pytest.fixture
def french():  # type: ignore[no-untyped-def]
    language.install("fr")
    yield
    language.install("en")


def test_the_progress_and_the_area_line_agree_with_any_count(make_window, service, french):
    window = make_window(service)
    window.open_assessment(service.create(G2, "SAWEN"))
    view = window.view
    assert view.progress.text() == "0 sur 47 éléments répondus"
    view.show_page("area:GOV")
    page = view.page("area:GOV")
    assert page.summary.text().startswith("0 sur 13 éléments répondus · score non noté")
    page.items["G2-GOV-01"].choose(2)
    assert view.progress.text() == "1 sur 47 éléments répondus"
    assert page.summary.text().startswith("1 sur 13 éléments répondus · score ")
    page.items["G2-GOV-02"].choose(3)
    assert view.progress.text() == "2 sur 47 éléments répondus"


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("en", "1 item to discuss", "2 items to discuss"),
        ("fr", "1 élément à discuter", "2 éléments à discuter"),
        ("es", "1 elemento para debatir", "2 elementos para debatir"),
        ("pt", "1 item a discutir", "2 itens a discutir"),
    ],
)
def test_the_agenda_and_the_forms_made_count_in_every_language(qapp, code, one, two):
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    try:
        language.install(code)
        agenda = [translate("AgendaDialog", "%n item(s) to discuss", "", n) for n in (1, 2)]
        made = [
            translate(
                "ResponsesDialog",
                "%n form(s) written in {folder}: an Excel workbook and a response file per "
                "member. Send each member theirs.",
                "",
                n,
            )
            for n in (1, 3)
        ]
    finally:
        language.install("en")
    assert agenda == [one, two]
    assert made[0].startswith("1 ") and made[1].startswith("3 ")
    assert made[0] != made[1].replace("3 ", "1 ", 1)  # the singular is its own sentence
