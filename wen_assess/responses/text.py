"""How the members' views are written, in the app, the agenda and the report alike."""

from __future__ import annotations

from wen_assess import formatting as fmt
from wen_assess.i18n import Translator
from wen_assess.questionnaire import Questionnaire
from wen_assess.responses.consolidation import ItemView, Proposal


def level_text(q: Questionnaire, value: int, language: str) -> str:
    """'2 – Developing', in ``language``."""
    return f"{value} – {q.scale.level(value).label.get(language)}"


def not_applicable_text(q: Questionnaire, language: str) -> str:
    return q.scale.not_applicable_label.get(language)


def said_text(q: Questionnaire, level: int | None, not_applicable: bool, tr: Translator) -> str:
    if not_applicable:
        return not_applicable_text(q, tr.language)
    return fmt.NO_VALUE if level is None else level_text(q, level, tr.language)


def distribution_text(view: ItemView, tr: Translator) -> str:
    """'0: 1 · 1: 2 · 2: 3 · 3: 0 · N/A: 1'."""
    parts = [f"{value}: {n}" for value, n in view.counts]
    parts.append(f"{tr.gettext('N/A')}: {view.not_applicable}")
    return " · ".join(parts)


def median_text(view: ItemView, language: str) -> str:
    if view.median is None:
        return fmt.NO_VALUE
    return fmt.number(view.median, 0 if view.median.is_integer() else 1, language)


def range_text(view: ItemView) -> str:
    if view.low is None or view.high is None:
        return fmt.NO_VALUE
    return str(view.low) if view.low == view.high else f"{view.low}–{view.high}"


def proposal_text(q: Questionnaire, proposal: Proposal | None, tr: Translator) -> str:
    if proposal is None:
        return fmt.NO_VALUE
    return said_text(q, proposal.level, proposal.not_applicable, tr)
