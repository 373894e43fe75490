"""`wen-assess forms`, `wen-assess responses ID import|list` and `wen-assess agenda`."""

from __future__ import annotations

import argparse
import sys

from wen_assess.cli.context import open_service
from wen_assess.cli.output import UserError
from wen_assess.cli.parsing import add_command
from wen_assess.files import write_problem


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    forms_help = "make response forms for the members' focal points (.xlsx and .wen.json)"
    forms = add_command(commands, common, "forms", run_forms, forms_help)
    forms.add_argument("ref", metavar="ID")
    forms.add_argument(
        "--countries",
        help="comma-separated member countries (default: the network's member countries)",
    )
    forms.add_argument(
        "--agencies", help="comma-separated agencies: one form per country and agency"
    )
    forms.add_argument("-o", "--output", required=True, metavar="FOLDER")

    responses_help = "import or list members' filled response forms"
    responses = commands.add_parser("responses", help=responses_help, parents=[common])
    responses.add_argument("ref", metavar="ID")
    actions = responses.add_subparsers(title="actions", metavar="ACTION", required=True)
    import_help = "import filled forms (each checked whole first)"
    importing = add_command(actions, common, "import", run_import, import_help)
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument(
        "--replace",
        action="store_true",
        help="replace an earlier response of the same respondent (country, agency, name)",
    )
    add_command(actions, common, "list", run_list, "list the responses received")

    agenda_help = "the workshop agenda: items the responses say to discuss"
    agenda = add_command(commands, common, "agenda", run_agenda, agenda_help)
    agenda.add_argument("ref", metavar="ID")
    agenda.add_argument("-o", "--output", metavar="FILE.pdf", help="write it as a PDF")


def _stored(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from wen_assess.storage.service import ServiceError

    service = open_service(args)
    try:
        return service, service.resolve(args.ref)
    except ServiceError as error:
        raise UserError(str(error)) from None


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def run_forms(args: argparse.Namespace) -> int:
    from wen_assess.responses.forms import members
    from wen_assess.responses.workflow import make_forms

    service, assessment_id = _stored(args)
    record = service.get(assessment_id).record
    countries = _split(args.countries) or list(record.network.member_countries)
    if not countries:
        raise UserError("give the member countries with --countries (the assessment lists none)")
    chosen = members(countries, _split(args.agencies))
    try:
        paths = make_forms(service, assessment_id, args.output, chosen)
    except OSError as error:
        raise UserError(f"{args.output}: cannot write the forms ({write_problem(error)})") from None
    for path in paths:
        print(f"wrote {path}")
    print(f"{len(chosen)} forms for {record.network.name} — {record.title} in {args.output}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from wen_assess.responses.workflow import import_responses, summary_line

    service, assessment_id = _stored(args)
    outcomes = []
    for outcome in import_responses(service, assessment_id, args.files, replace=args.replace):
        outcomes.append(outcome)
        stream = sys.stdout if outcome.status in ("imported", "replaced", "same") else sys.stderr
        hint = " (add --replace to replace it)" if outcome.status == "exists" else ""
        word = "already imported" if outcome.status == "same" else outcome.status
        print(f"{outcome.path}: {word}: {outcome.message}{hint}", file=stream, flush=True)
    if len(outcomes) > 1:
        print(summary_line(outcomes), flush=True)
    return 1 if any(o.refused or o.status == "exists" for o in outcomes) else 0


def run_list(args: argparse.Namespace) -> int:
    from wen_assess.responses.workflow import respondent_label

    service, assessment_id = _stored(args)
    responses = service.responses(assessment_id)
    if not responses:
        print("no responses yet (`wen-assess responses ID import FILE...`)")
        return 0
    total = len(service.questionnaire_of(service.get(assessment_id).record).items)
    for n, r in enumerate(responses, start=1):
        answered = sum(1 for a in r.answers if a.level is not None or a.not_applicable)
        print(
            f"{n:>3}  {respondent_label(r)}: {answered} of {total} items, "
            f"received {r.received or 'on an unknown day'} ({r.source})"
        )
    return 0


def run_agenda(args: argparse.Namespace) -> int:
    from wen_assess.i18n import translator
    from wen_assess.responses import text as words
    from wen_assess.responses.agenda import REASON_LABELS
    from wen_assess.responses.workflow import consolidation, write_agenda

    service, assessment_id = _stored(args)
    if args.output:
        try:
            path = write_agenda(service, assessment_id, args.output)
        except OSError as error:
            raise UserError(
                f"{args.output}: cannot write the agenda ({write_problem(error)})"
            ) from None
        print(f"wrote the workshop agenda to {path}")
        return 0
    c = consolidation(service, assessment_id)
    q, tr = c.target.questionnaire, translator("en")
    print(f"{len(c.responses)} responses; {len(c.agenda)} items to discuss")
    for entry in c.agenda:
        view = entry.view
        why = ", ".join(REASON_LABELS[r] for r in entry.reasons)
        agreed = "  [agreed]" if entry.agreed else ""
        print(
            f"  {view.item_id:<11} {why:<40} levels {words.distribution_text(view, tr)}; "
            f"median {words.median_text(view, 'en')}, range {words.range_text(view)}, "
            f"proposal {words.proposal_text(q, view.proposal, tr)}{agreed}"
        )
    return 0
