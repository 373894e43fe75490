"""each assessment's working language

The report, the action-plan workbook and the comparison PDF are written in the assessment's
working language. Assessments from before this revision were made in English.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("language", sa.String(length=8), nullable=False, server_default="en")
        )
        batch_op.create_check_constraint("language", "language IN ('en', 'fr', 'es', 'pt')")


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_constraint("language", type_="check")
        batch_op.drop_column("language")
