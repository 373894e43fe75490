"""Smoke-test a built app folder as a user without Python would run it.

Uses only the standard library, so any `python3` can run it (not the project's venv):
    python3 packaging/smoke_test.py dist/wen-assess
The app runs with a clean environment: a temporary HOME, a PATH without the project's Python,
and data and output paths with spaces and non-ASCII letters. Exits non-zero on the first
failure, saying what failed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WINDOWS = sys.platform == "win32"
# What Windows programs need from the environment to start at all.
_WINDOWS_KEEP = (
    "SYSTEMROOT",
    "WINDIR",
    "COMSPEC",
    "PATHEXT",
    "TEMP",
    "TMP",
    "APPDATA",
    "LOCALAPPDATA",
    "USERPROFILE",
    "HOMEDRIVE",
    "HOMEPATH",
)


class SmokeFailure(Exception):
    pass


def clean_env(home: Path) -> dict[str, str]:
    if WINDOWS:
        env = {key: os.environ[key] for key in _WINDOWS_KEEP if key in os.environ}
        env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
    else:
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return env


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        timeout=120,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    if result.returncode != 0:
        raise SmokeFailure(
            f"`wen-assess {' '.join(args)}` exited {result.returncode}\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}"
        )
    return result.stdout


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def pdf_text(path: Path) -> str | None:
    """The PDF's text with pdftotext, or None when poppler is not installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    return subprocess.run(
        [tool, str(path), "-"], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout


def check_pdf(path: Path, *phrases: str) -> None:
    data = path.read_bytes()
    check(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], f"{path.name} is not a PDF")
    text = pdf_text(path)
    if text is not None:
        flat = " ".join(text.split())
        for phrase in phrases:
            check(phrase in flat, f"{path.name} does not say {phrase!r}")


def bundled_data(folder: Path) -> Path:
    return folder / "_internal" / "wen_assess" / "_data"


def check_contents(folder: Path) -> None:
    """Every file of the repository's questionnaires/ and resources/ is in the bundle."""
    for tree in ("questionnaires", "resources"):
        for source in (REPO / tree).rglob("*"):
            if source.is_file():
                copy = bundled_data(folder) / tree / source.relative_to(REPO / tree)
                check(
                    copy.is_file(),
                    f"missing from the bundle: {tree}/{source.relative_to(REPO / tree)}",
                )
    # ReportLab imports its compiled helpers from a string, which PyInstaller cannot follow:
    # without the spec's hidden import the reports would silently take the slower pure path.
    check(any(folder.rglob("_rl_accel*")), "missing from the bundle: ReportLab's _rl_accel")


def smoke(folder: Path) -> list[str]:
    exe = folder / ("wen-assess.exe" if WINDOWS else "wen-assess")
    check(exe.is_file(), f"no executable at {exe}")
    done = []
    check_contents(folder)
    done.append("bundle holds every file of questionnaires/ and resources/, and _rl_accel")
    with tempfile.TemporaryDirectory(prefix="wen smoke ") as tmp:
        root = Path(tmp)
        home = root / "home"
        home.mkdir()
        env = clean_env(home)
        work = root / "Zoë Ngũ data" / "é"  # spaces and non-ASCII, as on many user names
        work.mkdir(parents=True)

        out = run(exe, "--version", env=env, cwd=work)
        check(out.startswith("wen-assess "), f"--version printed {out!r}")
        done.append(out.strip())
        out = run(exe, "questionnaires", env=env, cwd=work)
        for questionnaire in ("iccwc-wen-g2  v1.0", "iccwc-wen-g1  v1.0"):
            check(questionnaire in out, f"questionnaires does not list {questionnaire}")
        done.append("questionnaires: both bundled questionnaires listed")

        # The app window, offscreen, to its "window shown" line (default data folder).
        started = time.perf_counter()
        out = run(
            exe,
            env={**env, "QT_QPA_PLATFORM": "offscreen", "WEN_ASSESS_EXIT_AFTER_START": "1"},
            cwd=work,
        )
        check("window shown" in out, f"the app did not show its window: {out!r}")
        done.append(f"desktop app started offscreen ({time.perf_counter() - started:.1f} s)")
        if not WINDOWS:
            default_db = next(home.rglob("assessments.sqlite"), None)
            check(default_db is not None, "no database in the user's data folder under HOME")
            done.append(f"data folder: {default_db.parent.relative_to(home)} under HOME")

        # The CLI on a database at a path with spaces and non-ASCII letters.
        db = work / "assessments.sqlite"
        out = run(exe, "demo", "--db", str(db), env=env, cwd=work)
        check(out.count("added") >= 5, f"demo added too few assessments: {out!r}")
        report = work / "rapport Zoë.pdf"
        run(exe, "report", "1", "--db", str(db), "-o", str(report), env=env, cwd=work)
        check_pdf(report, "HAWEN")
        done.append("demo + report: PDF written" + (" and read back" if pdf_text(report) else ""))
        # In French: the bundled catalogs, formats.json and the script fonts are there.
        rapport = work / "rapport fr.pdf"
        french = ("report", "1", "--lang", "fr", "--db", str(db), "-o", str(rapport))
        run(exe, *french, env=env, cwd=work)
        check_pdf(rapport, "Synthèse", "7 décembre 2022")
        done.append("report in French (catalogs, date and number formats)")
        compare = work / "comparaison.pdf"
        run(exe, "compare", "1", "4", "--db", str(db), "-o", str(compare), env=env, cwd=work)
        check_pdf(compare)
        done.append("compare: PDF written")

        exported = work / "échange" / "hawen.wen.json"
        exported.parent.mkdir()
        run(exe, "export", "1", "--db", str(db), "-o", str(exported), env=env, cwd=work)
        other = work / "autre base" / "assessments.sqlite"
        run(exe, "import", str(exported), "--db", str(other), env=env, cwd=work)
        listed = run(exe, "list", "--db", str(other), env=env, cwd=work)
        check("HAWEN self-assessment 2022" in listed, f"the import did not arrive: {listed!r}")
        done.append("export + import round trip")

        done.append(upgrade_old_database(exe, env, work))
        if pg_url := os.environ.get("WEN_ASSESS_SMOKE_PG_URL"):
            done.append(copy_to_server(exe, env, work, db, pg_url))
    return done


def copy_to_server(exe: Path, env: dict[str, str], work: Path, db: Path, url: str) -> str:
    """The bundled PostgreSQL driver: the demo library copied into an empty server database,
    then listed from there; the password never printed."""
    password = url.rsplit("@", 1)[0].rsplit(":", 1)[-1]
    try:
        out = run(exe, "copy", "--from", str(db), "--to", url, env=env, cwd=work)
        listed = run(exe, "list", "--db", url, env=env, cwd=work)
    except SmokeFailure as failure:  # its message repeats the command line: hide the password
        raise SmokeFailure(str(failure).replace(password, "***")) from None
    check("HAWEN self-assessment 2022" in listed, f"the copy did not arrive: {listed!r}")
    check(password not in out + listed, "a command printed the database password")
    return "copy to a PostgreSQL server and list from it (bundled driver)"


def upgrade_old_database(exe: Path, env: dict[str, str], work: Path) -> str:
    """A database written by an older release (revision 0001) opens: backed up and migrated.

    This runs Alembic's migration scripts inside the frozen app, which loads them from files.
    """
    old = work / "ancienne" / "assessments.sqlite"
    old.parent.mkdir()
    conn = sqlite3.connect(old)
    try:
        conn.executescript((HERE / "smoke" / "revision-0001.sql").read_text(encoding="utf-8"))
    finally:
        conn.close()
    listed = run(exe, "list", "--db", str(old), env=env, cwd=work)
    check("Baseline 2023" in listed, f"the old assessment is not listed: {listed!r}")
    conn = sqlite3.connect(old)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    check(revision != "0001", "the old database was not upgraded")
    backups = [p for p in old.parent.iterdir() if p != old and "0001" in p.name]
    check(bool(backups), f"no backup beside the upgraded database: {list(old.parent.iterdir())}")
    return f"database at revision 0001 backed up and upgraded to {revision}"


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "dist" / "wen-assess").resolve()
    try:
        for line in smoke(folder):
            print(f"ok  {line}")
    except SmokeFailure as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
