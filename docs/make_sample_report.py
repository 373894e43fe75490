"""Regenerate docs/sample-report.pdf from the annotated HAWEN 2022 demo assessment.

Run: python docs/make_sample_report.py
"""

from __future__ import annotations

from pathlib import Path

from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry
from wen_assess.report import build_report
from wen_assess.scoring import score

OUT = Path(__file__).resolve().parent / "sample-report.pdf"


def main() -> None:
    record = demo_record("hawen-2022")
    questionnaire = default_registry().get(record.questionnaire.id, record.questionnaire.version)
    result = score(questionnaire, record.scoring_answers(), record.targets)
    print(build_report(questionnaire, record, result, OUT))


if __name__ == "__main__":
    main()
