"""The improvement report's sections, declared in the order the report prints them.

Each section is a function from :class:`~wen_assess.report.data.ReportData` to flowables, in a
module of its own. Every text taken from the record or the questionnaire goes through
:func:`~wen_assess.report.text.esc`; the only markup written here is the report's own.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from wen_assess.report.data import ReportData
from wen_assess.report.sections.areas import areas
from wen_assess.report.sections.charts_page import charts
from wen_assess.report.sections.cover import cover
from wen_assess.report.sections.methodology import methodology
from wen_assess.report.sections.open_points import open_points
from wen_assess.report.sections.participants import participants
from wen_assess.report.sections.plan import improvement_plan
from wen_assess.report.sections.progress import progress
from wen_assess.report.sections.responses import responses
from wen_assess.report.sections.summary import summary

# Numbered in the order printed; the progress since the baseline only for a re-assessment
# whose baseline is at hand.
BODY = (
    ("summary", summary),
    ("progress", progress),
    ("charts", charts),
    ("areas", areas),
    ("plan", improvement_plan),
    ("open_points", open_points),
    ("participants", participants),
    ("responses", responses),  # last: printed only when members' responses were collected
)


def all_sections(data: ReportData) -> tuple[list[Flowable], list[Flowable]]:
    """(cover, body): the document puts the cover on its own page template."""
    shown = data.progress is not None and data.progress.comparison is not None
    printed = [(name, section) for name, section in BODY if name != "progress" or shown]
    data.numbers.clear()
    data.numbers.update({name: n for n, (name, _) in enumerate(printed, start=1)})
    body = [flowable for _, section in printed for flowable in section(data)]
    return cover(data), body + methodology(data)
