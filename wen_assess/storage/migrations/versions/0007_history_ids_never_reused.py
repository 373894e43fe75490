"""history ids are never given twice

An assessment's revision is the newest id of its history. SQLite gives a new row the largest
id plus one, so after an assessment and its history were deleted, the next rows could get the
ids those had: an assessment brought back from its file could come back at the revision a
window had seen before, with other answers. AUTOINCREMENT makes SQLite remember the largest
id ever given. The table is rebuilt with its rows as they are; PostgreSQL (a sequence, which
never gives an id twice) is left as it is.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _rebuild(autoincrement=True)


def downgrade() -> None:
    _rebuild(autoincrement=False)


def _rebuild(*, autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "change", recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ):
        pass
