"""The one scoring engine: a questionnaire and a set of answers in, one result out.

Every view (GUI, PDF, CLI, exports, comparisons) shows this module's :class:`Result`; none of
them computes a score of its own. Arithmetic is exact (fractions) so that a score sitting on
a band threshold always lands in the same band, whatever the order of the answers.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from wen_assess.i18n import N_
from wen_assess.messages import Counted, Worded, refused_at

if TYPE_CHECKING:
    from wen_assess.questionnaire.model import Area, Item, Questionnaire


class ScoringInputError(ValueError):
    """An answer that the questionnaire's scale cannot hold."""


@dataclass(frozen=True)
class Answer:
    """A level, or Not applicable (with its justification), or nothing (unanswered);
    ``carried_over``: copied from the baseline by a re-assessment and not reviewed since."""

    level: int | None = None
    not_applicable: bool = False
    justification: str = ""
    carried_over: bool = False

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
    # Answers a re-assessment copied from its baseline that nobody has reviewed (changed or
    # confirmed), in questionnaire order: they count, as given then, until they are.
    carried_over_unreviewed: tuple[str, ...] = ()

    @property
    def completeness(self) -> float:
        return self.items_answered / self.items_total

    @property
    def can_complete(self) -> bool:
        return not self.blocking_reasons

    @property
    def blocking_reasons(self) -> list[Worded]:
        """What keeps the assessment from being completed, worded once for every screen
        and output (each shows it in its own language, see ``messages``)."""
        reasons: list[Worded] = []
        if self.still_to_assess:
            n = len(self.still_to_assess)
            reasons.append(Counted("{n} item still to assess", "{n} items still to assess", n))
        reasons += [
            Worded(N_("{item} is marked Not applicable without a justification"), item=item_id)
            for item_id in self.missing_justifications
        ]
        if self.carried_over_unreviewed:
            reasons.append(
                Counted(
                    "{n} answer carried over from the baseline is not yet reviewed",
                    "{n} answers carried over from the baseline are not yet reviewed",
                    len(self.carried_over_unreviewed),
                )
            )
        return reasons

    @property
    def areas_scored(self) -> int:
        """How many areas the overall score is the mean of."""
        return sum(1 for area in self.areas if area.scored)

    @property
    def partly_scored(self) -> bool:
        """Whether the overall score is the mean of some areas but not all: another measure
        than an overall of every area, which every view and report says."""
        return 0 < self.areas_scored < len(self.areas)

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
    rules = _rules(questionnaire)
    _check_answers(questionnaire, rules, answers)
    targets = targets or {}
    exact: dict[str, Fraction] = {}  # exact area scores, so the overall mean is exact too
    areas = tuple(_score_area(rules, area, answers, targets, exact) for area in rules.areas)
    scored = [a for a in areas if a.code in exact]
    overall = sum(exact.values(), Fraction(0)) / len(exact) if exact else None
    weakest, strongest = _weakest_and_strongest(rules, scored, exact)
    still_to_assess = []
    missing_justifications = []
    for item_id in rules.item_ids:
        answer = answers.get(item_id, UNANSWERED)
        if answer.not_applicable:
            if not answer.justification.strip():
                missing_justifications.append(item_id)
        elif answer.level is None:
            still_to_assess.append(item_id)
    return Result(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        areas=areas,
        overall_score=float(overall) if overall is not None else None,
        overall_band=rules.band(overall) if overall is not None else None,
        weakest_area=weakest,
        strongest_area=strongest,
        items_total=len(rules.item_ids),
        items_answered=len(rules.item_ids) - len(still_to_assess),
        priorities=_priorities(rules, answers, {a.code: a.score for a in areas}),
        still_to_assess=tuple(still_to_assess),
        missing_justifications=tuple(missing_justifications),
        unknown_item_ids=tuple(sorted(answers.keys() - questionnaire.item_ids)),
        carried_over_unreviewed=tuple(
            item_id for item_id in rules.item_ids if answers.get(item_id, UNANSWERED).carried_over
        ),
    )


def _weakest_and_strongest(
    rules: _Rules, scored: list[AreaResult], exact: Mapping[str, Fraction]
) -> tuple[str | None, str | None]:
    """The weakest and the strongest scored area: by band first (the band shown, after the
    critical-item cap), then by score, so that an area in a higher band is never named weaker
    than one in a lower band with an equal or higher score. min/max keep the first of equals:
    remaining ties go to questionnaire order. With one scored area it is both; views say "the
    only area scored" instead of naming it twice (see ``Result.areas_scored``)."""
    if not scored:
        return None, None

    def standing(area: AreaResult) -> tuple[int, Fraction]:
        return rules.rank[area.band or ""], exact[area.code]

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


def _check_answers(
    questionnaire: Questionnaire, rules: _Rules, answers: Mapping[str, Answer]
) -> None:
    values, not_applicable_allowed = rules.levels, rules.not_applicable_allowed
    for item_id, answer in answers.items():
        # Answers to unknown items are reported in the result (unknown_item_ids), not refused.
        if answer.not_applicable:
            fine = answer.level is None and not_applicable_allowed
        else:
            fine = answer.level is None or answer.level in values
        if not fine and (problem := _level_problem(questionnaire, answer)) is not None:
            raise ScoringInputError(refused_at(item_id, problem))


def _score_area(
    rules: _Rules,
    area: Area,
    answers: Mapping[str, Answer],
    targets: Mapping[str, float],
    exact_scores: dict[str, Fraction],
) -> AreaResult:
    item_answers = [answers.get(item.id, UNANSWERED) for item in area.items]
    levels = [a.level for a in item_answers if a.level is not None]
    target = float(targets.get(area.code, rules.default_targets[area.code]))
    answered = sum(1 for a in item_answers if a.answered)
    not_applicable = sum(1 for a in item_answers if a.not_applicable)
    level: float | None = None
    percent = None
    band = uncapped = None
    capping: tuple[str, ...] = ()
    if levels:  # nothing answered with a level: not scored, under any rule
        if area.rule == "minimum":
            # Every applicable item must reach a level for the area to be at it.
            lowest = min(
                rules.lowest if a.level is None else a.level
                for a in item_answers
                if not a.not_applicable
            )
            total, count = lowest, 1
        else:
            total, count = sum(levels), len(levels)
        level = total / count  # int / int: the float nearest the exact mean
        # (mean - lowest) / (highest - lowest) x 100, in integers: exact, and one Fraction.
        percent = Fraction(100 * (total - rules.lowest * count), count * rules.span)
        exact_scores[area.code] = percent
        band = uncapped = rules.band(percent)
        capping = tuple(
            item.id
            for item, a in zip(area.items, item_answers, strict=True)
            if item.critical and a.level is not None and a.level <= rules.low_level_max
        )
        if capping:
            band = rules.capped(uncapped)
    return AreaResult(
        code=area.code,
        name=area.name.en,
        rule=area.rule,
        items_total=len(area.items),
        items_answered=answered,
        items_not_applicable=not_applicable,
        mean_level=level,
        score=float(percent) if percent is not None else None,
        band=band,
        uncapped_band=uncapped,
        capping_items=capping,
        target=target,
        target_score=rules.target_percent(target),
        gap=target - level if level is not None else None,
    )


def _priorities(
    rules: _Rules, answers: Mapping[str, Answer], area_scores: Mapping[str, float | None]
) -> tuple[Priority, ...]:
    ranked: list[tuple[int, float, int, Priority]] = []
    for order, (item, area) in enumerate(rules.items_in_order):
        level = answers.get(item.id, UNANSWERED).level
        if level is None or level >= rules.highest:
            continue  # unanswered, N/A or already at the top: no action
        entry = rules.priority(item, area, level)
        area_score = area_scores[area.code]
        ranked.append((entry.priority, area_score if area_score is not None else 0.0, order, entry))
    ranked.sort(key=lambda r: r[:3])
    return tuple(r[3] for r in ranked)


class _Rules:
    """What scoring reads from a questionnaire, worked out once per questionnaire: every
    answer saved scores the whole assessment, so nothing here is recomputed per click."""

    def __init__(self, questionnaire: Questionnaire):
        scale = questionnaire.scale
        self.areas = questionnaire.areas
        self.items_in_order = [(item, area) for area in self.areas for item in area.items]
        self.item_ids = [item.id for item, _ in self.items_in_order]
        self.levels = scale.value_set
        self.not_applicable_allowed = scale.not_applicable
        self.lowest, self.highest = scale.lowest, scale.highest
        self.span = scale.highest - scale.lowest
        self.low_level_max = questionnaire.rules.low_level_max
        self.default_targets = {area.code: questionnaire.target_for(area) for area in self.areas}
        # Exactly the decimal written in the questionnaire (25.0, 33.3), not the float's
        # binary value, as (numerator, denominator), highest band first.
        self._thresholds = [
            (threshold.numerator, threshold.denominator, band.name.en)
            for band in reversed(questionnaire.bands)
            for threshold in [Fraction(str(band.min_score))]
        ]
        names = [band.name.en for band in questionnaire.bands]
        cap = names.index(questionnaire.rules.critical_cap_band)
        self.rank = {name: k for k, name in enumerate(names)}
        self._capped = {name: names[min(k, cap)] for k, name in enumerate(names)}
        self._next = {level.value: scale.next_level(level.value) for level in scale.levels}
        self._target_percents: dict[float, float] = {}
        self._priorities: dict[tuple[str, int], Priority] = {}

    def band(self, percent: Fraction) -> str:
        numerator, denominator = percent.numerator, percent.denominator
        for low_numerator, low_denominator, name in self._thresholds:
            if numerator * low_denominator >= low_numerator * denominator:
                return name
        return self._thresholds[-1][2]  # below the lowest band's start (never, it is 0)

    def capped(self, band: str) -> str:
        """The band a low critical item leaves an area in: at most the cap band."""
        return self._capped[band]

    def target_percent(self, target: float) -> float:
        """The target level as a percent of the scale, to set beside the area's score."""
        percent = self._target_percents.get(target)
        if percent is None:
            exact = Fraction(target).limit_denominator(10**6)
            percent = float((exact - self.lowest) / self.span * 100)
            self._target_percents[target] = percent
        return percent

    def priority(self, item: Item, area: Area, level: int) -> Priority:
        """The plan entry moving ``item`` up from ``level``: the same for every assessment."""
        key = (item.id, level)
        entry = self._priorities.get(key)
        if entry is None:
            nxt = self._next[level]  # level is on the scale (checked) and below the top
            assert nxt is not None
            entry = Priority(
                priority=(1 if item.critical else 2) if level <= self.low_level_max else 3,
                item_id=item.id,
                area_code=area.code,
                critical=item.critical,
                level=level,
                next_level=nxt.value,
                next_label=nxt.label.en,
                next_meaning=nxt.meaning.en,
                actions=tuple(
                    ActionRef(a.id, a.text.en) for a in area.actions if item.id in a.items
                ),
            )
            self._priorities[key] = entry
        return entry


_RULES: dict[int, tuple[Questionnaire, _Rules]] = {}
_RULES_LOCK = threading.Lock()  # a report written on another thread scores too


def _rules(questionnaire: Questionnaire) -> _Rules:
    """The questionnaire's _Rules. Keyed by identity; the entry holds the questionnaire
    itself, so its id cannot be reused by another object while the entry exists."""
    entry = _RULES.get(id(questionnaire))
    if entry is not None and entry[0] is questionnaire:
        return entry[1]
    rules = _Rules(questionnaire)
    with _RULES_LOCK:
        if len(_RULES) >= 32:  # a session opens few questionnaires; never grow unbounded
            del _RULES[next(iter(_RULES))]
        _RULES[id(questionnaire)] = (questionnaire, rules)
    return rules
