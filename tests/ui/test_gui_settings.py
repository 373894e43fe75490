"""UI state is remembered between runs: window size and the last folder used."""

from __future__ import annotations

from gui_helpers import G2

from wen_assess.ui import main_window, settings

pytest_plugins = ("gui_helpers",)


def test_window_size_is_remembered(make_window):
    window = make_window()
    window.resize(790, 561)  # inside the offscreen screen (800×600), above the minimum size
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (790, 561)


def test_the_last_folder_is_offered_next_time(make_window, service, dialogs, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    assessment_id = service.create(G2, "Test WEN")
    window = make_window()
    dialogs.save_path = str(folder / "t.wen.json")
    window.export_dialog(assessment_id)
    assert (folder / "t.wen.json").exists()
    assert settings.last_folder() == str(folder)
    window.close()

    offered = []

    def cancel_but_record(_parent, _caption, suggested, *_args, **_kwargs):
        offered.append(suggested)
        return "", ""

    # The report's save dialog also asks the language (main_window.ask_output).
    monkeypatch.setattr(main_window, "ask_output", cancel_but_record)
    make_window().report_dialog(assessment_id)
    assert offered and offered[0].startswith(str(folder))
