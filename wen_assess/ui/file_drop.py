"""Files dropped on a window: the main window imports assessments, the responses window forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def accept_files(event: QDragEnterEvent) -> None:
    """Take a drag that carries files from this computer (not text or web links)."""
    if any(url.isLocalFile() for url in event.mimeData().urls()):
        event.acceptProposedAction()


def dropped_files(event: QDropEvent) -> list[Path]:
    """The files of a drop (the drop is accepted when there are any)."""
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    if paths:
        event.acceptProposedAction()
    return paths
