"""Right-to-left text mixed with Latin words and numbers reads back from the PDFs as typed.

The page shows Arabic right to left (the shaping and word order tests are in test_scripts.py);
here every place a user types into (network name and title, facilitator, participants, notes,
justifications, plan entries and owners) holds one of the mixes a HAWEN coordinator writes, and
the report, the comparison and a page of Arabic notes are read back with pypdf and pdftotext.
pdftotext's direction marks are left out (see test_scripts.DIRECTION_MARKS).
"""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader
from test_scripts import PDFTOTEXT, Q, lines_of, poppler_lines_of, record

from wen_assess import usecases
from wen_assess.compare import compare
from wen_assess.report.bidi import FORMATTING, LRM, RLM, poppler_text

MIXES = {
    "pure Arabic": "اجتماع شبكة إنفاذ قوانين الحياة البرية",
    "Arabic with digits": "الاجتماع 3 في 2024",
    "Arabic phrase in English": "The network met in اجتماع شبكة last year.",
    "English and numbers in Arabic": "اجتماع HAWEN Task Force في 2024 مع 12 مشاركا",
    "Amharic": "የዱር እንስሳት ሕግ አስከባሪ መረብ (ኢትዮጵያ)",
}

EXTRACTORS = [lines_of, poppler_lines_of]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Mix -> (report PDF, comparison PDF)."""
    folder = tmp_path_factory.mktemp("rtl")
    pdfs = {}
    for n, (name, text) in enumerate(MIXES.items()):
        report = usecases.write_report(usecases.Assessment(Q, record(text)), folder / f"{n}.pdf")
        [comparison] = usecases.write_comparison(
            compare([(Q, record(text, 1)), (Q, record(text, 20))]), folder / f"{n}-c.pdf"
        )
        pdfs[name] = (report, comparison)
    return pdfs


@pytest.mark.parametrize("extract", EXTRACTORS, ids=["pypdf", "pdftotext"])
@pytest.mark.parametrize("mix", list(MIXES))
def test_every_field_of_the_report_reads_back_as_typed(made, mix, extract):
    text = MIXES[mix]
    report = extract(made[mix][0])
    # Cover (network, title), facilitator and participants on lines of their own; notes,
    # justifications, plan entries and the running header on every body page.
    assert sum(line.count(text) for line in report) >= 40, report
    assert f"Network: {text}" in report
    assert f"Facilitator: {text}" in report


@pytest.mark.parametrize("extract", EXTRACTORS, ids=["pypdf", "pdftotext"])
@pytest.mark.parametrize("mix", list(MIXES))
def test_the_comparison_reads_back_as_typed(made, mix, extract):
    text = MIXES[mix]
    comparison = extract(made[mix][1])
    # Running header, cover list, chart legend (drawn on a canvas) and the headings the
    # report composes around the name.
    assert f"{text} · 1 March 2024" in " ".join(comparison)
    assert f"{text}: 1 March 2024 → 20 March 2024" in comparison
    assert sum(line.count(text) for line in comparison) >= 5


def test_a_page_mostly_in_arabic_reads_back_as_typed_too(tmp_path):
    """Poppler reads a page with more right-to-left than left-to-right letters from the right
    end of each line; the text it is given for each line follows the page's direction."""
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from wen_assess.report.styles import styles
    from wen_assess.report.text import esc

    notes = [text for name, text in MIXES.items() if name != "Amharic"]
    notes += ["الملاحظة الأولى حول التنسيق", "الملاحظة الثانية حول التدريب"] * 3
    path = tmp_path / "arabic-page.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph(esc(n), styles().body) for n in notes])
    for extract in EXTRACTORS:
        lines = [line for line in extract(path) if line]
        assert lines == notes, extract.__name__
    # pypdf's lines as they come, spaces and all: none in front, none twice.
    [page] = PdfReader(path).pages
    assert [line for line in page.extract_text().splitlines() if line] == notes


# --- poppler's reordering, modelled: the ActualText gives the typed text back -----------------


def poppler_reorder(text: str, left_to_right_page: bool) -> str:
    """What poppler's reorderText (TextOutputDev.cc) makes of a line's characters, in the
    order they stand on the page, without the embedding marks it writes."""

    def kind(c: str) -> str:
        b = unicodedata.bidirectional(c)
        return "R" if b in ("R", "AL") else "N" if b in ("EN", "AN") else "L" if b == "L" else "-"

    if all(kind(c) == "R" for c in text):
        text = text[::-1]  # a span of right-to-left letters only is placed right to left
    out, n = [], len(text)
    if left_to_right_page:
        i = 0
        while i < n:
            j = i
            while j < n and kind(text[j]) != "R":
                j += 1
            out.append(text[i:j])
            i = j
            while j < n and kind(text[j]) not in "LN":
                j += 1
            out.append(text[i:j][::-1])
            i = j
    else:
        i = n - 1
        while i >= 0:
            j = i
            while j >= 0 and kind(text[j]) not in "LN":
                j -= 1
            out.append(text[j + 1 : i + 1][::-1])
            i = j
            while j >= 0 and kind(text[j]) != "R":
                j -= 1
            out.append(text[j + 1 : i + 1])
            i = j
    return "".join(out)


CASES = [
    *MIXES.values(),
    "اجتماع",
    "Owner: اجتماع شبكة, 1 March",
    "اجتماع (شبكة) HAWEN.",
    "3 في 2024 HAWEN",
    "(HAWEN) اجتماع",
]


@pytest.mark.parametrize("left_to_right_page", [True, False], ids=["ltr page", "rtl page"])
@pytest.mark.parametrize("text", CASES)
def test_the_actual_text_survives_poppler_reordering(text, left_to_right_page):
    actual = poppler_text(text, left_to_right_page)
    read = poppler_reorder(actual, left_to_right_page)
    assert "".join(c for c in read if c not in FORMATTING) == text
    assert set(actual) - set(text) <= {LRM, RLM}  # only marks are added
