"""Read a questionnaire file and report every problem with its place, in plain words."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.input_files import Unreadable, not_utf8_text, read_bounded
from wen_assess.input_problems import Technical, validation_sentence
from wen_assess.messages import Worded
from wen_assess.questionnaire.errors import Problem, QuestionnaireError
from wen_assess.questionnaire.model import Questionnaire, cross_check

MAX_FILE_BYTES = 2 * 1024 * 1024  # the G2 file is ~30 kB; anything this big is not a questionnaire


@dataclass(frozen=True)
class LoadedQuestionnaire:
    questionnaire: Questionnaire
    path: Path
    checksum: str  # sha256 of the file's bytes, so an export can say exactly which file it used


def load_questionnaire(path: Path | str) -> LoadedQuestionnaire:
    path = Path(path)
    raw = _read_bytes(path)
    return LoadedQuestionnaire(
        parse_questionnaire(raw, path), path, hashlib.sha256(raw).hexdigest()
    )


def parse_questionnaire(raw: bytes, path: Path | str = "<questionnaire>") -> Questionnaire:
    text = _decode(raw, path)
    root = _compose(text, path)
    data = _construct(root, path)
    if not isinstance(data, dict):
        problem = (
            Worded(N_("the file is empty; expected a questionnaire"))
            if data is None
            else Worded(
                N_("the file is a {kind}, not a mapping of fields; expected a questionnaire"),
                kind=type(data).__name__,
            )
        )
        raise QuestionnaireError(path, [Problem("", problem)])
    try:
        questionnaire = Questionnaire.model_validate(data, context={"defer_cross_checks": True})
    except ValidationError as error:
        problems = [_from_pydantic(e, data, root) for e in error.errors()]
        raise QuestionnaireError(path, problems) from None
    problems = cross_check(questionnaire)
    if problems:
        located = [_locate(place, message, data, root) for place, message in problems]
        raise QuestionnaireError(path, located)
    return questionnaire


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, read only from a regular file and never more than the limit (see
    :mod:`wen_assess.input_files`)."""
    try:
        return read_bounded(path, MAX_FILE_BYTES, Worded(N_("a questionnaire file")))
    except Unreadable as refused:
        raise QuestionnaireError(path, [Problem("", refused.reason)]) from None


def _decode(raw: bytes, path: Path | str) -> str:
    if wide := not_utf8_text(raw):
        raise QuestionnaireError(path, [Problem("", wide)])
    if b"\x00" in raw[:8192]:
        raise QuestionnaireError(
            path, [Problem("", Worded(N_("this is a binary file, not a YAML text file")))]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuestionnaireError(
            path,
            [
                Problem(
                    "",
                    Worded(
                        N_(
                            "the file is not UTF-8 text (bad byte at offset {offset}); "
                            "save it as UTF-8"
                        ),
                        offset=error.start,
                    ),
                )
            ],
        ) from None


MAX_DEPTH = 50  # a questionnaire nests 6 levels; PyYAML recurses once per level
_NO_ALIASES = N_("aliases (*name) are not allowed in a questionnaire")
_NESTED = N_("blocks are nested more than {depth} levels deep")


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (no 'billion laughs'), duplicate keys (silent typos) and
    deep nesting (100,000 brackets would exhaust Python's recursion limit)."""

    _depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(None, None, Worded(_NO_ALIASES), event.start_mark)
        if self._depth >= MAX_DEPTH:
            raise yaml.MarkedYAMLError(
                None,
                None,
                Worded(_NESTED, depth=MAX_DEPTH),
                self.peek_event().start_mark,
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                continue  # SafeLoader itself reports an unhashable key, with its place
            if key in seen:
                raise yaml.MarkedYAMLError(
                    None,
                    None,
                    Worded(N_("the key '{key}' appears twice in the same block"), key=shown(key)),
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _compose_fast(text: str) -> yaml.Node | None:
    """libyaml's composer (about 10x faster: a translated questionnaire is ~250 kB), after a
    walk over its parser events refuses what ``_StrictLoader`` refuses: aliases, and nesting
    deep enough to exhaust the composer's recursion. Duplicate keys are refused at
    construction, as in the pure-Python path."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):  # iterative: no recursion
        if isinstance(event, yaml.AliasEvent):
            raise yaml.MarkedYAMLError(None, None, Worded(_NO_ALIASES), event.start_mark)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(
                    None,
                    None,
                    Worded(_NESTED, depth=MAX_DEPTH),
                    event.start_mark,
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return yaml.compose(text, Loader=yaml.CSafeLoader)


def _compose(text: str, path: Path | str) -> yaml.Node | None:
    try:
        if getattr(yaml, "__with_libyaml__", False):
            return _compose_fast(text)
        return yaml.compose(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as error:
        raise QuestionnaireError(path, [_yaml_problem(error)]) from None
    except yaml.YAMLError as error:
        problem = Worded(N_("not valid YAML: {reason}"), reason=Technical(shown(str(error), 200)))
        raise QuestionnaireError(path, [Problem("", problem)]) from None
    except RecursionError:  # a safety net: MAX_DEPTH stops nesting long before this
        raise QuestionnaireError(path, [Problem("", Worded(_TOO_DEEP))]) from None


def _construct(root: yaml.Node | None, path: Path | str) -> object:
    if root is None:
        return None
    loader = _StrictLoader("")
    try:
        return loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        raise QuestionnaireError(path, [_yaml_problem(error)]) from None
    except ValueError as error:
        # An integer of more than 4,300 digits (Python's int() limit), a date like 2024-02-30.
        problem = Worded(
            N_("a value cannot be read: {reason}"), reason=Technical(shown(str(error), 120))
        )
        raise QuestionnaireError(path, [Problem("", problem)]) from None
    except RecursionError:
        raise QuestionnaireError(path, [Problem("", Worded(_TOO_DEEP))]) from None
    finally:
        loader.dispose()


def _yaml_problem(error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    what = error.problem or error.context
    # Our own refusals (aliases, duplicate keys, depth) are Worded; PyYAML's are English,
    # worded as ours where the app knows them.
    if isinstance(what, Worded):
        reason = what
    elif what in _YAML_PROBLEMS:
        reason = Worded(what)
    else:
        reason = Technical(shown(what or "invalid YAML", 200))
    line = mark.line + 1 if mark else None
    if mark is None:
        return Problem("", Worded(N_("not valid YAML: {reason}"), reason=reason), line)
    problem = Worded(
        N_("not valid YAML, column {column}: {reason}"), column=mark.column + 1, reason=reason
    )
    return Problem("", problem, line)


_TOO_DEEP = N_("blocks are nested too deeply")
# What libyaml (and PyYAML's own parser) says of the usual slips in a hand-edited file.
_YAML_PROBLEMS = frozenset(
    (
        N_("mapping values are not allowed in this context"),
        N_("mapping values are not allowed here"),
        N_("found character that cannot start any token"),
        N_("did not find expected ',' or ']'"),
        N_("found unexpected end of stream"),
        N_("found unknown escape character"),
        N_("did not find expected '-' indicator"),
        N_("did not find expected key"),
        N_("did not find expected <document start>"),
        N_("could not find expected ':'"),
        N_("found undefined alias"),
        N_("found a tab character that violates indentation"),
    )
)
_KINDS = {
    "missing": N_("this field is required but missing"),
    "extra_forbidden": N_("unknown field (check its spelling)"),
}


def _from_pydantic(error: dict, data: object, root: yaml.Node | None) -> Problem:
    loc = list(error["loc"])
    message = validation_sentence(error, _KINDS)
    if error["type"] == "literal_error" and loc and loc[-1] in ("format", "format_version"):
        message = Worded(
            N_("{problem} (this app reads questionnaire format version 1)"), problem=message
        )
    if (
        "input" in error
        and error["type"] not in ("missing", "extra_forbidden")
        and not isinstance(error["input"], dict | list)
    ):
        value = error["input"]
        message = Worded(
            N_("{problem}; got {value}"),
            problem=message,
            value=shown(repr(value) if isinstance(value, str) else value, 60),
        )
    return _locate_loc(loc, message, data, root)


def _locate(place: str, message: str, data: object, root: yaml.Node | None) -> Problem:
    loc: list[str | int] = []
    for part in place.replace("]", "").split("."):
        name, *indexes = part.split("[")
        loc.append(name)
        loc.extend(int(i) for i in indexes)
    return _locate_loc(loc, message, data, root)


def _locate_loc(
    loc: list[str | int], message: str, data: object, root: yaml.Node | None
) -> Problem:
    """Render a location as 'areas[2].items[5] (G2-FIN-06).title' and find its line."""
    parts: list[str] = []
    value, node, line = data, root, None
    for key in loc:
        if isinstance(key, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{key}]"]
        else:
            parts.append(shown(key, 60))
        value = _child(value, key)
        node = _child_node(node, key)
        if node is not None:
            line = node.start_mark.line + 1
        if isinstance(key, int) and isinstance(value, dict):
            ident = value.get("id") or value.get("code")
            if isinstance(ident, str):
                parts[-1] += f" ({shown(ident, 60)})"
    return Problem(".".join(parts), message, line)


def _child(value: object, key: str | int) -> object:
    if isinstance(value, dict):
        return value.get(key)
    if isinstance(value, list) and isinstance(key, int) and 0 <= key < len(value):
        return value[key]
    return None


def _child_node(node: yaml.Node | None, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return node.value[key]
    return None
