"""The `wen-assess` entry point: commands go to the CLI, no command opens the desktop app.

This is the one module outside the UI package that may reach Qt (lazily), so that the CLI
itself stays Qt-free under the import-linter contract.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from wen_assess.cli import main as cli_main


def _run_app(db_path: Path | None) -> int:
    # The core first: PySide6 inspects the source of every module imported after it (~0.2 s).
    import wen_assess.storage.service  # noqa: F401

    try:
        from wen_assess.ui.app import run
    except ImportError as error:
        print(
            f"wen-assess: the desktop app cannot start ({error}); the commands still work, "
            "see `wen-assess --help`",
            file=sys.stderr,
        )
        return 1
    return run(db_path)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, run_app=_run_app)


def gui_main() -> int:
    return main([])
