"""The JSON Schema of the questionnaire format, generated from the Pydantic models.

Regenerate `questionnaires/schema.json` after changing the models: python -m wen_assess.schemas
"""

from __future__ import annotations

import json

from wen_assess.questionnaire.model import Questionnaire


def schema_text() -> str:
    schema = Questionnaire.model_json_schema(mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://wen-assess.invalid/schema/questionnaire-1.json",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
