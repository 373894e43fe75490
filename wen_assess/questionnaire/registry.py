"""The questionnaires the app knows: the bundled ones plus those in the user's folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wen_assess.paths import questionnaires_dir, user_questionnaires_dir
from wen_assess.questionnaire.loader import (
    LoadedQuestionnaire,
    QuestionnaireError,
    load_questionnaire,
)
from wen_assess.questionnaire.model import Questionnaire

PATTERNS = ("*.yaml", "*.yml")


@dataclass
class Registry:
    entries: dict[tuple[str, str], LoadedQuestionnaire] = field(default_factory=dict)
    # Files in the user's folder that failed validation: shown to the user, never fatal.
    errors: list[QuestionnaireError] = field(default_factory=list)

    def add_folder(self, folder: Path, *, strict: bool) -> None:
        if not folder.is_dir():
            return
        for path in sorted(p for pattern in PATTERNS for p in folder.glob(pattern)):
            try:
                self.add(load_questionnaire(path))
            except QuestionnaireError as error:
                if strict:
                    raise
                self.errors.append(error)

    def add(self, loaded: LoadedQuestionnaire) -> None:
        q = loaded.questionnaire
        # The first file registered for an id and version wins: bundled files come first.
        self.entries.setdefault((q.id, q.version), loaded)

    def get(self, questionnaire_id: str, version: str | None = None) -> Questionnaire:
        return self.get_loaded(questionnaire_id, version).questionnaire

    def get_loaded(self, questionnaire_id: str, version: str | None = None) -> LoadedQuestionnaire:
        if version is not None and (questionnaire_id, version) in self.entries:
            return self.entries[(questionnaire_id, version)]
        candidates = [v for (qid, _), v in self.entries.items() if qid == questionnaire_id]
        if not candidates:
            raise KeyError(f"unknown questionnaire '{questionnaire_id}'")
        if version is not None:
            known = ", ".join(c.questionnaire.version for c in candidates)
            raise KeyError(
                f"questionnaire '{questionnaire_id}' version {version} is not installed "
                f"(installed: {known})"
            )
        return candidates[-1]

    def latest(self) -> list[LoadedQuestionnaire]:
        """One entry per questionnaire id, in registration order."""
        by_id: dict[str, LoadedQuestionnaire] = {}
        for (qid, _), loaded in self.entries.items():
            by_id[qid] = loaded
        return list(by_id.values())


def default_registry() -> Registry:
    registry = Registry()
    # A broken bundled file is a packaging bug: fail loudly. A broken user file is reported.
    registry.add_folder(questionnaires_dir(), strict=True)
    registry.add_folder(user_questionnaires_dir(), strict=False)
    return registry
