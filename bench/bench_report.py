"""Build the PDF report of a complete G2 assessment with notes on every item, then with 10x and
100x more note text; and the HAWEN 2024 re-assessment with its progress since HAWEN 2022 (the
full demo: contents, outline, comparison with the baseline). Then the same complete report with
a sentence in another script added to every note (Arabic, Amharic, Chinese, Thai, Lao, Khmer,
Burmese, Devanagari, Bengali, Vietnamese, emoji: font fallback, shaping and bidi at work)
against the same report with a Latin sentence of the same length added instead.

The same complete report in French, Spanish and Portuguese: written in another language, it
must take the same time as in English (within noise; the words come from gettext catalogs and
the dates and numbers from Babel). Likewise the comparison PDF of the five demo assessments
(four compared, one left out) in French against English.

Floor, measured in the same run: a bare ReportLab SimpleDocTemplate with one Paragraph.
Target: the complete report (1x notes) and the full HAWEN demo each in under 0.5 s.
Run: python bench/bench_report.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from _timing import measure, report
from script_samples import SAMPLES

from wen_assess.compare import compare
from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord
from wen_assess.report import build_report
from wen_assess.report.comparison import build_comparison_report
from wen_assess.report.fonts import register_fonts
from wen_assess.scoring import score

TARGET_SECONDS = 0.5
FACTORS = ((1, 10), (10, 5), (100, 3))  # (note text multiplier, timing rounds)


def with_more_notes(record: AssessmentRecord, factor: int) -> AssessmentRecord:
    """The same assessment with every note repeated ``factor`` times (no length validation:
    at 100x some notes exceed what the app accepts, which is the point of a stress test)."""
    answers = [
        a.model_copy(update={"notes": "\n".join([a.notes] * factor)}) for a in record.answers
    ]
    return record.model_copy(update={"answers": answers})


def with_added_sentences(record: AssessmentRecord, latin: bool) -> AssessmentRecord:
    """Every note with one more sentence: a script sample (cycling through the scripts), or
    Latin text of the same length."""
    samples = list(SAMPLES.values())
    filler = "Evidence reviewed in the workshop with the members. " * 4
    answers = []
    for n, a in enumerate(record.answers):
        sample = samples[n % len(samples)]
        added = filler[: len(sample)] if latin else sample
        answers.append(a.model_copy(update={"notes": f"{a.notes} {added}"}))
    return record.model_copy(update={"answers": answers})


def main() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    register_fonts()
    q = default_registry().get("iccwc-wen-g2")
    base = demo_record("hawen-2022")
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))
    style = getSampleStyleSheet()["BodyText"]

    def floor_once() -> None:
        SimpleDocTemplate(str(out / "floor.pdf"), pagesize=A4).build(
            [Paragraph("Horn of Africa WEN", style)]
        )

    floor = measure(floor_once, repeat=20)
    rows: list[tuple[str, float, float | None]] = [
        ("bare SimpleDocTemplate, one Paragraph (floor)", floor, None)
    ]
    times: dict[int, float] = {}
    facts: list[str] = []
    for factor, rounds in FACTORS:
        record = with_more_notes(base, factor)
        result = score(q, record.scoring_answers(), record.targets)
        path = out / f"report-{factor}x.pdf"
        times[factor] = measure(lambda r=record, s=result, p=path: build_report(q, r, s, p), rounds)
        chars = sum(len(a.notes) for a in record.answers)
        pages = len(PdfReader(path).pages)
        rows.append((f"G2 report, {factor:>3}x notes ({chars:,} chars)", times[factor], floor))
        facts.append(f"{factor:>3}x notes: {pages} pages, {path.stat().st_size / 1024:,.0f} KiB")
    later = demo_record("hawen-2024")
    later_result = score(q, later.scoring_answers(), later.targets)
    path = out / "hawen-2024.pdf"

    def full_demo() -> None:
        build_report(q, later, later_result, path, baseline=(q, base))

    times[0] = measure(full_demo, 10)
    rows.append(("HAWEN 2024 with progress since 2022", times[0], floor))
    scripts: dict[bool, float] = {}
    for latin in (True, False):
        record = with_added_sentences(base, latin)
        result = score(q, record.scoring_answers(), record.targets)
        path = out / f"report-{'latin' if latin else 'scripts'}.pdf"
        scripts[latin] = measure(lambda r=record, s=result, p=path: build_report(q, r, s, p), 10)
        what = "a Latin sentence" if latin else "a sentence in another script"
        rows.append((f"G2 report, every note + {what}", scripts[latin], floor))
    languages: dict[str, float] = {}
    for language in ("en", "fr", "es", "pt"):
        record = base.model_copy(update={"language": language})
        result = score(q, record.scoring_answers(), record.targets)
        path = out / f"report-{language}.pdf"
        languages[language] = measure(
            lambda r=record, s=result, p=path: build_report(q, r, s, p), 10
        )
        rows.append((f"G2 report, 1x notes, in {language}", languages[language], floor))
    facts.append(f"HAWEN 2024: {len(PdfReader(path).pages)} pages")
    registry = default_registry()
    demos = ("hawen-2022", "hawen-2024", "asean-2025", "sawen-2025", "carwen-2025")
    pairs = []
    for key in demos:
        record = demo_record(key)
        pairs.append((registry.get(record.questionnaire.id, record.questionnaire.version), record))
    comparison = compare(pairs)
    compared: dict[str, float] = {}
    for language in ("en", "fr"):
        path = out / f"comparison-{language}.pdf"
        compared[language] = measure(
            lambda lang=language, p=path: build_comparison_report(comparison, p, lang), 10
        )
        rows.append((f"comparison of the demos, in {language}", compared[language], floor))
    report(rows)
    print()
    for line in facts:
        print(line)
    print(f"growth 1x -> 10x:   {times[10] / times[1]:.1f}x time for 10x the note text")
    print(f"growth 1x -> 100x:  {times[100] / times[1]:.1f}x time for 100x the note text")
    print(f"multi-script notes / Latin notes: {scripts[False] / scripts[True]:.2f}x time")
    for language in ("fr", "es", "pt"):
        ratio = languages[language] / languages["en"]
        print(f"report in {language} / in en: {ratio:.2f} (1.00 = same time)")
    ratio = compared["fr"] / compared["en"]
    print(f"comparison in fr / in en: {ratio:.2f} (1.00 = same time)")
    for name, seconds in (("complete report", times[1]), ("full HAWEN demo", times[0])):
        verdict = "meets" if seconds < TARGET_SECONDS else "MISSES"
        print(f"{name} {seconds:.3f} s {verdict} the {TARGET_SECONDS} s target")


if __name__ == "__main__":
    main()
