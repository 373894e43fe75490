"""Run a `wen-assess` command in a process of its own that is a fork of the test process.

Some refusals can only be seen from another process: one without root's right to ignore file
modes, or with a file-size limit standing in for a full disk. A fork gives that process its
own rights, limits and exit without starting an interpreter and importing the app again
(~0.4 s each time); what it runs is ``python -m wen_assess ARGS``'s own entry point.

SQLite's locks do not survive a fork: fork only when the test process holds no connection to
a database the command opens (a test's own new file, as in tests/storage/test_database_refusals.py).
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable

from cli_runner import Result

# Root's rights to read, write and change files whatever their modes and owner (capability
# numbers from linux/capability.h): the tech notes drop the same three with capsh.
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_CAPABILITY_VERSION_3 = 0x20080522


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Sets(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def drop_root_powers() -> None:
    """This process (single-threaded: a fresh fork) loses root's right to ignore file modes."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header, sets = _Header(_CAPABILITY_VERSION_3, 0), (_Sets * 2)()
    if libc.capget(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    keep = ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH) | (1 << _CAP_FOWNER))
    sets[0].effective &= keep
    sets[0].permitted &= keep
    sets[0].inheritable &= keep
    if libc.capset(ctypes.byref(header), sets) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def limit_file_size(size: int) -> Callable[[], None]:
    """Every write past ``size`` bytes fails, as on a full disk (never /dev/full)."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def run_forked(
    *args: str, prepare: Callable[[], None] | None = None, timeout: float = 60
) -> Result:
    """``wen-assess ARGS`` in a forked process, after ``prepare()`` there: its exit code and
    what it wrote to standard output and error (standard input is empty)."""
    from wen_assess.launcher import main

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        with warnings.catch_warnings():
            # Python 3.12+ warns when a process with threads forks; the child uses only its own.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            _child(main, args, prepare, out.fileno(), err.fileno())
        status = _wait(pid, timeout)
        out.seek(0)
        err.seek(0)
        return Result(
            os.waitstatus_to_exitcode(status),
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def _child(main, args, prepare, out: int, err: int) -> None:  # type: ignore[no-untyped-def]
    code: object = 70
    try:
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
        if prepare is not None:
            prepare()
        code = main(list(args))
    except SystemExit as stop:
        code = stop.code
    except BaseException:
        traceback.print_exc()  # the test sees "Traceback" on standard error
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code if isinstance(code, int) else (0 if code is None else 1))


def _wait(pid: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError(f"the command did not finish in {timeout} s")
        time.sleep(0.002)
