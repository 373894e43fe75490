from __future__ import annotations

from pathlib import Path

from wen_assess.errors import AppError


class ExchangeError(AppError):
    """A file that cannot be imported or exported; names the file and every problem."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{self.path}: " + "; ".join(problems))
