"""What the service refuses, and how storage problems are worded for the user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from wen_assess.errors import AppError


class ServiceError(AppError):
    """A request the service refuses; the message is meant for the user."""


class NotFound(ServiceError):
    pass


class InvalidAnswer(ServiceError):
    pass


class NotReady(ServiceError):
    """Completing was refused; ``reasons`` lists what is missing."""

    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__("the assessment cannot be completed yet: " + "; ".join(reasons))


class Locked(ServiceError):
    pass


class InvalidInput(ServiceError):
    """A value too long or malformed to keep; nothing was written."""


class StorageFailure(ServiceError):
    """The database could not be written (disk full, file locked or gone)."""


@contextmanager
def worded() -> Iterator[None]:
    """Turn a storage failure or a value a record cannot hold into a message for the user."""
    try:
        yield
    except OperationalError as error:
        raise StorageFailure(storage_message(str(error.orig))) from error
    except ValidationError as error:  # a value the stored record could not hold
        raise InvalidInput(validation_message(error)) from None


def validation_message(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "value"
    return f"Not saved: {field}: {first['msg']}"


def storage_message(detail: str) -> str:
    lowered = detail.lower()
    if "full" in lowered:
        return "Not saved: the disk is full. Free some space; your earlier answers are safe."
    if "locked" in lowered or "busy" in lowered or "lock timeout" in lowered:
        return "Not saved: another program is holding the database. Try again in a moment."
    if "readonly" in lowered or "read-only" in lowered:
        return "Not saved: the database file is read-only."
    if "connection" in lowered and ("closed" in lowered or "terminat" in lowered):
        return (
            "Not saved: the connection to the database server was lost. Check the network "
            "and try again; your earlier answers are safe."
        )
    return f"Not saved: the database reported a problem ({detail})."


class Conflict(ServiceError):
    """An edit based on a value someone else has changed since: nothing was written.

    ``theirs`` is the answer as now stored, ``mine`` the fields the edit would have set, and
    ``last`` the history entry of their change (who and when), when there is one.
    """

    def __init__(
        self,
        item_id: str,
        theirs: Any,
        mine: dict[str, Any],
        last: Any = None,
        what: str = "answer",
    ):
        self.item_id = item_id
        self.theirs = theirs
        self.mine = mine
        self.last = last
        self.what = what  # "answer", "profile" (item_id ""), or "plan" (one item's entry)
        who = f" by {last.by}" if last is not None and last.by else ""
        subject = item_id or "the profile"
        super().__init__(
            f"{subject} was changed{who} since you last saw it: your change was not applied"
        )

    def their_value(self, name: str) -> Any:
        """Their stored value of one of the fields ``mine`` sets."""
        theirs = self.theirs
        return theirs.get(name) if isinstance(theirs, dict) else getattr(theirs, name)
