"""What a returned file says it answers for (assessment, questionnaire version, language,
country, agency), checked by one rule whichever kind of file brought it: the workbook's cover
and the response file's header go through here alike, and the forms are made only for whom
a returned file can name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.messages import Count, Worded
from wen_assess.vocabulary import LANGUAGES, SHORT_TEXT_MAX

if TYPE_CHECKING:
    from wen_assess.questionnaire import Questionnaire
    from wen_assess.records import AssessmentRecord, Network


@dataclass(frozen=True)
class Claim:
    value: str
    place: str | Worded  # the cell or field that holds it, to name in a refusal


@dataclass(frozen=True)
class Claims:
    """A returned file's identity, each value with the place that holds it."""

    assessment_id: Claim
    network: Claim
    title: Claim
    questionnaire: Claim
    version: Claim
    checksum: Claim  # blank: not given (a response file may leave it out)
    language: Claim
    country: Claim
    agency: Claim


def identity_problem(
    claims: Claims, record: AssessmentRecord, q: Questionnaire, checksum: str
) -> Worded | None:
    """Why the file is not a response to this assessment's questionnaire; None when it is.
    The first problem only: after a wrong assessment, the rest says nothing more."""
    if claims.assessment_id.value != record.uuid:
        return Worded(
            N_(
                "this form belongs to another assessment ({network} — {title}, id {id} "
                "in {cell}), not to {our_network} — {our_title} (id {our_id})"
            ),  # the ids tell two assessments of one name apart
            network=shown(claims.network.value, 60),
            title=shown(claims.title.value, 80),
            id=shown(claims.assessment_id.value, 40),
            cell=claims.assessment_id.place,
            our_network=shown(record.network.name, 60),
            our_title=shown(record.title, 80),
            our_id=record.uuid,
        )
    if claims.questionnaire.value != q.id or claims.version.value != q.version:
        return Worded(
            N_(
                "the form was made for {id} version {version} ({cell}); this "
                "assessment uses {our_id} version {our_version}: send the member a "
                "new form"
            ),
            id=shown(claims.questionnaire.value, 40),
            version=shown(claims.version.value, 20),
            cell=claims.version.place,
            our_id=q.id,
            our_version=q.version,
        )
    if claims.checksum.value and claims.checksum.value != checksum:
        return Worded(
            N_(
                "the questionnaire's text has changed since the form was made "
                "(checksum in {cell}): send the member a new form"
            ),
            cell=claims.checksum.place,
        )
    return None


def respondent_problems(claims: Claims, network: Network | None) -> list[Worded]:
    """What is wrong with the language, country and agency a file names; ``network`` given,
    the country must also be one of its member countries when it lists any."""
    language = claims.language.value
    if language not in LANGUAGES:
        return [
            Worded(
                N_("{cell}: '{language}' is not one of the working languages ({languages})"),
                cell=claims.language.place,
                language=shown(language, 20),
                languages=", ".join(LANGUAGES),
            )
        ]
    if not claims.country.value.strip():
        return [Worded(N_("{cell}: the country is missing"), cell=claims.country.place)]
    problems = [p for claim in (claims.country, claims.agency) if (p := too_long(claim))]
    if (
        not problems
        and network is not None
        and (problem := membership_problem(claims.country, network))
    ):
        problems.append(problem)
    return problems


def too_long(claim: Claim, limit: int = SHORT_TEXT_MAX) -> Worded | None:
    if len(claim.value) <= limit:
        return None
    return Worded(
        N_("{cell} holds {count} characters; at most {limit} are kept"),
        cell=claim.place,
        count=Count(len(claim.value)),
        limit=Count(limit),
    )


def membership_problem(country: Claim, network: Network) -> Worded | None:
    """A country not among the network's members (when it lists them): no form was made for
    it, so a file naming it was edited (a workbook's form code shows that too)."""
    members = {_plain(c) for c in network.member_countries}
    if not members or _plain(country.value) in members:
        return None
    return Worded(
        N_("{cell}: “{country}” is not one of the member countries of {network} ({members})"),
        cell=country.place,
        country=shown(country.value, 60),
        network=shown(network.name, 60),
        members=shown(", ".join(network.member_countries), 160),
    )


def _plain(name: str) -> str:
    return " ".join(name.split())
