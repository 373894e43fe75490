"""How a command (or a command's action) joins the `wen-assess` parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def add_command(
    commands: argparse._SubParsersAction,
    common: argparse.ArgumentParser | None,
    name: str,
    run: Callable[[argparse.Namespace], int],
    help_text: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """The command's parser, run by ``run``; ``common`` holds the options every command that
    opens a database accepts after its name (--db, --upgrade, --user), None for the others."""
    parser = commands.add_parser(
        name, help=help_text, description=description, parents=[common] if common else []
    )
    parser.set_defaults(run=run)
    return parser
