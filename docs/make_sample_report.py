"""Regenerate docs/sample-report.pdf (English) and docs/sample-report-fr.pdf (French) from the
annotated HAWEN 2022 demo assessment, through the same use case as the Report button and
`wen-assess report --lang`.

Run: python docs/make_sample_report.py
"""

from __future__ import annotations

from pathlib import Path

from wen_assess import usecases
from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry

DOCS = Path(__file__).resolve().parent
OUT = {"en": DOCS / "sample-report.pdf", "fr": DOCS / "sample-report-fr.pdf"}


def main() -> None:
    record = demo_record("hawen-2022")
    questionnaire = default_registry().get(record.questionnaire.id, record.questionnaire.version)
    assessment = usecases.Assessment(questionnaire, record)
    for language, path in OUT.items():
        print(usecases.write_report(assessment, path, language))


if __name__ == "__main__":
    main()
