"""What the report shows, gathered in one place: the questionnaire, the record and its result.

Only look-ups live here (answers by item, names by code). Scores, bands,
gaps and priorities are taken from the :class:`~wen_assess.scoring.Result` as they are: the
report never scores anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wen_assess.questionnaire.model import Area, Item, Questionnaire
from wen_assess.records import AnswerRecord, AssessmentRecord
from wen_assess.report.text import date_text
from wen_assess.scoring import Result
from wen_assess.vocabulary import IN_PROGRESS


@dataclass
class ReportData:
    questionnaire: Questionnaire
    record: AssessmentRecord
    result: Result
    _answers: dict[str, AnswerRecord] = field(init=False, repr=False)
    _items: dict[str, Item] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.result.questionnaire_id != self.questionnaire.id:
            raise ValueError(
                f"the result is for questionnaire '{self.result.questionnaire_id}', "
                f"not '{self.questionnaire.id}'"
            )
        self._answers = {a.item_id: a for a in self.record.answers}
        self._items = {item.id: item for item in self.questionnaire.items}

    # --- the record ---------------------------------------------------------------------------
    @property
    def draft(self) -> bool:
        return self.record.status == IN_PROGRESS

    @property
    def network(self) -> str:
        return self.record.network.name

    @property
    def date(self) -> str:
        return date_text(self.record.assessment_date)

    @property
    def title(self) -> str:
        return self.record.title.strip() or self.questionnaire.title.en

    def answer(self, item_id: str) -> AnswerRecord | None:
        return self._answers.get(item_id)

    # --- the questionnaire --------------------------------------------------------------------
    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def area(self, code: str) -> Area:
        return next(a for a in self.questionnaire.areas if a.code == code)

    def area_name(self, code: str | None) -> str:
        return self.area(code).name.en if code else ""

    def level_label(self, value: int) -> str:
        return f"{value} – {self.questionnaire.scale.level(value).label.en}"
