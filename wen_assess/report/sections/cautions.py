"""What a reader must know before trusting the headline figures, said on the cover and in the
summary alike: items still to assess, answers carried over and not yet reviewed, missing
justifications, capped bands, critical items set aside as not applicable, and an overall score
that covers only some areas."""

from __future__ import annotations

from wen_assess import formatting as fmt
from wen_assess.report.data import ReportData
from wen_assess.report.text import esc


def overall_markup(data: ReportData) -> str:
    """ "48.9 % · Developing", with "from 1 of 5 areas" when not every area is scored."""
    result = data.result
    text = esc(data.percent(result.overall_score, at_start=True))
    if result.overall_band:
        text += f" · {esc(data.band_name(result.overall_band))}"
    if result.partly_scored:
        scored, total = result.areas_scored, len(result.areas)
        text += " " + data.t("(from {scored} of {total} areas)", scored=scored, total=total)
    return text


def completeness_text(data: ReportData) -> str:
    """ "100 % complete (47 of 47 items answered)"; for a draft, says the figures are
    provisional."""
    result, _ = data.result, data.t
    answered = _(
        "{answered} of {total} items answered",
        answered=result.items_answered,
        total=result.items_total,
    )
    share = fmt.share(result.completeness, data.language)
    if data.draft or result.still_to_assess:
        return _("{share} complete — provisional: {answered}", share=share, answered=answered)
    return _("{share} complete ({answered})", share=share, answered=answered)


def cautions(data: ReportData) -> list[str]:
    """Warnings as markup sentences (user text escaped), most important first."""
    result, _, n_ = data.result, data.t, data.n
    found = []
    if result.items_answered and not result.areas_scored:
        found.append(
            _(
                "<b>No area can be scored:</b> every answered item is marked not applicable, so "
                "there is no score and no improvement plan."
            )
        )
    critical_na = data.critical_not_applicable
    if critical_na:
        found.append(
            n_(
                "<b>{n} critical item marked not applicable:</b> {items}. Critical items are "
                "the foundations of a network and are rarely truly not applicable; they are "
                "left out of the scores and of the plan.",
                "<b>{n} critical items marked not applicable:</b> {items}. Critical items are "
                "the foundations of a network and are rarely truly not applicable; they are "
                "left out of the scores and of the plan.",
                len(critical_na),
                items=esc(", ".join(critical_na)),
            )
        )
    if result.partly_scored:
        scored, total = result.areas_scored, len(result.areas)
        unscored = [a for a in result.areas if not a.scored]
        # An area answered entirely "not applicable" will never be scored: not "yet".
        never = [a for a in unscored if a.items_answered == a.items_total]
        pending = [a for a in unscored if a not in never]
        parts = []
        if pending:
            names = ", ".join(esc(data.area_name(a.code)) for a in pending)
            parts.append(_("not scored yet: {missing}", missing=names))
        if never:
            names = ", ".join(esc(data.area_name(a.code)) for a in never)
            parts.append(_("every item not applicable: {areas}", areas=names))
        found.append(
            _(
                "<b>The overall score covers {scored} of {total} areas</b>; {which}.",
                scored=scored,
                total=total,
                which=_("; ").join(parts),
            )
        )
    if result.still_to_assess:
        where = _see(data, "open_points")
        found.append(
            n_(
                "{n} item is still to assess: the scores cover the answered items only{where}.",
                "{n} items are still to assess: the scores cover the answered items only{where}.",
                len(result.still_to_assess),
                where=where,
            )
        )
    carried = data.carried_over_unreviewed
    if carried:
        where = _see(data, "open_points")
        found.append(
            n_(
                "<b>{n} answer is carried over from the baseline and not yet reviewed:</b> it "
                "counts in the scores and in the change since the baseline as it was given "
                "then{where}.",
                "<b>{n} answers are carried over from the baseline and not yet reviewed:</b> "
                "they count in the scores and in the change since the baseline as they were "
                "given then{where}.",
                len(carried),
                where=where,
            )
        )
    if result.missing_justifications:
        found.append(
            n_(
                "{n} item marked not applicable has no justification yet.",
                "{n} items marked not applicable have no justification yet.",
                len(result.missing_justifications),
            )
        )
    capped = [a for a in result.areas if a.capped]
    if capped:
        names = ", ".join(esc(data.area_name(a.code)) for a in capped)
        where = _see(data, "areas")
        found.append(
            _(
                "Band capped by a critical item at a low level: {names}{where}.",
                names=names,
                where=where,
            )
        )
    return found


def _see(data: ReportData, section: str) -> str:
    """ " (see section 6)" where the report has that section, else nothing."""
    number = data.numbers.get(section)
    return " " + data.t("(see section {number})", number=number) if number else ""
