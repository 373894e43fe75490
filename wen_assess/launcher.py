"""The `wen-assess` entry point: commands go to the CLI, no command opens the desktop app.

This is the one module outside the UI package that may reach Qt (lazily), so that the CLI
itself stays Qt-free under the import-linter contract.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from wen_assess.storage.location import database_argument


def _run_app(db_path: Path | str | None, files: Sequence[Path] = ()) -> int:
    # Start-up allocates hundreds of thousands of long-lived objects (modules, classes, Qt
    # wrappers); the collector would walk them all (17-40 ms a pass here) only to free nothing.
    # It is switched back on, with those objects set aside for good, once the window is up.
    gc.disable()
    # Everything Qt-free the window needs, first: once PySide6 is imported it reads the source
    # of every module imported after it (~1 ms each; the SQLite dialect alone is 11 modules).
    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401

    import wen_assess.files
    import wen_assess.fonts
    import wen_assess.formatting
    import wen_assess.questionnaire.registry
    import wen_assess.storage.service
    import wen_assess.storage.sqlite  # the database file's checks, opened right after Qt
    import wen_assess.usecases  # noqa: F401

    try:
        from wen_assess.ui.app import run
    except ImportError as error:
        print(
            f"wen-assess: the desktop app cannot start ({error}); the commands still work, "
            "see `wen-assess --help`",
            file=sys.stderr,
        )
        return 1
    return run(db_path, files=files)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if (db := _app_only(args)) is not None:
        # No command: straight to the app, without building the command-line parser.
        return _run_app(db or None)
    from wen_assess.cli import main as cli_main

    return cli_main(args, run_app=_run_app)


def _app_only(args: list[str]) -> Path | str | None:
    """For `wen-assess` or `wen-assess --db PATH`: the database ("" = default); else None."""
    if not args:
        return ""
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return database_argument(args[1])
    if len(args) == 1 and args[0].startswith("--db="):
        return database_argument(args[0].removeprefix("--db="))
    return None


def gui_main(argv: Sequence[str] | None = None) -> int:
    """`wen-assess-gui [--db PATH|URL] [FILE...]`: the desktop app only (on Windows, without a
    console); a member's response form named is opened to be filled in, an assessment file
    imported (as when dropped on the window)."""
    import argparse

    from wen_assess import __version__

    parser = argparse.ArgumentParser(prog="wen-assess-gui", description="Open the desktop app.")
    parser.add_argument("--version", action="version", version=f"wen-assess {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the assessments database: a file, or a server URL such as "
        "postgresql+psycopg://user@host:5432/wen (default: in your user data folder; "
        "or set WEN_ASSESS_DB)",
    )
    parser.usage = "%(prog)s [-h] [--version] [--db PATH|URL] [FILE ...]"
    parser.epilog = (
        "FILE: a response form (.response.wen.json) to fill in, assessment files (.wen.json) "
        "to import, or a response form made for Excel (.xlsx)"
    )
    args, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    # Files only by their suffix: a command given here by mistake is refused, not opened.
    files = [Path(a) for a in rest if _file_name(a)]
    if unknown := [a for a in rest if not _file_name(a)]:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    db = database_argument(args.db) if args.db else None
    return _run_app(db, files)


def _file_name(argument: str) -> bool:
    return argument.lower().endswith((".json", ".xlsx")) and not argument.startswith("-")
