"""UI state kept between runs (window geometry, last folder): never user data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from wen_assess.paths import UI_STATE_FILE, user_data_dir


def ui_settings() -> QSettings:
    # An ini file in our own data folder: portable, and tests can isolate it.
    return QSettings(str(user_data_dir() / UI_STATE_FILE), QSettings.Format.IniFormat)


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


def zoom() -> int | None:
    value = ui_settings().value("zoom", 0, int)
    return value if isinstance(value, int) and value > 0 else None


def save_zoom(percent: int) -> None:
    ui_settings().setValue("zoom", percent)


def header_state(name: str) -> QByteArray | None:
    """The column widths a table's user left (``name`` says which table)."""
    value = ui_settings().value(f"columns/{name}")
    return value if isinstance(value, QByteArray) else None


def save_header_state(name: str, state: QByteArray) -> None:
    ui_settings().setValue(f"columns/{name}", state)


def forget_header_state(name: str) -> None:
    ui_settings().remove(f"columns/{name}")


def user_name() -> str:
    """The name this person's changes are recorded under ("" until they chose one)."""
    return str(ui_settings().value("user_name", "", str)).strip()


def save_user_name(name: str) -> None:
    ui_settings().setValue("user_name", name.strip())


def interface_language() -> str | None:
    """The language the user chose in the Language menu, if any."""
    value = ui_settings().value("interface_language", "", str)
    return value or None


def save_interface_language(code: str) -> None:
    ui_settings().setValue("interface_language", code)
