"""Opening the database and the questionnaires for a command, with user-facing errors."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wen_assess.cli.output import UserError
from wen_assess.paths import default_database
from wen_assess.storage.location import database_argument


def database_path(args: argparse.Namespace) -> Path | str:
    """The file or server URL of ``--db``, else WEN_ASSESS_DB, else the default file."""
    value = getattr(args, "db", None)
    return database_argument(value) if value else default_database()


def open_service(args: argparse.Namespace, target: Path | str | None = None, registry=None):  # type: ignore[no-untyped-def]
    """The service on ``target`` (default: ``--db``); -> AssessmentService (imported lazily:
    slow). Several databases in one command share one ``registry``."""
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage import history
    from wen_assess.storage.service import AssessmentService

    if registry is None:
        registry = default_registry()
        _warn_skipped(registry)
    database = open_target(target or database_path(args), args, scales=registry.scales())
    _note_upgrade(database)
    service = AssessmentService(database, registry)
    if (user := getattr(args, "user", None)) and user.strip():
        service.user = history.checked_user(user, "--user")
    elif named := os.environ.get(history.USER_VARIABLE, "").strip():
        service.user = history.checked_user(named, history.USER_VARIABLE)  # refused once, here
    service.refresh_stale_summaries()
    service.keep_questionnaire_copies()
    return service


def _warn_skipped(registry) -> None:  # type: ignore[no-untyped-def]
    for error in registry.errors:
        # The first problem names the file (and line); the others are one command away.
        first = error.problems[0].render(error.path) if error.problems else error.path
        more = len(error.problems) - 1
        print(
            f"warning: skipped questionnaire {first}"
            + (f" (and {more} more: `wen-assess validate {error.path}`)" if more > 0 else ""),
            file=sys.stderr,
        )


def _note_upgrade(database) -> None:  # type: ignore[no-untyped-def]
    if database.backup_path:
        print(
            f"note: the database was upgraded; a backup of the old file is at "
            f"{database.backup_path}",
            file=sys.stderr,
        )
    elif database.upgraded_from:
        print(
            f"note: the database {database.label} was upgraded from version "
            f"{database.upgraded_from}",
            file=sys.stderr,
        )


def open_target(target: Path | str, args: argparse.Namespace, **options):  # -> Database
    """Open one database for a command; its refusal (never with a password) as a UserError."""
    from wen_assess.storage.database import DatabaseError, open_database

    try:
        return open_database(target, upgrade=getattr(args, "upgrade", False), **options)
    except DatabaseError as error:
        raise UserError(str(error)) from None


def is_file_argument(ref: str) -> bool:
    return ref.endswith(".json") or Path(ref).is_file()


def load_record(args: argparse.Namespace, ref: str):
    """(service or None, Assessment) for an ID in the database or a file."""
    if is_file_argument(ref):
        return None, read_file_argument(ref)
    service = open_service(args)
    return service, load_stored(service, ref)


def read_file_argument(ref: str):  # -> usecases.Assessment
    """The assessment file ``ref`` names, read whole (nothing is imported)."""
    from wen_assess import usecases
    from wen_assess.exchange import ExchangeError
    from wen_assess.questionnaire import default_registry

    try:
        return usecases.read_file(ref, default_registry())
    except ExchangeError as error:
        raise UserError(str(error)) from None


def load_stored(service, ref: str):  # type: ignore[no-untyped-def]  # -> usecases.Assessment
    """The stored assessment an ID, uuid or uuid prefix names."""
    from wen_assess import usecases

    with _refused_as_user_error():
        return usecases.load(service, service.resolve(ref))


def resolve_stored(service, ref: str) -> int:  # type: ignore[no-untyped-def]
    """The number of the stored assessment an ID, uuid or uuid prefix names."""
    with _refused_as_user_error():
        return service.resolve(ref)


def load_stored_many(service, assessment_ids: list[int]):  # type: ignore[no-untyped-def]
    """Stored assessments by number, read in one query per table (-> list[usecases.Assessment])."""
    from wen_assess import usecases

    with _refused_as_user_error():
        return usecases.load_many(service, assessment_ids)


@contextmanager
def _refused_as_user_error() -> Iterator[None]:
    """The service's refusal (no such assessment, questionnaire not installed) as a UserError."""
    from wen_assess.storage.service import ServiceError

    try:
        yield
    except ServiceError as error:
        raise UserError(str(error)) from None
