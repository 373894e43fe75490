"""The file format, version 1; its JSON Schema is in docs/ (`python -m wen_assess.schemas`)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from wen_assess.paths import ASSESSMENT_SUFFIX
from wen_assess.records import AssessmentRecord

FORMAT_NAME = "wen-assess/assessment"
FORMAT_VERSION = 1
SUFFIX = ASSESSMENT_SUFFIX


class AssessmentDocument(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: Literal["wen-assess/assessment"] = FORMAT_NAME
    format_version: Literal[1] = FORMAT_VERSION
    exported_at: datetime | None = None
    app_version: str | None = Field(default=None, description="wen-assess version that wrote it.")
    assessment: AssessmentRecord


def schema_text() -> str:
    schema = AssessmentDocument.model_json_schema(mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://wen-assess.invalid/schema/assessment-1.json",
        "title": "wen-assess assessment file (.wen.json), format version 1",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
