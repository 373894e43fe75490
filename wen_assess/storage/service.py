"""The one API the GUI and the CLI use to read and change assessments.

Every change is its own committed transaction: when a method returns, the change is on
disk (this is the autosave). Each answer's transaction also rewrites the assessment's
listing summary, computed by the scoring engine, so listing never loads answers.

The work is split by job: ``queries`` (reading, listing, finding), ``commands`` (every
change), ``mapping`` (rows to records and back) and ``errors`` (what is refused, worded for
the user). This module puts them together under the name the GUI, the CLI and the tests use.
"""

from __future__ import annotations

from wen_assess.storage.commands import AssessmentCommands, Saved
from wen_assess.storage.errors import (
    Conflict,
    InvalidAnswer,
    InvalidInput,
    Locked,
    NotFound,
    NotReady,
    ServiceError,
    StorageFailure,
)
from wen_assess.storage.queries import Stored, Summary
from wen_assess.storage.response_commands import DuplicateResponse, ResponseCommands

__all__ = [
    "AssessmentService",
    "Conflict",
    "DuplicateResponse",
    "InvalidAnswer",
    "InvalidInput",
    "Locked",
    "NotFound",
    "NotReady",
    "Saved",
    "ServiceError",
    "StorageFailure",
    "Stored",
    "Summary",
]


class AssessmentService(ResponseCommands, AssessmentCommands):
    """Reading (AssessmentQueries) and changing (AssessmentCommands) assessments, and the
    members' responses to them (ResponseCommands)."""
