"""The comparison's page template: the improvement report's pages (A4, running header, "Page x
of y" footer, PDF outline), with a header naming the compared assessments."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from wen_assess import formatting as fmt
from wen_assess.compare import Comparison, Entry
from wen_assess.report.document import PageSetup, write_pdf


def networks_text(comparison: Comparison) -> str:
    """The compared networks, each once, in the order given: "HAWEN", "ASEAN-WEN · SAWEN"."""
    names: list[str] = []
    for entry in comparison.entries:
        if entry.network.casefold() not in (n.casefold() for n in names):
            names.append(entry.network)
    return " · ".join(names)


def questionnaires_text(comparison: Comparison) -> str:
    """The footer's questionnaire line, as the improvement report writes it for one."""
    distinct = comparison.compatibility.questionnaires
    if len(distinct) == 1:
        q = comparison.entries[0].questionnaire
        return f"{q.title.en} · version {q.version}"
    return "Questionnaires " + ", ".join(f"{qid} v{version}" for qid, version in distinct)


def when_text(entry: Entry) -> str:
    """An assessment's date as the comparison writes it: "7 December 2022" (the report's one
    date format), or "date not set"."""
    return fmt.long_date(entry.assessment_date) if entry.assessment_date else "date not set"


def write_comparison_document(
    path: Path, comparison: Comparison, cover: list[Flowable], body: list[Flowable]
) -> None:
    """Lay out the cover and body on the improvement report's pages and write the PDF."""
    networks = networks_text(comparison)
    setup = PageSetup(
        title=f"Comparison of self-assessments — {networks}",
        author=networks,
        subject=f"Comparison of {len(comparison.entries)} self-assessments",
        header="Comparison · "
        + ", ".join(f"{e.network} {when_text(e)}" for e in comparison.entries),
        footer=questionnaires_text(comparison),
    )
    write_pdf(path, setup, cover, body)
