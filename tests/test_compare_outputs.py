"""The comparison's outputs, read back as a reader would: the PDF with pypdf, the CSV files with
the csv module, and `wen-assess compare` run as a real process against a demo database.

Expected numbers are taken from the Comparison and written here with one decimal (as every view
writes scores), not with the outputs' own helpers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from cli_runner import Result, run_cli
from pdf_text import page_texts
from pypdf import PdfReader

from wen_assess import formatting as fmt
from wen_assess.compare import compare
from wen_assess.compare_csv import AREA_COLUMNS, ITEM_COLUMNS, items_path, write_comparison_csv
from wen_assess.questionnaire import Questionnaire, default_registry
from wen_assess.records import AssessmentRecord
from wen_assess.report.comparison import build_comparison_report

REGISTRY = default_registry()
G2 = REGISTRY.get("iccwc-wen-g2")
ITEM_IDS = [item.id for item in G2.items]

TRICKY = 'x<y & "z">w'
VIETNAMESE = "Quản lý rừng đặc dụng"
NOTES_2021 = {
    "G2-MEM-01": TRICKY,
    "G2-GOV-02": "AT&T <b>not bold</b>",
    "G2-FIN-01": "first line\nsecond line",
}
NOTES_2024 = {"G2-MEM-01": VIETNAMESE, "G2-GOV-02": "Évaluation à mi-parcours"}


def make_record(
    network: str,
    when: date | None,
    levels: dict[str, int | None],
    *,
    q: Questionnaire = G2,
    notes: dict[str, str] | None = None,
    **extra,
) -> AssessmentRecord:
    notes = notes or {}
    return AssessmentRecord(
        uuid=str(uuid4()),
        title=f"{network} self-assessment",
        assessment_date=when,
        questionnaire={"id": q.id, "version": q.version},
        network={"name": network},
        answers=[
            {
                "item_id": item_id,
                "level": level,
                "not_applicable": level is None,
                "justification": "No ports in the region." if level is None else "",
                "notes": notes.get(item_id, ""),
            }
            for item_id, level in levels.items()
        ],
        **extra,
    )


def full_levels(shift: int) -> dict[str, int | None]:
    return {item_id: (n * 7 + shift) % 4 for n, item_id in enumerate(ITEM_IDS)}


def tricky_pair():
    """The same network twice (full, then with the tricky notes changed), and a half-done one."""
    early_levels = full_levels(3) | {"G2-MEM-01": 1, "G2-GOV-02": 3, "G2-FIN-01": 0}
    late_levels = full_levels(3) | {"G2-MEM-01": 2, "G2-GOV-02": 2, "G2-FIN-01": 0}
    early = make_record(
        "Horn of Africa WEN",
        date(2021, 3, 9),
        early_levels,
        notes=NOTES_2021,
        status="completed",
        actions=[{"item_id": "G2-FIN-01", "text": "Agree <dues> & fees", "owner": "Chair"}],
    )
    late = make_record("Horn of Africa WEN", date(2024, 11, 20), late_levels, notes=NOTES_2024)
    # Unscored SUP and DEL: the half-finished assessment of another network.
    half = {i: 1 for i in ITEM_IDS if i.startswith(("G2-MEM", "G2-GOV"))}
    partial = make_record("South Asia WEN", date(2025, 9, 23), half)
    return early, late, partial


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def one_decimal(value: float) -> str:
    return f"{value:.1f}"


# --- the PDF ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tricky_pdf(tmp_path_factory):
    early, late, partial = tricky_pair()
    comparison = compare([(G2, late), (G2, partial), (G2, early)])
    path = build_comparison_report(comparison, tmp_path_factory.mktemp("pdf") / "c.pdf")
    return comparison, path, page_texts(path)


def test_pdf_names_the_networks_and_shows_every_score(tricky_pdf):
    comparison, _, pages = tricky_pdf
    text = " ".join(pages)
    flat = squash(text)
    assert "Horn of Africa WEN" in text
    assert "South Asia WEN" in text
    for row in comparison.areas:
        assert row.name in text
        for score in row.scores:
            if score is not None:
                assert one_decimal(score) + "%" in flat, (row.code, score)
    for overall in comparison.overall:
        assert overall is not None
        assert one_decimal(overall) + "%" in flat
    for entry in comparison.entries:
        assert entry.result.overall_band in text
    assert "Not scored" in text  # SUP and DEL of the half-finished assessment


def test_pdf_states_compatibility_first(tricky_pdf):
    comparison, _, pages = tricky_pdf
    statement = comparison.compatibility.statement
    assert statement == "All assessments use iccwc-wen-g2 v1.0: every item is compared."
    assert statement in pages[0]  # on the cover
    assert "Contents" in pages[1]
    body = " ".join(pages[2:])  # after the cover and the table of contents
    assert body.index("1 Key findings") < body.index("2 Compatibility")
    assert body.index("2 Compatibility") < body.index("3 Side by side")
    assert statement in body.split("3 Side by side")[0]


def test_pdf_shows_completeness_beside_the_scores(tricky_pdf):
    comparison, _, pages = tricky_pdf
    text = " ".join(pages)
    partial = comparison.entries[1]
    share = int(partial.completeness * 100)  # whole percent, rounded down: 23 of 47 -> 48 %
    assert share == 48
    assert f"{share} % complete" in text
    assert "not yet assessed" in text  # the caution that a half-done one is not a weak network
    # Its overall is of MEM and GOV only: said, so that it is not read against a full one.
    assert (
        "South Asia WEN · 23 September 2025: its overall score is the mean of 2 of its 5 areas, "
        "so it is not directly comparable with an overall score of every area."
    ) in text
    assert text.count("its overall score is the mean of") == 1  # the full ones are not named


def test_pdf_prints_notes_of_both_assessments_exactly_as_typed(tricky_pdf):
    _, _, pages = tricky_pdf
    text = " ".join(pages)
    assert TRICKY in text
    assert VIETNAMESE in text
    assert "AT&T <b>not bold</b>" in text
    assert "Évaluation à mi-parcours" in text
    assert "Agree <dues> & fees" in text  # the earlier plan's action
    for leaked in ("&amp;", "&lt;", "&gt;", "&quot;"):
        assert leaked not in text
    # The change is between the two Horn of Africa assessments, with both notes on one row.
    row = text[text.index("G2-MEM-01") :]
    assert row.index(TRICKY) < row.index(VIETNAMESE)


def test_pdf_pages_are_numbered_x_of_y(tricky_pdf):
    _, _, pages = tricky_pdf
    n = len(pages)
    assert n >= 4
    for k, page in enumerate(pages, start=1):
        assert f"Page {k} of {n}" in page
    assert "Page 1 of" in pages[0]
    for page in pages[1:]:  # the running header names the comparison
        assert page.startswith("Comparison ·")


def test_pdf_sections_and_rankings(tricky_pdf):
    comparison, _, pages = tricky_pdf
    body = " ".join(pages[2:])  # after the cover and the table of contents
    order = [
        "Key findings",
        "Side by side",
        "Changes within networks, areas of concern",
        "The same network over time",
        "How the comparison is made",
    ]
    positions = [body.index(title) for title in order]
    assert positions == sorted(positions)
    for ranked in (*comparison.most_improved, *comparison.biggest_declines):
        assert ranked.label in body
    for ranked in comparison.areas_of_concern:
        assert ranked.label in body


def test_pdf_uses_the_report_fonts_only(tricky_pdf):
    _, path, _ = tricky_pdf
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts
    assert all("DejaVuSans" in f for f in fonts), fonts


def test_pdf_of_different_versions_says_only_shared_items_are_compared(tmp_path):
    data = G2.model_dump()
    data["version"] = "1.1"
    for area in data["areas"]:
        area["items"] = [i for i in area["items"] if i["id"] != "G2-DEL-10"]
        area["actions"] = [a for a in area["actions"] if "G2-DEL-10" not in a["items"]]
    g2_11 = Questionnaire.model_validate(data)
    old = make_record("Net", date(2022, 1, 1), full_levels(1))
    new = make_record(
        "Net", date(2024, 1, 1), {k: v for k, v in full_levels(2).items() if k != "G2-DEL-10"},
        q=g2_11,
    )  # fmt: skip
    comparison = compare([(G2, old), (g2_11, new)])
    path = build_comparison_report(comparison, tmp_path / "versions.pdf")
    pages = page_texts(path)
    text = " ".join(pages)
    assert comparison.compatibility.statement in pages[0]
    assert "46 of 47 items" in text
    assert "only these shared items are compared" in text
    assert "G2-DEL-10" in text  # named as not compared
    for row in comparison.areas:
        for score in row.scores:
            assert one_decimal(score) + "%" in squash(text)


def test_pdf_of_an_empty_undated_assessment_says_not_scored_never_zero(tmp_path):
    empty = make_record("Empty <WEN> & Co", None, {})
    full = make_record("Full WEN", date(2023, 5, 4), full_levels(2))
    comparison = compare([(G2, empty), (G2, full)])
    assert comparison.overall[0] is None
    assert comparison.baseline == 1  # an undated assessment is never the earliest
    path = build_comparison_report(comparison, tmp_path / "empty.pdf")
    text = " ".join(page_texts(path))
    assert "Empty <WEN> & Co" in text
    assert "date not set" in text
    assert "0 % complete" in text
    assert "Not scored" in text
    # Nothing of the empty assessment is written as 0 (the full one has no area at 0 either).
    assert not re.search(r"(?<![\d.])0\.0 ?%", text)


def test_pdf_replaces_an_existing_file_without_leftovers(tmp_path):
    early, late, _ = tricky_pair()
    target = tmp_path / "c.pdf"
    target.write_bytes(b"old")
    build_comparison_report(compare([(G2, early), (G2, late)]), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


def test_importing_the_comparison_module_does_not_import_reportlab():
    code = (
        "import sys, wen_assess.report.comparison, wen_assess.compare_csv; "
        "assert 'reportlab' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the CSV files ----------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_assessment_and_area_with_the_comparisons_numbers(tmp_path):
    early, late, partial = tricky_pair()
    comparison = compare([(G2, late), (G2, partial), (G2, early)])
    areas, items = write_comparison_csv(comparison, tmp_path / "x.csv")
    assert (areas, items) == (tmp_path / "x.csv", tmp_path / "x-items.csv")
    assert items_path(areas) == items

    rows = read_csv(areas)
    assert list(rows[0]) == list(AREA_COLUMNS)
    assert len(rows) == len(comparison.entries) * len(comparison.areas) == 15
    for n, entry in enumerate(comparison.entries):
        mine = [r for r in rows if r["Assessment UUID"] == entry.uuid]
        assert [r["Area code"] for r in mine] == [a.code for a in comparison.areas]
        for row, area in zip(mine, comparison.areas, strict=True):
            score, delta = area.scores[n], area.deltas[n]
            assert row["Network"] == entry.network
            assert row["Score (%)"] == ("" if score is None else one_decimal(score))
            assert row["Band"] == (area.bands[n] or "not scored")
            assert row["Change vs baseline (points)"] == (
                "" if delta is None else one_decimal(delta).replace("-0.0", "0.0")
            )
            assert row["Area completeness (%)"] == str(int(area.completeness[n] * 100))
            assert row["Assessment completeness (%)"] == str(int(entry.completeness * 100))
            assert row["Overall score (%)"] == one_decimal(comparison.overall[n])
            assert row["Baseline"] == ("yes" if n == comparison.baseline else "")
    sup = next(r for r in rows if r["Network"] == "South Asia WEN" and r["Area code"] == "SUP")
    assert (sup["Score (%)"], sup["Band"], sup["Change vs baseline (points)"]) == (
        "",
        "not scored",
        "",
    )  # never 0


def test_items_csv_keeps_levels_na_and_notes_as_typed(tmp_path):
    early, late, _ = tricky_pair()
    early = early.model_copy(
        update={
            "answers": [
                *early.answers[:-1],
                early.answers[-1].model_copy(
                    update={"level": None, "not_applicable": True, "justification": "Why & how"}
                ),
            ]
        }
    )
    comparison = compare([(G2, early), (G2, late)])
    _, items = write_comparison_csv(comparison, tmp_path / "x.csv")
    rows = read_csv(items)
    assert list(rows[0]) == list(ITEM_COLUMNS)
    assert len(rows) == 2 * 47
    by_key = {(r["Assessment UUID"], r["Item"]): r for r in rows}
    mem = by_key[(early.uuid, "G2-MEM-01")]
    assert (mem["Level"], mem["Level label"], mem["Not applicable"]) == ("1", "Initial", "")
    assert mem["Notes"] == TRICKY
    assert by_key[(late.uuid, "G2-MEM-01")]["Notes"] == VIETNAMESE
    assert by_key[(early.uuid, "G2-FIN-01")]["Notes"] == "first line\nsecond line"
    last = by_key[(early.uuid, ITEM_IDS[-1])]
    assert (last["Level"], last["Not applicable"], last["Justification"]) == (
        "",
        "yes",
        "Why & how",
    )
    assert [r["Item"] for r in rows[:47]] == ITEM_IDS  # questionnaire order


def test_csv_is_replaced_atomically(tmp_path):
    early, late, _ = tricky_pair()
    (tmp_path / "x.csv").write_text("old", encoding="utf-8")
    write_comparison_csv(compare([(G2, early), (G2, late)]), tmp_path / "x.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-items.csv", "x.csv"]
    assert read_csv(tmp_path / "x.csv")


# --- the command ------------------------------------------------------------------------------


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = run_cli(*args, env=env)  # in-process: see tests/cli_runner.py
    assert "Traceback" not in result.stderr, result.stderr
    assert "unexpected error" not in result.stderr, result.stderr
    return result


def ok(*args: str, **kwargs) -> Result:
    result = run(*args, **kwargs)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    env = {**os.environ, "WEN_ASSESS_DATA_DIR": str(folder / "data")}
    env.pop("WEN_ASSESS_DB", None)
    ok("--db", str(folder / "library.sqlite"), "demo", env=env)
    return folder / "library.sqlite"


@pytest.fixture
def db(tmp_path, demo_template) -> Path:
    for part in demo_template.parent.glob(demo_template.name + "*"):
        shutil.copyfile(part, tmp_path / part.name)
    return tmp_path / demo_template.name


def listing(db: Path) -> list[dict]:
    import json

    return json.loads(ok("--db", str(db), "list", "--json").stdout)


def ids_of(db: Path, network: str) -> list[int]:
    """Ids of a network's assessments, oldest first."""
    rows = sorted(
        (r for r in listing(db) if r["network"] == network), key=lambda r: r["assessment_date"]
    )
    return [r["id"] for r in rows]


def fingerprint(path: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (path, path.with_name(path.name + "-wal"))
        if p.exists()
    }


def test_cli_compares_the_two_hawen_assessments_as_pdf(db, tmp_path):
    early, late = ids_of(db, "HAWEN")
    out = tmp_path / "hawen.pdf"
    result = ok("--db", str(db), "compare", str(late), str(early), "-o", str(out))
    assert "wrote the comparison of 2 assessments" in result.stdout
    pages = page_texts(out)
    text = " ".join(pages)
    assert "HAWEN" in text
    assert "7 December 2022" in text and "20 November 2024" in text
    assert "The same network over time" in text
    # An item change with the notes of both assessments, and the earlier plan's follow-up.
    assert "Customs and police focal points named in five members." in text
    assert "Most countries take part through the wildlife authority only." in text
    assert "Actions planned on 7 December 2022" in text
    assert f"Page 1 of {len(pages)}" in pages[0]
    scores = {
        r["id"]: r["overall"]["score"] for r in listing(db) if r["id"] in (early, late)
    }  # the engine's own numbers, as `list --json` gives them
    for value in scores.values():
        assert one_decimal(value) + "%" in squash(text)


def test_cli_writes_csv_files_of_the_g2_demos(db, tmp_path):
    import json

    g2 = [r for r in listing(db) if r["questionnaire"]["id"] == "iccwc-wen-g2"]
    assert len(g2) == 4
    out = tmp_path / "g2.csv"
    result = ok("--db", str(db), "compare", *(str(r["id"]) for r in g2), "-o", str(out))
    assert "g2.csv" in result.stdout and "g2-items.csv" in result.stdout
    rows = read_csv(out)
    assert len(rows) == 4 * 5
    assert len(read_csv(tmp_path / "g2-items.csv")) == 4 * 47
    for r in g2:  # every number equals the engine's, as `score --json` prints it
        printed = json.loads(ok("--db", str(db), "score", str(r["id"]), "--json").stdout)
        mine = {x["Area code"]: x for x in rows if x["Assessment UUID"] == r["uuid"]}
        for area in printed["areas"]:
            expected = "" if area["score"] is None else one_decimal(area["score"])
            assert mine[area["code"]]["Score (%)"] == expected
        assert mine["MEM"]["Overall score (%)"] == one_decimal(printed["overall"]["score"])
    sawen = [x for x in rows if x["Network"] == "SAWEN"]
    assert {x["Assessment completeness (%)"] for x in sawen} == {"42"}
    assert {x["Score (%)"] for x in sawen if x["Area code"] in ("SUP", "DEL")} == {""}


def test_cli_compares_a_file_with_an_id_without_importing_the_file(db, tmp_path):
    early, late = ids_of(db, "HAWEN")
    exported = tmp_path / "hawen-2024.wen.json"
    ok("--db", str(db), "export", str(late), "-o", str(exported))
    before = fingerprint(db)
    count = len(listing(db))
    out = tmp_path / "mixed.pdf"
    ok("--db", str(db), "compare", str(exported), str(early), "-o", str(out))
    assert fingerprint(db) == before
    assert len(listing(db)) == count
    text = " ".join(page_texts(out))
    assert "HAWEN" in text and "The same network over time" in text


def test_cli_baseline_can_be_chosen(db, tmp_path):
    early, late = ids_of(db, "HAWEN")
    out = tmp_path / "b.csv"
    ok("--db", str(db), "compare", str(early), str(late), "--baseline", str(late), "-o", str(out))
    rows = read_csv(out)
    assert {r["Baseline"] for r in rows if r["Date"] == "2024-11-20"} == {"yes"}
    assert {r["Change vs baseline (points)"] for r in rows if r["Date"] == "2024-11-20"} == {"0.0"}


def test_cli_refuses_g1_against_g2_clearly(db, tmp_path):
    [carwen] = ids_of(db, "CAR-WEN")
    [asean] = ids_of(db, "ASEAN-WEN")
    out = tmp_path / "never.pdf"
    result = run("--db", str(db), "compare", str(carwen), str(asean), "-o", str(out))
    assert result.returncode == 1
    assert "no item in common" in result.stderr
    assert result.stderr.startswith("wen-assess: ")
    assert not out.exists()
    assert list(tmp_path.glob(".never.pdf*")) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1"], "at least two assessments"),
        (["1", "1"], "the same assessment"),
        (["1", "2", "-o", "x.txt"], "must end in .pdf or .csv"),
        (["1", "999"], "no assessment '999'"),
    ],
)
def test_cli_refuses_with_a_message(db, tmp_path, args, message):
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "out.pdf")]
    result = run("--db", str(db), "compare", *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_a_change_is_written_one_way_everywhere():
    """The screen, the PDF and any other view write a change with formatting.change."""
    assert fmt.change(12.345) == "+12.3 pts"
    assert fmt.change(-4.8) == f"{fmt.MINUS}4.8 pts"
    assert fmt.change(0.04) == fmt.change(-0.04) == "±0.0 pts"  # never "−0.0"
    assert fmt.change(None) == fmt.NO_VALUE  # either side not scored
    assert fmt.change(3.0, unit=False) == "+3.0"  # under a head that says "points"
