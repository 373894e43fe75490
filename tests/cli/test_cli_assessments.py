"""The assessment commands as a user runs them: their output, exit code and database.

list, show, score, export, import, delete and demo, each against a database in tmp_path given
with --db (or WEN_ASSESS_DB). No command may ever end in a traceback. The commands run
in-process (tests/cli_runner.py); test_cli_smoke.py runs the real program.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from any_database import is_server, sql
from cli_runner import Result, run_cli
from sqlalchemy import text

from wen_assess import formatting as fmt
from wen_assess.questionnaire import default_registry
from wen_assess.scoring import score
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService

DEMO_NETWORKS = ["ASEAN-WEN", "CAR-WEN", "HAWEN", "HAWEN", "SAWEN"]  # the order `list` uses


def run(*args: str, env: dict[str, str] | None = None, cwd=None, typed=None) -> Result:
    result = run_cli(*args, env=env, cwd=cwd, typed=typed)
    assert "Traceback" not in result.stderr, result.stderr
    assert "unexpected error" not in result.stderr, result.stderr
    return result


def ok(*args: str, **kwargs) -> Result:
    result = run(*args, **kwargs)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    """The five demo assessments, added once by `demo` (each test gets a copy: see `db`)."""
    folder = tmp_path_factory.mktemp("template")
    env = {**os.environ, "WEN_ASSESS_DATA_DIR": str(folder / "data")}  # before the autouse one
    env.pop("WEN_ASSESS_DB", None)
    result = ok("--db", str(folder / "library.sqlite"), "demo", env=env)
    assert result.stdout.count("added [Demo]") == 5
    return folder / "library.sqlite"


@pytest.fixture(scope="module")
def demo_server_template(pg_databases) -> str:
    """The same on the PostgreSQL server: a database each test gets a copy of."""

    def fill(url: str) -> None:
        assert ok("--db", url, "demo").stdout.count("added [Demo]") == 5

    return pg_databases.template_of(fill)


@pytest.fixture
def db(new_db, request, tmp_path, demo_template) -> Path | str:
    """A database with the five demo assessments: a file in this test's own folder, or a
    fresh PostgreSQL database (its URL), each a copy of the module's."""
    if request.node.callspec.params["new_db"] == "postgres":
        databases = request.getfixturevalue("pg_databases")
        url = databases.create(like=request.getfixturevalue("demo_server_template"))
        request.addfinalizer(lambda: databases.release(url))
        return url
    for part in demo_template.parent.glob(demo_template.name + "*"):
        shutil.copyfile(part, tmp_path / part.name)
    return tmp_path / demo_template.name


def open_service(path: Path | str) -> AssessmentService:
    return AssessmentService(open_database(path), default_registry())


def summaries(db: Path | str):
    service = open_service(db)
    try:
        return service.list_summaries()
    finally:
        service.database.close()


def listing(db: Path | str) -> list[dict]:
    """The rows of the database, read in-process (the `list` tests run the command itself)."""
    service = open_service(db)
    try:
        return [
            {"id": s.id, "uuid": s.uuid, "network": s.network_name, "date": s.assessment_date}
            for s in service.list_summaries()
        ]
    finally:
        service.database.close()


def id_of(db: Path | str, network: str, year: int) -> int:
    [row] = [r for r in listing(db) if r["network"] == network and r["date"].year == year]
    return row["id"]


def fingerprint(path: Path | str) -> dict[str, str]:
    """The database's content on disk (main file and write-ahead log), as hashes; on a server,
    every row of every table."""
    if is_server(path):
        tables = ("assessment", "answer", "participant", "area_target", "plan_action")
        return {t: repr(sorted(map(repr, sql(path, f"SELECT * FROM {t}")))) for t in tables}
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (path, path.with_name(path.name + "-wal"))
        if p.exists()
    }


# ---- demo, list, show ------------------------------------------------------------------------


def test_demo_twice_adds_nothing_more(db):
    result = ok("--db", str(db), "demo")
    assert result.stdout.strip() == "the demo assessments are already there"
    assert len(listing(db)) == 5


def test_list_shows_the_demos_as_text(db):
    lines = ok("--db", str(db), "list").stdout.splitlines()
    header, rows = lines[0], lines[1:]
    assert header.split() == ["#", "network", "date", "status", "done", "score", "band", "title"]
    assert len(rows) == 5
    assert [row.split()[1] for row in rows] == DEMO_NETWORKS
    for row, s in zip(rows, summaries(db), strict=True):
        assert row.split()[0] == str(s.id)
        assert s.assessment_date.isoformat() in row
        assert s.status.replace("_", " ") in row
        assert fmt.share(s.completeness) in row  # e.g. "42 %"
        assert fmt.percent(s.overall_score) in row  # e.g. "74.5 %"
        assert f" {fmt.band(s.overall_band)} " in row
        assert row.endswith(s.title)
    assert "completed" in rows[0] and "100 %" in rows[0]  # ASEAN-WEN 2025
    assert "in progress" in rows[4] and "100 %" not in rows[4]  # SAWEN, workshop going on


def test_list_says_not_scored_for_an_empty_assessment(db):
    service = open_service(db)
    service.create("iccwc-wen-g2", "BLANK-WEN", title="Nothing answered yet")
    service.database.close()
    [blank] = [row for row in ok("--db", str(db), "list").stdout.splitlines() if "BLANK" in row]
    assert blank.count("not scored") == 2  # the score and the band
    assert "0 %" in blank and "0.0 %" not in blank


def test_list_of_an_empty_database(tmp_path):
    result = ok("--db", str(tmp_path / "new.sqlite"), "list")
    assert "No assessments yet" in result.stdout
    assert ok("--db", str(tmp_path / "new.sqlite"), "list", "--json").stdout.strip() == "[]"


def test_list_json_fields(db):
    rows = json.loads(ok("--db", str(db), "list", "--json").stdout)
    assert len(rows) == 5
    for row in rows:
        assert set(row) == {
            "id", "uuid", "network", "title", "questionnaire", "assessment_date", "status",
            "completeness", "overall", "demo",
        }  # fmt: skip
        assert isinstance(row["id"], int)
        assert len(row["uuid"]) == 36
        assert set(row["questionnaire"]) == {"id", "version"}
        assert set(row["overall"]) == {"score", "band"}
        assert row["demo"] is True
        assert row["status"] in ("in_progress", "completed")
        assert 0 <= row["completeness"] <= 1
    assert [r["network"] for r in rows] == DEMO_NETWORKS
    for row, s in zip(rows, summaries(db), strict=True):
        assert row == {
            "id": s.id,
            "uuid": s.uuid,
            "network": s.network_name,
            "title": s.title,
            "questionnaire": {"id": s.questionnaire_id, "version": s.questionnaire_version},
            "assessment_date": s.assessment_date.isoformat(),
            "status": s.status,
            "completeness": s.completeness,
            "overall": {"score": s.overall_score, "band": s.overall_band},
            "demo": True,
        }
    assert rows[0]["status"] == "completed" and rows[0]["completeness"] == 1.0
    assert rows[1]["questionnaire"] == {"id": "iccwc-wen-g1", "version": "1.0"}


def test_show_by_number_and_by_uuid_prefix(db):
    row = next(r for r in listing(db) if r["network"] == "SAWEN")
    by_number = ok("--db", str(db), "show", str(row["id"])).stdout
    by_prefix = ok("--db", str(db), "show", row["uuid"][:8]).stdout
    by_uuid = ok("--db", str(db), "show", row["uuid"].upper()).stdout
    assert by_number == by_prefix == by_uuid
    service = open_service(db)
    record, result = service.get(row["id"]).record, service.result(row["id"])
    service.database.close()
    assert by_number.startswith(record.title + "\n")
    assert f"uuid:          {row['uuid']}" in by_number
    assert "questionnaire: iccwc-wen-g2 v1.0" in by_number
    assert result.still_to_assess
    assert f"still to assess ({len(result.still_to_assess)}): " in by_number
    assert "not scored" in by_number  # SUP and DEL have no answers yet


def test_show_an_unknown_assessment(db):
    for ref in ("999", "ffffffff", "not-there"):
        result = run("--db", str(db), "show", ref)
        assert result.returncode == 1
        assert result.stderr.startswith("wen-assess: no assessment")
        assert ref in result.stderr
        assert result.stdout == ""


def test_a_too_short_uuid_prefix_is_not_enough(db):
    row = listing(db)[0]
    result = run("--db", str(db), "show", row["uuid"][:2])
    assert result.returncode == 1
    assert "no assessment" in result.stderr


# ---- score -----------------------------------------------------------------------------------


AREA_KEYS = {"code", "mean_level", "score", "band", "completeness", "target", "gap"}


@pytest.mark.parametrize("network, year", [("ASEAN-WEN", 2025), ("SAWEN", 2025), ("CAR-WEN", 2025)])
def test_score_json_shape_and_numbers(db, network, year):
    number = id_of(db, network, year)
    printed = json.loads(ok("--db", str(db), "score", str(number), "--json").stdout)

    service = open_service(db)
    record = service.get(number).record
    q = service.questionnaire_of(record)
    result = score(q, record.scoring_answers(), record.targets)
    service.database.close()

    assert set(printed) == {"questionnaire", "areas", "overall", "completeness"}
    assert printed["questionnaire"] == {"id": q.id, "version": q.version}
    assert [a["code"] for a in printed["areas"]] == [a.code for a in q.areas]
    for area, expected in zip(printed["areas"], result.areas, strict=True):
        assert set(area) == AREA_KEYS
        assert area == {
            "code": expected.code,
            "mean_level": expected.mean_level,
            "score": expected.score,
            "band": expected.band,
            "completeness": expected.completeness,
            "target": expected.target,
            "gap": expected.gap,
        }
    assert printed["overall"] == {
        "score": result.overall_score,
        "band": result.overall_band,
        "weakest_area": result.weakest_area,
    }
    assert printed["completeness"] == result.completeness


def test_score_json_keeps_unscored_areas_as_null(db):
    printed = json.loads(
        ok("--db", str(db), "score", str(id_of(db, "SAWEN", 2025)), "--json").stdout
    )
    sup = next(a for a in printed["areas"] if a["code"] == "SUP")
    assert sup["score"] is None and sup["band"] is None and sup["mean_level"] is None
    assert sup["completeness"] == 0


def test_score_as_text(db):
    number = id_of(db, "HAWEN", 2022)
    out = ok("--db", str(db), "score", str(number)).stdout
    service = open_service(db)
    record, result = service.get(number).record, service.result(number)
    service.database.close()
    lines = out.splitlines()
    assert lines[0] == f"HAWEN: {record.title}"
    assert [line.split()[0] for line in lines[3 : 3 + len(result.areas)]] == [
        a.code for a in result.areas
    ]
    for line, area in zip(lines[3 : 3 + len(result.areas)], result.areas, strict=True):
        assert fmt.percent(area.score) in line and fmt.band(area.band) in line
    [overall] = [line for line in lines if line.strip().startswith("overall")]
    assert fmt.percent(result.overall_score) in overall and fmt.band(result.overall_band) in overall
    assert lines[-1].strip() == f"completeness: {fmt.share(result.completeness)}"


def test_score_a_file_without_importing_it(db, tmp_path):
    number = id_of(db, "HAWEN", 2024)
    exported = tmp_path / "hawen.wen.json"
    ok("--db", str(db), "export", str(number), "-o", str(exported))
    from_db = json.loads(ok("--db", str(db), "score", str(number), "--json").stdout)

    before = fingerprint(db)
    from_file = json.loads(ok("--db", str(db), "score", str(exported), "--json").stdout)
    assert from_file == from_db
    assert fingerprint(db) == before

    # With a database that does not exist, scoring a file does not create one.
    untouched = tmp_path / "never-created.sqlite"
    assert (
        json.loads(ok("--db", str(untouched), "score", str(exported), "--json").stdout) == from_db
    )
    assert not untouched.exists()


def test_score_a_bad_file(tmp_path):
    bad = tmp_path / "bad.wen.json"
    bad.write_text('{"format": "wen-assess/assessment", "format_version": 7}', encoding="utf-8")
    result = run("--db", str(tmp_path / "x.sqlite"), "score", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr and "newer" in result.stderr


# ---- export and import -----------------------------------------------------------------------


def test_export_then_import_into_another_database(db, tmp_path):
    number = id_of(db, "HAWEN", 2024)
    target = tmp_path / "out" / "hawen.wen.json"
    result = ok("--db", str(db), "export", str(number), "-o", str(target))
    assert "exported HAWEN" in result.stdout and "checked by reading it back" in result.stdout
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "wen-assess/assessment" and doc["format_version"] == 1

    other = tmp_path / "other.sqlite"
    result = ok("--db", str(other), "import", str(target))
    assert result.stdout.startswith(f"{target}: imported as #1: HAWEN")
    [row] = listing(other)
    assert row["uuid"] == doc["assessment"]["uuid"]

    source, copy = open_service(db), open_service(other)
    assert copy.get(1).record == source.get(number).record
    assert copy.result(1) == source.result(number)
    source.database.close()
    copy.database.close()
    assert json.loads(ok("--db", str(other), "score", "1", "--json").stdout) == json.loads(
        ok("--db", str(db), "score", str(number), "--json").stdout
    )

    again = ok("--db", str(other), "import", str(target))
    assert f"{target}: already present" in again.stdout
    assert len(listing(other)) == 1


def test_export_needs_an_assessment_in_the_database(db, tmp_path):
    exported = tmp_path / "a.wen.json"
    ok("--db", str(db), "export", str(id_of(db, "SAWEN", 2025)), "-o", str(exported))
    result = run("--db", str(db), "export", str(exported), "-o", str(tmp_path / "b.wen.json"))
    assert result.returncode == 1
    assert "export takes an assessment in the database" in result.stderr
    result = run("--db", str(db), "export", "424242", "-o", str(tmp_path / "c.wen.json"))
    assert result.returncode == 1
    assert "no assessment '424242'" in result.stderr
    assert not (tmp_path / "b.wen.json").exists() and not (tmp_path / "c.wen.json").exists()


def test_export_onto_a_folder_is_refused(db, tmp_path):
    folder = tmp_path / "taken.wen.json"
    folder.mkdir()
    result = run("--db", str(db), "export", "1", "-o", str(folder))
    assert result.returncode == 1
    assert str(folder) in result.stderr and "cannot write it" in result.stderr


def test_import_of_a_bad_file_names_the_file_and_the_problem(db, tmp_path):
    good = tmp_path / "good.wen.json"
    ok("--db", str(db), "export", str(id_of(db, "SAWEN", 2025)), "-o", str(good))
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["assessment"]["uuid"] = "0b7c6a52-8a1d-4c1e-9a53-1f2f0c3d4e5f"
    doc["assessment"]["answers"][0]["level"] = 9
    bad = tmp_path / "bad level.wen.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = fingerprint(db)

    result = run("--db", str(db), "import", str(bad))
    assert result.returncode == 1
    assert f"{bad}: rejected" in result.stderr
    assert "level 9 is not on the scale" in result.stderr
    assert result.stdout == ""
    assert fingerprint(db) == before

    garbage = tmp_path / "garbage.wen.json"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run("--db", str(db), "import", str(good), str(garbage), str(tmp_path / "none.json"))
    assert result.returncode == 1
    assert f"{good}: already present" in result.stdout
    assert f"{garbage}: rejected: not an assessment file (not UTF-8 text)" in result.stderr
    assert f"{tmp_path / 'none.json'}: rejected: no such file" in result.stderr
    assert "0 imported, 1 already present, 2 rejected" in result.stdout
    assert len(listing(db)) == 5


def test_import_of_good_and_bad_files_keeps_the_good_ones(db, tmp_path):
    good = tmp_path / "good.wen.json"
    ok("--db", str(db), "export", str(id_of(db, "ASEAN-WEN", 2025)), "-o", str(good))
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["assessment"]["uuid"] = "7d1e5a3c-3f4b-4c2d-8e9f-0a1b2c3d4e5f"
    fresh = tmp_path / "fresh.wen.json"
    fresh.write_text(json.dumps(doc), encoding="utf-8")
    empty = tmp_path / "empty.wen.json"
    empty.write_text("", encoding="utf-8")
    result = run("--db", str(db), "import", str(fresh), str(empty))
    assert result.returncode == 1
    assert f"{fresh}: imported as #6" in result.stdout
    assert f"{empty}: rejected: not valid JSON (line 1, column 1" in result.stderr
    assert "1 imported, 0 already present, 1 rejected" in result.stdout
    assert len(listing(db)) == 6


# ---- delete ----------------------------------------------------------------------------------


def test_delete_without_yes_and_without_a_terminal_refuses(db):
    number = id_of(db, "CAR-WEN", 2025)
    before = fingerprint(db)
    result = run("--db", str(db), "delete", str(number))
    assert result.returncode == 1
    assert "add --yes" in result.stderr
    assert fingerprint(db) == before
    assert len(listing(db)) == 5


def test_delete_with_yes_removes_it_and_its_rows(db):
    number = id_of(db, "HAWEN", 2024)
    result = ok("--db", str(db), "delete", str(number), "--yes")
    assert result.stdout.strip() == f"deleted #{number} HAWEN — [Demo] HAWEN re-assessment 2024"
    rows = json.loads(ok("--db", str(db), "list", "--json").stdout)
    assert len(rows) == 4 and number not in [r["id"] for r in rows]
    service = open_service(db)
    with service.database.engine.connect() as connection:
        for table in ("answer", "participant", "area_target", "plan_action"):
            orphans = connection.execute(
                text(f"SELECT count(*) FROM {table} WHERE assessment_id = :n"), {"n": number}
            ).scalar_one()
            assert orphans == 0, table
    service.database.close()
    again = run("--db", str(db), "delete", str(number), "-y")
    assert again.returncode == 1
    assert f"no assessment '{number}'" in again.stderr


def test_delete_by_uuid_prefix(db):
    row = next(r for r in listing(db) if r["network"] == "CAR-WEN")
    ok("--db", str(db), "delete", row["uuid"][:8], "-y")
    assert row["uuid"] not in [r["uuid"] for r in listing(db)]


def test_delete_an_unknown_assessment(db):
    before = fingerprint(db)
    result = run("--db", str(db), "delete", "77", "--yes")
    assert result.returncode == 1
    assert result.stderr.strip() == "wen-assess: no assessment '77' (see `wen-assess list`)"
    assert fingerprint(db) == before


# ---- the database itself ---------------------------------------------------------------------


CORRUPT = {
    "random-bytes": os.urandom(8192),
    "sqlite-header-then-garbage": b"SQLite format 3\x00" + bytes(range(256)) * 32,
    "text": b"This is my shopping list, not a database\n" * 100,
}


@pytest.mark.parametrize(
    "kind, command",
    [("random-bytes", c) for c in (["list"], ["show", "1"], ["demo"], ["import", "x.wen.json"],
                                   ["delete", "1", "-y"], ["export", "1", "-o", "x.wen.json"])]
    + [("sqlite-header-then-garbage", ["list"]), ("text", ["list"])],
)  # fmt: skip
def test_a_corrupt_database_gives_a_clear_message_and_is_left_alone(tmp_path, kind, command):
    content = CORRUPT[kind]
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(content)
    result = run("--db", str(corrupt), *command, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"wen-assess: {corrupt} ")
    assert "left unchanged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert corrupt.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corrupt.sqlite"]


def test_the_environment_variable_chooses_the_database(tmp_path):
    chosen = tmp_path / "from-env.sqlite"
    env = {**os.environ, "WEN_ASSESS_DB": str(chosen)}
    ok("demo", env=env)
    assert chosen.exists()
    assert len(json.loads(ok("list", "--json", env=env).stdout)) == 5
    # --db wins over the variable.
    other = tmp_path / "other.sqlite"
    assert json.loads(ok("--db", str(other), "list", "--json", env=env).stdout) == []
    assert json.loads(ok("list", "--json", "--db", str(other), env=env).stdout) == []
    assert len(json.loads(ok("list", "--json", env=env).stdout)) == 5


def test_without_db_or_variable_the_user_data_folder_is_used(tmp_path):
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "WEN_ASSESS_DB"}
    env["WEN_ASSESS_DATA_DIR"] = str(data)
    ok("demo", env=env)
    assert (data / "assessments.sqlite").exists()


@pytest.mark.parametrize("answer, deleted", [("n", False), ("", False), ("yes", True)])
def test_delete_asks_at_a_terminal(db, answer, deleted):
    # A real pseudo-terminal: test_cli_smoke.py.
    number = id_of(db, "CAR-WEN", 2025)
    result = run("--db", str(db), "delete", str(number), typed=f"{answer}\n")
    assert f"Delete #{number} CAR-WEN — [Demo] CAR-WEN readiness checklist 2025? [y/N]" in (
        result.stdout
    )
    remaining = [r["id"] for r in listing(db)]
    if deleted:
        assert result.returncode == 0 and f"deleted #{number}" in result.stdout
        assert number not in remaining
    else:
        assert result.returncode == 1 and "nothing deleted" in result.stdout
        assert number in remaining
