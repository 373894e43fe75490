from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def service(db_path: Path) -> Iterator[AssessmentService]:
    database = open_database(db_path)
    yield AssessmentService(database, default_registry())
    database.close()
