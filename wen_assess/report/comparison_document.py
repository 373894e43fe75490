"""The comparison's page template: the improvement report's pages (A4, running header, "Page x
of y" footer, PDF outline), with a header naming the compared assessments."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from wen_assess.compare import Comparison
from wen_assess.report.comparison_data import ComparisonData
from wen_assess.report.document import PageSetup, write_pdf


def networks_text(comparison: Comparison) -> str:
    """The compared networks, each once, in the order given: "HAWEN", "ASEAN-WEN · SAWEN"."""
    return " · ".join(comparison.networks)


def questionnaires_text(data: ComparisonData) -> str:
    """The footer's questionnaire line, as the improvement report writes it for one."""
    distinct = data.comparison.compatibility.questionnaires
    if len(distinct) == 1:
        q = data.entries[0].questionnaire
        return data.t(
            "{questionnaire} · version {version}",
            questionnaire=data.questionnaire_title(q),
            version=q.version,
        )
    return data.t(
        "Questionnaires {names}",
        names=", ".join(f"{qid} v{version}" for qid, version in distinct),
    )


def write_comparison_document(
    path: Path, data: ComparisonData, cover: list[Flowable], body: list[Flowable]
) -> None:
    """Lay out the cover and body on the improvement report's pages and write the PDF."""
    networks = networks_text(data.comparison)
    setup = PageSetup(
        title=data.t("Comparison of self-assessments — {networks}", networks=networks),
        author=networks,
        subject=data.n(
            "Comparison of {n} self-assessment",
            "Comparison of {n} self-assessments",
            len(data.entries),
        ),
        header=data.t(
            "Comparison · {assessments}",
            assessments=", ".join(f"{e.network} {data.when(e)}" for e in data.entries),
        ),
        footer=questionnaires_text(data),
        language=data.language,
    )
    write_pdf(path, setup, cover, body)
