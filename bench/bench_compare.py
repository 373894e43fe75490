"""Compare 50 and 500 full G2 assessments (target for 50: under 1 s), and write the outputs.

The assessments are ten networks, each assessed several times a year apart, every item answered
with a short note and a small action plan, so that trends, item changes and follow-ups are all
worked out. Floor, measured in the same run: scoring the same assessments with
wen_assess.scoring.score alone (answers already converted), which compare() has to do anyway.
Run: python bench/bench_compare.py
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date
from pathlib import Path
from uuid import UUID

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report

from wen_assess.compare import Comparison, compare
from wen_assess.compare_csv import write_comparison_csv
from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord
from wen_assess.report.comparison import build_comparison_report
from wen_assess.scoring import score

NETWORKS = 10


def assessments(n: int, seed: int = 1) -> list[AssessmentRecord]:
    q = default_registry().get("iccwc-wen-g2")
    rng = random.Random(seed)
    records = []
    for k in range(n):
        network, round_ = k % NETWORKS, k // NETWORKS
        answers = [
            {"item_id": item.id, "level": rng.randint(0, 3), "notes": f"Evidence {k}/{item.id}."}
            for item in q.items
        ]
        actions = [
            {
                "item_id": item.id,
                "text": "Raise this item.",
                "status": rng.choice(["planned", "done"]),
            }
            for item in rng.sample(q.items, 5)
        ]
        records.append(
            AssessmentRecord(
                uuid=str(UUID(int=k + 1)),
                title=f"Assessment {k}",
                assessment_date=date(2000 + round_ % 50, 1 + network, 1 + round_ // 50),
                questionnaire={"id": q.id, "version": q.version},
                network={"name": f"Network {network}"},
                answers=answers,
                actions=actions,
            )
        )
    return records


def outputs(comparison: Comparison, floor: float) -> list[tuple[str, float, float | None]]:
    """Writing the comparison: the two CSV files and the PDF."""
    with tempfile.TemporaryDirectory() as folder:
        csv_time = measure(
            lambda: write_comparison_csv(comparison, Path(folder) / "c.csv"), repeat=5
        )
        pdf_time = measure(
            lambda: build_comparison_report(comparison, Path(folder) / "c.pdf"), repeat=3
        )
    return [
        (f"  write the two CSV files of {len(comparison.entries)}", csv_time, floor),
        (f"  build the comparison PDF of {len(comparison.entries)}", pdf_time, floor),
    ]


def main() -> None:
    q = default_registry().get("iccwc-wen-g2")
    rows = []
    for n, repeat in ((50, 10), (500, 3)):
        records = assessments(n)
        pairs = [(q, r) for r in records]
        answers = [(r.scoring_answers(), r.targets) for r in records]
        floor = measure(lambda a=answers: [score(q, x, t) for x, t in a], repeat=repeat)
        timed = measure(lambda p=pairs: compare(p), repeat=repeat)
        rows += [
            (f"score {n} assessments alone (floor)", floor, None),
            (f"compare {n} full G2 assessments", timed, floor),
        ]
        if n == 50:
            rows += outputs(compare(pairs), floor)
    report(rows)
    fifty = next(seconds for name, seconds, _ in rows if name.startswith("compare 50"))
    print(
        f"\ncompare 50: {fifty * 1000:.0f} ms (target < 1000 ms): {'ok' if fifty < 1 else 'SLOW'}"
    )


if __name__ == "__main__":
    main()
