"""The workshop agenda: the items the members' responses say need discussion.

An item is on the agenda when (reasons, in the order they are shown):

- members disagree: their levels are two or more steps apart (consolidation's rule);
- few responses: fewer than half of the forms received give it a level or Not applicable;
- it is critical and not settled by the responses: a critical item caps its area's band while
  it is low, so it is discussed unless every member who answered gave the same level above
  the questionnaire's low levels.

Order: by area and item, in questionnaire order. The members filled in their forms in that
order and bring them to the meeting; related items are settled together; each entry shows
its reasons, so the chair can still take the disagreements first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wen_assess.i18n import N_
from wen_assess.questionnaire import Questionnaire
from wen_assess.responses.consolidation import ItemView

DISAGREEMENT, FEW_RESPONSES, CRITICAL = "disagreement", "few_responses", "critical"
# The reasons' words, marked for the catalogs; the app and the PDF translate them.
REASON_LABELS = {
    DISAGREEMENT: N_("members disagree"),
    FEW_RESPONSES: N_("few responses"),
    CRITICAL: N_("critical item"),
}


@dataclass(frozen=True)
class AgendaEntry:
    view: ItemView
    reasons: tuple[str, ...]
    agreed: bool  # the assessment already has an answer for it (a level or N/A)


def reasons_for(q: Questionnaire, view: ItemView) -> tuple[str, ...]:
    reasons = []
    if view.disagreement:
        reasons.append(DISAGREEMENT)
    if view.responses and view.answered * 2 < view.responses:
        reasons.append(FEW_RESPONSES)
    unanimous_high = (
        view.spread == 0
        and view.low is not None
        and view.low > q.rules.low_level_max
        and not view.not_applicable
    )
    if view.critical and view.responses and not unanimous_high:
        reasons.append(CRITICAL)
    return tuple(reasons)


def agenda(
    q: Questionnaire, views: Sequence[ItemView], agreed: Mapping[str, bool]
) -> list[AgendaEntry]:
    """The items to discuss, in questionnaire order; ``agreed`` says which have an answer."""
    entries = []
    for view in views:
        if reasons := reasons_for(q, view):
            entries.append(AgendaEntry(view, reasons, agreed.get(view.item_id, False)))
    return entries
