"""What goes into the app folder: one description shared by the spec and the tests.

Pure Python with no PyInstaller import, so `tests/test_bundle_contents.py` can check it
against the repository tree without building anything.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent
APP_NAME = "wen-assess"
# Windows gets a second, windowed executable for the Start menu (no console window flashing);
# both share one runtime in the same folder. Elsewhere one executable does both jobs.
GUI_NAME = "wen-assess-gui"

# The folders the installed wheel carries in wen_assess/_data (pyproject.toml); the bundle
# carries them at the same place, so wen_assess.paths resolves them the same way.
DATA_TREES = {
    "questionnaires": "wen_assess/_data/questionnaires",
    "resources": "wen_assess/_data/resources",
}
# Alembic loads env.py and the revision scripts from files at run time (script_location),
# so they travel as files, beside the package's compiled modules.
MIGRATIONS = ("wen_assess/storage/migrations", "wen_assess/storage/migrations")
# gettext reads the compiled report catalogs (.mo) from files.
CATALOGS = ("wen_assess/locale", "wen_assess/locale")
# Qt reads the interface's compiled translations (.qm) from files; their .ts sources stay out.
UI_CATALOGS = ("wen_assess/ui/translations", "wen_assess/ui/translations")

# Qt's own texts (buttons of standard dialogs...) in the languages the app offers.
QT_LANGUAGES = ("en", "fr", "es", "pt", "pt_BR", "pt_PT")

# Plugin folders the app needs, and within them the plugins to keep (None: all of them).
# Widgets only: no QML/Quick, WebEngine, 3D, multimedia, PDF, SVG, network or printing.
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # offscreen: tests and the smoke test; minimal: headless scripts; the rest: the desktop.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    # Native file dialogs through the desktop portal. Not the GTK theme: it would drag in
    # GTK, Cairo and Pango from the build machine (~10 MB) for a look the Fusion style gives.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Typing accented letters with a compose key or an input method (Linux).
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "styles": None,  # the native look on Windows (qmodernwindowsstyle) and macOS
    "imageformats": frozenset({"qico", "qjpeg", "qgif"}),
    "wayland-decoration-client": None,
    "wayland-shell-integration": None,
    "wayland-graphics-integration-client": None,
}

# Modules the app never uses that PyInstaller would otherwise follow from its dependencies.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "ensurepip",
    "venv",
    "unittest",
    "doctest",
    "pdb",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "jsonschema",
    "ruff",
    "importlinter",
    "grimp",
    "build",
    "alembic.testing",
    "sqlalchemy.testing",
    "mako.testing",
    "IPython",
    "numpy",
    "matplotlib",
    "pygments",
    "rich",
    "click",
    "typer",
    "markdown_it",
    # ssl stays: the PostgreSQL driver imports it (a shared database is reached over TLS).
    "xmlrpc",
    "ftplib",
    "http.server",
    "multiprocessing",
    "concurrent.futures.process",
    # Pillow: ReportLab imports PIL.Image at start-up, but the app puts no bitmap in a report
    # or a workbook: its codecs for AVIF, WebP, fonts and colour profiles stay out (~10 MB).
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL._imagingmath",
    "PIL._imagingmorph",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL.ImageFont",
    "PIL.ImageCms",
    "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin",
    "setuptools",
    "pkg_resources",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtNetwork",
    "PySide6.QtPdf",
    "PySide6.QtSvg",
    "PySide6.QtOpenGL",
    "PySide6.QtPrintSupport",
    "PySide6.QtDBus",
]

# Qt shared libraries that must not arrive as dependencies of a plugin that slipped through.
_UNWANTED_QT_LIBS = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Pdf",
    "Qt6Svg",
    "Qt6Network",
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Multimedia",
    "Qt6VirtualKeyboard",
    "Qt6OpenGLWidgets",
)


# System libraries that only the GTK platform theme (left out above) needs; PyInstaller
# collects a plugin's dependencies before the spec can drop the plugin itself.
_GTK_STACK = (
    "libgtk-3",
    "libgdk-3",
    "libgdk_pixbuf",
    "libatk-",
    "libatk-bridge",
    "libcairo",
    "libpango",
    "libthai",
    "libdatrie",
    "libfribidi",
    "libgraphite2",
    "libpixman",
    "libharfbuzz.so",
    "libepoxy",
    "libXrender",
    "libXcomposite",
    "libXcursor",
    "libXdamage",
    "libXfixes",
    "libXi.",
    "libXinerama",
    "libXrandr",
    "libwayland-cursor",
    "libwayland-egl",
)


def data_files(repo: Path = REPO) -> list[tuple[str, str]]:
    """(source file, destination folder) for every file the app reads at run time."""
    pairs = []
    for tree, dest in [*DATA_TREES.items(), MIGRATIONS, CATALOGS, UI_CATALOGS]:
        root = repo / tree
        for path in sorted(root.rglob("*")):
            if (tree, dest) == UI_CATALOGS and path.suffix != ".qm":
                continue
            if path.is_file() and not _is_cache(path):
                relative = path.relative_to(root).parent
                pairs.append((str(path), str(PurePosixPath(dest) / relative.as_posix())))
    return pairs


def _is_cache(path: Path) -> bool:
    return "__pycache__" in path.parts or path.suffix in {".pyc", ".pyo"}


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle (by its destination)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" in parts:
        inside = parts[parts.index("PySide6") + 1 :]
        if inside[:1] == ("Qt",):
            inside = inside[1:]
        if inside[:1] == ("plugins",) and len(inside) >= 3:
            return _keep_plugin(inside[1], inside[-1])
        if inside[:1] == ("translations",):
            return _keep_translation(inside[-1])
        if inside[:1] in {
            ("qml",),
            ("resources",),
            ("libexec",),
            ("metatypes",),
            ("typesystems",),
            ("include",),
            ("glue",),
            ("scripts",),
        }:
            return False
    if parts[:1] == ("babel",):
        # Babel only builds the catalogs and formats.json; the app never reads its 35 MB of
        # CLDR data (wen_assess.formatting uses locale/formats.json).
        return False
    name = parts[-1] if parts else ""
    if len(parts) == 1 and name.startswith(_GTK_STACK):
        return False
    return not any(lib in name for lib in _UNWANTED_QT_LIBS)


def _keep_plugin(folder: str, filename: str) -> bool:
    if folder not in QT_PLUGINS:
        return False
    wanted = QT_PLUGINS[folder]
    return wanted is None or _plugin_name(filename) in wanted


def _plugin_name(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem.removeprefix("lib")


def _keep_translation(filename: str) -> bool:
    stem = filename.removesuffix(".qm")
    if not stem.startswith("qtbase_"):
        return False
    return stem.removeprefix("qtbase_") in QT_LANGUAGES


def executable_name(name: str = APP_NAME) -> str:
    return name + (".exe" if sys.platform == "win32" else "")
