"""Hostile import files and lost questionnaires (issue 10), as a user meets them in a terminal.

Every refusal is a short message naming the file, exit code 1 (never 70), and the database
dump is byte-identical afterwards. A batch says one line per file and tries every file.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from cli_runner import Result, run_cli

from wen_assess.paths import questionnaires_dir, user_questionnaires_dir
from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

G2 = "iccwc-wen-g2"
HUGE = "9" * 5000  # Python refuses to convert more than 4,300 digits to an int
MESSAGE_MAX = 400  # one or two lines of a terminal


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = run_cli(*args, env=env)
    assert "Traceback" not in result.stderr, result.stderr
    assert "unexpected error" not in result.stderr, result.stderr
    assert result.returncode != 70, result.stderr
    return result


def dump(db: Path) -> str:
    """The whole database as SQL text: equal dumps mean nothing was written."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict]:
    """The five demos (added once) and one of them exported, as a document to mutate."""
    folder = tmp_path_factory.mktemp("template")
    env = {**os.environ, "WEN_ASSESS_DATA_DIR": str(folder / "data")}
    env.pop("WEN_ASSESS_DB", None)
    db = folder / "library.sqlite"
    assert run("--db", str(db), "demo", env=env).returncode == 0
    exported = folder / "one.wen.json"
    assert run("--db", str(db), "export", "1", "-o", str(exported), env=env).returncode == 0
    return db, json.loads(exported.read_text(encoding="utf-8"))


@pytest.fixture
def db(tmp_path, template) -> Path:
    source, _ = template
    for part in source.parent.glob(source.name + "*"):
        shutil.copyfile(part, tmp_path / part.name)
    return tmp_path / source.name


@pytest.fixture
def doc(template) -> dict:
    """A valid document not yet in the database (a new uuid)."""
    fresh = json.loads(json.dumps(template[1]))
    fresh["assessment"]["uuid"] = "0d3c2b1a-7f6e-4d5c-9b8a-112233445566"
    return fresh


def write(path: Path, doc: dict | str) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def assert_refused(db: Path, file: Path, *expected: str) -> str:
    before = dump(db)
    result = run("--db", str(db), "import", str(file))
    assert result.returncode == 1, (result.stdout, result.stderr)
    message = result.stderr.strip()
    assert message.startswith(f"{file}: rejected: "), message
    assert len(message) < MESSAGE_MAX and message.count("\n") <= 1, message
    for text in expected:
        assert text in message, (text, message)
    assert dump(db) == before
    return message


# ---- (1) numbers of more than 4,300 digits anywhere ----------------------------------------


def _with_huge_number(doc: dict, where: str) -> str:
    marker = "__HUGE__"
    if where == "level":
        doc["assessment"]["answers"][0]["level"] = marker
    elif where == "target":
        doc["assessment"]["targets"]["MEM"] = marker
    elif where == "format_version":
        doc["format_version"] = marker
    elif where == "unknown field":
        doc["assessment"]["extra"] = {"deep": [[{"n": marker}]]}
    elif where == "negative float":
        doc["assessment"]["targets"]["MEM"] = "-__HUGE__.5"
        return json.dumps(doc).replace('"-__HUGE__.5"', f"-{HUGE}.5")
    return json.dumps(doc).replace(f'"{marker}"', HUGE)


@pytest.mark.parametrize(
    "where", ["level", "target", "format_version", "unknown field", "negative float"]
)
def test_a_huge_number_anywhere_is_a_clean_refusal(db, doc, tmp_path, where):
    file = write(tmp_path / "huge.wen.json", _with_huge_number(doc, where))
    assert_refused(db, file, "digits" if where != "negative float" else "too large")


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_numbers_json_does_not_allow_are_refused(db, doc, tmp_path, text):
    content = json.dumps(doc).replace('"format_version": 1', f'"format_version": 1, "x": {text}')
    assert_refused(db, write(tmp_path / "nan.wen.json", content))


def test_a_batch_says_each_file_and_tries_every_one(db, doc, tmp_path):
    first = write(tmp_path / "a.wen.json", doc)
    huge = write(tmp_path / "b.wen.json", _with_huge_number(json.loads(json.dumps(doc)), "level"))
    doc["assessment"]["uuid"] = "0d3c2b1a-7f6e-4d5c-9b8a-112233445577"
    last = write(tmp_path / "c.wen.json", doc)
    result = run("--db", str(db), "import", str(first), str(huge), str(last))
    assert result.returncode == 1
    out = result.stdout.splitlines()
    assert out[0].startswith(f"{first}: imported as #6: ")
    assert out[1].startswith(f"{last}: imported as #7: ")
    assert out[2] == "2 imported, 0 already present, 1 rejected"
    assert result.stderr.startswith(f"{huge}: rejected: a number of 5,000 digits")
    again = run("--db", str(db), "import", str(first), str(last))
    assert again.returncode == 0
    assert (
        f"{first}: already present: " in again.stdout
        and "already in the database as #6" in again.stdout
    )


# ---- (2) hostile values are shown shortened ------------------------------------------------


@pytest.mark.parametrize(
    "place", ["target key", "unknown top key", "date", "format_version", "item id"]
)
def test_a_megabyte_value_is_echoed_short(db, doc, tmp_path, place):
    big = "K" * 1_000_000
    if place == "target key":
        doc["assessment"]["targets"][big] = 2.0
    elif place == "unknown top key":
        doc["format"] = big
    elif place == "date":
        doc["assessment"]["assessment_date"] = big
    elif place == "format_version":
        doc["format_version"] = big
    else:
        doc["assessment"]["actions"] = [{"item_id": big}]
    assert_refused(db, write(tmp_path / "big.wen.json", doc))


# ---- (9) import is as strict as the app -----------------------------------------------------


def test_a_duplicate_key_is_refused(db, doc, tmp_path):
    text = json.dumps(doc)
    other = '"uuid": "11111111-2222-4333-8444-555555555555", "uuid": '
    file = write(tmp_path / "twice.wen.json", text.replace('"uuid": ', other, 1))
    assert_refused(db, file, 'the key "uuid" appears twice')


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("targets", {"MEM": "3"}),
        ("targets", {"MEM": True}),
        ("assessment_date", 0),
        ("assessment_date", -1),
        ("assessment_date", "20240101"),
        ("created_at", 0),
    ],
)
def test_values_the_app_would_not_take_are_refused(db, doc, tmp_path, field, value):
    doc["assessment"][field] = value
    assert_refused(db, write(tmp_path / "loose.wen.json", doc), field)


def test_a_wrong_questionnaire_checksum_is_said(db, doc, tmp_path):
    doc["assessment"]["questionnaire"]["checksum"] = "0" * 64
    result = run("--db", str(db), "import", str(write(tmp_path / "sum.wen.json", doc)))
    assert result.returncode == 0, result.stderr
    assert "imported as #6" in result.stdout
    assert "questionnaire checksum (000000000000…) is not the one of the installed" in result.stdout
    assert "the questionnaire file was changed since" in result.stdout


# ---- (8) questionnaire versions no longer installed, and files that name none ----------------


def _install(version: str, drop_first_item: bool = False) -> Path:
    data = yaml.safe_load((questionnaires_dir() / f"{G2}.yaml").read_text(encoding="utf-8"))
    data["version"] = version
    if drop_first_item:
        del data["areas"][0]["items"][0]
    folder = user_questionnaires_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"g2-{version}.yaml"
    path.write_text(
        yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return path


def test_an_assessment_outlives_its_questionnaire_file(db, tmp_path):
    file = _install("0.9")
    service = AssessmentService(open_database(db), default_registry())
    number = service.create(G2, "LOST-WEN", version="0.9", title="On a removed version")
    service.set_answer(number, "G2-MEM-01", level=2)
    service.database.close()
    file.unlink()
    before = dump(db)
    shown = run("--db", str(db), "show", str(number))
    assert shown.returncode == 0, shown.stderr
    assert f"questionnaire: {G2} v0.9" in shown.stdout
    assert run("--db", str(db), "score", str(number), "--json").returncode == 0
    pdf = tmp_path / "lost.pdf"
    assert run("--db", str(db), "report", str(number), "-o", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    exported = tmp_path / "lost.wen.json"
    assert run("--db", str(db), "export", str(number), "-o", str(exported)).returncode == 0
    assert json.loads(exported.read_text())["assessment"]["questionnaire"]["version"] == "0.9"
    assert dump(db) == before
    # Into a database without that copy, the file is refused with the reason.
    other = tmp_path / "other.sqlite"
    result = run("--db", str(other), "import", str(exported))
    assert result.returncode == 1
    assert f"questionnaire '{G2}' version 0.9 is not installed (installed: 1.0)" in result.stderr


def test_a_file_naming_no_version_matches_the_one_it_fits(db, doc, tmp_path):
    _install("2.0", drop_first_item=True)  # newer, without G2-MEM-01, which the file answers
    doc["assessment"]["questionnaire"] = {"id": G2}
    result = run("--db", str(db), "import", str(write(tmp_path / "noversion.wen.json", doc)))
    assert result.returncode == 0, result.stderr
    assert f"(questionnaire {G2} version 1.0: the newest installed version its answers fit)" in (
        result.stdout
    )


def test_a_file_naming_no_version_is_matched_by_its_checksum(db, doc, tmp_path):
    _install("2.0")  # the same items: only the checksum tells them apart
    del doc["assessment"]["questionnaire"]["version"]
    result = run("--db", str(db), "import", str(write(tmp_path / "bysum.wen.json", doc)))
    assert result.returncode == 0, result.stderr
    assert f"{G2} version 1.0: found by the file's questionnaire checksum" in result.stdout


# ---- part 1's leftovers ---------------------------------------------------------------------


@pytest.mark.parametrize("command", [("show",), ("score",), ("report", "-o", "x.pdf")])
def test_a_stored_level_off_the_scale_is_a_clean_refusal(db, tmp_path, command):
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE answer SET level = 7 WHERE level IS NOT NULL AND assessment_id = 1")
    conn.close()
    before = dump(db)
    result = run("--db", str(db), command[0], "1", *command[1:])
    assert result.returncode == 1
    assert "has level 7, which is not on the scale of" in result.stderr
    assert dump(db) == before


def test_a_skipped_questionnaire_file_is_named_with_its_problem(db):
    folder = user_questionnaires_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.yaml").write_text("id: x\nversion: [\n", encoding="utf-8")
    result = run("--db", str(db), "list")
    assert result.returncode == 0
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warning.startswith(
        f"warning: skipped questionnaire {folder / 'broken.yaml'}:3: not valid YAML"
    )
    assert warning.count("broken.yaml") == 1
    assert "run `wen-assess validate`" not in warning
