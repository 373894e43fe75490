"""The command line as a user runs it: its output and exit code.

In-process (tests/cli_runner.py), except the version: the one check of `python -m wen_assess`.
"""

import json

from cli_runner import Result, run_cli, run_process

from wen_assess import __version__
from wen_assess.paths import questionnaires_dir


def run(*args: str, cwd=None) -> Result:
    return run_cli(*args, cwd=cwd)


def test_version():
    result = run_process("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"wen-assess {__version__}"


def test_questionnaires_lists_both(tmp_path):
    result = run("questionnaires", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "iccwc-wen-g2  v1.0" in result.stdout
    assert "47 items in 5 areas: MEM GOV FIN SUP DEL" in result.stdout
    assert "18 items in 6 areas: CTX MEM GOV FIN SUP DEL" in result.stdout


def test_questionnaires_json():
    result = run("questionnaires", "--json")
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["iccwc-wen-g2"]["items"] == 47
    assert rows["iccwc-wen-g2"]["areas"] == ["MEM", "GOV", "FIN", "SUP", "DEL"]
    assert rows["iccwc-wen-g1"]["items"] == 18
    assert "not official ICCWC text" in rows["iccwc-wen-g1"]["provenance"]


def test_validate_good_file():
    result = run("validate", str(questionnaires_dir() / "iccwc-wen-g2.yaml"))
    assert result.returncode == 0
    assert result.stdout.strip().endswith(
        "valid: iccwc-wen-g2 v1.0, 47 items in 5 areas (MEM GOV FIN SUP DEL)"
    )


def test_validate_is_silent_about_languages_for_a_fully_translated_file():
    result = run("validate", str(questionnaires_dir() / "iccwc-wen-g1.yaml"))
    assert result.returncode == 0
    assert "valid: iccwc-wen-g1 v1.0" in result.stdout
    assert result.stderr == ""


def test_validate_warns_which_texts_lack_which_language_but_accepts_the_file(tmp_path):
    import yaml

    from wen_assess.questionnaire import load_questionnaire
    from wen_assess.questionnaire.language import texts

    data = yaml.safe_load((questionnaires_dir() / "iccwc-wen-g1.yaml").read_text("utf-8"))
    english = _english_only(data)
    english["title"] = {"en": "Our checklist", "pt": "A nossa lista"}
    mine = tmp_path / "ours.yaml"
    mine.write_text(
        yaml.dump(english, Dumper=yaml.CSafeDumper, allow_unicode=True), encoding="utf-8"
    )

    # Every text but the "Not applicable" label, which the format supplies in all languages.
    n = sum(1 for _ in texts(load_questionnaire(mine).questionnaire)) - 1
    assert n > 100

    result = run("validate", str(mine))
    assert result.returncode == 0, result.stderr
    assert "valid: iccwc-wen-g1 v1.0, 18 items in 6 areas" in result.stdout
    lines = result.stderr.splitlines()
    assert [line.split(": ")[2].split(" (")[0] for line in lines] == [
        f"{n} texts have no fr",
        f"{n} texts have no es",
        f"{n - 1} texts have no pt",  # the title has Portuguese
    ]
    assert all(line.startswith(f"warning: {mine}: ") for line in lines)
    assert "(French; English is shown instead): title, description, provenance," in lines[0]
    assert f"… and {n - 5} more" in lines[0]
    assert "(Portuguese; English is shown instead): description, provenance," in lines[2]


def _english_only(value):
    """A questionnaire as a user writes one in English: every text a plain string."""
    if isinstance(value, dict):
        if "en" in value and set(value) <= {"en", "fr", "es", "pt"}:
            return value["en"]
        return {key: _english_only(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_english_only(v) for v in value]
    return value


def test_validate_reports_all_problems_without_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    text = (questionnaires_dir() / "iccwc-wen-g2.yaml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace("not_applicable: true", "not_applicable: perhaps").replace(
            "critical: true", "critical: 7", 1
        ),
        encoding="utf-8",
    )
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(bytes(range(256)) * 10)
    result = run("validate", str(bad), str(binary), str(tmp_path / "missing.yaml"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{bad}: invalid, 2 problems" in result.stderr
    assert "scale.not_applicable" in result.stderr
    assert "(G2-MEM-04).critical" in result.stderr
    assert f"{binary}: this is a binary file" in result.stderr
    assert "no such file" in result.stderr


def test_no_command_and_db_only_go_straight_to_the_app(monkeypatch):
    from pathlib import Path

    from wen_assess import launcher

    opened = []
    monkeypatch.setattr(launcher, "_run_app", lambda db, files=(): opened.append(db) or 0)
    assert launcher.main([]) == 0
    assert launcher.main(["--db", "x.sqlite"]) == 0
    assert launcher.main(["--db=y.sqlite"]) == 0
    assert opened == [None, Path("x.sqlite"), Path("y.sqlite")]
