"""Tiny timing helpers shared by the benchmarks: best-of-N wall time, printed as a table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], repeat: int = 20, number: int = 1) -> float:
    """Median seconds per call over ``repeat`` rounds of ``number`` calls."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def report(rows: list[tuple[str, float, float | None]]) -> None:
    """Print name, time and the ratio to the floor measured in the same run."""
    print(f"{'measurement':<48} {'median':>12} {'vs floor':>10}")
    for name, seconds, floor in rows:
        ratio = f"{seconds / floor:9.1f}x" if floor else ""
        print(f"{name:<48} {seconds * 1000:10.3f}ms {ratio:>10}")
