"""A member fills in their response file (`.response.wen.json`) with the app.

The file is opened with the checks the coordinator's import makes (`reader.parse_response_file`
and `reader.response_of`), against the questionnaire version installed here. Each change is
checked by the engine, kept in memory, and the whole file is written again (temporary file,
fsync, rename), still in the response format, so that the coordinator's import reads it.
"""

from __future__ import annotations

import errno
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.reader import installed, json_document, read_limited
from wen_assess.files import OutputRefused, replacing
from wen_assess.i18n import N_
from wen_assess.input_files import Unreadable, read_head
from wen_assess.input_problems import validation_sentence
from wen_assess.messages import Worded
from wen_assess.questionnaire import LoadedQuestionnaire, Questionnaire, Registry
from wen_assess.records import ResponseAnswerRecord, ResponseRecord
from wen_assess.responses.reader import (
    MAX_FORM_BYTES,
    MAX_RESPONSE_FILE_BYTES,
    RESPONSE_FILE,
    parse_response_file,
    response_of,
)
from wen_assess.responses.response_file import (
    FORM_PREFIX,
    RESPONSE_FORMAT,
    RESPONSE_SUFFIX,
    Respondent,
    ResponseDocument,
)
from wen_assess.scoring import Result, answer_problem, score

SNIFFED_BYTES = 4096  # "format" is the first key the forms write


class AnswerRefused(ValueError):
    """A change the engine or the format refuses; its message is a Worded sentence."""


class FileChangedElsewhere(OutputRefused):
    """The form's file was moved, deleted or rewritten by something else since it was read
    or last written here: writing now would lose that, or recreate a file the member moved."""


@dataclass
class ResponseForm:
    """An open response file: where it is, what it holds, and its questionnaire."""

    path: Path
    document: ResponseDocument
    loaded: LoadedQuestionnaire
    # The file as this form last read or wrote it (size, time, identity): see ``save``.
    seen: tuple[int, ...] | None = None

    @property
    def questionnaire(self) -> Questionnaire:
        return self.loaded.questionnaire

    @property
    def other_text(self) -> bool:
        """The installed questionnaire's file is not the one the form was made with: same
        version, but its wording may differ from what the coordinator sees."""
        made_with = self.document.questionnaire.checksum
        return bool(made_with) and made_with != self.loaded.checksum

    def answer(self, item_id: str) -> ResponseAnswerRecord | None:
        return next((a for a in self.document.answers if a.item_id == item_id), None)

    def change(self, item_id: str, **fields: Any) -> ResponseAnswerRecord:
        """One item's answer with ``fields`` changed (level, not_applicable, justification,
        notes), in memory; AnswerRefused, nothing changed, when it cannot be kept."""
        old = self.answer(item_id)
        values = (old or ResponseAnswerRecord(item_id=item_id)).model_dump()
        values.update(fields)
        if fields.get("level") is not None:
            values["not_applicable"] = False  # a level replaces N/A, as a click in the wizard
        if fields.get("not_applicable"):
            values["level"] = None
        try:
            new = ResponseAnswerRecord.model_validate(values, strict=True)
        except ValidationError as error:
            raise AnswerRefused(validation_sentence(error.errors()[0])) from None
        if problem := answer_problem(self.questionnaire, item_id, new.to_answer()):
            raise AnswerRefused(problem)
        answers = self.document.answers
        if old is None:
            answers.append(new)
        else:
            answers[answers.index(old)] = new
        return new

    def set_name(self, name: str) -> None:
        """The focal point's name; AnswerRefused when too long or not text."""
        who = self.document.respondent
        try:
            self.document.respondent = Respondent(country=who.country, agency=who.agency, name=name)
        except ValidationError as error:
            raise AnswerRefused(validation_sentence(error.errors()[0])) from None

    def progress(self) -> Result:
        """The engine's count of what is answered (a member's form shows no score)."""
        answers = {a.item_id: a.to_answer() for a in self.document.answers}
        return score(self.questionnaire, answers)

    def text(self) -> str:
        """The file's content: the response format, as the forms are written."""
        content = self.document.model_dump(mode="json")
        return json.dumps(content, indent=2, ensure_ascii=False) + "\n"

    def save(self, path: Path | str | None = None) -> Path:
        """Write the whole file (to ``path``: "Save as", which then becomes the form's file);
        OSError when it cannot be written, the file on disk left as it was.

        The form's own file is written only while it is the one this form last read or wrote:
        moved, deleted or changed by another program (a second copy of the app, an editor, a
        sync client), FileChangedElsewhere, and nothing is written ("Save as" still works).
        """
        if path is None:
            self._check_unchanged()
        target = Path(path) if path is not None else self.path
        with replacing(target, make_folders=False) as (temp,):  # a folder gone stays gone
            temp.write_text(self.text(), encoding="utf-8")
        self.path = target
        self.seen = signature(target)
        return target

    def _check_unchanged(self) -> None:
        now = signature(self.path)
        if now is None:
            raise FileChangedElsewhere(
                errno.ENOENT,
                Worded(
                    N_(
                        "the file was moved or deleted since it was opened; use Save as to "
                        "write your answers to a file again"
                    )
                ),
            )
        if self.seen is not None and now != self.seen:
            raise FileChangedElsewhere(
                errno.EEXIST,
                Worded(
                    N_(
                        "another program changed the file since it was opened here; it was "
                        "left as it is: use Save as to keep your answers in another file"
                    )
                ),
            )


def signature(path: Path) -> tuple[int, ...] | None:
    """What tells whether a file is still the one last seen, or None when it is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)


def is_response_file(path: Path) -> bool:
    """Whether ``path`` is a response file, by its name or, for a renamed ``.json`` (a mail
    program's "response-Kenya.response.wen (1).json"), by the "format" it names, read as the
    import reads it (a file that is not one, or cannot be read, is left to the import)."""
    name = path.name.lower()
    if name.endswith(RESPONSE_SUFFIX):
        return True
    if not name.endswith(".json"):
        return False
    try:
        if f'"{RESPONSE_FORMAT}"'.encode() in read_head(path, SNIFFED_BYTES):
            return True  # the forms write "format" first
        json_document(read_limited(path, MAX_RESPONSE_FILE_BYTES, ""), path, RESPONSE_FILE)
    except (Unreadable, ExchangeError):
        return False
    return True


def is_response_workbook(path: Path) -> bool:
    """Whether ``path`` is a response form made for Excel: named as the forms are written
    ("response-Kenya.xlsx", or a copy of it such as "response-Kenya (1).xlsx")."""
    name = path.name.lower()
    return name.startswith(FORM_PREFIX) and name.endswith(".xlsx")


def open_form(path: Path | str, registry: Registry) -> ResponseForm:
    """The response file at ``path``, checked whole as the coordinator's import checks it;
    ExchangeError naming the file and every problem (nothing is written)."""
    path = Path(path)
    raw = read_limited(path, MAX_FORM_BYTES, Worded(N_("a response form")))  # as the import
    document = parse_response_file(raw, path)
    ref = document.questionnaire
    loaded = installed(registry, ref.id, ref.version, path)
    response_of(document, loaded.questionnaire, path)  # the country, every answer
    try:  # each item once, blank entries too: the one the member edits is the one imported
        ResponseRecord(country=document.respondent.country, answers=document.answers)
    except ValidationError as error:
        raise ExchangeError(path, [validation_sentence(e) for e in error.errors()]) from None
    return ResponseForm(path, document, loaded, seen=signature(path))


__all__ = [
    "AnswerRefused",
    "ExchangeError",
    "FileChangedElsewhere",
    "ResponseForm",
    "is_response_file",
    "is_response_workbook",
    "open_form",
]
