"""How numbers from the scoring engine are written for people, in every view alike."""

from __future__ import annotations

NOT_SCORED = "not scored"


def percent(score: float | None) -> str:
    """A score with one decimal, e.g. '63.3 %'; never '0' for an unscored area."""
    return NOT_SCORED if score is None else f"{score:.1f} %"


def level(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def share(fraction: float | None) -> str:
    """Completeness, e.g. '85 %' (whole percent, rounded down so 99.6 % is not shown as 100 %)."""
    return "–" if fraction is None else f"{int(fraction * 100)} %"


def band(name: str | None) -> str:
    return name or NOT_SCORED


# One restrained colour per band, readable as text on white; used by the screens and the PDF.
BAND_COLOURS = {
    "Emerging": "#b3261e",
    "Developing": "#9a5b00",
    "Consolidating": "#1f6f8b",
    "Mature": "#2e7d32",
}
NEUTRAL_COLOUR = "#555555"


def band_colour(name: str | None) -> str:
    """Hex colour of a band; bands of other questionnaires get the neutral grey."""
    return BAND_COLOURS.get(name or "", NEUTRAL_COLOUR)
