"""Write an assessment file so that a reported success is always a readable file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from wen_assess import __version__
from wen_assess.exchange.document import AssessmentDocument
from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.reader import read_assessment_file
from wen_assess.files import replacing, write_problem
from wen_assess.i18n import N_
from wen_assess.messages import Worded
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
            problem = N_("the file written does not read back ({reason}); not exported")
            raise ExchangeError(path, [Worded(problem, reason=error.args[0])]) from None
        if written != record:
            raise ExchangeError(
                path, [Worded(N_("the file written does not read back identically; not exported"))]
            )

    write_document(document, path, check)
    return path


def write_document(
    document: AssessmentDocument, path: Path, check: Callable[[Path], None] | None = None
) -> None:
    """Write to a temporary file beside ``path``, run ``check`` on it, then rename it in."""
    text = json.dumps(document.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    try:
        with replacing(path) as (temp,):
            temp.write_text(text, encoding="utf-8", newline="\n")
            if check is not None:
                check(temp)
    except OSError as error:
        problem = Worded(N_("cannot write it ({reason})"), reason=write_problem(error))
        raise ExchangeError(path, [problem]) from None
