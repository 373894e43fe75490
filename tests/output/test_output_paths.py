"""What every writer says about an output path it cannot use (QA finding 9), said once in
files.py and the same for each command; a database named as a source must exist; a report
that cannot be laid out is a worded refusal (QA finding 5); an import refusal says "not
imported" once."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run_cli
from reportlab.platypus import Paragraph, Table

from wen_assess.files import write_problem
from wen_assess.report.document import PageSetup, write_pdf
from wen_assess.report.layout import LayoutRefused
from wen_assess.report.styles import styles


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WEN_ASSESS_DATA_DIR", str(folder / "data"))
        assert run_cli("--db", str(folder / "demo.sqlite"), "demo").returncode == 0
    return folder / "demo.sqlite"


def _refusal(demo_db: Path, *command: str) -> str:
    result = run_cli("--db", str(demo_db), *command)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    return result.stderr


COMMANDS = {
    "report": ("report", "1", "-o"),
    "plan": ("actions", "1", "-o"),
    "agenda": ("agenda", "3", "-o"),
    "comparison": ("compare", "1", "2", "-o"),
    "export": ("export", "1", "-o"),
    "forms": ("forms", "3", "--countries", "Nepal", "-o"),  # assessment 3 is SAWEN's
}
SUFFIX = {"plan": ".xlsx", "export": ".wen.json", "forms": ""}


@pytest.mark.parametrize("kind", COMMANDS)
def test_a_path_below_a_file_is_worded_the_same_by_every_writer(demo_db, tmp_path, kind):
    (tmp_path / "afile").write_text("a file", encoding="utf-8")
    target = tmp_path / "afile" / f"x{SUFFIX.get(kind, '.pdf')}"
    said = _refusal(demo_db, *COMMANDS[kind], str(target))
    assert "a part of the path is a file, not a folder" in said
    assert "File exists" not in said and "Not a directory" not in said


@pytest.mark.parametrize("kind", ["report", "agenda", "comparison", "plan"])
def test_a_folder_as_the_output_is_worded_the_same_by_every_writer(demo_db, tmp_path, kind):
    folder = tmp_path / f"adir{SUFFIX.get(kind, '.pdf')}"
    folder.mkdir()
    said = _refusal(demo_db, *COMMANDS[kind], str(folder))
    assert "it is a folder, not a regular file; choose another file name" in said
    assert "Is a directory" not in said


@pytest.mark.parametrize("kind", ["report", "agenda", "plan"])
def test_a_name_too_long_is_worded(demo_db, tmp_path, kind):
    name = "L" * 300 + SUFFIX.get(kind, ".pdf")
    said = _refusal(demo_db, *COMMANDS[kind], str(tmp_path / name))
    assert "the name is too long; choose a shorter file name" in said
    assert "File name too long" not in said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (20, "a part of the path is a file, not a folder"),  # ENOTDIR
        (21, "it is a folder, not a regular file; choose another file name"),  # EISDIR
        (36, "the name is too long; choose a shorter file name"),  # ENAMETOOLONG
        (28, "the disk is full"),  # ENOSPC
        (30, "the disk is read-only"),  # EROFS
    ],
)
def test_each_system_error_has_its_words(code, words):
    assert write_problem(OSError(code, "as the system says it")) == words


def test_copy_from_a_database_that_does_not_exist_creates_nothing(demo_db, tmp_path):
    typo, other = tmp_path / "typo.sqlite", tmp_path / "other.sqlite"
    result = run_cli("--db", str(demo_db), "copy", "--from", str(typo), "--to", str(other))
    assert result.returncode == 1
    assert f"no database at {typo} (check the name)" in result.stderr
    assert not typo.exists() and not other.exists()


def test_copy_from_the_default_database_that_does_not_exist_creates_nothing(tmp_path):
    missing, other = tmp_path / "missing.sqlite", tmp_path / "other.sqlite"
    result = run_cli("--db", str(missing), "copy", "--to", str(other))
    assert result.returncode == 1 and "no database at" in result.stderr
    assert not missing.exists() and not other.exists()


def _too_tall() -> list:  # type: ignore[type-arg]
    s = styles()
    cell = Paragraph("Far too long a justification. " * 2_000, s.body)
    # "Before" on page 2; the table moves to page 3, where it still does not fit.
    return [Paragraph("Before", s.body), Table([["Item", cell]], colWidths=[100, 300])]


def test_a_document_that_cannot_be_laid_out_is_a_worded_refusal_and_keeps_the_file(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"the report the user had")
    setup = PageSetup(title="T", author="A", subject="S", header="H", footer="F")
    with pytest.raises(LayoutRefused) as refused:
        write_pdf(path, setup, [Paragraph("Cover", styles().body)], _too_tall())
    said = write_problem(refused.value)
    assert said.startswith("it cannot be laid out: the part starting “Far too long a justif")
    assert "is too large for a page (page 3); shorten that text" in said
    assert path.read_bytes() == b"the report the user had"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_an_import_refusal_says_not_imported_once(demo_db, tmp_path, monkeypatch):
    from wen_assess.exchange import importer
    from wen_assess.storage.service import ServiceError

    exported = tmp_path / "one.wen.json"
    assert run_cli("--db", str(demo_db), "export", "1", "-o", str(exported)).returncode == 0
    fresh = tmp_path / "fresh.sqlite"

    def locked(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ServiceError("Not saved: another program is holding the database")

    monkeypatch.setattr(importer.AssessmentService, "add_record", locked)
    result = run_cli("--db", str(fresh), "import", str(exported))
    assert result.returncode == 1
    assert result.stderr.count("not imported") == 1, result.stderr
    assert "another program is holding the database" in result.stderr
