"""Batch import as real `wen-assess import` processes: killed half-way, and three at once.

- Killed with SIGKILL at random points, a batch has printed a line for every file it
  imported, and each of those is in the database; running the same batch again finishes the
  job, saying "already in the database" for what was done.
- Three processes importing the same files at the same moment: each file is imported once,
  the others say it is already there; no process crashes or stops at the first collision.
"""

from __future__ import annotations

import copy
import json
import random
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from cli_runner import run_cli

FILES = 30


def command(db: Path, files: list[Path]) -> list[str]:
    return [sys.executable, "-m", "wen_assess", "--db", str(db), "import", *map(str, files)]


def stored_uuids(db: Path) -> set[str]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT uuid FROM assessment")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def exported_once(tmp_path_factory) -> dict:  # type: ignore[type-arg]
    """A demo assessment as `wen-assess export` writes it, made once for the module."""
    folder = tmp_path_factory.mktemp("source")
    demos = folder / "demos.sqlite"
    with pytest.MonkeyPatch.context() as patch:  # its own data folder, like every test
        patch.setenv("WEN_ASSESS_DATA_DIR", str(folder / "data"))
        patch.setenv("WEN_ASSESS_USER", "Test user")
        assert run_cli("--db", str(demos), "demo").returncode == 0
        source = folder / "source.wen.json"
        assert run_cli("--db", str(demos), "export", "1", "-o", str(source)).returncode == 0
    return json.loads(source.read_text(encoding="utf-8"))


@pytest.fixture
def batch(tmp_path, exported_once) -> tuple[Path, list[Path], dict[Path, str]]:
    """An empty database and FILES valid assessment files, each with its own uuid."""
    doc = copy.deepcopy(exported_once)
    files, uuids = [], {}
    for n in range(FILES):
        doc["assessment"]["uuid"] = str(uuid.UUID(int=n + 1, version=4))
        path = tmp_path / f"file-{n:02d}.wen.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        files.append(path)
        uuids[path] = doc["assessment"]["uuid"]
    db = tmp_path / "target.sqlite"
    assert run_cli("--db", str(db), "list").returncode == 0  # created, as a user would have it
    return db, files, uuids


def _printed(lines: list[str], status: str) -> set[str]:
    return {line.split(": ", 1)[0] for line in lines if f": {status}" in line}


def test_a_killed_batch_has_said_what_it_imported_and_a_rerun_finishes_it(batch):
    db, files, uuids = batch
    rng = random.Random(20261129)
    imported: set[str] = set()
    for _kill in range(3):
        process = subprocess.Popen(
            command(db, files), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        lines = []
        stop_after = rng.randrange(0, FILES // 2)
        assert process.stdout is not None
        while len(lines) <= stop_after and (line := process.stdout.readline()):
            lines.append(line.rstrip("\n"))
        process.kill()  # SIGKILL: no clean-up of any kind
        rest, errors = process.communicate()
        lines += rest.splitlines()
        assert "Traceback" not in errors, errors
        newly = _printed(lines, "imported as")
        assert not newly & imported  # a file is imported once, whatever the kills
        imported |= newly
        present = stored_uuids(db)
        # Every file the batch said it imported is in the database.
        assert {uuids[Path(p)] for p in imported} <= present
    final = subprocess.run(command(db, files), capture_output=True, text=True, timeout=60)
    assert final.returncode == 0, final.stderr
    lines = final.stdout.splitlines()
    assert len(lines) == FILES + 1 and lines[-1].endswith(", 0 rejected")
    again = _printed(lines, "imported as")
    duplicates = _printed(lines, "already present")
    assert imported <= duplicates  # what the killed runs said they did, they did
    assert again | duplicates == {str(f) for f in files} and not again & duplicates
    assert stored_uuids(db) == set(uuids.values())


def test_three_processes_importing_the_same_files_import_each_once(batch):
    db, files, uuids = batch
    processes = [
        subprocess.Popen(
            command(db, files), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    results = [(p.wait(timeout=60), *p.communicate()) for p in processes]
    imported: list[str] = []
    for code, out, err in results:
        assert code == 0, err
        assert err == "", err  # no "UNIQUE constraint failed", no SQL
        lines = out.splitlines()
        assert len(lines) == FILES + 1  # every file tried: one line each, then the summary
        imported += _printed(lines, "imported as")
        assert len(_printed(lines, "imported as") | _printed(lines, "already present")) == FILES
    assert sorted(imported) == sorted(str(f) for f in files)  # each exactly once in all
    assert stored_uuids(db) == set(uuids.values())
