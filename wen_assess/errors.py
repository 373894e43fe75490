"""The base of every error whose message is written for the user, and the log for the others."""

from __future__ import annotations

import traceback
from datetime import datetime


class AppError(Exception):
    """A problem the user can act on: show its message, never a traceback."""


def log_unexpected(error: BaseException) -> str:
    """Append the traceback of a bug to error.log in the data folder; say where it went."""
    from wen_assess.paths import user_data_dir

    log_path = user_data_dir() / "error.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        return "the details could not be written to a log file"
    return f"the details were written to {log_path}"
