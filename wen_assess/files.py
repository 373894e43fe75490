"""Writing files the user keeps: never half-written, and safe to open in a spreadsheet."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import stat
import time
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

from wen_assess.i18n import N_
from wen_assess.messages import Worded


@contextlib.contextmanager
def replacing(*targets: Path | str, make_folders: bool = True) -> Iterator[list[Path]]:
    """Temporary files beside ``targets``, renamed onto them only if the block succeeds.

    A hidden, unique name in the same folder makes the rename atomic (same file system) and
    gives the file the user's usual permissions (mkstemp would make it private). With several
    targets, all are renamed only once all are written; on any failure every temporary file is
    removed and the targets are left as they were.
    """
    paths = [_writable_target(Path(t)) for t in targets]
    temps = [p.with_name(f".{p.name}.{uuid.uuid4().hex}.tmp") for p in paths]
    for path in paths:  # unless a missing folder means the file went (a USB stick removed)
        if make_folders:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except FileExistsError:  # mkdir's word when a part of the path is a file
                raise OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path)) from None
    try:
        yield temps
        for temp, path in zip(temps, paths, strict=True):
            # Data on disk before the name points at it. "r+b": Windows cannot fsync a
            # handle opened read-only.
            with open(temp, "r+b") as handle:
                os.fsync(handle.fileno())
            _writable_target(path)  # again: it may have changed while we wrote
            if path.exists():
                shutil.copymode(path, temp)  # replacing a file keeps its permissions
        for temp, path in zip(temps, paths, strict=True):
            _replace_retrying(temp, path)
        for folder in {path.parent for path in paths}:
            _sync_folder(folder)
    except BaseException:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk: without it a power cut just after "Saved" can bring back the
    previous file. POSIX only (Windows cannot open a folder this way, and NTFS journals it)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a folder; the file's own data is on disk
    finally:
        os.close(handle)


# Windows refuses to replace a file that another program holds open. A virus scanner, the
# Explorer preview or a sync client lets go within moments: try again for about 1.5 s before
# giving the user the message. A file kept open (a report open in a PDF reader) still fails,
# and write_problem says to close it.
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.75)


def _replace_retrying(temp: Path, path: Path) -> None:
    for delay in REPLACE_RETRY_DELAYS:
        try:
            os.replace(temp, path)
        except PermissionError:
            _pause(delay)
        else:
            return
    os.replace(temp, path)


def _pause(seconds: float) -> None:
    time.sleep(seconds)


class OutputRefused(OSError):
    """The target must not be replaced (a device, a FIFO, a folder, a read-only file)."""


_KINDS = (
    (stat.S_ISDIR, N_("a folder")),
    (stat.S_ISFIFO, N_("a named pipe")),
    (stat.S_ISSOCK, N_("a socket")),
    (stat.S_ISCHR, N_("a device")),
    (stat.S_ISBLK, N_("a device")),
)


def _writable_target(path: Path) -> Path:
    """The regular file to write for ``path``, or OutputRefused.

    A rename onto a device, a FIFO or a socket would silently replace it with a plain file,
    and onto a read-only file would undo the user's protection: both are refused. A link to a
    file is followed, so the link stays and the file it names is updated.
    """
    if path.is_symlink():
        if not path.exists():
            raise OutputRefused(
                errno.ENOENT,
                Worded(N_("it is a link to a file that does not exist; choose another name")),
            )
        path = Path(os.path.realpath(path))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return path  # a new file
    except OSError:
        return path  # unreadable: the write itself will say why
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), N_("not a regular file"))
        raise OutputRefused(
            errno.EEXIST,
            Worded(
                N_("it is {kind}, not a regular file; choose another file name"),
                kind=Worded(kind),
            ),
        )
    # The mode bits, not only os.access: root may write anywhere, but a file its owner made
    # read-only is meant to stay as it is.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise OutputRefused(
            errno.EACCES,
            Worded(
                N_(
                    "the file is read-only; it was left unchanged (make it writable or choose "
                    "another file name)"
                )
            ),
        )
    return path


def write_problem(error: OSError) -> str:
    """Why a file could not be written, in words a user can act on (a Worded: the app says
    it in its interface language; the system's own reason stays as the system wrote it)."""
    if isinstance(error, OutputRefused):
        return error.strerror or str(error)
    if isinstance(error, PermissionError):
        return Worded(
            N_(
                "permission denied: the file may be open in another program (close it and try "
                "again), or the folder is read-only"
            )
        )
    worded = _WORDED_ERRORS.get(error.errno or 0)
    if worded is not None:
        return worded
    if isinstance(error, FileNotFoundError):
        return Worded(N_("the folder does not exist"))
    return error.strerror or str(error)


# Each system error a user can meet when naming an output file, said once for every writer.
_WORDED_ERRORS = {
    errno.ENOSPC: Worded(N_("the disk is full")),
    errno.EDQUOT: Worded(N_("the disk is full")),
    errno.EFBIG: Worded(N_("the file is too large for this disk")),
    errno.EROFS: Worded(N_("the disk is read-only")),
    errno.ENOTDIR: Worded(N_("a part of the path is a file, not a folder")),
    errno.EISDIR: Worded(
        N_("it is {kind}, not a regular file; choose another file name"),
        kind=Worded(N_("a folder")),
    ),
    errno.ENAMETOOLONG: Worded(N_("the name is too long; choose a shorter file name")),
}


# A spreadsheet runs a cell as a formula when its first visible character is one of these;
# the full-width forms count too (Excel and LibreOffice normalise them on East Asian locales).
_FORMULA_CHARACTERS = frozenset("=+-@＝＋－＠")
# Tab and CR start a cell that some spreadsheets re-split or trim into a formula.
_ALWAYS_QUOTED = ("\t", "\r")
# What a spreadsheet may skip before reading a formula: spaces (Zs), control characters such
# as a line feed (Cc), invisible format characters such as U+200B or a BOM (Cf), line and
# paragraph separators (Zl, Zp).
_SKIPPED_CATEGORIES = frozenset({"Zs", "Cc", "Cf", "Zl", "Zp"})


def spreadsheet_cell(text: str) -> str:
    """Text a spreadsheet shows as typed: one that it could run as a formula gets a quote.

    A cell is a formula risk when its first character, after any invisible or blank ones, is
    =, +, - or @ (or their full-width forms), or when it starts with a tab or a CR. Plain
    numbers such as "-2.6" are left alone, so they stay numbers.
    """
    if text.startswith(_ALWAYS_QUOTED):
        return "'" + text
    first = next((ch for ch in text if unicodedata.category(ch) not in _SKIPPED_CATEGORIES), "")
    if first not in _FORMULA_CHARACTERS or _is_number(text):
        return text
    return "'" + text


def save_workbook(book: object, path: Path) -> None:
    """Save an openpyxl workbook to ``path``, the zip built in memory.

    openpyxl leaves its ZipFile open when a write fails (a full disk), and the garbage
    collector then prints a traceback after our message. Built in memory, the only disk write
    is ours, and it fails cleanly. A plan is a few kilobytes.
    """
    buffer = io.BytesIO()
    book.save(buffer)  # type: ignore[attr-defined]
    with open(path, "wb") as handle:
        handle.write(buffer.getbuffer())


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
