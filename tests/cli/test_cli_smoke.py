"""The real program in its own process, for what an in-process run cannot show.

The entry point as installed (`python -m wen_assess`), the environment of a new process, a
lock held by another program and a real terminal. Everything else about the commands is
checked in-process (tests/cli_runner.py), which is much faster.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli, run_process

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import open_database
from wen_assess.storage.service import AssessmentService


def no_traceback(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert "Traceback" not in result.stderr, result.stderr
    assert "unexpected error" not in result.stderr, result.stderr
    return result


def titles(db: Path) -> dict[str, int]:
    service = AssessmentService(open_database(db), default_registry())
    try:
        return {s.title: s.id for s in service.list_summaries()}
    finally:
        service.database.close()


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "library.sqlite"
    assert run_cli("--db", str(path), "demo").returncode == 0
    return path


def test_demo_export_and_import_as_separate_programs(tmp_path):
    chosen, other = tmp_path / "from-env.sqlite", tmp_path / "other.sqlite"
    env = {**os.environ, "WEN_ASSESS_DB": str(chosen)}
    added = no_traceback(run_process("demo", env=env))
    assert added.returncode == 0 and added.stdout.count("added [Demo]") == 5
    assert chosen.exists()  # the variable chose the database

    exported = tmp_path / "one.wen.json"
    result = no_traceback(run_process("--db", str(chosen), "export", "1", "-o", str(exported)))
    assert result.returncode == 0 and "checked by reading it back" in result.stdout
    result = no_traceback(run_process("--db", str(other), "import", str(exported)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{exported}: imported as #1: HAWEN")
    assert list(titles(other)) == ["[Demo] HAWEN self-assessment 2022"]


# The app's own wait for a lock, shortened in the child: what matters is that it gives up with
# a message, not how long it waits.
SHORT_BUSY_TIMEOUT = (
    "import sys, wen_assess.storage.database as database; database.BUSY_TIMEOUT_MS = 50; "
    "from wen_assess.launcher import main; sys.exit(main(sys.argv[1:]))"
)


def test_import_while_another_program_holds_the_database(db, tmp_path):
    exported = tmp_path / "a.wen.json"
    sawen = titles(db)["[Demo] SAWEN self-assessment 2025 (workshop in progress)"]
    assert run_cli("--db", str(db), "export", str(sawen), "-o", str(exported)).returncode == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["assessment"]["uuid"] = "5c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6"
    fresh = tmp_path / "fresh.wen.json"
    fresh.write_text(json.dumps(doc), encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = subprocess.run(
            [sys.executable, "-c", SHORT_BUSY_TIMEOUT, "--db", str(db), "import", str(fresh)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            stdin=subprocess.DEVNULL,
            timeout=60,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert "unexpected error" not in result.stderr
    assert str(fresh) in result.stderr
    assert "another program is holding the database" in result.stderr
    assert len(titles(db)) == 5


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_delete_asks_at_a_real_terminal(db):
    import pty

    title = "[Demo] CAR-WEN readiness checklist 2025"
    number = titles(db)[title]
    controller, terminal = pty.openpty()
    try:
        os.write(controller, b"yes\n")
        result = run_process("--db", str(db), "delete", str(number), stdin=terminal)
    finally:
        os.close(terminal)
        os.close(controller)
    assert "Traceback" not in result.stderr
    assert f"Delete #{number} CAR-WEN — {title}? [y/N]" in result.stdout
    assert result.returncode == 0 and f"deleted #{number}" in result.stdout
    assert title not in titles(db)
