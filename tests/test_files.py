"""Output files are only ever regular files, written whole, never over what must stay.

Issue 10, cases 2 and 5: `report`, `export` and `actions -o` onto a FIFO, a socket, a folder, a
dangling link or a read-only file are refused with a message and the target is left as it was;
no test points at a real device node (a bug would replace it for the whole machine).
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
from pathlib import Path

import pytest

from wen_assess.cli import main
from wen_assess.errors import shown
from wen_assess.files import OutputRefused, replacing, save_workbook, write_problem


def run(capsys, *args: str) -> tuple[int, str]:
    """The real command line, in process: (exit code, stderr)."""
    code = main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err and "unexpected error" not in err, err
    return code, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "library.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def db(tmp_path, demo_db) -> Path:
    for part in demo_db.parent.glob(demo_db.name + "*"):
        shutil.copyfile(part, tmp_path / part.name)
    return tmp_path / demo_db.name


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()  # the socket file stays
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _dangling(path: Path) -> Path:
    path.symlink_to(path.with_name("missing-target"))
    return path


SPECIAL = {"fifo": _fifo, "socket": _socket, "folder": _folder, "dangling link": _dangling}
COMMANDS = {
    "report": ("report", "-o", "{out}.pdf", "1"),
    "export": ("export", "-o", "{out}.wen.json", "1"),
    "actions csv": ("actions", "-o", "{out}.csv", "1"),
    "actions xlsx": ("actions", "-o", "{out}.xlsx", "1"),
}


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every name in the folder with its file type and mode: what a refusal must not change."""
    return {p.name: (p.lstat().st_mode, p.lstat().st_size) for p in folder.iterdir()}


@pytest.mark.parametrize("kind", SPECIAL)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_non_regular_target_is_refused_and_left_alone(capsys, tmp_path, db, kind, command):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.format(out=out_dir / "target") for a in COMMANDS[command]]
    target = Path(args[2])
    SPECIAL[kind](target)
    before = _listing(out_dir)

    code, err = run(capsys, "--db", str(db), *args)

    assert code == 1
    assert str(target) in err
    assert "choose another" in err
    assert len(err.strip().splitlines()) <= 2
    assert _listing(out_dir) == before  # same type, same mode, no temporary file left


@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_target_is_refused_not_replaced(capsys, tmp_path, db, command):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.format(out=out_dir / "target") for a in COMMANDS[command]]
    target = Path(args[2])
    target.write_bytes(b"the user's own copy")
    target.chmod(0o444)
    before = _listing(out_dir)

    code, err = run(capsys, "--db", str(db), *args)

    assert code == 1
    assert "read-only" in err and str(target) in err
    assert target.read_bytes() == b"the user's own copy"
    assert _listing(out_dir) == before


def test_overwriting_keeps_the_files_mode_and_follows_a_link(capsys, tmp_path, db):
    real = tmp_path / "kept" / "plan.csv"
    real.parent.mkdir()
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "plan.csv"
    link.symlink_to(real)

    code, _ = run(capsys, "--db", str(db), "actions", "-o", str(link), "1")

    assert code == 0
    assert link.is_symlink()  # the link stays a link; the file it names is updated
    assert "Item" in real.read_text(encoding="utf-8-sig")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_replacing_refuses_before_the_block_runs(tmp_path):
    target = _fifo(tmp_path / "pipe.json")
    ran = False
    with pytest.raises(OutputRefused) as caught, replacing(target):
        ran = True
    assert not ran
    assert "named pipe" in write_problem(caught.value)
    assert stat.S_ISFIFO(target.lstat().st_mode)


def test_replacing_all_or_nothing_when_one_target_is_special(tmp_path):
    good = tmp_path / "a.csv"
    good.write_text("before")
    with pytest.raises(OutputRefused), replacing(good, _folder(tmp_path / "b.csv")) as temps:
        for temp in temps:
            temp.write_text("after")
    assert good.read_text() == "before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


def test_a_workbook_is_built_in_memory_so_a_failed_write_leaves_no_open_zip(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "x"
    target = tmp_path / "plan.xlsx"
    save_workbook(book, target)
    assert target.read_bytes()[:2] == b"PK"
    with pytest.raises(OSError):  # a folder that does not exist: the write fails cleanly
        save_workbook(book, tmp_path / "missing" / "plan.xlsx")


# ---- shown(): a hostile value is echoed short (case 2) --------------------------------------


def test_shown_keeps_short_values_and_cuts_long_ones():
    assert shown("HAWEN") == "HAWEN"
    assert shown("Zoë") == "Zoë"
    long = shown("k" * 1_000_000)
    assert len(long) < 120
    assert long.endswith("… (1,000,000 characters)")


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "a\x00b", "a\u2028b", "a\u200bb", "\ud800"])
def test_shown_never_breaks_a_line_or_hides_a_character(value):
    text = shown(value)
    assert "\n" not in text and "\r" not in text and "\u2028" not in text
    assert "\\" in text


def test_shown_survives_values_python_cannot_print():
    assert "too large" in shown(int("9" * 4000) ** 2)
    assert shown(list(range(100_000))).endswith("characters)")
