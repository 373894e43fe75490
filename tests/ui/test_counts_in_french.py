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
