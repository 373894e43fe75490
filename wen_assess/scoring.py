"""The one scoring engine: a questionnaire and a set of answers in, one result out.

Every view (GUI, PDF, CLI, exports, comparisons) shows this module's :class:`Result`; none of
them computes a score of its own. Arithmetic is exact (fractions) so that a score sitting on
a band threshold always lands in the same band, whatever the order of the answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING

from wen_assess.i18n import N_
from wen_assess.messages import Worded

if TYPE_CHECKING:
    from wen_assess.questionnaire.model import Area, Questionnaire


class ScoringInputError(ValueError):
    """An answer that the questionnaire's scale cannot hold."""


@dataclass(frozen=True)
class Answer:
    """A level, or Not applicable (with its justification), or nothing (unanswered)."""

    level: int | None = None
    not_applicable: bool = False
    justification: str = ""

    @property
    def answered(self) -> bool:
        return self.level is not None or self.not_applicable


UNANSWERED = Answer()


@dataclass(frozen=True)
class AreaResult:
    code: str
    name: str
    rule: str
    items_total: int
    items_answered: int  # a level or N/A
    items_not_applicable: int
    mean_level: float | None  # the area level (mean, or lowest under the minimum rule)
    score: float | None  # percent, full precision; None = not scored (never shown as 0)
    band: str | None  # after the critical-item cap
    uncapped_band: str | None
    capping_items: tuple[str, ...]  # critical items at a low level that cap the band
    target: float
    target_score: float  # the target as a percent of the scale, to set beside ``score``
    gap: float | None  # target - mean_level

    @property
    def scored(self) -> bool:
        return self.score is not None

    @property
    def capped(self) -> bool:
        return self.band != self.uncapped_band

    @property
    def completeness(self) -> float:
        return self.items_answered / self.items_total


@dataclass(frozen=True)
class ActionRef:
    id: str
    text: str


@dataclass(frozen=True)
class Priority:
    """One entry of the improvement plan: move ``item_id`` from ``level`` to ``next_level``."""

    priority: int  # 1, 2 or 3
    item_id: str
    area_code: str
    critical: bool
    level: int
    next_level: int
    next_label: str
    next_meaning: str
    actions: tuple[ActionRef, ...]

    @property
    def label(self) -> str:
        return f"P{self.priority}"


@dataclass(frozen=True)
class Result:
    questionnaire_id: str
    questionnaire_version: str
    areas: tuple[AreaResult, ...]
    overall_score: float | None
    overall_band: str | None
    weakest_area: str | None
    strongest_area: str | None
    items_total: int
    items_answered: int
    priorities: tuple[Priority, ...]
    still_to_assess: tuple[str, ...]  # unanswered item ids, in questionnaire order
    missing_justifications: tuple[str, ...]  # N/A items without a justification
    unknown_item_ids: tuple[str, ...]  # answers for items this questionnaire does not have

    @property
    def completeness(self) -> float:
        return self.items_answered / self.items_total

    @property
    def can_complete(self) -> bool:
        return not self.blocking_reasons

    @property
    def blocking_reasons(self) -> list[str]:
        reasons = []
        if self.still_to_assess:
            n = len(self.still_to_assess)
            reasons.append(f"{n} item{'s' if n != 1 else ''} still to assess")
        reasons += [
            f"{item_id} is marked Not applicable without a justification"
            for item_id in self.missing_justifications
        ]
        return reasons

    @property
    def areas_scored(self) -> int:
        """How many areas the overall score is the mean of."""
        return sum(1 for area in self.areas if area.scored)

    def area(self, code: str) -> AreaResult:
        for area in self.areas:
            if area.code == code:
                return area
        raise KeyError(code)

    def count(self, priority: int) -> int:
        return sum(1 for p in self.priorities if p.priority == priority)


def score(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    targets: Mapping[str, float] | None = None,
) -> Result:
    """Score ``answers`` (item id -> Answer; absent = unanswered) against ``questionnaire``."""
    _check_answers(questionnaire, answers)
    targets = targets or {}
    exact: dict[str, Fraction] = {}  # exact area scores, so the overall mean is exact too
    areas = tuple(
        _score_area(questionnaire, area, answers, targets, exact) for area in questionnaire.areas
    )
    scored = [a for a in areas if a.code in exact]
    overall = sum(exact.values(), Fraction(0)) / len(exact) if exact else None
    weakest, strongest = _weakest_and_strongest(questionnaire, scored, exact)

    all_items = questionnaire.items
    return Result(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        areas=areas,
        overall_score=float(overall) if overall is not None else None,
        overall_band=_band(questionnaire, overall) if overall is not None else None,
        weakest_area=weakest,
        strongest_area=strongest,
        items_total=len(all_items),
        items_answered=sum(1 for i in all_items if answers.get(i.id, UNANSWERED).answered),
        priorities=_priorities(questionnaire, answers, {a.code: a for a in areas}),
        still_to_assess=tuple(
            i.id for i in all_items if not answers.get(i.id, UNANSWERED).answered
        ),
        missing_justifications=tuple(
            i.id
            for i in all_items
            if answers.get(i.id, UNANSWERED).not_applicable
            and not answers[i.id].justification.strip()
        ),
        unknown_item_ids=tuple(sorted(set(answers) - questionnaire.item_ids)),
    )


def _weakest_and_strongest(
    questionnaire: Questionnaire, scored: list[AreaResult], exact: Mapping[str, Fraction]
) -> tuple[str | None, str | None]:
    """The weakest and the strongest scored area: by band first (the band shown, after the
    critical-item cap), then by score, so that an area in a higher band is never named weaker
    than one in a lower band with an equal or higher score. min/max keep the first of equals:
    remaining ties go to questionnaire order. With one scored area it is both; views say "the
    only area scored" instead of naming it twice (see ``Result.areas_scored``)."""
    if not scored:
        return None, None
    rank = {band.name.en: k for k, band in enumerate(questionnaire.bands)}

    def standing(area: AreaResult) -> tuple[int, Fraction]:
        return rank[area.band or ""], exact[area.code]

    return min(scored, key=standing).code, max(scored, key=standing).code


def answer_problem(questionnaire: Questionnaire, item_id: str, answer: Answer) -> str | None:
    """Why ``answer`` cannot be kept for ``item_id``, or None: the one check of an answer.

    The service (before saving), the import (before importing) and scoring all use it.
    """
    if item_id not in questionnaire.item_ids:
        return Worded(
            N_("no such item in {questionnaire} v{version}"),
            questionnaire=questionnaire.id,
            version=questionnaire.version,
        )
    return _level_problem(questionnaire, answer)


def _level_problem(questionnaire: Questionnaire, answer: Answer) -> str | None:
    scale = questionnaire.scale
    if answer.not_applicable and answer.level is not None:
        return Worded(N_("an answer cannot have a level and be Not applicable"))
    if answer.level is not None and answer.level not in scale.value_set:
        return Worded(
            N_("level {level} is not on the scale {scale}"), level=answer.level, scale=scale.values
        )
    if answer.not_applicable and not scale.not_applicable:
        return Worded(
            N_("{questionnaire} does not allow Not applicable"), questionnaire=questionnaire.id
        )
    return None


def target_problem(questionnaire: Questionnaire, area_code: str, target: float) -> str | None:
    """Why ``target`` cannot be an area's target level, or None."""
    scale = questionnaire.scale
    if area_code not in questionnaire.area_codes:
        return Worded(N_("no such area in {questionnaire}"), questionnaire=questionnaire.id)
    return scale.outside(target)


def _check_answers(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> None:
    for item_id, answer in answers.items():
        # Answers to unknown items are reported in the result (unknown_item_ids), not refused.
        if (problem := _level_problem(questionnaire, answer)) is not None:
            raise ScoringInputError(f"{item_id}: {problem}")


def _area_level(
    questionnaire: Questionnaire, area: Area, answers: Mapping[str, Answer]
) -> Fraction | None:
    levels = [
        answers[i.id].level
        for i in area.items
        if i.id in answers and answers[i.id].level is not None
    ]
    if not levels:
        return None  # nothing answered with a level: not scored, under any rule
    if area.rule == "minimum":
        # Every applicable item must reach a level for the area to be at it.
        applicable = [answers.get(i.id, UNANSWERED) for i in area.items]
        return Fraction(
            min(
                a.level if a.level is not None else questionnaire.scale.lowest
                for a in applicable
                if not a.not_applicable
            )
        )
    return Fraction(sum(levels), len(levels))


def _to_percent(questionnaire: Questionnaire, level: Fraction) -> Fraction:
    scale = questionnaire.scale
    return (level - scale.lowest) / (scale.highest - scale.lowest) * 100


def _score_area(
    questionnaire: Questionnaire,
    area: Area,
    answers: Mapping[str, Answer],
    targets: Mapping[str, float],
    exact_scores: dict[str, Fraction],
) -> AreaResult:
    item_answers = [answers.get(i.id, UNANSWERED) for i in area.items]
    level = _area_level(questionnaire, area, answers)
    target = float(targets.get(area.code, questionnaire.target_for(area)))
    percent = _to_percent(questionnaire, level) if level is not None else None
    uncapped = _band(questionnaire, percent) if percent is not None else None
    capping = tuple(
        i.id
        for i, a in zip(area.items, item_answers, strict=True)
        if i.critical and a.level is not None and a.level <= questionnaire.rules.low_level_max
    )
    band = uncapped
    if uncapped is not None and capping:
        band = _lower_band(questionnaire, uncapped, questionnaire.rules.critical_cap_band)
    if percent is not None:
        exact_scores[area.code] = percent
    return AreaResult(
        code=area.code,
        name=area.name.en,
        rule=area.rule,
        items_total=len(area.items),
        items_answered=sum(1 for a in item_answers if a.answered),
        items_not_applicable=sum(1 for a in item_answers if a.not_applicable),
        mean_level=float(level) if level is not None else None,
        score=float(percent) if percent is not None else None,
        band=band,
        uncapped_band=uncapped,
        capping_items=capping,
        target=target,
        target_score=float(_to_percent(questionnaire, Fraction(target).limit_denominator(10**6))),
        gap=target - float(level) if level is not None else None,
    )


def _band(questionnaire: Questionnaire, percent: Fraction) -> str:
    reached = [b for b in questionnaire.bands if percent >= _threshold(b.min_score)]
    return reached[-1].name.en


@lru_cache(maxsize=256)
def _threshold(min_score: float) -> Fraction:
    # Exactly the decimal written in the questionnaire (25.0, 33.3), not the float's binary value.
    return Fraction(str(min_score))


def _lower_band(questionnaire: Questionnaire, band: str, cap: str) -> str:
    names = [b.name.en for b in questionnaire.bands]
    return names[min(names.index(band), names.index(cap))]


def _priorities(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], areas: Mapping[str, AreaResult]
) -> tuple[Priority, ...]:
    scale = questionnaire.scale
    low = questionnaire.rules.low_level_max
    ranked: list[tuple[int, float, int, Priority]] = []
    in_order = [(item, area) for area in questionnaire.areas for item in area.items]
    for order, (item, area) in enumerate(in_order):
        level = answers.get(item.id, UNANSWERED).level
        if level is None or level >= scale.highest:
            continue  # unanswered, N/A or already at the top: no action
        priority = (1 if item.critical else 2) if level <= low else 3
        nxt = scale.next_level(level)
        assert nxt is not None  # level is below the top
        entry = Priority(
            priority=priority,
            item_id=item.id,
            area_code=area.code,
            critical=item.critical,
            level=level,
            next_level=nxt.value,
            next_label=nxt.label.en,
            next_meaning=nxt.meaning.en,
            actions=tuple(ActionRef(a.id, a.text.en) for a in area.actions if item.id in a.items),
        )
        area_score = areas[area.code].score
        ranked.append((priority, area_score if area_score is not None else 0.0, order, entry))
    ranked.sort(key=lambda r: r[:3])
    return tuple(r[3] for r in ranked)
