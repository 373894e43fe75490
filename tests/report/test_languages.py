"""The report and the action-plan workbook in the assessment's working language (fr, es, pt),
read back the way a reader would: the PDF's text with pypdf, the workbook's cells with openpyxl.
A pseudo-translation (every string of the catalogs wrapped in brackets) proves that no word of
the outputs is left hard-coded in English."""

from __future__ import annotations

import csv
import json
import re

import pytest
from babel.dates import get_month_names
from cli_runner import run_cli
from openpyxl import load_workbook
from pdf_text import pdf_text
from pypdf import PdfReader

from wen_assess import i18n, usecases
from wen_assess.demo import demo_path, demo_record
from wen_assess.plan import CSV_COLUMNS
from wen_assess.questionnaire import default_registry
from wen_assess.report.text import first_sentence, lower_first

ENGLISH_HEADINGS = (
    "Executive summary",
    "Scores at a glance",
    "Results by area",
    "Improvement plan",
    "Open points",
    "Annex — Methodology",
    "Most urgent actions",
    "Areas at a glance",
    "Contents",
)
HEADINGS = {
    "fr": ("Synthèse", "Résultats par domaine", "Plan d'amélioration", "Annexe — Méthodologie"),
    "es": ("Resumen ejecutivo", "Resultados por área", "Plan de mejora", "Anexo — Metodología"),
    "pt": ("Resumo executivo", "Resultados por área", "Plano de melhoria", "Anexo — Metodologia"),
}
DATES = {"fr": "7 décembre 2022", "es": "7 de diciembre de 2022", "pt": "7 de dezembro de 2022"}


def hawen(language: str | None = None) -> usecases.Assessment:
    record = demo_record("hawen-2022")  # dated 7 December 2022
    if language is not None:
        record = record.model_copy(update={"language": language})
    q = default_registry().get(record.questionnaire.id, record.questionnaire.version)
    return usecases.Assessment(q, record)


@pytest.fixture(scope="module")
def hawen_report_text(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The text of the HAWEN 2022 report in a language: written and read back once per
    language, for the tests that only read it."""
    folder = tmp_path_factory.mktemp("hawen-reports")
    texts: dict[str, str] = {}

    def text_in(language: str) -> str:
        if language not in texts:
            path = usecases.write_report(hawen(language), folder / f"{language}.pdf")
            texts[language] = pdf_text(path)
        return texts[language]

    return text_in


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_report_is_written_in_the_assessments_language(hawen_report_text, language):
    a = hawen(language)
    text = hawen_report_text(language)
    for heading in HEADINGS[language]:
        assert heading in text
    assert DATES[language] in text
    q = a.questionnaire
    for level in q.scale.levels:  # the methodology annex lists every level by name
        assert level.label.get(language) in text
    for band in q.bands:
        assert band.name.get(language) in text
    for area in q.areas:
        assert area.name.get(language) in text
    for heading in ENGLISH_HEADINGS:
        assert heading not in text
    assert "translation drafted by the wen-assess team" not in text  # said in the language


def test_numbers_are_written_the_languages_way(hawen_report_text):
    a = hawen("fr")
    text = hawen_report_text("fr")
    overall = f"{a.result.overall_score:.1f}".replace(".", ",")
    assert f"{overall}\N{NO-BREAK SPACE}%" in text or f"{overall} %" in text
    assert "Page 1 sur" in text


def test_an_english_assessment_keeps_its_english_report(tmp_path):
    text = pdf_text(usecases.write_report(hawen(), tmp_path / "report.pdf"))
    for heading in ENGLISH_HEADINGS:
        assert heading in text
    assert "7 December 2022" in text


def test_lang_overrides_the_assessments_language_on_the_command_line(tmp_path):
    source = json.loads(demo_path("hawen-2022").read_text(encoding="utf-8"))
    source["assessment"]["language"] = "fr"
    file = tmp_path / "hawen.wen.json"
    file.write_text(json.dumps(source), encoding="utf-8")
    db = str(tmp_path / "x.sqlite")

    result = run_cli("--db", db, "report", str(file), "-o", str(tmp_path / "fr.pdf"))
    assert result.returncode == 0, result.stderr
    assert "Synthèse" in pdf_text(tmp_path / "fr.pdf")

    result = run_cli(
        "--db", db, "report", str(file), "-o", str(tmp_path / "es.pdf"), "--lang", "es"
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(tmp_path / "es.pdf")
    assert "Resumen ejecutivo" in text and "Synthèse" not in text

    result = run_cli(
        "--db", db, "actions", str(file), "-o", str(tmp_path / "plan.xlsx"), "--lang", "pt"
    )
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(tmp_path / "plan.xlsx").active
    assert sheet.title == "Plano de ação"

    result = run_cli("--db", db, "report", str(file), "-o", str(tmp_path / "x.pdf"), "--lang", "de")
    assert result.returncode == 2 and "--lang" in result.stderr


def header_row(sheet) -> list[str]:  # type: ignore[no-untyped-def]
    return [cell.value for cell in sheet[5]]


def test_a_portuguese_workbook_has_portuguese_headings_titles_and_statuses(tmp_path):
    a = hawen("pt")
    sheet = load_workbook(usecases.write_plan(a, tmp_path / "plan.xlsx")).active
    assert sheet.title == "Plano de ação"
    assert sheet["A1"].value == "Plano de ação — HAWEN"
    assert header_row(sheet)[:4] == ["Prioridade", "Item", "Título", "Área"]
    assert "Ação recomendada" in header_row(sheet)
    status = header_row(sheet).index("Estado")
    statuses = {row[status].value for row in sheet.iter_rows(min_row=6)}
    assert statuses <= {"Prevista", "Em curso", "Feito"} and statuses
    areas = {row[3].value for row in sheet.iter_rows(min_row=6)}
    assert areas <= {area.name.get("pt") for area in a.questionnaire.areas}


def test_the_csv_keeps_english_headers_and_codes_whatever_the_language(tmp_path):
    a = hawen("fr")
    path = usecases.write_plan(a, tmp_path / "plan.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    status = rows[0].index("Status")
    assert {row[status] for row in rows[1:]} <= {"Planned", "In progress", "Done"}
    english = {area.name.en for area in a.questionnaire.areas}
    assert {row[3] for row in rows[1:]} <= english


# ---- pseudo-translation: no hard-coded word -------------------------------------------------


@pytest.fixture
def pseudo(tmp_path, monkeypatch):
    """The "fr" catalog replaced by one where every translation is ``[msgid]``."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with (i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / "wen_assess.po").open("rb") as handle:
        real = read_po(handle)
    fake = Catalog(locale="fr", domain=i18n.DOMAIN)
    for message in real:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            fake.add(message.id, tuple(f"[{message.id[min(k, 1)]}]" for k in range(3)))
        else:
            fake.add(message.id, f"[{message.id}]")
    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "wen_assess.mo").open("wb") as handle:
        write_mo(handle, fake)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    i18n.translator.cache_clear()
    yield
    i18n.translator.cache_clear()


def strings_in(value: object) -> list[str]:
    """Every string inside a record's or questionnaire's data."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings_in(v)]
    return []


# Codes and names that are the same in every language.
CODES = re.compile(r"G[12]-[A-Z]+-\d+|P[123]|N/A|wen-assess|iccwc-wen-g[12]|v\d+\.\d+")


def english_words(text: str, *assessments: usecases.Assessment) -> list[str]:
    """The words of ``text`` that are neither inside brackets (the pseudo-translation) nor from
    the user or the questionnaires, nor a code or a date (Babel writes those).

    White space is taken out first: table cells break long words anywhere.
    """
    flat = re.sub(r"\s+", "", text)
    data = [
        s
        for a in assessments
        for s in strings_in(a.record.model_dump(mode="json"))
        + strings_in(a.questionnaire.model_dump(mode="json"))
    ]
    variants = {v for s in data for v in (s, lower_first(first_sentence(s)))}
    for needle in sorted((re.sub(r"\s+", "", v) for v in variants), key=len, reverse=True):
        if len(needle) > 1:
            flat = flat.replace(needle, "")
    while True:
        # A line shortened with "…" (the running header) loses its closing bracket.
        stripped = re.sub(r"\[[^\[\]]*[\]…]", "", flat)
        if stripped == flat:
            break
        flat = stripped
    months = get_month_names("wide", locale="fr").values()
    flat = re.sub("|".join(sorted(months, key=len, reverse=True)), "", flat)
    return re.findall(r"[^\W\d_]+", CODES.sub("", flat))


def test_pseudo_translation_leaves_no_english_word_in_the_report(tmp_path, pseudo):
    a = hawen("fr")
    text = pdf_text(usecases.write_report(a, tmp_path / "report.pdf"))
    assert "[Executive summary]" in text
    assert english_words(text, a) == []


def test_pseudo_translation_leaves_no_english_word_in_the_workbook(tmp_path, pseudo):
    a = hawen("fr")
    book = load_workbook(usecases.write_plan(a, tmp_path / "plan.xlsx"))
    sheet = book.active
    # (The sheet name cannot hold brackets: the Portuguese test checks that it is translated.)
    own = [sheet["A1"].value, sheet["A3"].value, *header_row(sheet)]
    status = header_row(sheet).index("[Status]")
    own += [row[status].value for row in sheet.iter_rows(min_row=6)]  # statuses
    own += [sheet.oddFooter.left.text, sheet.oddFooter.right.text]
    own += [v.prompt for v in sheet.data_validations.dataValidation]
    for value in [*own, sheet["A2"].value]:
        assert english_words(str(value), a) == [], value


def test_pseudo_translation_leaves_no_english_word_in_the_comparison(tmp_path, pseudo):
    from wen_assess.compare import compare

    keys = ("hawen-2022", "hawen-2024", "asean-2025", "sawen-2025", "carwen-2025")
    assessments = []
    for key in keys:
        record = demo_record(key).model_copy(update={"language": "fr"})
        q = default_registry().get(record.questionnaire.id, record.questionnaire.version)
        assessments.append(usecases.Assessment(q, record))
    comparison = compare([(a.questionnaire, a.record) for a in assessments])
    [path] = usecases.write_comparison(comparison, tmp_path / "comparison.pdf")
    text = pdf_text(path)
    assert "[Key findings]" in text and "[Side by side]" in text
    assert english_words(text, *assessments) == []
    # The outline (bookmarks) and the document's properties too.
    reader = PdfReader(path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert english_words(" ".join(titles), *assessments) == []
    assert english_words(reader.metadata.title + reader.metadata.subject, *assessments) == []
