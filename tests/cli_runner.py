"""Run `wen-assess` commands in the test process, as a user would in a terminal.

Starting `python -m wen_assess` pays for a new interpreter and its imports on every command;
running ``launcher.main`` in-process gives the same exit code, output and database. The few
things that need a real process (the entry point itself, a lock held by another program, a
terminal) are in tests/cli/test_cli_smoke.py.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """What a finished command left: named like ``subprocess.CompletedProcess``."""

    returncode: int
    stdout: str
    stderr: str


class _Terminal(io.StringIO):
    """Standard input that is a terminal, holding what the user types."""

    def isatty(self) -> bool:
        return True


@contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    # Like subprocess's env=: the command sees exactly these variables.
    if env is None:
        yield
        return
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextmanager
def _closing_databases() -> Iterator[None]:
    # A process's databases close when it exits; in-process, close each one the command opened
    # so that the files on disk are what a finished command leaves (write-ahead log included).
    from wen_assess.storage import database as module

    real, opened = module.open_database, []

    def tracked(path, **options):  # type: ignore[no-untyped-def]
        database = real(path, **options)
        opened.append(database)
        return database

    module.open_database = tracked
    try:
        yield
    finally:
        module.open_database = real
        for database in opened:
            database.close()


def run_cli(
    *args: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    typed: str | None = None,
) -> Result:
    """Run ``wen-assess ARGS`` in-process; ``typed`` is what a user types at a terminal.

    Without ``typed`` standard input is not a terminal (like stdin=DEVNULL). An exception that
    escapes the command fails the test with its traceback, as a traceback on stderr would.
    """
    from wen_assess.launcher import main

    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO("") if typed is None else _Terminal(typed)
    saved_stdin, saved_cwd = sys.stdin, Path.cwd()
    sys.stdin = stdin
    try:
        with _environment(env), _closing_databases(), redirect_stdout(out), redirect_stderr(err):
            if cwd is not None:
                os.chdir(cwd)
            try:
                code = main(list(args))
            except SystemExit as stop:  # argparse: --help, --version, a usage error
                code = _exit_code(stop.code, err)
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
    return Result(code, out.getvalue(), err.getvalue())


def demos_added_by_the_command(folder: Path, name: str = "library.sqlite") -> Path:
    """A database ``folder / name`` to which `wen-assess demo` added the five demos, run with a
    data folder of its own and the tests' user name: made once for a module, each test
    taking a copy (``conftest.copy_of_sqlite``)."""
    import pytest

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WEN_ASSESS_DATA_DIR", str(folder / "data"))
        patch.setenv("WEN_ASSESS_USER", "Test user")  # the name every test's changes carry
        result = run_cli("--db", str(folder / name), "demo")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    return folder / name


def _exit_code(code: object, err: io.StringIO) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)  # what the interpreter does with sys.exit("message")
    return 1


def run_process(
    *args: str, env: Mapping[str, str] | None = None, cwd: Path | str | None = None, **kwargs
) -> subprocess.CompletedProcess:
    """Run ``python -m wen_assess ARGS`` as a real process (for the smoke tests)."""
    return subprocess.run(
        [sys.executable, "-m", "wen_assess", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=kwargs.pop("stdin", subprocess.DEVNULL),  # never a terminal unless asked
        env=None if env is None else dict(env),
        cwd=cwd,
        timeout=60,
        **kwargs,
    )
