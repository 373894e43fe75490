"""What the service refuses, and how storage problems are worded for the user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
