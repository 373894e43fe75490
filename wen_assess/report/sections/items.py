"""Markup for the questionnaire's items, answers and bands, shared by the sections."""

from __future__ import annotations

from wen_assess.records import AnswerRecord
from wen_assess.report.blocks import muted, warn
from wen_assess.report.data import ReportData
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import PRIMARY, band_colours, hex_of, styles
from wen_assess.report.text import esc


def band_badge(band: str | None, data: ReportData, style_name: str = "cell_bold") -> Paragraph:
    if band is None:
        return Paragraph(
            muted(esc(data.band_text(None, at_start=True))), getattr(styles(), style_name)
        )
    colour = band_colours(data.questionnaire.bands).get(band, PRIMARY)
    return Paragraph(
        f'<font color="{hex_of(colour)}">{esc(data.band_name(band))}</font>',
        getattr(styles(), style_name),
    )


def item_markup(data: ReportData, item_id: str) -> str:
    item = data.item(item_id)
    critical = f" · {warn(data.t('critical'))}" if item.critical else ""
    return f"<b>{esc(item.title.get(data.language))}</b><br/>{muted(esc(item.id))}{critical}"


def answer_level(data: ReportData, answer: AnswerRecord | None) -> str:
    if answer is None or (answer.level is None and not answer.not_applicable):
        return f"<i>{muted(data.t('Not answered'))}</i>"
    if answer.not_applicable:
        return esc(data.questionnaire.scale.not_applicable_label.get(data.language))
    return esc(data.level_label(answer.level))


def levels_range(data: ReportData, high: int) -> str:
    low = data.questionnaire.scale.lowest
    if high == low:
        return data.t("level {low}", low=low)
    return data.t("level {low}–{high}", low=low, high=high)
