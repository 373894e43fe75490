"""How the command line talks to people: plain messages, JSON for scripts, no tracebacks."""

from __future__ import annotations

import json
import sys
import traceback
from datetime import datetime
from typing import Any

from wen_assess.errors import AppError
from wen_assess.paths import user_data_dir


class UserError(AppError):
    """A problem the user can act on; printed as one message, exit code 1 by default."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def report_unexpected(error: BaseException) -> int:
    """Log the traceback to a file for a bug report and tell the user where it is."""
    log_path = user_data_dir() / "error.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(error)))
        where = f"details were written to {log_path}"
    except OSError:
        where = "details could not be written to a log file"
    print(f"wen-assess: unexpected error: {error} ({where})", file=sys.stderr)
    return 70
