"""Small builders shared by the comparison's sections: changes, scores, bands and column
heads as markup, and the sections' two tables: ``data_table``, whose header cells hold markup,
and ``styled_table``, whose plain-text heads it escapes itself."""

from __future__ import annotations

from functools import partial

from wen_assess import formatting as fmt
from wen_assess.compare import Entry
from wen_assess.report.blocks import delta_markup, muted, styled_table, warn
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.styles import PRIMARY, band_colours, hex_of
from wen_assess.report.text import esc
from wen_assess.vocabulary import IN_PROGRESS

ENTRIES_PER_TABLE = 4  # columns of assessments side by side on an A4 page


def difference_markup(data: ComparisonData, difference: float | None) -> str:
    """A difference between networks: in ink, never green or red (it is no improvement)."""
    text = esc(fmt.change(difference, language=data.language))
    return muted(text) if difference is None else data.t("diff. {value}", value=text)


def change_or_difference(data: ComparisonData, index: int, change, difference) -> str:  # type: ignore[no-untyped-def]
    """What an assessment's cell says against the baseline: the baseline itself, a change
    within its own network (coloured), or a difference from another network (plain)."""
    comparison = data.comparison
    if index == comparison.baseline:
        return muted(esc(data.t("baseline")))
    if comparison.change_from[index] is not None:
        return delta_markup(change, data.language)
    if comparison.is_other_network(index):
        return difference_markup(data, difference)
    return muted(fmt.NO_VALUE)


def score_markup(data: ComparisonData, score: float | None) -> str:
    """A score in bold, or "Not scored" in muted italics (never 0)."""
    text = esc(data.percent(score, at_start=True))
    return f"<i>{muted(text)}</i>" if score is None else f"<b>{text}</b>"


def band_markup(data: ComparisonData, entry: Entry, band: str | None) -> str:
    if band is None:
        return muted(esc(fmt.band(None, at_start=True, language=data.language)))
    colour = band_colours(entry.questionnaire.bands).get(band, PRIMARY)
    return f'<font color="{hex_of(colour)}">{esc(data.band_name(entry, band))}</font>'


def entry_head(data: ComparisonData, index: int) -> str:
    """Column head for an assessment: network, date, and what sets it apart."""
    entry = data.entries[index]
    tags = []
    if index == data.comparison.baseline:
        tags.append(data.t("baseline"))
    if entry.record.status == IN_PROGRESS:
        tags.append(data.t("in progress"))
    extra = f"<br/><i>{esc(', '.join(tags))}</i>" if tags else ""
    apart = f" {esc(entry.distinction)}" if entry.distinction else ""
    return f"<b>{esc(entry.network)}</b><br/>{esc(data.when(entry))}{apart}{extra}"


def complete_markup(data: ComparisonData, fraction: float | None, *, word: bool = True) -> str:
    """ "85 % complete" (or "85 %" where the column says it), in the warning colour if partial."""
    if fraction is None:
        return muted(fmt.NO_VALUE)
    share = data.share(fraction)
    text = esc(data.t("{share} complete", share=share) if word else share)
    return warn(text) if fraction < 1 else muted(text)


# The comparison's column heads hold markup: an assessment's network, date and tags.
data_table = partial(styled_table, markup_head=True)
