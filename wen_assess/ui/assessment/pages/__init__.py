"""The wizard's pages, declared: :data:`PAGES` lists the page kinds in the order the wizard shows
them, and :func:`build_pages` builds them (one page per area for :class:`AreaPage`). Each page
shows saved state when entered and saves through the controller's public interface only.
"""

from __future__ import annotations

from wen_assess.ui.assessment.controller import AssessmentController
from wen_assess.ui.assessment.pages.area import AreaPage
from wen_assess.ui.assessment.pages.base import Page, page_heading
from wen_assess.ui.assessment.pages.participants import ParticipantsPage
from wen_assess.ui.assessment.pages.plan import PlanPage
from wen_assess.ui.assessment.pages.profile import ProfilePage
from wen_assess.ui.assessment.pages.results import ResultsPage
from wen_assess.ui.assessment.pages.review import ReviewPage

PAGES: tuple[type[Page], ...] = (
    ProfilePage,
    ParticipantsPage,
    AreaPage,
    ReviewPage,
    ResultsPage,
    PlanPage,
)


def build_pages(controller: AssessmentController) -> list[Page]:
    """Every page of the wizard, in the declared order."""
    return [page for kind in PAGES for page in kind.build(controller)]


__all__ = [
    "PAGES",
    "AreaPage",
    "Page",
    "ParticipantsPage",
    "PlanPage",
    "ProfilePage",
    "ResultsPage",
    "ReviewPage",
    "build_pages",
    "page_heading",
]
