"""The history travels in `.wen.json` (an optional field, read strictly) and the CLI shows it.

Exported by the real commands, imported into another database, read back from there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wen_assess.cli import main
from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"
ITEM = "G2-GOV-01"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "unexpected error" not in err, err
    return code, out, err


@pytest.fixture
def edited(tmp_path: Path) -> tuple[Path, int]:
    """A database with one assessment that two people changed."""
    path = tmp_path / "office.sqlite"
    svc = AssessmentService(open_database(path), default_registry())
    try:
        svc.user = "A. Mwangi"
        aid = svc.create(G2, "HAWEN")
        svc.set_answer(aid, ITEM, level=1)
        svc.user = "J. Okello"
        svc.set_answer(aid, ITEM, level=2, notes="Minutes, 2 March")
        svc.update_profile(aid, facilitator="J. Okello")
    finally:
        svc.database.close()
    return path, aid


def test_history_round_trips_through_a_file_and_the_import_adds_who_imported_it(
    edited: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, aid = edited
    exported = tmp_path / "hawen.wen.json"
    assert run(capsys, "--db", str(path), "export", str(aid), "-o", str(exported))[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    history = document["assessment"]["history"]
    assert [(e["by"], e["what"], e["item_id"]) for e in history] == [
        ("A. Mwangi", "created", ""),
        ("A. Mwangi", "answer", ITEM),
        ("J. Okello", "answer", ITEM),
        ("J. Okello", "profile", ""),
    ]
    assert history[2]["old"] == {"level": 1, "notes": ""}
    assert history[2]["at"].endswith("Z")  # RFC 3339 with its offset, as the schema says

    other = str(tmp_path / "reviewers.sqlite")
    code, out, _ = run(capsys, "--db", other, "--user", "ICCWC reviewer", "import", str(exported))
    assert code == 0, out
    code, out, _ = run(capsys, "--db", other, "history", "1")
    lines = out.splitlines()
    assert lines[0].endswith("ICCWC reviewer: imported from hawen.wen.json")
    assert lines[1].endswith("J. Okello: facilitator edited")
    assert lines[2].endswith(f"J. Okello  {ITEM}: 1 → 2, note edited")
    assert lines[-1].endswith("A. Mwangi: created")
    code, out, _ = run(capsys, "--db", other, "history", "1", ITEM)
    assert [line.split(": ", 1)[1] for line in out.splitlines()] == [
        "1 → 2, note edited",
        "– → 1",
    ]
    # The imported copy exports its history again, import line included: nothing is dropped.
    again = tmp_path / "again.wen.json"
    assert run(capsys, "--db", other, "export", "1", "-o", str(again))[0] == 0
    assert json.loads(again.read_text(encoding="utf-8"))["assessment"]["history"][:4] == history


def test_a_file_without_history_imports_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.sqlite")
    code, _, _ = run(capsys, "--db", db, "--user", "Coordinator", "demo")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "history", "1")
    assert out.splitlines()[0].endswith("Coordinator: imported from hawen-2022.wen.json")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"at": "2026-03-02T10:00:00Z", "what": "rewrote"}, "history[0].what"),
        ({"what": "answer"}, "history[0].at: required but missing"),
        ({"at": "yesterday", "what": "answer"}, "history[0].at"),
        ({"at": "2026-03-02T10:00:00Z", "what": "answer", "by": 7}, "history[0].by"),
        ({"at": "2026-03-02T10:00:00Z", "what": "answer", "item_id": "x" * 65}, "item_id"),
    ],
)
def test_a_bad_history_entry_refuses_the_file_and_says_where(
    edited: tuple[Path, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    entry: dict[str, object],
    message: str,
) -> None:
    path, aid = edited
    exported = tmp_path / "x.wen.json"
    run(capsys, "--db", str(path), "export", str(aid), "-o", str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["assessment"]["history"] = [entry]
    exported.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "y.sqlite"), "import", str(exported))
    assert code != 0
    assert message in out + err
    assert "rejected" in out + err


def test_history_of_an_unknown_item_or_assessment_is_a_message(
    edited: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, aid = edited
    code, _, err = run(capsys, "--db", str(path), "history", str(aid), "G2-NOPE-99")
    assert code == 1 and "G2-NOPE-99 is not an item of iccwc-wen-g2" in err
    code, _, err = run(capsys, "--db", str(path), "history", "42")
    assert code == 1 and "no assessment" in err
