"""Fail a test instead of hanging the suite when a read blocks (a named pipe, a device)."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def no_hang(seconds: int = 20) -> Iterator[None]:
    def _timeout(*_: object) -> None:
        raise AssertionError(f"hung for {seconds} s")

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
