"""Which database files already passed the full check at open, so it is not repeated.

The check at open (integrity, schema, every row value) costs 1.6 s at 10,000 assessments. A
file whose bytes are exactly those of a file that passed it, checked by this same version of
the app, would pass again: the cache is keyed by a digest of the whole file (any changed byte,
from a damaged disk or a hand edit, means a full check), and holds only while no write-ahead
log beside it carries changes the main file does not show yet. Hashing reads the file once,
about 20 times cheaper than checking it.

A file is remembered after it passed the check, and when this app closes it (its own writes
keep it valid). The cache is a small JSON file in the user's data folder; if it cannot be read
or written, every open simply runs the full check.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from wen_assess import __version__
from wen_assess.paths import user_data_dir

CACHE_NAME = "checked-databases.json"
KEEP = 20  # files remembered; the oldest is forgotten first


def fingerprint(path: Path) -> str | None:
    """The file's digest, with the version of the app that checks it; None while a
    write-ahead log holds changes (the main file alone does not show what will be read)."""
    wal = path.with_name(path.name + "-wal")
    with contextlib.suppress(FileNotFoundError):
        if wal.stat().st_size > 0:
            return None
    digest = hashlib.sha256(f"wen-assess {__version__}\n".encode())
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def already_checked(path: Path, token: str | None) -> bool:
    return token is not None and _entries().get(_key(path)) == token


def remember(path: Path, token: str | None) -> None:
    if token is None:
        return
    entries = _entries()
    entries.pop(_key(path), None)
    entries[_key(path)] = token
    kept = dict(list(entries.items())[-KEEP:])
    cache = _cache_file()
    temporary = cache.with_name(f".{cache.name}.{os.getpid()}")
    # Only a hint: a cache that cannot be written costs the next open its full check.
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(temporary, cache)
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def _entries() -> dict[str, str]:
    try:
        entries = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, str)}


def _key(path: Path) -> str:
    return str(path.resolve())


def _cache_file() -> Path:
    return user_data_dir() / CACHE_NAME
