"""Compare assessments: side by side, the same network over time, and across networks.

Built only on the scoring engine's results. When the assessments use different questionnaires
(or versions), every score in the comparison is re-computed by the same engine on the items the
questionnaires share, so that like is compared with like; the compatibility section says so.
A selection whose assessments share nothing as a whole (one G1 among G2s) compares its largest
group that does, and names the others with the reason.

A *change* is counted only within one network, against its own earlier assessment; between
networks there is a *difference* from the baseline, never an improvement or a decline, so the
most improved and biggest declines are ranked only for networks assessed more than once.
The GUI view, the comparison PDF and the CSV files all show this module's `Comparison`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import pairwise
from statistics import mean
from typing import TYPE_CHECKING

from wen_assess import formatting as fmt
from wen_assess.errors import AppError
from wen_assess.i18n import N_, translator
from wen_assess.questionnaire import Questionnaire
from wen_assess.records import AssessmentRecord
from wen_assess.scoring import Result, score
from wen_assess.vocabulary import ENGLISH

if TYPE_CHECKING:
    from wen_assess.storage.service import AssessmentService

TOP_N = 5  # length of each ranked list


class ComparisonError(AppError):
    """Assessments that cannot be compared; the message says why (in English as ``str()``,
    in another language with :meth:`in_language`, for a report written in it)."""

    def __init__(self, message: str, **values: object) -> None:
        self.message, self.values = message, values
        super().__init__(message.format(**values))

    def in_language(self, language: str) -> str:
        return translator(language).gettext(self.message).format(**self.values)


def _undated(language: str) -> str:
    return translator(language).gettext("undated")


def _questionnaires(pairs: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f"{qid} v{version}" for qid, version in pairs)


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
    # Told apart from another assessment of the same network on the same date: its title, or
    # "#2" when the titles are the same too. Empty when the network and date are enough.
    distinction: str = ""

    @property
    def label(self) -> str:
        """Short, for screens and CSV: "HAWEN 2022-12-07"."""
        when = self.assessment_date.isoformat() if self.assessment_date else "undated"
        return f"{self.network} {when}" + (f" {self.distinction}" if self.distinction else "")

    def label_in(self, language: str = ENGLISH) -> str:
        """As a report writes it: "HAWEN 7 décembre 2022"."""
        when = fmt.long_date(self.assessment_date, language) if self.assessment_date else ""
        return f"{self.network} {when or _undated(language)}" + (
            f" {self.distinction}" if self.distinction else ""
        )

    @property
    def network_key(self) -> str:
        return self.network.casefold()


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
        return self.statement_in(ENGLISH)

    def statement_in(self, language: str) -> str:
        _ = translator(language).gettext
        names = _questionnaires(self.questionnaires)
        if self.same_questionnaire:
            return _("All assessments use {names}: every item is compared.").format(names=names)
        return _(
            "The assessments use different questionnaires ({names}). They share {shared} of "
            "{total} items ({share}); only these shared items are compared, and every score "
            "here is computed on them alone."
        ).format(
            names=names,
            shared=len(self.shared_items),
            total=self.union_size,
            share=fmt.share(self.share, language),
        )


@dataclass(frozen=True)
class AreaRow:
    code: str
    name: str
    scores: tuple[float | None, ...]  # per entry; None = not scored (never 0)
    bands: tuple[str | None, ...]
    completeness: tuple[float | None, ...]  # None where the area is not in that questionnaire
    # Change: score - the score of the same network's assessment it is measured from
    # (Comparison.change_from); None for another network's assessment (never a change).
    deltas: tuple[float | None, ...]
    # Difference: score - the baseline's score, only for assessments of another network.
    differences: tuple[float | None, ...] = ()


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
    """An area in a ranking: a move within a network (``network`` set, ``first``/``last`` the
    entries it is measured between), or an area of concern (``weakest_in`` of ``assessments``,
    0 when it is ranked by its low mean score alone)."""

    label: str  # e.g. "HAWEN · FIN" or "FIN · Finance"
    value: float  # the delta in points, or the mean score
    detail: str
    area_code: str = ""
    network: str = ""
    before: float | None = None  # a move's scores
    after: float | None = None
    first: int | None = None  # indexes into Comparison.entries
    last: int | None = None
    weakest_in: int = 0
    assessments: int = 0


def ranked_detail(ranked: Ranked, entries: Sequence[Entry], language: str = ENGLISH) -> str:
    """What a ranked line says besides its value, in ``language``."""
    _ = translator(language).gettext
    if ranked.first is not None and ranked.last is not None:
        return _("{before} → {after} ({first} → {last})").format(
            before=fmt.percent(ranked.before, language=language),
            after=fmt.percent(ranked.after, language=language),
            first=entries[ranked.first].label_in(language),
            last=entries[ranked.last].label_in(language),
        )
    mean_score = fmt.percent(ranked.value, language=language)
    if ranked.weakest_in:
        return _("weakest area in {count} of {total} assessments; mean score {mean}").format(
            count=ranked.weakest_in, total=ranked.assessments, mean=mean_score
        )
    return _("lowest mean score: {mean}").format(mean=mean_score)


@dataclass(frozen=True)
class LeftOut:
    """An assessment of the selection that is not compared, and why."""

    label: str
    title: str
    reason: str
    network: str = ""
    assessment_date: date | None = None
    questionnaire: tuple[str, str] = ("", "")  # its (id, version)
    compared: tuple[tuple[str, str], ...] = ()  # the compared assessments' questionnaires

    def label_in(self, language: str = ENGLISH) -> str:
        when = fmt.long_date(self.assessment_date, language) if self.assessment_date else ""
        return f"{self.network} {when or _undated(language)}"

    def reason_in(self, language: str = ENGLISH) -> str:
        qid, version = self.questionnaire
        return (
            translator(language)
            .gettext(
                "made with {questionnaire}, which shares no item with the compared assessments "
                "({names})"
            )
            .format(questionnaire=f"{qid} v{version}", names=_questionnaires(self.compared))
        )


@dataclass(frozen=True)
class Comparison:
    """Changes are counted only within one network (its own earlier assessment); between
    networks there are differences, which are never called improvement or decline."""

    entries: tuple[Entry, ...]
    baseline: int  # index of the baseline entry
    compatibility: Compatibility
    areas: tuple[AreaRow, ...]
    overall: tuple[float | None, ...]
    overall_deltas: tuple[float | None, ...]  # changes, as AreaRow.deltas
    trends: tuple[Trend, ...]
    most_improved: tuple[Ranked, ...]  # within a network over time only
    biggest_declines: tuple[Ranked, ...]  # within a network over time only
    areas_of_concern: tuple[Ranked, ...]
    # Per entry: the index of the same network's assessment its change is measured from (the
    # baseline for the baseline's network, that network's earliest for another), or None.
    change_from: tuple[int | None, ...] = ()
    overall_differences: tuple[float | None, ...] = ()  # as AreaRow.differences
    left_out: tuple[LeftOut, ...] = ()  # of the selection, not compared

    @property
    def language(self) -> str:
        """The working language all compared assessments share (their comparison PDF is written
        in it), else English."""
        languages = {entry.record.language for entry in self.entries}
        return languages.pop() if len(languages) == 1 else ENGLISH

    def is_other_network(self, index: int) -> bool:
        """Whether the assessment is of another network than the baseline's."""
        return self.entries[index].network_key != self.entries[self.baseline].network_key

    @property
    def overall_of_fewer_areas(self) -> tuple[Entry, ...]:
        """Assessments whose overall score is the mean of only some of their areas: another
        measure than an overall of every area, which a reader must be told (OVERALL_OF_FEWER)."""
        return tuple(e for e in self.entries if e.result.partly_scored)

    def latest_of_each_network(self) -> tuple[int, ...]:
        """Each network's latest assessment (undated counts as latest), in network order."""
        latest: dict[str, int] = {}
        for index in sorted(
            range(len(self.entries)), key=lambda i: (*_when(self.entries[i].record), i)
        ):
            latest[self.entries[index].network_key] = index
        order = {key: n for n, key in enumerate(e.network_key for e in self.entries)}
        return tuple(sorted(latest.values(), key=lambda i: order[self.entries[i].network_key]))

    @property
    def networks(self) -> tuple[str, ...]:
        """The compared networks, each once, in entry order."""
        seen: dict[str, str] = {}
        for entry in self.entries:
            seen.setdefault(entry.network_key, entry.network)
        return tuple(seen.values())


# Said of each of ``Comparison.overall_of_fewer_areas``, on screen and in the PDF alike.
OVERALL_OF_FEWER = N_(
    "{assessment}: its overall score is the mean of {scored} of its {total} areas, so it is "
    "not directly comparable with an overall score of every area."
)


def load_assessments(
    service: AssessmentService, ids: Sequence[int]
) -> list[tuple[Questionnaire, AssessmentRecord]]:
    """Stored assessments with their questionnaires, ready to compare: oldest first (undated
    last). Read together: one query per table, however many are compared."""
    pairs = [(service.questionnaire_of(s.record), s.record) for s in service.get_many(list(ids))]
    pairs.sort(key=lambda pair: _in_time_order(pair[1]))
    return pairs


def _in_time_order(record: AssessmentRecord) -> tuple[date, str, datetime]:
    """Oldest first (undated last); on one day, by network, then by when each was started."""
    day, started = _when(record)
    return day, record.network.name.casefold(), started


def _when(record: AssessmentRecord) -> tuple[date, datetime]:
    """When an assessment took place, for ordering: its date, then (two on one day) when it
    was started, so that the order never depends on the order the user named them in."""
    return record.assessment_date or date.max, record.created_at or datetime.max


def compare(
    assessments: Sequence[tuple[Questionnaire, AssessmentRecord]], baseline_uuid: str | None = None
) -> Comparison:
    """Compare the assessments that share items.

    A mixed selection (e.g. one G1 and three G2 assessments) compares its largest group of
    assessments that share items, and lists the others in ``left_out`` with the reason.
    """
    if len(assessments) < 2:
        raise ComparisonError(N_("a comparison needs at least two assessments"))
    kept, left_out = _compatible_group(assessments)
    if len(kept) < 2:
        raise ComparisonError(
            N_(
                "these assessments have no item in common ({names}); compare assessments made "
                "with the same questionnaire"
            ),
            names=_questionnaires(_distinct(assessments)),
        )
    if baseline_uuid is not None and any(r.uuid == baseline_uuid for _, r in left_out):
        raise ComparisonError(
            N_("the baseline {uuid} shares no item with the other assessments"),
            uuid=baseline_uuid,
        )
    compatibility = _compatibility([q for q, _ in kept])
    shared = set(compatibility.shared_items)
    entries = _distinguished(tuple(_entry(q, record, shared, compatibility) for q, record in kept))
    baseline = _baseline_index(entries, baseline_uuid)
    change_from = _change_from(entries, baseline)
    areas = _area_rows(entries, baseline, change_from)
    overall = tuple(e.result.overall_score for e in entries)
    trends = _trends(entries)
    improved, declined = _movers(entries, trends)
    return Comparison(
        entries=entries,
        baseline=baseline,
        compatibility=compatibility,
        areas=areas,
        overall=overall,
        overall_deltas=_changes(overall, change_from),
        trends=trends,
        most_improved=improved,
        biggest_declines=declined,
        areas_of_concern=_concerns(entries, areas),
        change_from=change_from,
        overall_differences=_differences(overall, entries, baseline),
        left_out=_left_out(kept, left_out),
    )


Pairs = Sequence[tuple[Questionnaire, AssessmentRecord]]


def _distinct(assessments: Pairs) -> list[tuple[str, str]]:
    return list(dict.fromkeys((q.id, q.version) for q, _ in assessments))


def _compatible_group(assessments: Pairs) -> tuple[list, list]:
    """(kept, left out): everything when all share an item; otherwise the largest group of one
    questionnaire (the first on a tie), joined by any other assessment still sharing items."""
    if _common_items(q for q, _ in assessments):
        return list(assessments), []
    by_questionnaire: dict[str, list[int]] = {}
    for index, (q, _) in enumerate(assessments):
        by_questionnaire.setdefault(q.id, []).append(index)
    chosen = max(by_questionnaire.values(), key=len)
    kept = list(chosen)
    for index in range(len(assessments)):
        if index not in kept and _common_items(assessments[i][0] for i in [*kept, index]):
            kept.append(index)
    kept.sort()
    return (
        [assessments[i] for i in kept],
        [assessments[i] for i in range(len(assessments)) if i not in kept],
    )


def _common_items(questionnaires) -> set[str]:  # type: ignore[no-untyped-def]
    sets = [{item.id for item in q.items} for q in questionnaires]
    return set.intersection(*sets) if sets else set()


def _left_out(kept: Pairs, left_out: Pairs) -> tuple[LeftOut, ...]:
    compared = tuple(_distinct(kept))
    found = []
    for q, record in left_out:
        when = record.assessment_date.isoformat() if record.assessment_date else "undated"
        left = LeftOut(
            label=f"{record.network.name} {when}",
            title=record.title,
            reason="",
            network=record.network.name,
            assessment_date=record.assessment_date,
            questionnaire=(q.id, q.version),
            compared=compared,
        )
        found.append(replace(left, reason=left.reason_in(ENGLISH)))
    return tuple(found)


def _distinguished(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Assessments of one network on one date get their title, or a number, in their label."""
    groups: dict[tuple[str, date | None], list[int]] = {}
    for index, entry in enumerate(entries):
        groups.setdefault((entry.network_key, entry.assessment_date), []).append(index)
    named = list(entries)
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        titles = [entries[i].title.strip() for i in indexes]
        by_title = all(titles) and len(set(map(str.casefold, titles))) == len(titles)
        for n, i in enumerate(indexes, start=1):
            mark = f"· {_short(titles[n - 1])}" if by_title else f"#{n}"
            named[i] = replace(entries[i], distinction=mark)
    return tuple(named)


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _change_from(entries: Sequence[Entry], baseline: int) -> tuple[int | None, ...]:
    """Each assessment's change is measured within its network: against the baseline for the
    baseline's network, else against that network's earliest assessment."""
    earliest: dict[str, int] = {}
    for index in sorted(range(len(entries)), key=lambda i: (*_when(entries[i].record), i)):
        earliest.setdefault(entries[index].network_key, index)
    base_key = entries[baseline].network_key
    origins: list[int | None] = []
    for index, entry in enumerate(entries):
        origin = baseline if entry.network_key == base_key else earliest[entry.network_key]
        origins.append(None if origin == index and index != baseline else origin)
    return tuple(origins)


def _changes(values: Sequence[float | None], change_from: Sequence[int | None]) -> tuple:
    return tuple(
        None if origin is None else _delta(value, values[origin])
        for value, origin in zip(values, change_from, strict=True)
    )


def _differences(values: Sequence[float | None], entries: Sequence[Entry], baseline: int) -> tuple:
    base_key = entries[baseline].network_key
    return tuple(
        None if entry.network_key == base_key else _delta(value, values[baseline])
        for value, entry in zip(values, entries, strict=True)
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
        raise ComparisonError(
            N_("the baseline {uuid} is not among the compared assessments"), uuid=baseline_uuid
        )
    # The earliest; undated assessments sort last, ties keep the given order.
    return min(range(len(entries)), key=lambda i: (entries[i].assessment_date or date.max, i))


def _delta(value: float | None, base: float | None) -> float | None:
    return None if value is None or base is None else value - base


def _area_rows(
    entries: Sequence[Entry], baseline: int, change_from: Sequence[int | None]
) -> tuple[AreaRow, ...]:
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
                deltas=_changes(scores, change_from),
                differences=_differences(scores, entries, baseline),
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
    entries: Sequence[Entry], trends: Sequence[Trend]
) -> tuple[tuple[Ranked, ...], tuple[Ranked, ...]]:
    """Area moves within each network from its first to its last assessment. Networks that
    differ are not one network improving or declining: no move is counted between them."""
    moves: list[Ranked] = []
    pairs = [(t.entries[0], t.entries[-1]) for t in trends]
    for before_index, after_index in pairs:
        before, after = entries[before_index], entries[after_index]
        for area in after.result.areas:
            old = _score_of(before, area.code)
            if area.score is None or old is None or area.score == old:
                continue
            move = Ranked(
                label=f"{after.network} · {area.code}",
                value=area.score - old,
                detail="",
                area_code=area.code,
                network=after.network,
                before=old,
                after=area.score,
                first=before_index,
                last=after_index,
            )
            moves.append(replace(move, detail=ranked_detail(move, entries)))
    improved = sorted((m for m in moves if m.value > 0), key=lambda m: -m.value)[:TOP_N]
    declined = sorted((m for m in moves if m.value < 0), key=lambda m: m.value)[:TOP_N]
    return tuple(improved), tuple(declined)


def _concerns(entries: Sequence[Entry], areas: Sequence[AreaRow]) -> tuple[Ranked, ...]:
    """Areas that are the weakest in all or most assessments, lowest mean score first.

    An assessment with one area scored has no weakest area: that area is only the one scored.
    """
    concerns = []
    for row in areas:
        weakest_in = sum(
            1 for e in entries if e.result.weakest_area == row.code and e.result.areas_scored > 1
        )
        scored = [s for s in row.scores if s is not None]
        if not scored or weakest_in * 2 <= len(entries):  # weakest in most, not half
            continue
        concerns.append(
            Ranked(
                label=f"{row.code} · {row.name}",
                value=mean(scored),
                detail="",
                area_code=row.code,
                weakest_in=weakest_in,
                assessments=len(entries),
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
            Ranked(f"{row.code} · {row.name}", value, "", area_code=row.code)
            for value, row in ranked[:2]
        ]
    return tuple(
        replace(c, detail=ranked_detail(c, entries))
        for c in sorted(concerns, key=lambda c: c.value)[:TOP_N]
    )
