"""The name changes are recorded under is accepted only if the history can give it back: a
name longer than a record's names (500 characters) used to be saved with every change, then
refused by every export and history of the assessment (a raw Pydantic error, exit 70)."""

from __future__ import annotations

import json
import os

from cli_runner import run_cli

from wen_assess.vocabulary import SHORT_TEXT_MAX

TOO_LONG = "W" * (SHORT_TEXT_MAX + 1)


def test_a_name_too_long_for_the_history_is_refused_before_anything_is_written(tmp_path):
    db = tmp_path / "a.sqlite"
    result = run_cli("--db", str(db), "--user", TOO_LONG, "demo")
    assert result.returncode == 1
    assert "the name given by --user has 501 characters; a name has at most 500" in result.stderr
    assert "Traceback" not in result.stderr
    assert run_cli("--db", str(db), "list").stdout.count("HAWEN") == 0  # nothing imported

    env = {**os.environ, "WEN_ASSESS_USER": TOO_LONG}
    result = run_cli("--db", str(db), "demo", env=env)
    assert result.returncode == 1
    assert result.stderr.count("WEN_ASSESS_USER has 501 characters") == 1  # said once
    assert run_cli("--db", str(db), "list").stdout.count("HAWEN") == 0


def test_the_longest_name_accepted_is_given_back_by_the_history_and_the_export(tmp_path):
    db, out = tmp_path / "a.sqlite", tmp_path / "hawen.wen.json"
    longest = "W" * SHORT_TEXT_MAX
    assert run_cli("--db", str(db), "--user", f"  {longest} ", "demo").returncode == 0
    shown = run_cli("--db", str(db), "history", "1")
    assert shown.returncode == 0 and "WWW… (500 characters): imported from" in shown.stdout
    assert run_cli("--db", str(db), "export", "1", "-o", str(out)).returncode == 0
    history = json.loads(out.read_text(encoding="utf-8"))["assessment"]["history"]
    assert history and all(entry["by"] == longest for entry in history)
