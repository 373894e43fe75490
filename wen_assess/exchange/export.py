"""Write an assessment file so that a reported success is always a readable file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from wen_assess import __version__
from wen_assess.exchange.document import AssessmentDocument
from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.reader import read_assessment_file
from wen_assess.questionnaire import Registry
from wen_assess.records import AssessmentRecord


def export_assessment(record: AssessmentRecord, path: Path | str, registry: Registry) -> Path:
    """Write a temporary file, read it back and compare, and only then rename it into place.

    A file that does not read back identically never replaces anything at ``path``.
    """
    path = Path(path)
    loaded = registry.get_loaded(record.questionnaire.id, record.questionnaire.version)
    record = record.model_copy(
        update={
            "questionnaire": record.questionnaire.model_copy(update={"checksum": loaded.checksum})
        }
    )
    document = AssessmentDocument(
        exported_at=datetime.now(timezone.utc), app_version=__version__, assessment=record
    )

    def check(temp: Path) -> None:
        try:
            written = read_assessment_file(temp, registry)
        except ExchangeError as error:
            raise ExchangeError(
                path, [f"the file written does not read back ({error}); not exported"]
            ) from None
        if written != record:
            raise ExchangeError(
                path, ["the file written does not read back identically; not exported"]
            )

    write_document(document, path, check)
    return path


def write_document(
    document: AssessmentDocument, path: Path, check: Callable[[Path], None] | None = None
) -> None:
    """Write to a temporary file beside ``path``, run ``check`` on it, then rename it in."""
    text = json.dumps(document.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if check is not None:
                check(Path(temp))
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExchangeError(path, [f"cannot write it ({error.strerror or error})"]) from None
