"""Section 8: the members' responses — who answered (rate by country), where they disagreed
and the level the network agreed; and the respondents, in an annex.

Printed only when the assessment holds responses. Values come from the responses package's
consolidation (the one rule for medians, spreads and proposals) and are only laid out here.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from wen_assess import formatting as fmt
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table, table_cell
from wen_assess.report.data import ReportData
from wen_assess.report.text import esc
from wen_assess.responses import text as words
from wen_assess.responses.consolidation import ItemView, consolidate


def responses(data: ReportData) -> list[Flowable]:
    record = data.record
    if not record.responses:
        return []
    _ = data.t
    q, tr = data.questionnaire, data.tr
    views = consolidate(q, record.responses)
    story: list[Flowable] = [
        *heading_block(f"{data.numbers['responses']} {_('Member responses')}", "h1")
    ]
    story += _rate(data)
    disagreed = [v for v in views if v.disagreement]
    story += heading_block(_("Items where members disagreed ({count})", count=len(disagreed)), "h2")
    if disagreed:
        story.append(
            paragraph(
                _(
                    "Members' levels were two or more steps apart on these items. The proposal "
                    "is the median level (with an even count, the lower of the two middle "
                    "levels); the agreed level is the one the network settled on and scored."
                )
            )
        )
        rows = [_disagreement_row(data, v) for v in disagreed]
        story.append(
            styled_table(
                [_("Item"), _("Levels given"), _("Median"), _("Proposal"), _("Agreed level")],
                rows,
                [42, 56, 14, 28, 34],
            )
        )
    else:
        story.append(paragraph(muted(_("Members' levels were never two or more steps apart."))))
    agreed_as_proposed = sum(
        1
        for v in views
        if v.proposal is not None
        and (a := data.answer(v.item_id)) is not None
        and (a.level, a.not_applicable) == (v.proposal.level, v.proposal.not_applicable)
    )
    story.append(
        paragraph(
            muted(
                data.n(
                    "Of {n} item that members answered, the agreed level is the members' "
                    "proposal for {same}.",
                    "Of {n} items that members answered, the agreed level is the members' "
                    "proposal for {same}.",
                    sum(1 for v in views if v.proposal is not None),
                    same=agreed_as_proposed,
                )
            )
        )
    )
    story += _annex(data, tr)
    return story


def _rate(data: ReportData) -> list[Flowable]:
    _ = data.t
    record = data.record
    members = list(record.network.member_countries)
    by_country: dict[str, int] = {}
    for r in record.responses:
        by_country[r.country] = by_country.get(r.country, 0) + 1
    answered = [c for c in members if c in by_country]
    story: list[Flowable] = []
    if members:
        story.append(
            paragraph(
                data.n(
                    "{answered} of {members} member countries returned a response form "
                    "({share}); {n} form in all.",
                    "{answered} of {members} member countries returned a response form "
                    "({share}); {n} forms in all.",
                    len(record.responses),
                    answered=len(answered),
                    members=len(members),
                    share=fmt.share(len(answered) / len(members), data.language),
                )
            )
        )
    else:
        story.append(
            paragraph(_("{forms} response forms were returned.", forms=len(record.responses)))
        )
    countries = members + sorted(c for c in by_country if c not in members)
    total = len(data.questionnaire.items)
    rows = []
    for country in countries:
        theirs = [r for r in record.responses if r.country == country]
        items = [sum(1 for a in r.answers if a.level is not None or a.not_applicable)
                 for r in theirs]  # fmt: skip
        rows.append(
            [
                table_cell(country),
                table_cell(str(len(theirs)) if theirs else fmt.NO_VALUE),
                table_cell(
                    fmt.share(sum(items) / (total * len(items)), data.language)
                    if items
                    else _("no response")
                ),
            ]
        )
    story.append(Spacer(1, 2 * mm))
    story.append(styled_table([_("Country"), _("Forms"), _("Items answered")], rows, [80, 30, 50]))
    return story


def _disagreement_row(data: ReportData, view: ItemView) -> list[Flowable]:
    q, tr = data.questionnaire, data.tr
    item = data.item(view.item_id)
    answer = data.answer(view.item_id)
    if answer is not None and (answer.level is not None or answer.not_applicable):
        agreed = words.said_text(q, answer.level, answer.not_applicable, tr)
    else:
        agreed = data.t("not agreed yet")
    return [
        table_cell(f"{item.id} · {item.title.get(data.language)}"),
        table_cell(words.distribution_text(view, tr)),
        table_cell(words.median_text(view, data.language)),
        table_cell(words.proposal_text(q, view.proposal, tr)),
        table_cell(agreed),
    ]


def _annex(data: ReportData, tr) -> list[Flowable]:  # type: ignore[no-untyped-def]
    _ = data.t
    rows = [
        [
            table_cell(r.country),
            table_cell(r.agency or fmt.NO_VALUE),
            table_cell(r.respondent or _("name not given")),
            table_cell(fmt.long_date(r.received, data.language) if r.received else fmt.NO_VALUE),
        ]
        for r in data.record.responses
    ]
    return [
        PageBreak(),
        paragraph(esc(_("Annex — Respondents")), "h1"),
        paragraph(
            _(
                "The members' focal points who returned a response form before the workshop. "
                "Their levels informed the discussion; the network's agreed levels are the "
                "answers scored in this report."
            )
        ),
        styled_table(
            [_("Country"), _("Agency"), _("Respondent"), _("Received")], rows, [40, 46, 52, 36]
        ),
    ]
