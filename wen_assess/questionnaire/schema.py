"""The JSON Schema of the questionnaire format, generated from the Pydantic models.

Regenerate `questionnaires/schema.json` after changing the models:
    python -m wen_assess.questionnaire.schema
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire.model import Questionnaire


def schema_text() -> str:
    schema = Questionnaire.model_json_schema(mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://wen-assess.invalid/schema/questionnaire-1.json",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else questionnaires_dir() / "schema.json"
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
