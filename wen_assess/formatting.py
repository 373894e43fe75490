"""How values are written for people, in every view alike: screens, PDFs, CSV and command line.

Wording rules, decided once:

- An area without a level is "not scored", never 0. The wording is lower case like any other
  value ("63.3 %"); :data:`NOT_SCORED_AT_START` is the same words where they begin a sentence or
  stand alone as a typeset label (the PDFs write every table cell and chart label that way).
- A missing value is one en dash, :data:`NO_VALUE`.
- A change is in percentage points with a true minus sign: "+12.3 pts", "−4.0 pts", "±0.0 pts".

Every function writes English by default, exactly as the screens show it; ``language`` (one of
:data:`wen_assess.vocabulary.LANGUAGES`) writes the words, decimal marks, percent spacing and
dates of that language instead, for the outputs made in an assessment's working language.
"""

from __future__ import annotations

import functools
import json
from datetime import date
from html import escape as _html_escape
from pathlib import Path
from typing import Any

from wen_assess.i18n import N_, translator
from wen_assess.vocabulary import ENGLISH

NOT_SCORED = N_("not scored")
NOT_SCORED_AT_START = N_("Not scored")
NO_VALUE = "–"
MINUS = "\N{MINUS SIGN}"
POINTS = N_("pts")
NO_DATE = N_("Date not set")


def _words(text: str, language: str) -> str:
    return text if language == ENGLISH else translator(language).gettext(text)


@functools.cache
def _conventions(language: str) -> dict[str, Any]:
    """How ``language`` writes numbers and dates: CLDR's data, taken from Babel by
    tools/catalogs.py into ``locale/formats.json`` (a test checks every value against Babel),
    so no locale data is read at start-up."""
    path = Path(__file__).parent / "locale" / "formats.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))[language])


def number(value: float, decimals: int, language: str = ENGLISH) -> str:
    """``value`` with ``decimals`` decimals and the language's decimal mark ('40,8' in French)."""
    if language == ENGLISH:
        return f"{value:.{decimals}f}"
    marks = _conventions(language)
    written = f"{round(value, decimals):,.{decimals}f}"  # groups of three, as CLDR's '#,##0'
    return written.translate(
        {ord(","): marks["group"], ord("."): marks["decimal"], ord("-"): marks["minus"]}
    )


def count(value: int, language: str = ENGLISH) -> str:
    """A whole number with its thousands grouped: '20,000' in English, '20 000' in French."""
    return f"{value:,}" if language == ENGLISH else number(value, 0, language)


def percent_sign(language: str) -> str:
    """' %' or '%', as the language writes it (English keeps the app's ' %')."""
    return " %" if language == ENGLISH else str(_conventions(language)["percent"])


def percent(
    score: float | None, *, at_start: bool = False, language: str = ENGLISH, decimals: int = 1
) -> str:
    """A score with one decimal, e.g. '63.3 %' (a chart's scale: none, '75 %'); never '0' for
    an unscored area."""
    if score is None:
        return _words(NOT_SCORED_AT_START if at_start else NOT_SCORED, language)
    return number(score, decimals, language) + percent_sign(language)


def level(value: float | None, language: str = ENGLISH) -> str:
    """A mean level, target or gap on the answer scale, e.g. '2.33'."""
    return NO_VALUE if value is None else number(value, 2, language)


def long_date(value: date | None, language: str = ENGLISH) -> str:
    """'7 December 2022', '7 décembre 2022', '7 de diciembre de 2022'..."""
    if value is None:
        return _words(NO_DATE, language)
    if language == ENGLISH:
        return f"{value.day} {value:%B %Y}"
    conventions = _conventions(language)
    month = conventions["months"][value.month - 1]
    return str(conventions["long_date"]).format(day=value.day, month=month, year=value.year)


def answered_level(value: int | None) -> str:
    """A level as answered (a whole number), or the dash."""
    return NO_VALUE if value is None else str(value)


def share(fraction: float | None, language: str = ENGLISH) -> str:
    """Completeness, e.g. '85 %' (whole percent, rounded down so 99.6 % is not shown as 100 %)."""
    return NO_VALUE if fraction is None else f"{int(fraction * 100)}{percent_sign(language)}"


def band(name: str | None, *, at_start: bool = False, language: str = ENGLISH) -> str:
    if name:
        return name
    return _words(NOT_SCORED_AT_START if at_start else NOT_SCORED, language)


def change(delta: float | None, *, unit: bool = True, language: str = ENGLISH) -> str:
    """A change in points, rounded as scores are: '+12.3 pts', '−4.0 pts', '±0.0 pts'.

    The dash when either side is not scored. ``unit=False`` leaves out "pts" where a column head
    already says the values are points.
    """
    if delta is None:
        return NO_VALUE
    size = number(abs(delta), 1, language)
    sign = "±" if abs(round(delta, 1)) == 0 else ("+" if delta > 0 else MINUS)
    return f"{sign}{size} {_words(POINTS, language)}" if unit else f"{sign}{size}"


def level_change(before: int | None, after: int | None) -> str:
    """An answer's move between two assessments, e.g. "1 → 3"; the dash for a side not
    answered at a level ("– → 2"), never "None"."""
    return f"{answered_level(before)} → {answered_level(after)}"


# (within a sentence, at its start)
_WEAKEST = (N_("weakest area: {area}"), N_("Weakest area: {area}"))
_ONLY_SCORED = (N_("only area scored: {area}"), N_("Only area scored: {area}"))


def weakest_area(
    code: str | None, areas_scored: int, *, at_start: bool = False, language: str = ENGLISH
) -> str:
    """ "weakest area: FIN", or the dash for none. An area that is the only one scored is the
    weakest and the strongest at once: it is called what it is, "only area scored: GOV"."""
    words = _ONLY_SCORED if areas_scored == 1 else _WEAKEST
    return _words(words[at_start], language).format(area=code or NO_VALUE)


def markup(text: object) -> str:
    """Text from a user, record or questionnaire, safe inside markup (Qt rich text, ReportLab).

    Both read the same XML-like markup, so escaping ``&``, ``<`` and ``>`` is all they need;
    quotes are kept because no text goes into an attribute.
    """
    return _html_escape("" if text is None else str(text), quote=False)


# Lowest band first: red, amber, teal blue, green; readable as text on white. The screens and
# the PDF both take their band colours from here.
BAND_PALETTE = ("#b3261e", "#9a5b00", "#1f6f8b", "#2e7d32")
NEUTRAL_COLOUR = "#555555"
# The rings of every radar chart, on screen and in the PDFs: the bundled band thresholds.
RADAR_RINGS = (25, 50, 75, 100)


_BUNDLED_BANDS = ("Emerging", "Developing", "Consolidating", "Mature")


def band_palette(band_names: list[str]) -> dict[str, str]:
    """Band name -> hex colour for bands listed lowest first, spread over the palette."""
    n = len(band_names)
    last = len(BAND_PALETTE) - 1
    return {
        name: BAND_PALETTE[round(i * last / (n - 1)) if n > 1 else last]
        for i, name in enumerate(band_names)
    }


def band_colour(name: str | None) -> str:
    """Hex colour of a bundled questionnaire's band; other names get the neutral grey."""
    return band_palette(list(_BUNDLED_BANDS)).get(name or "", NEUTRAL_COLOUR)
