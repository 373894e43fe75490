"""The questionnaires the app knows: the bundled ones plus those in the user's folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.messages import Worded
from wen_assess.paths import questionnaires_dir, user_questionnaires_dir
from wen_assess.questionnaire.errors import Problem, QuestionnaireError, UnknownQuestionnaire

if TYPE_CHECKING:
    from wen_assess.questionnaire.loader import LoadedQuestionnaire
    from wen_assess.questionnaire.model import Questionnaire

PATTERNS = ("*.yaml", "*.yml")

# Where a version that is no longer installed can still be found (a database's stored copy).
Fallback = Callable[[str, str], "LoadedQuestionnaire | None"]


@dataclass
class Registry:
    _entries: dict[tuple[str, str], LoadedQuestionnaire] = field(default_factory=dict)
    # Files in the user's folder that failed validation: shown to the user, never fatal.
    _errors: list[QuestionnaireError] = field(default_factory=list)
    # Folders read on first use, so start-up does not parse questionnaires it may not need.
    _pending: list[tuple[Path, bool]] = field(default_factory=list)
    # Versions read from a fallback: usable by name, never offered for a new assessment.
    _fallbacks: list[Fallback] = field(default_factory=list)
    _stored: dict[tuple[str, str], LoadedQuestionnaire] = field(default_factory=dict)

    @property
    def entries(self) -> dict[tuple[str, str], LoadedQuestionnaire]:
        self._load_pending()
        return self._entries

    @property
    def errors(self) -> list[QuestionnaireError]:
        self._load_pending()
        return self._errors

    @property
    def is_loaded(self) -> bool:
        """Whether every folder has been read (asking for entries would not read files)."""
        return not self._pending

    def add_folder_later(self, folder: Path, *, strict: bool) -> None:
        self._pending.append((folder, strict))

    def _load_pending(self) -> None:
        while self._pending:
            folder, strict = self._pending.pop(0)
            self.add_folder(folder, strict=strict)

    def add_folder(self, folder: Path, *, strict: bool) -> None:
        from wen_assess.questionnaire.loader import load_questionnaire

        if not folder.is_dir():
            return
        for path in sorted(p for pattern in PATTERNS for p in folder.glob(pattern)):
            try:
                loaded = load_questionnaire(path)
                self._check_conflict(loaded)
                self.add(loaded)
            except QuestionnaireError as error:
                if strict:
                    raise
                self._errors.append(error)

    def _check_conflict(self, loaded: LoadedQuestionnaire) -> None:
        """A file claiming an id and version already known, with other content, is refused.

        Answers are tied to an id and version; two different texts under one name would make
        the same answers mean different things. An identical copy is harmless and ignored.
        """
        q = loaded.questionnaire
        known = self._entries.get((q.id, q.version))
        if known is None or known.checksum == loaded.checksum:
            return
        raise QuestionnaireError(
            loaded.path,
            [
                Problem(
                    "",
                    Worded(
                        N_(
                            "questionnaire '{id}' version {version} is already installed from "
                            "{path} with different content; that one is used and this file is "
                            "ignored (give this file a new version to use it)"
                        ),
                        id=shown(q.id),
                        version=shown(q.version),
                        path=str(known.path),
                    ),
                )
            ],
        )

    def add(self, loaded: LoadedQuestionnaire) -> None:
        q = loaded.questionnaire
        # The first file registered for an id and version wins: bundled files come first.
        self._entries.setdefault((q.id, q.version), loaded)

    def add_fallback(self, fallback: Fallback) -> None:
        """Consulted, in order, for a version no installed file provides."""
        if fallback not in self._fallbacks:
            self._fallbacks.append(fallback)

    def installed(self, questionnaire_id: str, version: str) -> LoadedQuestionnaire | None:
        """The version as installed from a file, or None (a stored copy does not count)."""
        return self.entries.get((questionnaire_id, version))

    def _from_fallback(self, questionnaire_id: str, version: str) -> LoadedQuestionnaire | None:
        key = (questionnaire_id, version)
        if key not in self._stored:
            for fallback in self._fallbacks:
                if (found := fallback(questionnaire_id, version)) is not None:
                    self._stored[key] = found
                    break
        return self._stored.get(key)

    def get(self, questionnaire_id: str, version: str | None = None) -> Questionnaire:
        return self.get_loaded(questionnaire_id, version).questionnaire

    def get_loaded(self, questionnaire_id: str, version: str | None = None) -> LoadedQuestionnaire:
        if version is not None and (questionnaire_id, version) in self.entries:
            return self.entries[(questionnaire_id, version)]
        if version is not None and (stored := self._from_fallback(questionnaire_id, version)):
            return stored
        candidates = [v for (qid, _), v in self.entries.items() if qid == questionnaire_id]
        if not candidates:
            raise UnknownQuestionnaire(
                Worded(N_("unknown questionnaire '{id}'"), id=questionnaire_id)
            )
        if version is not None:
            known = ", ".join(c.questionnaire.version for c in candidates)
            raise UnknownQuestionnaire(
                Worded(
                    N_(
                        "questionnaire '{id}' version {version} is not installed "
                        "(installed: {known})"
                    ),
                    id=questionnaire_id,
                    version=version,
                    known=known,
                )
            )
        return candidates[-1]

    def scales(self) -> dict[tuple[str, str], list[int]]:
        """Each version's scale values: what the database check at open needs."""
        return {key: loaded.questionnaire.scale.values for key, loaded in self.entries.items()}

    def latest(self) -> list[LoadedQuestionnaire]:
        """One entry per questionnaire id, in registration order."""
        by_id: dict[str, LoadedQuestionnaire] = {}
        for (qid, _), loaded in self.entries.items():
            by_id[qid] = loaded
        return list(by_id.values())


def default_registry(*, lazy: bool = False) -> Registry:
    """The bundled questionnaires, then the user's; ``lazy`` reads them on first use."""
    registry = Registry()
    # A broken bundled file is a packaging bug: fail loudly. A broken user file is reported.
    registry.add_folder_later(questionnaires_dir(), strict=True)
    registry.add_folder_later(user_questionnaires_dir(), strict=False)
    if not lazy:
        registry._load_pending()
    return registry
