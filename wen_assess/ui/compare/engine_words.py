"""The comparison engine's sentences in the interface language.

The engine words its statements in English as fields (for the CSV) and in any language through
its ``*_in`` methods (for the PDF); the view asks for them in :func:`language.current`.
Labels keep the short ISO date of the screen ("HAWEN 2022-12-07"); only an undated one takes
the engine's word for it in the interface language.
"""

from __future__ import annotations

from collections.abc import Sequence

from wen_assess.compare import Comparison, Entry, LeftOut, Ranked, ranked_detail
from wen_assess.ui import language


def entry_label(entry: Entry) -> str:
    return entry.label if entry.assessment_date else entry.label_in(language.current())


def left_out_label(left: LeftOut) -> str:
    return left.label if left.assessment_date else left.label_in(language.current())


def left_out_reason(left: LeftOut) -> str:
    return left.reason_in(language.current())


def statement(c: Comparison) -> str:
    return c.compatibility.statement_in(language.current())


def detail(ranked: Ranked, entries: Sequence[Entry]) -> str:
    return ranked_detail(ranked, entries, language.current())


def ranked_label(ranked: Ranked, entries: Sequence[Entry]) -> str:
    """ "HAWEN · FIN" for a move within a network; "FIN · Finance" (the area's name in the
    interface language) for an area of concern."""
    if ranked.network or not ranked.area_code:
        return ranked.label
    for entry in entries:
        if any(area.code == ranked.area_code for area in entry.questionnaire.areas):
            name = language.wording(entry.questionnaire).area(ranked.area_code)
            return f"{ranked.area_code} · {name}"
    return ranked.label
