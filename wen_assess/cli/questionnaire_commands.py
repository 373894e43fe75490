"""`wen-assess questionnaires` and `wen-assess validate`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wen_assess.cli.output import print_json
from wen_assess.cli.parsing import add_command

if TYPE_CHECKING:
    from wen_assess.questionnaire import Questionnaire


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    # Neither opens a database: no --db after the command name.
    list_help = "list the questionnaires this app knows"
    listing = add_command(commands, None, "questionnaires", run_list, list_help)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")

    validate_help = "check questionnaire files and report every problem"
    validate = add_command(commands, None, "validate", run_validate, validate_help)
    validate.add_argument("files", nargs="+", metavar="FILE")


def run_list(args: argparse.Namespace) -> int:
    from wen_assess.questionnaire import default_registry

    registry = default_registry()
    rows = [
        {
            "id": q.id,
            "version": q.version,
            "title": q.title.en,
            "areas": [a.code for a in q.areas],
            "items": len(q.items),
            "provenance": q.provenance.en,
            "path": str(loaded.path),
        }
        for loaded in registry.entries.values()
        for q in [loaded.questionnaire]
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}  v{row['version']}  {row['title']}")
            print(
                f"    {row['items']} items in {len(row['areas'])} areas: {' '.join(row['areas'])}"
            )
            print(f"    {row['path']}")
    for error in registry.errors:
        print(
            f"warning: skipped {error.path}: {len(error.problems)} problem(s); "
            f"run `wen-assess validate {error.path}`"
        )
    return 0


def run_validate(args: argparse.Namespace) -> int:
    import sys

    from wen_assess.questionnaire import QuestionnaireError, load_questionnaire

    status = 0
    for file in args.files:
        try:
            loaded = load_questionnaire(file)
        except QuestionnaireError as error:
            status = 1
            n = len(error.problems)
            print(f"{file}: invalid, {n} problem{'s' if n != 1 else ''}:", file=sys.stderr)
            for problem in error.problems:
                print(f"  {problem.render(error.path)}", file=sys.stderr)
            continue
        q = loaded.questionnaire
        print(
            f"{file}: valid: {q.id} v{q.version}, {len(q.items)} items in "
            f"{len(q.areas)} areas ({' '.join(a.code for a in q.areas)})"
        )
        for line in _translation_warnings(file, q):
            print(line, file=sys.stderr)
    return status


SHOWN_PLACES = 5  # enough to find the gap in the file; the count says how many there are


def _translation_warnings(file: str, q: Questionnaire) -> list[str]:
    """One warning per language that some texts lack: not an error, English is shown instead."""
    from wen_assess.questionnaire.language import LANGUAGE_NAMES, missing_translations

    lines = []
    for code, places in missing_translations(q).items():
        n = len(places)
        listed = ", ".join(places[:SHOWN_PLACES])
        more = f", … and {n - SHOWN_PLACES} more" if n > SHOWN_PLACES else ""
        lines.append(
            f"warning: {file}: {n} text{'s have' if n != 1 else ' has'} no {code} "
            f"({LANGUAGE_NAMES[code]}; English is shown instead): {listed}{more}"
        )
    return lines
