"""The workshop agenda as a PDF, on the report's pages: per area, each item to discuss with
why, what the members said (distribution, median, range, proposal) and who said what."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wen_assess import formatting as fmt
from wen_assess.i18n import translator
from wen_assess.report.blocks import (
    cover_table,
    heading_block,
    muted,
    paragraph,
    styled_table,
    table_cell,
)
from wen_assess.report.document import PageSetup, write_pdf
from wen_assess.report.paragraph import Paragraph
from wen_assess.report.styles import styles
from wen_assess.report.text import esc
from wen_assess.responses import text as words
from wen_assess.responses.agenda import REASON_LABELS, AgendaEntry

if TYPE_CHECKING:
    from wen_assess.responses.workflow import Consolidation


def build_agenda_pdf(c: Consolidation, path: Path, language: str | None = None) -> Path:
    record, q = c.target.record, c.target.questionnaire
    tr = translator(language or record.language)
    _ = tr.gettext
    lang = tr.language
    s = styles()
    countries = sorted({r.country for r in c.responses})
    title = _("Workshop agenda — {network}").format(network=record.network.name)
    cover: list[Flowable] = [
        Paragraph(esc(record.network.name), s.cover_network),
        Paragraph(_("Workshop agenda"), s.cover_title),
        Spacer(1, 6 * mm),
        cover_table(
            [
                (_("Assessment"), esc(record.title)),
                (
                    _("Questionnaire"),
                    esc(f"{q.title.get(lang)} · {_('version')} {q.version}"),
                ),
                (
                    _("Responses"),
                    esc(
                        tr.ngettext(
                            "{n} response from {countries}",
                            "{n} responses from {countries}",
                            len(c.responses),
                        ).format(n=len(c.responses), countries=", ".join(countries) or "–")
                    ),
                ),
                (
                    _("To discuss"),
                    esc(
                        tr.ngettext("{n} item", "{n} items", len(c.agenda)).format(n=len(c.agenda))
                    ),
                ),
                (_("Written"), esc(fmt.long_date(date.today(), lang))),
            ]
        ),
        Spacer(1, 6 * mm),
        paragraph(
            esc(
                _(
                    "Items are listed by area, in the order of the questionnaire. An item is "
                    "here when members' levels are two or more steps apart, when fewer than "
                    "half of the responses answer it, or when it is a critical item the "
                    "responses do not settle. The proposal is the median level (with an even "
                    "count, the lower of the two middle levels); the network agrees its level "
                    "in the meeting."
                )
            )
        ),
    ]
    body: list[Flowable] = []
    if not c.agenda:
        body.append(paragraph(esc(_("No item needs discussion."))))
    for area in q.areas:
        entries = [e for e in c.agenda if e.view.area_code == area.code]
        if entries:
            body += heading_block(esc(f"{area.code} — {area.name.get(lang)}"), "h1")
            for entry in entries:
                body.append(_entry(entry, c, tr))
    setup = PageSetup(
        title=title,
        author=record.facilitator or record.network.name,
        subject=title,
        header=record.network.name,
        footer=title,
        language=lang,
    )
    write_pdf(path, setup, cover, body)
    return path


def _entry(entry: AgendaEntry, c: Consolidation, tr) -> Flowable:  # type: ignore[no-untyped-def]
    _ = tr.gettext
    q, lang, view = c.target.questionnaire, tr.language, entry.view
    item = q.item(view.item_id)
    reasons = ", ".join(_(REASON_LABELS[r]) for r in entry.reasons)
    heading = f"{esc(item.id)} · {esc(item.title.get(lang))}"
    facts = _(
        "<b>Why:</b> {reasons}. <b>Answered:</b> {answered} of {responses}. "
        "<b>Levels:</b> {distribution}. <b>Median:</b> {median}; <b>range:</b> {range}. "
        "<b>Proposal:</b> {proposal}."
    ).format(
        reasons=esc(reasons),
        answered=view.answered,
        responses=view.responses,
        distribution=esc(words.distribution_text(view, tr)),
        median=esc(words.median_text(view, lang)),
        range=esc(words.range_text(view)),
        proposal=esc(words.proposal_text(q, view.proposal, tr)),
    )
    if entry.agreed:
        answer = c.target.record.answer(view.item_id)
        assert answer is not None
        agreed = words.said_text(q, answer.level, answer.not_applicable, tr)
        facts += " " + _("<b>Agreed:</b> {level}.").format(level=esc(agreed))
    parts: list[Flowable] = [
        paragraph(heading, "h3"),
        paragraph(muted(esc(item.question.get(lang)))),
        paragraph(facts),
    ]
    said = [s for s in view.said if s.level is not None or s.not_applicable or s.justification
            or s.notes]  # fmt: skip
    if said:
        rows = [
            [
                table_cell(s.who),
                table_cell(words.said_text(q, s.level, s.not_applicable, tr)),
                table_cell("\n".join(t for t in (s.justification, s.notes) if t)),
            ]
            for s in said
        ]
        parts.append(
            styled_table([_("Member"), _("Level"), _("Why, and notes")], rows, [50, 32, 92])
        )
    parts.append(Spacer(1, 3 * mm))
    # Kept on one page when it fits; a longer table still splits, its header repeated.
    return KeepTogether(parts)
