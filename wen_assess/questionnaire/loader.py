"""Read a questionnaire file and report every problem with its place, in plain words."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

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
        kind = "empty" if data is None else f"a {type(data).__name__}, not a mapping of fields"
        raise QuestionnaireError(
            path, [Problem("", f"the file is {kind}; expected a questionnaire")]
        )
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
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise QuestionnaireError(
                path,
                [
                    Problem(
                        "",
                        f"the file is {size / 1e6:.1f} MB; a questionnaire is at most "
                        f"{MAX_FILE_BYTES // (1024 * 1024)} MB",
                    )
                ],
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise QuestionnaireError(path, [Problem("", "this is a folder, not a file")]) from None
    except FileNotFoundError:
        raise QuestionnaireError(path, [Problem("", "no such file")]) from None
    except PermissionError:
        raise QuestionnaireError(path, [Problem("", "permission denied")]) from None
    except OSError as error:
        raise QuestionnaireError(
            path, [Problem("", f"cannot read it ({error.strerror})")]
        ) from None


def _decode(raw: bytes, path: Path | str) -> str:
    if b"\x00" in raw[:8192]:
        raise QuestionnaireError(path, [Problem("", "this is a binary file, not a YAML text file")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuestionnaireError(
            path,
            [
                Problem(
                    "",
                    f"the file is not UTF-8 text (bad byte at offset {error.start}); "
                    "save it as UTF-8",
                )
            ],
        ) from None


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (no 'billion laughs') and duplicate keys (silent typos)."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "aliases (*name) are not allowed in a questionnaire", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.MarkedYAMLError(
                    None,
                    None,
                    f"the key '{key}' appears twice in the same block",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _compose(text: str, path: Path | str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as error:
        raise QuestionnaireError(path, [_yaml_problem(error)]) from None
    except yaml.YAMLError as error:
        raise QuestionnaireError(path, [Problem("", f"not valid YAML: {error}")]) from None


def _construct(root: yaml.Node | None, path: Path | str) -> object:
    if root is None:
        return None
    loader = _StrictLoader("")
    try:
        return loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        raise QuestionnaireError(path, [_yaml_problem(error)]) from None
    finally:
        loader.dispose()


def _yaml_problem(error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    what = error.problem or error.context or "invalid YAML"
    line = mark.line + 1 if mark else None
    column = f", column {mark.column + 1}" if mark else ""
    return Problem("", f"not valid YAML{column}: {what}", line)


_FRIENDLY = {
    "missing": "this field is required but missing",
    "extra_forbidden": "unknown field (check its spelling)",
}


def _from_pydantic(error: dict, data: object, root: yaml.Node | None) -> Problem:
    loc = list(error["loc"])
    message = _FRIENDLY.get(error["type"], error["msg"])
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if error["type"] == "literal_error" and loc and loc[-1] in ("format", "format_version"):
        message = f"{message} (this app reads questionnaire format version 1)"
    if "input" in error and error["type"] not in ("missing", "extra_forbidden"):
        shown = repr(error["input"])
        if len(shown) <= 60 and not isinstance(error["input"], dict | list):
            message = f"{message}; got {shown}"
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
            parts.append(key)
        value = _child(value, key)
        node = _child_node(node, key)
        if node is not None:
            line = node.start_mark.line + 1
        if isinstance(key, int) and isinstance(value, dict):
            ident = value.get("id") or value.get("code")
            if isinstance(ident, str):
                parts[-1] += f" ({ident})"
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
