"""a copy of each questionnaire version the assessments use

An assessment is read through its questionnaire version; once that version's file is gone
from the computer, the assessment could be listed but not opened, scored or exported. The
database now keeps the text of every version its assessments use. Existing assessments get
the copy of their version from the questionnaires installed now, where there is one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    copies = op.create_table(
        "questionnaire_copy",
        sa.Column("questionnaire_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("questionnaire_id", "version", name=op.f("pk_questionnaire_copy")),
    )
    op.bulk_insert(copies, _installed_copies())


def _installed_copies() -> list[dict[str, str]]:
    """The installed text of each version the assessments use (none for a missing file)."""
    from wen_assess.questionnaire import default_registry
    from wen_assess.storage.questionnaire_copies import copy_text

    assessment = sa.table(
        "assessment", sa.column("questionnaire_id"), sa.column("questionnaire_version")
    )
    used = op.get_bind().execute(
        sa.select(assessment.c.questionnaire_id, assessment.c.questionnaire_version).distinct()
    )
    registry = default_registry(lazy=True)
    rows = []
    for questionnaire_id, version in used:
        try:
            loaded = registry.installed(questionnaire_id, version)
        except Exception:  # a damaged bundled file: the copies are made later, when it is fixed
            return rows
        text = copy_text(loaded) if loaded is not None else None
        if text is not None:
            rows.append(
                {
                    "questionnaire_id": questionnaire_id,
                    "version": version,
                    "checksum": loaded.checksum,
                    "text": text,
                }
            )
    return rows


def downgrade() -> None:
    op.drop_table("questionnaire_copy")
