"""Who changed what: one row per change, written in the change's own transaction.

Every change in ``commands.py`` calls :func:`record` with the connection of its transaction,
so a change and its history entry are committed (or refused) together. The values before and
after are kept as JSON texts: the history can say "1 → 2, note edited", and a value set aside
in a conflict is still there to read.

The history's largest id for an assessment is its revision: an open window polls
:func:`revision` (one indexed read) to learn that someone else saved a change.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select

from wen_assess.storage import driver_sql
from wen_assess.storage.models import Change, utcnow

if TYPE_CHECKING:
    from wen_assess.records import ChangeRecord

USER_VARIABLE = "WEN_ASSESS_USER"
# The answer's fields a change can touch, in the order a history line names them.
ANSWER_FIELDS = ("level", "not_applicable", "justification", "notes", "flagged")


def default_user() -> str:
    """The name changes are recorded under when none was chosen: $WEN_ASSESS_USER, else the
    operating system's user name."""
    if name := os.environ.get(USER_VARIABLE, "").strip():
        return checked_user(name, USER_VARIABLE)
    import getpass  # ~10 ms of imports: only when a change is first recorded

    try:
        return getpass.getuser()
    except Exception:  # no login name at all (e.g. a container without a passwd entry)
        return "unknown"


def tidied_user(name: str) -> str:
    """A person's name as the history keeps it: spaces (and line breaks) collapsed."""
    return " ".join(name.split())


def checked_user(name: str, given_by: str) -> str:
    """``name`` (spaces tidied) if the history can keep it and give it back; a name longer than
    any name a record holds would be saved, then refused by every export of the assessment.
    ``given_by`` says where it came from (``--user``, ``WEN_ASSESS_USER``)."""
    from wen_assess.i18n import N_
    from wen_assess.messages import Count, Worded
    from wen_assess.storage.errors import ServiceError
    from wen_assess.vocabulary import SHORT_TEXT_MAX

    name = tidied_user(name)
    if len(name) > SHORT_TEXT_MAX:
        raise ServiceError(
            Worded(
                N_("the name given by {source} has {count} characters; a name has at most {limit}"),
                source=given_by,
                count=Count(len(name)),
                limit=Count(SHORT_TEXT_MAX),
            )
        )
    return name


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not kept in the history")


_INSERT = insert(Change.__table__)  # built once: the click's path runs it per answer


def record(
    connection: Connection,
    assessment_id: int,
    by: str,
    what: str,
    item_id: str = "",
    old: Any = None,
    new: Any = None,
    at: datetime | None = None,
) -> int:
    """Add one entry in the caller's transaction: one INSERT. Its id, the new revision."""
    return driver_sql.insert(
        connection,
        _INSERT,
        {
            "assessment_id": assessment_id,
            "changed_at": at or utcnow(),
            "changed_by": by,
            "what": what,
            "item_id": item_id,
            "old": _json(old),
            "new": _json(new),
        },
    )


def record_many(
    connection: Connection, assessment_id: int, entries: Iterable[ChangeRecord]
) -> None:
    """Add entries as they are (a file's history, kept by the import)."""
    rows = [
        {
            "assessment_id": assessment_id,
            "changed_at": e.at,
            "changed_by": e.by,
            "what": e.what,
            "item_id": e.item_id,
            "old": _json(e.old),
            "new": _json(e.new),
        }
        for e in entries
    ]
    if rows:
        connection.execute(_INSERT, rows)


def answer_change(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The fields of an answer that differ, before and after; None when nothing did."""
    changed = [name for name in ANSWER_FIELDS if before.get(name) != after.get(name)]
    if not changed:
        return None
    return {n: before.get(n) for n in changed}, {n: after.get(n) for n in changed}


def revision(connection: Connection, assessment_id: int) -> int:
    """A number that grows with every change to the assessment (0: none recorded)."""
    return (
        connection.scalar(select(func.max(Change.id)).where(Change.assessment_id == assessment_id))
        or 0
    )


def entries(
    connection: Connection, assessment_id: int, item_id: str | None = None
) -> list[ChangeRecord]:
    """The assessment's history (or one item's), oldest first."""
    from wen_assess.records import ChangeRecord

    query = select(
        Change.changed_at, Change.changed_by, Change.what, Change.item_id, Change.old, Change.new
    ).where(Change.assessment_id == assessment_id)
    if item_id is not None:
        query = query.where(Change.item_id == item_id)
    return [
        ChangeRecord(
            at=at, by=by, what=what, item_id=item, old=json.loads(old), new=json.loads(new)
        )
        for at, by, what, item, old, new in connection.execute(query.order_by(Change.id))
    ]


def last_entry(
    connection: Connection,
    assessment_id: int,
    item_id: str,
    what: str | None = None,
    fields: Iterable[str] = (),
) -> ChangeRecord | None:
    """The latest change to one item (of kind ``what``, touching one of ``fields`` when
    given): who made the value someone else is about to replace."""
    from wen_assess.records import ChangeRecord

    query = select(Change.changed_at, Change.changed_by, Change.what, Change.old, Change.new).where(
        Change.assessment_id == assessment_id, Change.item_id == item_id
    )
    if what is not None:
        query = query.where(Change.what == what)
    wanted = set(fields)
    for at, by, kind, old, new in connection.execute(query.order_by(Change.id.desc())):
        old, new = json.loads(old), json.loads(new)
        if not wanted or wanted & _touched(old, new):
            return ChangeRecord(at=at, by=by, what=kind, item_id=item_id, old=old, new=new)
    return None


def _touched(old: Any, new: Any) -> set[str]:
    """The fields whose value a change set (a plan entry is kept whole, before and after)."""
    old = old if isinstance(old, dict) else {}
    return (
        {name for name, value in new.items() if old.get(name) != value}
        if isinstance(new, dict)
        else set()
    )
