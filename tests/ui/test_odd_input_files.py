"""The app's import (a drop, File > Import, a file named on the command line) refuses a named
pipe or a link to /dev/zero at once, saying what it is; it used to freeze the window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gui_helpers import G2
from no_hang import no_hang

pytest_plugins = ("gui_helpers",)
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_an_import_of_a_pipe_and_of_a_link_to_dev_zero_is_refused_and_the_good_file_imported(
    qtbot, make_window, dialogs, service, tmp_path
):
    from wen_assess.exchange import export_assessment

    source = service.create(G2, "HAWEN", title="Workshop 2026")
    good = Path(export_assessment(service.get(source).record, tmp_path / "good.wen.json",
                                  service.registry))  # fmt: skip
    service.delete(source)
    pipe = tmp_path / "pipe.wen.json"
    os.mkfifo(pipe)
    endless = tmp_path / "endless.wen.json"
    endless.symlink_to("/dev/zero")

    window = make_window()
    with no_hang():
        window.import_paths([pipe, endless, good])

    [shown] = dialogs.of("warning")
    assert "pipe.wen.json" in shown.text and "named pipe (FIFO)" in shown.text
    assert "endless.wen.json" in shown.text and "this is a device" in shown.text
    assert [s.title for s in service.list_summaries()] == ["Workshop 2026"]


def test_a_report_a_workbook_and_a_database_dropped_by_mistake_are_named_for_what_they_are(
    qtbot, make_window, dialogs, service, tmp_path
):
    from wen_assess import usecases
    from wen_assess.ui import language

    source = service.create(G2, "HAWEN", title="Workshop 2026")
    report = usecases.write_report(usecases.load(service, source), tmp_path / "report.pdf")
    workbook = tmp_path / "Kenya.xlsx"  # a member's form, renamed by a mail program
    from openpyxl import Workbook

    Workbook().save(workbook)
    window = make_window()
    with no_hang():
        window.open_files([report, workbook, service.database.path])
    [shown] = dialogs.of("warning")
    assert "report.pdf: rejected — this is a PDF document, not an assessment file" in shown.text
    assert "Kenya.xlsx: rejected — this is an Excel workbook or another zip archive" in shown.text
    assert "this is an SQLite database, not an assessment file" in shown.text

    language.install("fr")
    window.import_paths([report])
    assert "c'est un document PDF, pas un fichier d'évaluation" in dialogs.of("warning")[-1].text
