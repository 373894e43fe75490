"""Small builders shared by the comparison's sections: changes, scores, bands and column
heads as markup, and the data table whose header cells hold markup."""

from __future__ import annotations

from functools import partial

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, Entry
from wen_assess.report.blocks import muted, styled_table, warn
from wen_assess.report.comparison_document import when_text
from wen_assess.report.styles import (
    PRIMARY,
    band_colours,
    hex_of,
)
from wen_assess.report.text import esc
from wen_assess.vocabulary import IN_PROGRESS

ENTRIES_PER_TABLE = 4  # columns of assessments side by side on an A4 page


UP_HEX = fmt.BAND_PALETTE[-1]  # a rise: the top band's green


DOWN_HEX = fmt.BAND_PALETTE[0]  # a fall: the lowest band's red


def delta_markup(delta: float | None, *, baseline: bool = False, language: str = "en") -> str:
    if baseline:
        return muted("baseline")
    text = esc(fmt.change(delta, language=language))
    if delta is None:
        return muted(text)
    if text.startswith("±"):
        return text
    return f'<font color="{UP_HEX if delta > 0 else DOWN_HEX}">{text}</font>'


def difference_markup(difference: float | None) -> str:
    """A difference between networks: in ink, never green or red (it is no improvement)."""
    text = esc(fmt.change(difference))
    return muted(text) if difference is None else f"diff. {text}"


def change_or_difference(comparison: Comparison, index: int, change, difference) -> str:  # type: ignore[no-untyped-def]
    """What an assessment's cell says against the baseline: the baseline itself, a change
    within its own network (coloured), or a difference from another network (plain)."""
    if index == comparison.baseline:
        return muted("baseline")
    if comparison.change_from[index] is not None:
        return delta_markup(change)
    if comparison.is_other_network(index):
        return difference_markup(difference)
    return muted(fmt.NO_VALUE)


def level_change(before: int | None, after: int | None) -> str:
    colour = UP_HEX if (after or 0) > (before or 0) else DOWN_HEX
    arrow = "▲" if (after or 0) > (before or 0) else "▼"
    return f'<b>{before} → {after}</b> <font color="{colour}">{arrow}</font>'


def score_markup(score: float | None) -> str:
    """A score in bold, or "Not scored" in muted italics (never 0)."""
    if score is None:
        return f"<i>{muted(esc(fmt.percent(None, at_start=True)))}</i>"
    return f"<b>{esc(fmt.percent(score, at_start=True))}</b>"


def band_markup(entry: Entry, band: str | None) -> str:
    if band is None:
        return muted(esc(fmt.band(None, at_start=True)))
    colour = band_colours(entry.questionnaire.bands).get(band, PRIMARY)
    return f'<font color="{hex_of(colour)}">{esc(band)}</font>'


def entry_head(comparison: Comparison, index: int) -> str:
    """Column head for an assessment: network, date, and what sets it apart."""
    entry = comparison.entries[index]
    tags = []
    if index == comparison.baseline:
        tags.append("baseline")
    if entry.record.status == IN_PROGRESS:
        tags.append("in progress")
    extra = f"<br/><i>{esc(', '.join(tags))}</i>" if tags else ""
    apart = f" {esc(entry.distinction)}" if entry.distinction else ""
    return f"<b>{esc(entry.network)}</b><br/>{esc(when_text(entry))}{apart}{extra}"


def complete_markup(fraction: float | None, suffix: str = "complete") -> str:
    if fraction is None:
        return muted(fmt.NO_VALUE)
    text = esc(fmt.share(fraction)) + (f" {suffix}" if suffix else "")
    return warn(text) if fraction < 1 else muted(text)


# The comparison's column heads hold markup: an assessment's network, date and tags.
data_table = partial(styled_table, markup_head=True)
