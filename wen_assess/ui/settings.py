"""UI state kept between runs (window geometry, last folder): never user data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from wen_assess.paths import user_data_dir


def ui_settings() -> QSettings:
    # An ini file in our own data folder: portable, and tests can isolate it.
    return QSettings(str(user_data_dir() / "ui-state.ini"), QSettings.Format.IniFormat)


def last_folder() -> str:
    folder = ui_settings().value("last_folder", "", str)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(path: str | Path) -> None:
    path = Path(path)
    ui_settings().setValue("last_folder", str(path if path.is_dir() else path.parent))


def window_geometry() -> QByteArray | None:
    value = ui_settings().value("window_geometry")
    return value if isinstance(value, QByteArray) else None


def save_window_geometry(geometry: QByteArray) -> None:
    ui_settings().setValue("window_geometry", geometry)
