"""Helper process for tests/test_storage_reliability.py: saves answers through the service.

    python storage_writer.py DB stream
        Creates assessments one after another and answers every G2 item of each, forever (or
        until killed). After each set_answer returns it prints and flushes
        ``saved <item_id> <assessment_id> <level>``.

    python storage_writer.py DB fill ASSESSMENT_ID START STEP ROUNDS
        Prints ``ready`` and waits for a line on stdin (so two writers start together), then
        saves items START, START+STEP, ... of G2 in ASSESSMENT_ID, ROUNDS times over (each
        round changes the level and the notes), and prints ``done <number of saves>``.

Only the service is used, as the GUI would use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"


def level_for(assessment_id: int, index: int, round_: int = 0) -> int:
    return (assessment_id + index + round_) % 4


def stream(service: AssessmentService) -> None:
    items = [item.id for item in service.registry.get(G2).items]
    while True:
        a = service.create(G2, "Writer network")
        print(f"created {a}", flush=True)
        for index, item_id in enumerate(items):
            level = level_for(a, index)
            service.set_answer(a, item_id, level=level, notes=f"saved by the writer: {index}")
            print(f"saved {item_id} {a} {level}", flush=True)


def fill(
    service: AssessmentService, assessment_id: int, start: int, step: int, rounds: int
) -> None:
    items = [item.id for item in service.registry.get(G2).items]
    print("ready", flush=True)
    sys.stdin.readline()
    saves = 0
    for round_ in range(rounds):
        for index in range(start, len(items), step):
            service.set_answer(
                assessment_id,
                items[index],
                level=level_for(assessment_id, index, round_),
                notes=f"round {round_}",
            )
            saves += 1
    print(f"done {saves}", flush=True)


def main(argv: list[str]) -> None:
    db = open_database(Path(argv[1]))
    try:
        service = AssessmentService(db, default_registry())
        if argv[2] == "stream":
            stream(service)
        elif argv[2] == "fill":
            fill(service, *(int(x) for x in argv[3:7]))
        else:
            raise SystemExit(f"unknown mode {argv[2]!r}")
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv)
