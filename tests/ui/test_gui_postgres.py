"""The desktop app on a shared PostgreSQL database: named without its password, upgraded only
when the user agrees."""

from __future__ import annotations

import logging

from alembic import command
from any_database import sql
from gui_helpers import G2
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from wen_assess.questionnaire import default_registry
from wen_assess.storage.database import HEAD_REVISION, UpgradeNeeded, alembic_config, open_database
from wen_assess.storage.location import locate
from wen_assess.storage.service import AssessmentService
from wen_assess.ui import app as app_module
from wen_assess.ui.main_window import MainWindow

pytest_plugins = ("gui_helpers",)


def test_title_bar_status_bar_and_logs_never_show_the_password(pg_url, qtbot, caplog):
    password = str(make_url(pg_url).password)
    caplog.set_level(logging.DEBUG)  # whatever SQLAlchemy, psycopg or the app log
    service = AssessmentService(open_database(pg_url), default_registry())
    try:
        window = MainWindow(service)
        qtbot.addWidget(window)
        window.show()
        number = service.create(G2, "SAWEN")
        service.set_answer(number, default_registry().get(G2).items[0].id, level=2)
        masked = locate(pg_url).label
        assert ":***@" in masked
        assert masked in window.windowTitle() and password not in window.windowTitle()
        status = window.statusBar().currentMessage()
        assert masked in status and password not in status
        assert all(password not in record.getMessage() for record in caplog.records)
    finally:
        service.database.close()


def test_an_older_shared_database_is_upgraded_only_when_the_user_agrees(
    pg_databases, qapp, monkeypatch, dialogs
):
    url = pg_databases.create(empty=True)
    password = str(make_url(url).password)
    try:
        command.upgrade(alembic_config(url), "0003")
        asked: list[UpgradeNeeded] = []

        def answer(agree: bool):  # type: ignore[no-untyped-def]
            return classmethod(lambda cls, needed: asked.append(needed) or agree)

        monkeypatch.setattr(app_module.UpgradeDialog, "confirm", answer(False))
        assert app_module.run(url) == 1
        assert sql(url, "SELECT version_num FROM alembic_version") == [("0003",)]

        monkeypatch.setattr(app_module.UpgradeDialog, "confirm", answer(True))
        app_module._open_or_upgrade(url).close()  # what run() opens its window on
        assert sql(url, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
        assert [(n.current, n.head) for n in asked] == [("0003", HEAD_REVISION)] * 2
        assert all(password not in call.text for call in dialogs.calls)
    finally:
        pg_databases.release(url)


def test_the_upgrade_dialog_says_what_and_why_without_the_password(qtbot):
    needed = UpgradeNeeded(locate("postgresql://anna:s3cret@db.example.org/wen").label, "0003")
    dialog = app_module.UpgradeDialog(needed)
    qtbot.addWidget(dialog)
    words = " ".join([dialog.windowTitle(), dialog.text(), dialog.informativeText()])
    assert "version 0003" in words and f"version {HEAD_REVISION}" in words
    assert "anna:***@db.example.org/wen" in words and "s3cret" not in words
    # The address stands on a line of its own, whole, not split across the sentence's lines.
    assert f"<br><b>{needed.label}</b><br>" in dialog.text()
    assert [b.text() for b in dialog.buttons()] == ["Upgrade", "Quit"]
    assert dialog.buttonRole(dialog.buttons()[0]) == QMessageBox.ButtonRole.AcceptRole
