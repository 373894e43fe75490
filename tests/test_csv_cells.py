"""Every cell a spreadsheet could run as a formula is neutralised (issue 10, case 10).

A spreadsheet skips blanks, control, zero-width and other format characters before it looks
for a formula sign, and treats the full-width signs like the ASCII ones.
"""

from __future__ import annotations

import csv
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wen_assess.cli import main
from wen_assess.files import spreadsheet_cell

SIGNS = "=+-@＝＋－＠"
INVISIBLE = st.characters(categories=["Zs", "Cc", "Cf", "Zl", "Zp"])


@settings(max_examples=500, deadline=None)
@given(prefix=st.text(INVISIBLE, max_size=5), sign=st.sampled_from(SIGNS), rest=st.text())
def test_a_formula_behind_any_invisible_prefix_is_quoted(prefix, sign, rest):
    text = prefix + sign + rest
    assert spreadsheet_cell(text) == "'" + text or _is_plain_number(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["\t", "\r"]), st.text())
def test_a_cell_starting_with_tab_or_cr_is_quoted(start, rest):
    assert spreadsheet_cell(start + rest).startswith("'")


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_a_quoted_cell_keeps_the_text_and_a_safe_one_is_unchanged(text):
    out = spreadsheet_cell(text)
    assert out in (text, "'" + text)
    visible = next(
        (ch for ch in text if unicodedata.category(ch) not in ("Zs", "Cc", "Cf", "Zl", "Zp")),
        "",
    )
    if out == text and not _is_plain_number(text):
        assert visible not in SIGNS or visible == ""
        assert not text.startswith(("\t", "\r"))


def test_the_examples_from_the_attack():
    for text in ["\n=HYPERLINK(1)", " =1+1", "\u200b=1", "＝1+1", "\ufeff@SUM(A1)", "\u3000-x"]:
        assert spreadsheet_cell(text) == "'" + text
    for text in ["-2.6", "+3", "plain text", "", "a=b"]:
        assert spreadsheet_cell(text) == text


@pytest.fixture(scope="module")
def first_demo_exported(tmp_path_factory) -> str:
    """The first demo assessment as the command line exports it: made once for the module."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "library.sqlite"
    with pytest.MonkeyPatch.context() as patch:  # its own data folder, like every test
        patch.setenv("WEN_ASSESS_DATA_DIR", str(folder / "data"))
        patch.setenv("WEN_ASSESS_USER", "Test user")  # the name every test's changes carry
        assert main(["--db", str(db), "demo"]) == 0
        exported = folder / "a.wen.json"
        assert main(["--db", str(db), "export", "-o", str(exported), "1"]) == 0
    return exported.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["\n", " ", "\u200b", "\ufeff", "\u3000", "\t", "\r\n"])
def test_the_action_plan_csv_neutralises_hostile_cells(
    tmp_path, capsys, prefix, first_demo_exported
):
    exported = tmp_path / "a.wen.json"
    document = json.loads(first_demo_exported)
    record = document["assessment"]
    hostile = [prefix + "=HYPERLINK(1)", prefix + "＋1", prefix + "@SUM(A1)"]
    for action, text in zip(record["actions"], hostile, strict=False):
        action["text"] = text
        action["owner"] = text
    exported.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "plan.csv"
    capsys.readouterr()

    assert main(["actions", "-o", str(out), str(exported)]) == 0

    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    for text in hostile[: len(record["actions"])]:
        assert "'" + text in cells and text not in cells


def _is_plain_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
