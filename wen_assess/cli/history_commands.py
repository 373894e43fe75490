"""`wen-assess history`: who changed what in an assessment (or one item), newest first."""

from __future__ import annotations

import argparse

from wen_assess.cli.context import open_service
from wen_assess.cli.output import UserError, print_json
from wen_assess.cli.parsing import add_command
from wen_assess.errors import shown


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    help_text = "who changed what in an assessment (or one item), newest first"
    history = add_command(commands, common, "history", run_history, help_text)
    history.add_argument("ref", metavar="ID")
    history.add_argument("item", nargs="?", metavar="ITEM", help="only this item's changes")
    history.add_argument("--json", action="store_true", help="the entries as JSON, oldest first")


def run_history(args: argparse.Namespace) -> int:
    from wen_assess.storage.history_text import describe
    from wen_assess.storage.service import ServiceError

    service = open_service(args)
    try:
        assessment_id = service.resolve(args.ref)
        if args.item is not None:
            questionnaire = service.questionnaire_of(service.get(assessment_id).record)
            known = {item.id for item in questionnaire.items} | {
                area.code for area in questionnaire.areas
            }
            if args.item not in known:
                raise UserError(f"{shown(args.item, 60)} is not an item of {questionnaire.id}")
        entries = service.history(assessment_id, args.item)
    except ServiceError as error:
        raise UserError(str(error)) from None
    if args.json:
        print_json([e.model_dump(mode="json") for e in entries])
        return 0
    if not entries:
        print("no changes recorded")
    for entry in reversed(entries):
        where = f"  {entry.item_id}" if entry.item_id and args.item is None else ""
        print(
            f"{entry.at:%Y-%m-%d %H:%M} UTC  {shown(entry.by, 60)}{where}: "
            f"{shown(describe(entry), 300)}"
        )
    return 0
