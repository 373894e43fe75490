"""The comparison PDF in the assessments' working language (fr, es, pt), read back with pypdf as
a reader would; which language it is in by default and with ``compare --lang``; and the
comparison's sentences (left-out reasons, refusals) in the language of the report showing them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from cli_runner import run_cli
from pdf_text import pdf_text

from wen_assess import usecases
from wen_assess.compare import compare
from wen_assess.demo import demo_path, demo_record
from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord

REGISTRY = default_registry()
KEYS = ("hawen-2022", "hawen-2024", "asean-2025", "sawen-2025", "carwen-2025")

ENGLISH_HEADINGS = (
    "Key findings",
    "Compatibility",
    "Side by side",
    "Overall scores",
    "Scores per area",
    "Areas of concern",
    "The same network over time",
    "How the comparison is made",
    "COMPARISON OF SELF-ASSESSMENTS",
    "Contents",
)
HEADINGS = {
    "fr": ("Constats principaux", "Côte à côte", "Scores par domaine", "Domaines préoccupants",
           "Un même réseau dans le temps", "Comment la comparaison est faite", "Sommaire"),
    "es": ("Hallazgos principales", "Lado a lado", "Puntuaciones por área",
           "Áreas de preocupación", "Una misma red en el tiempo", "Cómo se hace la comparación",
           "Índice"),
}  # fmt: skip
DATES = {
    "fr": ("7 décembre 2022", "20 novembre 2024", "4 mars 2025"),
    "es": ("7 de diciembre de 2022", "20 de noviembre de 2024", "4 de marzo de 2025"),
}


def pair(key: str, language: str | None = None):  # type: ignore[no-untyped-def]
    record = demo_record(key)
    if language is not None:
        record = record.model_copy(update={"language": language})
    return REGISTRY.get(record.questionnaire.id, record.questionnaire.version), record


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_comparison_of_assessments_in_one_language_is_written_in_it(tmp_path, language):
    comparison = compare([pair(key, language) for key in KEYS])
    [path] = usecases.write_comparison(comparison, tmp_path / "c.pdf")
    text = pdf_text(path)
    for heading in HEADINGS[language]:
        assert heading in text, heading
    for day in DATES[language]:  # the compared ones, and the left-out CAR-WEN's
        assert day in text, day
    q = comparison.entries[0].questionnaire
    for area in q.areas:
        assert area.name.get(language) in text
    bands = {b.name.get(language) for b in q.bands}
    assert sum(band in text for band in bands) >= 2
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    # The left-out assessment: named with its date in the language, the reason in the language.
    assert "2025-03-04" not in text
    assert "which shares no item" not in text
    assert {"fr": "Page 1 sur", "es": "Página 1 de"}[language] in text


def test_numbers_in_a_french_comparison_use_the_decimal_comma(tmp_path):
    comparison = compare([pair("hawen-2022", "fr"), pair("hawen-2024", "fr")])
    text = pdf_text(usecases.write_comparison(comparison, tmp_path / "c.pdf")[0])
    overall = f"{comparison.overall[0]:.1f}".replace(".", ",")
    assert f"{overall}\N{NO-BREAK SPACE}%" in text or f"{overall} %" in text
    assert f"{comparison.overall[0]:.1f} %" not in text


def test_assessments_in_different_languages_are_compared_in_english(tmp_path):
    comparison = compare([pair("hawen-2022", "fr"), pair("asean-2025", "es")])
    assert comparison.language == "en"
    text = pdf_text(usecases.write_comparison(comparison, tmp_path / "c.pdf")[0])
    assert "Key findings" in text and "7 December 2022" in text
    # A language asked for wins over the default.
    text = pdf_text(usecases.write_comparison(comparison, tmp_path / "pt.pdf", "pt")[0])
    assert "7 de dezembro de 2022" in text and "Key findings" not in text


def demo_file(tmp_path: Path, key: str, language: str) -> str:
    data = json.loads(demo_path(key).read_text(encoding="utf-8"))
    data["assessment"]["language"] = language
    path = tmp_path / f"{key}-{language}.wen.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_compare_on_the_command_line_says_which_language_and_lang_overrides_it(tmp_path):
    db = str(tmp_path / "x.sqlite")
    a, b = demo_file(tmp_path, "hawen-2022", "fr"), demo_file(tmp_path, "hawen-2024", "fr")
    result = run_cli("--db", db, "compare", a, b, "-o", str(tmp_path / "fr.pdf"))
    assert result.returncode == 0, result.stderr
    assert "the PDF is in Français (fr): the working language of every" in result.stdout
    assert "Constats principaux" in pdf_text(tmp_path / "fr.pdf")

    result = run_cli("--db", db, "compare", a, b, "-o", str(tmp_path / "es.pdf"), "--lang", "es")
    assert result.returncode == 0, result.stderr
    assert "(es): as asked with --lang" in result.stdout
    text = pdf_text(tmp_path / "es.pdf")
    assert "Hallazgos principales" in text and "Constats principaux" not in text

    c = demo_file(tmp_path, "asean-2025", "pt")
    result = run_cli("--db", db, "compare", a, c, "-o", str(tmp_path / "en.pdf"))
    assert result.returncode == 0, result.stderr
    assert "different working languages (fr, pt); choose one with --lang" in result.stdout
    assert "Key findings" in pdf_text(tmp_path / "en.pdf")

    # CSV files keep their English headers and codes whatever --lang says.
    result = run_cli("--db", db, "compare", a, b, "-o", str(tmp_path / "c.csv"), "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c.csv").read_text("utf-8-sig").startswith("No.,Assessment,Network,Date,")

    result = run_cli("--db", db, "compare", a, b, "-o", str(tmp_path / "x.pdf"), "--lang", "de")
    assert result.returncode == 2 and "--lang" in result.stderr


def test_a_french_report_says_in_french_why_its_baseline_cannot_be_compared(tmp_path):
    # The baseline was made with G1, which shares no item with this G2 re-assessment.
    baseline = pair("carwen-2025")
    q, record = pair("hawen-2024", "fr")
    record = record.model_copy(update={"baseline_uuid": baseline[1].uuid})
    a = usecases.Assessment(q, record, lambda uuid: usecases.Assessment(*baseline))
    text = pdf_text(usecases.write_report(a, tmp_path / "r.pdf"))
    assert "ces évaluations n'ont aucun élément en commun (iccwc-wen-g1 v1.0, iccwc-wen-g2" in text
    assert "no item in common" not in text


def follow_up_pair() -> tuple:
    """An action planned for an item not answered then, answered at level 3 later."""
    q = REGISTRY.get("iccwc-wen-g2")
    item = q.items[0].id

    def record(when: date, level: int | None, **extra) -> AssessmentRecord:
        answers = [{"item_id": item, "level": level}] if level is not None else []
        return AssessmentRecord(
            uuid=str(uuid4()),
            title="T",
            assessment_date=when,
            questionnaire={"id": q.id, "version": q.version},
            network={"name": "SudWEN"},
            answers=answers + [{"item_id": i.id, "level": 1} for i in q.items[1:]],
            **extra,
        )

    early = record(date(2022, 1, 5), None, actions=[{"item_id": item, "text": "Do it"}])
    late = record(date(2024, 1, 5), 3)
    return (q, early), (q, late)


def test_a_level_answered_only_later_reads_as_a_dash_never_none(tmp_path):
    text = pdf_text(usecases.write_comparison(compare(follow_up_pair()), tmp_path / "c.pdf")[0])
    assert "– → 3" in text
    assert "None" not in text
