"""Where the test suite's time goes, in figures that do not depend on how busy the machine is.

A pytest plugin: each test process records, per test, its set-up, call and teardown time and
when it ran; at the end the run prints the wall time, the sum of all test durations (setup and
teardown included: a fixture built for a test is the test's time), each worker's busy time and
when it finished (one worker idle while the other works is lost wall time), and the slowest
tests.

    PYTHONPATH=bench python -m pytest -n auto -p suite_timing [--suite-timing-json FILE]
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

_RECORDS_ENV = "WEN_SUITE_TIMING_DIR"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--suite-timing-json", default=None, help="also write the per-test timings to this file"
    )


def pytest_configure(config: pytest.Config) -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker is None:  # the controller (or a run without -n) owns the records folder
        import tempfile

        folder = tempfile.mkdtemp(prefix="suite-timing-")
        os.environ[_RECORDS_ENV] = folder  # inherited by the workers xdist starts
        config._suite_timing_start = time.time()  # type: ignore[attr-defined]
    config._suite_timing_rows = []  # type: ignore[attr-defined]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER") is None and hasattr(report, "node"):
        return  # the controller sees the workers' reports too: they record their own
    rows = _rows_of_this_process()
    rows.append(
        {
            "test": report.nodeid,
            "when": report.when,
            "duration": report.duration,
            "stop": report.stop,
            "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
        }
    )


_rows: list[dict] = []
_cpu_rows: list[dict] = []


def _cpu_seconds() -> float:
    """CPU time of this process and of the subprocesses it has waited for: unlike wall time,
    it hardly changes when other work shares the machine."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):  # type: ignore[no-untyped-def]
    start = _cpu_seconds()
    yield
    _cpu_rows.append({"test": item.nodeid, "cpu": _cpu_seconds() - start})


def _rows_of_this_process() -> list[dict]:
    return _rows


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = os.environ.get(_RECORDS_ENV)
    if folder is None:
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    import resource

    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    cpu = {
        "cpu": own.ru_utime + own.ru_stime,
        "children_cpu": children.ru_utime + children.ru_stime,
    }
    (Path(folder) / f"{worker}.json").write_text(
        json.dumps({"rows": _rows, "cpu_rows": _cpu_rows, **cpu})
    )
    if worker == "main" and hasattr(config, "_suite_timing_start"):
        _summarise(config, Path(folder))


def _summarise(config: pytest.Config, folder: Path) -> None:
    start = config._suite_timing_start  # type: ignore[attr-defined]
    wall = time.time() - start
    records = {path.stem: json.loads(path.read_text()) for path in folder.glob("*.json")}
    rows = [row for record in records.values() for row in record["rows"]]
    per_test: dict[str, float] = {}
    workers: dict[str, dict[str, float]] = {}
    for row in rows:
        per_test[row["test"]] = per_test.get(row["test"], 0.0) + row["duration"]
        busy = workers.setdefault(row["worker"], {"busy": 0.0, "last": 0.0, "tests": 0})
        busy["busy"] += row["duration"]
        busy["last"] = max(busy["last"], row["stop"] - start)
        busy["tests"] += row["when"] == "call"
    total = sum(per_test.values())
    cpu_of = {row["test"]: row["cpu"] for r in records.values() for row in r.get("cpu_rows", [])}
    lines = [
        "",
        f"suite timing: wall {wall:.1f} s, sum of test durations {total:.1f} s "
        f"({len(per_test)} tests), load average {os.getloadavg()[0]:.2f}",
        f"  CPU used by the tests (and the programs they ran): {sum(cpu_of.values()):.1f} s",
    ]
    for name, worker in sorted(workers.items()):
        record = records[name]
        lines.append(
            f"  {name}: {worker['tests']:.0f} tests, busy {worker['busy']:.1f} s, "
            f"last test ended at {worker['last']:.1f} s; CPU {record['cpu']:.1f} s "
            f"+ {record['children_cpu']:.1f} s in its subprocesses"
        )
    if len(workers) > 1:
        ends = [w["last"] for w in workers.values()]
        lines.append(f"  balance: the first worker finished {max(ends) - min(ends):.1f} s early")
    lines.append("  slowest tests (setup + call + teardown; CPU):")
    for test, seconds in sorted(per_test.items(), key=lambda item: -item[1])[:15]:
        lines.append(f"    {seconds:6.2f} s  {cpu_of.get(test, 0):6.2f} s  {test}")
    print("\n".join(lines))
    target = config.getoption("--suite-timing-json")
    if target:
        Path(target).write_text(json.dumps(records, indent=1))
