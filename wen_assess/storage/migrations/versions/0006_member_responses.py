"""members' response forms, kept with their assessment

Coordinators send each member's focal point a form and import the filled ones; the
consolidation view and the workshop agenda are read from these tables. Nothing existing
changes: two new tables.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("respondent_key", sa.Text(), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("agency", sa.Text(), nullable=False),
        sa.Column("respondent", sa.Text(), nullable=False),
        sa.Column("received", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_response_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response")),
        sa.UniqueConstraint(
            "assessment_id", "respondent_key", name=op.f("uq_response_assessment_id")
        ),
    )
    op.create_index(
        op.f("ix_response_assessment_id"), "response", ["assessment_id"], unique=False
    )
    op.create_table(
        "response_answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "NOT (not_applicable AND level IS NOT NULL)",
            name=op.f("ck_response_answer_level_or_na"),
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_response_answer_response_id_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "item_id", name=op.f("pk_response_answer")),
    )


def downgrade() -> None:
    op.drop_table("response_answer")
    op.drop_index(op.f("ix_response_assessment_id"), table_name="response")
    op.drop_table("response")
