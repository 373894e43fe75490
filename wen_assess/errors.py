"""The base of every error whose message is written for the user, and the log for the others."""

from __future__ import annotations

import traceback
import unicodedata
from datetime import datetime


class AppError(Exception):
    """A problem the user can act on: show its message, never a traceback."""


def shown(value: object, limit: int = 80) -> str:
    """``value`` as text fit to echo in a message: at most ``limit`` characters.

    A hostile file can hold a megabyte key; a message quoting it whole is unreadable. A longer
    value is cut, with an ellipsis and its real length, and line breaks are shown escaped so
    one message stays one line.
    """
    try:
        text = value if isinstance(value, str) else repr(value)
    except ValueError:  # an int of more than 4,300 digits cannot even be converted
        return f"<a {type(value).__name__} too large to show>"
    original = len(text)
    text = text[: limit * 4]  # escaping never needs more than this to fill ``limit``
    text = "".join(_visible(ch) for ch in text)
    if len(text) <= limit and original <= limit * 4:
        return text
    from wen_assess.i18n import N_
    from wen_assess.messages import Count, Worded

    # Worded: in a window in French the length reads "(1 000 000 caractères)".
    return Worded(
        N_("{text}… ({count} characters)"), text=text[: max(limit - 1, 1)], count=Count(original)
    )


def _visible(ch: str) -> str:
    # Control, format and separator characters (line feed, NUL, U+200B, U+2028...) escaped.
    if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
        return ch.encode("unicode_escape", "backslashreplace").decode("ascii")
    return ch


def log_unexpected(error: BaseException) -> str:
    """Append the traceback of a bug to error.log in the data folder; say where it went (a
    Worded: the app says it in its interface language)."""
    from wen_assess.i18n import N_
    from wen_assess.messages import Worded
    from wen_assess.paths import user_data_dir

    log_path = user_data_dir() / "error.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        return Worded(N_("the details could not be written to a log file"))
    return Worded(N_("the details were written to {path}"), path=str(log_path))
