"""Where the assessments are kept: an SQLite file, or a PostgreSQL server named by a URL.

Every place that names a database (a message, a log line, the status bar, the window title)
goes through :func:`Location.label`, which never contains the password.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wen_assess.errors import AppError, shown

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SERVER_DRIVER = "postgresql+psycopg"
SERVER_EXAMPLE = "postgresql+psycopg://user@host:5432/wen"
_SERVER_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}
_HIDDEN = "***"


class DatabaseError(AppError):
    """The database cannot be opened; the message says why and what to do."""


def is_url(value: str | Path) -> bool:
    """A URL rather than a file path ("://" never appears in a path a user types)."""
    return isinstance(value, str) and "://" in value


def database_argument(value: str) -> Path | str:
    """``--db VALUE`` as given: a file path, or a URL kept as text (Path() would fold "//")."""
    return value if is_url(value) else Path(value)


@dataclass(frozen=True)
class Location:
    """An SQLite file (``path``) or a server (``url``, with its password if one was given)."""

    path: Path | None = None
    url: URL | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def label(self) -> str:
        """How the database is named to people: the file, or the URL with the password hidden."""
        if self.url is None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def redact(self, text: str) -> str:
        """``text`` (e.g. a driver's error message) with this URL's password hidden."""
        password = self.url.password if self.url is not None else None
        return text.replace(str(password), _HIDDEN) if password else text


def locate(value: str | Path | Location) -> Location:
    """The location ``--db`` or WEN_ASSESS_DB names; DatabaseError for a URL we cannot use."""
    if isinstance(value, Location):
        return value
    if not is_url(value):
        return Location(path=Path(value))
    scheme = str(value).split("://", 1)[0].lower()
    if scheme == "sqlite":
        return Location(path=Path(str(value).split("://", 1)[1].removeprefix("/")))
    if scheme not in _SERVER_SCHEMES:
        raise DatabaseError(
            f"{shown(scheme, 40)}:// databases are not supported: give an SQLite file path or a "
            f"PostgreSQL URL such as {SERVER_EXAMPLE}"
        )
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(str(value))
    except (ArgumentError, ValueError):
        # Not echoed: a URL that does not parse may still hold a password.
        raise DatabaseError(
            f"the database URL cannot be read; write it like {SERVER_EXAMPLE}"
        ) from None
    url = url.set(drivername=SERVER_DRIVER)
    if not url.database:
        raise DatabaseError(
            f"{Location(url=url).label} names no database: add it after the server, "
            f"like {SERVER_EXAMPLE}"
        )
    return Location(url=url)
