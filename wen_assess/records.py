"""An assessment as plain data: what the service returns, and what a `.wen.json` file holds.

The same models describe the stored assessment and the exchange file, so the two cannot
drift apart. Only `uuid`, `questionnaire.id`, `network.name` and `answers` are required;
everything else has a default, so files from other tools or older versions import.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from datetime import date, datetime, timezone
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationInfo,
    field_serializer,
    field_validator,
)
from pydantic_core import PydanticKnownError

from wen_assess.i18n import N_
from wen_assess.messages import Worded
from wen_assess.scoring import Answer
from wen_assess.vocabulary import (
    ENGLISH,
    ID_MAX,
    IN_PROGRESS,
    LONG_TEXT_MAX,
    PLANNED,
    SHORT_TEXT_MAX,
    ActionStatus,
    ChangeKind,
    Language,
    Status,
)

ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX)]
Key = Annotated[str, StringConstraints(min_length=1, max_length=ID_MAX)]


_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r") | {0x7F: None}
# A character that shows: not a space, and not one of the invisible format characters (zero
# width space and joiners, direction marks and isolates, word joiner, BOM, soft hyphen).
_VISIBLE = re.compile("[^\\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False, defer_build=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: object, info: ValidationInfo) -> object:
        """Invisible control characters (NUL...) would be stored and printed in reports."""
        if isinstance(value, str):
            cleaned = value.translate(_CONTROL)
            shows = not cleaned or _VISIBLE.search(cleaned)  # empty: refused already if need be
            if info.field_name is not None and (cleaned != value or not shows):
                _still_long_enough(cls, info.field_name, cleaned)
            return cleaned
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [v.translate(_CONTROL) for v in value]
        return value


def _still_long_enough(model: type[BaseModel], field: str, text: str) -> None:
    """The field's length limit counted the control characters: a text that was nothing else
    (a name of a lone NUL) is refused as an empty one is, not kept empty (the record would
    then refuse itself when saved); so is a required text with nothing that shows (a network
    named by a zero-width space alone)."""
    for constraint in model.model_fields[field].metadata:
        least = getattr(constraint, "min_length", None)
        kept = text.strip() if getattr(constraint, "strip_whitespace", False) else text
        if least and (len(kept) < least or not _VISIBLE.search(kept)):  # nothing that shows
            # Pydantic's own error, as the field's limit gives it (wording and plural alike).
            raise PydanticKnownError("string_too_short", {"min_length": least})


class QuestionnaireRef(_Record):
    id: Key
    version: ShortText | None = None
    checksum: ShortText | None = Field(
        default=None, description="sha256 of the questionnaire file the answers were given with."
    )


class Network(_Record):
    name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SHORT_TEXT_MAX)
    ]
    region: ShortText = ""
    member_countries: list[ShortText] = Field(default_factory=list, max_length=500)


class ParticipantRecord(_Record):
    name: ShortText = ""
    organisation: ShortText = ""
    country: ShortText = ""
    role: ShortText = ""


class ResponseAnswerRecord(_Record):
    """One view of one item: a level, Not applicable, or only notes. A member's response
    holds these; the assessment's own answers (AnswerRecord) add their review marks."""

    item_id: Key
    # Strict: the published schema says integer and boolean; "2" or true is not a level.
    level: StrictInt | None = None
    not_applicable: StrictBool = False
    justification: LongText = ""
    notes: LongText = ""

    @field_validator("not_applicable")
    @classmethod
    def _not_both(cls, value: bool, info):  # type: ignore[no-untyped-def]
        if value and info.data.get("level") is not None:
            raise ValueError(Worded(N_("an answer cannot have a level and be Not applicable")))
        return value

    def to_answer(self) -> Answer:
        return Answer(self.level, self.not_applicable, self.justification)


class AnswerRecord(ResponseAnswerRecord):
    flagged: StrictBool = False
    carried_over: StrictBool = Field(
        default=False, description="Copied from a baseline assessment and not yet reviewed."
    )

    def to_answer(self) -> Answer:
        return Answer(self.level, self.not_applicable, self.justification, self.carried_over)


class ActionRecord(_Record):
    item_id: Key
    text: LongText = ""
    owner: ShortText = ""
    due: date | None = None
    status: ActionStatus = PLANNED


class ResponseRecord(_Record):
    """A member's response form, as imported: who answered, and their view of each item."""

    country: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SHORT_TEXT_MAX)
    ]
    agency: ShortText = ""
    respondent: ShortText = Field(default="", description="The focal point's name.")
    received: date | None = Field(default=None, description="The day it was imported.")
    source: ShortText = Field(default="", description="The name of the file it came from.")
    answers: list[ResponseAnswerRecord] = Field(default_factory=list, max_length=10_000)

    @field_validator("answers")
    @classmethod
    def _one_per_item(cls, answers: list[ResponseAnswerRecord]) -> list[ResponseAnswerRecord]:
        return _once_per_item(answers)

    @property
    def key(self) -> str:
        """Who answered: country, agency and name, compared without case or extra spaces.

        A second response with the same key replaces the first (after confirmation).
        """
        return respondent_key(self.country, self.agency, self.respondent)


def respondent_key(country: str, agency: str, name: str) -> str:
    return "|".join(" ".join(part.split()).casefold() for part in (country, agency, name))


def _once_per_item(answers: list) -> list:  # type: ignore[type-arg]
    seen: set[str] = set()
    for answer in answers:
        if answer.item_id in seen:
            raise ValueError(Worded(N_("item {item} is answered twice"), item=answer.item_id))
        seen.add(answer.item_id)
    return answers


def naive_utc(value: datetime | None) -> datetime | None:
    """Times are kept as naive UTC (SQLite has no time zones)."""
    if value is None or value.tzinfo is None:
        return value
    try:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    except OverflowError:
        raise ValueError(Worded(N_("outside the range of dates this app can keep"))) from None


def with_utc_offset(value: datetime | None) -> datetime | None:
    """Kept naive but meaning UTC; written with the offset RFC 3339 (the schema) needs."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)


class ChangeRecord(_Record):
    """One entry of an assessment's history: who changed what, when, from what to what."""

    at: datetime
    by: ShortText = ""
    what: ChangeKind
    item_id: Annotated[str, StringConstraints(max_length=ID_MAX)] = Field(
        default="", description="The item (or area, for a target) changed; empty for the whole."
    )
    old: JsonValue = None
    new: JsonValue = None

    @field_validator("at")
    @classmethod
    def _as_utc(cls, value: datetime) -> datetime | None:
        return naive_utc(value)

    @field_serializer("at", when_used="json")
    def _with_utc_offset(self, value: datetime) -> datetime | None:
        return with_utc_offset(value)


class AssessmentRecord(_Record):
    uuid: str = Field(description="Stable identity across databases and files.")
    title: ShortText = ""
    assessment_date: date | None = None
    status: Status = IN_PROGRESS
    language: Language = Field(
        default=ENGLISH,
        description="The working language: the report, workbook and comparison are written in it.",
    )
    questionnaire: QuestionnaireRef
    network: Network
    facilitator: ShortText = ""
    participants: list[ParticipantRecord] = Field(default_factory=list, max_length=1000)
    answers: list[AnswerRecord] = Field(max_length=10_000)
    targets: dict[str, float] = Field(default_factory=dict)
    actions: list[ActionRecord] = Field(default_factory=list, max_length=10_000)
    responses: list[ResponseRecord] = Field(
        default_factory=list,
        max_length=1000,
        description="Members' response forms: how the agreed levels were reached.",
    )
    baseline_uuid: str | None = None
    is_demo: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    completed_at: datetime | None = None
    history: list[ChangeRecord] = Field(
        default_factory=list,
        max_length=100_000,
        description="Who changed what and when, oldest first (optional).",
    )

    @field_validator("uuid", "baseline_uuid")
    @classmethod
    def _canonical_uuid(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return str(uuid_module.UUID(value))
        except ValueError:
            raise ValueError(Worded(N_("'{value}' is not a UUID"), value=value[:60])) from None

    @field_validator("answers")
    @classmethod
    def _one_answer_per_item(cls, answers: list[AnswerRecord]) -> list[AnswerRecord]:
        return _once_per_item(answers)

    @field_validator("responses")
    @classmethod
    def _one_response_per_respondent(cls, responses: list[ResponseRecord]) -> list[ResponseRecord]:
        seen: set[str] = set()
        for response in responses:
            if response.key in seen:
                who = f"{response.country} {response.agency} {response.respondent}".strip()
                raise ValueError(Worded(N_("two responses from {who}"), who=who))
            seen.add(response.key)
        return responses

    @field_validator("created_at", "updated_at", "completed_at")
    @classmethod
    def _as_utc(cls, value: datetime | None) -> datetime | None:
        return naive_utc(value)

    @field_serializer("created_at", "updated_at", "completed_at", when_used="json")
    def _with_utc_offset(self, value: datetime | None) -> datetime | None:
        return with_utc_offset(value)

    def scoring_answers(self) -> dict[str, Answer]:
        return {a.item_id: a.to_answer() for a in self.answers}

    def answer(self, item_id: str) -> AnswerRecord | None:
        return next((a for a in self.answers if a.item_id == item_id), None)
