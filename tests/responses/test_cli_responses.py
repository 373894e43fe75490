"""`wen-assess forms`, `responses ID import|list` and `agenda`, as a coordinator runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import demos_added_by_the_command, run_cli
from conftest import copy_of_sqlite
from pdf_text import pdf_text
from response_helpers import fill


def cli(db, *args):  # type: ignore[no-untyped-def]
    result = run_cli("--db", str(db), *args)
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def demos_added_once(tmp_path_factory) -> Path:
    """A database to which `wen-assess demo` added the five demos, once for the module."""
    return demos_added_by_the_command(tmp_path_factory.mktemp("demos"))


def test_forms_import_list_and_agenda(tmp_path, demos_added_once):
    db = copy_of_sqlite(demos_added_once, tmp_path / "library.sqlite")
    made = cli(db, "forms", "4", "--countries", "Kenya, Uganda,Kenya", "-o", str(tmp_path / "f"))
    assert made.returncode == 0, made.stderr
    assert "2 forms for HAWEN" in made.stdout
    kenya, uganda = tmp_path / "f" / "response-Kenya.xlsx", tmp_path / "f" / "response-Uganda.xlsx"
    fill(kenya, {"G2-GOV-07": 0, "G2-MEM-01": 3}, name="Jane Otieno")
    fill(uganda, {"G2-GOV-07": 3, "G2-MEM-01": 3}, name="Okello")
    bad = fill(uganda, {"G2-MEM-02": "2 - Dev"}, name="Okello", out=tmp_path / "bad.xlsx")
    imported = cli(db, "responses", "4", "import", str(kenya), str(uganda), str(bad))
    assert imported.returncode == 1
    assert f"{kenya}: imported: Kenya — Jane Otieno: 2 of 47 items answered" in imported.stdout
    assert f"{bad}: rejected: sheet 'Items', cell F" in imported.stderr
    assert "“2 - Dev” is not a level" in imported.stderr
    assert (
        "2 imported, 0 replaced, 0 already answered (not replaced), 0 already imported, "
        "1 rejected" in (imported.stdout)
    )
    same = cli(db, "responses", "4", "import", str(kenya))
    assert same.returncode == 0
    assert "already imported: Kenya — Jane Otieno: the same response is already imported" in (
        same.stdout
    )
    fill(kenya, {"G2-MEM-01": 2}, name="Jane Otieno")
    again = cli(db, "responses", "4", "import", str(kenya))
    assert again.returncode == 1 and "add --replace to replace it" in again.stderr
    replaced = cli(db, "responses", "4", "import", "--replace", str(kenya))
    assert replaced.returncode == 0 and "replaced: Kenya — Jane Otieno" in replaced.stdout
    listed = cli(db, "responses", "4", "list")
    assert "Kenya — Jane Otieno: 2 of 47 items" in listed.stdout  # the replaced one
    assert "Uganda — Okello: 2 of 47 items" in listed.stdout
    agenda = cli(db, "agenda", "4")
    assert "2 responses;" in agenda.stdout
    line = next(x for x in agenda.stdout.splitlines() if "G2-GOV-07" in x)
    assert "members disagree, critical item" in line and "range 0–3" in line
    assert "proposal 0 – Not in place" in line  # 0 and 3: the lower middle level
    assert "G2-MEM-01" not in agenda.stdout  # both said 3: nothing to discuss
    pdf = cli(db, "agenda", "4", "-o", str(tmp_path / "agenda.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    text = pdf_text(tmp_path / "agenda.pdf")
    assert "Workshop agenda" in text and "G2-GOV-07" in text and "Jane Otieno" in text


def test_forms_need_countries(tmp_path, demos_added_once):
    db = copy_of_sqlite(demos_added_once, tmp_path / "library.sqlite")
    result = cli(db, "forms", "5", "-o", str(tmp_path / "f"))  # CAR-WEN lists no members
    assert result.returncode == 1
    assert "give the member countries with --countries" in result.stderr
    assert not (tmp_path / "f").exists()
    # The network's own member countries are the default.
    made = cli(db, "forms", "1", "--agencies", "Customs,Police", "-o", str(tmp_path / "g"))
    assert made.returncode == 0 and "14 forms for HAWEN" in made.stdout
    assert (tmp_path / "g" / "response-South-Sudan-Customs.xlsx").exists()


def test_import_into_an_unknown_assessment(tmp_path):
    result = cli(tmp_path / "library.sqlite", "responses", "99", "list")
    assert result.returncode == 1 and "no assessment '99'" in result.stderr
