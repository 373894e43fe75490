"""The app folder's contents, checked against the repository without building it.

packaging/layout.py is what the PyInstaller spec collects; the smoke test
(packaging/smoke_test.py, run by .ci/run) checks the built folder itself.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest
from alembic import command
from packaging.requirements import Requirement

from wen_assess.storage.database import HEAD_REVISION, alembic_config

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"


def _load_layout():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bundle_layout", PACKAGING / "layout.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = _load_layout()


def _collected() -> set[str]:
    return {f"{dest}/{Path(source).name}" for source, dest in layout.data_files()}


@pytest.mark.parametrize("tree", ["questionnaires", "resources"])
def test_every_file_of_the_data_trees_is_collected_where_the_app_looks(tree):
    # Where wen_assess.paths looks in an installed package: wen_assess/_data/<tree>.
    files = [p for p in (REPO / tree).rglob("*") if p.is_file()]
    assert files
    collected = _collected()
    for path in files:
        assert f"wen_assess/_data/{tree}/{path.relative_to(REPO / tree).as_posix()}" in collected


def test_a_file_added_later_is_collected_too(tmp_path):
    # Translations (.qm files) will come under resources/: nothing to list by hand.
    for tree in ("questionnaires", "resources", "wen_assess/storage/migrations"):
        (tmp_path / tree).mkdir(parents=True)
    (tmp_path / "resources" / "i18n").mkdir()
    (tmp_path / "resources" / "i18n" / "wen_fr.qm").write_bytes(b"qm")
    pairs = layout.data_files(tmp_path)
    assert (str(tmp_path / "resources/i18n/wen_fr.qm"), "wen_assess/_data/resources/i18n") in pairs


def test_every_migration_script_travels_as_a_file_for_alembic():
    migrations = REPO / "wen_assess" / "storage" / "migrations"
    scripts = [p for p in migrations.rglob("*") if p.is_file() and p.suffix in {".py", ".mako"}]
    assert any(p.parent.name == "versions" for p in scripts)
    collected = _collected()
    for path in scripts:
        assert path.relative_to(REPO).as_posix() in collected
    assert not any("__pycache__" in name for name in collected)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_fr.qm", False),
        ("PySide6/Qt/translations/assistant_fr.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),  # the Windows wheel's layout
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6Pdf.dll", False),
        ("libcairo.so.2", False),
        ("wen_assess/_data/resources/fonts/DejaVuSans.ttf", True),
    ],
)
def test_only_the_qt_parts_the_app_uses_are_kept(dest, kept):
    assert layout.keep(dest) is kept


def test_test_tools_and_tkinter_are_left_out():
    for module in ("pytest", "hypothesis", "tkinter", "PySide6.QtQml", "PySide6.QtPdf"):
        assert module in layout.EXCLUDED_MODULES


def _pins() -> dict[str, str]:
    pins = {}
    for line in (PACKAGING / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[_normal(name)] = version
    return pins


def _normal(name: str) -> str:
    return name.lower().replace("_", "-")


def test_every_dependency_of_the_app_is_pinned_within_its_bounds():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _pins()
    wanted = project["dependencies"] + project["optional-dependencies"]["bundle"]
    for requirement in map(Requirement, wanted):
        name = _normal(requirement.name)
        assert name in pins, f"{name} is not pinned in packaging/constraints.txt"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} vs {requirement}"
    assert "shiboken6" in pins  # PySide6's binding runtime must match it exactly
    assert pins["shiboken6"] == pins["pyside6-essentials"]


def _schema(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        return [" ".join(sql.split()) for (sql,) in rows]
    finally:
        conn.close()


def test_the_smoke_tests_old_database_is_what_revision_0001_wrote(tmp_path):
    # The smoke test opens this file with the built app, to run the migrations frozen.
    fixture = tmp_path / "fixture.sqlite"
    conn = sqlite3.connect(fixture)
    try:
        conn.executescript((PACKAGING / "smoke" / "revision-0001.sql").read_text("utf-8"))
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    migrated = tmp_path / "migrated.sqlite"
    command.upgrade(alembic_config(f"sqlite:///{migrated}"), "0001")
    assert revision == "0001" != HEAD_REVISION
    assert _schema(fixture) == _schema(migrated)


def test_babel_stays_out_of_the_app_folder():
    """Babel builds the catalogs and formats.json; the app writes dates and numbers from
    formats.json, so none of Babel's 35 MB of CLDR data travels."""
    from wen_assess.vocabulary import LANGUAGES

    for name in ("root", *LANGUAGES, "de"):
        assert not layout.keep(f"babel/locale-data/{name}.dat"), name
    assert not layout.keep("babel/global.dat")
    assert layout.keep("wen_assess/locale/formats.json")
