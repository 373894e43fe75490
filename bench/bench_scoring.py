"""Load and validate the G2 questionnaire, and score a full assessment.

Floors, measured in the same run: parsing the same YAML with plain PyYAML (C loader when
available), and summing 47 integers in a dict comprehension.
Run: python bench/bench_scoring.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import load_questionnaire
from wen_assess.scoring import Answer, score

G2 = questionnaires_dir() / "iccwc-wen-g2.yaml"


def main() -> None:
    text = G2.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    yaml_floor = measure(lambda: yaml.load(text, Loader=loader))
    load = measure(lambda: load_questionnaire(G2))

    q = load_questionnaire(G2).questionnaire
    rng = random.Random(1)
    answers = {i.id: Answer(level=rng.randint(0, 3)) for i in q.items}
    answers[q.items[5].id] = Answer(not_applicable=True, justification="no ports")
    sum_floor = measure(lambda: sum(a.level or 0 for a in answers.values()), number=100)
    scoring = measure(lambda: score(q, answers), number=20)
    report(
        [
            ("PyYAML parse of the G2 file (floor)", yaml_floor, None),
            ("load + validate G2 questionnaire", load, yaml_floor),
            ("sum of 47 levels (floor)", sum_floor, None),
            ("score a full G2 assessment", scoring, sum_floor),
        ]
    )


if __name__ == "__main__":
    main()
