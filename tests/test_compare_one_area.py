"""An assessment with one area scored has no weakest (nor strongest) area: that area is only the
one scored. The comparison's areas of concern and `wen-assess score` say so."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

from cli_runner import run_cli
from pdf_text import pdf_text

from wen_assess import formatting as fmt
from wen_assess import usecases
from wen_assess.compare import compare
from wen_assess.exchange import export_assessment
from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord

REGISTRY = default_registry()
Q = REGISTRY.get("iccwc-wen-g2")
GOV = [i.id for i in Q.items if i.id.startswith("G2-GOV")]


def record(network: str, level: int) -> AssessmentRecord:
    return AssessmentRecord(
        uuid=str(uuid4()),
        questionnaire={"id": Q.id, "version": Q.version},
        network={"name": network},
        answers=[{"item_id": i, "level": level} for i in GOV],
    )


def test_the_wording_of_a_lone_scored_area():
    assert fmt.weakest_area("GOV", 1) == "only area scored: GOV"
    assert fmt.weakest_area("FIN", 3, at_start=True) == "Weakest area: FIN"
    assert fmt.weakest_area("GOV", 1, language="fr") == "seul domaine noté : GOV"
    assert fmt.level_change(None, 3) == "– → 3"


def test_areas_of_concern_do_not_call_the_only_area_scored_the_weakest(tmp_path):
    comparison = compare([(Q, record("A", 1)), (Q, record("B", 2))])
    [concern] = [c for c in comparison.areas_of_concern if c.area_code == "GOV"]
    assert concern.weakest_in == 0 and concern.detail.startswith("lowest mean score")
    pdf = usecases.write_comparison(comparison, tmp_path / "c.pdf")[0]
    text = pdf_text(pdf)
    assert "weakest area in" not in text
    assert "lowest mean score" in text


def test_score_on_the_command_line_names_the_only_area_scored(tmp_path: Path):
    path = export_assessment(record("LATF", 2), tmp_path / "a.wen.json", REGISTRY)
    result = run_cli("--db", str(tmp_path / "x.sqlite"), "score", str(path))
    assert result.returncode == 0, result.stderr
    assert "only area scored: GOV" in result.stdout
    assert "weakest area" not in result.stdout
