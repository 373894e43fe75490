"""Compare assessments: side by side, the same network over time, and across networks.

Built only on the scoring engine's results. When the assessments use different questionnaires
(or versions), every score in the comparison is re-computed by the same engine on the items the
questionnaires share, so that like is compared with like; the compatibility section says so.
The GUI view, the comparison PDF and the CSV files all show this module's `Comparison`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from statistics import mean
from typing import TYPE_CHECKING

from wen_assess import formatting as fmt
from wen_assess.errors import AppError
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord
from wen_assess.scoring import Result, score

if TYPE_CHECKING:
    from wen_assess.storage.service import AssessmentService

TOP_N = 5  # length of each ranked list


class ComparisonError(AppError):
    """Assessments that cannot be compared; the message says why."""


@dataclass(frozen=True)
class Entry:
    """One assessment in the comparison, with its result on the compared items."""

    uuid: str
    network: str
    title: str
    assessment_date: date | None
    questionnaire: Questionnaire
    record: AssessmentRecord
    result: Result  # on the shared items when the questionnaires differ
    completeness: float  # of the whole assessment, so a half-finished one is recognisable

    @property
    def label(self) -> str:
        when = self.assessment_date.isoformat() if self.assessment_date else "undated"
        return f"{self.network} {when}"


@dataclass(frozen=True)
class Compatibility:
    questionnaires: tuple[tuple[str, str], ...]  # distinct (id, version), in entry order
    shared_items: tuple[str, ...]  # in the first questionnaire's order
    union_size: int

    @property
    def same_questionnaire(self) -> bool:
        return len(self.questionnaires) == 1

    @property
    def share(self) -> float:
        return len(self.shared_items) / self.union_size if self.union_size else 0.0

    @property
    def statement(self) -> str:
        names = ", ".join(f"{qid} v{version}" for qid, version in self.questionnaires)
        if self.same_questionnaire:
            return f"All assessments use {names}: every item is compared."
        return (
            f"The assessments use different questionnaires ({names}). They share "
            f"{len(self.shared_items)} of {self.union_size} items ({fmt.share(self.share)}); only "
            "these shared items are compared, and every score here is computed on them alone."
        )


@dataclass(frozen=True)
class AreaRow:
    code: str
    name: str
    scores: tuple[float | None, ...]  # per entry; None = not scored (never 0)
    bands: tuple[str | None, ...]
    completeness: tuple[float | None, ...]  # None where the area is not in that questionnaire
    deltas: tuple[float | None, ...]  # score - baseline score, per entry


@dataclass(frozen=True)
class ItemChange:
    network: str
    item_id: str
    title: str
    area_code: str
    before: int | None
    after: int | None
    before_notes: str
    after_notes: str

    @property
    def delta(self) -> int:
        return (self.after or 0) - (self.before or 0)


@dataclass(frozen=True)
class ActionFollowUp:
    """An action of an earlier plan, and where it stands in the later assessment."""

    network: str
    earlier: int  # index into Comparison.entries of the assessment whose plan it is
    later: int  # index of the next assessment of the same network
    item_id: str
    text: str
    owner: str
    planned_status: str  # in the earlier assessment's plan
    later_status: str | None  # in the later plan, if it lists the item
    level_before: int | None
    level_after: int | None

    @property
    def done(self) -> bool:
        raised = (
            self.level_before is not None
            and self.level_after is not None
            and self.level_after > self.level_before
        )
        if self.later_status is not None:  # the later plan has the last word
            return self.later_status == "done" or raised
        return self.planned_status == "done" or raised


@dataclass(frozen=True)
class Trend:
    """One network's assessments in date order, with its area scores over time."""

    network: str
    entries: tuple[int, ...]  # indexes into Comparison.entries, oldest first
    areas: tuple[tuple[str, tuple[float | None, ...]], ...]  # (area code, scores in date order)
    changes: tuple[ItemChange, ...]  # items whose level rose or fell, first to last
    follow_ups: tuple[ActionFollowUp, ...]

    @staticmethod
    def change(scores: tuple[float | None, ...]) -> float | None:
        """An area's change from the first to the last assessment, in points."""
        return _delta(scores[-1], scores[0])


@dataclass(frozen=True)
class Ranked:
    label: str  # e.g. "HAWEN · FIN" or an area code
    value: float  # the delta in points, or the mean score
    detail: str


@dataclass(frozen=True)
class Comparison:
    entries: tuple[Entry, ...]
    baseline: int  # index of the baseline entry
    compatibility: Compatibility
    areas: tuple[AreaRow, ...]
    overall: tuple[float | None, ...]
    overall_deltas: tuple[float | None, ...]
    trends: tuple[Trend, ...]
    most_improved: tuple[Ranked, ...]
    biggest_declines: tuple[Ranked, ...]
    areas_of_concern: tuple[Ranked, ...]


def load_assessments(
    service: AssessmentService, ids: Sequence[int]
) -> list[tuple[Questionnaire, AssessmentRecord]]:
    """Stored assessments with their questionnaires, ready to compare: oldest first (undated
    last)."""
    pairs = []
    for assessment_id in ids:
        record = service.get(assessment_id).record
        pairs.append((service.questionnaire_of(record), record))
    pairs.sort(key=lambda p: (p[1].assessment_date or date.max, p[1].network.name.casefold()))
    return pairs


def compare(
    assessments: Sequence[tuple[Questionnaire, AssessmentRecord]], baseline_uuid: str | None = None
) -> Comparison:
    if len(assessments) < 2:
        raise ComparisonError("a comparison needs at least two assessments")
    compatibility = _compatibility([q for q, _ in assessments])
    if not compatibility.shared_items:
        names = ", ".join(f"{qid} v{version}" for qid, version in compatibility.questionnaires)
        raise ComparisonError(
            f"these assessments have no item in common ({names}); compare assessments made "
            "with the same questionnaire"
        )
    shared = set(compatibility.shared_items)
    entries = tuple(_entry(q, record, shared, compatibility) for q, record in assessments)
    baseline = _baseline_index(entries, baseline_uuid)
    areas = _area_rows(entries, baseline)
    overall = tuple(e.result.overall_score for e in entries)
    overall_deltas = tuple(_delta(value, overall[baseline]) for value in overall)
    trends = _trends(entries)
    improved, declined = _movers(entries, baseline, trends)
    return Comparison(
        entries=entries,
        baseline=baseline,
        compatibility=compatibility,
        areas=areas,
        overall=overall,
        overall_deltas=overall_deltas,
        trends=trends,
        most_improved=improved,
        biggest_declines=declined,
        areas_of_concern=_concerns(entries, areas),
    )


def _compatibility(questionnaires: list[Questionnaire]) -> Compatibility:
    distinct: list[tuple[str, str]] = []
    for q in questionnaires:
        if (q.id, q.version) not in distinct:
            distinct.append((q.id, q.version))
    item_sets = [{item.id for item in q.items} for q in questionnaires]
    common = set.intersection(*item_sets)
    union = set.union(*item_sets)
    ordered = tuple(item.id for item in questionnaires[0].items if item.id in common)
    return Compatibility(tuple(distinct), ordered, len(union))


def _entry(
    q: Questionnaire, record: AssessmentRecord, shared: set[str], compatibility: Compatibility
) -> Entry:
    answers = record.scoring_answers()
    full = score(q, answers, record.targets)
    compared = full
    if not compatibility.same_questionnaire:
        reduced = _shared_part(q, shared)
        compared = score(reduced, {k: v for k, v in answers.items() if k in shared}, record.targets)
    return Entry(
        uuid=record.uuid,
        network=record.network.name,
        title=record.title,
        assessment_date=record.assessment_date,
        questionnaire=q,
        record=record,
        result=compared,
        completeness=full.completeness,
    )


def _shared_part(q: Questionnaire, shared: set[str]) -> Questionnaire:
    """The questionnaire cut down to the shared items, so every rule (the minimum rule, item
    counts, critical caps) applies to exactly the items compared. Areas left empty are dropped."""
    areas = []
    for area in q.areas:
        items = [item for item in area.items if item.id in shared]
        if items:
            actions = [a for a in area.actions if set(a.items) <= shared]
            areas.append(area.model_copy(update={"items": items, "actions": actions}))
    return q.model_copy(update={"areas": areas})


def _baseline_index(entries: Sequence[Entry], baseline_uuid: str | None) -> int:
    if baseline_uuid is not None:
        for index, entry in enumerate(entries):
            if entry.uuid == baseline_uuid:
                return index
        raise ComparisonError(f"the baseline {baseline_uuid} is not among the compared assessments")
    # The earliest; undated assessments sort last, ties keep the given order.
    return min(range(len(entries)), key=lambda i: (entries[i].assessment_date or date.max, i))


def _delta(value: float | None, base: float | None) -> float | None:
    return None if value is None or base is None else value - base


def _area_rows(entries: Sequence[Entry], baseline: int) -> tuple[AreaRow, ...]:
    codes: list[tuple[str, str]] = []
    for entry in entries:
        for area in entry.questionnaire.areas:
            if area.code not in (c for c, _ in codes):
                codes.append((area.code, area.name.en))
    rows = []
    for code, name in codes:
        results = [_area_result(entry, code) for entry in entries]
        scores = tuple(r.score if r else None for r in results)
        rows.append(
            AreaRow(
                code=code,
                name=name,
                scores=scores,
                bands=tuple(r.band if r else None for r in results),
                completeness=tuple(r.completeness if r else None for r in results),
                deltas=tuple(_delta(s, scores[baseline]) for s in scores),
            )
        )
    return tuple(rows)


def _area_result(entry: Entry, code: str):  # type: ignore[no-untyped-def]
    return next((a for a in entry.result.areas if a.code == code), None)


def _trends(entries: Sequence[Entry]) -> tuple[Trend, ...]:
    by_network: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        by_network.setdefault(entry.network.casefold(), []).append(index)
    trends = []
    for indexes in by_network.values():
        if len(indexes) < 2:
            continue
        ordered = sorted(indexes, key=lambda i: (entries[i].assessment_date or date.max, i))
        first, last = entries[ordered[0]], entries[ordered[-1]]
        codes = [a.code for a in first.questionnaire.areas]
        areas = tuple((code, tuple(_score_of(entries[i], code) for i in ordered)) for code in codes)
        trends.append(
            Trend(
                network=first.network,
                entries=tuple(ordered),
                areas=areas,
                changes=_item_changes(first, last),
                follow_ups=_follow_ups(entries, ordered),
            )
        )
    return tuple(trends)


def _score_of(entry: Entry, code: str) -> float | None:
    area = _area_result(entry, code)
    return area.score if area else None


def _item_changes(first: Entry, last: Entry) -> tuple[ItemChange, ...]:
    later_items = {item.id for item in last.questionnaire.items}
    changes = []
    for item in first.questionnaire.items:
        if item.id not in later_items:
            continue
        before, after = first.record.answer(item.id), last.record.answer(item.id)
        level_before = before.level if before else None
        level_after = after.level if after else None
        if level_before is None or level_after is None or level_before == level_after:
            continue
        changes.append(
            ItemChange(
                network=first.network,
                item_id=item.id,
                title=item.title.en,
                area_code=first.questionnaire.area_of(item.id).code,
                before=level_before,
                after=level_after,
                before_notes=before.notes if before else "",
                after_notes=after.notes if after else "",
            )
        )
    changes.sort(key=lambda c: -abs(c.delta))  # biggest moves first, then questionnaire order
    return tuple(changes)


def _follow_ups(entries: Sequence[Entry], ordered: list[int]) -> tuple[ActionFollowUp, ...]:
    follow = []
    for earlier_index, later_index in pairwise(ordered):
        earlier, later = entries[earlier_index], entries[later_index]
        later_plan = {a.item_id: a for a in later.record.actions}
        for action in earlier.record.actions:
            before = earlier.record.answer(action.item_id)
            after = later.record.answer(action.item_id)
            follow.append(
                ActionFollowUp(
                    network=earlier.network,
                    earlier=earlier_index,
                    later=later_index,
                    item_id=action.item_id,
                    text=action.text,
                    owner=action.owner,
                    planned_status=action.status,
                    later_status=later_plan[action.item_id].status
                    if action.item_id in later_plan
                    else None,
                    level_before=before.level if before else None,
                    level_after=after.level if after else None,
                )
            )
    return tuple(follow)


def _movers(
    entries: Sequence[Entry], baseline: int, trends: Sequence[Trend]
) -> tuple[tuple[Ranked, ...], tuple[Ranked, ...]]:
    """Area moves: within each network over time, else each assessment against the baseline."""
    moves: list[Ranked] = []
    pairs = [(t.entries[0], t.entries[-1]) for t in trends] or [
        (baseline, i) for i in range(len(entries)) if i != baseline
    ]
    for before_index, after_index in pairs:
        before, after = entries[before_index], entries[after_index]
        for area in after.result.areas:
            old = _score_of(before, area.code)
            if area.score is None or old is None or area.score == old:
                continue
            moves.append(
                Ranked(
                    label=f"{after.network} · {area.code}",
                    value=area.score - old,
                    detail=f"{old:.1f} % → {area.score:.1f} % ({before.label} → {after.label})",
                )
            )
    improved = sorted((m for m in moves if m.value > 0), key=lambda m: -m.value)[:TOP_N]
    declined = sorted((m for m in moves if m.value < 0), key=lambda m: m.value)[:TOP_N]
    return tuple(improved), tuple(declined)


def _concerns(entries: Sequence[Entry], areas: Sequence[AreaRow]) -> tuple[Ranked, ...]:
    """Areas that are the weakest in all or most assessments, lowest mean score first."""
    concerns = []
    for row in areas:
        weakest_in = sum(1 for e in entries if e.result.weakest_area == row.code)
        scored = [s for s in row.scores if s is not None]
        if not scored or weakest_in * 2 <= len(entries):  # weakest in most, not half
            continue
        concerns.append(
            Ranked(
                label=f"{row.code} · {row.name}",
                value=mean(scored),
                detail=f"weakest area in {weakest_in} of {len(entries)} assessments; "
                f"mean score {mean(scored):.1f} %",
            )
        )
    if not concerns:  # no area is weakest in most: name the lowest on average instead
        ranked = sorted(
            (
                (mean(s for s in row.scores if s is not None), row)
                for row in areas
                if any(s is not None for s in row.scores)
            ),
            key=lambda pair: pair[0],
        )
        concerns = [
            Ranked(f"{row.code} · {row.name}", value, f"lowest mean score: {value:.1f} %")
            for value, row in ranked[:2]
        ]
    return tuple(sorted(concerns, key=lambda c: c.value)[:TOP_N])
