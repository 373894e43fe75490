"""Read and fully validate an assessment file without touching any database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wen_assess.exchange.document import FORMAT_NAME, FORMAT_VERSION, AssessmentDocument
from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.upgrades import upgrade
from wen_assess.questionnaire import Questionnaire, Registry
from wen_assess.records import AssessmentRecord
from wen_assess.scoring import answer_problem, score, target_problem
from wen_assess.vocabulary import COMPLETED

MAX_FILE_BYTES = 5 * 1024 * 1024  # a full G2 assessment with long notes is ~100 kB


def read_assessment_file(path: Path | str, registry: Registry) -> AssessmentRecord:
    """The file's assessment, checked against its questionnaire; ExchangeError otherwise."""
    path = Path(path)
    return parse_assessment(_read(path), registry, path)


def parse_assessment(raw: bytes, registry: Registry, path: Path | str) -> AssessmentRecord:
    data = _parse_json(raw, path)
    record = _validate(data, path)
    problems = check_against_questionnaire(record, _questionnaire(record, registry, path))
    if problems:
        raise ExchangeError(path, problems)
    return record


def check_against_questionnaire(record: AssessmentRecord, q: Questionnaire) -> list[str]:
    """What the questionnaire refuses in ``record``: the engine's checks, worded per place."""
    problems, valid, refused = [], {}, set()
    for n, answer in enumerate(record.answers):
        if problem := answer_problem(q, answer.item_id, answer.to_answer()):
            problems.append(f"answers[{n}] ({answer.item_id}): {problem}")
            refused.add(answer.item_id)
        else:
            valid[answer.item_id] = answer.to_answer()
    for code, target in record.targets.items():
        if problem := target_problem(q, code, target):
            problems.append(f"targets.{code}: {problem}")
    items = {item.id for item in q.items}
    for n, action in enumerate(record.actions):
        if action.item_id not in items:
            problems.append(f"actions[{n}]: no such item {action.item_id} in {q.id}")
    if record.status == COMPLETED:
        # The rule the app applies before marking an assessment completed.
        result = score(q, valid)
        # An answer refused above is named there, not counted again as unanswered.
        if missing := len(set(result.still_to_assess) - refused):
            problems.append(f"status: marked completed, but {missing} items are unanswered")
        problems += [
            f"status: marked completed, but {item_id} is marked Not applicable without a "
            "justification"
            for item_id in result.missing_justifications
        ]
    return problems


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError(
                path,
                [
                    f"the file is {size / 1e6:.1f} MB; an assessment file is at most "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
                ],
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise ExchangeError(path, ["this is a folder, not a file"]) from None
    except FileNotFoundError:
        raise ExchangeError(path, ["no such file"]) from None
    except PermissionError:
        raise ExchangeError(path, ["permission denied"]) from None
    except OSError as error:
        raise ExchangeError(path, [f"cannot read it ({error.strerror})"]) from None


def _parse_json(raw: bytes, path: Path | str) -> dict[str, Any]:
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeError(path, ["the file is too large for an assessment file"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExchangeError(path, ["not an assessment file (not UTF-8 text)"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ExchangeError(
            path, [f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"]
        ) from None
    except RecursionError:
        raise ExchangeError(path, ["not valid JSON (nested too deeply)"]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ExchangeError(
            path, [f'not a wen-assess assessment file (its "format" is not "{FORMAT_NAME}")']
        )
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeError(path, [f"format_version {version!r} is not a valid version number"])
    if version > FORMAT_VERSION:
        raise ExchangeError(
            path,
            [
                f"format_version {version} was written by a newer wen-assess; this version reads "
                f"up to {FORMAT_VERSION}. Update the app to import it."
            ],
        )
    try:
        return upgrade(data, version)
    except (ValueError, KeyError, TypeError) as error:
        raise ExchangeError(path, [f"cannot upgrade format_version {version}: {error}"]) from None


def _validate(data: dict[str, Any], path: Path | str) -> AssessmentRecord:
    try:
        return AssessmentDocument.model_validate(data).assessment
    except ValidationError as error:
        raise ExchangeError(path, [_describe(e) for e in error.errors()[:20]]) from None


def _describe(error: Any) -> str:
    place = ""
    for part in error["loc"]:
        place += f"[{part}]" if isinstance(part, int) else (f".{part}" if place else str(part))
    message = {"missing": "required but missing"}.get(error["type"], error["msg"])
    message = message.removeprefix("Value error, ")
    return f"{place}: {message}" if place else message


def _questionnaire(record: AssessmentRecord, registry: Registry, path: Path | str) -> Questionnaire:
    try:
        return registry.get(record.questionnaire.id, record.questionnaire.version)
    except KeyError as error:
        raise ExchangeError(path, [f"questionnaire: {error.args[0]}"]) from None
