"""Regenerate the published JSON Schemas from the models: `python -m wen_assess.schemas`.

Tests fail when a published file differs from what the models generate.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wen_assess.exchange.document import schema_text as assessment_schema
from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire.schema import schema_text as questionnaire_schema

DOCS = Path(__file__).resolve().parent.parent / "docs"


def published() -> dict[Path, Callable[[], str]]:
    return {
        questionnaires_dir() / "schema.json": questionnaire_schema,
        DOCS / "assessment-format.schema.json": assessment_schema,
    }


def main() -> None:
    for path, make in published().items():
        path.write_text(make(), encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
