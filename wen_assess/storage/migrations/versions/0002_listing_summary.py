"""listing summary on the assessment row

The library lists thousands of assessments with their scores without loading any answer:
each answer's transaction rewrites these columns. Rows from before this revision are marked
stale and recomputed by the app when it opens the database.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("items_total", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("items_answered", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("overall_score", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("overall_band", sa.String(length=64), nullable=True))
        # A literal default keeps this a plain ADD COLUMN (an expression forces a rebuild).
        batch_op.add_column(
            sa.Column("summary_stale", sa.Boolean(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        for column in ("summary_stale", "overall_band", "overall_score", "items_answered", "items_total"):
            batch_op.drop_column(column)
