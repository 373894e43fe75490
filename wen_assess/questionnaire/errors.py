"""What is wrong with a questionnaire file (kept apart from the models: cheap to import)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wen_assess.errors import AppError
from wen_assess.messages import Joined, Worded


@dataclass(frozen=True)
class Problem:
    place: str  # e.g. "areas[2].items[5] (G2-FIN-06).title", or "" for the whole file
    message: str  # a Worded where the loader wrote it: the app words it in its language
    line: int | None = None

    def render(self, file: str) -> str:
        """'file:line: place: message', a Worded whose message the app can translate."""
        where = f"{file}:{self.line}" if self.line else file
        if self.place:
            return Worded("{where}: {place}: {message}", where=where, place=self.place,
                          message=self.message)  # fmt: skip
        return Worded("{where}: {message}", where=where, message=self.message)


class QuestionnaireError(AppError):
    """A questionnaire file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, path: Path | str, problems: list[Problem]):
        self.path = str(path)
        self.problems = problems
        super().__init__(Joined([p.render(self.path) for p in problems], "\n"))


class UnknownQuestionnaire(AppError, KeyError):
    """No installed questionnaire has that id (and version). A KeyError for lookups' sake."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "unknown questionnaire"
