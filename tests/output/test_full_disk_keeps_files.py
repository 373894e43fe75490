"""Every file the app writes for the user keeps an existing file intact when the disk fills up
half-way (QA finding 6: the agenda was written in place and left truncated).

The disk filling up is simulated without root: every file opened for writing accepts a few
kilobytes, then fails with ENOSPC as a full disk does, after writing what fitted.
"""

from __future__ import annotations

import builtins
import errno
import io
from pathlib import Path

import pytest

from tests.response_helpers import create_hawen, db_path_fixture, service_fixture  # noqa: F401
from wen_assess import usecases
from wen_assess.compare import compare, load_assessments
from wen_assess.demo import add_demo_assessments
from wen_assess.exchange import ExchangeError, export_assessment
from wen_assess.files import write_problem
from wen_assess.responses.forms import members
from wen_assess.responses.workflow import make_forms, write_agenda

ROOM = 2_000  # bytes a file gets before the disk is full
BEFORE = b"the user's file as it was\n" * 100


@pytest.fixture(name="full_disk")
def full_disk_fixture(monkeypatch):  # type: ignore[no-untyped-def]
    """Turn on a full disk in one folder (the libraries' own scratch files elsewhere still
    write) for the files opened for writing from now on."""

    def turn_on(folder: Path) -> None:
        real = builtins.open

        def opening(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
            handle = real(file, mode, *args, **kwargs)
            on_disk = isinstance(file, str | Path) and Path(file).parent == folder
            if on_disk and any(flag in mode for flag in "wxa+"):
                return _Filling(handle)
            return handle

        monkeypatch.setattr(builtins, "open", opening)
        monkeypatch.setattr(io, "open", opening)

    return turn_on


class _Filling:
    """A file on a disk with ROOM bytes left."""

    def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
        self._handle, self._written = handle, 0

    def write(self, data):  # type: ignore[no-untyped-def]
        room = ROOM - self._written
        if len(data) > room:
            self._handle.write(data[: max(room, 0)])
            self._handle.flush()
            self._written = ROOM
            raise OSError(errno.ENOSPC, "No space left on device")
        self._written += len(data)
        return self._handle.write(data)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
        self._handle.close()

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._handle)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._handle, name)


def _existing(path: Path) -> Path:
    path.write_bytes(BEFORE)
    return path


def _only_the_kept_files(folder: Path, kept: list[Path]) -> None:
    assert [p.read_bytes() for p in kept] == [BEFORE] * len(kept)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in kept), (
        "a temporary file was left behind"
    )


def _refused_for_a_full_disk(write, full_disk, folder: Path) -> None:  # type: ignore[no-untyped-def]
    full_disk(folder)
    with pytest.raises(OSError) as refused:
        write()
    assert write_problem(refused.value) == "the disk is full"


@pytest.fixture(name="stored")
def stored_fixture(service):  # type: ignore[no-untyped-def]
    add_demo_assessments(service)
    return service


@pytest.mark.parametrize("name", ["report.pdf", "plan.xlsx", "plan.csv"])
def test_a_report_or_plan_keeps_the_file_it_would_replace(stored, tmp_path, full_disk, name):
    out = tmp_path / "out"
    out.mkdir()
    kept = _existing(out / name)
    assessment = usecases.load(stored, 1)
    writer = usecases.write_report if name.endswith(".pdf") else usecases.write_plan
    _refused_for_a_full_disk(lambda: writer(assessment, kept), full_disk, out)
    _only_the_kept_files(out, [kept])


@pytest.mark.parametrize("name", ["comparison.pdf", "comparison.csv"])
def test_a_comparison_keeps_the_files_it_would_replace(stored, tmp_path, full_disk, name):
    out = tmp_path / "out"
    out.mkdir()
    kept = [_existing(out / name)]
    if name.endswith(".csv"):
        kept.append(_existing(out / "comparison-items.csv"))
    comparison = compare(load_assessments(stored, [1, 2, 3]))
    _refused_for_a_full_disk(lambda: usecases.write_comparison(comparison, kept[0]), full_disk, out)
    _only_the_kept_files(out, kept)


def test_an_export_keeps_the_file_it_would_replace(stored, tmp_path, full_disk):
    out = tmp_path / "out"
    out.mkdir()
    kept = _existing(out / "hawen.wen.json")
    record = stored.get(1).record
    full_disk(out)
    with pytest.raises(ExchangeError, match="the disk is full"):
        export_assessment(record, kept, stored.registry)
    _only_the_kept_files(out, [kept])


def test_the_agenda_keeps_the_file_it_would_replace(service, tmp_path, full_disk):
    out = tmp_path / "out"
    out.mkdir()
    assessment = create_hawen(service)
    kept = _existing(out / "agenda.pdf")
    _refused_for_a_full_disk(lambda: write_agenda(service, assessment, kept), full_disk, out)
    _only_the_kept_files(out, [kept])


def test_the_agenda_leaves_no_file_where_there_was_none(service, tmp_path, full_disk):
    out = tmp_path / "out"
    out.mkdir()
    assessment = create_hawen(service)
    _refused_for_a_full_disk(
        lambda: write_agenda(service, assessment, out / "agenda.pdf"), full_disk, out
    )
    assert list(out.iterdir()) == []  # no 0-byte or partial agenda.pdf


def test_response_forms_keep_the_files_they_would_replace(service, tmp_path, full_disk):
    out = tmp_path / "out"
    out.mkdir()
    assessment = create_hawen(service)
    kept = [
        _existing(out / "response-Kenya.xlsx"),
        _existing(out / "response-Kenya.response.wen.json"),
    ]
    _refused_for_a_full_disk(
        lambda: make_forms(service, assessment, out, members(["Kenya"])), full_disk, out
    )
    _only_the_kept_files(out, kept)


def test_a_filled_in_response_keeps_the_file_it_would_replace(service, tmp_path, full_disk):
    from wen_assess.responses.filling import open_form

    out = tmp_path / "out"
    out.mkdir()
    assessment = create_hawen(service)
    make_forms(service, assessment, out, members(["Kenya"]))
    response = out / "response-Kenya.response.wen.json"
    form = open_form(response, service.registry)
    before = response.read_bytes()
    full_disk(out)
    with pytest.raises(OSError) as refused:
        form.save(out / "copy.response.wen.json")
    assert write_problem(refused.value) == "the disk is full"
    assert response.read_bytes() == before
    assert not (out / "copy.response.wen.json").exists()
    assert sorted(p.name for p in out.iterdir()) == [
        "response-Kenya.response.wen.json",
        "response-Kenya.xlsx",
    ]
