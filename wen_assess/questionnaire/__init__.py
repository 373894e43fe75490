"""Questionnaires: the format, loading with located errors, and the set the app knows."""

from wen_assess.questionnaire.loader import (
    LoadedQuestionnaire,
    Problem,
    QuestionnaireError,
    load_questionnaire,
    parse_questionnaire,
)
from wen_assess.questionnaire.model import Area, Item, Questionnaire, Scale, Text
from wen_assess.questionnaire.registry import Registry, default_registry

__all__ = [
    "Area",
    "Item",
    "LoadedQuestionnaire",
    "Problem",
    "Questionnaire",
    "QuestionnaireError",
    "Registry",
    "Scale",
    "Text",
    "default_registry",
    "load_questionnaire",
    "parse_questionnaire",
]
