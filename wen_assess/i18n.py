"""The words of the outputs (report, workbook, comparison) in the assessment's language.

GNU gettext catalogs: ``locale/<lang>/LC_MESSAGES/wen_assess.po`` (sources, extracted from the
``_()``-marked strings of the core by ``tools/update_catalogs.py``) compiled to ``.mo`` beside
them. A :class:`Translator` is passed explicitly through a build rather than installed as a
global, so one process can write a French report and an English one side by side. English is
the source language: its translator returns every string as written.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wen_assess.vocabulary import ENGLISH, LANGUAGES

DOMAIN = "wen_assess"
LOCALE_DIR = Path(__file__).parent / "locale"


def N_(message: str) -> str:
    """Mark a string for extraction where it is defined; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Translator:
    language: str
    catalog: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalog.ngettext(singular, plural, n)


def check_language(language: str) -> str:
    """``language`` if it is a working language (the outputs are written in it); ValueError
    otherwise, worded for the user."""
    if language not in LANGUAGES:
        raise ValueError(
            f"'{language}' is not a working language (choose one of {', '.join(LANGUAGES)})"
        )
    return language


@cache
def translator(language: str = ENGLISH) -> Translator:
    """The words of ``language``; a string missing from its catalog stays in English."""
    check_language(language)
    if language == ENGLISH:
        return Translator(language, gettext.NullTranslations())
    catalog = gettext.translation(
        DOMAIN, localedir=str(LOCALE_DIR), languages=[language], fallback=True
    )
    return Translator(language, catalog)
