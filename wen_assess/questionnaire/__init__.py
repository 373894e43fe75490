"""Questionnaires: the format, loading with located errors, and the set the app knows.

Names are imported on first use (PEP 562): building the Pydantic models costs ~80 ms, which
the app's start-up (the library list) does not need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_WHERE = {
    "Problem": "errors",
    "QuestionnaireError": "errors",
    "LoadedQuestionnaire": "loader",
    "load_questionnaire": "loader",
    "parse_questionnaire": "loader",
    "Wording": "language",
    "in_language": "language",
    "language_code": "language",
    "missing_translations": "language",
    "LANGUAGES": "model",
    "Area": "model",
    "Item": "model",
    "Questionnaire": "model",
    "Scale": "model",
    "Text": "model",
    "Registry": "registry",
    "default_registry": "registry",
}
__all__ = [
    "LANGUAGES",
    "Area",
    "Item",
    "LoadedQuestionnaire",
    "Problem",
    "Questionnaire",
    "QuestionnaireError",
    "Registry",
    "Scale",
    "Text",
    "Wording",
    "default_registry",
    "in_language",
    "language_code",
    "load_questionnaire",
    "missing_translations",
    "parse_questionnaire",
]

if TYPE_CHECKING:
    from wen_assess.questionnaire.errors import Problem, QuestionnaireError
    from wen_assess.questionnaire.language import (
        Wording,
        in_language,
        language_code,
        missing_translations,
    )
    from wen_assess.questionnaire.loader import (
        LoadedQuestionnaire,
        load_questionnaire,
        parse_questionnaire,
    )
    from wen_assess.questionnaire.model import LANGUAGES, Area, Item, Questionnaire, Scale, Text
    from wen_assess.questionnaire.registry import Registry, default_registry


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
