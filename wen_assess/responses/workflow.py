"""One call per thing a coordinator asks for about members' responses, for the app and the
CLI alike: make the forms, import the filled ones, see the consolidation, write the agenda.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wen_assess.errors import AppError, log_unexpected, shown
from wen_assess.exchange.errors import ExchangeError, problems_text
from wen_assess.i18n import N_
from wen_assess.messages import Joined, Worded, of_error
from wen_assess.responses.agenda import AgendaEntry, agenda
from wen_assess.responses.claims import Claim, membership_problem, too_long
from wen_assess.responses.consolidation import ItemView, consolidate
from wen_assess.responses.reader import Target, read_response

if TYPE_CHECKING:
    from wen_assess.records import Network, ResponseRecord
    from wen_assess.responses.forms import Member
    from wen_assess.storage.service import AssessmentService

IMPORTED, REPLACED, EXISTS, SAME, REJECTED = "imported", "replaced", "exists", "same", "rejected"


def target(service: AssessmentService, assessment_id: int) -> Target:
    """The assessment forms are made and read for."""
    record = service.get(assessment_id).record
    q = service.questionnaire_of(record)
    checksum = service.registry.get_loaded(q.id, q.version).checksum
    return Target(q, record, checksum)


class FormsRefused(AppError):
    """Forms not made for a member a returned form could not name (nothing is written)."""


def make_forms(
    service: AssessmentService, assessment_id: int, folder: Path | str, chosen: list[Member]
) -> list[Path]:
    """A workbook and a response file per member, in the assessment's working language;
    FormsRefused, before anything is written, for a member the returned forms could not name
    (a name over the text limit, a country not among the network's members)."""
    from wen_assess.responses.forms import write_forms

    t = target(service, assessment_id)
    if problems := members_problems(t.record.network, chosen):
        raise FormsRefused(problems_text(problems))
    return write_forms(t.questionnaire, t.record, t.checksum, folder, chosen)


def members_problems(network: Network, chosen: list[Member]) -> list[Worded]:
    """What the reader would refuse in each member's returned form, said before it is made."""
    problems: list[Worded] = []
    for country in dict.fromkeys(m.country for m in chosen):
        named = Worded(N_("the country “{name}”"), name=shown(country, 40))
        if problem := too_long(Claim(country, named)) or membership_problem(
            Claim(country, Worded(N_("Countries"))), network
        ):
            problems.append(problem)
    for agency in dict.fromkeys(m.agency for m in chosen if m.agency):
        if problem := too_long(
            Claim(agency, Worded(N_("the agency “{name}”"), name=shown(agency, 40)))
        ):
            problems.append(problem)
    return problems


@dataclass(frozen=True)
class ResponseOutcome:
    path: str
    status: str  # imported, replaced, exists (asks before replacing), rejected
    message: str
    response: ResponseRecord | None = None  # what was read, to save again once confirmed

    @property
    def refused(self) -> bool:
        return self.status == REJECTED


def import_responses(
    service: AssessmentService,
    assessment_id: int,
    paths: Iterable[Path | str],
    *,
    replace: bool = False,
) -> Iterator[ResponseOutcome]:
    """Each file's outcome as soon as it is known; one file's problem never stops the rest.

    A file is read and checked whole before anything is written; a respondent who has
    answered already is replaced only with ``replace`` (otherwise the outcome is EXISTS and
    carries what was read, for ``save_read``).
    """
    t = target(service, assessment_id)
    for path in paths:
        try:
            response = read_response(path, t)
        except ExchangeError as error:
            yield ResponseOutcome(str(path), REJECTED, problems_text(error.problems))
            continue
        yield save_read(
            service, assessment_id, str(path), response, replace=replace,
            items=len(t.questionnaire.items),
        )  # fmt: skip


def save_read(
    service: AssessmentService,
    assessment_id: int,
    path: str,
    response: ResponseRecord,
    *,
    replace: bool,
    items: int,
) -> ResponseOutcome:
    from wen_assess.storage.service import DuplicateResponse

    who = respondent_label(response)
    try:
        replaced = service.save_response(assessment_id, response, replace=replace)
    except DuplicateResponse as error:
        if _already_kept(service, assessment_id, response):  # the same file imported again
            same = Worded(N_("{who}: the same response is already imported"), who=who)
            return ResponseOutcome(path, SAME, same)
        exists = Worded(N_("{refusal}; not imported"), refusal=of_error(error))
        return ResponseOutcome(path, EXISTS, exists, response)
    except AppError as error:
        refusal = Worded(
            N_("{who}: not imported: {reason}"), who=who, reason=shown(str(error), 300)
        )
        return ResponseOutcome(path, REJECTED, refusal)
    except Exception as error:  # a bug: this file is not imported, the others still are
        bug = Worded(
            N_("not imported: unexpected error ({details})"), details=log_unexpected(error)
        )
        return ResponseOutcome(path, REJECTED, bug)
    count = sum(1 for a in response.answers if a.level is not None or a.not_applicable)
    message = Worded(
        N_("{who}: {count} of {items} items answered"), who=who, count=count, items=items
    )
    return ResponseOutcome(path, REPLACED if replaced else IMPORTED, message, response)


def _already_kept(service: AssessmentService, assessment_id: int, response: ResponseRecord) -> bool:
    kept = next((r for r in service.responses(assessment_id) if r.key == response.key), None)

    def by_item(r: ResponseRecord) -> dict[str, object]:
        return {a.item_id: a for a in r.answers}

    return kept is not None and by_item(kept) == by_item(response)


def respondent_label(response: ResponseRecord) -> str:
    parts = (response.country, response.agency, response.respondent or Worded(N_("name not given")))
    return Joined([p for p in parts if p], " — ", 120)


def summary_line(outcomes: list[ResponseOutcome]) -> Worded:
    counts = {s: sum(o.status == s for o in outcomes) for s in (IMPORTED, REPLACED, EXISTS, SAME)}
    return Worded(
        N_(
            "{imported} imported, {replaced} replaced, {exists} already answered (not "
            "replaced), {same} already imported, {rejected} rejected"
        ),
        imported=counts[IMPORTED],
        replaced=counts[REPLACED],
        exists=counts[EXISTS],
        same=counts[SAME],
        rejected=sum(o.refused for o in outcomes),
    )


@dataclass(frozen=True)
class Consolidation:
    """An assessment's responses, per item, with the agenda they give."""

    target: Target
    responses: list[ResponseRecord]
    views: list[ItemView]
    agenda: list[AgendaEntry]


def consolidation_of(t: Target) -> Consolidation:
    responses = list(t.record.responses)
    views = consolidate(t.questionnaire, responses)
    agreed = {a.item_id: a.level is not None or a.not_applicable for a in t.record.answers}
    return Consolidation(t, responses, views, agenda(t.questionnaire, views, agreed))


def consolidation(service: AssessmentService, assessment_id: int) -> Consolidation:
    return consolidation_of(target(service, assessment_id))


def write_agenda(
    service: AssessmentService, assessment_id: int, path: Path | str, language: str | None = None
) -> Path:
    """The workshop agenda as a PDF, in the assessment's working language by default."""
    from wen_assess.responses.agenda_pdf import build_agenda_pdf

    return build_agenda_pdf(consolidation(service, assessment_id), Path(path), language)
