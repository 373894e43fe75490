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


# Lowest band first: red, amber, teal blue, green; readable as text on white. The screens and
# the PDF both take their band colours from here.
BAND_PALETTE = ("#b3261e", "#9a5b00", "#1f6f8b", "#2e7d32")
NEUTRAL_COLOUR = "#555555"
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
