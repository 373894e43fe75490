"""How the command line talks to people: plain messages, JSON for scripts, no tracebacks."""

from __future__ import annotations

import json
import sys
from typing import Any

from wen_assess.errors import AppError, log_unexpected


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
    print(f"wen-assess: unexpected error: {error} ({log_unexpected(error)})", file=sys.stderr)
    return 70
