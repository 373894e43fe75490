"""What the service refuses, and how storage problems are worded for the user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from wen_assess.errors import AppError
from wen_assess.i18n import N_
from wen_assess.input_problems import validation_sentence
from wen_assess.messages import Joined, Worded


class ServiceError(AppError):
    """A request the service refuses; the message is meant for the user.

    A message made from a ``template`` (marked for the gettext catalogs) keeps it with its
    ``params``, so the app can word it in its interface language (``ui.language.core_message``).
    """

    template: str | None = None
    params: dict[str, object] = {}  # noqa: RUF012 (replaced, never mutated)

    @classmethod
    def worded(cls, template: str, **params: object) -> ServiceError:
        error = cls(template.format(**params))
        error.template, error.params = template, params
        return error


class NotFound(ServiceError):
    @classmethod
    def number(cls, number: int) -> NotFound:
        """No assessment with this database number (deleted, perhaps by someone else)."""
        return cls(Worded(N_("no assessment number {number}"), number=number))


class InvalidAnswer(ServiceError):
    pass


class NotReady(ServiceError):
    """Completing was refused; ``reasons`` lists what is missing."""

    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        self.template = N_("the assessment cannot be completed yet: {reasons}")
        self.params = {"reasons": Joined(reasons)}  # each reason worded in the user's language
        super().__init__(self.template.format(**self.params))


class Locked(ServiceError):
    """A change to a completed assessment's answers, profile or targets."""

    def __init__(self) -> None:
        super().__init__(
            Worded(N_("this assessment is completed: reopen it to change its answers"))
        )


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
        raise storage_failure(str(error.orig)) from error
    except ValidationError as error:  # a value the stored record could not hold
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "value"
        raise InvalidInput.worded(
            N_("Not saved: {field}: {problem}"), field=field, problem=validation_sentence(first)
        ) from None


def storage_failure(detail: str) -> ServiceError:
    lowered = detail.lower()
    if "full" in lowered:
        template = N_(
            "Not saved: the disk is full. Free some space; your earlier answers are safe."
        )
    elif "locked" in lowered or "busy" in lowered or "lock timeout" in lowered:
        template = N_("Not saved: another program is holding the database. Try again in a moment.")
    elif "readonly" in lowered or "read-only" in lowered:
        template = N_("Not saved: the database file is read-only.")
    elif "connection" in lowered and ("closed" in lowered or "terminat" in lowered):
        template = N_(
            "Not saved: the connection to the database server was lost. Check the network "
            "and try again; your earlier answers are safe."
        )
    else:
        return StorageFailure.worded(
            N_("Not saved: the database reported a problem ({detail})."), detail=detail
        )
    return StorageFailure.worded(template)


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
        # "answer", "profile" or "participants" (item_id ""), "plan" (one item's entry), or
        # "target" (item_id: the area's code)
        self.what = what
        who = f" by {last.by}" if last is not None and last.by else ""
        subject = item_id or "the profile"
        super().__init__(
            f"{subject} was changed{who} since you last saw it: your change was not applied"
        )

    def their_value(self, name: str) -> Any:
        """Their stored value of one of the fields ``mine`` sets."""
        theirs = self.theirs
        return theirs.get(name) if isinstance(theirs, dict) else getattr(theirs, name)
