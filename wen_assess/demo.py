"""Demo assessments of realistic networks, so a newcomer sees a full library at once.

They are ordinary `.wen.json` files (resources/demo/, written by the app's own export) added
through the same import as `wen-assess import`. The levels are illustrative, loosely shaped on
what is publicly known of each network (see the questionnaire brief); every demo is titled
"[Demo]" and flagged ``is_demo``, and keeps a fixed uuid, so adding them twice adds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wen_assess.paths import resources_dir

if TYPE_CHECKING:
    from wen_assess.records import AssessmentRecord
    from wen_assess.storage.service import AssessmentService

# In the order they are added, which gives their numbers in a new library (the baseline first).
DEMO_KEYS = ("hawen-2022", "asean-2025", "sawen-2025", "hawen-2024", "carwen-2025")


def demo_path(key: str) -> Path:
    return resources_dir() / "demo" / f"{key}.wen.json"


def demo_record(key: str) -> AssessmentRecord:
    """One demo as the app reads it (for tests and benchmarks that need its content)."""
    from wen_assess.exchange import read_assessment_file
    from wen_assess.questionnaire import default_registry

    return read_assessment_file(demo_path(key), default_registry())


def add_demo_assessments(service: AssessmentService) -> list[str]:
    """Import the demo assessments not yet present; returns the titles of those added."""
    from wen_assess.exchange import import_files
    from wen_assess.storage.service import ServiceError

    outcomes = import_files(service, [demo_path(key) for key in DEMO_KEYS])
    problems = [o for o in outcomes if o.status in ("rejected", "failed")]
    if problems:  # "failed": the database refused (locked, full); "rejected": a packaging bug
        raise ServiceError("; ".join(f"{Path(o.path).name}: {o.message}" for o in problems))
    return [
        service.get(o.assessment_id).record.title
        for o in outcomes
        if o.status == "imported" and o.assessment_id is not None
    ]
