"""The `wen-assess` command: one entry point for the desktop app and the scripted commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wen_assess import __version__
from wen_assess.cli import questionnaire_commands
from wen_assess.cli.output import UserError, report_unexpected

COMMAND_MODULES = (questionnaire_commands,)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wen-assess",
        description="Maturity self-assessment for Wildlife Enforcement Networks. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"wen-assess {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return 0
    try:
        return run(args)
    except UserError as error:
        print(f"wen-assess: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last line of defence: a message, never a traceback
        return report_unexpected(error)


def gui_main() -> int:
    return main([])
