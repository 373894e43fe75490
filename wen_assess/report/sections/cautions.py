"""What a reader must know before trusting the headline figures, said on the cover and in the
summary alike: items still to assess, missing justifications, capped bands, critical items set
aside as not applicable, and an overall score that covers only some areas."""

from __future__ import annotations

from wen_assess import formatting as fmt
from wen_assess.report.data import ReportData
from wen_assess.report.text import esc, plural


def overall_markup(data: ReportData) -> str:
    """ "48.9 % · Developing", with "from 1 of 5 areas" when not every area is scored."""
    result = data.result
    text = esc(fmt.percent(result.overall_score, at_start=True))
    if result.overall_band:
        text += f" · {esc(result.overall_band)}"
    scored, total = result.areas_scored, len(result.areas)
    if 0 < scored < total:
        text += f" (from {scored} of {total} areas)"
    return text


def completeness_text(data: ReportData) -> str:
    """ "100 % complete (47 of 47 items answered)"; for a draft, says the figures are
    provisional."""
    result = data.result
    answered = f"{result.items_answered} of {result.items_total} items answered"
    if data.draft or result.still_to_assess:
        return f"{fmt.share(result.completeness)} complete — provisional: {answered}"
    return f"{fmt.share(result.completeness)} complete ({answered})"


def cautions(data: ReportData) -> list[str]:
    """Warnings as markup sentences (user text escaped), most important first."""
    result = data.result
    numbers = data.numbers
    found = []
    if result.items_answered and not result.areas_scored:
        found.append(
            "<b>No area can be scored:</b> every answered item is marked not applicable, so "
            "there is no score and no improvement plan."
        )
    critical_na = data.critical_not_applicable
    if critical_na:
        found.append(
            f"<b>{plural(len(critical_na), 'critical item')} marked not applicable:</b> "
            + esc(", ".join(critical_na))
            + ". Critical items are the foundations of a network and are rarely truly not "
            "applicable; they are left out of the scores and of the plan."
        )
    scored, total = result.areas_scored, len(result.areas)
    if 0 < scored < total:
        missing = ", ".join(esc(a.name) for a in result.areas if not a.scored)
        found.append(
            f"<b>The overall score covers {scored} of {total} areas</b>; not scored yet: {missing}."
        )
    if result.still_to_assess:
        n = len(result.still_to_assess)
        where = f" (see section {numbers['open_points']})" if "open_points" in numbers else ""
        found.append(
            f"{plural(n, 'item')} {'is' if n == 1 else 'are'} still to assess: the scores cover "
            f"the answered items only{where}."
        )
    if result.missing_justifications:
        n = len(result.missing_justifications)
        found.append(
            f"{plural(n, 'item')} marked not applicable {'has' if n == 1 else 'have'} no "
            "justification yet."
        )
    capped = [a for a in result.areas if a.capped]
    if capped:
        names = ", ".join(esc(a.name) for a in capped)
        where = f" (see section {numbers['areas']})" if "areas" in numbers else ""
        found.append(f"Band capped by a critical item at a low level: {names}{where}.")
    return found
