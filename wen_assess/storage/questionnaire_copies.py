"""The database's own copy of every questionnaire version its assessments use.

Written when an assessment first uses a version (created, imported, reassessed), read back
through the same validating loader when that version is no longer installed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from wen_assess.questionnaire.errors import QuestionnaireError
from wen_assess.storage.models import QuestionnaireCopy

if TYPE_CHECKING:
    from wen_assess.questionnaire.loader import LoadedQuestionnaire
    from wen_assess.questionnaire.registry import Registry
    from wen_assess.storage.database import Database


def copy_text(loaded: LoadedQuestionnaire) -> str | None:
    """The installed file's text, if it is still the one that was loaded (same checksum)."""
    try:
        raw = loaded.path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(raw).hexdigest() != loaded.checksum:
        return None  # changed on disk since it was read: that text is not the one in use
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def keep_copy(session: Session, registry: Registry, questionnaire_id: str, version: str) -> None:
    """Store the text of ``questionnaire_id`` ``version`` unless the database has it already."""
    # Asked by key only: loading the stored copy would read its whole text (~120 kB for G2)
    # at every creation and import, only to find it there.
    stored = select(QuestionnaireCopy.version).where(
        QuestionnaireCopy.questionnaire_id == questionnaire_id,
        QuestionnaireCopy.version == version,
    )
    if session.scalar(stored) is not None:
        return
    loaded = registry.installed(questionnaire_id, version)
    if loaded is None:
        return  # read from a stored copy already, or not installed: nothing to copy
    text = copy_text(loaded)
    if text is not None:
        session.add(
            QuestionnaireCopy(
                questionnaire_id=questionnaire_id,
                version=version,
                checksum=loaded.checksum,
                text=text,
            )
        )


class StoredCopies:
    """A registry's source of last resort: the copies kept in one database."""

    def __init__(self, database: Database):
        self.database = database

    def __call__(self, questionnaire_id: str, version: str) -> LoadedQuestionnaire | None:
        from wen_assess.questionnaire.loader import LoadedQuestionnaire, parse_questionnaire

        path = self.database.path
        if path is not None and not path.is_file():
            return None  # a database since closed and removed: never create it again
        try:
            with self.database.sessions() as session:
                row = session.scalar(
                    select(QuestionnaireCopy).where(
                        QuestionnaireCopy.questionnaire_id == questionnaire_id,
                        QuestionnaireCopy.version == version,
                    )
                )
                if row is None:
                    return None
                raw, checksum = row.text.encode("utf-8"), row.checksum
        except SQLAlchemyError:
            return None  # unreadable now (locked for long, removed): the version is missing
        if hashlib.sha256(raw).hexdigest() != checksum:
            return None  # altered since it was stored: not the text the answers were given on
        where = Path(f"{self.database.label} (copy of {questionnaire_id} {version})")
        try:
            questionnaire = parse_questionnaire(raw, where)
        except QuestionnaireError:
            return None  # a damaged copy: the version is then reported as not installed
        if (questionnaire.id, questionnaire.version) != (questionnaire_id, version):
            return None
        return LoadedQuestionnaire(questionnaire, where, checksum)
