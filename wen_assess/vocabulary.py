"""Statuses, their labels and text length limits: one home for what records, tables and views share.

Plain constants with no dependencies, so the database models can build their CHECK constraints
from them without importing the Pydantic records (the library lists at start-up without those).
"""

from __future__ import annotations

from typing import Final, Literal, get_args

# ---- an assessment's status ----------------------------------------------------------------

Status = Literal["in_progress", "completed"]
IN_PROGRESS: Final[Status] = "in_progress"
COMPLETED: Final[Status] = "completed"
STATUSES: Final[tuple[Status, ...]] = get_args(Status)
STATUS_LABELS: Final[dict[str, str]] = {IN_PROGRESS: "In progress", COMPLETED: "Completed"}

# ---- an action plan entry's status ---------------------------------------------------------

ActionStatus = Literal["planned", "in_progress", "done"]
PLANNED: Final[ActionStatus] = "planned"
ACTION_IN_PROGRESS: Final[ActionStatus] = "in_progress"
DONE: Final[ActionStatus] = "done"
ACTION_STATUSES: Final[tuple[ActionStatus, ...]] = get_args(ActionStatus)
# In the order a planner moves through them (the plan page's choices follow it).
ACTION_STATUS_LABELS: Final[dict[str, str]] = {
    PLANNED: "Planned",
    ACTION_IN_PROGRESS: "In progress",
    DONE: "Done",
}

# ---- an assessment's working language (its report, workbook and comparison PDF) -------------

Language = Literal["en", "fr", "es", "pt"]
ENGLISH: Final[Language] = "en"
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
# Each language's name in itself, so a user finds theirs whatever the interface language.
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
}

# ---- text lengths (what a record, and so an exported file, can hold) ------------------------

SHORT_TEXT_MAX: Final = 500  # names, titles, owners, countries
LONG_TEXT_MAX: Final = 20_000  # notes, justifications, action texts
ID_MAX: Final = 64  # questionnaire, item and page keys


def sql_in(column: str, values: tuple[str, ...]) -> str:
    """A CHECK constraint's text: ``column`` takes one of ``values``."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# ---- a change in an assessment's history (who changed what) ---------------------------------

ChangeKind = Literal[
    "created",  # made in the app, or re-assessed from a baseline
    "imported",  # read from a .wen.json file
    "answer",  # level, N/A, justification, notes or flag of one item
    "reviewed",  # a carried-over answer confirmed (or set back to not reviewed)
    "discarded",  # an edit set aside in a conflict: someone else's value was kept
    "profile",  # title, network, region, countries, date, facilitator, working language
    "participants",
    "target",  # an area's target level
    "plan",  # one item's action plan entry
    "status",  # completed or reopened
]
CHANGE_KINDS: Final[tuple[ChangeKind, ...]] = get_args(ChangeKind)
