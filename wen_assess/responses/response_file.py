"""The response as a `.wen.json`-style file, for members who answer with the app or a script.

The same identity as the workbook's cover (assessment, questionnaire version and checksum,
country, agency) and one entry per item, to be filled in: a level, Not applicable, a
justification and notes.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord, Key, ResponseAnswerRecord, ShortText

RESPONSE_FORMAT = "wen-assess/response"
RESPONSE_VERSION = 1
RESPONSE_SUFFIX = ".response.wen.json"
FORM_PREFIX = "response-"  # each member's two files: response-Kenya.xlsx and .response.wen.json


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AssessmentRef(_Strict):
    uuid: str
    network: ShortText = ""
    title: ShortText = ""


class QuestionnaireRef(_Strict):
    id: Key
    version: ShortText
    checksum: ShortText = ""


class Respondent(_Strict):
    country: ShortText
    agency: ShortText = ""
    name: ShortText = ""


class ResponseDocument(_Strict):
    format: Literal["wen-assess/response"]
    format_version: Literal[1]
    language: str = "en"
    assessment: AssessmentRef
    questionnaire: QuestionnaireRef
    respondent: Respondent
    answers: list[ResponseAnswerRecord] = Field(max_length=10_000)


def response_document(
    q: Questionnaire, record: AssessmentRecord, checksum: str, country: str, agency: str
) -> dict[str, Any]:
    """A blank response file's content: every item listed, nothing answered yet."""
    return {
        "format": RESPONSE_FORMAT,
        "format_version": RESPONSE_VERSION,
        "language": record.language,
        "assessment": {"uuid": record.uuid, "network": record.network.name, "title": record.title},
        "questionnaire": {"id": q.id, "version": q.version, "checksum": checksum},
        "respondent": {"country": country, "agency": agency, "name": ""},
        "answers": [
            {"item_id": item.id, "level": None, "not_applicable": False, "justification": "",
             "notes": ""}
            for item in q.items
        ],
    }  # fmt: skip
