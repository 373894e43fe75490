"""The action plan's workbook and CSV, read back as a coordinator opens them.

Both are built from `plan_entries` (the rows the report prints too): same rows, same order,
same counts; the questionnaire's recommended action and the agreed action in two columns; a
workbook that prints landscape on one page width, titled, with a Status drop-down.
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pdf_text import pdf_text
from pypdf import PdfReader

from wen_assess import usecases
from wen_assess.demo import DEMO_KEYS, demo_record
from wen_assess.plan import CSV_COLUMNS, plan_rows
from wen_assess.plan_workbook import HEADER_ROW, LINE_HEIGHT
from wen_assess.questionnaire import default_registry
from wen_assess.records import ActionRecord
from wen_assess.vocabulary import ACTION_STATUS_LABELS

REGISTRY = default_registry()
PRIORITIES = ("P1", "P2", "P3")


def assessment(key: str, **changes) -> usecases.Assessment:  # type: ignore[no-untyped-def]
    record = demo_record(key)
    if changes:
        record = record.model_copy(update=changes)
    q = REGISTRY.get(record.questionnaire.id, record.questionnaire.version)
    return usecases.Assessment(q, record)


def workbook_rows(path) -> tuple[object, list[dict]]:  # type: ignore[no-untyped-def]
    sheet = load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[HEADER_ROW - 1] == CSV_COLUMNS
    return sheet, [dict(zip(CSV_COLUMNS, row, strict=True)) for row in values[HEADER_ROW:]]


def csv_rows(path) -> list[dict]:  # type: ignore[no-untyped-def]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def as_text(row: dict) -> list[str]:
    """A workbook row as the CSV writes it: the due date as ISO text, empty cells as ""."""
    due = row["Due"]
    return [
        due.date().isoformat()
        if name == "Due" and due
        else ("" if row[name] is None else row[name])
        for name in CSV_COLUMNS
    ]


@pytest.mark.parametrize("key", ["hawen-2022", "hawen-2024"])
def test_workbook_and_csv_hold_exactly_the_plan_entries_rows(tmp_path, key):
    a = assessment(key)
    expected = plan_rows(a.questionnaire, a.plan)
    _, book = workbook_rows(usecases.write_plan(a, tmp_path / "plan.xlsx"))
    flat = csv_rows(usecases.write_plan(a, tmp_path / "plan.csv"))
    assert [e.item_id for e in a.plan] == [r["Item"] for r in book] == [r["Item"] for r in flat]
    assert [as_text(r) for r in book] == expected
    assert [[r[name] for name in CSV_COLUMNS] for r in flat] == expected
    assert len(book) == len(flat) == len(a.plan)


@pytest.mark.parametrize("key", DEMO_KEYS)
def test_every_priority_row_has_a_recommended_action(tmp_path, key):
    a = assessment(key)
    _, book = workbook_rows(usecases.write_plan(a, tmp_path / "plan.xlsx"))
    flat = csv_rows(usecases.write_plan(a, tmp_path / "plan.csv"))
    for rows in (book, flat):
        priorities = [r for r in rows if r["Priority"] in PRIORITIES]
        assert priorities
        assert all((r["Recommended action"] or "").strip() for r in priorities)


def test_an_agreed_action_saved_empty_keeps_the_recommended_one_beside_it(tmp_path):
    """HAWEN 2022: the critical P1 item G2-GOV-07 was saved with an owner but no text."""
    a = assessment("hawen-2022")
    [saved] = [e for e in a.plan if e.item_id == "G2-GOV-07"]
    assert saved.saved and saved.action.text == "" and saved.priority_label == "P1"
    _, book = workbook_rows(usecases.write_plan(a, tmp_path / "plan.xlsx"))
    row = next(r for r in book if r["Item"] == "G2-GOV-07")
    recommended = " ".join(x.text for x in saved.priority.actions)
    assert row["Recommended action"] == recommended and recommended
    assert row["Agreed action"] is None  # nothing agreed yet: an empty cell, not a copy
    agreed = next(e for e in a.plan if e.saved and e.action.text)
    agreed_row = next(r for r in book if r["Item"] == agreed.item_id)
    assert agreed_row["Agreed action"] == agreed.action.text


def test_an_agreed_action_on_an_item_at_the_top_level_is_listed_with_its_action(tmp_path):
    """ASEAN-WEN 2025: 28 priorities; an action agreed on an item at level 3 makes a 29th row."""
    base = assessment("asean-2025")
    assert len(base.plan) == 28
    top = next(
        ans.item_id
        for ans in base.record.answers
        if ans.level == 3 and ans.item_id not in {e.item_id for e in base.plan}
    )
    done = ActionRecord(item_id=top, text="Keep the rotation rule", status="done")
    a = assessment("asean-2025", actions=[*base.record.actions, done])
    assert len(a.plan) == len(base.plan) + 1
    _, book = workbook_rows(usecases.write_plan(a, tmp_path / "plan.xlsx"))
    flat = csv_rows(usecases.write_plan(a, tmp_path / "plan.csv"))
    assert len(book) == len(flat) == len(a.plan)
    for rows in (book, flat):
        row = rows[-1]
        assert row["Item"] == top and row["Agreed action"] == "Keep the rotation rule"
        assert row["Status"] == "Done" and row["Recommended action"]


def test_the_workbook_prints_as_a_titled_landscape_plan(tmp_path):
    a = assessment("hawen-2022")
    path = usecases.write_plan(a, tmp_path / "plan.xlsx")
    sheet, rows = workbook_rows(path)
    book = sheet.parent

    # The title block names the network, the assessment and its date.
    assert sheet["A1"].value == "Action plan — HAWEN"
    # The date as people write it, in the workbook's language (not ISO).
    assert a.record.title in sheet["A2"].value and "assessed 7 December 2022" in sheet["A2"].value
    assert f"{len(a.plan)} entries" in sheet["A3"].value
    assert book.properties.title == "Action plan — HAWEN"
    assert book.properties.creator == "wen-assess"
    assert "self-assessment" in book.properties.subject

    # Landscape, one page wide, the header row repeated on every page.
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"

    # Rows as tall as their wrapped text: a long recommended action makes a tall row.
    heights = [sheet.row_dimensions[HEADER_ROW + 1 + n].height for n in range(len(rows))]
    longest = max(range(len(rows)), key=lambda n: len(rows[n]["Recommended action"] or ""))
    assert heights[longest] >= 3 * LINE_HEIGHT
    assert all(h and h >= LINE_HEIGHT for h in heights)

    # Status: a drop-down of the vocabulary's labels over every plan row.
    status_column = sheet.cell(row=1, column=CSV_COLUMNS.index("Status") + 1).column_letter
    [choice] = sheet.data_validations.dataValidation
    assert choice.type == "list"
    assert choice.formula1 == '"' + ",".join(ACTION_STATUS_LABELS.values()) + '"'
    for n in range(len(rows)):
        assert f"{status_column}{HEADER_ROW + 1 + n}" in choice.sqref


def test_the_workbook_without_a_record_still_has_a_title(tmp_path):
    from wen_assess.plan import write_plan

    a = assessment("hawen-2024")
    sheet, rows = workbook_rows(write_plan(a.questionnaire, a.plan, tmp_path / "p.xlsx"))
    assert sheet["A1"].value == "Action plan" and len(rows) == len(a.plan)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_workbook_one_page_wide(tmp_path):
    a = assessment("hawen-2022")
    path = usecases.write_plan(a, tmp_path / "plan.xlsx")
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pages = PdfReader(tmp_path / "plan.pdf").pages
    assert len(pages) >= 2
    for page in pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width > height  # landscape
        text = " ".join(page.extract_text().split())
        # Every page has the header row whole, first column to last: the plan is one page wide.
        assert "Priority" in text and "Shared with" in text and "Recommended action" in text
    first = " ".join(pages[0].extract_text().split())
    assert "Action plan — HAWEN" in first and "7 December 2022" in first


# --- actions that serve several items ----------------------------------------------------

# The HAWEN 2022 plan: 44 rows, of which three pairs share one recommended action.
HAWEN_SHARED = {
    "G2-MEM-02": ("G2-MEM-03",),
    "G2-MEM-03": ("G2-MEM-02",),
    "G2-GOV-06": ("G2-GOV-08",),
    "G2-GOV-08": ("G2-GOV-06",),
    "G2-FIN-04": ("G2-FIN-05",),
    "G2-FIN-05": ("G2-FIN-04",),
}


def test_rows_that_share_an_action_say_so_and_others_do_not():
    a = assessment("hawen-2022")
    assert {e.item_id: e.shared_with for e in a.plan if e.shared_with} == HAWEN_SHARED
    column = CSV_COLUMNS.index("Recommended action")
    rows = plan_rows(a.questionnaire, a.plan)
    recommended = {e.item_id: row[column] for e, row in zip(a.plan, rows, strict=True)}
    # Rows with the same recommended text are exactly the rows that say they share it.
    for item_id, others in HAWEN_SHARED.items():
        assert all(recommended[o] == recommended[item_id] for o in others)
    alone = [text for item_id, text in recommended.items() if item_id not in HAWEN_SHARED]
    assert len(alone) == len(set(alone)) == len(a.plan) - len(HAWEN_SHARED)
    # 44 rows, 41 distinct actions (28 before each item got an action that addresses it).
    assert (len(a.plan), len(set(recommended.values()))) == (44, 41)


def test_shared_with_is_the_last_column_of_the_csv_and_the_workbook(tmp_path):
    a = assessment("hawen-2022")
    assert CSV_COLUMNS[:12] == (
        "Priority", "Item", "Title", "Area", "Current level", "Next level",
        "What the next level means", "Recommended action", "Agreed action", "Owner", "Due",
        "Status",
    )  # fmt: skip
    assert CSV_COLUMNS[-1] == "Shared with"
    flat = csv_rows(usecases.write_plan(a, tmp_path / "plan.csv"))
    sheet, book = workbook_rows(usecases.write_plan(a, tmp_path / "plan.xlsx"))
    for rows in (flat, book):
        shared = {r["Item"]: r["Shared with"] for r in rows if r["Shared with"]}
        assert shared == {k: ", ".join(v) for k, v in HAWEN_SHARED.items()}
    assert "6 share their action with another entry" in sheet["A3"].value


def test_the_report_names_the_other_item_under_a_shared_action(tmp_path):
    a = assessment("hawen-2022")
    path = usecases.write_report(a, tmp_path / "report.pdf")
    text = pdf_text(path)
    assert "6 of these rows share their recommended action with another row" in text
    for item_id, (other,) in HAWEN_SHARED.items():
        title = a.questionnaire.item(other).title.en
        assert f"Same action as “{title}” (P2): one piece of work." in text, item_id
    assert text.count("Same action as") == len(HAWEN_SHARED)


def test_a_draft_plan_says_so_and_lists_the_items_still_to_assess_below_it(tmp_path):
    """A plan given without the report must not read as if unanswered areas needed nothing:
    a draft says it is one, and the items still to assess follow the plan, as the brief and
    the report list them (apart)."""
    a = assessment("sawen-2025")
    missing = a.result.still_to_assess
    assert a.record.status == "in_progress" and len(missing) > 10
    path = usecases.write_plan(a, tmp_path / "plan.xlsx")
    sheet = load_workbook(path).active
    assert sheet["A3"].value.endswith(
        "DRAFT: the assessment is still in progress, so this plan may change."
    )
    values = list(sheet.iter_rows(values_only=True))
    end = HEADER_ROW + len(a.plan)
    assert values[end] == (None,) * len(CSV_COLUMNS)  # a blank line after the plan
    assert values[end + 1][0] == (
        f"Still to assess ({len(missing)} items): not in this plan until they are answered"
    )
    listed = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in values[end + 2 :]]
    assert [r["Item"] for r in listed] == list(missing)
    first = a.questionnaire.item(missing[0])
    assert listed[0]["Title"] == first.title.get("en") and not listed[0]["Priority"]
    assert str(sheet.max_row) in sheet.print_area  # printed with the plan

    french = usecases.write_plan(a, tmp_path / "plan-fr.xlsx", language="fr")
    text = [c for row in load_workbook(french).active.iter_rows(values_only=True) for c in row]
    assert f"À évaluer ({len(missing)} éléments) : absents de ce plan" in " ".join(
        str(c) for c in text if c
    )

    def block(key: str) -> tuple[str, bool]:  # A3, and whether a still-to-assess list follows
        sheet = load_workbook(usecases.write_plan(assessment(key), tmp_path / f"{key}.xlsx")).active
        cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
        return sheet["A3"].value, any(c.startswith("Still to assess") for c in cells)

    completed, listed_any = block("hawen-2022")
    assert "DRAFT" not in completed and not listed_any
    all_answered, listed_any = block("hawen-2024")  # in progress, every item answered
    assert "DRAFT" in all_answered and not listed_any
