"""What the report shows, gathered in one place: the questionnaire, the record and its result.

Only look-ups live here (answers by item, names by code). Scores, bands,
gaps and priorities are taken from the :class:`~wen_assess.scoring.Result` as they are: the
report never scores anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, ComparisonError, Entry, Trend, compare
from wen_assess.plan import PlanEntry, plan_entries
from wen_assess.questionnaire.model import Area, Item, Questionnaire
from wen_assess.records import AnswerRecord, AssessmentRecord
from wen_assess.report.wording import Wording
from wen_assess.scoring import Result
from wen_assess.vocabulary import IN_PROGRESS


@dataclass(frozen=True)
class Progress:
    """A re-assessment against the assessment it was started from, as the comparison engine
    sees it (two entries: the baseline first); or why it cannot be shown."""

    comparison: Comparison | None
    unavailable: str = ""  # one sentence, when there is no comparison

    @property
    def before(self) -> Entry:
        assert self.comparison is not None
        return self.comparison.entries[self.comparison.baseline]

    @property
    def after(self) -> Entry:
        assert self.comparison is not None
        return self.comparison.entries[1 - self.comparison.baseline]

    @property
    def overall_change(self) -> float | None:
        assert self.comparison is not None
        return self.comparison.overall_deltas[1 - self.comparison.baseline]

    @property
    def trend(self) -> Trend | None:
        """Item changes and the earlier plan's follow-up (only when the network kept its name:
        the engine follows a network by name)."""
        assert self.comparison is not None
        return self.comparison.trends[0] if self.comparison.trends else None


@dataclass
class ReportData(Wording):
    questionnaire: Questionnaire
    record: AssessmentRecord
    result: Result
    # The assessment a re-assessment was started from, when it is available.
    baseline: tuple[Questionnaire, AssessmentRecord] | None = None
    # Section name -> number as printed (set by sections.all_sections).
    numbers: dict[str, int] = field(default_factory=dict)
    # The language the report is written in (the assessment's working language by default).
    language: str = ""
    _answers: dict[str, AnswerRecord] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.result.questionnaire_id != self.questionnaire.id:
            raise ValueError(
                f"the result is for questionnaire '{self.result.questionnaire_id}', "
                f"not '{self.questionnaire.id}'"
            )
        self._answers = {a.item_id: a for a in self.record.answers}
        self.language = self.language or self.record.language

    # --- the record ---------------------------------------------------------------------------
    @property
    def draft(self) -> bool:
        return self.record.status == IN_PROGRESS

    @property
    def network(self) -> str:
        return self.record.network.name

    @property
    def date(self) -> str:
        return fmt.long_date(self.record.assessment_date, self.language)

    @property
    def title(self) -> str:
        return self.record.title.strip() or self.questionnaire.title.get(self.language)

    @cached_property
    def plan(self) -> list[PlanEntry]:
        """The plan's rows, exactly as the workbook and CSV list them."""
        return plan_entries(self.record, self.result)

    @cached_property
    def progress(self) -> Progress | None:
        """None unless the assessment is a re-assessment (it names a baseline)."""
        uuid = self.record.baseline_uuid
        if uuid is None:
            return None
        if self.baseline is None:
            return Progress(
                None,
                self.t(
                    "This is a re-assessment, but the assessment it was started from (baseline "
                    "{uuid}) is not available here, so the progress since then is not shown: "
                    "make the report from the library that holds both to include it.",
                    uuid=uuid[:8],
                ),
            )
        try:
            comparison = compare([self.baseline, (self.questionnaire, self.record)], uuid)
        except ComparisonError as error:
            return Progress(
                None,
                self.t(
                    "The baseline cannot be compared with this assessment: {reason}.",
                    reason=error.in_language(self.language),
                ),
            )
        return Progress(comparison)

    @property
    def critical_not_applicable(self) -> list[str]:
        """Critical items answered not applicable, in questionnaire order."""
        return [
            item.id
            for item in self.questionnaire.items
            if item.critical and (a := self.answer(item.id)) is not None and a.not_applicable
        ]

    @property
    def carried_over_unreviewed(self) -> list[AnswerRecord]:
        """Answers a re-assessment copied from its baseline and nobody has looked at since
        (changed or confirmed), in questionnaire order."""
        return [self._answers[item_id] for item_id in self.result.carried_over_unreviewed]

    def answer(self, item_id: str) -> AnswerRecord | None:
        return self._answers.get(item_id)

    # --- the questionnaire --------------------------------------------------------------------
    def item(self, item_id: str) -> Item:
        return self.questionnaire.item(item_id)

    def area(self, code: str) -> Area:
        return next(a for a in self.questionnaire.areas if a.code == code)

    def area_name(self, code: str | None) -> str:
        return self.area(code).name.get(self.language) if code else ""

    def band_name(self, name: str | None) -> str | None:
        """A band (named in English by the engine) in the report's language."""
        band = next((b for b in self.questionnaire.bands if b.name.en == name), None)
        return band.name.get(self.language) if band is not None else name

    def level_name(self, value: int) -> str:
        return self.questionnaire.scale.level(value).label.get(self.language)

    def level_meaning(self, value: int) -> str:
        return self.questionnaire.scale.level(value).meaning.get(self.language)

    def action_text(self, action_id: str, english: str) -> str:
        """A questionnaire action (the engine names it in English) in the report's language."""
        try:
            return self.questionnaire.action(action_id).text.get(self.language)
        except KeyError:
            return english

    def level_label(self, value: int) -> str:
        return f"{value} – {self.level_name(value)}"

    def band_text(self, name: str | None, *, at_start: bool = False) -> str:
        """A band name in the report's language, or "not scored"."""
        return fmt.band(self.band_name(name), at_start=at_start, language=self.language)
