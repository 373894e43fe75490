"""Writing files the user keeps: never half-written, and safe to open in a spreadsheet."""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(*targets: Path | str) -> Iterator[list[Path]]:
    """Temporary files beside ``targets``, renamed onto them only if the block succeeds.

    A hidden, unique name in the same folder makes the rename atomic (same file system) and
    gives the file the user's usual permissions (mkstemp would make it private). With several
    targets, all are renamed only once all are written; on any failure every temporary file is
    removed and the targets are left as they were.
    """
    paths = [Path(t) for t in targets]
    temps = [p.with_name(f".{p.name}.{uuid.uuid4().hex}.tmp") for p in paths]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        yield temps
        for temp in temps:
            # Data on disk before the name points at it. "r+b": Windows cannot fsync a
            # handle opened read-only.
            with open(temp, "r+b") as handle:
                os.fsync(handle.fileno())
        for temp, path in zip(temps, paths, strict=True):
            os.replace(temp, path)
    except BaseException:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise


def write_problem(error: OSError) -> str:
    """Why a file could not be written, in words a user can act on."""
    if isinstance(error, PermissionError):
        return (
            "permission denied: the file may be open in another program (close it and try "
            "again), or the folder is read-only"
        )
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(error, FileNotFoundError):
        return "the folder does not exist"
    return error.strerror or str(error)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str) -> str:
    """Text a spreadsheet shows as typed: a leading =, +, - or @ would make it a formula.

    Plain numbers such as "-2.6" are left alone, so they stay numbers.
    """
    if not text.startswith(_FORMULA_STARTS) or _is_number(text):
        return text
    return "'" + text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
