"""The `wen-assess` command: one entry point for the desktop app and the scripted commands."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wen_assess import __version__
from wen_assess.cli import (
    assessment_commands,
    compare_commands,
    copy_commands,
    history_commands,
    questionnaire_commands,
    report_commands,
    response_commands,
)
from wen_assess.cli.output import UserError, report_unexpected
from wen_assess.errors import AppError
from wen_assess.storage.location import database_argument

COMMAND_MODULES = (
    questionnaire_commands,
    assessment_commands,
    report_commands,
    compare_commands,
    response_commands,
    history_commands,
    copy_commands,
)

DB_HELP = (
    "the assessments database: a file, or a server URL such as "
    "postgresql+psycopg://user@host:5432/wen (default: in your user data folder; "
    "or set WEN_ASSESS_DB)"
)
UPGRADE_HELP = "upgrade a shared server database made by an older version (others use it too)"
USER_HELP = "the name changes are recorded under (default: WEN_ASSESS_USER, else your login)"


def common_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a command's own default must not overwrite a value given before the command.
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=DB_HELP)
    common.add_argument(
        "--upgrade", action="store_true", default=argparse.SUPPRESS, help=UPGRADE_HELP
    )
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=USER_HELP)
    return common


@functools.cache  # one per process: a script or a test calling main() often builds it once
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wen-assess",
        description="Maturity self-assessment for Wildlife Enforcement Networks. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"wen-assess {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help=DB_HELP)
    parser.add_argument("--upgrade", action="store_true", help=UPGRADE_HELP)
    parser.add_argument("--user", metavar="NAME", help=USER_HELP)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    common = common_options()
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


AppRunner = Callable[[Path | str | None], int]


def main(argv: Sequence[str] | None = None, run_app: AppRunner | None = None) -> int:
    """Run a command; with none, start the desktop app through ``run_app`` (see launcher)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        if run_app is None:
            parser.print_help()
            return 0
        return run_app(database_argument(args.db) if args.db else None)
    try:
        return run(args)
    except UserError as error:
        print(f"wen-assess: {error}", file=sys.stderr)
        return error.exit_code
    except AppError as error:  # refused by the core (locked database, bad file...): a message
        print(f"wen-assess: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as error:  # the last line of defence: a message, never a traceback
        return report_unexpected(error)
