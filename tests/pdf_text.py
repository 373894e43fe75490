"""The text of a PDF as a reader copies it, for tests that check what a document says.

Read by poppler's pdftotext (what most Linux viewers and many indexers use) in the order
the document draws its text (``-raw``: a table's cells row by row, as pypdf reads them), and
whitespace collapsed. pdftotext reads a page ten times faster than pypdf. The tests about how
each extractor reads a script or a page (test_scripts, test_right_to_left, the watermark and
contents tests of test_report_trust) still read with pypdf too.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

# Invisible characters pdftotext writes around right-to-left runs (see test_scripts).
DIRECTION_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _pdftotext(path: Path | str, *pages: int) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF as a reader would")
    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", *first_last, str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8").translate(DIRECTION_MARKS)


def flat(text: str) -> str:
    return " ".join(text.split())


def page_texts(path: Path | str) -> list[str]:
    """Each page's text, whitespace collapsed."""
    pages = _pdftotext(path).split("\f")
    return [flat(page) for page in pages[:-1]]  # each page ends with a form feed


def pdf_text(path: Path | str) -> str:
    """The whole document's text, whitespace collapsed."""
    return " ".join(page_texts(path))


def pages_text(path: Path | str, first: int, last: int) -> str:
    """The text of pages ``first`` to ``last`` (counted from 1), whitespace collapsed."""
    return flat(_pdftotext(path, first, last).replace("\f", " "))
