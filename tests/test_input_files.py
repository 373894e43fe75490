"""A file a user brings that is not a regular file, or never ends, is refused at once, on every
path that reads one: an assessment to import, score, report or compare, a member's response
form (Excel or response file), a questionnaire to validate, and the app's import.

A named pipe used to block the CLI and the window forever, and a link to /dev/zero filled the
memory (5 GB in 8 s) — on every path but the questionnaires', which had their own careful
reader; now every path reads through ``wen_assess.input_files``."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import demos_added_by_the_command, run_cli
from conftest import copy_of_sqlite
from no_hang import no_hang

from wen_assess.input_files import Unreadable, read_bounded, read_head
from wen_assess.messages import Worded

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

LIMIT = 1024 * 1024


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link_to_fifo(path: Path) -> None:
    hidden = path.with_name(f"{path.name}-pipe")
    os.mkfifo(hidden)
    path.symlink_to(hidden)


def _socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))


def _link_to_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


KINDS: dict[str, tuple[Callable[[Path], None], str]] = {
    "named pipe": (_fifo, "this is a named pipe (FIFO), not "),
    "link to a named pipe": (_link_to_fifo, "this is a named pipe (FIFO), not "),
    "socket": (_socket, "this is a socket, not "),
    "link to /dev/zero": (_link_to_zero, "this is a device, not "),
    "folder": (_folder, "this is a folder, not a file"),
}


@pytest.fixture(params=list(KINDS), ids=list(KINDS))
def odd(request, tmp_path) -> Callable[[str], tuple[Path, str]]:  # type: ignore[no-untyped-def]
    """Make the kind of odd file under the name given; returns it and its refusal's start."""
    make, said = KINDS[request.param]

    def made(name: str) -> tuple[Path, str]:
        path = tmp_path / name
        make(path)
        return path, said

    return made


def test_the_reader_refuses_each_kind_at_once_saying_what_it_is(odd):
    path, said = odd("x.wen.json")
    with no_hang(), pytest.raises(Unreadable) as caught:
        read_bounded(path, LIMIT, Worded("an assessment file"))
    assert caught.value.reason.startswith(said), caught.value.reason
    with no_hang(), pytest.raises(Unreadable):
        read_head(path, 4096)


def test_a_file_larger_than_it_says_is_cut_at_the_limit_and_refused(tmp_path, monkeypatch):
    # /proc files say 0 bytes, and a file may grow between the size check and the read.
    path = tmp_path / "growing.wen.json"
    path.write_bytes(b" " * (LIMIT + 10))
    real_stat = os.stat

    class _SaysNothing:
        def __init__(self, st: os.stat_result):
            self._st = st

        def __getattr__(self, name: str) -> object:
            return 0 if name == "st_size" else getattr(self._st, name)

    monkeypatch.setattr(os, "stat", lambda p, *a, **k: _SaysNothing(real_stat(p, *a, **k)))
    with pytest.raises(Unreadable) as caught:
        read_bounded(path, LIMIT, Worded("an assessment file"))
    assert caught.value.reason == "the file is over 1 MB; an assessment file is at most 1 MB"


def test_a_file_larger_than_the_limit_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.wen.json"
    path.write_bytes(b" " * (3 * LIMIT))
    with pytest.raises(Unreadable) as caught:
        read_bounded(path, LIMIT, Worded("an assessment file"))
    assert caught.value.reason == "the file is 3.1 MB; an assessment file is at most 1 MB"


def _cli(*args: str) -> tuple[int, str]:
    with no_hang():
        result = run_cli(*args)
    out = result.stdout + result.stderr
    assert "Traceback" not in out and "unexpected error" not in out, out
    return result.returncode, out


@pytest.fixture(scope="module")
def demos_added_once(tmp_path_factory) -> Path:
    """A database to which `wen-assess demo` added the five demos, once for the module."""
    return demos_added_by_the_command(tmp_path_factory.mktemp("demos"), "a.sqlite")


def test_every_command_that_reads_a_users_file_refuses_it_at_once(odd, tmp_path, demos_added_once):
    db = str(copy_of_sqlite(demos_added_once, tmp_path / "a.sqlite"))
    assessment, said = odd("in.wen.json")
    for command in (
        ("import", str(assessment)),
        ("score", str(assessment)),
        ("report", str(assessment), "-o", str(tmp_path / "r.pdf")),
        ("compare", "1", str(assessment), "-o", str(tmp_path / "c.pdf")),
    ):
        code, out = _cli("--db", db, *command)
        assert code != 0 and said in out, (command, out)
        assert str(assessment) in out, (command, out)  # the file is named
    for name in ("Kenya.xlsx", "Kenya.response.wen.json"):
        form, said = odd(name)
        code, out = _cli("--db", db, "responses", "1", "import", str(form))
        assert code != 0 and said in out, (name, out)
    questionnaire, said = odd("q.yaml")
    code, out = _cli("validate", str(questionnaire))
    assert code != 0 and said in out, out
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_text_saved_as_utf16_or_utf32_is_refused_with_what_to_do(tmp_path, encoding):
    """Notepad's "Unicode" is UTF-16: the user is told to save the file as UTF-8."""
    name = encoding.upper()
    questionnaire = tmp_path / "q.yaml"
    questionnaire.write_text("id: x\n", encoding=encoding)  # Python writes the byte order mark
    code, out = _cli("validate", str(questionnaire))
    assert code != 0 and f"the file is {name} text; save it as UTF-8" in out, out
    assessment = tmp_path / "a.wen.json"
    assessment.write_text('{"format": "wen-assess/assessment"}', encoding=encoding)
    code, out = _cli("--db", str(tmp_path / "a.sqlite"), "import", str(assessment))
    assert code != 0, out
    assert f"not an assessment file (not UTF-8 text); the file is {name} text; save it" in out
