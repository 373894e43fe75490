"""What a Windows laptop does differently: the data folder, user names with spaces and accents,
files held open by another program, and paths longer than 260 characters.

All of it runs on Linux: Windows' folder lookup through platformdirs' Windows rules (which read
the environment when the Windows API is absent), a held file by making the rename fail as
Windows does.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest
from pdf_text import pdf_text

from wen_assess import files, paths
from wen_assess.cli import main


@pytest.fixture
def windows_folders(monkeypatch, tmp_path) -> tuple[Path, Path]:
    roaming = tmp_path / "Users" / "Zoë Ngũ" / "AppData" / "Roaming"
    local = tmp_path / "Users" / "Zoë Ngũ" / "AppData" / "Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    # The Windows API is absent here: read the folders from the environment, as platformdirs
    # does on a Windows without ctypes.
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.delenv("WEN_ASSESS_DATA_DIR", raising=False)
    monkeypatch.delenv("WEN_ASSESS_DB", raising=False)
    return roaming, local


def test_on_windows_the_data_folder_is_wen_assess_in_appdata_roaming(windows_folders):
    roaming, _local = windows_folders
    assert paths.user_data_dir() == roaming / "wen-assess"  # no "author" folder level
    assert paths.default_database_path() == roaming / "wen-assess" / "assessments.sqlite"


def test_data_only_in_the_older_local_folder_is_still_found(windows_folders):
    roaming, local = windows_folders
    (local / "wen-assess").mkdir(parents=True)
    assert paths.user_data_dir() == local / "wen-assess"
    (roaming / "wen-assess").mkdir(parents=True)  # once both exist, Roaming wins
    assert paths.user_data_dir() == roaming / "wen-assess"


def run(capsys, *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err
    return out


def test_the_cli_works_in_folders_with_spaces_and_accents(capsys, tmp_path, monkeypatch):
    data = tmp_path / "Zoë Ngũ data" / "é"
    monkeypatch.setenv("WEN_ASSESS_DATA_DIR", str(data))
    monkeypatch.delenv("WEN_ASSESS_DB", raising=False)
    db = data / "assessments.sqlite"

    assert "added" in run(capsys, "demo")
    assert db.is_file()  # the default database, in the data folder
    report = data / "rapport Zoë.pdf"
    run(capsys, "report", "1", "-o", str(report))
    assert "HAWEN" in pdf_text(report)

    exported = tmp_path / "échange à faire" / "hawen.wen.json"
    run(capsys, "export", "1", "-o", str(exported))
    other = tmp_path / "autre base ü" / "assessments.sqlite"
    run(capsys, "import", "--db", str(other), str(exported))
    assert "HAWEN self-assessment 2022" in run(capsys, "list", "--db", str(other))


def test_an_output_path_longer_than_260_characters_is_written(capsys, tmp_path):
    db = tmp_path / "assessments.sqlite"
    run(capsys, "demo", "--db", str(db))
    deep = tmp_path.joinpath(*[f"dossier de l'atelier {n:02d}" for n in range(12)])
    report = deep / "rapport.pdf"
    exported = deep / "hawen.wen.json"
    assert len(str(report)) > 260
    run(capsys, "report", "1", "--db", str(db), "-o", str(report))
    run(capsys, "export", "1", "--db", str(db), "-o", str(exported))
    assert report.read_bytes().startswith(b"%PDF-")
    assert "HAWEN" in exported.read_text(encoding="utf-8")


def _held_open(monkeypatch, times: int | None) -> list[float]:
    """os.replace fails as on Windows while another program holds the target open:
    ``times`` times, or always (None). Returns the pauses taken between attempts."""
    real_replace = os.replace
    failures = {"left": times}
    pauses: list[float] = []

    def replace(src, dst):  # type: ignore[no-untyped-def]
        if failures["left"] is None or failures["left"] > 0:
            if failures["left"] is not None:
                failures["left"] -= 1
            raise PermissionError(13, "The process cannot access the file", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(files, "_pause", pauses.append)
    return pauses


def test_a_file_held_open_for_a_moment_is_replaced_after_a_retry(tmp_path, monkeypatch):
    target = tmp_path / "plan.csv"
    target.write_text("old", encoding="utf-8")
    pauses = _held_open(monkeypatch, times=2)
    with files.replacing(target) as (temp,):
        temp.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
    assert len(pauses) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]  # no temporary file left


def test_a_file_kept_open_gets_the_clear_message_and_stays_as_it_was(capsys, tmp_path, monkeypatch):
    db = tmp_path / "assessments.sqlite"
    run(capsys, "demo", "--db", str(db))
    report = tmp_path / "rapport.pdf"
    report.write_bytes(b"the report the user has open")
    pauses = _held_open(monkeypatch, times=None)

    code = main(["report", "1", "--db", str(db), "-o", str(report)])

    err = capsys.readouterr().err
    assert code != 0
    assert "open in another program" in err and "Traceback" not in err
    assert report.read_bytes() == b"the report the user has open"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # It waited briefly (about 1.5 s in all) before giving up, not forever.
    assert pauses == list(files.REPLACE_RETRY_DELAYS)
    assert sum(pauses) < 2
