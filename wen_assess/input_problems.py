"""What a parser found wrong in a file a user brings, worded as the app's own sentences.

Python's JSON parser and Pydantic word their findings in English only. Each kind they report
is mapped here to a marked template (``messages.Worded``) whose English is exactly the parser's
own text, so the CLI prints what it always printed while the app words it in its interface
language. A kind not mapped (or worded otherwise by a newer library) keeps the parser's English
as a :class:`Technical` detail: the app still words the sentence around it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.messages import Worded, refused_at

# ---- JSON syntax ----------------------------------------------------------------------------

# The messages of Python's json module (3.10 to 3.13), each worded as ours.
_JSON_KINDS = frozenset(
    (
        N_("Expecting value"),
        N_("Expecting ',' delimiter"),
        N_("Expecting ':' delimiter"),
        N_("Expecting property name enclosed in double quotes"),
        N_("Unterminated string starting at"),
        N_("Invalid control character at"),
        N_("Invalid \\escape"),
        N_("Invalid \\uXXXX escape"),
        N_("Extra data"),
        N_("Illegal trailing comma before end of object"),
        N_("Illegal trailing comma before end of array"),
    )
)


class Technical(Worded):
    """A parser's own English detail: printed as it is, and in another language put in
    parentheses after a sentence in that language, so the user still reads what happened."""

    def __new__(cls, detail: str) -> Technical:
        text = str.__new__(cls, detail)
        text.template, text.params = "{detail}", {"detail": detail}
        return text

    def in_language(self, words: Any, language: str | None = None) -> str:
        return words(N_("a problem this app cannot word in your language ({detail})")).format(
            detail=self.params["detail"]
        )


def json_syntax(error: json.JSONDecodeError) -> Worded:
    """A syntax error in a JSON file, with its line and column."""
    return Worded(
        N_("not valid JSON (line {line}, column {column}: {reason})"),
        line=error.lineno,
        column=error.colno,
        reason=Worded(error.msg) if error.msg in _JSON_KINDS else Technical(error.msg),
    )


# ---- Pydantic validation --------------------------------------------------------------------

# Pydantic's error types that our schemas can raise (strict mode, from JSON or YAML data),
# each with the templates of its English message; the first that renders the message as
# Pydantic wrote it is used. Values come from the error's ``ctx``.
_SENTENCES: dict[str, tuple[str, ...]] = {
    "missing": (N_("Field required"),),
    "extra_forbidden": (N_("Extra inputs are not permitted"),),
    "string_type": (N_("Input should be a valid string"),),
    "string_too_short": (
        N_("String should have at least {min_length} character"),
        N_("String should have at least {min_length} characters"),
    ),
    "string_too_long": (
        N_("String should have at most {max_length} character"),
        N_("String should have at most {max_length} characters"),
    ),
    "string_pattern_mismatch": (N_("String should match pattern '{pattern}'"),),
    "string_unicode": (
        N_("Input should be a valid string, unable to parse raw data as a unicode string"),
    ),
    "int_type": (N_("Input should be a valid integer"),),
    "int_parsing": (N_("Input should be a valid integer, unable to parse string as an integer"),),
    "int_from_float": (N_("Input should be a valid integer, got a number with a fractional part"),),
    "float_type": (N_("Input should be a valid number"),),
    "float_parsing": (N_("Input should be a valid number, unable to parse string as a number"),),
    "finite_number": (N_("Input should be a finite number"),),
    "bool_type": (N_("Input should be a valid boolean"),),
    "bool_parsing": (N_("Input should be a valid boolean, unable to interpret input"),),
    "literal_error": (N_("Input should be {expected}"),),
    "enum": (N_("Input should be {expected}"),),
    "greater_than_equal": (N_("Input should be greater than or equal to {ge}"),),
    "less_than_equal": (N_("Input should be less than or equal to {le}"),),
    "greater_than": (N_("Input should be greater than {gt}"),),
    "less_than": (N_("Input should be less than {lt}"),),
    "too_short": (
        N_(
            "{field_type} should have at least {min_length} item after validation, "
            "not {actual_length}"
        ),
        N_(
            "{field_type} should have at least {min_length} items after validation, "
            "not {actual_length}"
        ),
    ),
    "too_long": (
        N_(
            "{field_type} should have at most {max_length} item after validation, "
            "not {actual_length}"
        ),
        N_(
            "{field_type} should have at most {max_length} items after validation, "
            "not {actual_length}"
        ),
    ),
    "list_type": (N_("Input should be a valid list"), N_("Input should be a valid array")),
    "dict_type": (N_("Input should be a valid dictionary"), N_("Input should be an object")),
    "model_type": (
        N_("Input should be an object"),
        N_("Input should be a valid dictionary or instance of {class_name}"),
    ),
    "model_attributes_type": (
        N_("Input should be a valid dictionary or object to extract fields from"),
    ),
    "date_type": (N_("Input should be a valid date"),),
    "date_parsing": (N_("Input should be a valid date in the format YYYY-MM-DD, {error}"),),
    "date_from_datetime_parsing": (N_("Input should be a valid date or datetime, {error}"),),
    "date_from_datetime_inexact": (
        N_("Datetimes provided to dates should have zero time - e.g. be exact dates"),
    ),
    "datetime_type": (N_("Input should be a valid datetime"),),
    "datetime_parsing": (N_("Input should be a valid datetime, {error}"),),
    "datetime_from_date_parsing": (N_("Input should be a valid datetime or date, {error}"),),
    "none_required": (N_("Input should be None"),),
    "value_error": (N_("Value error, {error}"),),
    "assertion_error": (N_("Assertion failed, {error}"),),
}

# The words Pydantic puts in a message's values: what kind of collection, "or" between choices,
# and the speedate reasons a date or time is refused.
_FIELD_TYPES = {"List": N_("List"), "Dictionary": N_("Dictionary"), "Tuple": N_("Tuple"),
                "Set": N_("Set"), "Data": N_("Data")}  # fmt: skip
_REASONS = frozenset(
    (
        N_("input is too short"),
        N_("input is too long"),
        N_("invalid character in year"),
        N_("invalid character in month"),
        N_("invalid character in day"),
        N_("invalid character in hour"),
        N_("invalid date separator, expected `-`"),
        N_("month value is outside expected range of 1-12"),
        N_("day value is outside expected range"),
        N_("unexpected extra characters at the end of the input"),
        N_("invalid timezone sign"),
        N_("invalid datetime separator, expected `T`, `t`, `_` or space"),
    )
)


def validation_sentence(error: Mapping[str, Any], kinds: Mapping[str, str] | None = None) -> str:
    """What one Pydantic error says, without its place: a Worded whose English is Pydantic's
    message (less the "Value error, " it puts before a validator's own words). ``kinds`` words
    some error types otherwise (a marked template with no values)."""
    kind = error["type"]
    if kinds and kind in kinds:
        return Worded(kinds[kind])
    if kind in ("value_error", "assertion_error"):
        return _validator_words(error)
    values = {name: _value(name, value) for name, value in (error.get("ctx") or {}).items()}
    for template in _SENTENCES.get(kind, ()):
        try:
            worded = Worded(template, **values)
        except (KeyError, IndexError, ValueError):
            continue  # a template naming a value this error does not carry
        if worded == error["msg"]:
            return worded
    return Technical(error["msg"])


def _validator_words(error: Mapping[str, Any]) -> str:
    # A validator of ours raises ValueError(Worded(...)): its own words, translated.
    reason = (error.get("ctx") or {}).get("error")
    words = reason.args[0] if isinstance(reason, Exception) and reason.args else None
    if isinstance(words, Worded):
        return words
    return Technical(error["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, "))


def _value(name: str, value: Any) -> Any:
    if name == "field_type" and value in _FIELD_TYPES:
        return Worded(_FIELD_TYPES[value])
    if name == "expected" and isinstance(value, str) and " or " in value:
        first, last = value.rsplit(" or ", 1)
        return Worded(N_("{first} or {last}"), first=first, last=last)
    if name == "error" and isinstance(value, str):
        return Worded(value) if value in _REASONS else value
    return value


def place(loc: Iterable[str | int]) -> str:
    """A field's place as a user can find it in the file: ``assessment.answers[2].level``."""
    where = ""
    for part in loc:
        part = shown(part, 40)  # a hostile key can be a megabyte long
        where += f"[{part}]" if part.isdigit() else (f".{part}" if where else part)
    return where


def validation_problems(
    errors: Sequence[Mapping[str, Any]], kinds: Mapping[str, str] | None = None, limit: int = 200
) -> list[str]:
    """Each error as "place: what is wrong", the sentence cut to ``limit`` characters."""
    problems = []
    for error in errors:
        sentence = validation_sentence(error, kinds)
        if len(sentence) > limit:
            sentence = Technical(shown(str(sentence), limit))
        where = place(error["loc"])
        problems.append(refused_at(where, sentence) if where else sentence)
    return problems
