"""`wen-assess copy`: assessments from one database into another, never overwriting."""

from __future__ import annotations

import argparse
from pathlib import Path

from wen_assess.cli.context import database_path, open_service
from wen_assess.cli.output import UserError
from wen_assess.cli.parsing import add_command
from wen_assess.storage.location import database_argument

# What `wen-assess --help` and `wen-assess copy --help` say.
HELP = "copy assessments between databases (e.g. a laptop's file into the shared server)"
DESCRIPTION = (
    "Copy assessments, with the questionnaire texts they use, from one database "
    "into another. One already there (same uuid) is never overwritten: it is reported, "
    "with what differs. Nothing is written if anything fails."
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(commands, common, "copy", run_copy, HELP, DESCRIPTION)
    parser.add_argument(
        "--from", dest="source", metavar="PATH|URL", help="where to copy from (default: --db)"
    )
    parser.add_argument(
        "--to", dest="target", metavar="PATH|URL", required=True, help="where to copy to"
    )
    parser.add_argument(
        "refs",
        nargs="*",
        metavar="ID",
        help="numbers from `list`, uuids or prefixes (default: all)",
    )


def run_copy(args: argparse.Namespace) -> int:
    from wen_assess.exchange.copying import copy_assessments, summary_line
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.service import ServiceError

    source_target = database_argument(args.source) if args.source else database_path(args)
    target_target = database_argument(args.target)
    if _same_database(source_target, target_target):
        raise UserError("--from and --to name the same database: nothing to copy")
    _must_exist(source_target)
    registry = default_registry()  # one registry: a version only the source holds is readable
    source = open_service(args, source_target, registry)
    target = open_service(args, target_target, registry)
    try:
        ids = [source.resolve(ref) for ref in args.refs] if args.refs else None
        outcomes = copy_assessments(source, target, ids)
    except ServiceError as error:
        raise UserError(f"nothing was copied: {error}") from None
    for outcome in outcomes:
        print(f"{outcome.status}: {outcome.message}")
    print(summary_line(outcomes))
    return 0


def _must_exist(source: Path | str) -> None:
    """A database read from must be there: opening a mistyped name would create it empty."""
    from wen_assess.storage.location import locate

    path = locate(source).path
    if path is not None and not path.exists():
        raise UserError(f"no database at {path} (check the name); nothing was copied")


def _same_database(one: Path | str, other: Path | str) -> bool:
    from wen_assess.storage.location import locate

    first, second = locate(one), locate(other)
    if first.path is not None and second.path is not None:
        return first.path.resolve() == second.path.resolve()
    return first.label == second.label
