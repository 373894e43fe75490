"""Section 6: open points (still to assess, carried over and not reviewed, not applicable,
flagged)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from wen_assess.records import AnswerRecord
from wen_assess.report.blocks import heading_block, muted, paragraph, styled_table, table_cell, warn
from wen_assess.report.data import ReportData
from wen_assess.report.sections.items import answer_level, item_markup
from wen_assess.report.text import esc


def open_points(data: ReportData) -> list[Flowable]:
    result, _ = data.result, data.t
    story: list[Flowable] = [
        *heading_block(f"{data.numbers['open_points']} {_('Open points')}", "h1")
    ]

    story += heading_block(_("Still to assess ({count})", count=len(result.still_to_assess)), "h2")
    if result.still_to_assess:
        story.append(
            styled_table(
                [_("Item"), _("Area")],
                [
                    [
                        paragraph(item_markup(data, i), "cell"),
                        table_cell(data.area_name(data.questionnaire.area_of(i).code)),
                    ]
                    for i in result.still_to_assess
                ],
                [110, 60],
            )
        )
    else:
        story.append(paragraph(muted(_("None: every item has been answered."))))

    carried = data.carried_over_unreviewed
    if carried:  # only a re-assessment has them: the heading is left out elsewhere
        story += heading_block(
            _("Carried over from the baseline, not yet reviewed ({count})", count=len(carried)),
            "h2",
        )
        story.append(
            styled_table(
                [_("Item"), _("Area"), _("Level carried over")],
                [
                    [
                        paragraph(item_markup(data, a.item_id), "cell"),
                        table_cell(data.area_name(data.questionnaire.area_of(a.item_id).code)),
                        paragraph(answer_level(data, a), "cell"),
                    ]
                    for a in carried
                ],
                [90, 45, 35],
            )
        )

    na = [a for a in data.record.answers if a.not_applicable and _known(data, a.item_id)]
    story += heading_block(_("Not applicable ({count})", count=len(na)), "h2")
    if na:
        rows = []
        for a in _in_questionnaire_order(data, na):
            justification = (
                paragraph(esc(a.justification), "cell")
                if a.justification.strip()
                else paragraph(
                    warn(_("<b>No justification given</b> — required to complete")), "cell"
                )
            )
            rows.append([paragraph(item_markup(data, a.item_id), "cell"), justification])
        story.append(styled_table([_("Item"), _("Justification")], rows, [60, 110]))
    else:
        story.append(paragraph(muted(_("None."))))

    flagged = [a for a in data.record.answers if a.flagged and _known(data, a.item_id)]
    story += heading_block(_("Flagged for review ({count})", count=len(flagged)), "h2")
    if flagged:
        rows = [
            [
                paragraph(item_markup(data, a.item_id), "cell"),
                table_cell(data.area_name(data.questionnaire.area_of(a.item_id).code)),
                paragraph(answer_level(data, a), "cell"),
            ]
            for a in _in_questionnaire_order(data, flagged)
        ]
        story.append(styled_table([_("Item"), _("Area"), _("Level chosen")], rows, [90, 45, 35]))
    else:
        story.append(paragraph(muted(_("None."))))

    if result.unknown_item_ids:
        story.append(
            paragraph(
                warn(
                    _(
                        "Answers for items this questionnaire does not have were left out: "
                        "{items}.",
                        items=esc(", ".join(result.unknown_item_ids)),
                    )
                ),
                "small",
            )
        )
    return story


def _known(data: ReportData, item_id: str) -> bool:
    try:
        data.item(item_id)
    except KeyError:
        return False
    return True


def _in_questionnaire_order(data: ReportData, answers: list[AnswerRecord]) -> list[AnswerRecord]:
    order = {item.id: n for n, item in enumerate(data.questionnaire.items)}
    return sorted(answers, key=lambda a: order[a.item_id])
