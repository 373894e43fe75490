"""Reading a file a user brings (an assessment, a response form, a questionnaire): only a
regular file, and never more than its kind's limit.

A named pipe would block the app forever and a link to /dev/zero would never end. So the file
is opened without waiting for a pipe's writer, its kind is checked on the opened handle (after
links are followed: a swap between a check and the open cannot fool it), and the read stops
one byte past the limit whatever the file's size says (a file may grow while it is read, and
/proc files say 0). Each refusal is a :class:`Worded` reason; the caller names the file.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from wen_assess.i18n import N_
from wen_assess.messages import Amount, Worded

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class Unreadable(Exception):
    """Why a file cannot be read as one of the app's files."""

    def __init__(self, reason: Worded):
        super().__init__(reason)
        self.reason = reason


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file at ``path``; Unreadable when it is not one, cannot be
    read, or holds more than ``limit`` bytes (``what`` names the kind of file the user meant
    to give, "an assessment file", in the reasons)."""
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0  # the open below says why
    if size > limit:
        raise Unreadable(_too_large(limit, what, size))
    raw = _read(path, limit + 1, what)
    if len(raw) > limit:
        raise Unreadable(_too_large(limit, what, None))
    return raw


# What a file is, known by its first bytes whatever its name: the kinds a reader takes, or
# names when a user gives one where another was expected (a report, a form, a database).
PDF_SIGNATURE = b"%PDF-"
ZIP_SIGNATURE = b"PK\x03\x04"  # a zip archive's first entry: an .xlsx workbook, a .docx
SQLITE_SIGNATURE = b"SQLite format 3\x00"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # older Office documents: .xls, .doc


# Text saved as UTF-16 or UTF-32 (Notepad's "Unicode"), known by its byte order mark; UTF-32
# first: its little-endian mark starts with UTF-16's.
_WIDE_MARKS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def not_utf8_text(raw: bytes) -> Worded | None:
    """Why text the app reads as UTF-8 is another encoding a user can fix, or None."""
    for mark, encoding in _WIDE_MARKS:
        if raw.startswith(mark):
            return Worded(N_("the file is {encoding} text; save it as UTF-8"), encoding=encoding)
    return None


def read_head(path: Path, count: int) -> bytes:
    """At most the first ``count`` bytes of a regular file (to tell what kind of file it is);
    Unreadable otherwise."""
    return _read(path, count, Worded(N_("a file")))


def _read(path: Path, count: int, what: str) -> bytes:
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:
        raise Unreadable(Worded(N_("this is a folder, not a file"))) from None
    except FileNotFoundError:
        missing = N_("a link to a file that does not exist") if os.path.islink(path) else None
        raise Unreadable(Worded(missing or N_("no such file"))) from None
    except PermissionError:
        raise Unreadable(Worded(N_("permission denied"))) from None
    except OSError as error:
        try:  # a socket cannot be opened at all (ENXIO): say what it is
            reason = _not_a_file(os.stat(path).st_mode, what)
        except OSError:
            reason = _cannot_read(error)
        raise Unreadable(reason) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # a folder opens too, on some systems
            raise Unreadable(_not_a_file(mode, what))
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            return handle.read(count)
    except OSError as error:
        raise Unreadable(_cannot_read(error)) from None
    finally:
        if fd != -1:
            os.close(fd)


def _not_a_file(mode: int, what: str) -> Worded:
    if stat.S_ISDIR(mode):
        return Worded(N_("this is a folder, not a file"))
    if stat.S_ISFIFO(mode):
        kind = N_("a named pipe (FIFO)")
    elif stat.S_ISSOCK(mode):
        kind = N_("a socket")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = N_("a device")
    else:
        kind = N_("not a regular file")
    return Worded(N_("this is {kind}, not {what}"), kind=Worded(kind), what=what)


def _too_large(limit: int, what: str, size: int | None) -> Worded:
    megabytes = limit // (1024 * 1024)
    if size is None:  # it grew while read, or does not say its size
        return Worded(
            N_("the file is over {limit} MB; {kind} is at most {limit} MB"),
            kind=what,
            limit=megabytes,
        )
    return Worded(
        N_("the file is {size} MB; {kind} is at most {limit} MB"),
        size=Amount(size / 1e6, 1),
        kind=what,
        limit=megabytes,
    )


def _cannot_read(error: OSError) -> Worded:
    return Worded(N_("cannot read it ({reason})"), reason=error.strerror or str(error))
