"""How a history entry is told: "1 → 2, note edited".

One rule for what a line says; the words come in as a table, English here (the CLI) and
translated by the app's interface (``ui/history_view.py``), so both tell a change alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wen_assess.formatting import NO_VALUE

if TYPE_CHECKING:
    from wen_assess.records import ChangeRecord

WORDS: dict[str, str] = {
    "choice": "{old} → {new}",
    "not_applicable": "N/A",
    "justification": "justification edited",
    "notes": "note edited",
    "flagged": "flagged for review",
    "unflagged": "flag removed",
    "reviewed": "carried-over answer confirmed",
    "unreviewed": "marked not yet reviewed",
    "discarded": "set aside in a conflict, their value kept: {what}",
    "profile": "{fields} edited",
    "language": "working language {old} → {new}",
    "participants": "participants edited ({old} → {new})",
    "target": "target {old} → {new}",
    "plan_added": "plan entry added",
    "plan_removed": "plan entry removed",
    "plan": "plan entry edited ({fields})",
    "completed": "marked completed",
    "reopened": "reopened",
    "created": "created",
    "created_from": "created from a baseline assessment",
    "imported": "imported from {file}",
}

# The names of the profile's and a plan entry's fields in a history line.
FIELDS: dict[str, str] = {
    "title": "title",
    "region": "region",
    "network_name": "network name",
    "network_region": "region",
    "member_countries": "member countries",
    "assessment_date": "assessment date",
    "facilitator": "facilitator",
    "text": "action",
    "owner": "owner",
    "due": "due date",
    "status": "status",
}


def describe(
    entry: ChangeRecord, words: dict[str, str] = WORDS, fields: dict[str, str] = FIELDS
) -> str:
    """What changed, e.g. "1 → 2, note edited", in the words given."""
    old, new = _mapping(entry.old), _mapping(entry.new)
    if entry.what == "answer":
        return ", ".join(_answer_parts(old, new, words))
    if entry.what == "discarded":
        parts = _answer_parts(old, new, words)
        if not parts and "target" in new:  # an area's target, set aside
            parts = [words["target"].format(old=_value(old["target"]), new=_value(new["target"]))]
        parts = parts or [words["profile"].format(fields=", ".join(fields.get(n, n) for n in new))]
        return words["discarded"].format(what=", ".join(parts))
    if entry.what == "reviewed":
        return words["reviewed" if new.get("reviewed") else "unreviewed"]
    if entry.what == "profile":
        parts = []
        if "language" in new:
            parts.append(words["language"].format(old=old.get("language"), new=new["language"]))
        if named := [fields.get(n, n) for n in new if n != "language"]:
            parts.append(words["profile"].format(fields=", ".join(named)))
        return ", ".join(parts)
    if entry.what == "participants":
        return words["participants"].format(old=_count(entry.old), new=_count(entry.new))
    if entry.what == "target":
        return words["target"].format(old=_value(entry.old), new=_value(entry.new))
    if entry.what == "plan":
        if entry.old is None:
            return words["plan_added"]
        if entry.new is None:
            return words["plan_removed"]
        changed = [fields.get(n, n) for n in new if new.get(n) != old.get(n)]
        return words["plan"].format(fields=", ".join(changed))
    if entry.what == "status":
        return words["completed" if entry.new == "completed" else "reopened"]
    if entry.what == "imported":
        return words["imported"].format(file=new.get("file", ""))
    return words["created_from" if new.get("baseline") else "created"]


def _answer_parts(old: dict[str, Any], new: dict[str, Any], words: dict[str, str]) -> list[str]:
    parts = []
    if "level" in new or "not_applicable" in new:
        parts.append(words["choice"].format(old=_choice(old, words), new=_choice(new, words)))
    for name in ("justification", "notes"):
        if name in new:
            parts.append(words[name])
    if "flagged" in new:
        parts.append(words["flagged" if new["flagged"] else "unflagged"])
    return parts


def _choice(values: dict[str, Any], words: dict[str, str]) -> str:
    if values.get("not_applicable"):
        return words["not_applicable"]
    level = values.get("level")
    return NO_VALUE if level is None else str(level)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _count(value: Any) -> int:
    return len(value) if isinstance(value, list) else 0


def _value(value: Any) -> str:
    return NO_VALUE if value is None else str(value)
