from __future__ import annotations

from pathlib import Path

from wen_assess.errors import AppError
from wen_assess.messages import Joined, Worded

MESSAGE_MAX = 500  # what one or two lines of a terminal or a dialog can show


def problems_text(problems: list[str]) -> Joined:
    """The problems as one message of at most MESSAGE_MAX characters (each problem worded
    again in the interface language where it was made from a template)."""
    return Joined(problems, limit=MESSAGE_MAX)


class ExchangeError(AppError):
    """A file that cannot be imported or exported; names the file and every problem."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(
            Worded("{path}: {problems}", path=self.path, problems=problems_text(problems))
        )
