"""Regenerate docs/sample-comparison.pdf and its French edition docs/sample-comparison-fr.pdf:
the demo HAWEN assessments (2022 and 2024) beside ASEAN-WEN and SAWEN, and the CAR-WEN
assessment, which is left out (another questionnaire).

Run: python docs/make_sample_comparison.py
"""

from __future__ import annotations

from pathlib import Path

from wen_assess.compare import compare
from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry
from wen_assess.usecases import write_comparison

DOCS = Path(__file__).resolve().parent
OUT = {"en": DOCS / "sample-comparison.pdf", "fr": DOCS / "sample-comparison-fr.pdf"}
KEYS = ("hawen-2022", "hawen-2024", "asean-2025", "sawen-2025", "carwen-2025")


def main() -> None:
    registry = default_registry()
    pairs = []
    for key in KEYS:
        record = demo_record(key)
        pairs.append((registry.get(record.questionnaire.id, record.questionnaire.version), record))
    comparison = compare(pairs)
    for left in comparison.left_out:
        print(f"left out {left.label}: {left.reason}")
    for language, path in OUT.items():
        print(*write_comparison(comparison, path, language))


if __name__ == "__main__":
    main()
