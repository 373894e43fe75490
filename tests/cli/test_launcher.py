"""The two entry points: `wen-assess` (commands, or the app) and `wen-assess-gui` (the app)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wen_assess import launcher


@pytest.fixture
def opened(monkeypatch) -> list[Path | None]:
    """The database each start of the app was given, instead of starting it."""
    calls: list[Path | None] = []
    monkeypatch.setattr(launcher, "_run_app", lambda db, files=(): calls.append(db) or 0)
    return calls


def test_the_gui_entry_point_honours_db(opened, monkeypatch):
    assert launcher.gui_main([]) == 0
    assert launcher.gui_main(["--db", "x.sqlite"]) == 0
    assert launcher.gui_main(["--db=y.sqlite"]) == 0
    monkeypatch.setattr(sys, "argv", ["wen-assess-gui", "--db", "z.sqlite"])
    assert launcher.gui_main() == 0  # as installed: the arguments come from the command line
    assert opened == [None, Path("x.sqlite"), Path("y.sqlite"), Path("z.sqlite")]


def test_the_gui_entry_point_refuses_a_command(opened, capsys):
    with pytest.raises(SystemExit) as stop:
        launcher.gui_main(["list"])
    assert stop.value.code == 2
    assert "unrecognized arguments: list" in capsys.readouterr().err
    assert opened == []


def test_the_app_started_by_the_gui_entry_point_opens_the_database_given(tmp_path):
    # The real app in its own process (QApplication is one per process), offscreen.
    chosen = tmp_path / "chosen.sqlite"
    env = {**os.environ, "WEN_ASSESS_EXIT_AFTER_START": "1", "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from wen_assess.launcher import gui_main; sys.exit(gui_main())"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, "--db", str(chosen)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert chosen.exists()
    assert not Path(os.environ["WEN_ASSESS_DB"]).exists()  # not the default database
    # Start-up imports everything Qt-free before PySide6, whose import hook would read the
    # source of each module imported after it (a linter's "unused import" fix once undid it).
    order = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    first_qt = next(i for i, name in enumerate(order) if name.startswith("PySide6"))
    for module in ("wen_assess.storage.service", "wen_assess.storage.sqlite", "sqlalchemy.orm"):
        assert order.index(module) < first_qt, module
