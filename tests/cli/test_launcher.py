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
    monkeypatch.setattr(launcher, "_run_app", lambda db: calls.append(db) or 0)
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
        [sys.executable, "-c", code, "--db", str(chosen)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert chosen.exists()
    assert not Path(os.environ["WEN_ASSESS_DB"]).exists()  # not the default database


def test_the_language_loaded_early_is_the_one_chosen_in_the_app_else_the_locale(
    tmp_path, monkeypatch
):
    """Babel is imported before Qt for the language the interface will most likely start in:
    the one chosen in View › Language (as Qt itself saved it), else the POSIX locale."""
    from wen_assess.ui import settings

    monkeypatch.setenv("WEN_ASSESS_DATA_DIR", str(tmp_path))
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert launcher._likely_interface_language() == "en"  # nothing chosen, no locale
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert launcher._likely_interface_language() == "pt"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # LC_ALL wins, and C is English
    assert launcher._likely_interface_language() == "en"
    settings.save_interface_language("es")
    settings.ui_settings().sync()
    assert launcher._likely_interface_language() == "es"  # the user's choice wins
    (tmp_path / "ui-state.ini").write_bytes(b"\xff\xfe[broken")  # a damaged state file
    assert launcher._likely_interface_language() == "en"
