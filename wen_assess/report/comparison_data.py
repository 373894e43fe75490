"""What the comparison PDF shows, in its language: the comparison and the words to say it.

Only look-ups and wording live here (an area's or item's name in the language, an assessment's
date as printed); every number is the comparison's, computed by the scoring engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from wen_assess.compare import Comparison, Entry, LeftOut, Ranked, ranked_detail
from wen_assess.i18n import check_language
from wen_assess.questionnaire import Questionnaire
from wen_assess.report.wording import Wording


@dataclass
class ComparisonData(Wording):
    comparison: Comparison
    # The assessments' shared working language by default, else English.
    language: str = ""

    def __post_init__(self) -> None:
        self.language = check_language(self.language or self.comparison.language)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.comparison.entries

    # --- assessments --------------------------------------------------------------------------
    def when(self, entry: Entry) -> str:
        """An assessment's date as the comparison writes it: "7 December 2022", or "date not
        set"."""
        if entry.assessment_date is None:
            return self.t("date not set")
        return self.long_date(entry.assessment_date)

    def title(self, text: str) -> str:
        return text.strip() or self.t("untitled")

    def left_out(self, left: LeftOut) -> tuple[str, str]:
        """A left-out assessment's (label, reason)."""
        return left.label_in(self.language), left.reason_in(self.language)

    def detail(self, ranked: Ranked) -> str:
        return ranked_detail(ranked, self.entries, self.language)

    # --- the questionnaires' words ------------------------------------------------------------
    def area_name(self, code: str) -> str:
        for entry in self.entries:
            for area in entry.questionnaire.areas:
                if area.code == code:
                    return area.name.get(self.language)
        return code

    def band_name(self, entry: Entry, name: str | None) -> str | None:
        """A band (named in English by the engine) in the comparison's language."""
        band = next((b for b in entry.questionnaire.bands if b.name.en == name), None)
        return band.name.get(self.language) if band is not None else name

    def item_title(self, q: Questionnaire, item_id: str) -> str:
        """An item's title, from its questionnaire, or from any compared one; else its id."""
        for questionnaire in (q, *(e.questionnaire for e in self.entries)):
            try:
                return questionnaire.item(item_id).title.get(self.language)
            except KeyError:
                continue
        return item_id

    def questionnaire_title(self, q: Questionnaire) -> str:
        return q.title.get(self.language)
