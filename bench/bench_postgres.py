"""Listing, comparing and reporting 1,000 assessments: PostgreSQL over loopback vs SQLite.

The same 1,000 full G2 assessments (bench_compare.assessments) are stored in an SQLite file and
in a PostgreSQL database. The floor of each row is SQLite doing the same, in the same run; the
target is PostgreSQL within 2x of it.

- list: the library listing of all 1,000 (one query, the summary columns);
- load + compare: every record read back from the database (usecases.load_many: one query per
  table), then compared (compare());
- load + report: one assessment read back and its PDF report written (median of 20 of them).

The server is WEN_ASSESS_TEST_PG_URL's (an admin URL; a database is created and dropped), or
one started for the run as the tests do (tests/pg_server.py).
Run: python bench/bench_postgres.py
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from _timing import measure
from bench_compare import assessments
from pg_server import URL_VARIABLE, Databases, started_server

from wen_assess import usecases
from wen_assess.compare import compare
from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

N = 1_000


@contextlib.contextmanager
def server_database() -> Iterator[str]:
    admin = os.environ.get(URL_VARIABLE)
    with contextlib.ExitStack() as stack:
        if not admin:
            admin = stack.enter_context(started_server())
        databases = Databases(admin)
        url = databases.create()
        try:
            yield url
        finally:
            databases.release(url)
            databases.close()


def filled(target: Path | str, registry) -> AssessmentService:  # type: ignore[no-untyped-def]
    service = AssessmentService(open_database(target), registry)
    with service.transaction() as session:
        for record in assessments(N):
            service.add_record(record, session)
    return service


def timings(service: AssessmentService, folder: Path) -> dict[str, float]:
    ids = [s.id for s in service.list_summaries()]

    def load_and_compare() -> None:
        loaded = usecases.load_many(service, ids)
        compare([(a.questionnaire, a.record) for a in loaded])

    reported = iter(ids * 2)

    def load_and_report() -> None:
        usecases.write_report(usecases.load(service, next(reported)), folder / "r.pdf")

    return {
        f"list {N} assessments": measure(service.list_summaries, repeat=10),
        f"load + compare {N} assessments": measure(load_and_compare, repeat=3),
        "load + report one assessment": measure(load_and_report, repeat=20),
    }


def main() -> None:
    registry = default_registry()
    with tempfile.TemporaryDirectory() as folder, server_database() as url:
        sqlite = filled(Path(folder) / "bench.sqlite", registry)
        server = filled(url, registry)
        try:
            floor = timings(sqlite, Path(folder))
            measured = timings(server, Path(folder))
        finally:
            sqlite.database.close()
            server.database.close()
    print(f"{'measurement':<36} {'SQLite':>10} {'PostgreSQL':>11} {'ratio':>7}")
    worst = 0.0
    for name, base in floor.items():
        ratio = measured[name] / base
        worst = max(worst, ratio)
        print(f"{name:<36} {base * 1000:8.1f}ms {measured[name] * 1000:9.1f}ms {ratio:6.2f}x")
    print(
        f"\nPostgreSQL within 2x of SQLite: {'ok' if worst <= 2 else 'SLOW'} (worst {worst:.2f}x)"
    )


if __name__ == "__main__":
    main()
