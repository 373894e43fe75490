"""Regenerate docs/sample-report.pdf from the annotated HAWEN 2022 demo assessment, through the
same use case as the Report button and `wen-assess report`.

Run: python docs/make_sample_report.py
"""

from __future__ import annotations

from pathlib import Path

from wen_assess import usecases
from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry

OUT = Path(__file__).resolve().parent / "sample-report.pdf"


def main() -> None:
    record = demo_record("hawen-2022")
    questionnaire = default_registry().get(record.questionnaire.id, record.questionnaire.version)
    print(usecases.write_report(usecases.Assessment(questionnaire, record), OUT))


if __name__ == "__main__":
    main()
