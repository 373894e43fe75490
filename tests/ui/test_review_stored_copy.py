"""A questionnaire version kept only as the database's copy, met through the window."""

from __future__ import annotations

from gui_helpers import G2, press, stored
from PySide6.QtCore import Qt
from test_questionnaire_copies import install_version

from wen_assess.exchange import export_assessment
from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

pytest_plugins = ("gui_helpers",)


def test_a_file_of_a_version_only_stored_imports_opens_answers_and_reassesses(
    qtbot, make_window, dialogs, tmp_path, db_path
):
    installed = install_version("0.9")
    first = AssessmentService(open_database(db_path), default_registry())
    first.create(G2, "KEPT-WEN", version="0.9")  # the database keeps a copy of 0.9
    other = first.create(G2, "FILE-WEN", version="0.9")
    first.set_answer(other, "G2-MEM-01", level=2)
    exported = export_assessment(first.get(other).record, tmp_path / "f.wen.json", first.registry)
    first.delete(other)
    first.database.close()
    installed.unlink()

    registry = default_registry()
    assert registry.installed(G2, "0.9") is None
    service = AssessmentService(open_database(db_path), registry)
    try:
        window = make_window(service)
        window.import_paths([exported])
        assert [c.kind for c in dialogs.calls] == ["information"], dialogs.calls
        imported = next(s.id for s in service.list_summaries() if s.network_name == "FILE-WEN")
        window.open_assessment(imported)
        view = window.view
        view.show_page("area:MEM")
        view.current_page().focus_item("G2-MEM-02")
        press(qtbot, Qt.Key.Key_3)
        assert stored(db_path, imported, registry).record.answer("G2-MEM-02").level == 3

        dialogs.text_answer = ("FILE-WEN again", True)
        window.reassess(imported)
        new = window.view.assessment_id
        record = stored(db_path, new, registry).record
        assert record.questionnaire.version == "1.0"
        assert record.answer("G2-MEM-01").level == 2 and record.answer("G2-MEM-01").carried_over
        window.close()
    finally:
        service.database.close()
