"""The one date editor of the app: typed and shown in the interface language's short format
(``07/12/2022`` in French), with that language's calendar popup; the value stays a
``datetime.date``, stored as ISO by the core."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from wen_assess.ui import language
from wen_assess.vocabulary import ENGLISH

# The app's English writes dates day first ("7 December 2022"): its editor does too, rather
# than the United States' month first that Qt's plain "en" gives.
_ENGLISH_LOCALE = "en_GB"


def locale() -> QLocale:
    """The locale whose dates the interface shows."""
    code = language.current()
    return QLocale(_ENGLISH_LOCALE if code == ENGLISH else code)


def date_format() -> str:
    """The interface language's short date format, always with a four-digit year: a workshop
    plans years ahead, and "12/05/30" is ambiguous."""
    short = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", short)


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date editor showing ``value`` (today when None) in the interface language."""
    editor = QDateEdit(parent, calendarPopup=True)
    # Its calendar popup, made when first opened, takes the editor's locale then: asking for
    # it here would make one per editor (~0.3 ms each, a plan page has dozens).
    editor.setLocale(locale())
    editor.setDisplayFormat(date_format())
    show(editor, value or date.today())
    return editor


def show(editor: QDateEdit, value: date) -> None:
    editor.setDate(QDate(value.year, value.month, value.day))


def picked(value: QDate) -> date:
    """The date an editor holds (or a ``dateChanged`` gave) as a ``datetime.date``."""
    return date(value.year(), value.month(), value.day())
