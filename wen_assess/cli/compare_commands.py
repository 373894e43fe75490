"""`wen-assess compare`: a comparison of assessments as a PDF or as CSV files.

Each assessment is an ID in the database or a .wen.json file (read, not imported). The output
kind follows the name given with -o: ``.pdf``, or ``.csv`` (which also writes ``<name>-items.csv``
beside it).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wen_assess.cli.context import (
    is_file_argument,
    load_stored_many,
    open_service,
    read_file_argument,
    resolve_stored,
)
from wen_assess.cli.output import UserError
from wen_assess.cli.parsing import add_command
from wen_assess.cli.report_commands import add_language_option
from wen_assess.files import write_problem
from wen_assess.vocabulary import LANGUAGE_NAMES

if TYPE_CHECKING:
    from wen_assess.questionnaire import Questionnaire
    from wen_assess.records import AssessmentRecord
    from wen_assess.usecases import Assessment


# What `wen-assess --help` and `wen-assess compare --help` say.
HELP = "compare assessments side by side and over time (PDF or CSV)"
DESCRIPTION = (
    "Compare two or more assessments: scores side by side (changes within a "
    "network, differences between networks), the same network over time, most improved "
    "areas and declines within a network, and areas of concern. Assessments that share no "
    "item with the largest compatible group are left out and named. Files are read "
    "without being imported."
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(commands, common, "compare", run_compare, HELP, DESCRIPTION)
    parser.add_argument(
        "refs",
        nargs="+",
        metavar="ID|FILE",
        help="two or more assessments: numbers from `list`, uuids, or .wen.json files",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf|FILE.csv",
        help="a PDF report, or CSV files (FILE.csv by area and FILE-items.csv by item)",
    )
    parser.add_argument(
        "--baseline",
        metavar="ID|FILE",
        help="the assessment changes and differences are measured against (default: the earliest)",
    )
    add_language_option(
        parser,
        "the PDF (CSV files keep English headers)",
        "the assessments' working language when they share one, else English",
    )


def run_compare(args: argparse.Namespace) -> int:
    from wen_assess.compare import compare
    from wen_assess.usecases import COMPARISON_KINDS, write_comparison

    output = Path(args.output)
    if output.suffix.lower() not in COMPARISON_KINDS:
        raise UserError(f"{args.output}: the output must end in .pdf or .csv")
    if len(args.refs) < 2:
        raise UserError("a comparison needs at least two assessments")

    load = _Loader(args)
    assessments = load.all(args.refs)
    seen: dict[str, str] = {}
    for ref, (_, record) in zip(args.refs, assessments, strict=True):
        if record.uuid in seen:
            raise UserError(
                f"{seen[record.uuid]} and {ref} are the same assessment "
                f"({record.network.name} — {record.title}); give each assessment once"
            )
        seen[record.uuid] = ref

    baseline_uuid = None
    if args.baseline is not None:
        q, baseline = load(args.baseline)
        baseline_uuid = baseline.uuid
        if baseline_uuid not in seen:
            assessments.insert(0, (q, baseline))
            print(f"note: the baseline {args.baseline} was added to the comparison")

    # ComparisonError (fewer than two, nothing in common) is an AppError: main prints it.
    comparison = compare(assessments, baseline_uuid)
    labels = ", ".join(e.label for e in comparison.entries)
    language = args.lang or comparison.language
    try:
        written = write_comparison(comparison, output, language)
    except OSError as error:
        raise UserError(
            f"{args.output}: cannot write the comparison ({write_problem(error)})"
        ) from None
    print(
        f"wrote the comparison of {len(comparison.entries)} assessments ({labels}) to "
        + " and ".join(str(path) for path in written)
    )
    if output.suffix.lower() == ".pdf":
        print(
            f"the PDF is in {LANGUAGE_NAMES[language]} ({language}): {_why(args.lang, comparison)}"
        )
    for left in comparison.left_out:
        print(f"note: left out {left.label} ({left.title.strip() or 'untitled'}): {left.reason}")
    if not comparison.compatibility.same_questionnaire:
        print(comparison.compatibility.statement)
    return 0


def _why(asked: str | None, comparison) -> str:  # type: ignore[no-untyped-def]
    """Why the PDF is in its language: asked for, shared, or English for lack of one."""
    if asked:
        return "as asked with --lang"
    languages = sorted({entry.record.language for entry in comparison.entries})
    if len(languages) == 1:
        return "the working language of every compared assessment"
    return (
        f"the compared assessments have different working languages ({', '.join(languages)}); "
        "choose one with --lang"
    )


class _Loader:
    """Loads IDs and FILEs, opening the database once, and reading the stored assessments of
    one call together (one query per table, not per assessment)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.service = None

    def all(self, refs: list[str]) -> list[tuple[Questionnaire, AssessmentRecord]]:
        # Files are read and IDs resolved in the order given, so the first bad one is named.
        loaded: list[Assessment | int] = []
        for ref in refs:
            if is_file_argument(ref):
                loaded.append(read_file_argument(ref))
            else:
                self.service = self.service or open_service(self.args)
                loaded.append(resolve_stored(self.service, ref))
        ids = [item for item in loaded if isinstance(item, int)]
        stored = iter(load_stored_many(self.service, ids) if ids else ())
        assessments = [next(stored) if isinstance(item, int) else item for item in loaded]
        return [(a.questionnaire, a.record) for a in assessments]

    def __call__(self, ref: str) -> tuple[Questionnaire, AssessmentRecord]:
        return self.all([ref])[0]
