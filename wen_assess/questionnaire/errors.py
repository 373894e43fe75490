"""What is wrong with a questionnaire file (kept apart from the models: cheap to import)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wen_assess.errors import AppError


@dataclass(frozen=True)
class Problem:
    place: str  # e.g. "areas[2].items[5] (G2-FIN-06).title", or "" for the whole file
    message: str
    line: int | None = None

    def render(self, file: str) -> str:
        where = f"{file}:{self.line}" if self.line else file
        return (
            f"{where}: {self.place}: {self.message}" if self.place else f"{where}: {self.message}"
        )


class QuestionnaireError(AppError):
    """A questionnaire file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, path: Path | str, problems: list[Problem]):
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(p.render(self.path) for p in problems))


class UnknownQuestionnaire(AppError, KeyError):
    """No installed questionnaire has that id (and version). A KeyError for lookups' sake."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "unknown questionnaire"
