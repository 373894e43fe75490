"""With one area scored, the results page does not call it the weakest area: it is the only one
scored (the report, `wen-assess score` and the comparison say the same)."""

from __future__ import annotations

from gui_helpers import G2

from wen_assess.questionnaire import default_registry

pytest_plugins = ("gui_helpers",)


def results_line(make_window, assessment_id: int) -> str:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_assessment(assessment_id)
    window.view.show_page("results")
    return window.view.page("results").overall.text()


def test_the_results_page_calls_a_lone_scored_area_the_only_one(make_window, service):
    q = default_registry().get(G2)
    gov, mem = q.areas[1], q.areas[0]
    lone = service.create(G2, "LATF")
    for item in gov.items:
        service.set_answer(lone, item.id, level=2)
    text = results_line(make_window, lone)
    assert f"Only area scored: {gov.code}" in text
    assert "Weakest area" not in text

    two = service.create(G2, "SudWEN")
    for area, level in ((gov, 2), (mem, 0)):
        for item in area.items:
            service.set_answer(two, item.id, level=level)
    assert f"Weakest area: {mem.code}" in results_line(make_window, two)
