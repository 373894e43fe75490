"""A questionnaire's texts in one language, and which texts lack which language.

Every output that shows questionnaire text to people (answer pages, review, results, plan,
report, workbook, comparison) asks :func:`in_language` for a :class:`Wording` and reads its
texts through it, so a missing translation falls back to English text by text, never as a whole.

The scoring engine keeps English names as identifiers (a result's band is ``band.name.en``, its
area name ``area.name.en``, an action ref carries the action's id); a ``Wording`` turns those
identifiers back into the words of the chosen language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from wen_assess.questionnaire.model import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Questionnaire,
    Text,
    language_code,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "Wording",
    "in_language",
    "language_code",
    "missing_translations",
    "texts",
]

# Each language's name in English, for messages written in English (the CLI).
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese"}


@dataclass(frozen=True)
class Wording:
    """The texts of ``questionnaire`` in ``language``, each falling back to English alone."""

    questionnaire: Questionnaire
    language: str

    def text(self, value: Text | None) -> str:
        """Any text of the questionnaire; "" for an optional text that is absent."""
        return "" if value is None else value.get(self.language)

    def band(self, name: str | None) -> str:
        """A band given by its English name, as the engine returns it; "" for no band."""
        return "" if name is None else self.questionnaire.band(name).name.get(self.language)

    def area(self, code: str) -> str:
        return self.questionnaire.area(code).name.get(self.language)

    def item_title(self, item_id: str) -> str:
        return self.questionnaire.item(item_id).title.get(self.language)

    def level(self, value: int) -> str:
        return self.questionnaire.scale.level(value).label.get(self.language)

    def meaning(self, value: int) -> str:
        return self.questionnaire.scale.level(value).meaning.get(self.language)

    def not_applicable(self) -> str:
        return self.questionnaire.scale.not_applicable_label.get(self.language)

    def action(self, action_id: str) -> str:
        return self.questionnaire.action(action_id).text.get(self.language)

    def actions_for(self, item_id: str) -> list[str]:
        """The texts of the actions that address the item, in the questionnaire's order."""
        area = self.questionnaire.area_of(item_id)
        return [a.text.get(self.language) for a in area.actions if item_id in a.items]


def in_language(questionnaire: Questionnaire, language: str | None) -> Wording:
    """The questionnaire's wording in ``language`` (any spelling of fr/es/pt; else English)."""
    return Wording(questionnaire, language_code(language))


def texts(model: BaseModel, place: str = "") -> Iterator[tuple[str, Text]]:
    """Every text in a questionnaire (or any part of one), with its place in the file.

    Places are written as the loader writes them, e.g.
    ``areas[0] (MEM).items[3] (G2-MEM-04).evidence[1]``.
    """
    for name in type(model).model_fields:
        yield from _texts_in(getattr(model, name), f"{place}.{name}" if place else name)


def _texts_in(value: object, place: str) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Text):
        yield place, value
    elif isinstance(value, BaseModel):
        yield from texts(value, place)
    elif isinstance(value, list):
        for index, element in enumerate(value):
            # Name areas and items by code or id, as the loader's messages do.
            ident = getattr(element, "id", None) or getattr(element, "code", None)
            suffix = f" ({ident})" if isinstance(ident, str) else ""
            yield from _texts_in(element, f"{place}[{index}]{suffix}")


def missing_translations(questionnaire: Questionnaire) -> dict[str, list[str]]:
    """For each language some texts lack, the places of those texts (in file order)."""
    missing: dict[str, list[str]] = {}
    for place, text in texts(questionnaire):
        for code in text.missing():
            missing.setdefault(code, []).append(place)
    return {code: missing[code] for code in LANGUAGES if code in missing}
