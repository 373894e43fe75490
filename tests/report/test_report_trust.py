"""What makes a steering committee, a donor and a reviewer trust the PDFs: they can be navigated
(bookmarks and contents lead to the right page), page 1 stands alone, a re-assessment shows its
progress, the plan lists every row the spreadsheet lists, and edge cases are said, not hidden.

Every PDF is read back with pypdf (and pdftotext for the text layer), as a reader's tools read
it. Expected values come from the engine's result, formatted here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from conftest import copy_of_demo_library
from pdf_text import page_texts
from pypdf import PdfReader

from wen_assess import usecases
from wen_assess.compare import compare
from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry
from wen_assess.records import ActionRecord, AssessmentRecord
from wen_assess.report import build_report
from wen_assess.report.comparison import build_comparison_report
from wen_assess.scoring import score
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

REGISTRY = default_registry()
Q = REGISTRY.get("iccwc-wen-g2")
ITEM_IDS = [item.id for item in Q.items]
CRITICAL = [item.id for item in Q.items if item.critical]
ITEM_ID = re.compile(r"G2-[A-Z]{3}-\d\d")


def flat(text: str) -> str:
    return " ".join(text.split())


def demo(key: str) -> usecases.Assessment:
    record = demo_record(key)
    return usecases.Assessment(REGISTRY.get(record.questionnaire.id), record)


def write(assessment: usecases.Assessment, path: Path) -> Path:
    return usecases.write_report(assessment, path)


@pytest.fixture(scope="module")
def sawen_2025(tmp_path_factory) -> dict[str, Path]:
    """The SAWEN 2025 demo (in progress) and its completed twin, each written once for the
    tests that only read them."""
    folder = tmp_path_factory.mktemp("sawen-2025")
    draft = demo("sawen-2025")
    assert draft.record.status == "in_progress"
    twin = usecases.Assessment(Q, draft.record.model_copy(update={"status": "completed"}))
    return {"draft": write(draft, folder / "draft.pdf"), "final": write(twin, folder / "final.pdf")}


def record_with(answers: list[dict], **extra) -> AssessmentRecord:
    return AssessmentRecord(
        uuid=str(uuid4()),
        questionnaire={"id": "iccwc-wen-g2", "version": "1.0"},
        network={"name": extra.pop("name", "Test WEN")},
        answers=answers,
        **extra,
    )


def outline_targets(path: Path) -> list[tuple[str, int]]:
    """(title, page index) of every outline entry, at every level."""
    reader = PdfReader(path)
    found: list[tuple[str, int]] = []

    def walk(entries) -> None:  # type: ignore[no-untyped-def]
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                found.append((entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline)
    return found


def assert_navigable(path: Path, expected_entries: int) -> None:
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # opens with the bookmarks
    # pypdf, which reads the contents page's numbers as one column (checked at the end).
    pages = [flat(page.extract_text()) for page in reader.pages]
    targets = outline_targets(path)
    assert len(targets) >= expected_entries
    assert len({page for _, page in targets}) > 3  # not all on one page
    for title, page in targets:
        assert flat(title) in pages[page], (title, page + 1)
    # The contents (page 2) lists every heading, top to bottom, each line a link to the page
    # its bookmark leads to, and prints that page's number.
    assert "Contents" in pages[1]
    page_ids = [page.indirect_reference.idnum for page in reader.pages]
    links = [
        annotation.get_object()
        for annotation in reader.pages[1].get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    links.sort(key=lambda link: -float(link["/Rect"][3]))
    assert [page_ids.index(link["/Dest"][0].idnum) for link in links] == [p for _, p in targets]
    listed = pages[1]
    for title, _ in targets:
        assert flat(title)[:30] in listed
    # The page numbers, in the order of the lines (extracted as one column).
    assert " ".join(str(page + 1) for _, page in targets) in listed


# --- navigation -------------------------------------------------------------------------------


def test_every_report_bookmark_leads_to_the_page_of_its_heading(tmp_path):
    path = write(demo("hawen-2022"), tmp_path / "report.pdf")
    assert_navigable(path, expected_entries=20)
    titles = [title for title, _ in outline_targets(path)]
    assert titles[0] == "1 Executive summary"
    assert "Annex — Methodology" in titles


def test_every_comparison_bookmark_leads_to_the_page_of_its_heading(tmp_path):
    pairs = [(REGISTRY.get("iccwc-wen-g2"), demo_record(k)) for k in ("hawen-2022", "hawen-2024")]
    path = build_comparison_report(compare(pairs), tmp_path / "comparison.pdf")
    assert_navigable(path, expected_entries=5)


# --- page 1 stands alone ----------------------------------------------------------------------


def test_page_one_has_score_band_completeness_and_the_first_urgent_action(tmp_path):
    assessment = demo("hawen-2022")
    result = assessment.result
    page1 = page_texts(write(assessment, tmp_path / "r.pdf"))[0]
    assert f"{result.overall_score:.1f} %" in page1
    assert result.overall_band in page1
    assert "100 % complete (47 of 47 items answered)" in page1
    first = result.priorities[0]
    assert "Most urgent actions" in page1
    assert Q.item(first.item_id).title.en in page1 and first.item_id in page1
    assert "7 December 2022" in page1


def test_draft_cover_says_how_provisional_the_figures_are(sawen_2025):
    assessment = demo("sawen-2025")  # in progress, 20 of 47 items answered
    result = assessment.result
    page1 = page_texts(sawen_2025["draft"])[0]
    answered = f"{result.items_answered} of {result.items_total} items answered"
    assert f"{int(result.completeness * 100)} % complete — provisional: {answered}" in page1
    assert f"{result.overall_score:.1f} %" in page1


# --- a re-assessment shows its progress -------------------------------------------------------


def test_hawen_2024_report_from_the_library_shows_progress_since_2022(tmp_path, demo_library_file):
    library = copy_of_demo_library(demo_library_file, tmp_path / "lib.sqlite")
    service = AssessmentService(open_database(library), REGISTRY)
    ids = {s.title: s.id for s in service.list_summaries()}
    later = usecases.load(service, next(i for t, i in ids.items() if "2024" in t))
    assert later.baseline is not None
    earlier = later.baseline
    assert earlier.record.assessment_date == date(2022, 12, 7)

    path = write(later, tmp_path / "hawen-2024.pdf")
    pages = page_texts(path)
    change = later.result.overall_score - earlier.result.overall_score
    sign = "+" if change > 0 else "\N{MINUS SIGN}"
    expected_change = f"{sign}{abs(change):.1f} pts"
    assert "7 December 2022" in pages[0] and expected_change in pages[0]  # on the cover
    body = " ".join(pages[2:])
    assert "Progress since the baseline" in body
    assert "Items whose level rose or fell" in body
    assert "Actions planned at the baseline" in body
    assert expected_change in body
    for area in earlier.result.areas:  # the baseline's area scores are beside today's
        assert f"{area.score:.1f} %" in body


def test_report_from_a_file_says_in_one_line_that_the_baseline_is_not_available(tmp_path):
    path = write(demo("hawen-2024"), tmp_path / "r.pdf")  # a file read alone: no library
    text = " ".join(page_texts(path))
    assert "is not available here, so the progress since then is not shown" in text
    assert "Progress since the baseline" not in text


# --- the plan lists every row of the spreadsheet ----------------------------------------------


def test_report_lists_exactly_the_plan_entries_including_agreed_actions_on_top_level_items(
    tmp_path,
):
    record = demo_record("asean-2025")
    top = next(a.item_id for a in record.answers if a.level == Q.scale.highest)
    agreed = ActionRecord(item_id=top, text="Keep the register alive")
    record = record.model_copy(update={"actions": [*record.actions, agreed]})
    assessment = usecases.Assessment(Q, record)
    entries = assessment.plan
    assert top in {e.item_id for e in entries if e.priority is None}

    pages = page_texts(write(assessment, tmp_path / "r.pdf"))
    body = " ".join(pages[2:])
    plan = body[body.index("Improvement plan Each line") : body.index("Open points Still")]
    listed = ITEM_ID.findall(plan)
    assert len(listed) == len(entries)
    assert sorted(listed) == sorted(e.item_id for e in entries)
    assert "Keep the register alive" in plan
    assert f"{len(entries)} actions in the plan" in body


# --- the watermark is not text ----------------------------------------------------------------


def extracted(path: Path, reader: str) -> str:
    if reader == "pypdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF as a reader would")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("reader", ["pypdf", "pdftotext"])
def test_draft_text_has_no_watermark_letters(sawen_2025, reader):
    draft_text = extracted(sawen_2025["draft"], reader)
    final_text = extracted(sawen_2025["final"], reader)

    # A letter of the big mark would come out as a lone capital among the words of a row.
    def lone_letters(text: str) -> list[str]:
        return re.findall(r"(?<!\S)[DRAFT](?!\S)", text)

    assert lone_letters(draft_text) == lone_letters(final_text)
    rows = [line for line in draft_text.splitlines() if "G2-" in line]
    assert rows and not any(re.search(r"(?<!\S)[DRAFT](?!\S)", row) for row in rows)
    assert "DRAFT" in draft_text  # the running header still says it, as words
    # As words only where the pages print them: the header and footer of every page, and the
    # cover's label and note; the big mark adds none.
    counts = [page.extract_text().count("DRAFT") for page in PdfReader(sawen_2025["draft"]).pages]
    assert counts == [3] + [2] * (len(counts) - 1)


# --- edge cases are said, not hidden ----------------------------------------------------------


def test_everything_not_applicable_warns_instead_of_saying_no_action_needed(tmp_path):
    answers = [{"item_id": i, "not_applicable": True, "justification": "n/a"} for i in ITEM_IDS]
    record = record_with(answers)
    result = score(Q, record.scoring_answers())
    path = build_report(Q, record, result, tmp_path / "r.pdf")
    page1 = page_texts(path)[0]
    assert "No action needed" not in " ".join(page_texts(path))
    assert "No area can be scored" in page1
    assert f"{len(CRITICAL)} critical items marked not applicable" in page1


def test_one_area_scored_is_said_and_never_named_both_weakest_and_strongest(tmp_path):
    fin = [i for i in ITEM_IDS if i.startswith("G2-FIN")]
    record = record_with([{"item_id": i, "level": 1} for i in fin])
    result = score(Q, record.scoring_answers())
    pages = page_texts(build_report(Q, record, result, tmp_path / "r.pdf"))
    assert f"{result.overall_score:.1f} % · {result.overall_band} (from 1 of 5 areas)" in pages[0]
    assert "The overall score covers 1 of 5 areas" in pages[0]
    summary = pages[2]
    assert "Finance (the only area scored)" in summary
    assert "Only one area scored" in summary


def test_an_area_answered_entirely_not_applicable_is_not_called_not_scored_yet(tmp_path):
    """It will never be scored: "yet" would tell the reader work is pending there."""
    sup = [i for i in ITEM_IDS if i.startswith("G2-SUP")]
    answers = [
        {"item_id": i, "not_applicable": True, "justification": "no secretariat"}
        if i in sup
        else {"item_id": i, "level": 2}
        for i in ITEM_IDS
        if not i.startswith("G2-DEL")  # Deliverables not answered yet
    ]
    record = record_with(answers)
    page1 = page_texts(
        build_report(Q, record, score(Q, record.scoring_answers()), tmp_path / "r.pdf")
    )[0]
    assert (
        "The overall score covers 3 of 5 areas; not scored yet: Deliverables; every item not "
        "applicable: Support."
    ) in page1


def test_strongest_area_is_ranked_by_band_before_score():
    # MEM 2.0 with a critical item at level 1: 66.7 % but capped to a lower band; GOV at 2.0
    # without a cap: the same score in a higher band is the stronger.
    areas = {a.code: [i.id for i in a.items] for a in Q.areas}
    mem, gov = areas["MEM"], areas["GOV"]
    answers = {i: 2 for i in mem + gov}
    capping = next(i for i in mem if i in CRITICAL)
    answers[capping] = 1
    # Raise another MEM item so MEM's score is at least GOV's despite the capping item.
    answers[next(i for i in mem if i != capping)] = 3
    record = record_with([{"item_id": i, "level": v} for i, v in answers.items()])
    result = score(Q, record.scoring_answers())
    mem_r, gov_r = result.area("MEM"), result.area("GOV")
    assert mem_r.capped and mem_r.score >= gov_r.score
    bands = [b.name.en for b in Q.bands]
    assert bands.index(gov_r.band) > bands.index(mem_r.band)
    assert result.strongest_area == "GOV"
    assert result.weakest_area == "MEM"


def test_long_network_name_keeps_the_cover_on_one_page_and_the_date_in_the_header(tmp_path):
    name = "Wildlife Enforcement Network of the Greater Horn of Africa and Nile Basin " * 3
    record = record_with(
        [{"item_id": i, "level": 1, "notes": "n"} for i in ITEM_IDS],
        name=name.strip()[:200],
        assessment_date=date(2022, 12, 7),
        facilitator="A facilitator with a long name " * 3,
    )
    result = score(Q, record.scoring_answers())
    pages = page_texts(build_report(Q, record, result, tmp_path / "r.pdf"))
    assert "Page 1 of" in pages[0] and "Prepared with wen-assess" in pages[0]
    assert "Contents" in pages[1] and "Prepared with" not in pages[1]
    for page in pages[1:]:
        assert "7 December 2022" in page.split("Page")[0][:200]


def test_reassessment_started_in_the_app_compares_with_its_baseline_until_it_is_deleted(
    tmp_path, demo_library_file
):
    library = copy_of_demo_library(demo_library_file, tmp_path / "lib.sqlite")
    service = AssessmentService(open_database(library), REGISTRY)
    baseline_id = next(s.id for s in service.list_summaries() if "2022" in s.title)
    new_id = service.reassess(baseline_id, assessment_date=date(2026, 3, 2))

    text = " ".join(page_texts(write(usecases.load(service, new_id), tmp_path / "a.pdf")))
    assert "Progress since the baseline" in text
    assert "Change since the baseline of 7 December 2022: ±0.0 pts" in text  # nothing changed yet
    assert "Items whose level rose or fell (0)" in text

    service.delete(baseline_id)
    pages = page_texts(write(usecases.load(service, new_id), tmp_path / "b.pdf"))
    assert "is not available here, so the progress since then is not shown" in pages[0]
    assert "Progress since the baseline" not in " ".join(pages)


def test_answers_carried_over_and_not_reviewed_are_said_on_page_one_and_listed(
    tmp_path, demo_library_file
):
    """A re-assessment's copied answers count in the scores and in the change since the
    baseline: page one says how many nobody has reviewed yet, and the open points list them
    (they used to show only as a line under each item, deep in section 4)."""
    library = copy_of_demo_library(demo_library_file, tmp_path / "lib.sqlite")
    service = AssessmentService(open_database(library), REGISTRY)
    baseline_id = next(s.id for s in service.list_summaries() if "2022" in s.title)
    new_id = service.reassess(baseline_id, assessment_date=date(2026, 3, 2))
    copied = [a.item_id for a in service.get(new_id).record.answers if a.carried_over]
    service.set_answer(new_id, copied[0], level=3)  # one looked at again: no longer carried
    unreviewed = len(copied) - 1
    assert unreviewed > 10

    pages = page_texts(write(usecases.load(service, new_id), tmp_path / "a.pdf"))
    assert (
        f"{unreviewed} answers are carried over from the baseline and not yet reviewed: they "
        "count in the scores and in the change since the baseline"
    ) in pages[0]
    body = " ".join(pages[1:])
    assert f"Carried over from the baseline, not yet reviewed ({unreviewed})" in body
    listed = body.split("not yet reviewed (")[-1].split("Not applicable (")[0]
    assert copied[1] in listed and copied[-1] in listed and copied[0] not in listed

    english = usecases.load(service, new_id)
    french = usecases.Assessment(
        english.questionnaire,
        english.record.model_copy(update={"language": "fr"}),
        english.find,
    )
    first = page_texts(write(french, tmp_path / "fr.pdf"))[0]
    assert f"{unreviewed} réponses sont reprises de l'évaluation de référence" in first

    done = usecases.load(service, baseline_id)  # a first assessment has no such heading
    assert "Carried over from the baseline" not in " ".join(
        page_texts(write(done, tmp_path / "b.pdf"))
    )


def test_every_date_the_report_writes_has_the_one_format(tmp_path):
    record = record_with(
        [{"item_id": i, "level": 1, "notes": "Evidence."} for i in ITEM_IDS],
        assessment_date=date(2022, 12, 7),
        actions=[{"item_id": ITEM_IDS[0], "due": "2023-06-30", "owner": "Chair"}],
    )
    result = score(Q, record.scoring_answers())
    text = " ".join(page_texts(build_report(Q, record, result, tmp_path / "r.pdf")))
    assert not re.search(r"\b\d{4}-\d\d-\d\d\b", text)  # no ISO dates
    months = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    assert not re.search(rf"\b\d{{1,2}} ({months}) \d{{4}}", text)  # no short month names
    assert "30 June 2023" in text and "7 December 2022" in text
    assert f"on {date.today().day} {date.today():%B %Y}" in text  # when it was prepared
