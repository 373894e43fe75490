"""Read and fully validate an assessment file without touching any database."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wen_assess.errors import shown
from wen_assess.exchange.document import FORMAT_NAME, FORMAT_VERSION, AssessmentDocument
from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.upgrades import upgrade
from wen_assess.i18n import N_
from wen_assess.input_files import (
    OLE_SIGNATURE,
    PDF_SIGNATURE,
    SQLITE_SIGNATURE,
    ZIP_SIGNATURE,
    Unreadable,
    not_utf8_text,
    read_bounded,
)
from wen_assess.input_problems import json_syntax, validation_problems
from wen_assess.messages import Count, Counted, Worded, refused_at
from wen_assess.questionnaire import LoadedQuestionnaire, Questionnaire, Registry
from wen_assess.records import AssessmentRecord
from wen_assess.scoring import answer_problem, score, target_problem
from wen_assess.vocabulary import COMPLETED

MAX_FILE_BYTES = 5 * 1024 * 1024  # a full G2 assessment with long notes is ~100 kB


def read_assessment_file(path: Path | str, registry: Registry) -> AssessmentRecord:
    """The file's assessment, checked against its questionnaire; ExchangeError otherwise."""
    return read_matched(path, registry).record


@dataclass(frozen=True)
class Matched:
    """A valid file's assessment, with the questionnaire version it was matched to and how."""

    record: AssessmentRecord  # its questionnaire reference names the version matched
    loaded: LoadedQuestionnaire
    how: str  # a Worded, e.g. "the version named in the file", shown to the user
    notes: tuple[str, ...] = ()


def read_matched(path: Path | str, registry: Registry) -> Matched:
    path = Path(path)
    return parse_matched(_read(path), registry, path)


def parse_assessment(raw: bytes, registry: Registry, path: Path | str) -> AssessmentRecord:
    return parse_matched(raw, registry, path).record


def parse_matched(raw: bytes, registry: Registry, path: Path | str) -> Matched:
    data = _parse_json(raw, path)
    record = _validate(data, path)
    return match_questionnaire(record, registry, path)


def match_questionnaire(record: AssessmentRecord, registry: Registry, path: Path | str) -> Matched:
    """The questionnaire version the file was made with: the one it names, else the one its
    checksum identifies, else the newest version whose items it fits; ExchangeError if none."""
    ref = record.questionnaire
    notes: list[str] = []
    if ref.version is not None:
        loaded = installed(registry, ref.id, ref.version, path)
        how = Worded(N_("the version named in the file"))
        if ref.checksum and ref.checksum != loaded.checksum:
            notes.append(
                Worded(
                    N_(
                        "its questionnaire checksum ({checksum}…) is not the one of the "
                        "installed {id} {version}: the questionnaire file was changed since; "
                        "the answers were checked against the installed one"
                    ),
                    checksum=shown(ref.checksum[:12]),
                    id=shown(ref.id),
                    version=shown(ref.version),
                )
            )
        candidates = [loaded]
    else:
        candidates = _versions_of(registry, ref.id, path)
        by_checksum = [c for c in candidates if ref.checksum and c.checksum == ref.checksum]
        how = Worded(
            N_("found by the file's questionnaire checksum")
            if by_checksum
            else N_("the newest installed version its answers fit")
        )
        candidates = by_checksum or candidates
    first_problems: list[str] | None = None
    for loaded in candidates:
        problems = check_against_questionnaire(record, loaded.questionnaire)
        if not problems:
            q = loaded.questionnaire
            pinned = ref.model_copy(update={"version": q.version})
            record = record.model_copy(update={"questionnaire": pinned})
            return Matched(record, loaded, how, tuple(notes))
        first_problems = first_problems if first_problems is not None else problems
    raise ExchangeError(
        path, first_problems or [Worded(N_("no questionnaire version to check it against"))]
    )


def installed(registry: Registry, qid: str, version: str, path: Path | str) -> LoadedQuestionnaire:
    try:
        return registry.get_loaded(qid, version)
    except KeyError as error:  # UnknownQuestionnaire: the registry's words, which name it
        raise ExchangeError(path, [error.args[0]]) from None


def _versions_of(registry: Registry, qid: str, path: Path | str) -> list[LoadedQuestionnaire]:
    """Every installed version of ``qid``, newest first."""
    versions = [v for (known, _), v in registry.entries.items() if known == qid]
    if not versions:
        unknown = Worded(N_("unknown questionnaire '{id}'"), id=shown(qid))
        raise ExchangeError(path, [unknown])
    return versions[::-1]


def check_against_questionnaire(record: AssessmentRecord, q: Questionnaire) -> list[str]:
    """What the questionnaire refuses in ``record``: the engine's checks, worded per place."""
    problems, valid, refused = [], {}, set()
    for n, answer in enumerate(record.answers):
        if problem := answer_problem(q, answer.item_id, answer.to_answer()):
            problems.append(answer_at(f"answers[{n}]", answer.item_id, problem))
            refused.add(answer.item_id)
        else:
            valid[answer.item_id] = answer.to_answer()
    for code, target in record.targets.items():
        if problem := target_problem(q, code, target):
            problems.append(refused_at(f"targets.{shown(code, 40)}", problem))
    for n, response in enumerate(record.responses):
        for m, answer in enumerate(response.answers):
            if problem := answer_problem(q, answer.item_id, answer.to_answer()):
                problems.append(answer_at(f"responses[{n}].answers[{m}]", answer.item_id, problem))
    items = {item.id for item in q.items}
    for n, action in enumerate(record.actions):
        if action.item_id not in items:
            problems.append(
                Worded(
                    N_("{place}: no such item {item} in {questionnaire}"),
                    place=f"actions[{n}]",
                    item=shown(action.item_id, 40),
                    questionnaire=q.id,
                )
            )
    if record.status == COMPLETED:
        # The rule the app applies before marking an assessment completed.
        result = score(q, valid)
        # An answer refused above is named there, not counted again as unanswered.
        if missing := len(set(result.still_to_assess) - refused):
            problems.append(
                Counted(
                    "{place}: marked completed, but {n} item is unanswered",
                    "{place}: marked completed, but {n} items are unanswered",
                    missing,
                    place="status",
                )
            )
        problems += [
            Worded(
                N_(
                    "{place}: marked completed, but {item} is marked Not applicable without a "
                    "justification"
                ),
                place="status",
                item=item_id,
            )
            for item_id in result.missing_justifications
        ]
    return problems


def answer_at(place: str, item_id: str, problem: str) -> Worded:
    """The engine's ``problem`` with an answer at ``place`` in the file."""
    return Worded(N_("{place} ({item}): {problem}"), place=place, item=shown(item_id, 40),
                  problem=problem)  # fmt: skip


def _read(path: Path) -> bytes:
    return read_limited(path, MAX_FILE_BYTES, Worded(N_("an assessment file")))


def read_limited(path: Path, limit: int, kind: str) -> bytes:
    """The file's bytes; ExchangeError, worded for the user, when it is not a regular file,
    cannot be read or is larger than ``limit`` (``kind`` names what it should have been)."""
    try:
        return read_bounded(path, limit, kind)
    except Unreadable as refused:
        raise ExchangeError(path, [refused.reason]) from None


def strict_loads(text: str, path: Path | str) -> Any:
    """JSON as every file a user brings is read: duplicate keys, NaN/Infinity and overlong
    numbers are refused (ExchangeError naming ``path``); a syntax error or nesting too deep
    is left to the caller to word (JSONDecodeError, RecursionError)."""
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_int=_integer,
            parse_float=_decimal,
            parse_constant=_no_constant,
        )
    except _Refused as error:
        raise ExchangeError(path, [error.reason]) from None


@dataclass(frozen=True)
class JsonKind:
    """A kind of JSON file a user brings: the "format" it names, and the marked templates that
    say a file is not one (``not_text``: not UTF-8; ``not_ours``: another "format", as {format})."""

    format: str
    not_text: str
    not_ours: str
    noun: str  # "this is a PDF document, not {noun}"


ASSESSMENT_FILE = JsonKind(
    FORMAT_NAME,
    not_text=N_("not an assessment file (not UTF-8 text)"),
    not_ours=N_('not a wen-assess assessment file (its "format" is not "{format}")'),
    noun=N_("an assessment file"),
)

# Files a user may well drop on the window by mistake, known by their first bytes: the
# report just written, a member's Excel form, a database.
_OTHER_KINDS = (
    (PDF_SIGNATURE, N_("a PDF document")),
    (ZIP_SIGNATURE, N_("an Excel workbook or another zip archive")),
    (SQLITE_SIGNATURE, N_("an SQLite database")),
    (OLE_SIGNATURE, N_("an older Office document (.xls or .doc)")),
)


def json_document(raw: bytes, path: Path | str, kind: JsonKind) -> dict[str, Any]:
    """The JSON object of a file a user brings (an assessment, a member's response), read
    strictly and named by its "format"; ExchangeError, worded for the user, otherwise."""
    for magic, other in _OTHER_KINDS:
        if raw.startswith(magic):
            said = Worded(
                N_("this is {kind}, not {what}"), kind=Worded(other), what=Worded(kind.noun)
            )
            raise ExchangeError(path, [said])
    if wide := not_utf8_text(raw):
        raise ExchangeError(path, [Worded(kind.not_text), wide])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExchangeError(path, [Worded(kind.not_text)]) from None
    try:
        data = strict_loads(text, path)
    except json.JSONDecodeError as error:
        raise ExchangeError(path, [json_syntax(error)]) from None
    except RecursionError:
        raise ExchangeError(path, [Worded(N_("not valid JSON (nested too deeply)"))]) from None
    if not isinstance(data, dict) or data.get("format") != kind.format:
        raise ExchangeError(path, [Worded(kind.not_ours, format=kind.format)])
    if deep := _too_deep(data):
        raise ExchangeError(
            path,
            [Worded(N_("{place}: values nested more than {limit} levels deep"), place=deep,
                    limit=MAX_NESTING)],
        )  # fmt: skip
    return data


# The files the app writes nest values 6 levels deep at most; the validator's own JSON parser
# gives up near 200 levels, with a message that calls valid JSON invalid.
MAX_NESTING = 32


def _too_deep(data: Any) -> str | None:
    """The place of the first value nested more than MAX_NESTING levels deep, or None
    (walked without recursion: a file may nest 100,000 levels). A place is built only for
    the value refused: each step keeps its key and the step it came from."""
    pending: list[tuple[Any, int, tuple | None]] = [(data, 0, None)]
    while pending:
        value, depth, step = pending.pop()
        if depth > MAX_NESTING:
            return _place(step)
        if isinstance(value, dict):
            pending += [(v, depth + 1, (k, step)) for k, v in value.items()]
        elif isinstance(value, list):
            pending += [(v, depth + 1, (n, step)) for n, v in enumerate(value)]
    return None


def _place(step: tuple | None) -> str:
    keys = []
    while step is not None:
        key, step = step
        keys.append(f"[{key}]" if isinstance(key, int) else f".{shown(str(key), 40)}")
    return "".join(reversed(keys)).lstrip(".")


def format_version_of(data: dict[str, Any], newest: int, path: Path | str) -> int:
    """The file's "format_version"; ExchangeError when it is not a version number, or when
    the file was written by a newer wen-assess than this one (which reads up to ``newest``)."""
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeError(
            path,
            [
                Worded(
                    N_("format_version {version} is not a valid version number"),
                    version=shown(repr(version), 40),
                )
            ],
        )
    if version > newest:
        raise ExchangeError(
            path,
            [
                Worded(
                    N_(
                        "format_version {version} was written by a newer wen-assess; this "
                        "version reads up to {newest}. Update the app to import it."
                    ),
                    version=version,
                    newest=newest,
                )
            ],
        )
    return version


def _parse_json(raw: bytes, path: Path | str) -> dict[str, Any]:
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeError(path, [Worded(N_("the file is too large for an assessment file"))])
    data = json_document(raw, path, ASSESSMENT_FILE)
    version = format_version_of(data, FORMAT_VERSION, path)
    try:
        return upgrade(data, version)
    except (ValueError, KeyError, TypeError) as error:
        raise ExchangeError(
            path,
            [
                Worded(
                    N_("cannot upgrade format_version {version}: {reason}"),
                    version=version,
                    reason=shown(str(error)),
                )
            ],
        ) from None


def _validate(data: dict[str, Any], path: Path | str) -> AssessmentRecord:
    try:
        # Strict, as the app's own forms: a target "3" or true, a date 0 or "20240101" is refused.
        text = json_text(data, path)
        return AssessmentDocument.model_validate_json(text, strict=True).assessment
    except ValidationError as error:
        problems = validation_problems(error.errors()[:20], {"missing": MISSING})
        raise ExchangeError(path, problems) from None


def json_text(data: dict[str, Any], path: Path | str) -> str:
    """``data`` as JSON text to validate; ExchangeError when a text holds half a character
    (a "\\ud800" escape reads as a lone surrogate, which is not text)."""
    text = json.dumps(data, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = shown(error.object[error.start : error.end], 20)
        raise ExchangeError(
            path, [Worded(N_("a text holds {bad}, half of a character: not text"), bad=bad)]
        ) from None
    return text


MISSING = N_("required but missing")  # how a file's missing field is worded (not "Field required")


class _Refused(ValueError):
    """Something no assessment file holds, found while parsing; its message names it."""

    def __init__(self, reason: Worded):
        super().__init__(reason)
        self.reason = reason


MAX_NUMBER_CHARS = 40  # a level, a target or a version needs a handful


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # With json's default, the last of two "uuid" keys silently wins: refuse the ambiguity.
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise _Refused(
            Worded(N_('the key "{key}" appears twice in one object'), key=shown(twice, 40))
        )
    return data


def _integer(digits: str) -> int:
    # Python refuses to convert more than 4,300 digits (a ValueError, not a JSON error).
    if len(digits) > MAX_NUMBER_CHARS:
        raise _Refused(
            Worded(
                N_("a number of {digits} digits; no value in an assessment is so long"),
                digits=Count(len(digits)),
            )
        )
    return int(digits)


def _decimal(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise _Refused(Worded(N_("the number {number} is too large"), number=shown(text, 40)))
    return value


def _no_constant(name: str) -> float:
    raise _Refused(Worded(N_("{name} is not a number JSON allows"), name=name))
