"""Shared test set-up: headless Qt, and a throwaway data folder and database for every test."""

import os

# Before anything imports PySide6: with no display Qt would abort with a misleading message.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    """Never read or write the user's real data folder or database."""
    data = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("WEN_ASSESS_DATA_DIR", str(data))
    monkeypatch.setenv("WEN_ASSESS_DB", str(data / "test.sqlite"))
    # Changes are recorded under this name; the app does not ask for one (ui/user_name.py).
    monkeypatch.setenv("WEN_ASSESS_USER", "Test user")
    return data
