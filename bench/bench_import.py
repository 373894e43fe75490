"""Import 1,000 `.wen.json` files into an empty database.

The files are the five demo assessments, exported by the app, with fresh uuids (200 each).
Floor, measured in the same run on the same disk and the same files:
- reading each file and `json.loads` of it;
- plus one single-row INSERT per file, each in its own commit, with plain sqlite3 and the
  app's pragmas (WAL, synchronous=FULL): the least a durable one-transaction-per-file import
  can cost.
Also shown: reading and validating the files without any database (`read_assessment_file`),
to tell the checking cost from the writing cost.
Run: python bench/bench_import.py
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from wen_assess.demo import add_demo_assessments
from wen_assess.exchange import export_assessment, import_files, read_assessment_file
from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import Registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

FILES = 1_000
ROUNDS = 3  # each round imports into a new empty database; the median is reported


def bundled_registry() -> Registry:
    registry = Registry()
    registry.add_folder(questionnaires_dir(), strict=True)
    return registry


def make_files(folder: Path, registry: Registry) -> list[Path]:
    service = AssessmentService(open_database(folder / "demo.sqlite"), registry)
    add_demo_assessments(service)
    documents = []
    for summary in service.list_summaries():
        record = service.get(summary.id).record
        path = export_assessment(record, folder / f"demo-{summary.id}.wen.json", registry)
        documents.append(json.loads(path.read_text(encoding="utf-8")))
    service.database.close()
    files = folder / "files"
    files.mkdir()
    paths = []
    for n in range(FILES):
        document = documents[n % len(documents)]
        document["assessment"]["uuid"] = str(uuid.uuid4())
        path = files / f"{n:04d}.wen.json"
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_of(make_run: Callable[[int], Callable[[], object]]) -> float:
    return statistics.median(timed(make_run(n)) for n in range(ROUNDS))


def floor_json(paths: list[Path]) -> None:
    for path in paths:
        json.loads(path.read_bytes())


def floor_sqlite(database: Path, paths: list[Path]) -> Callable[[], None]:
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE assessment (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, data TEXT)")
    conn.commit()

    def insert_all() -> None:
        for path in paths:
            conn.execute(
                "INSERT INTO assessment (uuid, data) VALUES (?, ?)",
                (str(uuid.uuid4()), path.name),
            )
            conn.commit()
        conn.close()

    return insert_all


def floor_both(database: Path, paths: list[Path]) -> Callable[[], None]:
    insert_all = floor_sqlite(database, paths)

    def run() -> None:
        floor_json(paths)
        insert_all()

    return run


def import_run(folder: Path, registry: Registry, paths: list[Path], n: int) -> Callable[[], None]:
    service = AssessmentService(open_database(folder / f"import-{n}.sqlite"), registry)

    def run() -> None:
        outcomes = import_files(service, paths)
        bad = [o for o in outcomes if o.status != "imported"]
        assert not bad, bad[:3]
        assert service.count() == FILES
        service.database.close()

    return run


def main() -> None:
    registry = bundled_registry()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        paths = make_files(folder, registry)
        size = sum(p.stat().st_size for p in paths)
        print(f"{FILES} files, {size / 1e6:.1f} MB, median of {ROUNDS} rounds on {folder}")

        json_floor = median_of(lambda n: lambda: floor_json(paths))
        floor = median_of(lambda n: floor_both(folder / f"floor-{n}.sqlite", paths))
        validate = median_of(lambda n: lambda: [read_assessment_file(p, registry) for p in paths])
        imported = median_of(lambda n: import_run(folder, registry, paths, n))

        print(f"{'measurement':<58} {'total':>9} {'per file':>10} {'vs floor':>9}")
        for name, seconds, ratio in [
            ("read + json.loads (floor part)", json_floor, None),
            ("read + json.loads + 1-row INSERT, 1 commit each (floor)", floor, None),
            ("read + validate, no database (read_assessment_file)", validate, floor),
            ("import into an empty database (import_files)", imported, floor),
        ]:
            versus = f"{seconds / ratio:8.1f}x" if ratio else ""
            print(f"{name:<58} {seconds:8.2f}s {seconds / FILES * 1000:8.2f}ms {versus:>9}")


if __name__ == "__main__":
    sys.exit(main())
