"""Comparing different networks: differences, never changes; and mixed selections.

Read back as a reviewer meets them: the CSV with the csv module, the PDF with pypdf, and
`wen-assess compare` on the demo library.
"""

from __future__ import annotations

import re

import pytest
from test_compare_outputs import db, demo_template, ids_of, ok, page_texts, read_csv  # noqa: F401

from wen_assess.compare import compare
from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry
from wen_assess.report.comparison import build_comparison_report

REGISTRY = default_registry()
# Wording that says a network moved; between networks it must never be used.
MOVED = re.compile(r"improv|declin|most improved|biggest decline", re.IGNORECASE)


def pair(key: str):  # type: ignore[no-untyped-def]
    record = demo_record(key)
    return REGISTRY.get(record.questionnaire.id, record.questionnaire.version), record


def test_csv_of_hawen_and_asean_leaves_change_empty_for_asean_and_fills_difference(tmp_path):
    c = compare([pair("hawen-2022"), pair("asean-2025")])
    from wen_assess.usecases import write_comparison

    areas_csv, _ = write_comparison(c, tmp_path / "x.csv")
    rows = read_csv(areas_csv)
    asean = [r for r in rows if r["Network"] == "ASEAN-WEN"]
    hawen = [r for r in rows if r["Network"] == "HAWEN"]
    assert asean and hawen
    for r in asean:
        assert r["Change vs baseline (points)"] == ""
        assert r["Overall change vs baseline (points)"] == ""
        assert r["Change measured from"] == ""
        assert r["Overall difference vs baseline (points)"] != ""
    assert all(r["Difference vs baseline (points)"] != "" for r in asean if r["Score (%)"])
    for r in hawen:  # the baseline itself: no difference, change 0 against itself
        assert r["Difference vs baseline (points)"] == ""
        assert r["Baseline"] == "yes"
    # The figure once shown as a green "+33.7 pts" change is a difference now.
    overall = {r["Overall difference vs baseline (points)"] for r in asean}
    assert overall == {f"{c.overall[1] - c.overall[0]:.1f}"}


def test_pdf_of_three_networks_never_calls_a_difference_an_improvement(tmp_path):
    c = compare([pair("hawen-2022"), pair("asean-2025"), pair("sawen-2025")])
    assert c.trends == () and c.most_improved == () and c.biggest_declines == ()
    pages = page_texts(build_comparison_report(c, tmp_path / "three.pdf"))
    text = " ".join(pages)
    assert not MOVED.search(text), MOVED.search(text)
    assert "Key findings" in pages[1]  # the page after the cover opens with them
    assert "Strongest and weakest network by area" in pages[1]
    assert "diff." in text and "Difference vs baseline" in text
    assert "Change (same network)" in text


def test_pdf_of_one_network_over_time_still_ranks_its_changes(tmp_path):
    c = compare([pair("hawen-2022"), pair("hawen-2024")])
    text = " ".join(page_texts(build_comparison_report(c, tmp_path / "hawen.pdf")))
    assert "Most improved within a network" in text
    assert "Changes within networks over time" in text
    assert "HAWEN, 7 December 2022 → 20 November 2024" in text


def test_cli_compares_the_three_g2_of_a_g1_and_three_g2_and_names_the_g1(db, tmp_path):  # noqa: F811
    [carwen] = ids_of(db, "CAR-WEN")
    [asean] = ids_of(db, "ASEAN-WEN")
    [sawen] = ids_of(db, "SAWEN")
    hawen = ids_of(db, "HAWEN")[0]
    out = tmp_path / "mixed.pdf"
    result = ok(
        "--db", str(db), "compare", *map(str, (carwen, asean, sawen, hawen)), "-o", str(out)
    )
    assert "wrote the comparison of 3 assessments" in result.stdout
    assert "left out CAR-WEN" in result.stdout and "shares no item" in result.stdout
    pages = page_texts(out)
    text = " ".join(pages)
    assert "Left out: CAR-WEN" in pages[2]  # on the key findings page, after the contents
    assert "iccwc-wen-g1" in text
    assert not MOVED.search(text)
    csv_out = tmp_path / "mixed.csv"
    ok("--db", str(db), "compare", *map(str, (carwen, asean, sawen, hawen)), "-o", str(csv_out))
    assert {r["Network"] for r in read_csv(csv_out)} == {"ASEAN-WEN", "SAWEN", "HAWEN"}


@pytest.mark.parametrize("long", ["Lusaka Agreement Task Force on Cooperative Enforcement " * 2])
def test_long_names_stay_on_the_page_and_same_day_assessments_are_told_apart(tmp_path, long):
    from pypdf import PdfReader

    q, record = pair("asean-2025")
    twins = [
        record.model_copy(
            update={
                "uuid": u,
                "network": record.network.model_copy(update={"name": long}),
                "title": t,
            }
        )
        for u, t in (
            ("3f1c7a52-8a55-4c67-b1b4-54d4f0a1c001", "Workshop"),
            ("3f1c7a52-8a55-4c67-b1b4-54d4f0a1c002", "Secretariat review"),
        )
    ]
    c = compare([pair("hawen-2022"), (q, twins[0]), (q, twins[1])])
    labels = [e.label for e in c.entries]
    assert len(set(labels)) == 3
    assert any(label.endswith("· Workshop") for label in labels)
    path = build_comparison_report(c, tmp_path / "long.pdf")
    reader = PdfReader(path)
    # Every piece of text is drawn inside the page (pypdf's visitor gives its position).
    spots: list[tuple[float, float]] = []
    for page in reader.pages:
        width = float(page.mediabox.width)
        page.extract_text(
            visitor_text=lambda text, cm, tm, *_, w=width: (
                spots.append((cm[4] + tm[4], w)) if text.strip() else None
            )
        )
    assert spots and all(0 <= x < w for x, w in spots)
    assert "Secretariat review" in " ".join(page_texts(path))


def test_two_assessments_of_one_day_compare_the_same_way_whatever_order_they_are_named_in(
    tmp_path,
):
    """The one started later is the later one: the change between them does not flip with
    the order of the command line (it used to, "−10.0 pts" one way, "+10.0 pts" the other)."""
    from datetime import date, datetime

    from wen_assess.compare import load_assessments
    from wen_assess.storage.database import open_database
    from wen_assess.storage.service import AssessmentService

    service = AssessmentService(open_database(tmp_path / "a.sqlite"), default_registry())
    day = date(2024, 11, 20)
    morning, afternoon = (
        demo_record("hawen-2024").model_copy(
            update={"uuid": uuid, "title": title, "assessment_date": day, "created_at": started}
        )
        for uuid, title, started in (
            ("3f1c7a52-8a55-4c67-b1b4-54d4f0a1c101", "Morning", datetime(2024, 11, 20, 9)),
            ("3f1c7a52-8a55-4c67-b1b4-54d4f0a1c102", "Afternoon", datetime(2024, 11, 20, 15)),
        )
    )
    afternoon = afternoon.model_copy(
        update={"answers": [a.model_copy(update={"level": 3}) for a in afternoon.answers]}
    )
    ids = []
    for record in (afternoon, morning):  # the later one stored, and named, first
        with service.transaction() as session:
            ids.append(service.add_record(record, session))
    for order in (ids, ids[::-1]):
        c = compare(load_assessments(service, order))
        assert [e.title for e in c.entries] == ["Morning", "Afternoon"]
        later = c.entries[1].result.overall_score - c.entries[0].result.overall_score
        assert later > 0
