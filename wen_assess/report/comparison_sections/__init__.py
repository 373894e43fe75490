"""The comparison PDF's sections, declared in the order the report prints them: cover, key
findings, compatibility, side by side, rankings, the same network over time (when a network is
assessed more than once), and a short note on method.

Every number is the comparison's (from the scoring engine), written as every view writes it
(:mod:`wen_assess.formatting`), in the comparison's language; every text from a record or a
questionnaire goes through :func:`~wen_assess.report.text.esc`. The building blocks are the
improvement report's.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.comparison_sections.compatibility import compatibility
from wen_assess.report.comparison_sections.cover import cover
from wen_assess.report.comparison_sections.key_findings import key_findings
from wen_assess.report.comparison_sections.method import method
from wen_assess.report.comparison_sections.over_time import over_time
from wen_assess.report.comparison_sections.rankings import rankings
from wen_assess.report.comparison_sections.side_by_side import side_by_side

# The short ranked lists come before the long detail of the networks over time.
# Key findings open the body, on a page of their own.
BODY = (key_findings, compatibility, side_by_side, rankings, over_time, method)


def all_sections(data: ComparisonData) -> tuple[list[Flowable], list[Flowable]]:
    """(cover, body): the document puts the cover on its own page template. Sections are
    numbered as printed; the networks over time are left out when there is no trend."""
    printed = [s for s in BODY if s is not over_time or data.comparison.trends]
    body = [f for number, s in enumerate(printed, start=1) for f in s(data, number)]
    return cover(data), body
