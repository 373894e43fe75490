"""The PDF report: read back with pypdf and checked the way a reader would check it.

Every report here is built from ``(questionnaire, record, result)`` with
``result = score(questionnaire, record.scoring_answers(), record.targets)``. Expected numbers are
formatted in the test from the result (one decimal), not taken from the report's own helpers.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from pdf_text import page_texts
from pypdf import PdfReader

from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord
from wen_assess.report import build_report
from wen_assess.scoring import Result, score

Q = default_registry().get("iccwc-wen-g2")
ITEM_IDS = [item.id for item in Q.items]
BANDS = [band.name.en for band in Q.bands]

# A full answer pattern: level per item, cycling 0..3, with two critical items low (P1).
FULL_LEVELS = {item_id: (n * 7 + 3) % 4 for n, item_id in enumerate(ITEM_IDS)}
FULL_LEVELS |= {"G2-MEM-04": 1, "G2-FIN-03": 0, "G2-GOV-01": 3, "G2-GOV-07": 2}

TRICKY_NOTES = {
    "G2-MEM-01": 'x<y & "z">w',
    "G2-MEM-02": "<b>not bold</b>",
    "G2-MEM-03": "AT&T",
    "G2-MEM-05": "Quản lý rừng đặc dụng",
    "G2-GOV-04": "Évaluation à mi-parcours",
    "G2-GOV-05": "Αξιολόγηση του δικτύου",
    "G2-FIN-01": "Оценка сети по охране дикой природы",
    "G2-SUP-02": "first line\nsecond line <i>",
}


# --- helpers ----------------------------------------------------------------------------------


def make_record(
    answers: list[dict] | None = None, *, name: str = "Test Wildlife Enforcement Network", **extra
) -> AssessmentRecord:
    return AssessmentRecord(
        uuid=str(uuid4()),
        questionnaire={"id": "iccwc-wen-g2", "version": "1.0"},
        network={"name": name},
        answers=answers or [],
        **extra,
    )


def full_answers(notes: dict[str, str] | None = None) -> list[dict]:
    notes = notes or {}
    return [
        {"item_id": i, "level": FULL_LEVELS[i], "notes": notes.get(i, f"Evidence for {i}.")}
        for i in ITEM_IDS
    ]


def build(
    tmp_path: Path, record: AssessmentRecord, name: str = "report.pdf"
) -> tuple[Result, Path]:
    result = score(Q, record.scoring_answers(), record.targets)
    path = build_report(Q, record, result, tmp_path / name)
    return result, path


class Built:
    """A report built once for the tests that only read it, and its pages read back once."""

    def __init__(self, folder: Path, record: AssessmentRecord):
        self.result, self.path = build(folder, record)
        self.pages = page_texts(self.path)


@pytest.fixture(scope="module")
def full_draft(tmp_path_factory) -> Built:
    """Every item answered, the assessment still in progress (a draft)."""
    return Built(tmp_path_factory.mktemp("full-draft"), make_record(full_answers()))


def squash(text: str) -> str:
    """Without any whitespace: for numbers like '43.3 %' and for words wrapped mid-way."""
    return re.sub(r"\s+", "", text)


def whole_text(path: Path) -> str:
    return " ".join(page_texts(path))


def body_pages(report: Path | list[str]) -> list[str]:
    """The pages after the cover and the table of contents (which names every section), of
    the report at a path or of its pages already read back."""
    pages = page_texts(report) if isinstance(report, Path) else report
    assert "Contents" in pages[1]
    return pages[2:]


def body_text(report: Path | list[str]) -> str:
    return " ".join(body_pages(report))


def pct(value: float) -> str:
    return f"{value:.1f}%"  # compared with squash(): the report may put a space before '%'


# --- content ----------------------------------------------------------------------------------


def test_complete_report_shows_network_scores_bands_and_p1_items(tmp_path):
    record = make_record(
        full_answers(),
        name="Horn of Africa Wildlife Enforcement Network",
        status="completed",
        assessment_date=date(2022, 12, 7),
    )
    result, path = build(tmp_path, record)
    text = whole_text(path)
    flat = squash(text)

    assert "Horn of Africa Wildlife Enforcement Network" in text
    assert "7 December 2022" in text
    assert result.overall_score is not None
    assert pct(result.overall_score) in flat
    for area in result.areas:
        assert area.score is not None
        assert pct(area.score) in flat, area.code
        assert area.name in text
    assert result.overall_band in text
    assert {a.band for a in result.areas} <= set(BANDS)
    for band in BANDS:  # every band is named, at least in the methodology annex
        assert band in text
    p1 = [p for p in result.priorities if p.priority == 1]
    assert {p.item_id for p in p1} == {"G2-MEM-04", "G2-FIN-03"}
    for p in p1:
        assert p.item_id in text
        assert Q.item(p.item_id).title.en in text
    assert "Not scored" not in text.split("Annex — Methodology")[0]


def test_sections_come_in_the_order_of_the_issue(full_draft):
    text = body_text(full_draft.pages)
    headings = [
        "1 Executive summary",
        "2 Scores at a glance",
        "3 Results by area",
        "4 Improvement plan",
        "5 Open points",
        "6 Participants",
        "Annex — Methodology",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)


def test_notes_print_exactly_as_typed(tmp_path):
    record = make_record(full_answers(TRICKY_NOTES))
    _, path = build(tmp_path, record)
    text = whole_text(path)
    for item_id, note in TRICKY_NOTES.items():
        for line in note.split("\n"):
            assert line in text, (item_id, line)
    assert "AT&T;" not in text
    assert "&amp;" not in text and "&lt;" not in text


def test_user_text_in_every_field_is_escaped(tmp_path):
    tricky = 'R&D <Zoë> "q"'
    record = make_record(
        [
            {"item_id": "G2-MEM-01", "not_applicable": True, "justification": f"J {tricky}"},
            {"item_id": "G2-MEM-02", "level": 0, "flagged": True},
        ],
        name=f"Net {tricky}",
        title=f"Title {tricky}",
        facilitator=f"F {tricky}",
        participants=[{"name": f"P {tricky}", "organisation": f"O {tricky}"}],
        actions=[{"item_id": "G2-MEM-02", "owner": f"W {tricky}", "text": f"A {tricky}"}],
    )
    _, path = build(tmp_path, record)
    text = whole_text(path)
    for prefix in ("Net", "Title", "J", "F", "P", "O", "W", "A"):
        assert f"{prefix} {tricky}" in text, prefix


def test_plan_takes_owner_due_and_status_from_the_record_or_shows_defaults(tmp_path):
    record = make_record(
        full_answers(),
        actions=[
            {
                "item_id": "G2-FIN-03",
                "owner": "Secretariat of the network",
                "due": "2023-06-30",
                "status": "in_progress",
            }
        ],
    )
    result, path = build(tmp_path, record)
    text = body_text(path)
    plan = text[text.index("4 Improvement plan") : text.index("5 Open points")]
    assert "Secretariat of the network" in plan
    assert "30 June 2023" in plan  # one date format in the whole report
    assert "In progress" in plan
    # Every other priority has no plan entry: status Planned.
    assert plan.count("Planned") >= len(result.priorities) - 1
    # The next step: the next level's meaning and the item's own action text.
    fin03 = next(p for p in result.priorities if p.item_id == "G2-FIN-03")
    assert fin03.next_meaning.split(";")[0] in plan
    assert fin03.actions[0].text.split(".")[0] in plan


def test_summary_lists_the_three_most_urgent_actions(full_draft):
    result = full_draft.result
    summary = body_pages(full_draft.pages)[0]
    assert "Most urgent actions" in summary
    for p in result.priorities[:3]:
        assert p.item_id in summary
    for p in result.priorities[3:]:
        assert p.item_id not in summary.split("Most urgent actions")[1].split("Areas at")[0]
    for n in (1, 2, 3):
        assert f"P{n}: {result.count(n)}" in summary


# --- draft marking and page numbers -----------------------------------------------------------


def test_draft_is_marked_on_every_page_of_an_assessment_in_progress(full_draft):
    assert make_record([]).status == "in_progress"  # full_draft is in progress
    pages = full_draft.pages
    assert len(pages) > 3
    for n, page in enumerate(pages, start=1):
        assert "DRAFT" in page, f"page {n}"


def test_completed_assessment_has_no_draft_mark(tmp_path):
    _, path = build(tmp_path, make_record(full_answers(), status="completed"))
    for n, page in enumerate(page_texts(path), start=1):
        assert "DRAFT" not in page, f"page {n}"


def test_page_x_of_y_matches_the_real_page_count(full_draft):
    pages = full_draft.pages
    total = len(pages)
    assert "Page 1 of" in pages[0]
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in page


def test_running_header_names_the_network_and_date(tmp_path):
    record = make_record(full_answers(), name="SAWEN", assessment_date=date(2025, 9, 23))
    _, path = build(tmp_path, record)
    for page in page_texts(path)[1:]:
        assert "SAWEN · 23 September 2025" in page


# --- edge cases -------------------------------------------------------------------------------


def test_empty_assessment_shows_not_scored_and_does_not_crash(tmp_path):
    result, path = build(tmp_path, make_record([]))
    assert result.overall_score is None
    text = whole_text(path)
    assert "Not scored" in text
    assert "0.0%" not in squash(text)
    assert f"0 of {len(ITEM_IDS)} items answered" in text
    assert "Still to assess (47)" in text
    assert "Page 1 of" in text


def test_every_item_not_applicable(tmp_path):
    answers = [
        {"item_id": i, "not_applicable": True, "justification": f"Does not apply ({i})"}
        for i in ITEM_IDS
    ]
    result, path = build(tmp_path, make_record(answers))
    assert all(a.score is None for a in result.areas)
    text = whole_text(path)
    assert "Not scored" in text
    assert "0.0%" not in squash(text)
    assert f"Not applicable ({len(ITEM_IDS)})" in text
    assert "Does not apply (G2-DEL-10)" in text


def test_not_applicable_without_justification_is_pointed_out(tmp_path):
    answers = [{"item_id": "G2-GOV-03", "not_applicable": True}]
    _, path = build(tmp_path, make_record(answers))
    assert "No justification given" in whole_text(path)


@pytest.mark.parametrize(
    "name",
    [
        "Wildlife Enforcement Network of the Greater Mekong Subregion",
        "WEN-" * 15,  # 60 characters and no space to break at
    ],
)
def test_sixty_character_network_name_fits_the_cover(tmp_path, name):
    assert len(name) == 60
    _, path = build(tmp_path, make_record(full_answers(), name=name))
    reader = PdfReader(path)
    cover = reader.pages[0].extract_text()
    assert squash(name) in squash(cover)
    assert "Page 1 of" in " ".join(cover.split())


def test_long_notes_split_across_pages(tmp_path, full_draft):
    def long_note(item_id: str) -> str:
        words = " ".join(f"{item_id.lower()}-word{k}" for k in range(400))
        return f"START-{item_id} {words[:4980]} END-{item_id}"

    noisy = ["G2-MEM-01", "G2-MEM-02", "G2-MEM-03", "G2-GOV-05", "G2-FIN-02", "G2-DEL-07"]
    notes = {i: long_note(i) for i in noisy}
    assert all(len(n) >= 5000 for n in notes.values())
    _, path = build(tmp_path, make_record(full_answers(notes)), "long.pdf")
    pages = page_texts(path)
    assert len(pages) > len(full_draft.pages) + 4  # the same report with short notes
    split_notes = 0
    for item_id in noisy:
        start = next(n for n, p in enumerate(pages) if f"START-{item_id}" in p)
        end = next(n for n, p in enumerate(pages) if f"END-{item_id}" in p)
        assert end >= start
        split_notes += end > start
        # Nothing lost in the split: every word of the note is printed.
        flat = squash(" ".join(pages[start : end + 1]))
        assert squash(notes[item_id]) in flat or all(
            w in flat for w in notes[item_id].split()[::25]
        )
    assert split_notes >= 1


# --- the file ---------------------------------------------------------------------------------


def test_report_is_written_in_place_without_leftovers(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old report")
    record = make_record(full_answers())
    result = score(Q, record.scoring_answers(), record.targets)
    returned = build_report(Q, record, result, target)
    assert returned == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_fonts_are_embedded_dejavu_only(tmp_path):
    _, path = build(tmp_path, make_record(full_answers(TRICKY_NOTES), status="in_progress"))
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts
    assert all("DejaVuSans" in f for f in fonts), fonts


def test_result_of_another_questionnaire_is_refused(tmp_path):
    g1 = default_registry().get("iccwc-wen-g1")
    record = make_record([])
    result = score(g1, {}, {})
    with pytest.raises(ValueError, match="questionnaire"):
        build_report(Q, record, result, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_report_of_the_annotated_demo_builds(tmp_path):
    from wen_assess.demo import demo_record

    record = demo_record("hawen-2022")
    path = build_report(
        Q, record, score(Q, record.scoring_answers(), record.targets), tmp_path / "s.pdf"
    )
    text = whole_text(path)
    assert "HAWEN" in text
    assert "DRAFT" not in text


def test_importing_the_report_package_does_not_import_reportlab():
    code = (
        "import sys, wen_assess.report, wen_assess.report.fonts; "
        "assert not any(m.startswith('reportlab') for m in sys.modules), 'reportlab imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_escape_helper_keeps_text_as_typed():
    from wen_assess.report.text import esc

    assert esc('x<y & "z">w') == 'x&lt;y &amp; "z"&gt;w'
    assert esc("<b>not bold</b>") == "&lt;b&gt;not bold&lt;/b&gt;"
    assert esc("AT&T") == "AT&amp;T"
    assert esc("one\r\ntwo\nthree") == "one<br/>two<br/>three"
    assert esc("a   b") == "a &nbsp;&nbsp;b"
    assert esc("bell\x07") == "bell"
