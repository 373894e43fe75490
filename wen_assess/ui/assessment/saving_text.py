"""A text field that saves itself: shortly after typing stops, and at once when focus leaves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPlainTextEdit

from wen_assess import formatting as fmt
from wen_assess.ui import language

TEXT_SAVE_DELAY_MS = 600  # typing pauses this long before a text is saved (and on leaving)


class SavingText(QObject):
    """Saves a text field shortly after typing stops, and at once when focus leaves."""

    def __init__(  # type: ignore[no-untyped-def]
        self, widget: QLineEdit | QPlainTextEdit, save, max_length: int = 0, *, with_base=False
    ) -> None:
        """``save(text)`` saves; with ``with_base``, ``save(text, shown)`` also gets the text
        the edit started from, so a change saved meanwhile by someone else is not overwritten
        unseen."""
        super().__init__(widget)
        self.widget = widget
        self._save = save
        self._with_base = with_base
        self.max_length = max_length  # for a QPlainTextEdit, which has no setMaxLength
        self._capped = False
        self.timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.pending = False
        # The text as last shown or saved: what an edit being typed is based on.
        self.shown = self.text()
        signal = widget.textChanged if isinstance(widget, QPlainTextEdit) else widget.textEdited
        signal.connect(self._edited)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif event.type() == QEvent.Type.ShortcutOverride and self._nothing_to_undo(event):
            event.ignore()  # Ctrl+Z with no typing to take back: the window's Undo gets it
            return True
        return False

    def _nothing_to_undo(self, event: QEvent) -> bool:
        assert isinstance(event, QKeyEvent)
        w = self.widget
        if event.matches(QKeySequence.StandardKey.Undo):
            return not (w.document() if isinstance(w, QPlainTextEdit) else w).isUndoAvailable()
        if event.matches(QKeySequence.StandardKey.Redo):
            return not (w.document() if isinstance(w, QPlainTextEdit) else w).isRedoAvailable()
        return False

    def text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def set_text(self, text: str) -> None:
        if self.text() != text:
            self.widget.blockSignals(True)
            if isinstance(self.widget, QPlainTextEdit):
                self.widget.setPlainText(text)
            else:
                self.widget.setText(text)
            self.widget.blockSignals(False)
        self.pending = False
        self.shown = text

    def _edited(self, *_: object) -> None:
        if self.max_length and len(self.text()) > self.max_length:
            self._cap()
        self.pending = True
        self.timer.start()

    def _cap(self) -> None:
        """Cut a paste at the limit, and say so where the user is looking."""
        assert isinstance(self.widget, QPlainTextEdit)
        self.widget.blockSignals(True)
        self.widget.setPlainText(self.text()[: self.max_length])
        self.widget.moveCursor(QTextCursor.MoveOperation.End)
        self.widget.blockSignals(False)
        self._capped = True

    def _tell_capped(self) -> None:
        self._capped = False
        window = self.widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Notes are limited to {count} characters; the rest was not kept.").format(
                    count=fmt.count(self.max_length, language.current())
                ),
                10_000,
            )

    def flush(self) -> None:
        self.timer.stop()
        if self.pending:
            self.pending = False
            text = self.text()
            self._save(text, self.shown) if self._with_base else self._save(text)
            if self.text() == text:  # not replaced by someone else's value kept instead
                self.shown = text
            if self._capped:  # after the save, so "Saved" does not cover the notice
                self._tell_capped()
