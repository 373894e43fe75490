"""`wen-assess show` names the assessment's working language."""

from __future__ import annotations

from cli_runner import run_cli

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService


def test_show_prints_the_working_language(tmp_path):
    path = tmp_path / "library.sqlite"
    db = open_database(path)
    try:
        number = AssessmentService(db, default_registry()).create(
            "iccwc-wen-g2", "ROAVIS", language="pt"
        )
    finally:
        db.close()
    result = run_cli("--db", str(path), "show", str(number))
    assert result.returncode == 0, result.stderr
    assert "language:      pt (Português)" in result.stdout
