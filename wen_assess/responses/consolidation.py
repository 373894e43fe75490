"""What the members said, item by item: how many answered, the spread of their levels, the
median and range, who said what, and whether they disagree.

Rules (one place; the view, the agenda, the report and the CLI read them from here):

- Levels are counted in steps of the questionnaire's scale (its n-th value is step n), so a
  scale 0/50/100 disagrees the same way as 0/1/2/3.
- Not applicable is counted apart and left out of the median and range, as the scoring
  engine leaves it out of the area mean.
- Median: the middle level; with an even count, the mean of the two middle ones (1 and 2
  give 1.5), shown as such.
- Members disagree when their levels are two or more steps apart (DISAGREEMENT_STEPS).
- The proposal is a level the network could agree on: the median when it is a level; with an
  even count whose two middle levels differ, the lower of them — a self-assessment should
  not round up what half the members did not see. Not applicable is proposed only when no
  member gave a level and at least one said Not applicable. A proposal is never applied by
  itself: the coordinator chooses the agreed level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wen_assess.questionnaire import Questionnaire
from wen_assess.records import ResponseRecord

DISAGREEMENT_STEPS = 2


@dataclass(frozen=True)
class Said:
    """One respondent's view of one item."""

    country: str
    agency: str
    respondent: str
    level: int | None
    not_applicable: bool
    justification: str
    notes: str

    @property
    def who(self) -> str:
        return " — ".join(p for p in (self.country, self.agency, self.respondent) if p)


@dataclass(frozen=True)
class Proposal:
    level: int | None
    not_applicable: bool = False


@dataclass(frozen=True)
class ItemView:
    """The members' views of one item."""

    item_id: str
    area_code: str
    critical: bool
    responses: int  # forms received for the assessment
    counts: tuple[tuple[int, int], ...]  # (level, how many said it), in scale order
    not_applicable: int
    median: float | None
    low: int | None
    high: int | None
    spread: int | None  # steps of the scale between the lowest and the highest level
    proposal: Proposal | None
    said: tuple[Said, ...]

    @property
    def answered(self) -> int:
        """Members who gave a level or said Not applicable."""
        return sum(n for _, n in self.counts) + self.not_applicable

    @property
    def disagreement(self) -> bool:
        return self.spread is not None and self.spread >= DISAGREEMENT_STEPS


def consolidate(q: Questionnaire, responses: Sequence[ResponseRecord]) -> list[ItemView]:
    """One view per item, in questionnaire order."""
    values = q.scale.values
    step = {value: n for n, value in enumerate(values)}
    by_item: dict[str, list[Said]] = {item.id: [] for item in q.items}
    for response in responses:
        for a in response.answers:
            if a.item_id in by_item:
                by_item[a.item_id].append(
                    Said(
                        response.country,
                        response.agency,
                        response.respondent,
                        a.level,
                        a.not_applicable,
                        a.justification,
                        a.notes,
                    )
                )
    views = []
    for area in q.areas:
        for item in area.items:
            said = by_item[item.id]
            levels = sorted((s.level for s in said if s.level is not None), key=step.__getitem__)
            not_applicable = sum(1 for s in said if s.not_applicable)
            counts = tuple((v, levels.count(v)) for v in values)
            views.append(
                ItemView(
                    item_id=item.id,
                    area_code=area.code,
                    critical=item.critical,
                    responses=len(responses),
                    counts=counts,
                    not_applicable=not_applicable,
                    median=median(levels),
                    low=levels[0] if levels else None,
                    high=levels[-1] if levels else None,
                    spread=step[levels[-1]] - step[levels[0]] if levels else None,
                    proposal=proposal(levels, not_applicable),
                    said=tuple(said),
                )
            )
    return views


def median(levels: Sequence[int]) -> float | None:
    """The middle of ``levels`` (sorted on the scale); the mean of the two middle ones."""
    if not levels:
        return None
    middle = len(levels) // 2
    if len(levels) % 2:
        return float(levels[middle])
    return (levels[middle - 1] + levels[middle]) / 2


def proposal(levels: Sequence[int], not_applicable: int) -> Proposal | None:
    if levels:
        return Proposal(levels[(len(levels) - 1) // 2])  # the lower middle with an even count
    return Proposal(None, True) if not_applicable else None
