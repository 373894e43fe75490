"""`wen-assess report` (the PDF) and `wen-assess actions` (the action plan as CSV)."""

from __future__ import annotations

import argparse

from wen_assess.cli.context import load_record
from wen_assess.cli.output import UserError
from wen_assess.cli.parsing import add_command
from wen_assess.files import write_problem
from wen_assess.vocabulary import LANGUAGES


def add_language_option(
    parser: argparse.ArgumentParser, what: str, default: str = "the assessment's language"
) -> None:
    """``--lang``: the language an output is written in, instead of its default."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=f"write {what} in this language (default: {default})",
    )


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = add_command(commands, common, "report", run_report, "write the PDF improvement report")
    report.add_argument("ref", metavar="ID|FILE")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    add_language_option(report, "the report")

    actions_help = "write the action plan for spreadsheets (.csv, or .xlsx for Excel)"
    actions = add_command(commands, common, "actions", run_actions, actions_help)
    actions.add_argument("ref", metavar="ID|FILE")
    actions.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    add_language_option(actions, "the workbook (a CSV stays in English)")


def run_report(args: argparse.Namespace) -> int:
    from wen_assess.usecases import write_report

    _, assessment = load_record(args, args.ref)
    record = assessment.record
    try:
        path = write_report(assessment, args.output, args.lang)
    except OSError as error:
        raise UserError(
            f"{args.output}: cannot write the report ({write_problem(error)})"
        ) from None
    print(f"wrote the report of {record.network.name} — {record.title} to {path}")
    return 0


def run_actions(args: argparse.Namespace) -> int:
    from wen_assess.usecases import write_plan

    _, assessment = load_record(args, args.ref)
    try:
        path = write_plan(assessment, args.output, args.lang)
    except OSError as error:
        raise UserError(f"{args.output}: cannot write the plan ({write_problem(error)})") from None
    print(
        f"wrote {len(assessment.plan)} plan entries of {assessment.record.network.name} to {path}"
    )
    return 0
