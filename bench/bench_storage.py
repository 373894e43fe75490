"""The storage layer: one autosaved answer, and the library listing with 10,000 assessments.

Floors, measured in the same run on the same disk:
- one single-row INSERT + commit with plain sqlite3 and the app's pragmas (WAL,
  synchronous=FULL): the least an answer that survives a power cut can cost;
- the same SELECT as the listing, with plain sqlite3 and no objects built.
Run: python bench/bench_storage.py
"""

from __future__ import annotations

import itertools
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import Registry
from wen_assess.scoring import Answer, score
from wen_assess.storage import open_cache
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"
ASSESSMENTS = 10_000
LISTING_COLUMNS = (
    "id, uuid, title, network_name, questionnaire_id, questionnaire_version, assessment_date, "
    "status, items_answered, items_total, overall_score, overall_band, is_demo, updated_at"
)


def bundled_registry() -> Registry:
    registry = Registry()
    registry.add_folder(questionnaires_dir(), strict=True)
    return registry


def floor_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE answer (assessment_id INTEGER, item_id TEXT, level INTEGER, "
        "notes TEXT, PRIMARY KEY (assessment_id, item_id))"
    )
    conn.commit()
    return conn


def bench_one_answer(folder: Path, registry: Registry) -> list[tuple[str, float, float | None]]:
    conn = floor_connection(folder / "floor.sqlite")
    counter = itertools.count()

    def bare_insert() -> None:
        n = next(counter)
        conn.execute(
            "INSERT OR REPLACE INTO answer VALUES (1, ?, ?, 'note')", (f"G2-MEM-{n % 47}", n % 4)
        )
        conn.commit()

    db = open_database(folder / "service.sqlite")
    service = AssessmentService(db, registry)
    a = service.create(G2, "Bench network")
    items = [item.id for item in registry.get(G2).items]
    cycle = itertools.cycle((item_id, level) for level in range(4) for item_id in items)

    def save_answer() -> None:
        item_id, level = next(cycle)
        service.set_answer(a, item_id, level=level, notes="note")

    for _ in range(20):  # warm up both: caches, WAL file, first pages
        bare_insert()
        save_answer()
    floor = measure(bare_insert, repeat=40, number=5)
    saving = measure(save_answer, repeat=40, number=5)
    db.close()
    conn.close()
    print(f"one saved answer: {saving * 1000:.2f} ms, {saving / floor:.1f}x a bare INSERT+commit")
    return [
        ("INSERT + commit, WAL, synchronous=FULL (floor)", floor, None),
        ("AssessmentService.set_answer (autosave)", saving, floor),
    ]


def fill_library(path: Path, registry: Registry) -> None:
    """10,000 assessments with all 47 answers each, in one transaction of plain INSERTs."""
    open_database(path).close()  # the schema, at head
    q = registry.get(G2)
    rng = random.Random(7)
    patterns = []
    for _ in range(50):
        answers = {i.id: Answer(level=rng.choice(q.scale.values)) for i in q.items}
        result = score(q, answers)
        patterns.append((answers, result))
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    assessments, answer_rows = [], []
    for n in range(1, ASSESSMENTS + 1):
        answers, result = patterns[n % len(patterns)]
        assessments.append(
            (
                n,
                f"{rng.getrandbits(128):032x}"[:8] + f"-0000-4000-8000-{n:012d}",
                f"Network {n % 700} — {date(2015 + n % 11, 1 + n % 12, 1).year}",
                date(2015 + n % 11, 1 + n % 12, 1 + n % 28).isoformat(),
                "completed" if n % 3 else "in_progress",
                G2,
                q.version,
                f"Network {n % 700}",
                now,
                now,
                result.items_total,
                result.items_answered,
                result.overall_score,
                result.overall_band,
            )
        )
        answer_rows.extend(
            (n, item_id, answer.level, f"notes for {item_id}", now)
            for item_id, answer in answers.items()
        )
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO assessment (id, uuid, title, assessment_date, status, "
                "questionnaire_id, questionnaire_version, network_name, network_region, "
                "member_countries, facilitator, is_demo, last_page, created_at, updated_at, "
                "items_total, items_answered, overall_score, overall_band, summary_stale) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '[]', '', 0, '', ?, ?, ?, ?, ?, ?, 0)",
                assessments,
            )
            conn.executemany(
                "INSERT INTO answer (assessment_id, item_id, level, not_applicable, "
                "justification, notes, flagged, carried_over, updated_at) "
                "VALUES (?, ?, ?, 0, '', ?, 0, 0, ?)",
                answer_rows,
            )
    finally:
        conn.close()


def bench_library(folder: Path, registry: Registry) -> list[tuple[str, float, float | None]]:
    path = folder / "library.sqlite"
    started = time.perf_counter()
    fill_library(path, registry)
    filled = time.perf_counter() - started
    size_mb = path.stat().st_size / 1e6
    print(f"filled {ASSESSMENTS:,} assessments x 47 answers in {filled:.1f} s ({size_mb:.0f} MB)")

    cache = open_cache.CACHE_NAME

    def first_open() -> None:  # the full check: nothing remembered about this file
        (folder / "data" / cache).unlink(missing_ok=True)
        open_database(path).close()

    opening = measure(first_open, repeat=5)
    open_database(path).close()  # checked: remembered
    reopening = measure(lambda: open_database(path).close(), repeat=5)

    conn = sqlite3.connect(path)
    query = f"SELECT {LISTING_COLUMNS} FROM assessment ORDER BY network_name, assessment_date"
    db = open_database(path)
    service = AssessmentService(db, registry)
    assert len(service.list_summaries()) == ASSESSMENTS
    # Interleaved, so that the busy machine's noise falls on the floor and the listing alike.
    floors, listings = [], []
    for _ in range(10):
        floors.append(measure(lambda: conn.execute(query).fetchall(), repeat=1))
        listings.append(measure(service.list_summaries, repeat=1))
    floor, listing = statistics.median(floors), statistics.median(listings)
    conn.close()
    items = itertools.cycle((i.id, lv) for lv in range(4) for i in registry.get(G2).items)

    def save_in_big_library() -> None:
        item_id, level = next(items)
        service.set_answer(ASSESSMENTS // 2 + 1, item_id, level=level)

    saving = measure(save_in_big_library, repeat=20, number=5)
    db.close()
    print(f"list_summaries with {ASSESSMENTS:,} assessments: {listing:.3f} s")
    return [
        (f"SELECT listing columns, {ASSESSMENTS:,} rows (floor)", floor, None),
        (f"list_summaries, {ASSESSMENTS:,} assessments (budget 2x)", listing, floor),
        (f"open_database, {ASSESSMENTS:,} assessments ({size_mb:.0f} MB)", opening, None),
        ("  the same file again, unchanged (check remembered)", reopening, opening),
        (f"set_answer with {ASSESSMENTS:,} assessments in db", saving, None),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="wen-bench-") as tmp:
        folder = Path(tmp)
        os.environ["WEN_ASSESS_DATA_DIR"] = str(folder / "data")  # never the user's own
        registry = bundled_registry()
        rows = bench_one_answer(folder, registry)
        rows += bench_library(folder, registry)
    report(rows)


if __name__ == "__main__":
    main()
