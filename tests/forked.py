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
import selectors
import signal
import sys
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
    what it wrote to standard output and error (standard input is empty).

    Its output comes through pipes, which a file-size limit set by ``prepare`` does not cut:
    a traceback after 4 kB of output still reaches the test."""
    from wen_assess.launcher import main

    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    with warnings.catch_warnings():
        # Python 3.12+ warns when a process with threads forks; the child uses only its own.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(out_read)
        os.close(err_read)
        _child(main, args, prepare, out_write, err_write)
    os.close(out_write)
    os.close(err_write)
    out, err = _drain(pid, (out_read, err_read), time.monotonic() + timeout)
    status = _wait(pid, timeout)
    return Result(
        os.waitstatus_to_exitcode(status),
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
    )


def _drain(pid: int, pipes: tuple[int, int], deadline: float) -> tuple[bytes, bytes]:
    """Everything the child writes to ``pipes``, read as it comes (a full pipe would stop
    it), until it closes them."""
    chunks: dict[int, list[bytes]] = {fd: [] for fd in pipes}
    with selectors.DefaultSelector() as selector:
        for fd in pipes:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise AssertionError("the command did not finish in time")
            for key, _ in selector.select(left):
                data = os.read(key.fd, 65536)
                if data:
                    chunks[key.fd].append(data)
                else:
                    selector.unregister(key.fd)
                    os.close(key.fd)
    return b"".join(chunks[pipes[0]]), b"".join(chunks[pipes[1]])


def _as_the_app_runs() -> None:
    """Undo, in the child, the test process's shortcuts that change how a database is
    written (no fsync, the schema's statements replayed): the command runs as installed."""
    from wen_assess.storage import sqlite

    for name in ("make_engine", "create_schema"):
        original = getattr(getattr(sqlite, name), "__wrapped__", None)
        if original is not None:
            setattr(sqlite, name, original)


def _child(main, args, prepare, out: int, err: int) -> None:  # type: ignore[no-untyped-def]
    code: object = 70
    try:
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
        _as_the_app_runs()
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
