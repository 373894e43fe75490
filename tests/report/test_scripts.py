"""Any script a user types prints in the PDFs with a glyph, shaped, in reading order.

Every text a user types (network name, title, facilitator, participants, notes,
justifications, plan entries and owners) is set to one sample per script, and the report and
the comparison are made through the use cases, as the app and the CLI make them.

What text extraction gives back, with pypdf and with poppler's pdftotext alike: exactly the text
typed, in every script.
- Left-to-right scripts that draw a vowel before the consonant it follows or stack signs
  (Devanagari, Bengali, Khmer, Burmese, Thai): each shaped cluster's glyphs carry the typed text
  in drawing order in the PDF's ToUnicode map (pypdf reads that), and each shaped run is a
  marked-content span with its /ActualText (poppler reads that).
- Arabic, also mixed with Latin words and numbers: the page shows it right to left, but each
  line is drawn in typed order (pypdf reads the content stream's order) and carries, for
  poppler, an /ActualText arranged for poppler's own reordering. pdftotext adds invisible
  direction marks around what it reorders (U+202A-U+202C, and the U+200E/U+200F the
  ActualText puts where a run must stop): they are formatting, not text, and are left out
  before comparing (see tests/report/test_right_to_left.py).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from uuid import uuid4

import pytest
from pypdf import PdfReader
from script_samples import SAMPLES

from wen_assess import usecases
from wen_assess.compare import compare
from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord
from wen_assess.report.bidi import visual_composed, visual_line
from wen_assess.report.fonts import REGULAR, covers, register_fonts, runs, shaped_runs
from wen_assess.report.text import esc

Q = default_registry().get("iccwc-wen-g2")
ITEM_IDS = [item.id for item in Q.items]

# Invisible characters that say which way a run reads; pdftotext writes them (see above).
DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
PDFTOTEXT = shutil.which("pdftotext")


def record(text: str, day: int = 7) -> AssessmentRecord:
    """An assessment where everything a user types is ``text``."""
    return AssessmentRecord(
        uuid=str(uuid4()),
        title=text,
        questionnaire={"id": Q.id, "version": Q.version},
        network={"name": text},
        status="completed",
        assessment_date=date(2024, 3, day),
        facilitator=text,
        participants=[{"name": text, "organisation": text, "country": text, "role": text}],
        answers=[
            {"item_id": i, "level": n % 4, "notes": text, "justification": text}
            for n, i in enumerate(ITEM_IDS)
        ],
        actions=[{"item_id": ITEM_IDS[0], "text": text, "owner": text}],
    )


def lines_of(pdf) -> list[str]:
    return [
        " ".join(line.split())
        for page in PdfReader(pdf).pages
        for line in page.extract_text().splitlines()
    ]


def poppler_lines_of(pdf) -> list[str]:
    """The PDF's lines as pdftotext (poppler) gives them: what most Linux viewers copy."""
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True)
    text = out.stdout.translate(DIRECTION_MARKS)
    return [" ".join(line.split()) for line in text.splitlines()]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """Script -> (report PDF, comparison PDF), each made once."""
    folder = tmp_path_factory.mktemp("scripts")
    made = {}
    for script, text in SAMPLES.items():
        report = usecases.write_report(
            usecases.Assessment(Q, record(text)), folder / f"{script}.pdf"
        )
        [comparison] = usecases.write_comparison(
            compare([(Q, record(text, 1)), (Q, record(text, 20))]),
            folder / f"{script}-comparison.pdf",
        )
        made[script] = (report, comparison)
    return made


# --- the fallback: every character gets a font that has it ------------------------------------


@pytest.mark.parametrize("script", list(SAMPLES))
def test_every_character_is_in_the_font_its_run_is_given(script):
    register_fonts()
    text = SAMPLES[script]
    pieces = runs(text)
    assert "".join(run for _, run in pieces) == text
    for font, run in pieces:
        for char in run:
            if char.isspace() or unicodedata.category(char) in ("Cf", "Mn"):
                continue  # spaces and joiners stay with their neighbours; marks with their letter
            assert covers(font, char), f"{script}: {char!r} in {font}"
    if script != "Vietnamese":  # DejaVu Sans draws Vietnamese itself
        assert any(font != REGULAR for font, _ in pieces)


def test_a_word_keeps_one_font_where_that_font_has_its_punctuation_too():
    # ReportLab shapes a word as one piece: one font for it where one font can draw it all.
    assert runs("(वन्यजीव),") == [("NotoSansDevanagari", "(वन्यजीव),")]
    # Else each font's part (shaped on its own): "(ኢትዮጵያ)" reads back exactly in the PDFs.
    assert runs("(ኢትዮጵያ)") == [(REGULAR, "("), ("NotoSansEthiopic", "ኢትዮጵያ"), (REGULAR, ")")]
    assert runs("work🎉") == [(REGULAR, "work"), ("NotoEmoji", "🎉")]


def test_escaping_wraps_fallback_runs_and_still_escapes_markup():
    markup = esc("<b>野生</b> & 🐘")
    assert "&lt;b&gt;" in markup and "&amp;" in markup
    assert '<font name="DroidSansFallback">野生</font>' in markup
    assert '<font name="NotoEmoji">🐘</font>' in markup
    assert esc("Plain <Zoë> text") == "Plain &lt;Zoë&gt; text"  # Latin stays untouched


def test_right_to_left_words_are_put_in_visual_order():
    assert visual_line("Meeting اجتماع شبكة today") == "Meeting شبكة اجتماع today"
    # An Arabic line keeps a Latin name and the number after it in their own order.
    assert visual_line("اجتماع HAWEN 2024") == "HAWEN 2024 اجتماع"
    assert visual_line("اجتماع 12 مشاركا") == "مشاركا 12 اجتماع"
    assert visual_line("no right-to-left text") == "no right-to-left text"
    assert visual_line("اجتماع شبكة") == "شبكة اجتماع"


def test_a_line_the_report_composes_keeps_its_own_order_around_an_arabic_name():
    # Running header, contents line, chart legend: the name's words are reversed, its own
    # number stays with it, and the report's date and punctuation stay where they were put.
    assert visual_composed("اجتماع شبكة 2024 · 7 March 2024") == "2024 شبكة اجتماع · 7 March 2024"
    assert visual_composed("اجتماع شبكة: 1 Mar 2024") == "شبكة اجتماع: 1 Mar 2024"
    assert visual_composed("Comparison · شبكة 1 Mar") == "Comparison · شبكة 1 Mar"
    assert visual_composed("Latin only · 7 March") == "Latin only · 7 March"


def test_the_running_header_keeps_the_date_apart_from_an_arabic_name():
    register_fonts()
    parts = shaped_runs("اجتماع شبكة 2024 · 7 March 2024", REGULAR, 8)
    drawn = "".join(str(text) for _, text, _ in parts)
    assert drawn.endswith(" · 7 March 2024")
    assert drawn.startswith("2024 ")  # the name's own number stays with the name


# --- the PDFs, read back ------------------------------------------------------------------------


@pytest.mark.parametrize("extract", [lines_of, poppler_lines_of], ids=["pypdf", "pdftotext"])
@pytest.mark.parametrize("script", list(SAMPLES))
def test_report_and_comparison_read_back_exactly_as_typed(pdfs, script, extract):
    text = SAMPLES[script]
    report, comparison = (extract(pdf) for pdf in pdfs[script])
    # The cover and the participants list show the network name, the facilitator and the
    # participant on a line of their own; notes, justifications and the plan hold it too.
    assert text in report, script
    assert sum(line.count(text) for line in report) >= 10, script
    assert any(text in line for line in comparison), script
    for line in report + comparison:  # nothing reads back as a private-use code
        assert not any(0xE000 <= ord(c) < 0xF900 or ord(c) >= 0xF0000 for c in line), line


@pytest.mark.parametrize("script", list(SAMPLES))
def test_the_pdfs_embed_the_fonts_of_the_script(pdfs, script):
    """The running header names the network on every body page: with the script's font."""
    text = SAMPLES[script]
    reader = PdfReader(pdfs[script][0])  # the report of record(text), made once
    wanted = {font for font, _ in runs(text)}
    for page in reader.pages[2:4]:
        fonts = {str(f["/BaseFont"]).split("+")[-1] for f in page["/Resources"]["/Font"].values()}
        names = {reader_name(w) for w in wanted}
        assert names <= fonts, (script, names, fonts)


def reader_name(font: str) -> str:
    from reportlab.pdfbase.pdfmetrics import getFont

    name = getFont(font).face.name
    return name.decode() if isinstance(name, bytes) else str(name)


def test_a_wrapped_arabic_note_starts_on_its_first_line_and_each_line_reads_as_typed(
    tmp_path,
):
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from wen_assess.report.styles import styles

    words = ["الأول", "شبكة", "إنفاذ", "قوانين", "الحياة", "البرية", "اجتماع", "الأخير"]
    path = tmp_path / "note.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph(esc(" ".join(words)), styles().body)])
    # Laid out at A4 width, the note fits on one line: visual order, last word leftmost.
    [line] = [ln for ln in lines_of(path) if ln]
    assert line.split() == words  # read back as typed (the page shows the last word leftmost)
    narrow = tmp_path / "narrow.pdf"
    doc = SimpleDocTemplate(str(narrow), pagesize=(130, 400), leftMargin=10, rightMargin=10)
    doc.build([Paragraph(esc(" ".join(words)), styles().body)])
    lines = [ln.split() for ln in lines_of(narrow) if ln]
    assert len(lines) > 1
    assert lines[0][0] == "الأول"  # the first word typed: first line
    assert lines[-1][-1] == "الأخير"  # the last word typed: last line
    assert [w for line in lines for w in line] == words


def test_a_heading_composed_around_an_arabic_name_keeps_its_dates_in_order(pdfs):
    # "{network}: 1 March 2024 → 20 March 2024": the name is ordered on its own (right to
    # left), and the report's dates after it stay left to right, not pulled into the name.
    text = SAMPLES["Arabic"]
    _, comparison = pdfs["Arabic"]
    headings = [line for line in lines_of(comparison) if "→ 20 March" in line]
    assert headings
    for line in headings:
        assert f"{text}: 1 March 2024 → 20 March" in line or f"{text}, 1 March 2024" in line
        assert "20 March 1" not in line  # the date split around the arrow: the old fault
    if PDFTOTEXT is not None:
        assert f"{text}: 1 March 2024 → 20 March 2024" in poppler_lines_of(comparison)


def test_an_isolated_field_is_ordered_on_its_own_within_its_line():
    from wen_assess.report.bidi import END_ISOLATE, ISOLATE, isolated_order, proxy, words_and_spaces

    name = "اجتماع شبكة HAWEN 2024"
    line = f"{ISOLATE}{name}{END_ISOLATE}: 1 March"
    tokens = words_and_spaces(line)
    order, inside = isolated_order("".join(proxy(t) for t in tokens), False, False)
    drawn = "".join(tokens[k] for k in order)
    assert not inside
    # The name reads right to left as typed alone; the report's words stay after it, in order.
    assert drawn == visual_line(name) + ": 1 March"
    # A field carried over from the line before: still ordered on its own.
    rest = words_and_spaces(f"شبكة HAWEN{END_ISOLATE} 2024")
    order, inside = isolated_order("".join(proxy(t) for t in rest), False, True)
    assert "".join(rest[k] for k in order) == visual_line("شبكة HAWEN") + " 2024"
