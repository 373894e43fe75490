"""Commands on stored assessments: list, show, score, export, import, delete, demo."""

from __future__ import annotations

import argparse
import sys

from wen_assess import formatting as fmt
from wen_assess.cli.context import load_record, open_service
from wen_assess.cli.output import UserError, print_json
from wen_assess.cli.parsing import add_command
from wen_assess.errors import shown
from wen_assess.vocabulary import LANGUAGE_NAMES


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    def add(name: str, help_text: str, run) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        return add_command(commands, common, name, run, help_text)

    listing = add("list", "list the assessments in the database", run_list)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")

    show = add("show", "show one assessment: profile, area scores, open points", run_show)
    show.add_argument("ref", metavar="ID", help="number from `list`, uuid, or a uuid prefix")

    scoring = add("score", "print an assessment's scores (from the database or a file)", run_score)
    scoring.add_argument("ref", metavar="ID|FILE")
    scoring.add_argument("--json", action="store_true", help="print JSON for scripts")

    export = add("export", "write an assessment to a .wen.json file", run_export)
    export.add_argument("ref", metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE")

    importing = add("import", "import .wen.json files (each checked whole first)", run_import)
    importing.add_argument("files", nargs="+", metavar="FILE")

    deleting = add("delete", "delete an assessment", run_delete)
    deleting.add_argument("ref", metavar="ID")
    deleting.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")

    add("demo", "add demo assessments of realistic networks", run_demo)


def run_list(args: argparse.Namespace) -> int:
    summaries = open_service(args).list_summaries()
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "uuid": s.uuid,
                    "network": s.network_name,
                    "title": s.title,
                    "questionnaire": {"id": s.questionnaire_id, "version": s.questionnaire_version},
                    "assessment_date": s.assessment_date.isoformat() if s.assessment_date else None,
                    "status": s.status,
                    "completeness": s.completeness,
                    "overall": {"score": s.overall_score, "band": s.overall_band},
                    "demo": s.is_demo,
                }
                for s in summaries
            ]
        )
        return 0
    if not summaries:
        print("No assessments yet. Start the app (`wen-assess`) or add demos: `wen-assess demo`.")
        return 0
    print(f"{'#':>4}  {'network':<16} {'date':<10}  {'status':<11} {'done':>5}  {'score':>8}  "
          f"{'band':<13} title")  # fmt: skip
    for s in summaries:
        when = s.assessment_date.isoformat() if s.assessment_date else ""
        print(
            f"{s.id:>4}  {s.network_name[:16]:<16} {when:<10}  {s.status.replace('_', ' '):<11} "
            f"{fmt.share(s.completeness):>5}  {fmt.percent(s.overall_score):>8}  "
            f"{fmt.band(s.overall_band):<13} {s.title}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    _, assessment = load_record(args, args.ref)
    record, q, result = assessment.record, assessment.questionnaire, assessment.result
    print(record.title)
    print(f"  network:       {record.network.name} ({record.network.region or 'region not given'})")
    if record.network.member_countries:
        print(f"  members:       {', '.join(record.network.member_countries)}")
    print(f"  date:          {record.assessment_date or 'not set'}")
    print(f"  questionnaire: {q.id} v{q.version}")
    print(f"  status:        {record.status.replace('_', ' ')}")
    print(f"  language:      {record.language} ({LANGUAGE_NAMES[record.language]})")
    print(f"  uuid:          {record.uuid}")
    print(f"  completeness:  {fmt.share(result.completeness)} "
          f"({result.items_answered} of {result.items_total} items)")  # fmt: skip
    _print_areas(result)
    flagged = [a.item_id for a in record.answers if a.flagged]
    carried = [a.item_id for a in record.answers if a.carried_over]
    for label, ids in (
        ("still to assess", result.still_to_assess),
        ("N/A without justification", result.missing_justifications),
        ("flagged for review", flagged),
        ("carried over, not yet reviewed", carried),
    ):
        if ids:
            print(f"  {label} ({len(ids)}): {', '.join(ids)}")
    return 0


def _print_areas(result) -> None:  # type: ignore[no-untyped-def]
    print(f"\n  {'area':<6}{'level':>6}{'score':>10}  {'band':<24}{'target':>7}{'gap':>6}  done")
    for a in result.areas:
        band = fmt.band(a.band) + (" (capped)" if a.capped else "")
        gap = "" if a.gap is None else f"{a.gap:.2f}"
        print(
            f"  {a.code:<6}{fmt.level(a.mean_level):>6}{fmt.percent(a.score):>10}  {band:<24}"
            f"{a.target:>7.1f}{gap:>6}  {fmt.share(a.completeness)}"
        )
    print(
        f"  {'overall':<12}{fmt.percent(result.overall_score):>10}  {fmt.band(result.overall_band)}"
        + (
            "; " + fmt.weakest_area(result.weakest_area, result.areas_scored)
            if result.weakest_area
            else ""
        )
    )


def run_score(args: argparse.Namespace) -> int:
    _, assessment = load_record(args, args.ref)
    record, result = assessment.record, assessment.result
    if args.json:
        print_json(score_json(result))
    else:
        print(f"{record.network.name}: {record.title}")
        _print_areas(result)
        print(f"  completeness: {fmt.share(result.completeness)}")
    return 0


def score_json(result) -> dict:  # type: ignore[no-untyped-def]
    return {
        "questionnaire": {"id": result.questionnaire_id, "version": result.questionnaire_version},
        "areas": [
            {
                "code": a.code,
                "mean_level": a.mean_level,
                "score": a.score,
                "band": a.band,
                "completeness": a.completeness,
                "target": a.target,
                "gap": a.gap,
            }
            for a in result.areas
        ],
        "overall": {
            "score": result.overall_score,
            "band": result.overall_band,
            "weakest_area": result.weakest_area,
        },
        "completeness": result.completeness,
    }


def run_export(args: argparse.Namespace) -> int:
    from wen_assess.exchange import ExchangeError, export_assessment

    service, assessment = load_record(args, args.ref)
    record = assessment.record
    if service is None:
        raise UserError("export takes an assessment in the database (see `wen-assess list`)")
    record = service.get(service.resolve(args.ref), with_history=True).record  # it travels
    try:
        path = export_assessment(record, args.output, service.registry)
    except ExchangeError as error:
        raise UserError(str(error)) from None
    print(
        f"exported {shown(record.network.name, 60)} — {shown(record.title)} to {path} "
        "(checked by reading it back)"
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from wen_assess.exchange import iter_imports, summary_line

    outcomes = []
    # Each file's line is printed (and flushed) as soon as it is done: a batch that is
    # stopped half-way has said which files it imported.
    for outcome in iter_imports(open_service(args), args.files):
        outcomes.append(outcome)
        stream = sys.stderr if outcome.refused else sys.stdout
        number = f" as #{outcome.assessment_id}" if outcome.assessment_id else ""
        word = "" if outcome.says_word else f"{outcome.word}{number}: "
        print(f"{outcome.path}: {word}{outcome.message}", file=stream, flush=True)
    if len(outcomes) > 1:
        print(summary_line(outcomes), flush=True)
    return 1 if any(o.refused for o in outcomes) else 0


def run_delete(args: argparse.Namespace) -> int:
    from wen_assess.storage.service import ServiceError

    service = open_service(args)
    try:
        assessment_id = service.resolve(args.ref)
        record = service.get(assessment_id).record
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError("add --yes to delete without a question")
            answer = input(
                f"Delete #{assessment_id} {record.network.name} — {record.title}? [y/N] "
            )
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing deleted")
                return 1
        service.delete(assessment_id)
    except ServiceError as error:
        raise UserError(str(error)) from None
    print(f"deleted #{assessment_id} {record.network.name} — {record.title}")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from wen_assess.demo import add_demo_assessments
    from wen_assess.storage.service import ServiceError

    try:
        added = add_demo_assessments(open_service(args))
    except ServiceError as error:
        raise UserError(str(error)) from None
    for title in added:
        print(f"added {title}")
    if not added:
        print("the demo assessments are already there")
    return 0
