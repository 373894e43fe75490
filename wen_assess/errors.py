"""The base of every error whose message is written for the user (not a bug)."""


class AppError(Exception):
    """A problem the user can act on: show its message, never a traceback."""
