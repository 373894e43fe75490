"""Where the app finds its bundled files and keeps the user's data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "wen-assess"
ASSESSMENT_SUFFIX = ".wen.json"  # the exchanged assessment file
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A built wheel carries the top-level folders inside the package (see pyproject.toml);
    # a source checkout has them beside the package. The app folder (packaging/) puts them in
    # the same wen_assess/_data inside its _internal folder, where the frozen package lives.
    inside = _PACKAGE_DIR / "_data" / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


def questionnaires_dir() -> Path:
    return _bundled("questionnaires")


def resources_dir() -> Path:
    return _bundled("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


UI_STATE_FILE = "ui-state.ini"  # the window's state between runs (QSettings' ini format)


def user_data_dir() -> Path:
    """The user's data folder; WEN_ASSESS_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("WEN_ASSESS_DATA_DIR")
    return Path(override) if override else _default_data_dir()


def _default_data_dir() -> Path:
    """~/.local/share/wen-assess, ~/Library/Application Support/wen-assess, or on Windows
    %APPDATA%\\wen-assess (Roaming: a coordinator's assessments follow a roaming profile).

    Versions before the app folder used Windows' Local folder: data found only there is kept
    where it is rather than left behind.
    """
    roaming = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    local = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if local != roaming and not roaming.exists() and local.is_dir():
        return local
    return roaming


def user_questionnaires_dir() -> Path:
    """Extra questionnaire files the user adds (e.g. one with the official wording)."""
    return user_data_dir() / "questionnaires"


def default_database() -> Path | str:
    """WEN_ASSESS_DB (a file, or a server URL kept as text), else the file in the data folder."""
    override = os.environ.get("WEN_ASSESS_DB")
    if override and "://" in override:
        return override  # Path() would fold its "//"
    return default_database_path()


def default_database_path() -> Path:
    override = os.environ.get("WEN_ASSESS_DB")
    return Path(override) if override else user_data_dir() / "assessments.sqlite"
