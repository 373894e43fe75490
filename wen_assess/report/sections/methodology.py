"""Annex: how the scores are calculated, and where the questionnaire comes from."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, PageBreak

from wen_assess import formatting as fmt
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table, table_cell
from wen_assess.report.data import ReportData
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.sections.items import band_badge, item_markup, levels_range
from wen_assess.report.styles import band_colours, styles
from wen_assess.report.text import esc


def methodology(data: ReportData) -> list[Flowable]:
    q, _, lang = data.questionnaire, data.t, data.language
    scale, rules = q.scale, q.rules
    low, top, bottom = rules.low_level_max, scale.highest, scale.lowest
    story: list[Flowable] = [PageBreak(), paragraph(_("Annex — Methodology"), "h1")]

    story += heading_block(_("Answer scale"), "h2")
    rows = [
        [
            table_cell(str(level.value), "cell_bold"),
            table_cell(level.label.get(lang), "cell_bold"),
            table_cell(level.meaning.get(lang)),
        ]
        for level in scale.levels
    ]
    if scale.not_applicable:
        rows.append(
            [
                table_cell(_("N/A"), "cell_bold"),
                table_cell(scale.not_applicable_label.get(lang), "cell_bold"),
                table_cell(
                    _(
                        "The item does not apply to the network. A justification is required "
                        "before the assessment can be completed. Left out of the scores."
                    )
                ),
            ]
        )
    story.append(styled_table([_("Level"), _("Label"), _("Meaning")], rows, [16, 34, 120]))

    story += heading_block(_("Scoring rule"), "h2")
    rule_lines = []
    if any(a.rule == "mean" for a in q.areas):
        rule_lines.append(
            _(
                "<b>Area level</b> (mean rule): the mean of the levels of the area's answered "
                "items; items answered not applicable and unanswered items are left out."
            )
        )
    if any(a.rule == "minimum" for a in q.areas):
        rule_lines.append(
            _(
                "<b>Area level</b> (minimum rule): the lowest level among the area's applicable "
                "items, an unanswered item counting as level {bottom}.",
                bottom=bottom,
            )
        )
    levels = levels_range(data, low)
    rule_lines += [
        _(
            "An area with no item answered with a level has no score: it is shown as "
            "“{not_scored}”, never as 0.",
            not_scored=fmt.percent(None, at_start=True, language=lang),
        ),
        _(
            "<b>Area score</b> = (area level − {bottom}) / ({top} − {bottom}) × 100 %, kept at "
            "full precision and shown with one decimal.",
            bottom=bottom,
            top=top,
        ),
        _(
            "<b>Band cap:</b> while any critical item of an area is answered at {levels}, the "
            "area's band is at most <b>{band}</b>; the score itself is not changed.",
            levels=levels,
            band=esc(data.band_name(rules.critical_cap_band)),
        ),
        _(
            "<b>Overall score</b> = the unweighted mean of the scored areas' scores; the overall "
            "band uses the same thresholds, without the cap."
        ),
        _(
            "<b>Completeness</b> = items answered (a level, or not applicable) / all items. An "
            "assessment can be completed only when every item is answered and every "
            "not-applicable item has a justification."
        ),
        _(
            "<b>Weakest and strongest area:</b> ranked by band first (the band shown, after the "
            "cap), then by score, so an area in a higher band is never named weaker than one in "
            "a lower band; remaining ties go to questionnaire order. With one area scored, it is "
            "named as the only area scored, not as both."
        ),
        _(
            "<b>Rounding:</b> scores and changes are calculated at full precision and shown with "
            "one decimal, rounded to the nearest tenth (an exact half goes to the even digit: "
            "{half} is shown as {even}); levels, targets and gaps with two decimals. "
            "Completeness is shown as a whole percent rounded <b>down</b>, so that an assessment "
            "with an item still to assess is never shown as {full} complete. Dates are written "
            "as “{date}”.",
            half=fmt.percent(12.25, decimals=2, language=lang),
            even=fmt.percent(12.2, language=lang),
            full=fmt.share(1, lang),
            date=fmt.long_date(date(2022, 12, 7), lang),
        ),
        _(
            "<b>Target and gap:</b> each area has a target level (by default {top}); gap = "
            "target − area level.",
            top=top,
        ),
        _(
            "<b>Priorities:</b> P1 = critical items at {levels}; P2 = other items at {levels}; "
            "P3 = items above level {low} and below level {top}. Items at the top level or not "
            "applicable need no action. Order: P1, P2, P3, then by area score (lowest first), "
            "then questionnaire order. The next step for an item at level L is the move to the "
            "next level: that level's meaning plus the item's action.",
            levels=levels,
            low=low,
            top=top,
        ),
    ]
    s = styles()
    story += [Paragraph(line, s.bullet, bulletText="•") for line in rule_lines]

    story += heading_block(_("Bands"), "h2")
    colours = band_colours(q.bands)
    band_rows = []
    for k, band in enumerate(q.bands):
        upper = q.bands[k + 1].min_score if k + 1 < len(q.bands) else None
        span = (
            _("{low}% to below {high}%", low=f"{band.min_score:g}", high=f"{upper:g}")
            if upper is not None
            else _("{low}% and above", low=f"{band.min_score:g}")
        )
        band_rows.append([band_badge(band.name.en, data), table_cell(span)])
    story.append(
        styled_table(
            [_("Band"), _("Score range")],
            band_rows,
            [50, 120],
            extra=[
                ("LINEBEFORE", (0, k + 1), (0, k + 1), 3, colours[b.name.en])
                for k, b in enumerate(q.bands)
            ],
        )
    )

    story += heading_block(_("Critical items"), "h2")
    critical = [i for i in q.items if i.critical]
    if critical:
        story.append(
            styled_table(
                [_("Item"), _("Area"), _("What the top level looks like")],
                [
                    [
                        paragraph(item_markup(data, i.id), "cell"),
                        table_cell(q.area_of(i.id).name.get(lang)),
                        table_cell(i.established.get(lang)),
                    ]
                    for i in critical
                ],
                [62, 30, 78],
            )
        )
    else:
        story.append(paragraph(muted(_("This questionnaire has no critical items."))))

    story += heading_block(_("Provenance"), "h2")
    story.append(paragraph(esc(q.provenance.get(lang))))
    story.append(
        paragraph(
            muted(
                _(
                    "Questionnaire {id}, version {version}. Scores in this report were calculated "
                    "by the same scoring engine that the application uses on screen.",
                    id=esc(q.id),
                    version=esc(q.version),
                )
            ),
            "small",
        )
    )
    if lang != "en":
        # The report's own words are drafts until a reviewer has read them.
        story.append(
            paragraph(
                muted(
                    _(
                        "English source text; translation drafted by the wen-assess team, not "
                        "reviewed by ICCWC."
                    )
                ),
                "small",
            )
        )
    return story
